"""The lesson player: one step per screen, "Bước 3/8", big Back and Next.

Opening a lesson records its start and resumes where the learner stopped. Leaving a step
forward records it as completed (a practice is recorded the moment it is finished), so a
power cut or the idle return loses at most the step on screen. Next is the strongest
button; it waits, with a sentence saying why, until a quiz is answered right or a practice
is finished. "Nghe" reads the step aloud, and is absent where no voice can.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.records import ExplainStep, Lesson, PracticeStep, QuizStep
from digital_literacy_app.ui.icons import put_icon
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.steps.base import StepRecorder, StepView
from digital_literacy_app.ui.steps.explain_view import ExplainView
from digital_literacy_app.ui.steps.practice_view import PracticeView
from digital_literacy_app.ui.steps.quiz_view import QuizView
from digital_literacy_app.ui.theme import TypeSizes, set_role
from digital_literacy_app.ui.widgets.frame import ScreenFrame


# The order each quiz's answers were last shown in, per learner and lesson, for as long as
# the app runs: the next time the question comes, its answers come in another order.
_SHOWN_ORDERS: dict[tuple[str, str], dict[str, tuple]] = {}


class PlayerScreen(ScreenFrame):
    finished = Signal(str)  # the lesson id, once its last step is done
    closed = Signal()

    def __init__(self, seat, lesson: Lesson, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        self.lesson = lesson
        self.lang = seat.lang
        learner_id = seat.learner.id
        progress = seat.trainer.progress
        self.recorder = StepRecorder(progress, learner_id, lesson)
        self.index = progress.start_lesson(learner_id, lesson)
        self.done_steps = progress.steps_done(learner_id, lesson.id)
        self.view: StepView | None = None

        self.title.setText(lesson.title.get(self.lang))
        self.close_button = self.add_top_left(QPushButton(self.tr("\u2039  Lessons")))
        self.close_button.setAccessibleName(self.tr("Leave the lesson and go back to the list of lessons"))
        self.close_button.clicked.connect(self._close)
        self.listen_button = self.add_top_right(QPushButton(self.tr("Listen")))
        self.listen_button.setAccessibleName(self.tr("Listen: read this step aloud"))
        put_icon(self.listen_button, "speaker")
        self.listen_button.clicked.connect(self.read_aloud)
        self.listen_button.setVisible(seat.read_aloud.available(self.lang))

        self.counter = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, len(lesson.steps))
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress through the lesson"))
        counter_box = QWidget()
        counter_layout = QVBoxLayout(counter_box)
        counter_layout.setContentsMargins(0, 0, 0, 0)
        counter_layout.setSpacing(4)
        counter_layout.addWidget(self.counter)
        counter_layout.addWidget(self.bar)
        self.top.insertWidget(2, counter_box)
        if seat.text_scale > 125:
            self.title.hide()  # at large sizes the step's own title says enough; the bar stays one line
            self.top.setStretchFactor(counter_box, 1)
        else:
            counter_box.setFixedWidth(TypeSizes(seat.text_scale).chrome.px(240))
        self.body_layout.setContentsMargins(24, 12, 24, 12)
        self.step_host = QWidget()
        self.step_layout = QVBoxLayout(self.step_host)
        self.step_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.step_host, 1)

        self.back_button = QPushButton(self.tr("\u2039  Back"))
        self.back_button.clicked.connect(self.go_back)
        self.waiting = set_role(QLabel(), "muted")
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_button = set_role(QPushButton(), "primary")
        self.next_button.clicked.connect(self.go_next)
        self.bottom.addWidget(self.back_button)
        self.bottom.addWidget(self.waiting, 1)
        self.bottom.addWidget(self.next_button)
        self.show_step(self.index)

    @property
    def step(self):
        return self.lesson.steps[self.index]

    def show_step(self, index: int) -> None:
        """Replace the step on screen; quick, so going on feels instant."""
        self.seat.read_aloud.stop()
        self.index = index
        if self.view is not None:
            self.view.setParent(None)
            self.view.deleteLater()
        self.view = self._make_view(self.step)
        self.view.done_changed.connect(self._update_next)
        self.step_layout.addWidget(self.view)
        self.view.show()  # at once, not on the next turn of the event loop
        total = len(self.lesson.steps)
        self.counter.setText(self.tr("Step {current}/{total}").format(current=index + 1, total=total))
        self.bar.setValue(index + 1)
        self.bar.setAccessibleDescription(self.counter.text())
        last = index == total - 1
        self.next_button.setText(self.tr("Finish  \u2713") if last else self.tr("Next  \u203a"))
        self.next_button.setAccessibleName(self.tr("Finish the lesson") if last else self.tr("Next step"))
        self.back_button.setText(self.tr("\u2039  Back"))
        self.back_button.setAccessibleName(self.tr("Previous step") if index else
                                           self.tr("Back to the list of lessons"))
        self._show_next_state(self.view.is_done())
        if self.isVisible():
            self.focus_start()
        # "Bước 3/8: <title>. <text>": heard even though the focus may stay on Next.
        announce(self, f"{self.counter.text()}: {self.view.spoken_text()}")

    def focus_start(self) -> None:
        """On the step's heading (see StepView.focus_start); Tab goes on to its action."""
        if not self.view.focus_start():
            self.next_button.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Enter on the step's heading means "Tiếp", as it does on the Next button."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        on_heading = self.view is not None and self.view.reading is not None and self.view.reading.hasFocus()
        if enter and on_heading and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if not event.isAutoRepeat() and self.next_button.isEnabled():
                self.go_next()
            event.accept()
            return
        super().keyPressEvent(event)

    def _make_view(self, step) -> StepView:
        already = step.id in self.done_steps
        if isinstance(step, ExplainStep):
            return ExplainView(step, self.lang, stacked=self.seat.text_scale > 150)
        if isinstance(step, QuizStep):
            shown = _SHOWN_ORDERS.setdefault((self.seat.learner.id, self.lesson.id), {})
            return QuizView(step, self.lang, self.recorder, already_done=already,
                            side_by_side=self.seat.text_scale <= 125, shown_before=shown)
        if isinstance(step, PracticeStep):
            return PracticeView(step, self.lang, self.recorder, self.seat.text_scale,
                                self.seat.high_contrast, already_done=already)
        raise TypeError(f"unknown step kind {step.kind!r}")

    def _update_next(self, done: bool) -> None:
        """The step became done (or not): the focus waits on Next once there is nothing to do."""
        self._show_next_state(done)
        if done and self.view is not None and self.view.isVisible() and self.view.first_focus() is None:
            self.next_button.setFocus()

    def _show_next_state(self, done: bool) -> None:
        if not done and self.next_button.hasFocus():
            # Disabling the focused Next would let Qt pass the focus on as if by Tab, ringing
            # the phone's first button for a mouse user; park it here, focus_start decides.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.next_button.setEnabled(done)
        if done:
            self.done_steps.add(self.step.id)
            self.waiting.setText("")
        elif isinstance(self.step, QuizStep):
            self.waiting.setText(self.tr("Choose an answer to go on."))
        else:
            self.waiting.setText(self.tr("Do the practice on the phone to go on."))

    def go_next(self) -> None:
        if not self.view.is_done():
            return
        if self.view.completes_on_next():
            self.recorder.complete(self.step.id)
        if self.index == len(self.lesson.steps) - 1:
            self.seat.read_aloud.stop()
            self.seat.trainer.progress.complete_lesson(self.seat.learner.id, self.lesson)
            self.finished.emit(self.lesson.id)
        else:
            self.show_step(self.index + 1)

    def go_back(self) -> None:
        if self.index == 0:
            self._close()
        else:
            self.show_step(self.index - 1)

    def _close(self) -> None:
        self.seat.read_aloud.stop()
        self.closed.emit()

    def read_aloud(self) -> None:
        self.seat.read_aloud.say(self.view.spoken_text(), self.lang, self.seat.values["read_speed"])
