"""Pictures speak (issue 15): what a screen reader is told about pictures, links and secret
fields, read in-process from Qt's accessibility tree (`QAccessible.queryAccessibleInterface`).

- every picture of an explain step of every bundled lesson is a graphic named with its
  `alt` text, in Vietnamese by default and in English for a learner who reads English;
- pictures on practice screens likewise; a lesson's catalogue icon is decorative: hidden;
- a link in a practice text message is a link (pressable), not a button;
- a practice password, PIN or OTP field (`secret: true`) is a password field.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit

from digital_literacy_app.core.lessons import parse_lesson_file
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.phone.elements import ImageView
from digital_literacy_app.ui.phone.view import PhoneView
from digital_literacy_app.ui.steps.explain_view import ExplainView

from .conftest import FIRST, type_text

PHONE_FIXTURE = Path(__file__).parent / "fixtures" / "phone-lesson" / "lesson.yaml"
NAME = QAccessible.Text.Name


def accessible(widget):
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid(), widget
    return face


def in_tree(face, top) -> bool:
    """Whether the interface is a child of its parent, and so on up to `top`'s interface:
    what a screen reader walking the tree down from the window would reach."""
    top_face = accessible(top)
    while face is not None and face.isValid():
        parent = face.parent()
        if parent is None or parent.indexOfChild(face) < 0:
            return False
        if parent.object() is top_face.object():
            return True
        face = parent
    return False


@pytest.fixture(scope="module")
def bundled_lessons(tmp_path_factory):
    with Trainer.open(tmp_path_factory.mktemp("bundled") / "data") as trainer:
        lessons = trainer.lessons.lessons
    assert lessons
    return lessons


def practice_steps(lessons, wanted):
    return [step for lesson in lessons for step in lesson.steps if step.kind == "practice" and wanted(step)]


def elements_of(step, kind):
    """(screen id, element) for every element of that type on the step's screens."""
    return [(screen_id, element) for screen_id, screen in step.screens.items()
            for element in screen.elements if element.type == kind]


# --- explain steps ------------------------------------------------------------------------------
def assert_named_graphic(picture, step, lang, where, shown=True):
    assert picture is not None, where
    face = accessible(picture)
    assert face.role() == QAccessible.Role.Graphic, where
    assert step.alt.vi and step.alt.en and step.alt.vi != step.alt.en, where
    assert face.text(NAME) == step.alt.get(lang), where
    assert not face.state().focusable and not (shown and face.state().invisible), where
    assert picture.focusPolicy() == Qt.FocusPolicy.NoFocus, where
    return face


def test_every_bundled_explain_picture_is_a_graphic_named_with_its_alt(qtbot, bundled_lessons):
    """Each explain step's picture, as its view shows it, is a graphic named with its alt
    text in the learner's language, and never takes the keyboard focus."""
    seen = 0
    for lesson in bundled_lessons:
        for step in lesson.steps:
            if step.kind == "explain" and step.image is not None:
                for lang in ("vi", "en"):
                    view = ExplainView(step, lang)
                    assert_named_graphic(view.picture, step, lang, (lesson.id, step.id, lang), shown=False)
                    view.deleteLater()
                seen += 1
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert seen >= 100


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_through_the_lesson_player_the_picture_is_in_the_windows_tree(qtbot, bundled_window, lang):
    """Shown by the lesson player, the picture is reached from the window down, named in
    Vietnamese for a learner who never chose a language and in English for one who did."""
    window, trainer = bundled_window
    learner = trainer.learners.add(f"Người học {lang}", 1956, "elderly")
    if lang != "vi":
        trainer.settings.set_for_learner(learner.id, "language", lang)
    window.sign_in(learner)
    lesson = trainer.lessons.get("vneid-levels")
    player = window.open_lesson(lesson.id)
    for index, step in enumerate(lesson.steps):
        if step.kind == "explain" and step.image is not None:
            player.show_step(index)
            face = assert_named_graphic(player.view.picture, step, lang, (lesson.id, step.id))
            assert in_tree(face, window), (lesson.id, step.id)


# --- practice screens ---------------------------------------------------------------------------
def test_every_bundled_practice_picture_is_named_with_its_alt(qtbot, bundled_lessons):
    steps = practice_steps(bundled_lessons, lambda step: elements_of(step, "image"))
    assert steps
    for lang in ("vi", "en"):
        for step in steps:
            view = PhoneView(step, lang)
            qtbot.addWidget(view)
            for screen_id, element in elements_of(step, "image"):
                view.show_screen(screen_id)
                names = {accessible(w).text(NAME) for w in view.findChildren(ImageView) if not w.isHidden()}
                assert element.alt.get(lang) in names, (step.id, screen_id)
                assert {accessible(w).role() for w in view.findChildren(ImageView)} == {QAccessible.Role.Graphic}


def test_every_sms_link_in_the_bundled_lessons_is_a_link_not_a_button(qtbot, bundled_lessons):
    """Named with its label, pressable by a screen reader; the buttons around it stay buttons."""
    steps = practice_steps(bundled_lessons, lambda step: any(e.link for _, e in elements_of(step, "sms")))
    assert steps
    for step in steps:
        view = PhoneView(step, "vi")
        qtbot.addWidget(view)
        for screen_id, element in elements_of(step, "sms"):
            if element.link is None:
                continue
            view.show_screen(screen_id)
            face = accessible(view.element_widget(element.link.id))
            assert face.role() == QAccessible.Role.Link, (step.id, screen_id)
            assert face.text(NAME) == element.link.label.vi
            actions = face.actionInterface()
            assert actions is not None and actions.pressAction() in actions.actionNames()
            for other in step.screens[screen_id].tappables():
                if other.type == "button":
                    assert accessible(view.element_widget(other.id)).role() == QAccessible.Role.Button


def test_pressing_the_link_through_the_accessibility_tree_taps_it_once(qtbot):
    lesson, problems = parse_lesson_file(PHONE_FIXTURE)
    assert lesson is not None, [str(p) for p in problems]
    view = PhoneView(lesson.steps[0], "vi")
    qtbot.addWidget(view)
    taps = []
    view.tapped.connect(lambda screen, element: taps.append((screen, element)))
    view.show_screen("messages")
    actions = accessible(view.element_widget("sms-link")).actionInterface()
    actions.doAction(actions.pressAction())
    assert taps == [("messages", "sms-link")]


def test_secret_fields_are_password_fields_and_others_are_not(qtbot, bundled_lessons):
    """A `secret: true` field shows dots and is a password field to a screen reader, which
    never hears what was typed; the phone still reads the typed value to check it."""
    steps = practice_steps(bundled_lessons, lambda step: elements_of(step, "input"))
    secrets = [e for step in steps for _, e in elements_of(step, "input") if e.secret]
    assert len(secrets) >= 10
    for step in steps:
        view = PhoneView(step, "vi")
        qtbot.addWidget(view)
        for screen_id, element in elements_of(step, "input"):
            view.show_screen(screen_id)
            edit = view.element_widget(element.id)
            assert isinstance(edit, QLineEdit)
            type_text(edit, "2468")
            face = accessible(edit)
            assert face.role() == QAccessible.Role.EditableText
            assert face.text(NAME) == element.label.vi
            if element.secret:
                assert edit.echoMode() == QLineEdit.EchoMode.Password, (step.id, element.id)
                assert face.state().passwordEdit, (step.id, element.id)
                assert "2468" not in face.text(QAccessible.Text.Value)
            else:
                assert edit.echoMode() == QLineEdit.EchoMode.Normal, (step.id, element.id)
                assert not face.state().passwordEdit, (step.id, element.id)
            assert view.field_values()[element.id].endswith("2468")


# --- the catalogue ------------------------------------------------------------------------------
def test_a_lessons_catalogue_icon_is_decorative_and_hidden_from_screen_readers(qtbot, window, learner):
    """The card is a button named with the lesson's title; its icon adds nothing to it, so a
    screen reader passes over it: no role, no name, invisible, never focused."""
    window.sign_in(learner)
    card = window.screen.cards[FIRST]
    assert card.picture is not None
    face = accessible(card.picture)
    assert face.role() == QAccessible.Role.NoRole
    assert face.text(NAME) == ""
    assert face.state().invisible and not face.state().focusable
    assert card.picture.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert accessible(card).text(NAME).startswith(card.title_label.text())
