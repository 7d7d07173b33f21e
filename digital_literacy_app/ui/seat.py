"""Who is at the keyboard, and how the screen should look and sound for them.

One `Seat` per window: the trainer (the core), the signed-in learner or volunteer, and
the learner's remembered settings. Signing out puts the defaults back, so the next person
on a shared PC starts in plain Vietnamese at normal size (or in the start language the
first-start wizard chose for this PC).
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.records import LearnerRecord
from digital_literacy_app.core.records import LEARNER, setting_defaults as defaults
from digital_literacy_app.ui import i18n, theme
from digital_literacy_app.ui.read_aloud import ReadAloud


class Seat(QObject):
    appearance_changed = Signal(str)  # the key that changed, or "" for all
    look_changing = Signal()  # just before a new text size or contrast restyles every widget
    lessons_loaded = Signal()
    changed = Signal(object)  # frozenset of the core's domains an operation changed (core/changes.py)
    restore_requested = Signal(object)  # a backup's Path: the app closes its data, restores, reopens (ui/app_run.py)
    store_requested = Signal(str)  # a city store's address, or "" for this PC's own data: the app reopens on it

    def __init__(self, trainer, read_aloud: ReadAloud | None = None, parent=None):
        super().__init__(parent)
        self.trainer = trainer
        self.settings = trainer.settings
        self.read_aloud = read_aloud or ReadAloud()
        self.learner: LearnerRecord | None = None
        self.volunteer = None  # the VolunteerAccount in volunteer mode, else None
        self.values = self.nobody_values()
        self.lessons_ready = False
        self.lessons_error = ""
        # Every operation's change set, once, from any thread: Qt queues it to the GUI thread.
        self.stop_listening = trainer.hub.listen(self._heard)

    def _heard(self, domains: frozenset) -> None:
        try:
            self.changed.emit(domains)
        except RuntimeError:  # this seat's window is gone; the data folder lives on
            self.stop_listening()

    @property
    def lang(self) -> str:
        return self.values["language"]

    @property
    def text_scale(self) -> int:
        return self.values["text_scale"]

    @property
    def high_contrast(self) -> bool:
        return self.values["high_contrast"]

    def sign_in(self, learner: LearnerRecord) -> None:
        self.learner = learner
        self.volunteer = None  # a learner opened from volunteer mode ends it
        self.values = self.settings.for_learner(learner.id)
        self.apply_appearance()

    def nobody_values(self) -> dict:
        """The look of screens nobody is signed in on: defaults, in this PC's start language."""
        return {**defaults(LEARNER), "language": self.settings.device()["start_language"]}

    def sign_in_volunteer(self, account) -> None:
        """Volunteer mode: the PC's own look with what this volunteer chose for themselves,
        and the account whose name goes on records."""
        self.learner = None
        self.volunteer = account
        self.values = {**self.nobody_values(), **self.settings.chosen_by_volunteer(account.id)}
        self.apply_appearance()

    @property
    def person_name(self) -> str:
        """Who is signed in, learner or volunteer ("" for nobody)."""
        person = self.learner or self.volunteer
        return person.name if person is not None else ""

    def sign_out(self) -> None:
        self.learner = None
        self.volunteer = None
        self.values = self.nobody_values()
        self.read_aloud.stop()
        self.apply_appearance()

    def change(self, key: str, value) -> None:
        """Remember the signed-in learner's or volunteer's choice and show it at once."""
        if self.learner is not None:
            self.values[key] = self.settings.set_for_learner(self.learner.id, key, value)
        elif self.volunteer is not None:
            self.values[key] = self.settings.set_for_volunteer(self.volunteer.id, key, value)
        else:
            raise RuntimeError("settings belong to a person; nobody is signed in")
        self.apply_appearance(key)

    def apply_appearance(self, key: str = "") -> None:
        app = QApplication.instance()
        if key in ("", "text_scale", "high_contrast") and not theme.is_current(app, self.high_contrast,
                                                                                self.text_scale):
            self.look_changing.emit()  # the window clears what it can first (main_window.py)
            theme.apply(app, self.high_contrast, self.text_scale)
        if key in ("", "language"):
            i18n.set_language(self.lang)
        self.appearance_changed.emit(key)

    def mark_lessons_loaded(self) -> None:
        self.lessons_ready = True
        self.lessons_loaded.emit()

    def idle_minutes(self) -> int:
        return self.settings.device()["idle_minutes"]
