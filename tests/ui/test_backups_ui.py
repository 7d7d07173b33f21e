"""The Backups tool, the damage screen, restoring from inside the app and calm crashes,
driven as a volunteer would, on real data folders."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from digital_literacy_app.core.errors import DamagedDatabaseError
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui import i18n
from digital_literacy_app.ui.app_run import AppRun
from digital_literacy_app.ui.damage_screen import EMPTY, QUIT, RESTORE, DamageScreen
from digital_literacy_app.ui.seat import Seat
from digital_literacy_app.ui.volunteer.backups_screen import BackupsPage
from digital_literacy_app.ui.widgets.drive_picker import Drive
from tests.ui.conftest import FakeVoice, click


def learner_count(folder: Path) -> int:
    conn = sqlite3.connect(folder / "trainer.sqlite3")
    try:
        return conn.execute("SELECT COUNT(*) FROM learners").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def page(app, qtbot, trainer, tmp_path):
    trainer.learners.add("Nguyễn Thị Lan", 1950, "elderly")
    trainer.backups.make("daily")
    trainer.learners.add("Trần Văn Minh", 1948, "farmer")
    trainer.backups.make("import")
    stick = tmp_path / "stick"
    stick.mkdir()
    i18n.set_language("vi")
    shown = BackupsPage(Seat(trainer, FakeVoice()), lambda: [Drive("USB (E:)", stick, 8_000_000_000)])
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitUntil(lambda: len(shown.model.rows) == 2, timeout=5000)
    shown.stick = stick
    return shown


def test_the_list_says_when_why_and_what_each_backup_holds(page):
    model = page.model
    assert [model.cell(info, 1) for info in model.rows] == ["Trước khi nhập tệp đồng bộ", "Hằng ngày"]
    assert [model.cell(info, 2) for info in model.rows] == ["2", "1"]
    assert page.table.accessibleName() == "Các bản sao lưu trên máy này"
    assert page.table.currentIndex().row() == 0 and page.restore_button.isEnabled()


def test_making_a_backup_adds_a_checked_copy_and_says_so(page, qtbot):
    click(qtbot, page.make_button)
    qtbot.waitUntil(lambda: len(page.model.rows) == 3, timeout=5000)
    assert page.model.rows[0].kind == "manual" and page.model.rows[0].good
    assert "Đã sao lưu và kiểm tra tốt: 2 học viên" in page.notice.message.text()


def test_restoring_asks_first_and_only_then_asks_the_app(page, qtbot):
    asked = []
    page.seat.restore_requested.connect(asked.append)
    page.table.selectRow(1)  # the daily copy: one learner
    click(qtbot, page.restore_button)
    assert page.confirm.isVisible() and page.confirm_no.hasFocus()  # the safe answer has the focus
    assert "kept" in page.confirm_question.text()
    click(qtbot, page.confirm_no)
    assert not page.confirm.isVisible() and asked == []
    click(qtbot, page.restore_button)
    click(qtbot, page.confirm_yes)
    assert asked == [page.model.rows[1].path]


def test_a_backup_goes_onto_the_stick_whole(page, qtbot):
    button = page.picker.first_button()
    click(qtbot, button)
    [copied] = list(page.stick.iterdir())
    assert copied.suffix == ".sqlite3" and sqlite3.connect(copied).execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert copied.name in page.notice.message.text()


def damaged_folder(tmp_path, with_backup: bool) -> Path:
    folder = tmp_path / "pc"
    with Trainer.open(folder) as trainer:
        trainer.learners.add("Nguyễn Thị Lan", 1950, "elderly")
        if with_backup:
            trainer.backups.make()
        trainer.learners.add("Trần Văn Minh", 1948, "farmer")
    (folder / "trainer.sqlite3").write_bytes(b"")
    for side in ("-wal", "-shm"):
        (folder / f"trainer.sqlite3{side}").unlink(missing_ok=True)
    return folder


def damage_error(folder) -> DamagedDatabaseError:
    with pytest.raises(DamagedDatabaseError) as refused:
        Trainer.open(folder)
    return refused.value


def test_the_damage_screen_offers_the_newest_backup_first(app, qtbot, tmp_path):
    i18n.set_language("vi")
    screen = DamageScreen(damage_error(damaged_folder(tmp_path, with_backup=True)))
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.restore_button.hasFocus, timeout=3000)
    assert screen.empty_button is None
    assert "1 học viên" in screen.words.widget().findChildren(type(screen.notice.message))[2].text()
    click(qtbot, screen.restore_button)
    what, path = screen.choice
    assert what == RESTORE and path.parent.name == "backups"


def test_without_a_backup_an_empty_start_needs_a_second_yes(app, qtbot, tmp_path):
    screen = DamageScreen(damage_error(damaged_folder(tmp_path, with_backup=False)))
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.empty_button.hasFocus, timeout=3000)
    assert screen.restore_button is None
    click(qtbot, screen.empty_button)
    assert screen.confirm.isVisible() and screen.confirm_no.hasFocus()
    click(qtbot, screen.confirm_no)
    assert screen.choice == (QUIT, None) and not screen.confirm.isVisible()
    click(qtbot, screen.empty_button)
    click(qtbot, screen.confirm_yes)
    assert screen.choice == (EMPTY, None)


def test_the_app_restores_from_its_damage_screen_and_opens(app, qtbot, tmp_path, monkeypatch):
    folder = damaged_folder(tmp_path, with_backup=True)

    def choose_restore(screen):
        screen.choice = (RESTORE, screen.error.backup_info.path)
        return 1

    monkeypatch.setattr(DamageScreen, "exec", choose_restore)
    run = AppRun(folder)
    assert run.open_data() is None
    try:
        assert run.restored.backup is not None and run.restored.kept_at.stat().st_size == 0
        assert run.trainer.data_lock.held and learner_count(folder) == 1
    finally:
        run.close_data()


def test_closing_the_damage_screen_opens_nothing_and_changes_nothing(app, tmp_path, monkeypatch):
    folder = damaged_folder(tmp_path, with_backup=True)
    monkeypatch.setattr(DamageScreen, "exec", lambda screen: 0)
    assert AppRun(folder).open_data() == 1
    assert (folder / "trainer.sqlite3").stat().st_size == 0 and not (folder / "kept").exists()


def test_a_restore_chosen_in_the_tools_reopens_the_app_on_the_backup(app, qtbot, tmp_path):
    folder = tmp_path / "pc"
    with Trainer.open(folder) as trainer:
        trainer.learners.add("Nguyễn Thị Lan", 1950, "elderly")
        backup = trainer.backups.make().path
        trainer.learners.add("Trần Văn Minh", 1948, "farmer")
    run = AppRun(folder)
    assert run.open_data() is None
    run.show_window()
    first = run.window
    try:
        first.seat.restore_requested.emit(backup)
        qtbot.waitUntil(lambda: run.window is not None and run.window is not first, timeout=10000)
        assert run.trainer.data_lock.held
        assert [r.name for r in run.trainer.learners.all()] == ["Nguyễn Thị Lan"]
        qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=5000)
        assert (folder / "kept").is_dir()
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox):
                widget.close()
        run.close_data()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_and_the_app_goes_back_to_the_start(app, qtbot, tmp_path, learner):
    folder = tmp_path / "pc"
    run = AppRun(folder)
    assert run.open_data() is None
    run.show_window()
    run.crashes.install()
    try:
        window = run.window
        window.sign_in(run.trainer.learners.add("Nguyễn Thị Lan", 1950, "elderly"))
        assert window.screen_name != "start"

        def broken():
            raise RuntimeError("simulated bug in a screen")

        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: run.crashes.message is not None and run.crashes.message.isVisible(), timeout=5000)
        assert window.screen_name == "start"
        assert run.crashes.message.text() == "Có lỗi xảy ra. Bài học của bác đã được lưu."
        log = folder / "logs" / "dla.log"
        assert "RuntimeError: simulated bug in a screen" in log.read_text(encoding="utf-8")
        run.crashes.message.close()
    finally:
        run.crashes.uninstall()
        run.close_data()


def test_the_app_makes_the_daily_backup_once_it_has_painted(app, qtbot, tmp_path, monkeypatch):
    from digital_literacy_app.ui import app_run

    monkeypatch.setattr(app_run, "DAILY_BACKUP_DELAY_MS", 0)
    folder = tmp_path / "pc"
    with Trainer.open(folder) as trainer:
        trainer.learners.add("Nguyễn Thị Lan", 1950, "elderly")
    run = AppRun(folder)
    assert run.open_data() is None
    try:
        run.show_window()
        qtbot.waitUntil(lambda: [b.kind for b in Trainer.backups_in(folder)] == ["daily"], timeout=10000)
        assert Trainer.backups_in(folder)[0].learners == 1
    finally:
        run.close_data()
    run = AppRun(folder)  # the same day again: no second copy
    assert run.open_data() is None
    try:
        run.show_window()
        qtbot.wait(500)
        assert [b.kind for b in Trainer.backups_in(folder)] == ["daily"]
    finally:
        run.close_data()


def named_controls(root) -> dict:
    """Every control a keyboard reaches, by the name a screen reader says (QAccessible)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    found = {}
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            face = QAccessible.queryAccessibleInterface(widget)
            found[widget] = face.text(QAccessible.Text.Name) if face else ""
    return found


def test_every_control_of_both_screens_has_a_spoken_name(page, app, qtbot, tmp_path):
    screen = DamageScreen(damage_error(damaged_folder(tmp_path, with_backup=True)))
    qtbot.addWidget(screen)
    screen.show()
    for root in (page, screen):
        names = named_controls(root)
        assert names and all(name.strip() for name in names.values()), names
    from PySide6.QtGui import QAccessible

    assert QAccessible.queryAccessibleInterface(screen).text(QAccessible.Text.Name) == \
        "Không mở được dữ liệu học viên"


def test_a_copy_from_a_usb_stick_is_checked_then_restored_after_asking(page, qtbot, tmp_path):
    asked = []
    page.seat.restore_requested.connect(asked.append)
    bogus = tmp_path / "photo.sqlite3"
    bogus.write_bytes(b"\xff\xd8 not a database")
    page.ask_backup_file = lambda: bogus
    click(qtbot, page.other_button)
    assert "không phải bản sao lưu" in page.notice.message.text() and not page.confirm.isVisible()
    copy = page.trainer.backups.copy_to(page.model.rows[1].path, page.stick)
    page.ask_backup_file = lambda: copy
    click(qtbot, page.other_button)
    assert page.confirm.isVisible()
    click(qtbot, page.confirm_yes)
    assert asked == [copy]


def test_the_pin_countdown_stops_before_the_app_closes_its_data(app, qtbot, tmp_path):
    """A PIN lock counting down while the app closes must not read the closed database."""
    folder = tmp_path / "pc"
    with Trainer.open(folder) as trainer:
        account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
        for _ in range(5):
            trainer.volunteers.check_pin(account.id, "0000")
        assert trainer.volunteers.locked_seconds() > 0
    run = AppRun(folder)
    assert run.open_data() is None
    run.show_window()
    pin = run.window.volunteer_mode.show_pin()
    assert pin.countdown.isActive()
    errors = []
    import sys

    previous, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)
    try:
        run.close_data()
        qtbot.wait(1500)  # a tick would come here, after the database closed
    finally:
        sys.excepthook = previous
    assert errors == []  # no tick read the closed database (the page and its timer are gone)
