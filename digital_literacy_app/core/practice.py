"""The rules of a practice screen, apart from how it is drawn.

A tap on an element with `goto` moves on only when every input and checkbox on the screen
holds what it expects; typing is compared the way a person would judge it: ignoring case,
spaces, and whether accents were typed composed or decomposed.
"""

from collections import deque
from dataclasses import dataclass

from digital_literacy_app.core.lessons.model import DONE, Element, PracticeStep, Screen
from digital_literacy_app.core.text import nfc


def same_typed_text(expected: str, typed: str) -> bool:
    def norm(text: str) -> str:
        return "".join(nfc(text).casefold().split())
    return norm(expected) == norm(typed)


def unmet_fields(screen: Screen, values: dict) -> list[Element]:
    """The inputs and checkboxes that do not yet hold their expected value."""
    unmet = []
    for element in screen.fields():
        value = values.get(element.id)
        if element.type == "checkbox":
            if bool(value) != bool(element.expect):
                unmet.append(element)
        elif element.expect is not None and not same_typed_text(str(element.expect), str(value or "")):
            unmet.append(element)
    return unmet


@dataclass(frozen=True)
class TapOutcome:
    """What a tap means: where it leads (a screen id, DONE, or None), and what to say."""

    goto: str | None
    element: Element | None
    unmet: tuple[Element, ...] = ()

    @property
    def right(self) -> bool:
        return self.goto is not None

    @property
    def finished(self) -> bool:
        return self.goto == DONE


def judge_tap(step: PracticeStep, screen_id: str, element_id: str, values: dict | None = None) -> TapOutcome:
    screen = step.screens[screen_id]
    element = next((e for e in screen.tappables() if e.id == element_id), None)
    if element is None or element.goto is None:
        return TapOutcome(None, element)
    unmet = unmet_fields(screen, values or {})
    if unmet:
        return TapOutcome(None, element, tuple(unmet))
    return TapOutcome(element.goto, element)


def way_to_done(step: PracticeStep, screen_id: str | None = None) -> list[tuple[Screen, Element]]:
    """The shortest way from a screen to the end: (screen, element to tap) pairs.

    Breadth-first over the `goto` links, trying a screen's elements top to bottom, so a
    "Quay lại" that loops back is never taken and the first right element wins a tie.
    Empty when the end cannot be reached from there.
    """
    start = screen_id or step.start or next(iter(step.screens))
    came_from: dict[str, tuple[str, Element] | None] = {start: None}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        for element in step.screens[current].tappables():
            target = element.goto
            if target is None or target in came_from:
                continue
            came_from[target] = (current, element)
            if target == DONE:
                return _unwind(step, came_from)
            queue.append(target)
    return []


def _unwind(step: PracticeStep, came_from: dict) -> list[tuple[Screen, Element]]:
    path, node = [], DONE
    while came_from[node] is not None:
        screen_id, element = came_from[node]
        path.append((step.screens[screen_id], element))
        node = screen_id
    return path[::-1]


def right_element(step: PracticeStep, screen_id: str) -> Element | None:
    """The element "Chỉ cho tôi" points at: the next tap on the shortest way to the end
    (a "Quay lại" that also leads somewhere is never it)."""
    path = way_to_done(step, screen_id)
    return path[0][1] if path else None
