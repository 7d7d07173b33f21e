"""The end of a lesson: a warm well done, what was learned, the take-home handout to print
or save, and what to practise next.

The certificate sentence only asks the learner to turn to a volunteer, so it stays true
whether or not this PC can print certificates yet.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.records import Lesson
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.card_button import CardButton
from digital_literacy_app.ui.widgets.frame import ScreenFrame, scroll_area
from digital_literacy_app.ui.widgets.handout_buttons import HandoutButtons


class CompletionScreen(ScreenFrame):
    lesson_chosen = Signal(str)
    back_to_lessons = Signal()

    def __init__(self, seat, lesson: Lesson, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        lang = seat.lang
        self.title.setText(self.tr("Well done, {name}!").format(name=seat.learner.name))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(14)
        done = set_role(QLabel(self.tr("You have finished the lesson \u201c{title}\u201d.").format(
            title=lesson.title.get(lang))), "title")
        done.setWordWrap(True)
        layout.addWidget(done)

        columns = QHBoxLayout() if seat.text_scale <= 150 else QVBoxLayout()
        columns.setSpacing(32)
        learned = QVBoxLayout()
        if lesson.learned:
            learned.addWidget(set_role(QLabel(self.tr("What you learned")), "section"))
            for text in lesson.learned:
                item = set_role(QLabel("\u2713  " + text.get(lang)), "lead")
                item.setWordWrap(True)
                learned.addWidget(item)
        columns.addLayout(learned, 3)

        side = QVBoxLayout()
        side.setSpacing(12)
        self.next_cards: list[CardButton] = []
        following = [seat.trainer.lessons.get(i) for i in lesson.next]
        following = [other for other in following if other is not None]
        if following:
            side.addWidget(set_role(QLabel(self.tr("What to practise next")), "section"))
            for other in following[:3]:
                card = CardButton(other.title.get(lang), self.tr("{minutes} min").format(minutes=other.minutes),
                                  other.icon)
                card.clicked.connect(lambda _=False, lesson_id=other.id: self.lesson_chosen.emit(lesson_id))
                side.addWidget(card)
                self.next_cards.append(card)
        certificate = set_role(QFrame(), "hint")
        certificate_layout = QVBoxLayout(certificate)
        certificate_layout.setContentsMargins(18, 12, 18, 12)
        self.certificate_note = set_role(QLabel(self.tr(
            "Would you like a certificate? Please ask a volunteer to help you.")), "lead")
        self.certificate_note.setWordWrap(True)
        certificate_layout.addWidget(self.certificate_note)
        learned.addSpacing(8)
        learned.addWidget(certificate)
        learned.addStretch(1)
        side.addStretch(1)
        columns.addLayout(side, 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.body_layout.addWidget(scroll_area(content, self.tr("Lesson finished")), 1)

        self.lessons_button = set_role(QPushButton(self.tr("Back to my lessons  \u203a")), "primary")
        self.lessons_button.setAccessibleName(self.tr("Back to my lessons"))
        self.lessons_button.clicked.connect(self.back_to_lessons)
        # In the bottom bar, always in sight: the page above may need scrolling.
        self.handout = HandoutButtons(seat, lesson)
        self.bottom.addWidget(self.handout, 1)
        self.bottom.addWidget(self.lessons_button)

    def initial_focus(self):
        return self.lessons_button
