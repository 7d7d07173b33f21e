"""A framed message saying how something went, with the technical detail one press away.

Volunteers read the plain sentence; whoever helps them on the phone asks for the exact
words, which stay behind "Details" (English, as the core wrote them) instead of crowding
the message.
"""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.theme import set_role


class Notice(QFrame):
    """`show_message(kind, text, detail)`: kind is "good", "bad" or "hint"; the text is also
    announced to screen readers (assertive when "bad")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        set_role(self, "hint")
        self.message = set_role(QLabel(self), "lead")
        self.message.setWordWrap(True)
        self.details_button = set_role(QPushButton(self.tr("Details"), self), "toggle")
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Show the technical details"))
        self.details_button.toggled.connect(self._toggle_details)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.hide()
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.details_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(row)
        layout.addWidget(self.detail)
        self.hide()

    def show_message(self, kind: str, text: str, detail: str = "") -> None:
        set_role(self, kind)
        self.message.setText(text)
        self.setAccessibleName(text)
        self.detail.setText(detail)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(detail))
        self.detail.hide()
        self.show()
        announce(self, text, assertive=kind == "bad")  # heard wherever the focus is

    def clear(self) -> None:
        self.message.clear()
        self.detail.clear()
        self.hide()

    def _toggle_details(self, on: bool) -> None:
        self.detail.setVisible(on)
