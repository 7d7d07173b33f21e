"""What a learner can earn and how far they are, without the PDF and QR libraries.

The catalogue screen shows a learner their own progress toward each course the moment they
sign in; `CertificateBook` (which loads reportlab, about 0.3 s) asks the same questions.
Both go through this desk, so the rule lives once, in eligibility.py.
"""

from digital_literacy_app.core.certificates.eligibility import Achievement, Standing, achievements, standings
from digital_literacy_app.core.lessons.courses import Course, find_courses_files, load_courses
from digital_literacy_app.core.progress import COMPLETED


class AchievementDesk:
    def __init__(self, trainer):
        self.trainer = trainer
        self._courses: list[Course] | None = None
        self._achievements: list[Achievement] | None = None

    @property
    def courses(self) -> list[Course]:
        """Valid courses of the lesson folders; broken ones are left out (see validate)."""
        if self._courses is None:
            known = {lesson.id for lesson in self.trainer.lessons.lessons}
            self._courses, _ = load_courses(find_courses_files(self.trainer.lesson_dirs), known)
        return self._courses

    def all(self) -> list[Achievement]:
        """Areas in their usual order, then the courses (read once, like the lessons)."""
        if self._achievements is None:
            self._achievements = achievements(self.trainer.lessons, self.courses)
        return self._achievements

    def completed(self, learner_id: str) -> set[str]:
        """The lessons this learner has completed."""
        return {lesson_id for lesson_id, progress in self.trainer.progress.for_learner(learner_id).items()
                if progress.status == COMPLETED}

    def standings(self, learner_id: str, completed: set[str] | None = None) -> list[Standing]:
        """Every area and course with the lessons this learner still misses, nearest first.
        `completed` saves reading the learner's progress again when the caller has it."""
        self.trainer.learners.get(learner_id)
        return standings(self.all(), self.completed(learner_id) if completed is None else completed)

    def certified(self, learner_id: str) -> set[str]:
        """The achievements ("area:…", "course:…") this learner already holds a certificate for."""
        rows = self.trainer.db.conn.execute("SELECT what FROM certificates WHERE learner_id = ?", (learner_id,))
        return {row[0] for row in rows}
