"""The learners × lessons grid as a Qt table model.

Column 0 is the learner's name, column 1 whether they need help, then one column per
lesson, headed by the lesson's name (ui/widgets/wrapped_header.py wraps it). A cell reads
"–" (not started), "3/7" (steps done of the lesson's steps) or "✓" (done), with the same
words spelled out for screen readers and in the tooltip; the help cell's tooltip and spoken
text say why (`help_words`, given by the page).
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.records import DONE, IN_PROGRESS, NOT_STARTED, Cell
from digital_literacy_app.ui import theme

FIXED_COLUMNS = 2


class ProgressTableModel(QAbstractTableModel):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.learners = []
        self.lessons = []
        self.cells = {}
        self.flagged = {}
        self.help_words = None  # learner -> why they need help, in words (the page's)

    def set_grid(self, learners, lessons, cells, flagged) -> None:
        self.beginResetModel()
        self.learners, self.lessons, self.cells, self.flagged = learners, lessons, cells, flagged
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.learners)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.lessons)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section < FIXED_COLUMNS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return [self.tr("Name"), self.tr("Help")][section]
            return None
        lesson = self.lessons[section - FIXED_COLUMNS]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return lesson.title.get(self.lang)
        return None

    def state(self, row: int, column: int):
        return self.cells.get((self.learners[row].id, self.lessons[column - FIXED_COLUMNS].id), Cell(NOT_STARTED))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        learner = self.learners[row]
        if column == 0:
            return learner.name if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) else None
        if column == 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("\u26a0 Help") if learner.id in self.flagged else ""
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                flag = self.tr("\u26a0 Help") if learner.id in self.flagged else ""
                return self.help_words(learner) if self.help_words and flag else flag
            return self._colours(role, "bad") if learner.id in self.flagged else None
        state = self.state(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return {NOT_STARTED: "\u2013", DONE: "\u2713"}.get(state.state, f"{state.steps_done}/{state.steps_total}")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lesson = self.lessons[column - FIXED_COLUMNS]
            return f"{lesson.title.get(self.lang)}: {self.state_words(state)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if state.state == DONE:
            return self._colours(role, "good")
        if state.state == IN_PROGRESS:
            return self._colours(role, "hint")
        return None

    def state_words(self, state) -> str:
        if state.state == NOT_STARTED:
            return self.tr("not started")
        if state.state == DONE:
            return self.tr("done")
        return self.tr("step {done} of {total}").format(done=state.steps_done, total=state.steps_total)

    @staticmethod
    def _colours(role, kind: str):
        palette = theme.palette_for(theme.current(QApplication.instance())[0])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(getattr(palette, kind)))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(getattr(palette, f"on_{kind}")))
        return None
