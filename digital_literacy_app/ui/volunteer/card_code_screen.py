""""Tôi có thẻ" (I have a card): a learner opens their lessons with the code on their card.

For people who cannot type their name: the code under the QR on the learner card is
enough. Typing is forgiving (any case, with or without the space or a dash); a code that
is not one, or that belongs to nobody on this PC, is explained in plain words.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from digital_literacy_app.core.cards import parse_learner_code
from digital_literacy_app.core.errors import NotFoundError
from digital_literacy_app.ui.theme import set_role, set_state
from digital_literacy_app.ui.widgets.frame import ScreenFrame


class CardCodeScreen(ScreenFrame):
    found = Signal(object)  # LearnerRecord
    cancelled = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent=parent)
        self.session = session
        self.title.setText(self.tr("Open with a learner card"))
        self.back_button = self.add_top_left(QPushButton(self.tr("\u2039  Back")))
        self.back_button.setAccessibleName(self.tr("Back to the screen before"))
        self.back_button.clicked.connect(self.cancelled)
        intro = set_role(QLabel(self.tr("Type the code printed on your learner card, under your name. "
                                        "It has 10 letters and digits.")), "lead")
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCDE FGHJK")
        self.code.setAccessibleName(self.tr("Code on the learner card"))
        self.code.setMaxLength(24)
        self.code.setMaximumWidth(520)
        self.code.returnPressed.connect(self.open_learner)
        caption = set_role(QLabel(self.tr("Code on the card")), "lead")
        caption.setBuddy(self.code)
        self.error = set_role(QLabel(), "error")
        self.error.setWordWrap(True)
        self.error.hide()
        for widget in (intro, caption, self.code, self.error):
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        self.open_button = set_role(QPushButton(self.tr("Open my lessons  \u203a")), "primary")
        self.open_button.clicked.connect(self.open_learner)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.open_button)

    def initial_focus(self):
        return self.code

    def open_learner(self) -> None:
        learner_id = parse_learner_code(self.code.text())
        if learner_id is None:
            self._problem(self.tr("That is not a card code. Check the 10 letters and digits and type them again."))
            return
        try:
            learner = self.session.trainer.learners.get(learner_id)
        except NotFoundError:
            self._problem(self.tr("Nobody on this computer has that code. Check it, or ask a volunteer."))
            return
        self.found.emit(learner)

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        set_state(self.code, "invalid", "true")
        self.code.setAccessibleDescription(text)
        self.code.setFocus()
