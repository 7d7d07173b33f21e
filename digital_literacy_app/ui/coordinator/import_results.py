"""The per-file outcome of an import as a Qt table model (FileResult records -> rows).

A refused file says why in the interface language, from the reason code the core gives
(core/wording); the code and the English sentence are the cell's tooltip and part of the
screen's "Details". With large text the table
folds the numbers into the result sentence (file | result), because six columns of 32 pt
text do not fit side by side.
"""

from PySide6.QtCore import QLocale, Qt

from digital_literacy_app.ui.i18n import current_language
from digital_literacy_app.ui.reasons import detail, reason
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
            return detail(result.error) if result.error is not None else str(result.path)
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

    def status(self, result) -> str:
        """What happened to one file, as the results table says it."""
        if result.status == "imported" and result.events_held:
            return self.tr("Imported; {held} records of other computers kept aside, not counted yet "
                           "(Details)").format(held=QLocale().toString(result.events_held))
        if result.status == "imported":
            return self.tr("Imported")
        if result.status == "already":
            return self.tr("Imported before; nothing new")
        why = reason(result.error) if result.error is not None else ""
        if result.status == "cancelled" and result.error is not None and result.error.code == "sync.import_stopped_before":
            return self.tr("Not imported: {reason}").format(reason=why)
        if result.status == "cancelled":
            return self.tr("Stopped: {reason}").format(reason=why)
        return self.tr("Refused: {reason}").format(reason=why)

    def outcome(self, result) -> str:
        status = self.status(result)
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
        if result.error is not None:
            lines.append(reason(result.error))
        lines.extend(note.say(current_language()) for note in result.warnings)
        if result.error is not None:
            lines.append(self.tr("For support: {detail}").format(detail=detail(result.error)))
        return "\n".join(lines)
