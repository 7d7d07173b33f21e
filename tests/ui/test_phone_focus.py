"""Inside the practice phone a screen-reader or keyboard user meets the message before the
choices, never the unsafe choice first, and hears each new screen and every warning."""

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.announce import listen
from digital_literacy_app.ui.phone.elements import DialogCard
from digital_literacy_app.ui.phone.view import PhoneView
from digital_literacy_app.ui.steps.practice_view import screen_words

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
    checked, dialogs = 0, 0
    for lesson, step, screen_id in practice_screens(bundled_lessons):
        view = PhoneView(step, "vi")
        view.show_screen(screen_id)
        target = view.first_focus_target()
        screen = step.screens[screen_id]
        unsafe = {view.element_widget(e.id) for e in screen.tappables() if e.warning is not None}
        everything = [w for w in view._display.widgets.values()]
        if target is not None and not set(everything) <= unsafe:
            assert target not in unsafe, (lesson.id, step.id, screen_id)
            checked += 1
        if any(e.type == "dialog" for e in screen.elements):
            assert isinstance(target, DialogCard), (lesson.id, step.id, screen_id)
            face = QAccessible.queryAccessibleInterface(target)
            assert face.text(QAccessible.Text.Name).strip(), (lesson.id, step.id, screen_id)
            assert face.role() == QAccessible.Role.Dialog, (lesson.id, step.id, screen_id)
            dialogs += 1
        view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert checked > 50 and dialogs > 0


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
