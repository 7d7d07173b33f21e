"""The first lesson teaches what later lessons need: the scroll wheel and typing Vietnamese.

Later practices put the button to tap below the visible part of the phone, and ask for
names typed with accents on the PC keyboard. The basics lesson (bundled, not a fixture)
practises both, and these tests hold it to that through the real phone:

- in "practice-scroll" the name to tap is out of sight at first, at every size the phone
  takes, and the mouse wheel over the phone brings it into view (so the wheel is needed);
- in "practice-telex" the family name is accepted however the accents arrive: composed
  (Unikey, most phone keyboards) or as combining marks (Windows' own Vietnamese
  keyboard), and refused without them or as raw Telex keys (input method switched off).
"""

import unicodedata

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontDatabase, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from digital_literacy_app.core.lessons import parse_lesson_file
from digital_literacy_app.core.paths import assets_dir, bundled_lessons_dir
from digital_literacy_app.core.practice import judge_tap
from digital_literacy_app.ui.phone.view import PhoneView

from .conftest import click, type_text

LESSON = bundled_lessons_dir() / "basics-using-this-app" / "lesson.yaml"
NOTCH = QPoint(0, -120)  # one click of the wheel rolled towards the learner


@pytest.fixture(scope="module", autouse=True)
def fonts(qapp):
    """Draw with the bundled Noto Sans, as the app does, so sizes do not depend on the machine."""
    for path in sorted((assets_dir() / "fonts").glob("NotoSans-*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    qapp.setFont(qapp.font().__class__("Noto Sans", 12))


@pytest.fixture(scope="module")
def steps():
    lesson, problems = parse_lesson_file(LESSON)
    assert lesson is not None, [str(p) for p in problems]
    return {step.id: step for step in lesson.steps}


def phone_in(qtbot, step, size, percent, lang="vi"):
    """The phone as a practice shows it: beside the instruction in a window of `size`, or
    alone at its full hinted size (the tallest screen it gets) when `size` is None."""
    view = PhoneView(step, lang)
    view.set_text_scale(percent)
    if size is None:
        host = view
        host.resize(view.sizeHint())
    else:
        host = QWidget()
        host.resize(*size)
        layout = QHBoxLayout(host)
        layout.addWidget(QLabel("Hướng dẫn"), 1)
        layout.addWidget(view)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host, view


def in_view(phone, element_id):
    """(wholly inside, partly inside) the phone screen's visible part."""
    widget = phone.element_widget(element_id)
    viewport = phone._display.scroll.viewport()
    rect = widget.rect().translated(widget.mapTo(viewport, QPoint(0, 0)))
    return viewport.rect().contains(rect), viewport.rect().intersects(rect)


def roll_wheel(host, phone, notch=NOTCH):
    """One real wheel click with the mouse pointer over the middle of the phone screen (a
    system wheel event, delivered to whatever lies under the pointer, a list row included)."""
    viewport = phone._display.scroll.viewport()
    where = viewport.mapTo(host, viewport.rect().center())
    QTest.wheelEvent(host.windowHandle(), QPointF(where), notch)
    QApplication.processEvents()


@pytest.mark.parametrize("size, percent", [
    ((1366, 768), 100), ((1366, 768), 200), ((1920, 1080), 100), ((1920, 1080), 200), (None, 100),
], ids=["1366x768-100", "1366x768-200", "1920x1080-100", "1920x1080-200", "full-phone-100"])
def test_the_name_to_tap_is_out_of_sight_until_the_wheel_brings_it(qtbot, steps, size, percent):
    """Yến, the last contact, is not even partly visible at first; rolling the wheel over
    the phone brings it wholly into view, where one click on it is the right tap; rolling
    back brings the top of the list again."""
    step = steps["practice-scroll"]
    host, phone = phone_in(qtbot, step, size, percent)
    assert phone.current_screen() == "contacts"
    assert in_view(phone, "yen") == (False, False), "the practice would not need the wheel"
    bar = phone._display.scroll.verticalScrollBar()
    assert bar.value() == 0
    notches = 0
    while not in_view(phone, "yen")[0]:
        roll_wheel(host, phone)
        notches += 1
        assert notches <= 40, f"the wheel did not bring Yến into view (scrolled to {bar.value()})"
    assert notches >= 2 and bar.value() > 0
    with qtbot.waitSignal(phone.tapped) as tapped:
        click(qtbot, phone.element_widget("yen"))
    assert tapped.args == ["contacts", "yen"]
    assert judge_tap(step, "contacts", "yen").goto == "found"
    for _ in range(notches + 2):
        roll_wheel(host, phone, -NOTCH)
    assert bar.value() == 0 and in_view(phone, "c-01")[0]


def commit_text(widget, text):
    """Type as an input method does (Unikey, Windows' keyboard): it commits whole text."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


NFC_NAME = unicodedata.normalize("NFC", "Nguyễn")
NFD_NAME = unicodedata.normalize("NFD", "Nguyễn")


def test_the_two_spellings_differ_as_text():
    """The decomposed name really is other code points, so the next test proves something."""
    assert NFC_NAME != NFD_NAME and len(NFD_NAME) > len(NFC_NAME)
    assert any(unicodedata.combining(char) for char in NFD_NAME)


@pytest.mark.parametrize("typed, how", [
    (NFC_NAME, "keys"), (NFC_NAME, "commit"), (NFD_NAME, "keys"), (NFD_NAME, "commit"),
    ("nguyễn", "keys"), (" " + NFD_NAME.upper() + " ", "commit"),
], ids=["composed-keys", "composed-commit", "decomposed-keys", "decomposed-commit",
        "lower-case", "capitals-and-spaces-decomposed"])
def test_the_family_name_is_accepted_however_its_accents_are_encoded(qtbot, steps, typed, how):
    """What the phone field holds, typed key by key or committed by an input method, leads
    from "Lưu" to the saved screen whether its accents are composed or combining marks."""
    step = steps["practice-telex"]
    host, phone = phone_in(qtbot, step, (1366, 768), 100)
    field = phone.element_widget("family-name")
    field.setFocus()
    (type_text if how == "keys" else commit_text)(field, typed)
    assert field.text() == typed
    outcome = judge_tap(step, "register", "save", phone.field_values())
    assert outcome.goto == "saved" and not outcome.unmet


@pytest.mark.parametrize("typed", ["Nguyen", "Nguyeenx", "Nguyên", ""])
def test_the_family_name_without_its_accents_is_not_accepted(qtbot, steps, typed):
    """Without accents, with the raw Telex keys (Vietnamese typing switched off) or a wrong
    tone, "Lưu" does not go on: the box is named as still to fill."""
    step = steps["practice-telex"]
    host, phone = phone_in(qtbot, step, (1366, 768), 100)
    field = phone.element_widget("family-name")
    field.setFocus()
    type_text(field, typed)
    outcome = judge_tap(step, "register", "save", phone.field_values())
    assert outcome.goto is None and [e.id for e in outcome.unmet] == ["family-name"]
