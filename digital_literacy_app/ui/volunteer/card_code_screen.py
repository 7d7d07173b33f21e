""""Tôi có thẻ" (I have a card): a learner opens their lessons with their learner card.

For people who cannot type their name: holding the card up to the webcam is enough, and
so is the code printed under its QR, side by side on one screen so that a PC without a
camera (or a card too worn to read) still has a way in. Typing is forgiving (any case,
with or without the space or a dash). Both ways end in the same place: a code that is
not one, a QR that is not a learner card, or a card of nobody on this PC is explained in
plain words, and a learner found is opened through `found`.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from digital_literacy_app.core.records import learner_id_in_qr, parse_learner_code
from digital_literacy_app.core.errors import NotFoundError
from digital_literacy_app.ui.theme import set_role, set_state
from digital_literacy_app.ui.widgets.camera_scanner import CameraScanner
from digital_literacy_app.ui.widgets.frame import ScreenFrame, error_label, scroll_area, titled_column


class CardCodeScreen(ScreenFrame):
    found = Signal(object)  # LearnerRecord
    cancelled = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        self.title.setText(self.tr("Open with a learner card"))
        self.back_button = self.add_top_left(QPushButton(self.tr("\u2039  Back")))
        self.back_button.setAccessibleName(self.tr("Back to the screen before"))
        self.back_button.clicked.connect(self.cancelled)
        intro = QLabel(self.tr("Type the code printed on your learner card, under your name. "
                               "It has 10 letters and digits."))
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCDE FGHJK")
        self.code.setAccessibleName(self.tr("Code on the learner card"))
        self.code.setMaxLength(24)
        self.code.setMaximumWidth(520)
        self.code.returnPressed.connect(self.open_learner)
        caption = QLabel(self.tr("Code on the card"))
        caption.setBuddy(self.code)
        self.error = error_label()
        self.scanner = CameraScanner(
            self.tr("Hold the card up to the camera, with its QR code inside the square."),
            self.tr("Type the code printed on the card instead."))
        self.scanner.decoded.connect(self.open_scanned)
        camera_side = titled_column(self.tr("Show your card"), [self.scanner], stretch=False)
        typing_side = titled_column(self.tr("Or type the code"), [intro, caption, self.code, self.error])
        row = QWidget()
        columns = QHBoxLayout(row)
        columns.setContentsMargins(0, 0, 16, 0)
        columns.setSpacing(40)
        columns.addLayout(camera_side, 1)
        columns.addLayout(typing_side, 1)
        self.body_layout.addWidget(scroll_area(row, self.tr("Open with a learner card")), 1)
        self.open_button = set_role(QPushButton(self.tr("Open my lessons  \u203a")), "primary")
        self.open_button.clicked.connect(self.open_learner)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.open_button)

    def initial_focus(self):
        return self.code

    def open_learner(self) -> None:
        """The typed way in."""
        learner_id = parse_learner_code(self.code.text())
        if learner_id is None:
            self._problem(self.tr("That is not a card code. Check the 10 letters and digits and type them again."))
            return
        problem = self._open(learner_id)
        if problem:
            self._problem(problem)

    def open_scanned(self, text: str) -> None:
        """A QR seen by the camera: a learner card opens its learner, anything else is said."""
        learner_id = learner_id_in_qr(text)
        if learner_id is None:
            self.scanner.show_problem(self.tr("This QR code is not a learner card. "
                                              "Show the card with your name on it."))
            return
        problem = self._open(learner_id)
        if problem:
            self.scanner.show_problem(problem)

    def _open(self, learner_id: str) -> str | None:
        """Open the learner with this id, or say why not (the same words for both ways in)."""
        try:
            learner = self.seat.trainer.learners.get(learner_id)
        except NotFoundError:
            return self.tr("Nobody on this computer has that code. Check it, or ask a volunteer.")
        self.found.emit(learner)
        return None

    def _problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        set_state(self.code, "invalid", "true")
        self.code.setAccessibleDescription(text)
        self.code.setFocus()
