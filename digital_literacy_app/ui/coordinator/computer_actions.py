"""Renaming or forgetting the chosen known computer, and the list of imported sync files.

Renaming gives a ward PC a name of the coordinator's own, on this computer only (the PC's
own signed name stays). Forgetting takes it off the list here, after a question naming it
and saying what stays: its records already imported still count, and records it makes
later are kept apart, uncounted. Both go through `trainer.devices` (core/device_list.py).
"""

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.records import LABEL_LIMIT, ImportedFile
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.theme import theme_scale
from digital_literacy_app.ui.widgets.confirmation import confirmation
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import RowsTableModel


class ComputerActions(QWidget):
    """"Rename…" and "Forget…" for the computer chosen in the list above."""

    changed = Signal(str)

    def __init__(self, seat, parent=None):
        super().__init__(parent)
        self.devices = seat.trainer.devices
        self.device_id, self.device_name = "", ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rename_button = QPushButton(self.tr("Rename the chosen computer\u2026"))
        self.forget_button = QPushButton(self.tr("Forget the chosen computer\u2026"))
        self.rename_button.clicked.connect(self.ask_name)
        self.forget_button.clicked.connect(self.ask_forget)
        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight if theme_scale() <= 150
                             else QBoxLayout.Direction.TopToBottom)  # at 200 % one under the other
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.forget_button)
        if theme_scale() <= 150:
            buttons.addStretch(1)
        else:
            buttons.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        self._build_rename(layout)
        self.question = QLabel()
        self.forget_confirm = QPushButton(self.tr("Yes, forget it"))
        self.forget_cancel = QPushButton(self.tr("Cancel"))
        self.forget_confirm.clicked.connect(self.forget)
        self.forget_cancel.clicked.connect(self.cancel)
        self.forget_box = confirmation(self.question, self.forget_confirm, self.forget_cancel)
        layout.addWidget(self.forget_box)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.choose("", "")

    def _build_rename(self, layout) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(LABEL_LIMIT)
        self.name_edit.setAccessibleName(self.tr("New name for the chosen computer"))
        self.name_edit.returnPressed.connect(self.rename)
        self.save_name_button = QPushButton(self.tr("Save the name"))
        self.cancel_name_button = QPushButton(self.tr("Cancel"))
        self.save_name_button.clicked.connect(self.rename)
        self.cancel_name_button.clicked.connect(self.cancel)
        self.name_hint = QLabel()
        self.name_hint.setWordWrap(True)
        self.rename_box = QWidget()
        box = QVBoxLayout(self.rename_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.name_hint)
        box.addWidget(self.name_edit)
        row = QHBoxLayout()
        row.addWidget(self.save_name_button)
        row.addWidget(self.cancel_name_button)
        row.addStretch(1)
        box.addLayout(row)
        self.rename_box.hide()
        layout.addWidget(self.rename_box)

    def choose(self, device_id: str, name: str) -> None:
        self.device_id, self.device_name = device_id, name
        self.rename_button.setEnabled(bool(device_id))
        self.forget_button.setEnabled(bool(device_id))
        self.rename_box.hide()
        self.forget_box.hide()

    def ask_name(self) -> None:
        self.forget_box.hide()
        self.name_hint.setText(self.tr(
            "A name of your own for {name}, shown on this computer only (the name the computer gives "
            "itself stays in its files). Leave it empty to show its own name again.").format(name=self.device_name))
        self.name_edit.setText("")
        self.rename_box.show()
        self.name_edit.setFocus()

    def ask_forget(self) -> None:
        self.rename_box.hide()
        self.question.setText(self.tr(
            "Forget {name}? It leaves this list on this computer only. Its records already imported stay "
            "counted in the reports. If a sync file from it arrives later, the records it made after today "
            "are kept apart and not counted. This cannot be undone. To stop a lost or stolen computer "
            "everywhere, retire it instead.").format(name=self.device_name))
        self.forget_box.show()
        self.forget_cancel.setFocus()

    def cancel(self) -> None:
        asked_name = self.rename_box.isVisible()
        self.rename_box.hide()
        self.forget_box.hide()
        (self.rename_button if asked_name else self.forget_button).setFocus()

    def rename(self) -> None:
        try:
            shown = self.devices.rename(self.device_id, self.name_edit.text())
        except DlaError as exc:
            self.notice.show_message("bad", reason(exc), detail(exc))
            self.name_edit.setFocus()
            return
        self.rename_box.hide()
        self.notice.show_message("good", self.tr("The computer is now shown as {name}.").format(name=shown))
        self.changed.emit(self.device_id)

    def forget(self) -> None:
        self.forget_box.hide()
        try:
            result = self.devices.forget(self.device_id)
        except DlaError as exc:
            self.notice.show_message("bad", reason(exc), detail(exc))
            return
        self.notice.show_message("good", self.tr(
            "{name} is forgotten on this computer. Its {count} record(s) already imported stay counted.").format(
            name=result.name, count=QLocale().toString(result.records_kept)))
        self.changed.emit(self.device_id)


class ImportedFilesModel(RowsTableModel):
    """Rows of `trainer.devices.imported_files()`: when, file, computer, and what it added."""

    def headers(self) -> list[str]:
        return [self.tr("Imported"), self.tr("File"), self.tr("Computer"), self.tr("Result")]

    def cell(self, row: ImportedFile, column: int) -> str:
        from digital_literacy_app.ui.coordinator.devices_screen import shown_time

        if column == 0:
            return shown_time(row.imported_at)
        if column == 1:
            return row.file_name
        if column == 2:
            return row.computer
        return self.outcome(row)

    def outcome(self, row: ImportedFile) -> str:
        """How many records the file added, and those it brought that are kept apart."""
        new, held = QLocale().toString(row.events_new), QLocale().toString(row.events_held)
        return {"added": self.tr("{new} new record(s)"),
                "added_some_held": self.tr("{new} new record(s); {held} kept apart, not counted"),
                "held": self.tr("No new record; {held} kept apart, not counted"),
                "nothing_new": self.tr("No new record (all were already here)")}[row.outcome].format(
            new=new, held=held)

    def other(self, row: ImportedFile, index: int, column: int, role):
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{file} \u00b7 computer id: {id}").format(file=row.file_name, id=row.device_id)
        return None
