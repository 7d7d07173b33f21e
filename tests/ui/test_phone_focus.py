"""Inside the practice phone a screen-reader or keyboard user meets the message before the
choices, never the unsafe choice first, and hears each new screen and every warning."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.announce import listen
from digital_literacy_app.ui.phone.elements import DialogCard
from digital_literacy_app.ui.phone.view import PhoneView
from digital_literacy_app.ui.phone.screen import screen_words

from .conftest import REFUSE, click


@pytest.fixture(scope="module")
def bundled_lessons(tmp_path_factory):
    with Trainer.open(tmp_path_factory.mktemp("bundled") / "data") as trainer:
        return trainer.lessons.lessons


def practice_screens(lessons):
    for lesson in lessons:
        for step in lesson.steps:
            if step.kind == "practice":
                for screen_id in step.screens:
                    yield lesson, step, screen_id


def test_no_bundled_phone_screen_puts_the_focus_on_a_dangerous_choice_first(app, qtbot, bundled_lessons):
    """On every screen the first focus is its dialog (role Dialog, or Alert when it holds a
    dangerous choice), else its message (described by what the screen says), and what
    Tab reaches from there is never the unsafe choice while a safe one exists."""
    checked, dialogs, alerts, messages = 0, 0, 0, 0
    for lesson, step, screen_id in practice_screens(bundled_lessons):
        where = (lesson.id, step.id, screen_id)
        view = PhoneView(step, "vi")
        view.show_screen(screen_id)
        target = view.first_focus_target()
        display = view._display
        screen = step.screens[screen_id]
        unsafe = {view.element_widget(e.id) for e in screen.tappables() if e.warning is not None}
        everything = [w for w in display.widgets.values()]
        if target is not None and not set(everything) <= unsafe:
            assert target not in unsafe, where
            assert display.first_safe_element() not in unsafe, where
            checked += 1
        dialog = next((e for e in screen.elements if e.type == "dialog"), None)
        if dialog is not None:
            assert isinstance(target, DialogCard), where
            face = QAccessible.queryAccessibleInterface(target)
            assert face.text(QAccessible.Text.Name).strip(), where
            warns = any(b.warning is not None for b in dialog.buttons)
            expected = QAccessible.Role.AlertMessage if warns else QAccessible.Role.Dialog
            assert face.role() == expected, where
            dialogs += 1
            alerts += warns
        elif screen_words(screen, "vi"):
            assert target is display.scroll, where
            face = QAccessible.queryAccessibleInterface(target)
            assert face.text(QAccessible.Text.Description) == screen_words(screen, "vi"), where
            assert face.state().focusable, where
            messages += 1
        view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert checked > 50 and dialogs > 0 and alerts > 0 and messages > 100


def test_tab_from_a_screen_message_goes_to_the_first_safe_choice(qtbot, bundled_lessons):
    """The message first, then Tab: the safe choice, although the dangerous one comes first
    on the screen ("Vẫn chuyển tiền" above "Hủy", the scam link above "Chặn")."""
    lesson, step, screen_id, element = next(
        (lesson, step, screen_id, element) for lesson, step, screen_id in practice_screens(bundled_lessons)
        if not any(e.type == "dialog" for e in step.screens[screen_id].elements)
        for element in step.screens[screen_id].tappables()[:1] if element.warning is not None)
    view = PhoneView(step, "vi")
    qtbot.addWidget(view)
    view.show_screen(screen_id)
    view.resize(420, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.focus_first()
    assert QApplication.focusWidget() is view._display.scroll
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert view._display.isAncestorOf(focused), (lesson.id, screen_id)
    assert focused is not view.element_widget(element.id), (lesson.id, screen_id)
    assert focused is view._display.first_safe_element()


def test_a_warning_is_heard_at_once_and_a_new_screen_is_heard(qtbot, window, learner):
    heard = []
    stop = listen(lambda source, text, assertive: heard.append((text, assertive)))
    try:
        window.sign_in(learner)
        player = window.open_lesson(REFUSE)
        practice = next(i for i, s in enumerate(player.lesson.steps) if s.kind == "practice")
        player.show_step(practice)
        view = player.view
        screen = view.step.screens[view.phone.current_screen()]
        dangerous = next(e for e in screen.tappables() if e.warning is not None)
        click(qtbot, view.phone.element_widget(dangerous.id))
        assert heard[-1] == (dangerous.warning.get("vi"), True)
        assert QAccessible.queryAccessibleInterface(view.status).text(QAccessible.Text.Name) == heard[-1][0]
    finally:
        stop()


def test_the_words_of_a_screen_are_its_app_headings_and_texts_in_order(bundled_lessons):
    lesson, step, screen_id = next((lesson, step, screen_id) for lesson, step, screen_id
                                   in practice_screens(bundled_lessons)
                                   if any(e.type == "dialog" for e in step.screens[screen_id].elements))
    screen = step.screens[screen_id]
    said = screen_words(screen, "vi")
    dialog = next(e for e in screen.elements if e.type == "dialog")
    assert dialog.text.get("vi").rstrip(".")[:40] in said
    assert len(said) <= 400
