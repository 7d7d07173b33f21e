"""One tool, several pages: the list, then one learner, then back to the list.

The registry gives each tool one widget in the main window. A tool with more than one
page is a `Flow`: a stack that shows one page at a time, builds each page fresh (so it
shows what the previous page just changed), and gives the new page the keyboard focus,
the way the main window does for whole screens.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from digital_literacy_app.ui.widgets.frame import show_in_stack


class Flow(QStackedWidget):
    page_shown = Signal()  # the window retitles itself after the new page

    def __init__(self, parent=None):
        super().__init__(parent)
        self.page: QWidget | None = None

    def show_page(self, page: QWidget) -> QWidget:
        old, self.page = self.page, page
        show_in_stack(self, page, old)
        if self.isVisible():
            self.focus_start()
        self.page_shown.emit()
        return page

    def focus_start(self) -> None:
        """Called by the main window once the tool shows, and here on every new page."""
        start = getattr(self.page, "focus_start", None)
        if start is not None:
            start()
