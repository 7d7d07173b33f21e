"""What every volunteer and coordinator tool page shares: a title and a way back.

The way back is the top-left button ("‹ Volunteer tools" unless the tool says otherwise);
`back` is emitted by it and by `close_tool()` (a tool's own "Done"); the tool decides where
that leads (the volunteer home, or the tool's first page).
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from digital_literacy_app.ui.widgets.frame import ScreenFrame


class ToolPage(ScreenFrame):
    """A page of a volunteer or coordinator tool."""

    back = Signal()

    def __init__(self, seat, title: str, back_text: str = "", back_name: str = "", parent=None,
                 plain_back: bool = False):
        super().__init__(title, parent)
        self.seat = seat
        default = self.tr("\u2039  Back") if plain_back else self.tr("\u2039  Volunteer tools")
        self.back_button = self.add_top_left(QPushButton(back_text or default))
        self.back_button.setAccessibleName(back_name or self.tr("Back to the volunteer tools"))
        self.back_button.clicked.connect(self.back)

    @property
    def trainer(self):
        return self.seat.trainer

    @property
    def volunteer_name(self) -> str:
        return self.seat.volunteer.name if self.seat.volunteer else ""

    def close_tool(self) -> None:
        """The tool is done: go back where the top-left button leads."""
        self.back.emit()
