"""Room kept for a message, so that showing it never moves the buttons below.

An older learner or volunteer aims at a button, a message appears above it ("Mã PIN chưa
đúng…"), the button slides down, and the next press lands on another digit. A slot holds
a message label and always keeps the height the longest of its messages needs at the
slot's current width, shown or not.
"""

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class MessageSlot(QWidget):
    def __init__(self, label: QLabel, longest: list[str], parent=None):
        super().__init__(parent)
        self.label = label
        self.longest = list(longest)
        self._heights: dict[int, int] = {}
        # No layout of its own: Qt's layouts ask a widget with a layout that layout's height
        # (nothing, while the message is hidden), not the widget's heightForWidth.
        label.setParent(self)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)

    def set_longest(self, texts: list[str]) -> None:
        """The messages this slot may show (worded in the current language)."""
        self.longest = list(texts)
        self._heights.clear()
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The height of the tallest message at `width` (the layout asks before it places
        anything, so the room is there from the first paint)."""
        if width not in self._heights:
            self._heights[width] = self._measure(width)
        return self._heights[width]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max(self.width(), self.label.sizeHint().width())
        return QSize(self.label.sizeHint().width(), self.heightForWidth(width))

    def say(self, text: str) -> None:
        """Show `text` in the slot (at its top, as tall as its lines)."""
        self.label.setText(text)
        self.label.show()
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.width()
        self.label.setGeometry(0, 0, width, min(self.height(), self.label.heightForWidth(width)))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()  # a new text size or theme: measure again
            self.updateGeometry()

    def _measure(self, width: int) -> int:
        """Measured on the label itself (its style, padding and font), which then gets its
        own text back."""
        own = self.label.text()
        self.label.ensurePolished()
        heights = []
        for text in self.longest:
            self.label.setText(text)
            heights.append(self.label.heightForWidth(width))
        self.label.setText(own)
        return max(heights, default=0)
