"""Saving many certificates at once, off the GUI thread, with a progress bar and Cancel.

Each person gets one PDF in the chosen folder. The work runs on a worker thread with its
own connection to the data (ui/tasks.py); Cancel stops it between two certificates, and
those already saved stay saved and recorded.
"""

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.frame import scroll_area


class BatchPage(ToolPage):
    finished = Signal(object)  # BatchResult

    def __init__(self, seat, learner_ids: list[str], scope: str, parent=None):
        super().__init__(seat, "", self.tr("\u2039  Certificates"), self.tr("Back to the certificates owed"),
                         parent=parent)
        self.learner_ids = list(learner_ids)
        self.title.setText(self.tr("Save certificates for {count} people").format(count=len(self.learner_ids)))
        intro = set_role(QLabel(self.tr("{scope}: each person gets one PDF in the folder you choose, with "
                                        "your name as the volunteer.").format(scope=scope)), "lead")
        intro.setWordWrap(True)
        self.body_layout.addWidget(intro)
        names = [self.trainer.learners.get(i).name for i in self.learner_ids if self.trainer.learners.exists(i)]
        listing = QLabel(", ".join(names))
        listing.setWordWrap(True)
        listing.setTextFormat(Qt.TextFormat.PlainText)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 12, 0)
        holder_layout.addWidget(listing)
        holder_layout.addStretch(1)
        self.body_layout.addWidget(scroll_area(holder, self.tr("Who gets a certificate")), 1)
        self.status = set_role(QLabel(), "lead")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Certificates saved so far"))
        self.bar.setRange(0, max(1, len(self.learner_ids)))
        self.bar.setValue(0)
        self.bar.hide()
        self.body_layout.addWidget(self.status)
        self.body_layout.addWidget(self.bar)
        self.task = None
        self.result = None
        self.folder = None
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop after the certificate being saved now"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.open_button = QPushButton(self.tr("Open the folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.open_button.hide()
        self.start_button = set_role(QPushButton(self.tr("Choose a folder and start\u2026")), "primary")
        self.start_button.clicked.connect(self.choose_and_start)
        self.bottom.addWidget(self.cancel_button)
        self.bottom.addWidget(self.open_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.start_button)

    def initial_focus(self):
        return self.start_button

    def choose_and_start(self) -> None:
        folder = files.ask_folder(self, self.tr("Folder for the certificates"))
        if folder is not None:
            self.start(folder)

    def start(self, folder) -> None:
        self.folder = folder
        learner_ids, volunteer = list(self.learner_ids), self.volunteer_name

        def work(own, task):
            return own.certificates.issue_batch(learner_ids, folder, volunteer, task)

        self.start_button.hide()
        self.back_button.setEnabled(False)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setFocus()
        self.status.setText(self.tr("Saving\u2026 0 of {total}").format(total=len(self.learner_ids)))
        self.task = run_in_background(work, on_success=self._done, on_failure=self._failed,
                                      on_progress=self._progress, trainer=self.trainer)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after the certificate being saved now\u2026"))

    def _progress(self, done: float, total: float, note: str = "") -> None:
        done, total = int(done), int(total)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if self.task is not None and not self.task.is_cancelled():
            self.status.setText(self.tr("Saving\u2026 {done} of {total}").format(done=done, total=total))

    def _done(self, result) -> None:
        self.result = result
        self._finish_controls()
        parts = [self.tr("Saved {count} certificates in {folder}.").format(count=len(result.issued),
                                                                            folder=str(self.folder))]
        if result.cancelled:
            parts.append(self.tr("Stopped before the end, as asked; the others were not saved."))
        if result.skipped:
            parts.append(self.tr("{count} people were skipped (not eligible any more).").format(
                count=len(result.skipped)))
        if result.failed:
            parts.append(self.tr("It stopped because of a problem: {reason}").format(reason=reason(result.failed)))
        set_role(self.status, "error" if result.failed else "lead")
        self.status.setText(" ".join(parts))
        announce(self.status, self.status.text(), assertive=bool(result.failed))
        self.finished.emit(result)

    def _failed(self, error) -> None:
        self._finish_controls()
        set_role(self.status, "error")
        self.status.setText(self.tr("The certificates could not be saved: {reason}").format(reason=reason(error)))
        announce(self.status, self.status.text(), assertive=True)

    def _finish_controls(self) -> None:
        self.task = None
        self.cancel_button.hide()
        self.back_button.setEnabled(True)
        self.open_button.setVisible(self.folder is not None)
        self.back_button.setFocus()

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
