"""The per-file outcome of an import as a Qt table model (FileResult records -> rows).

A refused file says why in a short sentence of the interface language; the core's exact
English reason is the cell's tooltip and the screen's "Details". With large text the table
folds the numbers into the result sentence (file | result), because six columns of 32 pt
text do not fit side by side.
"""

from PySide6.QtCore import QLocale, Qt

from digital_literacy_app.ui.coordinator.sync_messages import import_status, refusal, warning
from digital_literacy_app.ui.widgets.table import RowsTableModel

FILE, SOURCE, OUTCOME, EVENTS_NEW, LEARNERS_NEW, KNOWN = range(6)
NUMBERS = (EVENTS_NEW, LEARNERS_NEW, KNOWN)
WIDE = (FILE, SOURCE, OUTCOME, EVENTS_NEW, LEARNERS_NEW, KNOWN)
COMPACT = (FILE, OUTCOME)


class ImportResultsModel(RowsTableModel):
    def __init__(self, compact: bool = False, parent=None):
        super().__init__(parent=parent)
        self.compact = compact
        self.columns = COMPACT if compact else WIDE

    def set_results(self, results: list) -> None:
        self.set_rows(results)

    def outcome_column(self) -> int:
        return self.columns.index(OUTCOME)

    def headers(self) -> list[str]:
        titles = {FILE: self.tr("File"), SOURCE: self.tr("From"), OUTCOME: self.tr("Result"),
                  EVENTS_NEW: self.tr("New records"), LEARNERS_NEW: self.tr("New learners"),
                  KNOWN: self.tr("Already here")}
        return [titles[column] for column in self.columns]

    def cell(self, result, column: int) -> str:
        return self.text(result, self.columns[column])

    def other(self, result, row: int, column: int, role):
        if role == Qt.ItemDataRole.ToolTipRole:
            return result.reason or str(result.path)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = self.columns[column] in NUMBERS
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, result, column: int) -> str:
        if column == FILE:
            return result.path.name
        if column == SOURCE:
            return self.source(result)
        if column == OUTCOME:
            return self.outcome(result)
        if result.status != "imported":
            return "\u2014"
        value = {EVENTS_NEW: result.events_new, LEARNERS_NEW: result.learners_new,
                 KNOWN: result.events_known}[column]
        return QLocale().toString(value)

    def source(self, result) -> str:
        return ", ".join(part for part in (result.device_name, result.ward) if part) or "\u2014"

    def outcome(self, result) -> str:
        status = import_status(result)
        if not self.compact or result.status != "imported":
            return status
        locale = QLocale()
        return self.tr("{status}: {events} new records, {learners} new learners, {known} already here "
                       "(from {source})").format(
            status=status, events=locale.toString(result.events_new),
            learners=locale.toString(result.learners_new), known=locale.toString(result.events_known),
            source=self.source(result))

    def details(self, row: int) -> str:
        """Everything about one file, for "Details": the full path, the reason, the notes."""
        result = self.rows[row]
        lines = [str(result.path)]
        if result.status == "refused":
            lines.append(refusal(result.reason))
        lines.extend(warning(text) for text in result.warnings)
        if result.reason:
            lines.append(self.tr("In English: {reason}").format(reason=result.reason))
        return "\n".join(lines)
