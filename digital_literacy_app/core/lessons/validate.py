"""Turn a lesson.yaml into a `Lesson`, collecting every problem with its line.

Written for volunteers: each message names the key and says what is expected, so a
person who never programmed can fix the file from `dla lessons validate` alone.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from digital_literacy_app.core.lessons import vietqr
from digital_literacy_app.core.lessons.model import (
    AREAS, DONE, STEP_KINDS, Choice, Element, ExplainStep, Lesson, PracticeStep, QuizStep,
    Screen, Text,
)
from digital_literacy_app.core.lessons.yamlsource import LineDict, LineList, YamlSyntaxError, load_yaml
from digital_literacy_app.core.text import nfc

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
COMPETENCE_PATTERN = re.compile(r"^[1-6]\.[1-6]$")
ELEMENT_TYPES = ("header", "text", "image", "input", "checkbox", "button", "list", "grid",
                 "nav", "qr", "sms", "call", "dialog")
TEXT_STYLES = ("", "normal", "title", "small", "warning", "amount")
BUTTON_STYLES = ("", "primary", "secondary", "danger")
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


class _Reader:
    """Reads typed values out of LineDicts, recording a Problem for each mismatch."""

    def __init__(self, path: Path):
        self.path = path
        self.folder = path.parent
        self.problems: list[Problem] = []
        self.goto_lines: dict[int, int] = {}

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, "warning"))

    def mapping(self, value, line: int, what: str) -> LineDict | None:
        if isinstance(value, LineDict):
            for key, dup_line in value.duplicates:
                self.error(dup_line, f"'{key}' appears twice in {what}")
            return value
        self.error(line, f"{what} must be a mapping of keys and values")
        return None

    def require(self, data: LineDict, key: str, what: str):
        if key not in data or data[key] is None:
            self.error(data.line, f"{what} is missing '{key}'")
            return None
        return data[key]

    def text(self, data: LineDict, key: str, what: str, required: bool = True) -> Text | None:
        if key not in data or data[key] is None:
            if required:
                self.error(data.line, f"{what} is missing '{key}'")
            return None
        value, line = data[key], data.line_of(key)
        if isinstance(value, str):
            self.warn(line, f"'{key}' of {what} has no English version: write it as {{vi: ..., en: ...}}")
            return Text(nfc(value))
        if not isinstance(value, LineDict):
            self.error(line, f"'{key}' of {what} must be a text with 'vi' and 'en'")
            return None
        vi, en = value.get("vi"), value.get("en")
        if not isinstance(vi, str) or not vi.strip():
            self.error(line, f"'{key}' of {what} has no Vietnamese text ('vi')")
            return None
        if en is None or (isinstance(en, str) and not en.strip()):
            self.warn(line, f"'{key}' of {what} has no English version ('en')")
            en = ""
        elif not isinstance(en, str):
            self.error(line, f"'en' of '{key}' in {what} must be text")
            en = ""
        unknown = set(value) - {"vi", "en"}
        if unknown:
            self.error(line, f"'{key}' of {what} has unknown language keys: "
                             f"{', '.join(sorted(map(str, unknown)))} (a text with a comma or colon "
                             "inside {vi: ..., en: ...} must be in quotes)")
        return Text(nfc(vi), nfc(en))

    def identifier(self, data: LineDict, key: str, what: str) -> str | None:
        value = self.require(data, key, what)
        if value is None:
            return None
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.error(data.line_of(key), f"'{key}' of {what} must use only a-z, 0-9 and '-' (found {value!r})")
            return None
        return value

    def integer(self, data: LineDict, key: str, what: str, low: int, high: int) -> int | None:
        value = self.require(data, key, what)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(data.line_of(key), f"'{key}' of {what} must be a whole number from {low} to {high} (found {value!r})")
            return None
        return value

    def choice(self, data: LineDict, key: str, allowed, what: str, default: str = "") -> str:
        value = data.get(key, default)
        if value is None:
            value = default
        if value not in allowed:
            shown = ", ".join(a for a in allowed if a)
            self.error(data.line_of(key), f"'{key}' of {what} must be one of {shown} (found {value!r})")
            return default
        return value

    def boolean(self, data: LineDict, key: str, what: str, default: bool = False) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.error(data.line_of(key), f"'{key}' of {what} must be true or false")
            return default
        return value

    def image(self, data: LineDict, key: str, what: str) -> Path | None:
        value = data.get(key)
        if value is None:
            return None
        line = data.line_of(key)
        if not isinstance(value, str) or not value.strip():
            self.error(line, f"'{key}' of {what} must be a file name")
            return None
        path = (self.folder / value).resolve()
        if self.folder.resolve() not in path.parents:
            self.error(line, f"picture '{value}' of {what} must be inside the lesson folder")
            return None
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            self.error(line, f"picture '{value}' of {what} must be SVG, PNG or JPEG")
            return None
        if not path.is_file():
            self.error(line, f"picture '{value}' of {what} does not exist in {self.folder}")
            return None
        return path

    def string_list(self, data: LineDict, key: str, what: str) -> list[str]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, LineList) or not all(isinstance(v, str) for v in value):
            self.error(data.line_of(key), f"'{key}' of {what} must be a list of texts")
            return []
        return [nfc(v) for v in value]


def parse_lesson_file(path: Path) -> tuple[Lesson | None, list[Problem]]:
    """Read and check one lesson.yaml. The lesson is None when there is any error."""
    reader = _Reader(path)
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        reader.error(1, "the file is not UTF-8 text; save it as UTF-8")
        return None, reader.problems
    except OSError as exc:
        reader.error(1, f"cannot read the file ({exc.strerror})")
        return None, reader.problems
    except YamlSyntaxError as exc:
        reader.error(exc.line, exc.message)
        return None, reader.problems
    data = reader.mapping(raw, 1, "the lesson")
    lesson = _lesson(reader, data) if data is not None else None
    has_error = any(p.severity == "error" for p in reader.problems)
    return (None if has_error else lesson), reader.problems


def _lesson(r: _Reader, data: LineDict) -> Lesson | None:
    known = {"id", "version", "area", "title", "summary", "competences", "minutes", "icon",
             "checked_against", "sources", "learned", "next", "steps", "order"}
    for key in data:
        if key not in known:
            r.error(data.line_of(key), f"unknown key '{key}' in the lesson")
    lesson_id = r.identifier(data, "id", "the lesson")
    version = r.integer(data, "version", "the lesson", 1, 10_000)
    area = r.require(data, "area", "the lesson")
    if area is not None and area not in AREAS:
        r.error(data.line_of("area"), f"'area' must be one of {', '.join(AREAS)} (found {area!r})")
    title = r.text(data, "title", "the lesson")
    summary = r.text(data, "summary", "the lesson")
    minutes = r.integer(data, "minutes", "the lesson", 1, 120)
    competences = r.string_list(data, "competences", "the lesson")
    if "competences" not in data:
        r.error(data.line, "the lesson is missing 'competences'")
    for code in competences:
        if not COMPETENCE_PATTERN.match(code):
            r.error(data.line_of("competences"), f"competence {code!r} must look like \"4.2\" (area.competence)")
    checked = data.get("checked_against") or {}
    if not isinstance(checked, dict):
        r.error(data.line_of("checked_against"), "'checked_against' must be a mapping with app, version and date")
        checked = {}
    learned = []
    raw_learned = data.get("learned")
    if raw_learned is not None:
        if isinstance(raw_learned, LineList):
            for index, item in enumerate(raw_learned):
                holder = LineDict()
                holder["text"] = item
                holder.line = raw_learned.line_of(index)
                text = r.text(holder, "text", f"item {index + 1} of 'learned'")
                if text:
                    learned.append(text)
        else:
            r.error(data.line_of("learned"), "'learned' must be a list of texts")
    steps = _steps(r, data)
    order = r.integer(data, "order", "the lesson", 1, 1000) if "order" in data else 100
    if None in (lesson_id, version, title, summary, minutes) or area not in AREAS:
        return None
    return Lesson(
        id=lesson_id, version=version, area=area, title=title, summary=summary,
        competences=competences, minutes=minutes, steps=steps, folder=r.folder,
        icon=r.image(data, "icon", "the lesson"), sources=r.string_list(data, "sources", "the lesson"),
        checked_against=dict(checked), learned=learned, next=r.string_list(data, "next", "the lesson"),
        order=order or 100,
    )


def _steps(r: _Reader, data: LineDict) -> list:
    raw = r.require(data, "steps", "the lesson")
    if raw is None:
        return []
    if not isinstance(raw, LineList) or not raw:
        r.error(data.line_of("steps"), "'steps' must be a list with at least one step")
        return []
    steps, seen = [], {}
    for index, item in enumerate(raw):
        step_data = r.mapping(item, raw.line_of(index), f"step {index + 1}")
        if step_data is None:
            continue
        step = _step(r, step_data, index + 1)
        if step is None:
            continue
        if step.id in seen:
            r.error(step.line, f"step id '{step.id}' is used twice (first on line {seen[step.id]})")
            continue
        seen[step.id] = step.line
        steps.append(step)
    return steps


def _step(r: _Reader, data: LineDict, number: int):
    what = f"step {number}"
    step_id = r.identifier(data, "id", what)
    what = f"step '{step_id}'" if step_id else what
    kind = r.require(data, "kind", what)
    title = r.text(data, "title", what)
    if kind is not None and kind not in STEP_KINDS:
        r.error(data.line_of("kind"), f"unknown step kind {kind!r}: use explain, practice or quiz")
        return None
    common = {"id": step_id, "kind": kind, "title": title, "line": data.line}
    if kind == "explain":
        _known_keys(r, data, {"id", "kind", "title", "text", "image"}, what)
        step = ExplainStep(**common, text=r.text(data, "text", what) or Text(""),
                           image=r.image(data, "image", what))
    elif kind == "quiz":
        step = _quiz(r, data, common, what)
    elif kind == "practice":
        step = _practice(r, data, common, what)
    else:
        return None
    if step_id is None or title is None:
        return None
    return step


def _known_keys(r: _Reader, data: LineDict, known: set, what: str) -> None:
    for key in data:
        if key not in known:
            r.error(data.line_of(key), f"unknown key '{key}' in {what}")


def _quiz(r: _Reader, data: LineDict, common: dict, what: str) -> QuizStep:
    _known_keys(r, data, {"id", "kind", "title", "question", "choices", "explanation"}, what)
    question = r.text(data, "question", what) or Text("")
    explanation = r.text(data, "explanation", what) or Text("")
    choices = []
    raw = r.require(data, "choices", what)
    if raw is not None and not isinstance(raw, LineList):
        r.error(data.line_of("choices"), f"'choices' of {what} must be a list")
    elif raw is not None:
        if not 2 <= len(raw) <= 4:
            r.error(data.line_of("choices"), f"{what} must have 2 to 4 choices (found {len(raw)})")
        for index, item in enumerate(raw):
            choice_data = r.mapping(item, raw.line_of(index), f"choice {index + 1} of {what}")
            if choice_data is None:
                continue
            _known_keys(r, choice_data, {"text", "correct"}, f"choice {index + 1} of {what}")
            text = r.text(choice_data, "text", f"choice {index + 1} of {what}")
            correct = r.boolean(choice_data, "correct", f"choice {index + 1} of {what}")
            if text:
                choices.append(Choice(text, correct))
        if raw and not any(c.correct for c in choices):
            r.error(data.line_of("choices"), f"{what} has no right answer: mark one choice 'correct: true'")
    return QuizStep(**common, question=question, choices=choices, explanation=explanation)


def _practice(r: _Reader, data: LineDict, common: dict, what: str) -> PracticeStep:
    _known_keys(r, data, {"id", "kind", "title", "text", "hint", "start", "refuse", "screens"}, what)
    text = r.text(data, "text", what) or Text("")
    hint = r.text(data, "hint", what, required=False)
    refuse = r.boolean(data, "refuse", what)
    screens: dict[str, Screen] = {}
    raw = r.require(data, "screens", what)
    if raw is not None and (not isinstance(raw, LineList) or not raw):
        r.error(data.line_of("screens"), f"'screens' of {what} must be a list with at least one screen")
        raw = None
    for index, item in enumerate(raw or []):
        screen_data = r.mapping(item, raw.line_of(index), f"screen {index + 1} of {what}")
        if screen_data is None:
            continue
        screen = _screen(r, screen_data, f"screen {index + 1} of {what}")
        if screen is None:
            continue
        if screen.id in screens or screen.id == DONE:
            r.error(screen_data.line, f"screen id '{screen.id}' is used twice or reserved in {what}")
            continue
        screens[screen.id] = screen
    start = data.get("start") or (next(iter(screens)) if screens else "")
    if "start" in data and start not in screens:
        r.error(data.line_of("start"), f"'start' of {what} names screen '{start}', which does not exist")
    _check_flow(r, data, screens, start, hint, what)
    return PracticeStep(**common, text=text, hint=hint, start=start, refuse=refuse, screens=screens)


def _check_flow(r: _Reader, data: LineDict, screens: dict, start: str, hint, what: str) -> None:
    lines = r.goto_lines
    for screen in screens.values():
        for element in screen.tappables():
            target = element.goto
            if target is not None and target != DONE and target not in screens:
                r.error(lines.get(id(element), data.line),
                        f"'{element.id}' in {what} goes to screen '{target}', which does not exist")
        if screen.hint is None and hint is None:
            r.error(data.line, f"{what} needs a 'hint' (for the step, or on screen '{screen.id}') for wrong taps")
    if start in screens and not _reaches_done(screens, start):
        r.error(data.line, f"{what} can never be finished: no path of taps from '{start}' reaches 'done'")


def _reaches_done(screens: dict, start: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        current = todo.pop()
        if current in seen or current not in screens:
            continue
        seen.add(current)
        for element in screens[current].tappables():
            if element.goto == DONE:
                return True
            if element.goto:
                todo.append(element.goto)
    return False


def _screen(r: _Reader, data: LineDict, what: str) -> Screen | None:
    _known_keys(r, data, {"id", "app", "hint", "elements"}, what)
    screen_id = r.identifier(data, "id", what)
    what = f"screen '{screen_id}'" if screen_id else what
    app = r.text(data, "app", what, required=False)
    hint = r.text(data, "hint", what, required=False)
    raw = r.require(data, "elements", what)
    elements = []
    if raw is not None and (not isinstance(raw, LineList) or not raw):
        r.error(data.line_of("elements"), f"'elements' of {what} must be a list of elements")
        raw = None
    for index, item in enumerate(raw or []):
        element_data = r.mapping(item, raw.line_of(index), f"element {index + 1} of {what}")
        if element_data is not None:
            element = _element(r, element_data, f"element {index + 1} of {what}")
            if element is not None:
                elements.append(element)
    if screen_id is None:
        return None
    screen = Screen(screen_id, elements, app, hint)
    ids = [e.id for e in screen.tappables() + screen.fields()]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        r.error(data.line, f"id '{duplicate}' is used twice on {what}")
    return screen


_ELEMENT_KEYS = {
    "header": {"text", "back"},
    "text": {"text", "style"},
    "image": {"image"},
    "input": {"id", "label", "expect", "placeholder", "keyboard"},
    "checkbox": {"id", "label", "expect"},
    "button": {"id", "label", "goto", "warning", "style"},
    "list": {"items"},
    "grid": {"items"},
    "nav": {"items"},
    "qr": {"payload", "caption"},
    "sms": {"sender", "time", "text", "link"},
    "call": {"caller", "number", "note", "buttons"},
    "dialog": {"title", "text", "buttons"},
}


def _element(r: _Reader, data: LineDict, what: str) -> Element | None:
    kind = r.require(data, "type", what)
    if kind is None:
        return None
    if kind not in ELEMENT_TYPES:
        r.error(data.line_of("type"), f"unknown element type {kind!r}: use one of {', '.join(ELEMENT_TYPES)}")
        return None
    _known_keys(r, data, _ELEMENT_KEYS[kind] | {"type"}, f"{what} ({kind})")
    element = Element(type=kind)
    builder = _BUILDERS.get(kind)
    if builder:
        builder(r, data, element, f"{what} ({kind})")
    return element


def _tappable(r: _Reader, data: LineDict, kind: str, what: str, element: Element | None = None) -> Element:
    element = element or Element(type=kind)
    element.id = r.identifier(data, "id", what)
    element.label = r.text(data, "label", what)
    element.detail = r.text(data, "detail", what, required=False)
    element.warning = r.text(data, "warning", what, required=False)
    goto = data.get("goto")
    if goto is not None:
        if not isinstance(goto, str):
            r.error(data.line_of("goto"), f"'goto' of {what} must name a screen or 'done'")
        else:
            element.goto = goto
            r.goto_lines[id(element)] = data.line_of("goto")
    return element


def _build_header(r, data, element, what):
    element.text = r.text(data, "text", what)
    element.back = r.boolean(data, "back", what)


def _build_text(r, data, element, what):
    element.text = r.text(data, "text", what)
    element.style = r.choice(data, "style", TEXT_STYLES, what)


def _build_image(r, data, element, what):
    element.image = r.image(data, "image", what)
    if "image" not in data:
        r.error(data.line, f"{what} is missing 'image'")


def _build_input(r, data, element, what):
    element.id = r.identifier(data, "id", what)
    element.label = r.text(data, "label", what)
    element.placeholder = r.text(data, "placeholder", what, required=False)
    element.keyboard = r.choice(data, "keyboard", ("text", "number"), what, "text")
    expect = data.get("expect")
    if expect is not None and not isinstance(expect, (str, int)):
        r.error(data.line_of("expect"), f"'expect' of {what} must be the text to type")
    element.expect = None if expect is None else nfc(str(expect))


def _build_checkbox(r, data, element, what):
    element.id = r.identifier(data, "id", what)
    element.label = r.text(data, "label", what)
    element.expect = r.boolean(data, "expect", what, default=True)


def _build_button(r, data, element, what):
    _tappable(r, data, "button", what, element)
    element.style = r.choice(data, "style", BUTTON_STYLES, what)


def _build_items(r, data, element, what):
    raw = r.require(data, "items", what)
    if raw is None:
        return
    if not isinstance(raw, LineList) or not raw:
        r.error(data.line_of("items"), f"'items' of {what} must be a list")
        return
    for index, item in enumerate(raw):
        item_data = r.mapping(item, raw.line_of(index), f"item {index + 1} of {what}")
        if item_data is not None:
            _known_keys(r, item_data, {"id", "label", "detail", "goto", "warning"}, f"item {index + 1} of {what}")
            element.items.append(_tappable(r, item_data, "item", f"item {index + 1} of {what}"))


def _build_buttons(r, data, element, what):
    raw = data.get("buttons")
    if raw is None:
        return
    if not isinstance(raw, LineList):
        r.error(data.line_of("buttons"), f"'buttons' of {what} must be a list of buttons")
        return
    for index, item in enumerate(raw):
        button_data = r.mapping(item, raw.line_of(index), f"button {index + 1} of {what}")
        if button_data is not None:
            _known_keys(r, button_data, {"id", "label", "goto", "warning", "style", "type"}, f"button {index + 1} of {what}")
            button = _tappable(r, button_data, "button", f"button {index + 1} of {what}")
            button.style = r.choice(button_data, "style", BUTTON_STYLES, what)
            element.buttons.append(button)


def _build_qr(r, data, element, what):
    payload = r.require(data, "payload", what)
    element.caption = r.text(data, "caption", what, required=False)
    if payload is None:
        return
    if not isinstance(payload, str):
        r.error(data.line_of("payload"), f"'payload' of {what} must be quoted text")
        return
    element.payload = payload
    if payload.startswith("000201"):
        for problem in vietqr.check_practice_payload(payload):
            r.error(data.line_of("payload"), problem)


def _build_sms(r, data, element, what):
    element.sender = r.text(data, "sender", what)
    element.text = r.text(data, "text", what)
    element.time = str(data.get("time", ""))
    if data.get("link") is not None:
        link_data = r.mapping(data["link"], data.line_of("link"), f"the link of {what}")
        if link_data is not None:
            element.link = _tappable(r, link_data, "link", f"the link of {what}")


def _build_call(r, data, element, what):
    element.caller = r.text(data, "caller", what)
    element.number = str(data.get("number", ""))
    element.note = r.text(data, "note", what, required=False)
    _build_buttons(r, data, element, what)


def _build_dialog(r, data, element, what):
    element.title = r.text(data, "title", what)
    element.text = r.text(data, "text", what, required=False)
    _build_buttons(r, data, element, what)


_BUILDERS = {
    "header": _build_header, "text": _build_text, "image": _build_image, "input": _build_input,
    "checkbox": _build_checkbox, "button": _build_button, "list": _build_items,
    "grid": _build_items, "nav": _build_items, "qr": _build_qr, "sms": _build_sms,
    "call": _build_call, "dialog": _build_dialog,
}
