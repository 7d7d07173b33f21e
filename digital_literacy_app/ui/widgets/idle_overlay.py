"""The gentle question on a shared PC: "Bạn còn đó không?" with a countdown.

It covers the window without closing anything. Pressing the big button (or any key or
click, handled by the main window) keeps the learner where they were; when the countdown
ends the main window returns to "Ai đang học?".
"""

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale


class IdleOverlay(QWidget):
    stayed = Signal()
    timed_out = Signal()

    def __init__(self, parent: QWidget, countdown_s: int = 60):
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.countdown_s = countdown_s
        self.remaining = countdown_s
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count_down)

        self.card = card = set_role(QFrame(), "card")
        self.question = set_role(QLabel(), "headline")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = set_role(QLabel(), "lead")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Worded at once too, so that even hidden it is never a nameless button on the
        # accessibility tree; `ask` words it again in the language of whoever is signed in.
        self.stay_button = set_role(QPushButton(self.tr("I am still learning")), "primary")
        self.stay_button.clicked.connect(self.stay)
        box = QVBoxLayout(card)
        box.setContentsMargins(40, 32, 40, 32)
        box.setSpacing(20)
        box.addWidget(self.question)
        box.addWidget(self.detail)
        box.addWidget(self.stay_button)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
            self._size_card()
        return False

    def _size_card(self) -> None:
        """As wide as reads well at the current text size, and tall enough for every line."""
        width = min(self.width() - 80, TypeSizes(theme_scale()).px(860))
        self.card.setFixedWidth(max(width, 300))
        height = self.card.layout().totalHeightForWidth(self.card.width())
        self.card.setFixedHeight(min(height, max(self.height() - 40, 200)))

    def ask(self) -> None:
        # Worded now, in the language of whoever is signed in at this moment.
        self.question.setText(self.tr("Are you still there?"))
        self.stay_button.setText(self.tr("I am still learning"))
        self.remaining = self.countdown_s
        self._show_remaining()
        self.setGeometry(self.parent().rect())
        self._size_card()
        self.show()
        self.raise_()
        self.stay_button.setFocus()
        announce(self, f"{self.question.text()} {self.detail.text()}", assertive=True)
        self.tick.start()

    def stay(self) -> None:
        if self.isVisible():
            self.tick.stop()
            self.hide()
            self.stayed.emit()

    def _count_down(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.tick.stop()
            self.hide()
            self.timed_out.emit()
        else:
            self._show_remaining()

    def _show_remaining(self) -> None:
        self.detail.setText(self.tr(
            "In {seconds} seconds this screen goes back to \u201cWho is learning?\u201d. "
            "Your lessons are saved.").format(seconds=self.remaining))
