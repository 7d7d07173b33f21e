"""A quiz step: the question, three or four big answers, and at once what was right and why.

A wrong answer is never a dead end: the explanation appears, the chosen answer is marked,
and the learner simply picks again. Every answer is recorded with its attempt number.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from digital_literacy_app.core.records import QuizStep
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.steps.base import StepRecorder, StepView
from digital_literacy_app.ui.theme import set_role, set_state
from digital_literacy_app.ui.widgets.card_button import CardButton
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.step_heading import StepHeading

LETTERS = "ABCD"


class QuizView(StepView):
    def __init__(self, step: QuizStep, lang: str, recorder: StepRecorder, already_done: bool = False,
                 side_by_side: bool = True, parent=None):
        super().__init__(step, lang, parent)
        self.recorder = recorder
        self.attempts = 0
        self._done = already_done
        content = QWidget()
        columns = QHBoxLayout(content) if side_by_side else QVBoxLayout(content)
        columns.setContentsMargins(0, 0, 16, 0)
        columns.setSpacing(28)
        layout = QVBoxLayout()
        layout.setSpacing(14)
        columns.addLayout(layout, 3)
        self.heading = set_role(QLabel(step.title.get(lang)), "muted")
        self.question = set_role(StepHeading(step.question.get(lang), step.title.get(lang)), "title")
        self.reading = self.question
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        # The answers form one group named with the question, so a screen reader says the
        # question when the focus enters the answers.
        self.answers = QWidget()
        self.answers.setAccessibleName(step.question.get(lang))
        self.answers.setAccessibleDescription(step.title.get(lang))
        answers_layout = QVBoxLayout(self.answers)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        answers_layout.setSpacing(14)
        self.choices: list[CardButton] = []
        for index, choice in enumerate(step.choices):
            button = CardButton(f"{LETTERS[index]}.  {choice.text.get(lang)}", role="choice")
            button.setAccessibleName(self.tr("Answer {letter}: {text}").format(
                letter=LETTERS[index], text=choice.text.get(lang)))
            button.setAccessibleDescription(step.question.get(lang))
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            answers_layout.addWidget(button)
            self.choices.append(button)
        layout.addWidget(self.answers)

        self.feedback = QFrame()
        # Focusable, so that after a wrong answer the focus (and a screen reader) is on why.
        self.feedback.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        feedback_layout = QVBoxLayout(self.feedback)
        feedback_layout.setContentsMargins(20, 14, 20, 14)
        self.verdict = set_role(QLabel(), "title")
        self.verdict.setWordWrap(True)
        self.explanation = set_role(QLabel(step.explanation.get(lang)), "lead")
        self.explanation.setWordWrap(True)
        feedback_layout.addWidget(self.verdict)
        feedback_layout.addWidget(self.explanation)
        self.feedback.hide()
        layout.addStretch(1)
        feedback_column = QVBoxLayout()
        feedback_column.addWidget(self.feedback)
        feedback_column.addStretch(1)
        columns.addLayout(feedback_column, 2)
        self.area = scroll_area(content, self.tr("Question"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)

    def choose(self, index: int) -> None:
        """Record the answer, then show right or not yet, with the explanation."""
        if self._done and self.attempts:
            return
        self.attempts += 1
        right = self.recorder.answer(self.step.id, index, self.attempts)
        button = self.choices[index]
        set_state(button, "state", "right" if right else "wrong")
        mark = "\u2713" if right else "\u2717"
        button.title_label.setText(f"{mark}  {self.step.choices[index].text.get(self.lang)}")
        self.explanation.setText(self.step.feedback(index).get(self.lang))  # a wrong answer's own "why" first
        self.feedback.show()
        if right:
            set_role(self.feedback, "good")
            self.verdict.setText(self.tr("\u2713  That is right!"))
            for other in self.choices:
                other.setEnabled(other is button)
        else:
            set_role(self.feedback, "bad")
            self.verdict.setText(self.tr("\u2717  Not quite. Read why, then choose another answer."))
            button.setEnabled(False)
        said = f"{self.verdict.text().lstrip(chr(0x2713) + chr(0x2717)).strip()} {self.explanation.text()}"
        self.feedback.setAccessibleName(said)
        announce(self.feedback, said)
        QTimer.singleShot(0, lambda: self.area.ensureWidgetVisible(self.feedback))
        if right:
            self.set_done(True)
        else:
            # The focus goes to why; Tab from there reaches an answer still to try.
            next_choice = next((c for c in self.choices if c.isEnabled()), None)
            if next_choice is not None:
                QWidget.setTabOrder(self.feedback, next_choice)
            self.feedback.setFocus(Qt.FocusReason.OtherFocusReason)

    def spoken_text(self) -> str:
        answers = ". ".join(f"{LETTERS[i]}. {c.text.get(self.lang)}" for i, c in enumerate(self.step.choices))
        return f"{self.step.question.get(self.lang)} {answers}"

    def first_focus(self):
        return None if self._done else self.choices[0]
