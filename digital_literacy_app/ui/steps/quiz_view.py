"""A quiz step: the question, three or four big answers, and at once what was right and why.

A wrong answer is never a dead end: the explanation appears, the chosen answer is marked,
and the learner simply picks again. Every answer is recorded with its attempt number.

The answers are shown in a new order each time the learner comes to the question (stable
while they stay on it), and never in the order of the time before, so "the right answer is
A" is never a thing to learn. Answers are recorded by their place in the lesson file, so
reports and certificates do not depend on the order shown; `choices[i]` is the button of
the lesson's answer i wherever it stands, and `order` lists them as shown.
"""

import random

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

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
                 side_by_side: bool = True, shown_before: dict | None = None, parent=None):
        super().__init__(step, lang, parent)
        self.recorder = recorder
        self.attempts = 0
        self._done = already_done
        self.order = shuffled_order(len(step.choices), (shown_before or {}).get(step.id))
        if shown_before is not None:
            shown_before[step.id] = self.order
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
        self.choices: list[CardButton] = [None] * len(step.choices)
        for place, index in enumerate(self.order):
            text = step.choices[index].text.get(lang)
            button = CardButton(f"{LETTERS[place]}.  {text}", role="choice")
            button.setAccessibleName(self.tr("Answer {letter}: {text}").format(letter=LETTERS[place], text=text))
            button.setAccessibleDescription(step.question.get(lang))
            button.clicked.connect(lambda _=False, i=index: self.choose(i))
            answers_layout.addWidget(button)
            self.choices[index] = button
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
        # The feedback's column is always there, its width the layout's share whether the
        # feedback shows or not: the answers beside it never narrow when it appears.
        holder = QWidget()
        holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        feedback_column = QVBoxLayout(holder)
        feedback_column.setContentsMargins(0, 0, 0, 0)
        feedback_column.addWidget(self.feedback)
        feedback_column.addStretch(1)
        columns.addWidget(holder, 2)
        self.area = scroll_area(content, self.tr("Question"), steady=True)
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
            self.feedback.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab from why goes to the first answer still to try, as shown; the focus chain
        itself is left alone, so arrows still move between the answers in their order."""
        if forward and self.feedback.hasFocus():
            still = [self.choices[i] for i in self.order if self.choices[i].isEnabled()]
            if still and not self._done:
                still[0].setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().focusNextPrevChild(forward)

    def spoken_text(self) -> str:
        answers = ". ".join(f"{LETTERS[place]}. {self.step.choices[i].text.get(self.lang)}"
                            for place, i in enumerate(self.order))
        return f"{self.step.question.get(self.lang)} {answers}"

    def first_focus(self):
        return None if self._done else self.choices[0]


def shuffled_order(count: int, before: tuple | None = None) -> tuple:
    """A random order of `count` answers, different from `before` (the order shown the time
    before) whenever there is more than one answer."""
    order = list(range(count))
    for _ in range(20):
        random.shuffle(order)
        if count < 2 or tuple(order) != before:
            break
    return tuple(order)
