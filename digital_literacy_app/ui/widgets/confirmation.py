"""A question asked in place, before something that changes much (no modal dialog).

The question and its two answers sit under the button that asked; hidden until asked.
At large text sizes the answers go one under another, so both read whole.
"""

from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.ui.theme import theme_scale


def confirmation(question: QLabel, yes: QPushButton, cancel: QPushButton) -> QWidget:
    """A question with "yes" and "cancel" under it, hidden until asked."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    question.setWordWrap(True)
    layout.addWidget(question)
    buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight if theme_scale() <= 150
                         else QBoxLayout.Direction.TopToBottom)
    buttons.addWidget(yes)
    buttons.addWidget(cancel)
    buttons.addStretch(1)
    layout.addLayout(buttons)
    box.hide()
    return box
