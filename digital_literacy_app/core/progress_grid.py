"""The progress grid as the volunteer narrows it, and one lesson seen across the class.

`GridFilter` says who and which lessons (a name typed, a ward, a group, the attendees of
one teaching session, a lesson area, only those who need help); `progress_grid` gives the
learners, lessons and cells that match, and `lesson_view` answers a Kolibri coach's
questions about one lesson for the same people: who finished, who is at which step, who
has not started, and how many mistakes (wrong answers and wrong taps) a learner made on
average. The screen, the spreadsheet and the printed grid all read these, so what is
saved or printed is exactly what the volunteer sees.
"""

from dataclasses import dataclass, field
from datetime import date

from digital_literacy_app.core.errors import NotFoundError
from digital_literacy_app.core.learners import LearnerRecord
from digital_literacy_app.core.lessons.model import Lesson, Text
from digital_literacy_app.core.overview import DONE, IN_PROGRESS, NOT_STARTED, Cell, needs_help, progress_cells
from digital_literacy_app.core.text import nfc


@dataclass(frozen=True)
class GridFilter:
    """Who and what the grid shows; an empty field narrows nothing.

    `session` is a teaching session's key ("<device>:<seq>"): its attendees (merged records
    lead to the person they were merged into; erased people are gone)."""

    name: str = ""
    ward: str = ""
    group: str = ""
    session: str = ""
    area: str = ""
    needs_help: bool = False


@dataclass(frozen=True)
class ProgressGrid:
    """The learners (by name) × lessons, the cells ((learner id, lesson id) -> Cell; a
    missing pair is not started) and who needs help, with why."""

    learners: tuple[LearnerRecord, ...]
    lessons: tuple[Lesson, ...]
    cells: dict = field(hash=False)
    flagged: dict = field(hash=False)

    def cell(self, learner_id: str, lesson_id: str) -> Cell:
        return self.cells.get((learner_id, lesson_id), Cell(NOT_STARTED))


@dataclass(frozen=True)
class StuckLearner:
    """Someone in a lesson they have not finished: the step they are at (1-based), its
    title, and their mistakes in the lesson so far."""

    learner: LearnerRecord
    step_number: int
    steps_total: int
    step_title: Text
    mistakes: int


@dataclass(frozen=True)
class LessonView:
    """One lesson for the learners of a filter: finished, learning (at which step), not
    started, and the average mistakes of those who opened it (None when nobody did)."""

    lesson: Lesson
    finished: tuple[LearnerRecord, ...]
    learning: tuple[StuckLearner, ...]
    not_started: tuple[LearnerRecord, ...]
    average_mistakes: float | None
    mistakes: dict = field(default_factory=dict, hash=False)  # learner id -> mistakes, for who opened it


def progress_grid(trainer, chosen: GridFilter = GridFilter(), today: date | None = None) -> ProgressGrid:
    """The grid for `chosen`; a session key this PC does not know is NotFoundError."""
    flagged = needs_help(trainer, today)
    learners = trainer.learners.search(nfc(chosen.name), order="name")
    if chosen.session:
        session = trainer.sessions.get(chosen.session)
        came = {learner_id for learner_id, name in trainer.sessions.attendee_names(session) if name is not None}
        learners = [r for r in learners if r.id in came]
    learners = [r for r in learners
                if (not chosen.ward or r.ward == chosen.ward) and (not chosen.group or r.group == chosen.group)
                and (not chosen.needs_help or r.id in flagged)]
    lessons = tuple(lesson for lesson in trainer.lessons.lessons if not chosen.area or lesson.area == chosen.area)
    return ProgressGrid(tuple(learners), lessons, progress_cells(trainer), flagged)


def lesson_view(trainer, lesson_id: str, chosen: GridFilter = GridFilter()) -> LessonView:
    """One lesson across the learners `chosen` selects (the area filter is ignored: the
    lesson is named). The learning list puts whoever is furthest behind first."""
    lesson = trainer.lessons.get(lesson_id)
    if lesson is None:
        raise NotFoundError("lesson.not_found", lesson=lesson_id)
    grid = progress_grid(trainer, GridFilter(chosen.name, chosen.ward, chosen.group, chosen.session,
                                             "", chosen.needs_help))
    mistakes = dict(trainer.db.conn.execute(
        "SELECT learner_id, wrong_answers + wrong_taps FROM lesson_progress WHERE lesson_id = ?", (lesson.id,)))
    finished, learning, waiting = [], [], []
    for learner in grid.learners:
        cell = grid.cell(learner.id, lesson.id)
        if cell.state == DONE:
            finished.append(learner)
        elif cell.state == IN_PROGRESS:
            step = lesson.steps[cell.at_step - 1] if cell.at_step else None
            learning.append(StuckLearner(learner, cell.at_step, cell.steps_total,
                                         step.title if step else Text(""), mistakes.get(learner.id, 0)))
        else:
            waiting.append(learner)
    learning.sort(key=lambda s: (s.step_number, -s.mistakes))
    opened = [mistakes.get(r.id, 0) for r in finished] + [s.mistakes for s in learning]
    average = round(sum(opened) / len(opened), 1) if opened else None
    opened_by = {r.id: mistakes.get(r.id, 0) for r in finished} | {s.learner.id: s.mistakes for s in learning}
    return LessonView(lesson, tuple(finished), tuple(learning), tuple(waiting), average, opened_by)


def cell_words(cell: Cell) -> str:
    """A cell as the saved and printed grid spells it, in Vietnamese."""
    if cell.state == DONE:
        return "Xong"
    if cell.state == IN_PROGRESS:
        return f"Đang học – bước {cell.at_step}/{cell.steps_total}"
    return "Chưa học"


__all__ = ["GridFilter", "LessonView", "ProgressGrid", "StuckLearner", "cell_words", "lesson_view", "progress_grid"]
