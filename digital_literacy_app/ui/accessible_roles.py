"""Accessibility roles that Qt's own widgets cannot say (issue 15, "pictures speak").

A screen reader learns what a widget *is* from its accessible role. Qt gives every plain
QWidget the role "client" and every QAbstractButton "button", so without help a lesson
picture is an unnamed panel and a link in a practice text message is heard as a button.
Widgets here declare what they are by registering their class:

- `GRAPHIC`: a picture that carries meaning, role Graphic, named with its alt text; or,
  when the widget's `decorative` attribute is true (a lesson's catalogue icon, which adds
  nothing to the title beside it), no role, no name, and the "invisible" state, which is
  how Qt's AT-SPI bridge tells Orca to pass over it (as `aria-hidden` does on the web);
- `LINK`: a tappable link, role Link, which a screen reader can press like a button;
- `DIALOG`: a system dialog on the practice phone, role Dialog (Alert when it holds a
  dangerous choice), named with its title and described by its text, so its message is
  heard as a dialog before its buttons.

The factory is installed once, the first time such
a widget is made; it answers only for registered classes, so every other widget keeps
Qt's own interface.
"""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QWidget

GRAPHIC, LINK, DIALOG = "graphic", "link", "dialog"

_KINDS: dict[str, tuple[type, str]] = {}  # class name -> (class, kind)
_installed = False


class _Picture(QAccessibleWidget):
    """A picture: a named graphic, or nothing at all when it is decorative."""

    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.Graphic)

    def _decorative(self) -> bool:
        return bool(getattr(self.widget(), "decorative", False))

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.NoRole if self._decorative() else QAccessible.Role.Graphic

    def text(self, kind: QAccessible.Text) -> str:
        if self._decorative():
            return ""
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        if self._decorative():
            state.invisible = True
            state.focusable = False
        return state


class _Link(QAccessibleWidget):
    """A link inside a message: role Link, pressed (tapped) like the button it is drawn on."""

    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.Link)

    def text(self, kind: QAccessible.Text) -> str:
        said = super().text(kind)
        if kind == QAccessible.Text.Name and not said:
            said = self.widget().text() if hasattr(self.widget(), "text") else ""
        return said

    def state(self) -> QAccessible.State:
        state = super().state()
        state.linked = True
        return state

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt's name
        return [self.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt's name
        if name == self.pressAction() and self.widget().isEnabled():
            self.widget().click()
        else:
            super().doAction(name)


class _Dialog(QAccessibleWidget):
    """A dialog on the practice phone: role Dialog, its name and description as set on it;
    role Alert when it holds a dangerous choice (its `warns` attribute), so a screen reader
    says "alert" before a message like "Cảnh báo" with "Vẫn chuyển tiền" under it."""

    def __init__(self, widget: QWidget):
        super().__init__(widget, QAccessible.Role.Dialog)

    def role(self) -> QAccessible.Role:
        warns = bool(getattr(self.widget(), "warns", False))
        return QAccessible.Role.AlertMessage if warns else QAccessible.Role.Dialog


_INTERFACES = {GRAPHIC: _Picture, LINK: _Link, DIALOG: _Dialog}


def _factory(key: str, obj) -> QAccessibleWidget | None:
    entry = _KINDS.get(key)
    if entry is None or not isinstance(obj, entry[0]):
        return None
    return _INTERFACES[entry[1]](obj)


def register(cls: type, kind: str) -> None:
    """Say that widgets of `cls` (and of its subclasses) are of `kind`."""
    _KINDS[cls.__name__] = (cls, kind)


def install() -> None:
    """Install the factory (once); widgets registered here call it when they are made."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
