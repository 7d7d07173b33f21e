"""Keyboard use everywhere: Enter presses the focused button, arrows move between buttons.

Qt buttons react to Space only, and arrows do nothing between push buttons; people who
never used a mouse press Enter and the arrow keys. One filter on the application gives
every screen the same behaviour instead of each screen re-implementing it.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QCheckBox, QPushButton, QRadioButton, QScrollArea,
)

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_BACKWARD = (Qt.Key.Key_Left, Qt.Key.Key_Up)


_LAST_INPUT = "dla_last_input"


def last_input_was_keyboard() -> bool:
    """Whether the person's latest press was a key rather than a click: screens put a
    visible focus ring on their first control only for keyboard users, so a mouse user
    never sees a button (in a scam drill, perhaps the dangerous one) looking chosen."""
    app = QApplication.instance()
    return app is not None and app.property(_LAST_INPUT) == "keyboard"


def keyboard_in_use() -> bool:
    """Whether the focus should be shown: the latest press was a key, or an assistive
    technology (a screen reader) is listening."""
    return last_input_was_keyboard() or QAccessible.isActive()


def focus_reason() -> Qt.FocusReason:
    """The reason to give when code moves the focus: Tab (the ring shows) for keyboard and
    screen-reader users, mouse (no ring) for everyone else."""
    return Qt.FocusReason.TabFocusReason if keyboard_in_use() else Qt.FocusReason.MouseFocusReason


class KeyboardHelper(QObject):
    def eventFilter(self, watched, event) -> bool:
        # isinstance first: asking every event its type() is slow in PySide for Qt's private types.
        if isinstance(event, QMouseEvent):
            if event.type() == QEvent.Type.MouseButtonPress:
                QApplication.instance().setProperty(_LAST_INPUT, "mouse")
            return False
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        QApplication.instance().setProperty(_LAST_INPUT, "keyboard")
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        focus = QApplication.focusWidget()
        if watched is not focus or not isinstance(focus, QAbstractButton):
            return False
        key = event.key()
        if key in _ENTER:
            if focus.isEnabled() and not event.isAutoRepeat():
                focus.click()  # a held-down Enter presses once, not again and again
            return True
        if isinstance(focus, QRadioButton):
            return False  # Qt already moves between radio buttons of a group
        if key in _FORWARD or key in _BACKWARD:
            if isinstance(focus, (QPushButton, QCheckBox)) or focus.focusPolicy() & Qt.FocusPolicy.TabFocus:
                # Behave exactly like Tab / Shift+Tab, including scrolling the new focus into view.
                tab = Qt.Key.Key_Tab if key in _FORWARD else Qt.Key.Key_Backtab
                QApplication.sendEvent(focus, QKeyEvent(QEvent.Type.KeyPress, tab, Qt.KeyboardModifier.NoModifier))
                return True
        return False


def _show_focus(old, new) -> None:
    """Whatever gets the focus, by key or by code, is scrolled into view."""
    if new is None:
        return
    parent = new.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(new):
            parent.ensureWidgetVisible(new)
            return
        parent = parent.parentWidget()


def install(app: QApplication) -> KeyboardHelper:
    helper = KeyboardHelper(app)
    app.installEventFilter(helper)
    app.focusChanged.connect(_show_focus)
    return helper
