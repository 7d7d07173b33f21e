"""Opening the city store without freezing the app (issue 18): the server is asked on a
worker thread, a waiting window says so (heard by a screen reader, its way out in focus),
and giving up opens this computer's own data, closing the store if it opens later."""

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui import city_open
from digital_literacy_app.ui.announce import listen


def no_password_asked(*_):
    raise AssertionError("the address opens without a password here")


def waiting_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, city_open.WaitDialog) and w.isVisible()]


def slowed(real, seconds: float, calls: list):
    def slow(*args, **kwargs):
        calls.append(threading.current_thread() is threading.main_thread())
        time.sleep(seconds)
        return real(*args, **kwargs)
    return slow


def test_a_slow_server_is_waited_for_in_a_window_that_is_seen_and_heard(app, trainer, postgres_url, monkeypatch):
    calls, seen, heard = [], [], []
    monkeypatch.setattr(Trainer.city_stores, "check", slowed(Trainer.city_stores.check, 1.0, calls))
    stop_listening = listen(lambda source, text, assertive: heard.append(text))

    def look() -> None:  # on the GUI thread, while the server is still being asked
        [dialog] = waiting_windows()
        cursor = QGuiApplication.overrideCursor()
        seen.append({"name": QAccessible.queryAccessibleInterface(dialog).text(QAccessible.Text.Name),
                     "bar": dialog.panel.bar.accessibleName(),
                     "focus": QApplication.focusWidget() is dialog.own_button,
                     "button": dialog.own_button.accessibleName(),
                     "cursor": cursor.shape() if cursor is not None else None})

    QTimer.singleShot(city_open.SHOW_WAIT_AFTER_MS + 400, look)
    try:
        city = city_open.open_city(trainer.data_dir, postgres_url, ask=no_password_asked)
    finally:
        stop_listening()
    assert city is not None and city.city_store
    city.close()
    assert calls == [False]  # asked on a worker thread: the window kept answering meanwhile
    shown = Trainer.city_stores.shown(postgres_url)
    assert seen == [{"name": f"Đang mở kho dữ liệu thành phố {shown}…", "bar": f"Đang mở kho dữ liệu thành phố {shown}…",
                     "focus": True, "button": "Thôi chờ; mở dữ liệu của máy này",
                     "cursor": Qt.CursorShape.WaitCursor}]
    assert f"Đang mở kho dữ liệu thành phố {shown}…" in heard
    assert waiting_windows() == [] and QGuiApplication.overrideCursor() is None


def test_a_server_that_answers_at_once_opens_without_the_waiting_window(app, trainer, postgres_url, monkeypatch):
    heard = []
    stop_listening = listen(lambda source, text, assertive: heard.append(text))
    monkeypatch.setattr(city_open, "SHOW_WAIT_AFTER_MS", 60_000)  # only the window's delay is tested here
    try:
        city = city_open.open_city(trainer.data_dir, postgres_url, ask=no_password_asked)
    finally:
        stop_listening()
    city.close()
    assert not [text for text in heard if text.startswith("Đang mở kho dữ liệu thành phố")]


def test_giving_up_the_wait_opens_this_pcs_data_and_closes_the_store_that_opens_late(
        app, qtbot, trainer, postgres_url, monkeypatch):
    opened, calls = [], []
    real_open = slowed(Trainer.open, 1.5, calls)

    def open_late(*args, **kwargs):
        store = real_open(*args, **kwargs)
        opened.append(store)
        return store

    monkeypatch.setattr(city_open.Trainer, "open", open_late)

    def give_up() -> None:
        [dialog] = waiting_windows()
        dialog.own_button.click()

    QTimer.singleShot(city_open.SHOW_WAIT_AFTER_MS + 300, give_up)
    assert city_open.open_city(trainer.data_dir, postgres_url, ask=no_password_asked) is None
    assert opened == []  # back at once, before the store answered
    assert waiting_windows() == [] and QGuiApplication.overrideCursor() is None
    qtbot.waitUntil(lambda: bool(opened) and opened[0].db.raw.closed, timeout=10_000)


def test_a_failure_on_the_worker_thread_is_said_plainly_on_the_gui_thread(app, trainer, monkeypatch):
    """A store that goes away between its test and its opening: the worker's error is
    answered as before, with the way to this computer's own data."""
    from digital_literacy_app.core.errors import DlaError

    told, on_main_thread = [], []

    class Works:
        works, needs_password = True, False

    def gone(*_args, **_kwargs):
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        raise DlaError("city.lost", detail="connection refused")

    def tell(text, parent):
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        told.append(text)
        return city_open.OWN_DATA

    monkeypatch.setattr(Trainer.city_stores, "check", lambda address: Works())
    monkeypatch.setattr(city_open.Trainer, "open", gone)
    address = "postgresql://dla@db.city.example/dla_city"
    result = city_open.open_city(trainer.data_dir, address, ask=no_password_asked, tell=tell)
    assert result is None
    assert len(told) == 1 and "connection refused" in told[0]
    assert on_main_thread == [False, True]  # opened on a worker, told on the window's thread
