"""A practice step: the instruction beside a simulated phone the learner taps and types on.

The phone only draws and reports taps; this view decides what they mean, through the
core (`ProgressBook.record_tap`), which judges and records every try. A wrong tap is
answered kindly: the element's own warning when it is a dangerous choice, otherwise the
hint, naming the box that still needs something. "Chỉ cho tôi" (show me) is always
there; after a quiet while without a right action it pulses gently, and pressed it rings
the element to use, points at it with an arrow beside the phone and says in a sentence what
to do there (recorded as help). In a scam drill the right answer is refusing.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from digital_literacy_app.core.records import Element, PracticeStep
from digital_literacy_app.core.records import right_element, unmet_fields
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.steps.base import StepRecorder, StepView
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.pulsing_button import PulsingButton
from digital_literacy_app.ui.widgets.step_heading import StepHeading
from digital_literacy_app.ui.phone.screen import screen_words
from digital_literacy_app.ui.phone.view import PhoneView

QUIET_MS = 20_000  # without a right action this long, "Chỉ cho tôi" pulses to offer itself


class PracticeView(StepView):
    def __init__(self, step: PracticeStep, lang: str, recorder: StepRecorder, text_scale: int = 100,
                 high_contrast: bool = False, already_done: bool = False, parent=None):
        super().__init__(step, lang, parent)
        self.recorder = recorder
        self.finished_here = False
        self._done = already_done
        self.phone = PhoneView(step, lang, text_scale=text_scale, high_contrast=high_contrast)
        self.phone.tapped.connect(self.on_tap)

        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 16, 0)
        panel_layout.setSpacing(16)
        self.heading = set_role(StepHeading(step.title.get(lang), step.text.get(lang)), "title")
        self.reading = self.heading
        self.instruction = set_role(QLabel(step.text.get(lang)), "lead")
        self.instruction.setWordWrap(True)
        self.status = QFrame()
        status_layout = QVBoxLayout(self.status)
        status_layout.setContentsMargins(18, 12, 18, 12)
        self.status_text = set_role(QLabel(), "lead")
        self.status_text.setWordWrap(True)
        status_layout.addWidget(self.status_text)
        self.status.hide()
        self.show_me_button = PulsingButton(self.tr("Show me"))
        self.show_me_button.setAccessibleName(self.tr("Show me where to tap"))
        self.show_me_button.clicked.connect(self.show_me)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self._offer_help)
        self.quiet.start()
        panel_layout.addWidget(self.heading)
        panel_layout.addWidget(self.instruction)
        # Above the messages, so a message that appears never moves it.
        panel_layout.addWidget(self.show_me_button, 0, Qt.AlignmentFlag.AlignLeft)
        panel_layout.addWidget(self.status)
        panel_layout.addStretch(1)
        self.panel_area = scroll_area(panel, self.tr("Practice instruction"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(32)
        layout.addWidget(self.panel_area, 1)
        layout.addWidget(self.phone, 0, Qt.AlignmentFlag.AlignHCenter)
        if already_done:
            self._say(self.tr("You have done this practice before. You can do it again, "
                              "or press \u201cNext\u201d."), "good")

    def completes_on_next(self) -> bool:
        return False  # recorded the moment the practice is finished

    def on_tap(self, screen_id: str, element_id: str) -> None:
        """Judge a tap through the core and answer it: move on, or help kindly."""
        if self.finished_here:
            return  # the practice is over; further taps would only muddle the learner's record
        outcome = self.recorder.tap(self.step.id, screen_id, element_id, self.phone.field_values())
        if outcome.right:
            self._moved_on(outcome)
            return
        self._help(screen_id, outcome)

    def _offer_help(self) -> None:
        """A quiet while without a right action: "Chỉ cho tôi" pulses, and is named aloud once."""
        if self.finished_here or self.show_me_button.pulsing():
            return
        self.show_me_button.set_pulsing(True)
        announce(self.show_me_button, self.tr("If you need help, press \u201cShow me\u201d."))

    def _moved_on(self, outcome) -> None:
        self.show_me_button.set_pulsing(False)
        self.quiet.start()  # a right action: the quiet while starts again
        self.phone.highlight(None)
        self.phone.clear_hint()
        if outcome.finished:
            self.finished_here = True
            self.quiet.stop()
            self.show_me_button.hide()
            self.recorder.complete(self.step.id, refused=self.step.refuse)
            if self.step.refuse:
                message = self.tr("Well done! You refused safely. Press \u201cNext\u201d to go on.")
            else:
                message = self.tr("Well done! You have finished this practice. Press \u201cNext\u201d to go on.")
            self._say(message, "good")
            self.set_done(True)
        else:
            self.status.hide()
            self.phone.show_screen(outcome.goto)
            first = self.phone.first_focus_target()
            if first is None or not first.hasFocus():  # a focused message is read as it is focused
                announce(self.phone, screen_words(self.step.screens[outcome.goto], self.lang))

    def _help(self, screen_id: str, outcome) -> None:
        element = outcome.element
        if element is not None and element.warning is not None and not outcome.unmet:
            warning = element.warning.get(self.lang)
            self.phone.show_hint(warning, warning=True)
            self._say(warning, "bad")
            return
        text = self._unmet_text(outcome.unmet[0]) if outcome.unmet else self._hint_text(screen_id)
        self.phone.show_hint(text)
        self._say(text, "hint")
        self.recorder.hint(self.step.id, "hint")

    def _hint_text(self, screen_id: str) -> str:
        hint = self.step.hint_for(screen_id)
        if hint is not None:
            return hint.get(self.lang)
        return self.tr("Not this one. Read the instruction again and try another place.")

    def _unmet_text(self, field: Element) -> str:
        label = field.label.get(self.lang) if field.label else ""
        if field.type == "checkbox":
            if field.expect:
                return self.tr("First tick the box \u201c{label}\u201d.").format(label=label)
            return self.tr("The box \u201c{label}\u201d should not be ticked. Tap it to clear it.").format(
                label=label)
        return self.tr("First type \u201c{text}\u201d in the box \u201c{label}\u201d.").format(
            text=field.expect, label=label)

    def show_me(self) -> None:
        """Point at the right place: the first box still to fill, else what to tap."""
        screen_id = self.phone.current_screen()
        self.recorder.hint(self.step.id, "show_me")
        screen = self.step.screens[screen_id]
        unmet = unmet_fields(screen, self.phone.field_values())
        target = unmet[0] if unmet else right_element(self.step, screen_id)
        if target is None:
            return
        self.show_me_button.set_pulsing(False)
        self.quiet.start()
        self.phone.clear_hint()
        self.phone.highlight(target.id)
        widget = self.phone.element_widget(target.id)
        if widget is not None:
            widget.setFocus()
        self._say(self._pointer_text(target), "hint")

    def _pointer_text(self, target: Element) -> str:
        """What to do where the arrow points, in a short sentence."""
        label = target.label.get(self.lang) if target.label else ""
        if target.type == "input":
            return self.tr("Type \u201c{text}\u201d in the box the arrow points at: \u201c{label}\u201d.").format(
                text=target.expect, label=label)
        if target.type == "checkbox":
            if target.expect:
                return self.tr("Tick the box the arrow points at: \u201c{label}\u201d.").format(label=label)
            return self.tr("Clear the box the arrow points at: \u201c{label}\u201d.").format(label=label)
        if label:
            return self.tr("Press \u201c{label}\u201d, where the arrow points.").format(label=label)
        return self.tr("Press where the arrow points.")

    def _say(self, text: str, role: str) -> None:
        self.status_text.setText(text)
        self.status.setAccessibleName(text)
        set_role(self.status, role)
        self.status.show()
        announce(self.status, text, assertive=role == "bad")  # a scam warning is heard at once
        QTimer.singleShot(0, lambda: self.panel_area.ensureWidgetVisible(self.status))

    def spoken_text(self) -> str:
        return self.title_and_text()

    def first_focus(self):
        return None if self._done else self.phone

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab from the heading goes into the phone at its message or its first safe
        element (`PhoneView.first_focus_target`), never the first element in creation order,
        which may be the dangerous one."""
        if forward and self.heading.hasFocus() and self.phone.first_focus_target() is not None:
            self.phone.focus_first()
            return True
        return super().focusNextPrevChild(forward)
