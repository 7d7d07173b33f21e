"""Shared fixtures for the learner-app tests: a real data folder, small fixture lessons,
the real window, and helpers that act like a learner (clicks and key presses)."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from digital_literacy_app.core.trainer import Trainer  # noqa: E402

FIXTURE_LESSONS = Path(__file__).parent / "fixtures" / "lessons"
FIRST = "fixture-first-steps"
REFUSE = "fixture-refuse-otp"


class FakeVoice:
    """Stands in for Qt TextToSpeech: says whether a voice exists and remembers what it read."""

    def __init__(self, languages=("vi", "en")):
        self.languages = set(languages)
        self.spoken: list[tuple[str, str, str]] = []

    def available(self, lang: str) -> bool:
        return lang in self.languages

    def say(self, text: str, lang: str, speed: str = "normal") -> bool:
        self.spoken.append((text, lang, speed))
        return True

    def stop(self) -> None:
        pass


@pytest.fixture
def app(qapp):
    """The application prepared as `dla` prepares it; back to defaults after each test."""
    from digital_literacy_app.ui import i18n, theme
    from digital_literacy_app.ui.app import prepare_application

    prepared = prepare_application([])
    yield prepared
    # The test's windows were closed and handed to deleteLater (pytest-qt): delete them now,
    # or putting the look back restyles them all, and they pile up for the next tests' looks.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.set_language("vi")
    theme.apply(prepared, False, 100)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def trainer(data_dir, migrated_database):
    from tests.conftest import new_data_dir

    opened = Trainer.open(new_data_dir(data_dir, migrated_database), lesson_dirs=[FIXTURE_LESSONS])
    yield opened
    opened.close()


@pytest.fixture
def voice():
    return FakeVoice()


@pytest.fixture
def window(app, qtbot, trainer, voice):
    """The real main window at the size of a ward-office screen, lessons loaded."""
    from digital_literacy_app.ui.main_window import MainWindow

    win = MainWindow(trainer, read_aloud=voice)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow() and win.seat.lessons_ready, timeout=5000)
    yield win
    win.close()  # before the trainer closes: screens stop their timers when the window goes
    win.close()
    QApplication.instance().removeEventFilter(win.idle)


@pytest.fixture
def learner(trainer):
    return trainer.learners.add("Nguyễn Thị Hường", 1956, "elderly")


def click(qtbot, widget) -> None:
    """A real left click in the middle of a widget, as a mouse user would do."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    assert widget.isEnabled(), f"{widget!r} is not enabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def press(qtbot, key) -> None:
    """A key press sent to whatever has the focus, as a keyboard user would do."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def type_text(widget, text: str) -> None:
    """Type like a Vietnamese keyboard (Telex/VNI deliver finished letters such as "ầ").

    QTest can only type ASCII, so each character is sent as a key event carrying its text.
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def bundled_window(app, qtbot, tmp_path):
    """The learner app's own window on the bundled lessons, so the phone gets the room it
    really gets: beside the instruction, between the top and bottom bars, at 1366 × 768."""
    from PySide6.QtCore import QEvent

    from digital_literacy_app.ui.main_window import MainWindow

    trainer = Trainer.open(tmp_path / "data")
    window = MainWindow(trainer, read_aloud=FakeVoice())
    qtbot.addWidget(window)
    window.seat.mark_lessons_loaded()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window, trainer
    window.idle.stop()
    window.close()
    QApplication.instance().removeEventFilter(window.idle)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    trainer.close()


_tests_since_full_collection = [0]


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests():
    """Python's cycle collector runs when objects are made, which in these tests is often in
    the middle of Qt handling an event: a window left in a reference cycle, freed there,
    takes Qt's state with it and the run crashes. During a test it waits; the test's own
    garbage (young) is collected after it, when no event is being handled, and everything
    every 50 tests (a full collection after each test would cost 18 s of the UI tests)."""
    import gc

    gc.disable()
    try:
        yield
    finally:
        _tests_since_full_collection[0] += 1
        if _tests_since_full_collection[0] >= 50:
            _tests_since_full_collection[0] = 0
            gc.collect()
        else:
            gc.collect(1)
        gc.enable()
