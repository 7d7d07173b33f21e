""""Chỉ cho tôi" (show me) is there on every practice step from the start, pulses gently
after a quiet while, and points at the element with a ring, an arrow beside the phone and
a sentence, never covering the phone's screen (issue 14, item 2)."""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible

from digital_literacy_app.ui.announce import listen
from digital_literacy_app.ui.steps import practice_view

from .conftest import FIRST, click


def open_practice(qtbot, window, learner):
    window.sign_in(learner)
    click(qtbot, window.screen.cards[FIRST])
    player = window.screen
    click(qtbot, player.next_button)
    return player.view


def test_show_me_is_there_before_any_mistake_and_named(qtbot, window, learner):
    view = open_practice(qtbot, window, learner)
    assert view.show_me_button.isVisible() and view.show_me_button.isEnabled()
    face = QAccessible.queryAccessibleInterface(view.show_me_button)
    assert face.text(QAccessible.Text.Name) == "Chỉ cho tôi chỗ cần bấm"
    assert not view.show_me_button.pulsing()


def test_after_a_quiet_while_it_pulses_once_announced_and_a_right_tap_calms_it(qtbot, window, learner, monkeypatch):
    monkeypatch.setattr(practice_view, "QUIET_MS", 80)
    heard = []
    stop = listen(lambda source, text, assertive: heard.append((text, assertive)))
    try:
        view = open_practice(qtbot, window, learner)
        qtbot.waitUntil(view.show_me_button.pulsing, timeout=3000)
        assert ("Nếu cần giúp, hãy bấm “Chỉ cho tôi”.", False) in heard  # polite: not a warning
        click(qtbot, view.phone.element_widget("photos"))  # a wrong tap is not the right action
        assert view.show_me_button.pulsing()
        click(qtbot, view.phone.element_widget("notes"))
        assert not view.show_me_button.pulsing(), "a right action ends the offer"
        assert view.quiet.isActive(), "and the quiet while starts again"
    finally:
        stop()


def test_pressed_it_rings_points_with_an_arrow_beside_the_phone_and_says_what_to_do(qtbot, window, learner):
    view = open_practice(qtbot, window, learner)
    phone = view.phone
    click(qtbot, view.show_me_button)
    assert phone.highlighted() == "notes"
    arrow = phone.pointer()
    assert arrow is not None and arrow.isVisible()
    glass = phone._display.geometry()
    assert not arrow.geometry().intersects(glass), "the arrow never covers the phone's screen"
    target = phone.element_widget("notes")
    top = target.mapTo(phone, QPoint(0, 0)).y()
    assert top <= arrow.tip().y() <= top + target.height(), "level with the element it points at"
    assert arrow.tip().x() <= glass.left()
    assert view.status_text.text() == "Bấm “Ghi chú”, chỗ mũi tên chỉ vào."
    assert phone._display.in_view(target)
    click(qtbot, target)
    assert phone.pointer() is None, "the arrow goes with the screen it pointed into"


def test_on_a_box_to_fill_it_says_what_to_type(qtbot, window, learner):
    view = open_practice(qtbot, window, learner)
    click(qtbot, view.phone.element_widget("notes"))
    click(qtbot, view.show_me_button)
    assert view.phone.highlighted() == "number"
    assert view.status_text.text() == "Gõ “2” vào ô mũi tên đang chỉ: “Số cần ghi”."


def test_a_hint_is_docked_above_the_screen_never_over_it(qtbot, window, learner):
    view = open_practice(qtbot, window, learner)
    click(qtbot, view.phone.element_widget("photos"))
    display = view.phone._display
    bubble = display.bubble
    assert bubble.isVisible()
    viewport = display.scroll.viewport()
    content = QRect(viewport.mapTo(display, QPoint(0, 0)), viewport.size())
    assert not bubble.geometry().intersects(content)
    assert display.in_view(view.phone.element_widget("notes"))
    click(qtbot, bubble.close_button)
    assert display.scroll.viewport().mapTo(display, QPoint(0, 0)).y() < content.top(), "the room comes back"
