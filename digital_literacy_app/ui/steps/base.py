"""What the lesson player needs from every step view, and how views record what happens.

A view tells the player when the learner may go on (`done_changed`) and what "Nghe"
should read. It records answers, taps and hints through a `StepRecorder`, so every
action is committed to the database the moment it happens.
"""

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from digital_literacy_app.core.records import Lesson
from digital_literacy_app.core.records import TapOutcome
from digital_literacy_app.ui.keyboard import focus_reason


@dataclass
class StepRecorder:
    progress: object  # core ProgressBook
    learner_id: str
    lesson: Lesson

    def answer(self, step_id: str, choice: int, attempt: int) -> bool:
        return self.progress.answer_quiz(self.learner_id, self.lesson, step_id, choice, attempt)

    def tap(self, step_id: str, screen_id: str, element_id: str, values: dict) -> TapOutcome:
        return self.progress.record_tap(self.learner_id, self.lesson, step_id, screen_id, element_id,
                                        values=values)

    def hint(self, step_id: str, shown: str = "hint") -> None:
        self.progress.use_hint(self.learner_id, self.lesson, step_id, shown=shown)

    def complete(self, step_id: str, refused: bool = False) -> None:
        self.progress.complete_step(self.learner_id, self.lesson, step_id, refused=refused)


class StepView(QWidget):
    done_changed = Signal(bool)

    def __init__(self, step, lang: str, parent=None):
        super().__init__(parent)
        self.step = step
        self.lang = lang
        self._done = False
        self.reading: QWidget | None = None  # the heading the focus lands on (StepHeading)

    def is_done(self) -> bool:
        return self._done

    def set_done(self, done: bool) -> None:
        if done != self._done:
            self._done = done
            self.done_changed.emit(done)

    def completes_on_next(self) -> bool:
        """Explain and quiz steps are recorded as completed when the learner presses Next."""
        return True

    def spoken_text(self) -> str:
        return self.step.title.get(self.lang)

    def title_and_text(self) -> str:
        """"Title. Text", without a second stop after a title that ends in "?" or "!"."""
        title, text = self.step.title.get(self.lang).strip(), self.step.text.get(self.lang)
        return f"{title}{'' if title[-1:] in '.?!:…' else '.'} {text}"

    def first_focus(self) -> QWidget | None:
        """Where the step's action is (the answers, the phone); None means the Next button,
        where the focus goes once the step is done."""
        return None

    def focus_start(self) -> bool:
        """On a new step the focus goes to its heading (its title or question, described by
        its text), so a screen reader says what the step is before any of its actions."""
        if self.reading is None:
            return False
        self.reading.setFocus(focus_reason())
        return True
