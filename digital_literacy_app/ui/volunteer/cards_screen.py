"""Learner cards: tick the people, save an A4 sheet of cards (eight a page) as a PDF.

A logged session can be picked to tick exactly its people (a class's cards at once).
A card carries the name, a QR code and the 10-character code a learner types on
"Tôi có thẻ" to open their lessons without typing their name.
"""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.widgets.fold import Fold, room_for_rows
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.learner_checklist import LearnerChecklist
from digital_literacy_app.ui.widgets.session_choice import session_choice


class CardsPage(ToolPage):
    def __init__(self, seat, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Learner cards"))
        intro = set_role(QLabel(self.tr("Tick the people who need a card. Eight cards fit one A4 page; "
                                        "cut along the dotted lines.")), "lead")
        intro.setWordWrap(True)
        self.body_layout.addWidget(intro)
        # A class at once: picking a logged session ticks exactly the people who came.
        self.session = session_choice(self.trainer, self.tr("Tick the people of a session"),
                                      self.tr("Choose a session\u2026"))
        self.session.currentIndexChanged.connect(self._pick_session)
        session_label = QLabel(self.tr("Session:"))
        session_label.setBuddy(self.session)
        session_box = QWidget()  # one piece, so it folds away with the explanation at 200 %
        session_row = QHBoxLayout(session_box)
        session_row.setContentsMargins(0, 0, 0, 0)
        session_row.addWidget(session_label)
        session_row.addWidget(self.session, 1)
        self.body_layout.addWidget(session_box)
        session_box.setVisible(self.session.count() > 1)  # no session logged yet: nothing to pick
        self.checklist = LearnerChecklist(self.trainer.learners, self.tr("Learners to print cards for"),
                                          tick_all=True)
        self.checklist.changed.connect(self._count)
        self.body_layout.addWidget(self.checklist, 1)
        # At 200 % the boxes take the bars' size and the explanation folds: eight people show.
        ticks = room_for_rows(self.checklist.findChild(QScrollArea), self.body_layout)
        self.fold = Fold.gather(self.body_layout, [intro, session_box], ticks, words=(
            self.tr("More"), self.tr("Show the explanation and the choice of a session"),
            self.tr("Hide the explanation and the choice of a session"),
            self.tr("The explanation and the choice of a session are shown."),
            self.tr("The explanation and the choice of a session are hidden.")))
        self.add_top_right(self.fold.button)
        self.result = set_role(QLabel(), "lead")
        self.result.setWordWrap(True)
        self.result.hide()
        self.body_layout.addWidget(self.result)
        self.saved_path = None
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.open_button.setAccessibleName(self.tr("Open the saved sheet of cards to print it"))
        self.open_button.clicked.connect(self.open_pdf)
        self.open_button.hide()
        self.print_button = set_role(QPushButton(), "primary")
        self.print_button.clicked.connect(self.save_sheet)
        self.bottom.addWidget(self.open_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.print_button)
        self._count()

    def _pick_session(self) -> None:
        key = self.session.currentData()
        if key is None:
            return
        people = self.trainer.sessions.attendees(key)
        self.checklist.tick_exactly(people)
        announce(self.session, self.tr("Ticked the {count} people at this session.").format(count=len(people)))

    def initial_focus(self):
        return self.checklist.search

    def _count(self) -> None:
        count = len(self.checklist.chosen())
        self.print_button.setText(self.tr("Save cards for {count} people").format(count=count))
        self.print_button.setEnabled(count > 0)

    def save_sheet(self) -> None:
        chosen = self.checklist.chosen()
        path = files.ask_save_pdf(self, self.tr("Save the learner cards"), self.tr("learner-cards.pdf"))
        if path is None:
            return
        try:
            self.trainer.learners.write_cards(path, [learner.id for learner in chosen])
        except (DlaError, OSError) as exc:
            set_role(self.result, "error")
            self.result.setText(self.tr("The cards could not be saved: {reason}").format(reason=reason(exc)))
            self.result.show()
            announce(self.result, self.result.text(), assertive=True)
            return
        self.saved_path = path
        set_role(self.result, "lead")
        self.result.setText(self.tr("Saved {count} cards in {path}. Open it and print it on A4 paper.").format(
            count=len(chosen), path=str(path)))
        self.result.show()
        announce(self.result, self.result.text())
        self.open_button.show()

    def open_pdf(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))
