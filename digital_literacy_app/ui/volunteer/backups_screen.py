"""Sao lưu (backups): the copies this PC keeps of its data, one made now, one restored,
one copied onto a USB stick.

The list says when each copy was made, why (daily, before a sync import, before an
upgrade, by hand), and what it holds, read from the copy itself. Restoring asks first and
says what it means: the data now on the PC is kept aside, never deleted, and what was
done after the copy will not show. The app then closes its data, puts the copy in place
and opens again (ui/app_run.py).
"""

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.records import BackupInfo
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.volunteer.files import ask_open_backup
from digital_literacy_app.ui.widgets.fold import Fold, hold_rows, room_for_rows
from digital_literacy_app.ui.widgets.confirmation import confirmation
from digital_literacy_app.ui.widgets.drive_picker import DrivePicker, removable_drives
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table
from digital_literacy_app.ui.widgets.tool_page import ToolPage


class BackupsModel(RowsTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Made"), self.tr("Why"), self.tr("Learners"), self.tr("Events"), self.tr("Size")]

    def cell(self, info: BackupInfo, column: int) -> str:
        if column == 0:
            return info.made_at.strftime("%d/%m/%Y %H:%M")
        if column == 1:
            return self.kind_text(info) if info.good else self.tr("Damaged: cannot be restored")
        if column == 2:
            return QLocale().toString(info.learners) if info.good else ""
        if column == 3:
            return QLocale().toString(info.events) if info.good else ""
        return QLocale().formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)

    def kind_text(self, info: BackupInfo) -> str:
        return {
            "daily": self.tr("Daily"),
            "import": self.tr("Before a sync import"),
            "migration": self.tr("Before an app upgrade"),
            "manual": self.tr("Made by hand"),
        }.get(info.kind, self.tr("Other file"))


class BackupsPage(ToolPage):
    def __init__(self, seat, list_drives=removable_drives, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Backups"))
        self.task = None
        self.pending: BackupInfo | None = None  # the copy the question is about
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(14)
        intro = set_role(QLabel(self.tr(
            "This computer copies its data every day it is used, before every sync import and before "
            "every upgrade. Keep a copy on a USB stick too: it survives if this computer breaks.")), "lead")
        intro.setWordWrap(True)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.make_button = set_role(QPushButton(self.tr("Make a backup now")), "primary")
        self.make_button.clicked.connect(self.make_backup)
        layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.model = BackupsModel()
        roomy = theme_scale() > 150  # one line a row at the bars' size: eight rows at 200 %
        self.table = read_only_table(self.model, self.tr("Backups on this computer"), stretch=(1,), wrap=not roomy)
        hold_rows(room_for_rows(self.table, self.body_layout))
        self.fold = Fold(intro, self.table, words=(
            self.tr("Explanation"), self.tr("Show what backups are for"), self.tr("Hide the explanation"),
            self.tr("The explanation is shown."), self.tr("The explanation is hidden.")))
        layout.insertWidget(0, self.fold)
        self.add_top_right(self.fold.button)
        layout.addWidget(self.table)
        self.empty_label = set_role(QLabel(self.tr("No backups yet.")), "muted")
        layout.addWidget(self.empty_label)
        layout.addWidget(self._actions())
        self.confirm = self._confirmation()
        layout.addWidget(self.confirm)
        self.stick_heading = set_role(QLabel(self.tr("Copy the chosen backup to a USB stick")), "section")
        layout.addWidget(self.stick_heading)
        self.picker = DrivePicker(list_drives)
        self.picker.chosen.connect(self.copy_to)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        self.scroll = scroll_area(content, self.tr("Backups"))
        self.body_layout.addWidget(self.scroll, 1)
        self.hide_bottom()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.refresh()

    def _actions(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.restore_button = QPushButton(self.tr("Restore this backup\u2026"))
        self.restore_button.clicked.connect(lambda: self.ask_restore())
        layout.addWidget(self.restore_button)
        self.other_button = QPushButton(self.tr("Restore a copy from a USB stick\u2026"))
        self.other_button.clicked.connect(self.choose_other)
        layout.addWidget(self.other_button)
        layout.addStretch(1)
        return row

    def _confirmation(self) -> QWidget:
        self.confirm_question = set_role(QLabel(), "lead")
        self.confirm_yes = set_role(QPushButton(self.tr("Yes, restore it")), "danger")
        self.confirm_yes.clicked.connect(self.restore)
        self.confirm_no = QPushButton(self.tr("No, keep the data as it is"))
        self.confirm_no.clicked.connect(self.cancel_restore)
        return confirmation(self.confirm_question, self.confirm_yes, self.confirm_no)

    def initial_focus(self):
        return self.make_button

    # --- the list -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every copy (each is checked) off the GUI thread; the list fills when done."""
        self.table.setEnabled(False)
        run_in_background(lambda worker, task: worker.backups.list(), self._listed,
                          self._failed, trainer=self.trainer)

    def _listed(self, backups: list) -> None:
        self.model.set_rows(backups)
        self.table.setEnabled(True)
        self.empty_label.setVisible(not backups)
        if backups:
            self.table.selectRow(0)
        self._enable()

    def chosen(self) -> BackupInfo | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _enable(self) -> None:
        info = self.chosen()
        usable = info is not None and info.good
        self.restore_button.setEnabled(usable)
        self.picker.setEnabled(usable)
        self.stick_heading.setEnabled(usable)

    # --- actions ------------------------------------------------------------------------
    def make_backup(self) -> None:
        self.make_button.setEnabled(False)
        run_in_background(lambda worker, task: worker.backups.make("manual"), self._made,
                          self._failed, trainer=self.trainer)

    def _made(self, info: BackupInfo) -> None:
        self.make_button.setEnabled(True)
        self.notice.show_message("good", self.tr("Backup made and checked: {learners} learners.").format(
            learners=QLocale().toString(info.learners)))
        self.refresh()

    def copy_to(self, folder) -> None:
        info = self.chosen()
        if info is None:
            return
        try:
            copied = self.trainer.backups.copy_to(info.path, folder)
        except DlaError as error:
            self.notice.show_message("bad", reason(error), detail(error))
            return
        self.notice.show_message("good", self.tr("Copied to the USB stick as {name}. It can be removed now.")
                                 .format(name=copied.name))

    def choose_other(self) -> None:
        """A copy kept elsewhere (the USB stick it was copied to), checked before asking."""
        path = self.ask_backup_file()
        if path is None:
            return
        info = self.trainer.backups.describe(path)
        if not info.good:
            self.notice.show_message("bad", self.tr("This file is not a whole backup of this app; nothing "
                                                    "was restored."), str(path))
            return
        self.ask_restore(info)

    def ask_backup_file(self):
        return ask_open_backup(self, self.tr("Choose a backup"))

    def ask_restore(self, info: BackupInfo | None = None) -> None:
        info = info or self.chosen()
        if info is None:
            return
        self.pending = info
        self.confirm_question.setText(self.tr(
            "Restore the backup of {when}? The data on this computer now is kept aside in the \u201ckept\u201d "
            "folder, not deleted. Lessons done after {when} will not show. The app closes its data for a "
            "moment and opens again.").format(when=info.made_at.strftime("%d/%m/%Y %H:%M")))
        self.confirm.show()
        self.confirm_no.setFocus()
        # Once the question is laid out: it and both answers in view.
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.confirm_yes, 0, 24))

    def cancel_restore(self) -> None:
        self.confirm.hide()
        self.restore_button.setFocus()

    def restore(self) -> None:
        info, self.pending = self.pending, None
        self.confirm.hide()
        if info is not None:
            self.seat.restore_requested.emit(info.path)

    def _failed(self, error) -> None:
        self.make_button.setEnabled(True)
        self.table.setEnabled(True)
        if isinstance(error, DlaError):
            self.notice.show_message("bad", reason(error), detail(error))
        else:
            raise error
