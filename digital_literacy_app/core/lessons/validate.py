"""Turn a lesson.yaml into a `Lesson`, collecting every problem with its line.

Written for volunteers: each message names the key and says what is expected, so a
person who never programmed can fix the file from `dla lessons validate` alone. Reading
typed values lives in reader.py, practice-screen elements in elements.py, and the
curriculum's content rules (made-up addresses, masked numbers, quiz shape) in rules.py.
"""

import re
from collections import Counter
from pathlib import Path

from digital_literacy_app.core.lessons import rules
from digital_literacy_app.core.lessons.elements import read_element
from digital_literacy_app.core.lessons.fit import fit_problems
from digital_literacy_app.core.lessons.model import (
    AREAS, DONE, STEP_KINDS, Choice, ExplainStep, Lesson, PracticeStep, QuizStep, Screen, Text,
)
from digital_literacy_app.core.lessons.reader import ID_PATTERN, Problem, Reader, known_keys
from digital_literacy_app.core.lessons.yamlsource import LineDict, LineList, YamlSyntaxError, brief, load_yaml

__all__ = ["ID_PATTERN", "Problem", "Reader", "parse_lesson_file"]

COMPETENCE_PATTERN = re.compile(r"^[1-6]\.[1-6]$")
LESSON_KEYS = {"id", "version", "area", "title", "summary", "competences", "groups", "minutes",
               "icon", "checked_against", "sources", "learned", "next", "steps", "order"}
CHECKED_KEYS = ("app", "version", "date")


def parse_lesson_file(path: Path) -> tuple[Lesson | None, list[Problem]]:
    """Read and check one lesson.yaml. The lesson is None when there is any error."""
    reader = Reader(path)
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


def _lesson(r: Reader, data: LineDict) -> Lesson | None:
    known_keys(r, data, LESSON_KEYS, "the lesson")
    lesson_id = r.identifier(data, "id", "the lesson")
    version = r.integer(data, "version", "the lesson", 1, 10_000)
    area = r.require(data, "area", "the lesson")
    if area is not None and area not in AREAS:
        r.error(data.line_of("area"), f"'area' must be one of {', '.join(AREAS)} (found {brief(area)})")
    title = r.text(data, "title", "the lesson")
    summary = r.text(data, "summary", "the lesson")
    minutes = r.integer(data, "minutes", "the lesson", 1, 120)
    competences = _competences(r, data)
    groups = _groups(r, data)
    sources = _sources(r, data)
    checked = _checked_against(r, data)
    learned = _learned(r, data)
    steps = _steps(r, data)
    _check_quizzes(r, steps)
    order = r.integer(data, "order", "the lesson", 1, 1000) if "order" in data else 100
    if None in (lesson_id, version, title, summary, minutes) or area not in AREAS:
        return None
    return Lesson(
        id=lesson_id, version=version, area=area, title=title, summary=summary,
        competences=competences, minutes=minutes, steps=steps, folder=r.folder,
        icon=r.image(data, "icon", "the lesson"), sources=sources, groups=groups,
        checked_against=checked, learned=learned, next=r.string_list(data, "next", "the lesson"),
        order=order or 100,
    )


def _competences(r: Reader, data: LineDict) -> list[str]:
    competences = r.string_list(data, "competences", "the lesson")
    if "competences" not in data:
        r.error(data.line, "the lesson is missing 'competences'")
    for code in competences:
        if not COMPETENCE_PATTERN.match(code):
            r.error(data.line_of("competences"), f"competence {brief(code)} must look like \"4.2\" (area.competence)")
    return competences


def _groups(r: Reader, data: LineDict) -> list[str]:
    """The learner groups the lesson serves, so volunteers and reports can pick by group."""
    allowed = ", ".join(rules.LESSON_GROUPS)
    if "groups" not in data:
        r.error(data.line, f"the lesson is missing 'groups' (the learner groups it serves: {allowed})")
        return []
    groups = r.string_list(data, "groups", "the lesson")
    line = data.line_of("groups")
    if not groups and isinstance(data["groups"], LineList):
        r.error(line, f"'groups' of the lesson must name at least one of {allowed}")
    for group in groups:
        if group not in rules.LESSON_GROUPS:
            r.error(line, f"group {brief(group)} of the lesson must be one of {allowed}")
    for group in sorted(g for g, count in Counter(groups).items() if count > 1):
        r.error(line, f"group {brief(group)} is listed twice in 'groups'")
    return groups


def _sources(r: Reader, data: LineDict) -> list[str]:
    """Advice people act on with their money and identity: every lesson says where it comes from."""
    if "sources" not in data or data["sources"] is None:
        r.error(data.line, "the lesson is missing 'sources' (where its facts come from: "
                           "publisher, date, title or what it says, address)")
        return []
    sources = r.string_list(data, "sources", "the lesson")
    if isinstance(data["sources"], LineList) and not [s for s in sources if s.strip()]:
        r.error(data.line_of("sources"), "'sources' of the lesson must list at least one source")
    if any(not s.strip() for s in sources):
        r.error(data.line_of("sources"), "a source of the lesson is empty")
    return sources


def _checked_against(r: Reader, data: LineDict) -> dict:
    """Which version of the real app the screens were compared with, and when."""
    what = "'checked_against' must be a mapping with app, version and date"
    checked = data.get("checked_against")
    if checked is None:
        r.error(data.line, f"the lesson is missing 'checked_against' ({what.split(' must be ')[1]})")
        return {}
    if not isinstance(checked, dict):
        r.error(data.line_of("checked_against"), what)
        return {}
    found = {}
    for key in CHECKED_KEYS:
        value = checked.get(key)
        if isinstance(value, (dict, list)):
            r.error(data.line_of("checked_against"), f"'{key}' of 'checked_against' must be text")
        elif not str(value or "").strip():
            r.error(data.line_of("checked_against"), f"'checked_against' of the lesson is missing '{key}'")
        else:
            found[key] = str(value)
    return found


def _learned(r: Reader, data: LineDict) -> list[Text]:
    learned = []
    raw_learned = data.get("learned")
    if raw_learned is None:
        return learned
    if not isinstance(raw_learned, LineList):
        r.error(data.line_of("learned"), "'learned' must be a list of texts")
        return learned
    for index, item in enumerate(raw_learned):
        holder = LineDict()
        holder["text"] = item
        holder.line = raw_learned.line_of(index)
        text = r.text(holder, "text", f"item {index + 1} of 'learned'")
        if text:
            learned.append(text)
    return learned


def _check_quizzes(r: Reader, steps: list) -> None:
    quizzes = [step for step in steps if isinstance(step, QuizStep)]
    problem = rules.answer_places_problem(quizzes)
    if problem:
        r.error(quizzes[-1].line, problem)


def _steps(r: Reader, data: LineDict) -> list:
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


def _step(r: Reader, data: LineDict, number: int):
    what = f"step {number}"
    step_id = r.identifier(data, "id", what)
    what = f"step '{step_id}'" if step_id else what
    kind = r.require(data, "kind", what)
    title = r.text(data, "title", what)
    if kind is not None and kind not in STEP_KINDS:
        r.error(data.line_of("kind"), f"unknown step kind {brief(kind)}: use explain, practice or quiz")
        return None
    common = {"id": step_id, "kind": kind, "title": title, "line": data.line}
    if kind == "explain":
        known_keys(r, data, {"id", "kind", "title", "text", "image", "alt"}, what)
        step = ExplainStep(**common, text=r.text(data, "text", what) or Text(""),
                           image=r.image(data, "image", what), alt=r.alt(data, what))
    elif kind == "quiz":
        step = _quiz(r, data, common, what)
    elif kind == "practice":
        step = _practice(r, data, common, what)
    else:
        return None
    if step_id is None or title is None:
        return None
    return step


def _quiz(r: Reader, data: LineDict, common: dict, what: str) -> QuizStep:
    known_keys(r, data, {"id", "kind", "title", "question", "choices", "explanation"}, what)
    question = r.text(data, "question", what) or Text("")
    explanation = r.text(data, "explanation", what) or Text("")
    choices = []
    raw = r.require(data, "choices", what)
    if raw is not None and not isinstance(raw, LineList):
        r.error(data.line_of("choices"), f"'choices' of {what} must be a list")
    elif raw is not None:
        low, high = rules.MIN_CHOICES, rules.MAX_CHOICES
        if not low <= len(raw) <= high:
            r.error(data.line_of("choices"), f"{what} must have {low} to {high} choices (found {len(raw)})")
        for index, item in enumerate(raw):
            choice = _choice(r, item, raw.line_of(index), f"choice {index + 1} of {what}")
            if choice:
                choices.append(choice)
        if raw and not any(c.correct for c in choices):
            r.error(data.line_of("choices"), f"{what} has no right answer: mark one choice 'correct: true'")
    return QuizStep(**common, question=question, choices=choices, explanation=explanation)


def _choice(r: Reader, item, line: int, what: str) -> Choice | None:
    """One answer. A wrong one says briefly why it is wrong: the learner who picked it
    learns from that answer, not only from the explanation of the right one."""
    choice_data = r.mapping(item, line, what)
    if choice_data is None:
        return None
    known_keys(r, choice_data, {"text", "correct", "why"}, what)
    text = r.text(choice_data, "text", what)
    correct = r.boolean(choice_data, "correct", what)
    why = r.text(choice_data, "why", what, required=False)
    if not correct and why is None and "why" not in choice_data:
        r.error(choice_data.line,
                f"{what} is a wrong answer without 'why': say in one short sentence why it is wrong")
    if correct and why is not None:
        r.error(choice_data.line_of("why"),
                f"{what} is the right answer: its reason belongs in the quiz's 'explanation', not 'why'")
        why = None
    return Choice(text, correct, why) if text else None


def _practice(r: Reader, data: LineDict, common: dict, what: str) -> PracticeStep:
    known_keys(r, data, {"id", "kind", "title", "text", "hint", "start", "refuse", "screens"}, what)
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
    if not isinstance(start, str):
        r.error(data.line_of("start"), f"'start' of {what} must name a screen")
        start = ""
    elif "start" in data and start not in screens:
        r.error(data.line_of("start"), f"'start' of {what} names screen '{start}', which does not exist")
    _check_flow(r, data, screens, start, hint, what)
    return PracticeStep(**common, text=text, hint=hint, start=start, refuse=refuse, screens=screens)


def _check_flow(r: Reader, data: LineDict, screens: dict, start: str, hint, what: str) -> None:
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


def _screen(r: Reader, data: LineDict, what: str) -> Screen | None:
    known_keys(r, data, {"id", "app", "hint", "learner_scrolls", "elements"}, what)
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
            element = read_element(r, element_data, f"element {index + 1} of {what}")
            if element is not None:
                elements.append(element)
    if screen_id is None:
        return None
    screen = Screen(screen_id, elements, app, hint, r.boolean(data, "learner_scrolls", what))
    ids = Counter(e.id for e in screen.tappables() + screen.fields())
    for duplicate in sorted(i for i, count in ids.items() if count > 1 and i is not None):
        r.error(data.line, f"id '{duplicate}' is used twice on {what}")
    for problem in fit_problems(screen):
        r.warn(data.line, problem)
    return screen


