"""Calm crashes: an unexpected error is logged, one gentle message shows, and the app goes
back to "Ai đang học?". Each step a learner finishes is already saved, so nothing is lost.
"""

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from digital_literacy_app.core.trainer import Trainer


class CalmCrashes:
    """Installed as sys.excepthook (PySide6 reports errors in slots and events through it)."""

    def __init__(self, data_dir, back_to_start):
        self.data_dir = data_dir
        self.back_to_start = back_to_start
        self.handling = False
        self.message: QMessageBox | None = None
        self.previous = sys.excepthook

    def install(self) -> "CalmCrashes":
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def __call__(self, kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, error, trace)
            return
        error.__traceback__ = trace
        log = Trainer.log_crash(self.data_dir, error, "app")
        if self.handling:  # an error while showing the message: logged, nothing more
            return
        self.handling = True
        try:
            self.back_to_start()
        except Exception as again:  # noqa: BLE001 - the way back failed too: log it, keep calm
            Trainer.log_crash(self.data_dir, again, "app (going back to the start)")
        finally:
            self.handling = False
        self._tell(log)

    def _tell(self, log) -> None:
        if self.message is not None and self.message.isVisible():
            return
        said = QCoreApplication.translate("Crash", "Something went wrong. The learner\u2019s lessons are saved.")
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Crash", "Something went wrong"),
                          said)
        box.setInformativeText(QCoreApplication.translate(
            "Crash", "The app is back at the start. Details for support: {log}").format(log=log))
        box.setAccessibleName(said)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Crash", "Back to the start"))
        self.message = box
        box.open()
