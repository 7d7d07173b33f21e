"""The learner's lessons, grouped by area, each showing how far they got.

The biggest thing on the screen is the lesson to do now: "Tiếp tục" (continue) the one
they stopped in, or, for someone new, where to start. Lessons load in the background just
after the first screen appears; if the learner is quicker, a progress bar shows meanwhile.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.records import LessonCatalogue
from digital_literacy_app.core.records import Lesson
from digital_literacy_app.core.records import COMPLETED, PROGRESS, LessonProgress
from digital_literacy_app.ui.icons import put_icon
from digital_literacy_app.ui.labels import area_name
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.busy import BusyPanel
from digital_literacy_app.ui.widgets.card_button import CardButton
from digital_literacy_app.ui.widgets.frame import ScreenFrame, scroll_area


class CatalogueScreen(ScreenFrame):
    lesson_chosen = Signal(str)
    settings_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        self.cards: dict[str, CardButton] = {}
        self.continue_button: CardButton | None = None
        learner = seat.learner
        self.title.setText(self.tr("Lessons for {name}").format(name=learner.name))
        self.sign_out_button = self.add_top_left(QPushButton(self.tr("\u2039  Change learner")))
        self.sign_out_button.setAccessibleName(self.tr("Change learner: back to \u201cWho is learning?\u201d"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.settings_button = self.add_top_right(QPushButton(self.tr("Settings")))
        self.settings_button.setAccessibleName(self.tr("Settings: text size, contrast, language"))
        self.settings_button.clicked.connect(self.settings_requested)
        put_icon(self.settings_button, "settings")
        self.hide_bottom()
        self.busy = None
        self._content = None
        if seat.lessons_ready:
            self._build()
        else:
            self.busy = BusyPanel(self.tr("Getting the lessons ready\u2026"))
            self.body_layout.addWidget(self.busy, 1)
            self.listen(seat.lessons_loaded, self._build)
        self.listen(seat.changed, self._data_changed)

    def _data_changed(self, domains: frozenset) -> None:
        """Progress recorded elsewhere (a sync file, a volunteer) shows at once."""
        if PROGRESS in domains and self.busy is None and self.seat.learner is not None:
            self.replace_body(self._content, self._content_widget())

    def _build(self) -> None:
        if self.seat.learner is None:  # signed out meanwhile: nothing to show any more
            return
        if self.busy is not None:
            self.busy.deleteLater()
            self.busy = None
        self._content = self.replace_body(None, self._content_widget())
        if self.isVisible():
            self.focus_start()

    def _content_widget(self) -> QWidget:
        self.cards = {}
        self.continue_button = None
        catalogue = LessonCatalogue() if self.seat.lessons_error else self.seat.trainer.lessons
        progress = self.seat.trainer.progress.for_learner(self.seat.learner.id)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(12)
        suggestion, heading = self._suggestion(catalogue, progress)
        if suggestion is not None:
            self.continue_button = CardButton(
                heading + " " + suggestion.title.get(self.seat.lang),
                self._state_text(suggestion, progress.get(suggestion.id)), suggestion.icon,
                role="primary-card")
            self.continue_button.clicked.connect(lambda: self.lesson_chosen.emit(suggestion.id))
            layout.addWidget(self.continue_button)
        if not catalogue.lessons:
            message = (self.tr("The lessons could not be loaded ({error}). Please ask a volunteer.").format(
                error=self.seat.lessons_error) if self.seat.lessons_error else
                self.tr("There are no lessons on this computer yet. Please ask a volunteer."))
            empty = set_role(QLabel(message), "lead")
            empty.setWordWrap(True)
            layout.addWidget(empty)
        for area, lessons in catalogue.by_area().items():
            layout.addWidget(set_role(QLabel(area_name(area)), "section"))
            layout.addLayout(self._grid(lessons, progress))
        layout.addStretch(1)
        return scroll_area(content, self.tr("Lessons"))

    def initial_focus(self):
        return self.continue_button

    def _suggestion(self, catalogue, progress) -> tuple[Lesson | None, str]:
        """The lesson to continue, else the first one not done, basics first."""
        last = self.seat.trainer.progress.last_lesson(self.seat.learner.id)
        if last and catalogue.get(last) is not None:
            return catalogue.get(last), self.tr("Continue:")
        not_done = [lesson for lesson in catalogue.lessons
                    if progress.get(lesson.id) is None or progress[lesson.id].status != COMPLETED]
        not_done.sort(key=lambda lesson: lesson.area != "basics")
        if not_done:
            return not_done[0], self.tr("Start here:") if not progress else self.tr("Next lesson:")
        return None, ""

    def _grid(self, lessons: list[Lesson], progress: dict) -> QGridLayout:
        columns = 3 if self.seat.text_scale <= 100 else 2
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, lesson in enumerate(lessons):
            card = CardButton(lesson.title.get(self.seat.lang),
                              self._state_text(lesson, progress.get(lesson.id)), lesson.icon)
            card.clicked.connect(lambda _=False, lesson_id=lesson.id: self.lesson_chosen.emit(lesson_id))
            self.cards[lesson.id] = card
            grid.addWidget(card, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        return grid

    def _state_text(self, lesson: Lesson, state: LessonProgress | None) -> str:
        minutes = self.tr("{minutes} min").format(minutes=lesson.minutes)
        if state is None:
            status = self.tr("not started")
        elif state.status == COMPLETED:
            status = self.tr("done \u2713")
        else:
            status = self.tr("step {done}/{total}").format(
                done=min(state.steps_done, len(lesson.steps)), total=len(lesson.steps))
        return f"{minutes} \u00b7 {status}"
