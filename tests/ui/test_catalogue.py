"""The catalogue: lessons by area with their state, the one to do now, and background loading."""

from digital_literacy_app.ui.catalogue_screen import CatalogueScreen
from digital_literacy_app.ui.seat import Seat

from .conftest import FIRST, REFUSE, FakeVoice, click


def section_titles(screen):
    labels = screen.findChildren(type(screen.title))
    return [label.text() for label in labels if label.property("role") == "section"]


def test_lessons_are_grouped_by_area_with_minutes_and_not_started(qtbot, window, learner):
    """Each area has a heading in Vietnamese; each lesson shows its minutes and "chưa học"."""
    window.sign_in(learner)
    screen = window.screen
    assert section_titles(screen) == ["Phòng tránh lừa đảo", "Bước đầu làm quen"]
    assert screen.cards[FIRST].title_label.text() == "Bài tập đầu tiên"
    assert screen.cards[FIRST].detail_label.text() == "5 phút · chưa học"
    assert screen.cards[REFUSE].detail_label.text() == "8 phút · chưa học"
    assert screen.cards[FIRST].picture is not None, "the lesson's own icon is shown"


def test_a_new_learner_is_pointed_at_the_basics_first(qtbot, window, learner):
    """With nothing started, the big button says where to start: the "basics" lesson."""
    window.sign_in(learner)
    assert window.screen.continue_button.title_label.text() == "Bắt đầu từ đây: Bài tập đầu tiên"
    click(qtbot, window.screen.continue_button)
    assert window.screen_name == "player" and window.screen.lesson.id == FIRST


def test_states_show_steps_done_and_done(qtbot, window, learner, trainer):
    """Under way, the card names the step the learner comes back to ("bước 2/3" after the
    first of three is done: they left on the second), "đã xong ✓" once completed; "Tiếp tục"
    takes the unfinished one."""
    first, refuse = trainer.lessons.get(FIRST), trainer.lessons.get(REFUSE)
    trainer.progress.start_lesson(learner.id, first)
    for step in first.steps:
        trainer.progress.complete_step(learner.id, first, step.id)
    trainer.progress.complete_lesson(learner.id, first)
    trainer.progress.start_lesson(learner.id, refuse)
    trainer.progress.complete_step(learner.id, refuse, "why")
    window.sign_in(learner)
    screen = window.screen
    assert screen.cards[FIRST].detail_label.text() == "5 phút · đã xong ✓"
    assert screen.cards[REFUSE].detail_label.text() == "8 phút · bước 2/3"
    assert screen.continue_button.title_label.text() == "Tiếp tục: Không đọc mã OTP"
    click(qtbot, screen.continue_button)
    assert window.screen.lesson.id == REFUSE and window.screen.index == 1


def test_a_slow_lesson_load_shows_a_progress_bar_then_the_lessons(qtbot, app, trainer, learner):
    """If the learner is quicker than the lesson loading, a moving bar shows meanwhile."""
    seat = Seat(trainer, FakeVoice())
    seat.learner = learner
    screen = CatalogueScreen(seat)
    qtbot.addWidget(screen)
    assert screen.busy is not None and screen.busy.bar.maximum() == 0
    assert screen.cards == {}
    trainer.lessons  # the background load finishing
    seat.mark_lessons_loaded()
    assert screen.busy is None
    assert set(screen.cards) == {FIRST, REFUSE}


def test_lessons_load_off_the_gui_thread_after_the_first_paint(qtbot, app, trainer):
    """The main window paints first, then parses lessons in a worker, then says they are ready."""
    from digital_literacy_app.ui.main_window import MainWindow

    win = MainWindow(trainer, read_aloud=FakeVoice())
    qtbot.addWidget(win)
    assert not win.seat.lessons_ready and win.loading_task is None
    with qtbot.waitSignal(win.seat.lessons_loaded, timeout=5000):
        win.show()
    assert win.loading_task is not None and win.seat.lessons_ready
    assert trainer._lessons is not None and len(trainer.lessons.lessons) == 2
    win.idle.stop()
    app.removeEventFilter(win.idle)


def test_a_failed_lesson_load_is_explained_not_crashed_on(qtbot, app, trainer, learner):
    """A broken lesson folder leads to a plain sentence asking for a volunteer."""
    seat = Seat(trainer, FakeVoice())
    seat.learner = learner
    seat.lessons_error = "disk read error"
    seat.lessons_ready = True
    screen = CatalogueScreen(seat)
    qtbot.addWidget(screen)
    texts = [label.text() for label in screen.findChildren(type(screen.title))]
    assert "Không tải được bài học (disk read error). Hãy nhờ tình nguyện viên giúp." in texts


def test_change_learner_returns_to_the_names_in_default_settings(qtbot, window, learner):
    """"Đổi người học" signs out; the next person starts in Vietnamese at 100 %."""
    window.sign_in(learner)
    window.seat.change("text_scale", 150)
    window.seat.change("language", "en")
    window.show_catalogue()
    click(qtbot, window.screen.sign_out_button)
    assert window.screen_name == "start"
    assert window.seat.learner is None
    assert window.screen.title.text() == "Ai đang học?"
    assert window.seat.text_scale == 100
