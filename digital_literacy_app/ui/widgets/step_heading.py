"""The heading of a step, where the focus lands when the step appears.

A screen reader reads what has the focus; a step that put the focus on its first action
would have a blind learner hear "Câu trả lời A" or "Vẫn chuyển tiền" before the question or
the warning. So each step's heading takes the focus first, named with its title and
described by its text, and Tab goes on to the step's actions.

The ring shows only when the person is using the keyboard (or a screen reader drives the
app): a mouse user sees the heading as before, not a frame round it.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from digital_literacy_app.ui.theme import set_state

_KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                     Qt.FocusReason.ShortcutFocusReason)


class StepHeading(QLabel):
    """A step's title (or a quiz's question) that can hold the focus; see the module docstring."""

    def __init__(self, text: str, description: str = "", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)
        self.setProperty("reading", True)
        self.setProperty("ring", False)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        set_state(self, "ring", event.reason() in _KEYBOARD_REASONS)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if self.property("ring"):
            set_state(self, "ring", False)
