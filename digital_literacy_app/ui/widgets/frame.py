"""The layout every screen shares: a top bar, a body, and a bottom bar with the next action.

Keeping the way back at the top left and the next action at the bottom right on every
screen means a learner finds them in the same place each time.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from digital_literacy_app.ui.theme import set_role


class ScreenFrame(QWidget):
    """`top` and `bottom` are horizontal bars; `body` is where the screen puts its content."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self._listening: list = []
        self.setObjectName("Screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.top_bar = QWidget(objectName="TopBar")
        self.top_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.top = QHBoxLayout(self.top_bar)
        self.top.setContentsMargins(24, 12, 24, 12)
        self.top.setSpacing(16)
        self.title = set_role(QLabel(title), "bar-title")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.top.addWidget(self.title, 1)

        self.body = QWidget(objectName="ScrollBody")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(32, 20, 32, 20)
        self.body_layout.setSpacing(16)

        self.bottom_bar = QWidget(objectName="BottomBar")
        self.bottom_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.bottom = QHBoxLayout(self.bottom_bar)
        self.bottom.setContentsMargins(24, 12, 24, 12)
        self.bottom.setSpacing(16)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.bottom_bar)

    def listen(self, signal, slot) -> None:
        """Connect a long-lived signal (the seat's, the app's) for as long as this screen
        shows; `leave()` undoes it, so a screen on its way out is never called again."""
        signal.connect(slot)
        self._listening.append((signal, slot))

    def leave(self) -> None:
        """The screen goes: undo its long-lived connections, its own and its pages'."""
        for signal, slot in self._listening:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # already gone with its sender
        self._listening.clear()
        for timer in self.findChildren(QTimer):  # a countdown must not read a database that closes
            timer.stop()
        for page in self.findChildren(ScreenFrame):
            page.leave()

    def add_top_left(self, widget: QWidget) -> QWidget:
        self.top.insertWidget(0, widget)
        return widget

    def add_top_right(self, widget: QWidget) -> QWidget:
        self.top.addWidget(widget)
        return widget

    def replace_body(self, old: QWidget | None, new: QWidget) -> QWidget:
        """Put `new` where `old` was in the body (a page redrawn after a change)."""
        if old is not None:
            self.body_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.body_layout.addWidget(new, 1)
        return new

    def hide_bottom(self) -> None:
        self.bottom_bar.hide()

    def initial_focus(self) -> QWidget | None:
        """Where the keyboard starts on this screen (the screen's main action)."""
        return None

    def focus_start(self) -> None:
        target = self.initial_focus()
        if target is None:
            return
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        # Qt may have given the focus to something further down first and scrolled to it;
        # a new screen always starts at its top unless its main action lives lower down.
        for area in self.findChildren(QScrollArea):
            if not area.isAncestorOf(target):
                area.verticalScrollBar().setValue(0)


class SteadyScrollArea(QScrollArea):
    """A scroll area whose content keeps its width when the scroll bar comes or goes: the
    bar's room is kept empty while it is hidden, so feedback that makes the page long
    enough to scroll never narrows (and so moves) the buttons beside it."""

    def __init__(self):
        super().__init__()
        self.verticalScrollBar().rangeChanged.connect(self._keep_room)

    def _keep_room(self, _least: int, most: int) -> None:
        room = 0 if most > 0 else self.verticalScrollBar().sizeHint().width()
        if self.viewportMargins().right() != room:
            self.setViewportMargins(0, 0, room, 0)


class FittedScrollArea(SteadyScrollArea):
    """A steady scroll area that asks a layout for the height its content needs at the
    width it is given (wrapped labels' plain size hints are not that), so it scrolls only
    when the window really is short."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        content = self.widget()
        if content is not None and content.hasHeightForWidth():
            width = self.viewport().width() if self.viewport().width() > 1 else hint.width()
            hint.setHeight(content.heightForWidth(width) + 2 * self.frameWidth())
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height it asks follows its width

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # and its content (a legend, a note that came or went)
        return super().eventFilter(watched, event)


def scroll_area(content: QWidget, name: str, focusable: bool = False, steady: bool = False,
                fitted: bool = False) -> QScrollArea:
    """Wrap content that may grow past the window at large text sizes.

    A focusable scroll area lets a keyboard user scroll long lesson text with the arrows;
    a steady one keeps the content's width whether or not it scrolls (`SteadyScrollArea`);
    a fitted one is steady and asks for its content's height at its width
    (`FittedScrollArea`).
    """
    area = FittedScrollArea() if fitted else SteadyScrollArea() if steady else QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content.setObjectName("ScrollBody")
    area.setWidget(content)
    area.setAccessibleName(name)
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
    return area


def paragraphs_area(texts: list[tuple[str, str]], name: str, after: tuple[QWidget, ...] = (),
                    focusable: bool = False) -> QScrollArea:
    """Wrapped paragraphs, each (text, theme role), then `after`, in a scroll area: what a
    step that cannot be undone means, said before the volunteer confirms it."""
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 16, 0)
    layout.setSpacing(12)
    for text, role in texts:
        label = set_role(QLabel(text), role)
        label.setWordWrap(True)
        layout.addWidget(label)
    for widget in after:
        layout.addWidget(widget)
    layout.addStretch(1)
    return scroll_area(content, name, focusable)


def titled_column(heading: str, widgets: list[QWidget], stretch: bool = True) -> QVBoxLayout:
    """A heading over its widgets, buttons kept to their own width on the left. Without
    `stretch` the widgets (a camera picture) take the column's height."""
    column = QVBoxLayout()
    column.setSpacing(16)
    title = set_role(QLabel(heading), "card-title")
    title.setWordWrap(True)
    column.addWidget(title)
    for widget in widgets:
        left = Qt.AlignmentFlag.AlignLeft if isinstance(widget, QPushButton) else Qt.AlignmentFlag(0)
        column.addWidget(widget, 0 if stretch else 1, left)
    if stretch:
        column.addStretch(1)
    return column


def error_label() -> QLabel:
    """An empty, hidden, wrapping label in the error style, shown when there is something to say."""
    label = set_role(QLabel(), "error")
    label.setWordWrap(True)
    label.hide()
    return label


def leave_screen(widget: QWidget) -> None:
    """Undo the long-lived connections of a screen (or a tool's pages) that is going."""
    frames = ([widget] if isinstance(widget, ScreenFrame) else []) + widget.findChildren(ScreenFrame)
    for frame in frames:
        frame.leave()


def show_in_stack(stack: QStackedWidget, new: QWidget, old: QWidget | None, keep: QWidget | None = None) -> None:
    """Show `new` in `stack` in place of `old`, which goes (unless it is `keep`, a screen kept
    hidden for later): screens and a tool's pages are built fresh each time they show, so
    each shows what the one before just changed. The main window, the city store's window
    and a tool of several pages (Flow) change screens this one way."""
    if stack.indexOf(new) < 0:
        stack.addWidget(new)
    stack.setCurrentWidget(new)
    if old is not None and old is not new and old is not keep:
        drop_from_stack(stack, old)


def drop_from_stack(stack: QStackedWidget, widget: QWidget) -> None:
    """A screen that goes: its timers and connections end now, the widget a moment later."""
    leave_screen(widget)
    stack.removeWidget(widget)
    widget.deleteLater()


REVEAL_MARGIN = 12  # pixels kept around what a page scrolls to


def reveal(scroll: QScrollArea, widget: QWidget) -> None:
    """Scroll so `widget` shows: all of it when it fits, else from its first line.

    The layout is settled first: wrapped lines only get their height once pending layout
    requests run."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    bar, view = scroll.verticalScrollBar(), scroll.viewport().height()
    top = widget.mapTo(scroll.widget(), QPoint(0, 0)).y() - REVEAL_MARGIN
    bottom = top + widget.height() + 2 * REVEAL_MARGIN
    if bar.value() <= top and bottom <= bar.value() + view:
        return
    bar.setValue(top if bottom - top > view else bottom - view)


def reveal_soon(widget: QWidget) -> None:
    """`reveal` in the scroll area holding `widget`, once the event loop has laid out its new
    text: a question or message that appears below the fold at large text is otherwise unseen."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        QTimer.singleShot(0, parent, lambda: reveal(parent, widget))
