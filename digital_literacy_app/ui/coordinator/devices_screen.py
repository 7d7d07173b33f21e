"""The computers this one has heard from, and this computer's own key (coordinators).

Each ward computer is pinned on its first sync file; the list shows its name, ward and
when its files were first and last imported, so a coordinator sees which ward has not
sent anything for a while. "Save this computer's public key" writes the key file that
volunteers choose once on their PCs, so the sync files they write can be sealed to it.
The fingerprint, trusting a coordinator and retiring a PC are in trust_panel.py.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.records import QUIET_DAYS, DeviceSighting
from digital_literacy_app.ui.coordinator.computer_actions import ComputerActions, ImportedFilesModel
from digital_literacy_app.ui.coordinator.trust_panel import RetirePanel, TrustPanel
from digital_literacy_app.ui.widgets.fold import ROWS, Fold, hold_rows, room_for_rows
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.widgets.drive_picker import dialog_folder
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table

KEY_SUFFIX = ".dlkey"


def shown_time(iso: str) -> str:
    """An ISO time from the database as a local date and time in the interface language."""
    moment = QDateTime.fromString(iso or "", Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso or "", Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso or "\u2014"
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class KnownDevicesModel(RowsTableModel):
    """Rows of `trainer.devices.heard_from()`: name, ward, first seen, last seen."""

    KEYS = ("name", "ward", "first_seen", "last_seen", "quiet", "retired_on")

    def __init__(self, rows, parent=None, today: date | None = None):
        self.today = today or date.today()
        super().__init__(rows, parent)

    def headers(self) -> list[str]:
        return [self.tr("Computer"), self.tr("Ward"), self.tr("First file"), self.tr("Latest file"),
                self.tr("Days since"), self.tr("Retired")]

    def cell(self, device: DeviceSighting, column: int) -> str:
        key = self.KEYS[column]
        if key == "quiet":
            days = device.days_quiet(self.today)
            return "\u2014" if days is None else str(days)
        if key == "retired_on":
            return device.retired_on or "\u2014"
        if key in ("first_seen", "last_seen"):
            return shown_time(getattr(device, key))
        if key == "name" and device.own_name and device.own_name != device.name:  # renamed here
            return f"{device.name} ({device.own_name} \u00b7 {device.device_id[:6]})"
        if key == "name":  # cloned PCs often share a name: the id tells them apart
            return f"{device.name} \u00b7 {device.device_id[:6]}" if device.name else device.device_id
        return getattr(device, key) or "\u2014"

    def other(self, device: DeviceSighting, row: int, column: int, role):
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Computer id: {id}").format(id=device.device_id)
        return None


class DevicesScreen(ToolPage):
    def __init__(self, seat, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Known computers"))
        self.ask_save_path = self._ask_save_path_dialog
        device = seat.trainer.device

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(12)
        who = ", ".join(part for part in (device.name, device.ward) if part) or device.device_id
        self.own_label = set_role(QLabel(self.tr("This computer: {who}").format(who=who)), "lead")
        self.own_label.setWordWrap(True)
        explain = QLabel(self.tr(
            "Give volunteers this computer\u2019s public key file (on a USB stick): they choose it once, "
            "and the sync files they write are sealed so that only this computer can open them."))
        explain.setWordWrap(True)
        self.save_key_button = QPushButton(self.tr("Save this computer\u2019s public key\u2026"))
        self.save_key_button.setAccessibleName(self.tr("Save this computer\u2019s public key to a file"))
        self.save_key_button.clicked.connect(self.save_key)
        # First what a coordinator opens this for: which wards have gone quiet.
        self.quiet_label = set_role(QLabel(), "lead")
        self.quiet_label.setWordWrap(True)
        layout.addWidget(self.quiet_label)
        layout.addWidget(self.own_label)
        layout.addWidget(explain)
        layout.addWidget(self.save_key_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.trust_panel = TrustPanel(seat)
        layout.addWidget(self.trust_panel)

        heading = set_role(QLabel(self.tr("Computers whose sync files were imported here")), "section")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.model = KnownDevicesModel(seat.trainer.devices.heard_from(), self)
        roomy = theme_scale() > 150  # one line a computer, scrolling sideways: eight rows at 200 %
        self.table = read_only_table(self.model, self.tr("Known computers"), stretch=() if roomy else (0, 1),
                                     wrap=not roomy)
        # Eight rows held (fewer when fewer computers are known: the buttons under them stay in view).
        hold_rows(room_for_rows(self.table, self.body_layout), max(1, min(ROWS, len(self.model.rows))))
        layout.addWidget(self.table, 1)
        self.retire_panel = RetirePanel(seat)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.retire_panel.retired.connect(self._refresh)
        self.actions = ComputerActions(seat)
        self.actions.changed.connect(self._changed)
        layout.addWidget(self.actions)
        layout.addWidget(self.retire_panel)
        self._build_files(layout)
        self.empty_label = set_role(QLabel(self.tr(
            "No sync file from another computer has been imported here yet.")), "muted")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        self._say_quiet()
        self.table.setVisible(bool(self.model.rows))
        self.retire_panel.setVisible(bool(self.model.rows))
        self.actions.setVisible(bool(self.model.rows))
        self.empty_label.setVisible(not self.model.rows)
        self.body_layout.addWidget(scroll_area(content, self.tr("Known computers")), 1)
        self.hide_bottom()
        # What is above the list folds away when the window has no room for eight rows with it.
        self.fold = Fold.gather(layout, [self.quiet_label, self.own_label, explain, self.save_key_button,
                                         self.notice, self.trust_panel, heading], self.table, words=(
            self.tr("Details"), self.tr("Show the details above the list"), self.tr("Hide the details above the list"),
            self.tr("The details are shown."), self.tr("The details are hidden.")))
        self.add_top_right(self.fold.button)

    def _build_files(self, layout) -> None:
        """Every sync file imported here: when, from which computer, what it added."""
        self.files_heading = set_role(QLabel(self.tr("Sync files imported here")), "section")
        self.files_heading.setWordWrap(True)
        self.files_model = ImportedFilesModel(self.seat.trainer.devices.imported_files(), self)
        self.files_table = read_only_table(self.files_model, self.tr("Sync files imported here"), stretch=(1, 2, 3))
        self.files_table.setMinimumHeight(TypeSizes(theme_scale()).px(240))
        layout.addWidget(self.files_heading)
        layout.addWidget(self.files_table, 1)
        self.files_heading.setVisible(bool(self.files_model.rows))
        self.files_table.setVisible(bool(self.files_model.rows))

    def _chosen(self, current, _previous=None) -> None:
        device = self.model.rows[current.row()] if current.isValid() else None
        self.actions.choose(device.device_id if device else "", self.model.cell(device, 0) if device else "")
        if device is None or device.retired_on:
            self.retire_panel.choose("", "")
        else:
            self.retire_panel.choose(device.device_id, self.model.cell(device, 0))

    def _changed(self, device_id: str) -> None:
        """Renamed or forgotten: the lists again, and the focus back on the list (the buttons
        just pressed are gone), on the renamed computer's row. The notice says what was done."""
        self._refresh()
        rows = [i for i, device in enumerate(self.model.rows) if device.device_id == device_id]
        if not self.model.rows:  # the last one forgotten: nothing left to fold away for
            self.fold.keep_open()
            self.initial_focus().setFocus()
            return
        self.table.setFocus()
        if rows:  # renamed: still chosen; a forgotten one leaves nothing chosen
            self.table.selectRow(rows[0])

    def _refresh(self, _device_id: str = "") -> None:
        self.model.set_rows(self.seat.trainer.devices.heard_from())
        self.files_model.set_rows(self.seat.trainer.devices.imported_files())
        self.retire_panel.choose("", "")
        self.actions.choose("", "")
        self.table.setVisible(bool(self.model.rows))  # the actions stay: their message says what was done
        self.retire_panel.setVisible(bool(self.model.rows))
        self.empty_label.setVisible(not self.model.rows)
        self._say_quiet()

    def _say_quiet(self) -> None:
        """Name the computers in use that have sent nothing for a month: the wards to call."""
        quiet = self.seat.trainer.devices.quiet(QUIET_DAYS)
        names = ", ".join(self.model.cell(d, 0) + (f" ({d.ward})" if d.ward else "") for d in quiet)
        if quiet:
            self.quiet_label.setText(self.tr("No sync file for {days} days or more from: {names}.").format(
                days=QUIET_DAYS, names=names))
            set_role(self.quiet_label, "hint")
        else:
            self.quiet_label.setText(self.tr("Every computer in use sent a sync file in the last {days} days.").format(
                days=QUIET_DAYS))
            set_role(self.quiet_label, "lead")
        self.quiet_label.setVisible(bool(self.model.rows))

    def save_key(self) -> None:
        device = self.seat.trainer.device
        suggested = self.tr("coordinator-key-{name}").format(name=device.name or device.device_id[:6])
        target = self.ask_save_path(suggested.replace(" ", "-") + KEY_SUFFIX)
        if not target:
            return
        try:
            written = self.seat.trainer.devices.write_public_key(Path(target))
        except DlaError as exc:
            self.notice.show_message("bad", reason(exc), detail(exc))
            return
        self.notice.show_message("good", self.tr(
            "Saved: {path}. Give this file to the volunteers; it holds no learner data and no secret.").format(
            path=written))

    def _ask_save_path_dialog(self, name: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the public key"), str(dialog_folder() / name),
                                                self.tr("Key files (*.dlkey)"))
        if chosen and not chosen.endswith(KEY_SUFFIX):
            chosen += KEY_SUFFIX
        return chosen

    def initial_focus(self):
        return self.save_key_button if self.fold.is_open else self.table
