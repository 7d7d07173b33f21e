"""A built report as a Qt table model (Report record -> rows).

The rows and the total line come from `formats.table`, the same function the CSV, Excel
and PDF files use, so the screen shows exactly the figures a file saved from it holds.
The column titles are the screen's own, in the interface language only (the files keep
"Vietnamese (English)" titles for the city's officers and other tools).
"""

import textwrap

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont

from digital_literacy_app.core.records import METRICS, Report
from digital_literacy_app.core.records import report_table as table
from digital_literacy_app.ui.widgets.table import RowsTableModel


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


class ReportTableModel(RowsTableModel):
    """The report's table as formats.table gives it (the totals last), figures right-aligned."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self.report: Report | None = None
        self.header: list[str] = []
        self.dimensions = 0

    def set_report(self, report: Report, titles: dict[str, str] | None = None, total: str = "") -> None:
        """`titles` names each dimension and figure on screen; `total` the last line."""
        self.report = report
        self.dimensions = len(report.by)
        self.header, rows = table(report)
        if titles:
            self.header = [titles[code] for code in (*report.by, *METRICS)]
        if total and report.by:
            rows[-1][0] = total
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return self.header

    def header_text(self, section: int) -> str:
        return header_lines(self.header[section])

    def cell(self, values: list, column: int) -> str:
        value = values[column]
        return shown_number(value) if column >= self.dimensions and value != "" else str(value)

    def other(self, values: list, row: int, column: int, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.dimensions:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row == len(self.rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None
