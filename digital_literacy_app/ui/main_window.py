"""The learner app's one window: which screen shows, and the moves between screens.

Screens are built fresh each time they are shown (they are small), so they always show
the latest progress and the learner's current language and text size. The catalogue is
the exception: its cards cost most of a sign-in to build, so the window keeps it (hidden
in the stack) while the look it was built for stays, and only writes the next learner's
progress into it (catalogue_screen.py). The window also
owns the shared-PC idle return and starts loading the lessons just after the first
screen has been painted, so the start screen appears as fast as possible.
"""

import sys

import shiboken6
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from digital_literacy_app.ui.catalogue_screen import CatalogueScreen, look_of
from digital_literacy_app.ui.idle import IdleWatcher
from digital_literacy_app.ui.new_learner_screen import NewLearnerScreen
from digital_literacy_app.ui.seat import Seat
from digital_literacy_app.ui.start_screen import StartScreen
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.volunteer.mode import VolunteerMode
from digital_literacy_app.ui.volunteer.flow import Flow
from digital_literacy_app.ui.widgets.busy import show_busy_cue
from digital_literacy_app.ui.widgets.frame import ScreenFrame, drop_from_stack, leave_screen, show_in_stack
from digital_literacy_app.ui.widgets.idle_overlay import IdleOverlay

IDLE_COUNTDOWN_S = 60
PREPARE_AFTER_MS = 300  # after a sign-out, when the start screen has long been painted


class MainWindow(QMainWindow):
    first_painted = Signal()
    screen_changed = Signal(str)

    def __init__(self, trainer, read_aloud=None, parent=None):
        super().__init__(parent)
        self.seat = Seat(trainer, read_aloud, self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.screen: QWidget | None = None
        self.screen_name = ""
        self.catalogue: CatalogueScreen | None = None  # kept between sign-ins, see show_catalogue
        self._painted = False
        self.loading_task = None

        self.idle = IdleWatcher(self.seat.idle_minutes() * 60_000, self)
        QApplication.instance().installEventFilter(self.idle)
        self.overlay = IdleOverlay(self, IDLE_COUNTDOWN_S)
        self.idle.idle.connect(self._ask_if_still_there)
        self.idle.activity.connect(self._activity)
        self.overlay.stayed.connect(self._stayed)
        self.overlay.timed_out.connect(self.sign_out)
        self.seat.appearance_changed.connect(self._appearance_changed)
        self.seat.look_changing.connect(self._look_changing)
        self.installEventFilter(self)
        self.volunteer_mode = VolunteerMode(self)
        self.show_start()

    # --- screens ------------------------------------------------------------------
    def _set_screen(self, screen: QWidget, name: str) -> QWidget:
        old, self.screen = self.screen, screen
        show_in_stack(self.stack, screen, old, keep=self.catalogue)
        self.screen_name = name
        if isinstance(screen, Flow):  # a tool of several pages: each page has its own title
            screen.page_shown.connect(self._retitle)
        self._retitle()
        start = getattr(screen, "focus_start", None)
        if start is not None:
            start()  # only now: a widget can take the focus once its screen is showing
        self.screen_changed.emit(name)
        return screen

    def show_start(self) -> StartScreen:
        screen = StartScreen(self.seat)
        screen.learner_chosen.connect(self.sign_in)
        screen.new_learner_requested.connect(self.show_new_learner)
        screen.volunteer_requested.connect(self.volunteer_mode.show_pin)
        screen.card_requested.connect(self.volunteer_mode.show_card_code)
        return self._set_screen(screen, "start")

    def show_new_learner(self) -> NewLearnerScreen:
        screen = NewLearnerScreen(self.seat)
        screen.created.connect(self.sign_in)
        screen.cancelled.connect(self.show_start)
        return self._set_screen(screen, "new-learner")

    def sign_in(self, learner) -> None:
        self.seat.sign_in(learner)
        self.idle.start()
        self.show_catalogue()

    def sign_out(self) -> None:
        self.idle.stop()
        self.overlay.hide()
        self.stack.setEnabled(True)
        self.seat.sign_out()
        self.show_start()
        # The last learner's look may have dropped the kept catalogue: build it again once the
        # start screen is painted, while the next person looks for their name.
        QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_catalogue)

    def show_catalogue(self) -> CatalogueScreen:
        """The kept catalogue with this learner's progress written in, or a new one when the
        look changed since it was built."""
        screen = self.catalogue
        if screen is not None and screen.look == look_of(self.seat):
            screen.show_learner()
            return self._set_screen(screen, "catalogue")
        self.catalogue = None
        if screen is not None and screen is not self.screen:
            drop_from_stack(self.stack, screen)  # (the one showing goes when the new one replaces it)
        self.catalogue = self._new_catalogue()
        return self._set_screen(self.catalogue, "catalogue")

    def _new_catalogue(self) -> CatalogueScreen:
        screen = CatalogueScreen(self.seat)
        screen.lesson_chosen.connect(self.open_lesson)
        screen.settings_requested.connect(self.show_settings)
        screen.sign_out_requested.connect(self.sign_out)
        return screen

    def open_lesson(self, lesson_id: str):
        from digital_literacy_app.ui.lesson_player import PlayerScreen

        lesson = self.seat.trainer.lessons.get(lesson_id)
        screen = PlayerScreen(self.seat, lesson)
        screen.closed.connect(self.show_catalogue)
        screen.finished.connect(self.show_completion)
        return self._set_screen(screen, "player")

    def show_completion(self, lesson_id: str):
        from digital_literacy_app.ui.completion_screen import CompletionScreen

        screen = CompletionScreen(self.seat, self.seat.trainer.lessons.get(lesson_id))
        screen.lesson_chosen.connect(self.open_lesson)
        screen.back_to_lessons.connect(self.show_catalogue)
        return self._set_screen(screen, "completion")

    def show_settings(self, focus_key: str = ""):
        from digital_literacy_app.ui.settings_screen import SettingsScreen

        screen = SettingsScreen(self.seat)
        screen.done.connect(self.volunteer_mode.show_home if self.seat.volunteer else self.show_catalogue)
        self._set_screen(screen, "settings")
        if focus_key:
            screen.focus_setting(focus_key)
        return screen

    def _look_changing(self) -> None:
        """A new text size or contrast is about to restyle every widget alive, about a
        millisecond each: say "please wait" on what was pressed, and let go of the kept
        catalogue if it was built for another look (hidden, it is deleted first: it would be
        restyled and laid out again for nothing)."""
        if self.isVisible() and self.screen is not None:
            focus = QApplication.focusWidget()
            show_busy_cue(focus if focus is not None and self.screen.isAncestorOf(focus) else self.screen)
        kept = self.catalogue
        if kept is None or kept.look == look_of(self.seat):
            return
        self.catalogue = None  # showing (a sign-out): it goes with the screen change, as others do
        if kept is not self.screen:
            leave_screen(kept)
            self.stack.removeWidget(kept)
            shiboken6.delete(kept)  # now: deleteLater() would leave it to be restyled

    def _appearance_changed(self, key: str) -> None:
        """A setting changed on the settings screen: redraw it in the new look or language."""
        self._retitle()
        if self.screen_name == "settings" and key:
            QTimer.singleShot(0, lambda: self.show_settings(key))

    def _retitle(self) -> None:
        """The window title says where the person is ("Bài học: …"): screen readers read it
        on every change of window, and it is what a task bar shows."""
        app_name = self.tr("Digital literacy trainer")
        place = self._place()
        self.setWindowTitle(f"{place} \u2013 {app_name}" if place else app_name)

    def _place(self) -> str:
        page = getattr(self.screen, "page", None) or self.screen  # a tool's current page
        heading = page.title.text().strip() if isinstance(page, ScreenFrame) else ""
        if self.screen_name == "player":
            return self.tr("Lesson: {title}").format(title=heading)
        if self.screen_name.startswith("tool:"):
            return self.tr("Volunteer tools: {title}").format(title=heading) if heading else self.tr("Volunteer tools")
        return heading

    # --- lessons in the background ---------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        self.load_lessons()

    def load_lessons(self) -> None:
        """Parse the lesson files off the GUI thread; the catalogue waits with a progress bar."""
        if self.loading_task is not None or self.seat.lessons_ready:
            return
        trainer = self.seat.trainer
        self.loading_task = run_in_background(lambda task: trainer.lessons,
                                              on_success=self._lessons_loaded,
                                              on_failure=self._lessons_failed)

    def _lessons_loaded(self, catalogue) -> None:
        for problem in catalogue.errors:
            print(f"dla: lesson skipped: {problem}", file=sys.stderr)
        self.seat.mark_lessons_loaded()
        QTimer.singleShot(0, self, self._prepare_catalogue)

    def _prepare_catalogue(self) -> None:
        """Build the catalogue's cards while the start screen waits for a name, so the next
        sign-in only writes that learner's progress into them (most learners keep the look
        of the start screen; another look builds them again)."""
        if not self.seat.lessons_ready or self.seat.learner is not None or self.seat.volunteer is not None:
            return
        kept = self.catalogue
        if kept is not None and kept.look == look_of(self.seat):
            return
        if kept is not None and kept is not self.screen:
            drop_from_stack(self.stack, kept)
        self.seat.trainer.achievements.all()  # the courses file, read once
        self.catalogue = self._new_catalogue()
        self.stack.addWidget(self.catalogue)

    def _lessons_failed(self, error) -> None:
        self.seat.lessons_error = str(error)
        self.seat.mark_lessons_loaded()

    # --- shared PC: the idle question --------------------------------------------------
    def _ask_if_still_there(self) -> None:
        if self.seat.learner is None and self.seat.volunteer is None:
            return
        self.stack.setEnabled(False)
        self.overlay.ask()

    def _activity(self) -> None:
        if self.overlay.isVisible():
            self.overlay.stay()

    def _stayed(self) -> None:
        self.stack.setEnabled(True)
        self.idle.start()

    def closeEvent(self, event) -> None:
        for screen in {self.screen, self.catalogue} - {None}:
            leave_screen(screen)  # its timers and connections end before the data closes
        self.idle.stop()
        self.seat.read_aloud.stop()
        QApplication.instance().removeEventFilter(self.idle)
        super().closeEvent(event)
