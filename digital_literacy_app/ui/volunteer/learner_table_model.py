"""The learners list as a Qt table model (kept apart from LearnerRecord, the core's row)."""

from dataclasses import dataclass


from digital_literacy_app.core.records import LearnerRecord
from digital_literacy_app.ui.labels import group_name
from digital_literacy_app.ui.widgets.table import RowsTableModel


@dataclass(frozen=True)
class LearnerRow:
    learner: LearnerRecord
    unfinished: int
    finished: int
    needs_help: bool


class LearnerTableModel(RowsTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Born"), self.tr("Group"), self.tr("Ward"), self.tr("Lessons"),
                self.tr("Needs help")]

    def cell(self, row: LearnerRow, column: int) -> str:
        learner = row.learner
        if column == 0:
            return learner.name
        if column == 1:
            return str(learner.birth_year or "")
        if column == 2:
            return group_name(learner.group)
        if column == 3:
            return learner.ward
        if column == 4:
            return self.lessons_text(row)
        return self.tr("Needs help") if row.needs_help else ""

    def lessons_text(self, row: LearnerRow) -> str:
        if not row.unfinished and not row.finished:
            return self.tr("Not started")
        return self.tr("{done} done, {open} started").format(done=row.finished, open=row.unfinished)

    def learner_at(self, row: int) -> LearnerRecord | None:
        return self.rows[row].learner if 0 <= row < len(self.rows) else None
