"""One lesson across the class, as a Kolibri coach sees it: who finished, who is at which
step (its number and title) with how many mistakes, who has not started, and the average
mistakes per learner who opened it. It covers the learners the grid showed (its name and
filters), and the way back returns to the grid as it was.
"""

from PySide6.QtWidgets import QLabel

from digital_literacy_app.core.records import GridFilter
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.fold import room_for_rows
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table
from digital_literacy_app.ui.widgets.tool_page import ToolPage

FINISHED, LEARNING, WAITING = "finished", "learning", "waiting"


class LessonClassModel(RowsTableModel):
    """Rows (kind, learner, StuckLearner or None, mistakes or None): name, where they are, mistakes."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent=parent)
        self.lang = lang

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Where they are"), self.tr("Mistakes")]

    def cell(self, item, column: int) -> str:
        kind, learner, stuck, mistakes = item
        if column == 0:
            return learner.name
        if column == 1:
            if kind == LEARNING:
                return self.tr("At step {number} of {total}: {title}").format(
                    number=stuck.step_number, total=stuck.steps_total, title=stuck.step_title.get(self.lang))
            return self.tr("Finished") if kind == FINISHED else self.tr("Not started")
        return str(mistakes) if mistakes is not None else ""


class LessonProgressPage(ToolPage):
    def __init__(self, seat, lesson_id: str, chosen: GridFilter = GridFilter(), parent=None):
        super().__init__(seat, "", self.tr("\u2039  Progress"), self.tr("Back to the progress grid"), parent=parent)
        self.view = self.trainer.overview.lesson_view(lesson_id, chosen)
        self.title.setText(self.view.lesson.title.get(seat.lang))
        view = self.view
        self.summary = set_role(QLabel(self.summary_words()), "lead")
        self.summary.setWordWrap(True)
        self.body_layout.addWidget(self.summary)
        rows = ([(LEARNING, s.learner, s, s.mistakes) for s in view.learning]
                + [(FINISHED, r, None, view.mistakes.get(r.id, 0)) for r in view.finished]
                + [(WAITING, r, None, None) for r in view.not_started])
        self.model = LessonClassModel(seat.lang, self)
        self.model.set_rows(rows)
        # One line a row, in the bars' size at large text (like the grid), so eight show at 200 %.
        self.table = room_for_rows(read_only_table(self.model, self.tr("Who is where in this lesson"),
                                                   stretch=(1,), wrap=False),
                                   self.body_layout)
        self.body_layout.addWidget(self.table, 1)
        if rows:
            self.table.selectRow(0)
        self.hide_bottom()

    def summary_words(self) -> str:
        view = self.view
        average = (self.tr("average mistakes per learner who opened it: {value}").format(
            value=f"{view.average_mistakes:g}".replace(".", "," if self.seat.lang == "vi" else "."))
            if view.average_mistakes is not None else self.tr("nobody has opened it yet"))
        return self.tr("Finished: {finished}. Learning: {learning}. Not started: {waiting}. {average}.").format(
            finished=len(view.finished), learning=len(view.learning), waiting=len(view.not_started),
            average=average[:1].upper() + average[1:])

    def initial_focus(self):
        return self.table
