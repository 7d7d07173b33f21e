"""Recording what a learner does in a lesson, and reading it back.

Every call records one event and commits before it returns, so a power cut loses at most
the step in progress. Whether an answer or a tap was right is decided here, from the
lesson, never taken on trust from the screen.
"""

from dataclasses import dataclass

from digital_literacy_app.core.changes import PROGRESS, announces
from digital_literacy_app.core.errors import InvalidInputError, NotFoundError
from digital_literacy_app.core.lessons.model import DONE, Lesson, PracticeStep, QuizStep
from digital_literacy_app.core.practice import TapOutcome, judge_tap

NOT_STARTED, STARTED, COMPLETED = "not_started", "started", "completed"


@dataclass(frozen=True)
class LessonProgress:
    lesson_id: str
    status: str
    resume_step: int
    steps_done: int
    wrong_answers: int = 0
    wrong_taps: int = 0
    hints: int = 0
    refusals: int = 0
    last_at: str = ""
    completed_at: str | None = None


class ProgressBook:
    """What learners did in lessons: `trainer.progress`."""

    def __init__(self, trainer):
        self.trainer = trainer
        self.hub = trainer.hub

    @property
    def _conn(self):
        return self.trainer.db.conn

    def _record(self, kind: str, learner_id: str, lesson: Lesson, **fields) -> None:
        if not self.trainer.learners.exists(learner_id):
            raise NotFoundError("learner.not_found", id=learner_id)
        payload = {"lesson_id": lesson.id, "lesson_version": lesson.version, **fields}
        self.trainer.log.record(kind, learner_id, payload)

    def _step(self, lesson: Lesson, step_id: str):
        try:
            return lesson.steps[lesson.step_index(step_id)]
        except KeyError:
            raise NotFoundError("lesson.no_step", lesson=lesson.id, step=step_id) from None

    @announces(PROGRESS)
    def start_lesson(self, learner_id: str, lesson: Lesson) -> int:
        """Record the start (or return) and give the step index to resume at."""
        self._record("lesson.started", learner_id, lesson)
        return self.resume_point(learner_id, lesson)

    @announces(PROGRESS)
    def complete_step(self, learner_id: str, lesson: Lesson, step_id: str, refused: bool = False) -> None:
        index = lesson.step_index(step_id) if step_id in {s.id for s in lesson.steps} else None
        if index is None:
            raise NotFoundError("lesson.no_step", lesson=lesson.id, step=step_id)
        fields = {"step_id": step_id, "step_index": index, "steps_total": len(lesson.steps)}
        if refused:
            fields["refused"] = True
        self._record("step.completed", learner_id, lesson, **fields)

    @announces(PROGRESS)
    def answer_quiz(self, learner_id: str, lesson: Lesson, step_id: str, choice: int, attempt: int = 1) -> bool:
        """Record an answer; returns whether it was right."""
        step = self._step(lesson, step_id)
        if not isinstance(step, QuizStep):
            raise InvalidInputError("lesson.not_a_quiz", lesson=lesson.id, step=step_id)
        if not 0 <= choice < len(step.choices):
            raise InvalidInputError("lesson.no_choice", choice=choice, step=step_id)
        correct = step.choices[choice].correct
        self._record("quiz.answered", learner_id, lesson, step_id=step_id, choice=choice,
                     correct=correct, attempt=attempt)
        return correct

    @announces(PROGRESS)
    def record_tap(self, learner_id: str, lesson: Lesson, step_id: str, screen_id: str,
                   element_id: str, values: dict | None = None) -> TapOutcome:
        """Judge and record a tap on a practice screen (`values`: what the inputs hold)."""
        step = self._step(lesson, step_id)
        if not isinstance(step, PracticeStep) or screen_id not in step.screens:
            raise InvalidInputError("lesson.no_screen", lesson=lesson.id, step=step_id, screen=screen_id)
        outcome = judge_tap(step, screen_id, element_id, values)
        self._record("practice.tried", learner_id, lesson, step_id=step_id, screen_id=screen_id,
                     element=element_id, right=outcome.right)
        return outcome

    @announces(PROGRESS)
    def use_hint(self, learner_id: str, lesson: Lesson, step_id: str, shown: str = "hint") -> None:
        self._step(lesson, step_id)
        self._record("hint.used", learner_id, lesson, step_id=step_id, shown=shown)

    @announces(PROGRESS)
    def complete_lesson(self, learner_id: str, lesson: Lesson) -> None:
        self._record("lesson.completed", learner_id, lesson)

    def resume_point(self, learner_id: str, lesson: Lesson) -> int:
        row = self._conn.execute(
            "SELECT resume_step FROM lesson_progress WHERE learner_id = ? AND lesson_id = ?",
            (learner_id, lesson.id)).fetchone()
        if row is None:
            return 0
        return min(row[0], len(lesson.steps) - 1)

    def for_learner(self, learner_id: str) -> dict[str, LessonProgress]:
        rows = self._conn.execute(
            """SELECT lesson_id, status, resume_step, steps_done, wrong_answers, wrong_taps, hints,
                      refusals, last_at, completed_at
               FROM lesson_progress WHERE learner_id = ?""", (learner_id,)).fetchall()
        return {row[0]: LessonProgress(*row) for row in rows}

    def last_lesson(self, learner_id: str) -> str | None:
        """The lesson to continue: the most recently touched one that is not completed."""
        row = self._conn.execute(
            """SELECT lesson_id FROM lesson_progress WHERE learner_id = ? AND status != 'completed'
               ORDER BY last_lamport DESC LIMIT 1""", (learner_id,)).fetchone()
        return row[0] if row else None

    def steps_done(self, learner_id: str, lesson_id: str) -> set[str]:
        rows = self._conn.execute("SELECT step_id FROM steps_done WHERE learner_id = ? AND lesson_id = ?",
                                  (learner_id, lesson_id)).fetchall()
        return {row[0] for row in rows}


__all__ = ["COMPLETED", "DONE", "LessonProgress", "NOT_STARTED", "ProgressBook", "STARTED"]
