"""What a volunteer reads at a glance: who is where in which lesson, and who needs help.

Read-only views over the folded tables; the screens never write SQL, they call these.
"""

from dataclasses import dataclass
from datetime import date, datetime

from digital_literacy_app.core.learners import LearnerRecord

NOT_STARTED, IN_PROGRESS, DONE = "not_started", "in_progress", "done"

# "Needs help" thresholds. They look only at lessons the learner has started and not yet
# finished: many mistakes in a lesson they went on to complete are a lesson learned, not a
# call for help. Chosen from what a volunteer can act on in one visit:
MISTAKES_LIMIT = 6  # wrong quiz answers + wrong taps on practice screens in one unfinished lesson
HINTS_LIMIT = 4     # hints and "show me" asked for in one unfinished lesson
STALLED_DAYS = 14   # an unfinished lesson and nothing done at all for this many days


@dataclass(frozen=True)
class Cell:
    """One learner × one lesson: not started, so many of its steps done, or done.
    `at_step` is the step they are at (1-based), where the grid knows it (0 otherwise)."""

    state: str
    steps_done: int = 0
    steps_total: int = 0
    at_step: int = 0


@dataclass(frozen=True)
class HelpReason:
    """Why a learner needs help: `kind` is "mistakes", "hints" or "stalled"; `amount` is the
    count (mistakes, hints) or the days since they last did anything (stalled)."""

    kind: str
    lesson_id: str
    amount: int


def progress_cells(trainer) -> dict[tuple[str, str], Cell]:
    """Every (learner id, lesson id) with some progress; a missing pair is NOT_STARTED.

    Steps done are capped at the lesson's current length (a learner may have done steps
    of an older, longer version); so is the step they are at (where they resume).
    """
    totals = {lesson.id: len(lesson.steps) for lesson in trainer.lessons.lessons}
    cells = {}
    for learner_id, lesson_id, status, steps_done, resume in trainer.db.conn.execute(
            "SELECT learner_id, lesson_id, status, steps_done, resume_step FROM lesson_progress"):
        total = totals.get(lesson_id, 0)
        if status == "completed":
            cells[(learner_id, lesson_id)] = Cell(DONE, total, total, total)
        else:
            at = min(max(resume, 0), max(total - 1, 0)) + 1 if total else 0
            cells[(learner_id, lesson_id)] = Cell(IN_PROGRESS, min(steps_done, total), total, at)
    return cells


def cell(cells: dict, learner_id: str, lesson_id: str) -> Cell:
    return cells.get((learner_id, lesson_id), Cell(NOT_STARTED))


def needs_help(trainer, today: date | None = None) -> dict[str, list[HelpReason]]:
    """The learners who need a volunteer's help, each with the reasons (worst first).

    A learner is flagged for an unfinished lesson with MISTAKES_LIMIT or more mistakes or
    HINTS_LIMIT or more hints, or when they have an unfinished lesson and have done nothing
    for STALLED_DAYS days (by this PC's calendar; a last activity dated in the future, from
    a PC with a wrong clock, never counts as stalled).
    """
    today = today or date.today()
    reasons: dict[str, list[HelpReason]] = {}
    latest: dict[str, tuple[str, str]] = {}  # learner -> (last time anything, lesson of it if unfinished)
    rows = trainer.db.conn.execute(
        """SELECT p.learner_id, p.lesson_id, p.status, p.wrong_answers + p.wrong_taps, p.hints, p.last_at
           FROM lesson_progress p JOIN learners l ON l.id = p.learner_id AND l.merged_into IS NULL
           ORDER BY p.learner_id, p.last_lamport""").fetchall()
    unfinished_latest: dict[str, tuple[str, str]] = {}
    for learner_id, lesson_id, status, mistakes, hints, last_at in rows:
        if learner_id not in latest or last_at > latest[learner_id][0]:
            latest[learner_id] = (last_at, lesson_id)
        if status == "completed":
            continue
        found = reasons.setdefault(learner_id, [])
        if mistakes >= MISTAKES_LIMIT:
            found.append(HelpReason("mistakes", lesson_id, mistakes))
        if hints >= HINTS_LIMIT:
            found.append(HelpReason("hints", lesson_id, hints))
        if learner_id not in unfinished_latest or last_at > unfinished_latest[learner_id][0]:
            unfinished_latest[learner_id] = (last_at, lesson_id)
    for learner_id, (last_at, lesson_id) in unfinished_latest.items():
        days = _days_since(latest[learner_id][0], today)
        if days is not None and days >= STALLED_DAYS:
            reasons[learner_id].append(HelpReason("stalled", lesson_id, days))
    order = {"stalled": 0, "mistakes": 1, "hints": 2}
    return {learner_id: sorted(found, key=lambda r: (order[r.kind], -r.amount, r.lesson_id))
            for learner_id, found in reasons.items() if found}


def _days_since(stamp: str, today: date) -> int | None:
    try:
        day = datetime.fromisoformat(stamp).date()
    except ValueError:
        return None
    days = (today - day).days
    return days if days >= 0 else None


def lesson_counts(trainer) -> dict[str, tuple[int, int]]:
    """learner id -> (lessons started and not finished, lessons finished)."""
    counts: dict[str, tuple[int, int]] = {}
    for learner_id, unfinished, finished in trainer.db.conn.execute(
            """SELECT learner_id, SUM(status != 'completed'), SUM(status = 'completed')
               FROM lesson_progress GROUP BY learner_id"""):
        counts[learner_id] = (unfinished, finished)
    return counts


# Learner-list filters by progress, as the learners screen offers them.
PROGRESS_FILTERS = ("all", "not_started", "learning", "finished_some", "needs_help")


def filter_by_progress(trainer, learners: list[LearnerRecord], which: str,
                       today: date | None = None) -> list[LearnerRecord]:
    """Keep the learners matching one of PROGRESS_FILTERS:
    not_started (no lesson opened yet), learning (a lesson started and not finished),
    finished_some (at least one lesson finished), needs_help (see `needs_help`)."""
    if which == "all":
        return list(learners)
    if which == "needs_help":
        flagged = needs_help(trainer, today)
        return [learner for learner in learners if learner.id in flagged]
    counts = lesson_counts(trainer)
    tests = {
        "not_started": lambda c: c == (0, 0),
        "learning": lambda c: c[0] > 0,
        "finished_some": lambda c: c[1] > 0,
    }
    if which not in tests:
        raise ValueError(f"unknown progress filter {which!r}")
    return [learner for learner in learners if tests[which](counts.get(learner.id, (0, 0)))]


class Overview:
    """What the volunteer screens show about everyone's progress: `trainer.overview`."""

    def __init__(self, trainer):
        self.trainer = trainer

    def cells(self) -> dict[tuple[str, str], Cell]:
        """The progress grid: (learner id, lesson id) -> Cell; read one with `cell`."""
        return progress_cells(self.trainer)

    @staticmethod
    def cell(cells: dict, learner_id: str, lesson_id: str) -> Cell:
        return cell(cells, learner_id, lesson_id)

    def needs_help(self, today: date | None = None) -> dict[str, list[HelpReason]]:
        return needs_help(self.trainer, today)

    def lesson_counts(self) -> dict[str, tuple[int, int]]:
        return lesson_counts(self.trainer)

    def filter_by_progress(self, learners: list[LearnerRecord], which: str,
                           today: date | None = None) -> list[LearnerRecord]:
        return filter_by_progress(self.trainer, learners, which, today)

    def grid(self, chosen=None, today: date | None = None):
        """The progress grid narrowed by a GridFilter (core/progress_grid.py): a ProgressGrid."""
        from digital_literacy_app.core.progress_grid import GridFilter, progress_grid

        return progress_grid(self.trainer, chosen or GridFilter(), today)

    def lesson_view(self, lesson_id: str, chosen=None):
        """One lesson across the filtered learners: who finished, who is at which step, who
        has not started, the average mistakes (a LessonView)."""
        from digital_literacy_app.core.progress_grid import GridFilter, lesson_view

        return lesson_view(self.trainer, lesson_id, chosen or GridFilter())

    def export_grid(self, target, chosen=None):
        """The filtered grid as a .xlsx or .csv file (by the name's ending), cells in words."""
        from digital_literacy_app.core.grid_files import write_grid_table

        return write_grid_table(self.grid(chosen), target)

    def print_grid(self, target, chosen=None):
        """The filtered grid as an A4 landscape PDF to print, saying which filters made it."""
        from digital_literacy_app.core.grid_files import describe, write_grid_pdf
        from digital_literacy_app.core.progress_grid import GridFilter

        chosen = chosen or GridFilter()
        return write_grid_pdf(self.grid(chosen), target, describe(self.trainer, chosen))

    def timeline(self, learner_id: str) -> list:
        """Everything a learner did and attended, newest first (TimelineEntry records)."""
        from digital_literacy_app.core.timeline import timeline

        return timeline(self.trainer, learner_id)
