"""Saying what changed to whoever listens through a screen reader.

A label that changes while the focus stays on a button is never read: Orca and NVDA read
what has the focus, and announcements. `announce` sends Qt's announcement event (Qt 6.8+),
polite for progress ("Bước 3/8 ...", "Đã lưu") and assertive for warnings and mistakes a
person must hear before going on. Tests install a listener to hear what was said.
"""

from typing import Callable

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

Listener = Callable[[object, str, bool], None]
_listeners: list[Listener] = []


def announce(source, text: str, assertive: bool = False) -> None:
    """Say `text` on behalf of the widget `source` (its window is where it is heard)."""
    text = " ".join(text.split())
    if not text:
        return
    for listener in list(_listeners):
        listener(source, text, assertive)
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def listen(listener: Listener) -> Callable[[], None]:
    """Hear every announcement (tests); returns the function that stops listening."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None
