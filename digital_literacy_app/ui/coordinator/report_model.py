"""A built report as a Qt table model (Report record -> rows), with the city's headers.

The rows, the total line and the Vietnamese column titles come from `formats.table`, the
same function the CSV, Excel and PDF files use, so the screen shows exactly what a file
saved from it holds.
"""

import textwrap

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont

from digital_literacy_app.core.reports.build import Report
from digital_literacy_app.core.reports.formats import table


def header_lines(title: str, width: int = 20) -> str:
    """A column title on short lines ("Bài đã xong" over "(lessons completed)"), so the
    number columns stay narrow and more of them fit side by side."""
    vietnamese, _, english = title.partition(" (")
    lines = textwrap.wrap(vietnamese, width, break_long_words=False)
    if english:
        lines += textwrap.wrap("(" + english, width, break_long_words=False)
    return "\n".join(lines)


def shown_number(value) -> str:
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return QLocale().toString(value)


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: Report | None = None
        self.header: list[str] = []
        self.rows: list[list] = []
        self.dimensions = 0

    def set_report(self, report: Report) -> None:
        self.beginResetModel()
        self.report = report
        self.header, self.rows = table(report)
        self.dimensions = len(report.by)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_lines(self.header[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        is_number = index.column() >= self.dimensions
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_number(value) if is_number and value != "" else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and is_number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self.rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None
