"""One walk over every practice screen of every bundled lesson in the learner's real window,
at one text size, that checks on each screen everything the walks used to check one walk
each (building and laying out 800 screens is what costs the time, not the checks):

- fit: in each window size the ward offices have, the element the step needs is whole in
  view on the phone and not under its scroll arrows, first and after every box is filled,
  and a pop-up shows whole with all its buttons (issue 14: the needed button was below the
  phone's fold). Each screen is built once and the window resized around it, as a learner
  who resizes the window does;
- hints: every hint and warning lies clear of the screen's content and of the element the
  step needs, never below body size, and at 100 % shows in the phone;
- names under icons: each name under an app tile, a bottom-bar icon or a call button is
  drawn in whole words, no smaller than its floor, inside its tile with room for every line.

Each problem names the check, the lesson, step and screen, the language, the text size and
the window size."""

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtWidgets import QApplication, QLineEdit

from digital_literacy_app.ui.phone.icons import LabelledIcon

WINDOW_SIZES = [(1366, 768), (1280, 720), (1024, 768)]
HINT_SIZE = WINDOW_SIZES[0]  # hints and names are checked where the learner app opens


@dataclass
class Walk:
    """What one walk checked (how many, per check) and what it found wrong."""
    checked: Counter = field(default_factory=Counter)
    problems: list[tuple] = field(default_factory=list)

    def of(self, check: str) -> list[tuple]:
        return [problem for problem in self.problems if problem[0] == check]

    def report(self, check: str) -> str:
        return "\n".join(map(str, self.of(check)))


@dataclass
class Place:
    """Where a check looks: named in every problem it finds."""
    lesson: str
    step: str
    screen: str
    lang: str
    percent: int
    size: tuple[int, int] = HINT_SIZE

    def named(self, phone) -> tuple:
        width, height = self.size
        return (self.lesson, self.step, self.screen, self.lang, f"{self.percent} % text",
                f"window {width}x{height}", f"phone text {phone.text_percent()} %")


def settle() -> None:
    for _ in range(2):
        QApplication.processEvents()
    # Delete the screens left behind now, or thousands pile up and every restyle walks them.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def walk_every_practice_screen(window, trainer, percent: int, *, hints: bool = True, names: bool = True) -> Walk:
    """At `percent` text: in Vietnamese the fit in every window size (and the hints and the
    names under icons, if asked, at 1366 × 768); in English the hints and names only."""
    walk = Walk()
    window.setUpdatesEnabled(False)  # geometry is what is checked: painting 2,400 screens only costs time
    try:
        _walk_language(walk, window, trainer, "vi", percent, WINDOW_SIZES, hints, names)
        if hints or names:
            _walk_language(walk, window, trainer, "en", percent, [HINT_SIZE], hints, names)
    finally:
        window.setUpdatesEnabled(True)
        window.resize(*HINT_SIZE)
    return walk


def _walk_language(walk, window, trainer, lang, percent, sizes, hints, names) -> None:
    learner = trainer.learners.add(f"Người học {lang} {percent}", 1956, "elderly")
    trainer.settings.set_for_learner(learner.id, "language", lang)
    trainer.settings.set_for_learner(learner.id, "text_scale", percent)
    window.sign_in(learner)
    window.resize(*HINT_SIZE)
    settle()
    lessons = trainer.lessons.lessons
    assert lessons
    for lesson in lessons:
        steps = [(index, step) for index, step in enumerate(lesson.steps) if step.kind == "practice"]
        player = window.open_lesson(lesson.id) or window.screen if steps else None
        for index, step in steps:
            player.show_step(index)
            settle()
            phone = player.view.phone
            for screen_id, screen in step.screens.items():
                if phone.current_screen() != screen_id:
                    phone.show_screen(screen_id)  # built in the window the learner app opens in
                    settle()
                place = Place(lesson.id, step.id, screen_id, lang, percent)
                _check_screen(walk, window, phone, step, screen, place, sizes, hints, names)
    window.screen.close_button.click()
    window.sign_out()
    settle()


def _check_screen(walk, window, phone, step, screen, place, sizes, hints, names) -> None:
    """Names and hints where the screen was built; in each window size the fit as the screen
    comes, then with every box filled, then the boxes as they were for the next size (so the
    text is only as small as the empty boxes make it, as on a screen built at that size);
    back to the size where the next screen is built."""
    if names:
        _names_under_icons(walk, phone, place)
    if hints:
        _hints(walk, phone, step, screen, place)
    for size in sizes:
        _resize(window, place, size)
        _fit(walk, phone, screen, place, "first")
        if screen.fields() and not screen.learner_scrolls:
            as_it_was = phone.field_values()
            fill_every_box(phone._display, screen)
            settle()
            _fit(walk, phone, screen, place, "after filling")
            fill_every_box(phone._display, screen, as_it_was)
            settle()
    _resize(window, place, sizes[0])


def _resize(window, place: Place, size: tuple[int, int]) -> None:
    if place.size != size:
        window.resize(*size)
        settle()
        place.size = size


def fill_every_box(display, screen, values: dict | None = None) -> None:
    """Type or tick what each box expects (or, given `values`, put those back)."""
    for element in screen.fields():
        widget = display.widgets[element.id]
        if values is not None:
            value = values[element.id]
        else:
            value = str(element.expect) if element.expect is not None else "Mẫu"
            value = value if isinstance(widget, QLineEdit) else bool(element.expect)
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setChecked(value)


# --- fit -----------------------------------------------------------------------------------

def under_an_arrow(display, widget) -> bool:
    where = QRect(widget.mapTo(display, QPoint(0, 0)), widget.size())
    return any(cue.isVisible() and cue.geometry().intersects(where) for cue in display.cues)


def _fit(walk: Walk, phone, screen, place: Place, moment: str) -> None:
    """The element the step needs (the first box to fill, or once all are filled the button
    that sends them) is whole in view, clear of the arrows; a pop-up shows all its buttons."""
    walk.checked["fit", place.lang, moment] += 1
    if screen.learner_scrolls:
        return  # finding it by scrolling is the practice
    display, needed = phone._display, phone.needed_elements()
    if needed:
        widget = needed[0] if moment == "first" else needed[-1]
        if not display.in_view(widget) or under_an_arrow(display, widget):
            walk.problems.append(("fit", *place.named(phone), moment))
    if moment == "first":
        cut = [button.id for element in screen.elements if element.type == "dialog" for button in element.buttons
               if not display.in_view(display.widgets[button.id])]
        if cut:
            walk.problems.append(("fit", *place.named(phone), "pop-up buttons cut", cut))


# --- hints ---------------------------------------------------------------------------------

def hints_of(step, screen_id, lang):
    """(text, is a warning) for the hint of the screen and each of its elements' warnings."""
    hint = step.hint_for(screen_id)
    if hint is not None:
        yield hint.get(lang), False
    for element in step.screens[screen_id].tappables():
        if element.warning is not None:
            yield element.warning.get(lang), True


def _hints(walk: Walk, phone, step, screen, place: Place) -> None:
    """Every hint and warning lies clear of the screen's content (docked on top, the content
    below it), the element the step needs stays whole in view, and a hint shown whole is never
    below body size. At 100 % each shows in the phone (whole, or as its title where the room is
    short: the words are beside the phone); at 200 %, where the phone is small, one may also
    leave the phone, but none covers what the learner must use."""
    shown = False
    for text, warning in hints_of(step, place.screen, place.lang):
        shown = True
        phone.show_hint(text, warning)
        QApplication.processEvents()  # as the app's event loop does before the learner looks
        _one_hint(walk, phone, screen, place, text)
    if shown:
        phone.clear_hint()  # as "Got it" does: the fit is checked without it
        settle()


def _one_hint(walk: Walk, phone, screen, place: Place, text: str) -> None:
    bubble, display = phone._display.bubble, phone._display
    walk.checked["hint", place.lang] += 1
    where = ("hint", *place.named(phone), text[:30])
    needed = phone.needed_elements()[:1]  # where not all fit, the first wins
    if needed and not display.in_view(needed[0]) and not screen.learner_scrolls:
        walk.problems.append((*where, "needed element out of view"))
    if bubble.isHidden():
        tall = needed and needed[0].height() > display.scroll.viewport().height() / 2
        if place.percent == 100 and not tall:  # a row half the screen high leaves no room
            walk.problems.append((*where, "no hint in the phone at 100 %"))
        return
    seen = display.dialog.scroll if display.dialog is not None else display.scroll
    viewport = seen.viewport()
    content = QRect(viewport.mapTo(display, QPoint(0, 0)), viewport.size())
    if bubble.geometry().intersects(content):
        walk.problems.append((*where, "covers the screen", bubble.geometry(), content))
    if not display.rect().contains(bubble.geometry()):
        walk.problems.append((*where, "off the screen"))
    if bubble.scroll.isHidden():
        return
    walk.checked["whole hint", place.lang] += 1
    if bubble.label.text_font.pointSizeF() < 16:
        walk.problems.append((*where, "too small", bubble.label.text_font.pointSizeF()))


# --- names under icons ---------------------------------------------------------------------

def whole_words(lines):
    return [word for line in lines for word in line.split()]


def _names_under_icons(walk: Walk, phone, place: Place) -> None:
    """Each name under an app tile, a bottom-bar icon or a call button is drawn in whole words
    ("Messages", never "Messag es"), no smaller than its floor, and inside its tile with room
    for every line."""
    for tile in phone._display.findChildren(LabelledIcon):
        walk.checked["name", place.lang] += 1
        where = ("name", *place.named(phone), tile.text())
        if whole_words(tile.label_lines()) != tile.text().split():
            walk.problems.append((*where, "broken word", tile.label_lines()))
        if tile.label_font().pointSizeF() < tile.look.smallest(tile.role) - 0.01:
            walk.problems.append((*where, "too small", tile.label_font().pointSizeF()))
        if not tile.parentWidget().rect().contains(tile.geometry()):
            walk.problems.append((*where, "outside its row"))
        if tile.height() < tile.height_for(tile.width()):
            walk.problems.append((*where, "cut off", tile.height(), tile.height_for(tile.width())))


def assert_every_check_passed(walk: Walk) -> None:
    """A whole walk with hints and names (100 % and 200 %): nothing found, and each kind of
    check really made, in both languages."""
    assert walk.of("fit") == [], walk.report("fit")
    assert walk.of("hint") == [], walk.report("hint")
    assert walk.of("name") == [], walk.report("name")
    assert walk.problems == []
    assert walk.checked["fit", "vi", "first"] > 700
    assert walk.checked["hint", "vi"] > 20 and walk.checked["hint", "en"] > 20
    assert walk.checked["whole hint", "vi"] + walk.checked["whole hint", "en"] > 20
    assert walk.checked["name", "vi"] > 20 and walk.checked["name", "en"] > 20
