"""Waiting, said calmly: a "please wait" panel with a progress bar, fed by a background task,
and a cue laid over what was just pressed when the answer cannot be instant.
"""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.theme import set_role


class BusyPanel(QWidget):
    def __init__(self, message: str, parent=None):
        super().__init__(parent)
        self.label = set_role(QLabel(message), "lead")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # moving until the task reports real numbers
        self.bar.setAccessibleName(message)
        self.bar.setMaximumWidth(600)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)


def show_busy_cue(pressed: QWidget) -> QLabel:
    """Say "please wait" on `pressed` at once, before work that blocks the window for longer
    than a person waits without wondering (a new text size restyles every widget: about
    0.2 s). Someone who pressed and saw nothing change presses again, or elsewhere.

    The cue is painted now (`repaint`, not `update`: the event loop is about to be busy), the
    pointer turns busy, and a screen reader hears it. It goes with what it covers (the old
    screen); the pointer comes back once the event loop runs again.
    """
    cue = set_role(QLabel(QCoreApplication.translate("Busy", "Please wait\u2026"), pressed), "busy-cue")
    cue.setObjectName("busy-cue")
    cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
    cue.setWordWrap(True)
    cue.setGeometry(pressed.rect())
    cue.show()
    cue.raise_()
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    QTimer.singleShot(0, QApplication.restoreOverrideCursor)
    announce(cue, cue.text())
    cue.repaint()
    return cue
