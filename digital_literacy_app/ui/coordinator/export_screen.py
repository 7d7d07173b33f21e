"""Write a sync file to a USB stick (volunteers and coordinators).

One press on the stick's name writes every event this computer knows, signed (and sealed
to the coordinator, when their key file was chosen once on this PC). The writing runs off
the GUI thread; the core writes under a temporary name, reads the file back and checks it,
and only then does this screen say the stick can be removed. When it cannot, it says why
(stick full, pulled out) and what to do.
"""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import Cancelled, DlaError
from digital_literacy_app.core.records import ExportResult, PublicKeyFile
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.drive_picker import DrivePicker, dialog_folder, removable_drives
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.notice import Notice

KEY_SETTING = "coordinator_key_file"


class ExportScreen(ToolPage):
    def __init__(self, seat, list_drives=removable_drives, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Write a sync file"))
        self.settings = seat.trainer.settings
        self.task = None
        self.result: ExportResult | None = None
        self.ask_key_file = self._ask_key_file_dialog

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(14)
        intro = set_role(QLabel(self.tr(
            "Plug the USB stick in, then press its name. The file holds all the learning recorded "
            "on this computer, signed by it, for the coordinator.")), "lead")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._build_progress(layout)
        self.notice = Notice()  # at the top, where the eye is after pressing a stick's name
        layout.addWidget(self.notice)
        self._build_sealing(layout)
        self.picker = DrivePicker(list_drives)
        self.picker.chosen.connect(self.write_to)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        self.scroll = scroll_area(content, self.tr("Write a sync file"))
        self.body_layout.addWidget(self.scroll, 1)

        self.done_button = set_role(QPushButton(self.tr("Done  \u203a")), "primary")
        self.done_button.setAccessibleName(self.tr("Done: back to the volunteer tools"))
        self.done_button.clicked.connect(self.close_tool)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.done_button)
        self.bottom_bar.hide()
        self._show_key()

    # --- sealing -------------------------------------------------------------------------
    def _build_sealing(self, layout) -> None:
        self.seal_box = QCheckBox(self.tr("Seal for the coordinator"))
        self.seal_box.setAccessibleName(self.tr("Seal the file for the coordinator"))
        self.seal_note = QLabel()
        self.seal_note.setWordWrap(True)
        set_role(self.seal_note, "muted")
        self.key_button = QPushButton(self.tr("Choose the coordinator\u2019s key file\u2026"))
        self.key_button.setAccessibleName(self.tr("Choose the coordinator\u2019s key file"))
        self.key_button.clicked.connect(self.choose_key_file)
        layout.addWidget(self.seal_box)
        layout.addWidget(self.seal_note)
        layout.addWidget(self.key_button, 0)

    def coordinator_key(self) -> PublicKeyFile | None:
        """The remembered coordinator key, or None when none was chosen or it cannot be read."""
        path = self.settings.device()[KEY_SETTING]
        if not path:
            return None
        try:
            return self.seat.trainer.devices.read_public_key(Path(path))
        except DlaError:
            return None

    def _show_key(self) -> None:
        path = self.settings.device()[KEY_SETTING]
        key = self.coordinator_key()
        self.seal_box.setVisible(key is not None)
        self.seal_box.setChecked(key is not None)
        if key is not None:
            who = ", ".join(part for part in (key.name, key.ward) if part) or key.device_id
            self.seal_box.setText(self.tr("Seal for the coordinator ({who})").format(who=who))
            self.seal_note.setText(self.tr(
                "Sealed, the file can only be opened on the coordinator\u2019s computer: a lost stick "
                "shows nobody\u2019s name."))
        elif path:
            self.seal_note.setText(self.tr(
                "The coordinator\u2019s key file cannot be read any more ({path}). Choose it again to "
                "seal files.").format(path=path))
        else:
            self.seal_note.setText(self.tr(
                "To seal files for the coordinator, choose the key file they gave you, once."))
        self.key_button.setText(self.tr("Choose another key file\u2026") if key is not None
                                else self.tr("Choose the coordinator\u2019s key file\u2026"))

    def choose_key_file(self) -> None:
        chosen = self.ask_key_file()
        if not chosen:
            return
        try:
            self.seat.trainer.devices.read_public_key(Path(chosen))
        except DlaError as exc:
            self.say("bad", reason(exc), detail(exc))
            return
        self.settings.set_device(KEY_SETTING, str(Path(chosen).resolve()))
        self.notice.clear()
        self._show_key()

    def _ask_key_file_dialog(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("The coordinator\u2019s key file"), str(dialog_folder()),
            self.tr("Key files (*.dlkey *.json);;All files (*)"))
        return chosen

    # --- writing -------------------------------------------------------------------------
    def _build_progress(self, layout) -> None:
        self.progress_label = set_role(QLabel(self.tr("Writing the sync file and checking it\u2026")), "lead")
        self.progress_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Writing the sync file"))
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop writing the sync file"))
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.hide()

    def write_to(self, folder: Path) -> None:
        """Write the file into `folder` off the GUI thread; the screen waits with a progress bar."""
        if self.task is not None:
            return
        seal = self.coordinator_key() if not self.seal_box.isHidden() and self.seal_box.isChecked() else None
        self.result = None
        self.notice.clear()
        self._set_running(True)

        def work(own, task):
            # Name the file here: given a folder that no longer exists (a pulled stick),
            # the exporter would take the folder's name for a file name in its parent.
            target = Path(folder) / own.sync.default_file_name(sealed=seal is not None)
            return own.sync.export(target, seal_to=seal, task=task)

        self.task = run_in_background(work, on_success=self._written, on_failure=self._failed,
                                      on_cancelled=self._stopped, trainer=self.seat.trainer)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.cancel_button.setEnabled(False)

    def _set_running(self, running: bool) -> None:
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.picker.setEnabled(not running)
        self.key_button.setEnabled(not running)
        self.seal_box.setEnabled(not running)
        self.back_button.setEnabled(not running)
        if running:
            self.cancel_button.setFocus()

    def _written(self, result: ExportResult) -> None:
        self.task = None
        self.result = result
        self._set_running(False)
        size = QLocale().formattedDataSize(result.size_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        text = self.tr("Done. The file {name} ({size}, {events} records) was written, read back and "
                       "checked: it is good. You can remove the USB stick now.").format(
            name=result.path.name, size=size, events=QLocale().toString(result.events))
        if result.sealed_for:
            text += " " + self.tr("It is sealed: only the coordinator\u2019s computer can open it.")
        self.say("good", text, str(result.path))
        self.bottom_bar.show()
        self.done_button.setFocus()

    def _failed(self, error: Exception) -> None:
        self.task = None
        self._set_running(False)
        self.say("hint" if isinstance(error, Cancelled) else "bad", reason(error), detail(error))
        self.picker.first_button().setFocus()

    def _stopped(self) -> None:
        """Stop pressed and the writing ended before a file was named good."""
        self._failed(Cancelled("sync.export_cancelled"))

    def say(self, kind: str, text: str, detail: str = "") -> None:
        """Show how it went, scrolled into sight (at 200 % the screen is taller than the window)."""
        self.notice.show_message(kind, text, detail)
        QTimer.singleShot(0, self._reveal_notice)

    def _reveal_notice(self) -> None:
        self.scroll.ensureWidgetVisible(self.notice)

    def initial_focus(self):
        return self.picker.first_button()
