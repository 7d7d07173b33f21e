"""The learners list as a Qt table model (kept apart from LearnerRecord, the core's row)."""

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from digital_literacy_app.core.learners import LearnerRecord
from digital_literacy_app.ui.labels import group_name


@dataclass(frozen=True)
class LearnerRow:
    learner: LearnerRecord
    unfinished: int
    finished: int
    needs_help: bool


class LearnerTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[LearnerRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Born"), self.tr("Group"), self.tr("Ward"), self.tr("Lessons"),
                self.tr("Needs help")]

    def set_rows(self, rows: list[LearnerRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = self.rows[index.row()]
        learner = row.learner
        column = index.column()
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
