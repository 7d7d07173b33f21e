"""The learner's lessons, grouped by area, each showing how far they got.

The biggest thing on the screen is the lesson to do now: "Tiếp tục" (continue) the one
they stopped in, or, for someone new, where to start. Under it the learner's own progress
(ui/catalogue_progress.py). Lessons load in the background just after the first screen
appears; if the learner is quicker, a progress bar shows meanwhile.

Building the cards is most of the cost of this screen (35 lessons: about 100 ms), so the
cards are built once for a look (language, text size, contrast) and `show_learner()` only
writes the signed-in learner's words into them: the main window keeps the screen while
the look stays the same (main_window.py), and a change of progress updates the words
instead of building the screen again.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from digital_literacy_app.core.records import LessonCatalogue
from digital_literacy_app.core.records import Lesson
from digital_literacy_app.core.records import COMPLETED, PROGRESS, LessonProgress
from digital_literacy_app.ui.catalogue_progress import ProgressSummary
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
        self.look = look_of(seat)
        self.cards: dict[str, CardButton] = {}
        self.continue_button: CardButton | None = None
        self.suggested = ""  # the lesson id the continue card opens
        self.summary: ProgressSummary | None = None
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
        self._update_due = False
        if seat.lessons_ready:
            self._build()
        else:
            self.busy = BusyPanel(self.tr("Getting the lessons ready\u2026"))
            self.body_layout.addWidget(self.busy, 1)
            self.listen(seat.lessons_loaded, self._build)
            if seat.learner is not None:
                self.show_learner()  # the title, until the lessons come
        self.listen(seat.changed, self._data_changed)

    @property
    def catalogue(self) -> LessonCatalogue:
        return LessonCatalogue() if self.seat.lessons_error else self.seat.trainer.lessons

    def _data_changed(self, domains: frozenset) -> None:
        """Progress recorded elsewhere (a sync file, a volunteer) shows at once, as new words
        on the cards. Opening a lesson records progress too, while this screen is on its way
        out: the update waits for the event loop and is skipped if the screen no longer shows
        (the window calls show_learner() when it comes back)."""
        if PROGRESS in domains and self.busy is None and not self._update_due:
            self._update_due = True
            QTimer.singleShot(0, self, self._update_if_shown)

    def _update_if_shown(self) -> None:
        self._update_due = False
        if self.isVisible() and self.seat.learner is not None:
            self.show_learner()

    def _build(self) -> None:
        if self.busy is not None:
            self.busy.deleteLater()
            self.busy = None
        self._content = self.replace_body(None, self._content_widget())
        if self.seat.learner is not None:
            self.show_learner()
            if self.isVisible():
                self.focus_start()

    def _content_widget(self) -> QWidget:
        """The cards of every lesson, without anyone's progress yet (see show_learner)."""
        self.cards = {}
        catalogue = self.catalogue
        content = QWidget()
        self.content_layout = layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(12)
        if not catalogue.lessons:
            message = (self.tr("The lessons could not be loaded ({error}). Please ask a volunteer.").format(
                error=self.seat.lessons_error) if self.seat.lessons_error else
                self.tr("There are no lessons on this computer yet. Please ask a volunteer."))
            empty = set_role(QLabel(message), "lead")
            empty.setWordWrap(True)
            layout.addWidget(empty)
        else:
            self.summary = ProgressSummary()
            layout.addWidget(self.summary)
        for area, lessons in catalogue.by_area().items():
            layout.addWidget(set_role(QLabel(area_name(area)), "section"))
            layout.addLayout(self._grid(lessons))
        layout.addStretch(1)
        return scroll_area(content, self.tr("Lessons"))

    def show_learner(self) -> None:
        """Write the signed-in learner's name, progress and next lesson into the screen."""
        learner = self.seat.learner
        self.title.setText(self.tr("Lessons for {name}").format(name=learner.name))
        if self._content is None:
            return
        trainer = self.seat.trainer
        catalogue = self.catalogue
        progress = trainer.progress.for_learner(learner.id)
        for lesson in catalogue.lessons:
            self.cards[lesson.id].set_detail(self._state_text(lesson, progress.get(lesson.id)))
        self._show_suggestion(catalogue, progress)
        if self.summary is not None:
            self._show_summary(catalogue, progress)
        if isinstance(self._content, QScrollArea):
            self._content.verticalScrollBar().setValue(0)  # the last learner may have scrolled down

    def _show_summary(self, catalogue, progress: dict) -> None:
        desk = self.seat.trainer.achievements
        completed = {lesson_id for lesson_id, state in progress.items() if state.status == COMPLETED}
        standings = desk.standings(self.seat.learner.id, completed)
        order = {a.key: index for index, a in enumerate(desk.all())}
        courses = sorted((s for s in standings if s.achievement.kind == "course"),
                         key=lambda s: order[s.achievement.key])
        self.summary.show_progress(progress, catalogue.lessons, courses, desk.certified(self.seat.learner.id),
                                   self.seat.lang)

    def _show_suggestion(self, catalogue, progress) -> None:
        """The big card: rebuilt only when it points at another lesson (its picture changes)."""
        suggestion, heading = self._suggestion(catalogue, progress)
        wanted = suggestion.id if suggestion is not None else ""
        had_focus = False
        if self.continue_button is not None and wanted != self.suggested:
            had_focus = self.continue_button.hasFocus()
            self.continue_button.hide()
            self.continue_button.deleteLater()
            self.continue_button = None
        self.suggested = wanted
        if suggestion is None:
            return
        title = heading + " " + suggestion.title.get(self.seat.lang)
        detail = self._state_text(suggestion, progress.get(suggestion.id))
        if self.continue_button is None:
            self.continue_button = CardButton(title, detail, suggestion.icon, role="primary-card")
            self.continue_button.clicked.connect(lambda: self.lesson_chosen.emit(self.suggested))
            self.content_layout.insertWidget(0, self.continue_button)
            self._tab_first(self.continue_button)
            if had_focus:
                self.continue_button.setFocus()
        else:
            self.continue_button.set_title(title)
            self.continue_button.set_detail(detail)

    def _tab_first(self, card: CardButton) -> None:
        """Made after the rest, the big card would come last on Tab: put it before the summary
        (or the first lesson), where it shows."""
        following = self.summary.headline if self.summary is not None else next(iter(self.cards.values()), None)
        if following is None:
            return
        before = following.previousInFocusChain()
        while before is not following and not before.focusPolicy() & Qt.FocusPolicy.TabFocus:
            before = before.previousInFocusChain()  # Qt orders only widgets that take the focus
        QWidget.setTabOrder(before, card)
        QWidget.setTabOrder(card, following)

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

    def _grid(self, lessons: list[Lesson]) -> QGridLayout:
        columns = 3 if self.seat.text_scale <= 100 else 2
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, lesson in enumerate(lessons):
            card = CardButton(lesson.title.get(self.seat.lang), self._state_text(lesson, None), lesson.icon)
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
            # The step they come back to (the one they left on), as the lesson's bar counts it.
            status = self.tr("step {done}/{total}").format(
                done=min(state.resume_step, len(lesson.steps) - 1) + 1, total=len(lesson.steps))
        return f"{minutes} \u00b7 {status}"


def look_of(seat) -> tuple:
    """What the cards were built for: another language, text size or contrast (or a lesson
    folder that failed to load) needs them built again."""
    return seat.lang, seat.text_scale, seat.high_contrast, seat.lessons_error

