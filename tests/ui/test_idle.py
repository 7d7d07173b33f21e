"""Shared PC: a gentle question after idle minutes, then back to "Ai đang học?", nothing lost."""

from PySide6.QtCore import Qt


from .conftest import FIRST, click


def short_idle(window, idle_ms=150, countdown_s=1):
    window.idle.set_idle_ms(idle_ms)
    window.overlay.countdown_s = countdown_s


def test_idle_asks_then_returns_to_the_start_screen_with_progress_kept(qtbot, window, learner, trainer):
    """Mid-lesson and idle: the question appears, counts down, and the names come back."""
    window.sign_in(learner)
    short_idle(window)
    player = window.open_lesson(FIRST)
    click(qtbot, player.next_button)
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=3000)
    assert window.overlay.question.text() == "Bạn còn đó không?"
    assert window.overlay.stay_button.text() == "Tôi vẫn đang học"
    assert "Bài học của bạn đã được lưu" in window.overlay.detail.text()
    qtbot.waitUntil(lambda: window.screen_name == "start", timeout=5000)
    assert window.seat.learner is None
    assert not window.overlay.isVisible()
    assert not window.idle.running, "nobody is signed in, so nothing to time out"
    assert trainer.progress.resume_point(learner.id, trainer.lessons.get(FIRST)) == 1


def test_i_am_still_learning_keeps_the_learner_where_they_were(qtbot, window, learner):
    """The big button closes the question and the lesson stays on the same step."""
    window.sign_in(learner)
    short_idle(window, countdown_s=30)
    player = window.open_lesson(FIRST)
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=3000)
    assert not window.stack.isEnabled(), "the screen behind cannot be used by accident"
    click(qtbot, window.overlay.stay_button)
    assert not window.overlay.isVisible()
    assert window.screen is player and window.seat.learner is not None
    assert window.stack.isEnabled() and window.idle.running


def test_any_key_also_counts_as_being_there(qtbot, window, learner):
    """A learner who presses a key instead of the button is not sent away either."""
    window.sign_in(learner)
    short_idle(window, countdown_s=30)
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=3000)
    qtbot.keyClick(window.overlay, Qt.Key.Key_A)
    assert not window.overlay.isVisible()
    assert window.screen_name == "catalogue"


def test_input_keeps_postponing_the_question(qtbot, window, learner):
    """While the learner works (keys, clicks), the idle timer starts again each time."""
    window.sign_in(learner)
    short_idle(window, idle_ms=400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(window.screen, Qt.Key.Key_Shift)
    assert not window.overlay.isVisible()


def test_the_start_screen_itself_never_times_out(qtbot, window):
    """With nobody signed in there is nothing to protect, so no question appears."""
    short_idle(window, idle_ms=50)
    qtbot.wait(300)
    assert not window.overlay.isVisible()
    assert window.screen_name == "start"


def test_idle_minutes_come_from_the_device_setting(qtbot, app, trainer):
    """A volunteer's choice of minutes (a device setting) is what the window uses."""
    from digital_literacy_app.ui.main_window import MainWindow

    from .conftest import FakeVoice

    trainer.settings.set_device("idle_minutes", 3)
    win = MainWindow(trainer, read_aloud=FakeVoice())
    qtbot.addWidget(win)
    assert win.idle.timer.interval() == 3 * 60_000
    app.removeEventFilter(win.idle)
