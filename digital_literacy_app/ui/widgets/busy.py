"""A calm "please wait" panel with a progress bar, fed by a background task."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

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
