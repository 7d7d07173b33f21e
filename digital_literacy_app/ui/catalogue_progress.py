"""The learner's own progress at the top of the catalogue: how many lessons they have
finished, and for each course how far they are and what its certificate still needs.

An older learner asked "how much have I done?" and "when do I get the paper?": the answer
is one line and one short row per course, in words as well as bars, so it reads at 200 %
and in high contrast and a screen reader hears it (the headline takes the focus after the
"continue" card, named with its line and described by the courses). The rule for a
certificate is the core's (trainer.achievements); this widget only says it.

The widget is built once with the catalogue and `show()`n again for each learner: signing
in only changes its words.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout

from digital_literacy_app.core.records import COMPLETED, Standing
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.widgets.step_heading import StepHeading

NAMED_MISSING = 2  # up to this many lessons still to do are named, more are counted
_ARROWS = (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left)


class SummaryHeading(StepHeading):
    """The headline, holding the focus like a step's heading; the arrows go on from it as
    they do between the catalogue's cards (ui/keyboard.py moves them between buttons only)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in _ARROWS:
            self.focusNextPrevChild(event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right))
            return
        super().keyPressEvent(event)


class ProgressSummary(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        set_role(self, "card")
        self.setObjectName("progress-summary")
        self.headline = set_role(SummaryHeading(""), "card-title")
        self.rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addLayout(self.grid)

    def show_progress(self, progress: dict, lessons: list, courses: list[Standing], certified: set[str],
                      lang: str) -> None:
        """`progress` the learner's LessonProgress by lesson id; `lessons` the catalogue's;
        `courses` their standing toward each course; `certified` the achievement keys they
        already hold a certificate for."""
        done = sum(1 for lesson in lessons if lesson.id in progress and progress[lesson.id].status == COMPLETED)
        line = self.tr("You have finished {done} of {total} lessons").format(done=done, total=len(lessons))
        titles = {lesson.id: lesson.title.get(lang) for lesson in lessons}
        self._ensure_rows(len(courses))
        said = []
        for (name, bar, need), standing in zip(self.rows, courses):
            total = len(standing.achievement.lessons)
            finished = total - len(standing.missing)
            name.setText(self.tr("{course}: {done} of {total} lessons").format(
                course=standing.achievement.title.get(lang), done=finished, total=total))
            bar.setRange(0, total)
            bar.setValue(finished)
            need.setText(self._need(standing, certified, titles))
            for label in (name, need):
                label.setAccessibleName(label.text())
            bar.setAccessibleName(name.text())
            said.append(f"{name.text()}. {need.text()}")
        self.headline.setText(line)
        self.headline.setAccessibleName(line)
        self.headline.setAccessibleDescription(" ".join(said))

    def _need(self, standing: Standing, certified: set[str], titles: dict[str, str]) -> str:
        """What the course's certificate still needs, in words."""
        total = len(standing.achievement.lessons)
        if standing.complete:
            if standing.achievement.key in certified:
                return self.tr("Certificate received.")
            return self.tr("All {total} lessons done: ask a volunteer to print your certificate.").format(total=total)
        if len(standing.missing) <= NAMED_MISSING:
            return self.tr("Certificate after all {total} lessons; still to do: {lessons}.").format(
                total=total, lessons="; ".join(titles.get(lesson, lesson) for lesson in standing.missing))
        return self.tr("Certificate after all {total} lessons; {left} still to do.").format(
            total=total, left=len(standing.missing))

    def _ensure_rows(self, count: int) -> None:
        """One row a course: its name and count, a bar, and what the certificate needs."""
        while len(self.rows) < count:
            row = len(self.rows)
            name = QLabel()
            name.setWordWrap(True)
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setFixedWidth(TypeSizes(theme_scale()).px(140))
            need = set_role(QLabel(), "card-detail")
            need.setWordWrap(True)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(bar, row, 1)
            self.grid.addWidget(need, row, 2)
            self.rows.append((name, bar, need))
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 5)
        for row, widgets in enumerate(self.rows):
            for widget in widgets:
                widget.setVisible(row < count)
