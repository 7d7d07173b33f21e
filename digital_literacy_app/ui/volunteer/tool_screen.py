"""What every volunteer tool page shares: a title, "‹ Volunteer tools" at the top left."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from digital_literacy_app.ui.widgets.frame import ScreenFrame


class ToolPage(ScreenFrame):
    """A page of a volunteer tool. `back` is emitted by the top-left button; the tool
    decides where that leads (the volunteer home, or the tool's first page)."""

    back = Signal()

    def __init__(self, seat, title: str, back_text: str = "", back_name: str = "", parent=None):
        super().__init__(title, parent)
        self.seat = seat
        self.back_button = self.add_top_left(QPushButton(back_text or self.tr("\u2039  Volunteer tools")))
        self.back_button.setAccessibleName(back_name or self.tr("Back to the volunteer tools"))
        self.back_button.clicked.connect(self.back)

    @property
    def trainer(self):
        return self.seat.trainer

    @property
    def volunteer_name(self) -> str:
        return self.seat.volunteer.name if self.seat.volunteer else ""
