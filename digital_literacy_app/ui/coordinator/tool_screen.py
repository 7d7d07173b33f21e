"""What every sync and coordinator screen shares: a way back, and a worker's own Trainer.

SQLite connections must stay on the thread that opened them, so long work (writing or
importing sync files, building reports) opens its own Trainer on the same data folder
inside the worker and closes it there; the window's Trainer is never touched off the GUI
thread.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.widgets.frame import ScreenFrame


class ToolScreen(ScreenFrame):
    """A volunteer or coordinator tool: a title, "‹ Back" at the top left, `closed` when done."""

    closed = Signal()

    def __init__(self, seat, title: str, parent=None):
        super().__init__(title, parent)
        self.seat = seat
        self.back_button = self.add_top_left(QPushButton(self.tr("\u2039  Back")))
        self.back_button.setAccessibleName(self.tr("Back to the volunteer tools"))
        self.back_button.clicked.connect(self.close_tool)

    def close_tool(self) -> None:
        self.closed.emit()


def worker_trainer(trainer) -> Trainer:
    """A second Trainer on the same data, to be opened and closed inside one worker thread."""
    return Trainer.open(trainer.data_dir, lesson_dirs=trainer.lesson_dirs)
