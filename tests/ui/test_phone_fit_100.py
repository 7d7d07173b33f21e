"""At 100 % text, in one walk over every practice screen of the bundled lessons (see
phone_fit.py): the element each step asks for is in view on the phone in every window size
the ward offices have (issue 14: the needed button was below the phone's fold), no hint or
warning covers it, and every name under an icon is whole; the other tests here look closer
at the phone's scrolling and shrinking."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .phone_fit import assert_every_check_passed, walk_every_practice_screen


def test_every_bundled_practice_screen_fits_with_its_hints_and_names_at_100_percent(qtbot, bundled_window):
    walk = walk_every_practice_screen(*bundled_window, 100)
    assert_every_check_passed(walk)


def open_practice(window, trainer, lesson_id: str, step_id: str):
    player = window.open_lesson(lesson_id) or window.screen
    index = next(i for i, step in enumerate(player.lesson.steps) if step.id == step_id)
    player.show_step(index)
    QApplication.processEvents()
    return player.view.phone


def test_the_read_code_button_is_scrolled_into_view_and_an_arrow_says_there_is_more(qtbot, bundled_window):
    """VietQR step 3: "Đọc mã" lay below the phone's fold and nothing said so."""
    window, trainer = bundled_window
    window.sign_in(trainer.learners.add("Trần Văn Mẫu", 1950))
    phone = open_practice(window, trainer, "vietqr-pay", "pay-shop")
    phone.show_screen("scan")
    QApplication.processEvents()
    display = phone._display
    read = phone.needed_elements()[0]
    assert display.in_view(read) and "Đọc mã" in read.accessibleName()
    bar = display.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the screen is taller than the phone: it was scrolled
    shown = [cue for cue in display.cues if cue.isVisible()]
    assert shown, "no arrow says the screen goes on"
    assert {cue.accessibleName() for cue in display.cues} == {"Còn nữa ở trên", "Còn nữa ở dưới"}
    for cue in display.cues:
        assert cue.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        assert cue.focusPolicy() == Qt.FocusPolicy.NoFocus
    bar.setValue(bar.minimum())
    assert [c.objectName() for c in display.cues if c.isVisible()] == ["phone-scroll-cue-down"]
    bar.setValue(bar.maximum())
    assert [c.objectName() for c in display.cues if c.isVisible()] == ["phone-scroll-cue-up"]


def test_where_finding_it_is_the_practice_the_phone_leaves_the_scrolling_to_the_learner(qtbot, bundled_window):
    """The basics lesson's scroll-wheel practice starts at the top, the name out of sight."""
    window, trainer = bundled_window
    window.sign_in(trainer.learners.add("Trần Văn Mẫu", 1950))
    phone = open_practice(window, trainer, "basics-using-this-app", "practice-scroll")
    display = phone._display
    assert phone._step.screens[phone.current_screen()].learner_scrolls
    assert display.scroll.verticalScrollBar().value() == 0
    assert not display.in_view(phone.needed_elements()[0])
    assert [c.objectName() for c in display.cues if c.isVisible()] == ["phone-scroll-cue-down"]


def test_in_a_small_window_at_200_percent_the_phone_text_shrinks_and_grows_back(qtbot, bundled_window):
    """The text shrinks only as far as the needed element needs, and grows back with room."""
    window, trainer = bundled_window
    learner = trainer.learners.add("Trần Văn Mẫu", 1950)
    trainer.settings.set_for_learner(learner.id, "text_scale", 200)
    window.sign_in(learner)
    window.resize(1280, 720)
    phone = open_practice(window, trainer, "zalo-video-call-privacy", "turn-off-phone-search")
    phone.show_screen("sources")
    QApplication.processEvents()
    small = phone.text_percent()
    assert 100 <= small < 200
    assert phone._display.in_view(phone.needed_elements()[0])
    window.resize(1920, 1200)
    QApplication.processEvents()
    QApplication.processEvents()
    assert phone.text_percent() > small
    assert phone._display.in_view(phone.needed_elements()[0])
