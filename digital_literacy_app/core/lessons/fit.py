"""Whether what a practice screen asks for can ever be seen whole on the simulated phone.

The phone scrolls a long screen so that the element the step needs is in view, and in a
small window or at large text it makes its own text smaller, down to the normal size (see
docs/lesson-format.md). What it cannot do is show an element, or a pop-up with its buttons,
that is taller than its screen even then. This estimate, in the phone's pixels at the normal
text size in the smallest window the app supports (1024×768), lets `dla lessons validate`
warn the lesson's author before a learner meets it. It errs on the generous side: it warns
only where the phone surely fails, never about a screen that fits.
"""

import math

from digital_literacy_app.core.lessons.model import Element, Screen, Text

# Measured on the phone at 100 % text in a 1024×768 window (ui/phone): the scrolling part
# of its screen, the arrows' margin at each edge, the width text wraps in, and the pop-up's.
VIEWPORT_HEIGHT = 420
ARROW_MARGIN = 38
ROOM = VIEWPORT_HEIGHT - 2 * ARROW_MARGIN
DIALOG_ROOM = 490
CHARS_PER_LINE = 24  # of Vietnamese text at the phone's normal size, in a list row or button
DIALOG_CHARS_PER_LINE = 20
LINE_HEIGHT = 26
PADDING = 24  # above and below the text of a row or button
DIALOG_BUTTON_HEIGHT = 62
DIALOG_TITLE_LINE = 32


def lines(text: str, per_line: int) -> int:
    """The lines a text wraps to: each paragraph on its own, words never split."""
    count = 0
    for paragraph in text.split("\n"):
        count += max(1, math.ceil(len(paragraph) / per_line))
    return count


def _longest(text: Text | None) -> str:
    """The longer of the two languages: the screen must fit in both."""
    if text is None:
        return ""
    return max(text.vi, text.en, key=len)


def element_height(element: Element) -> int:
    """The least height of a tappable element, a box or a tick box."""
    words = [_longest(element.label), _longest(element.detail)]
    text_lines = sum(lines(w, CHARS_PER_LINE) for w in words if w)
    return PADDING + max(1, text_lines) * LINE_HEIGHT


def dialog_height(dialog: Element) -> int:
    """The least height of a pop-up with its title, its text and every button whole."""
    height = 2 * PADDING
    if dialog.title is not None:
        height += lines(_longest(dialog.title), DIALOG_CHARS_PER_LINE) * DIALOG_TITLE_LINE
    if dialog.text is not None:
        height += lines(_longest(dialog.text), DIALOG_CHARS_PER_LINE) * LINE_HEIGHT
    for button in dialog.buttons:
        extra = lines(_longest(button.label), DIALOG_CHARS_PER_LINE) - 1
        height += DIALOG_BUTTON_HEIGHT + extra * LINE_HEIGHT
    return height


def fit_problems(screen: Screen) -> list[str]:
    """What on `screen` the phone cannot show whole, worded for the lesson's author."""
    problems = []
    for element in screen.elements:
        if element.type == "dialog":
            if dialog_height(element) > DIALOG_ROOM:
                problems.append(f"the pop-up on screen '{screen.id}' is too long to show whole with its "
                                "buttons on a small window: shorten its text")
            continue
        needed = element.items if element.type in ("list", "grid", "nav") else [element]
        for part in needed:
            if part.type in ("button", "item", "input", "checkbox") and element_height(part) > ROOM:
                problems.append(f"'{part.id}' on screen '{screen.id}' is taller than the phone's screen "
                                "on a small window: shorten its label or detail")
    return problems
