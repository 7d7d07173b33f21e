"""Render every screen of the app to PNG, offscreen, on demo data.

Used by `dla screenshots` for the README and docs, and by people checking the look at
other text sizes or in the high-contrast theme. Everything happens in a temporary data
folder filled by the demo seeder, so no real learner's data is touched. The screens are
driven through the same widgets and signals a learner uses.

Kept outside the app's screens: this package drives them (ui/) from the outside, as a
learner, a volunteer and a coordinator would, and only `dla screenshots` imports it.
"""

import os
import sys
import tempfile
from pathlib import Path

from digital_literacy_app.screenshots.coordinator import coordinator_shots
from digital_literacy_app.screenshots.learner import walk_lesson
from digital_literacy_app.screenshots.shots import DEMO_LEARNERS, DEMO_SEED, PREFERRED_LESSON, SIZE, Look, Shots
from digital_literacy_app.screenshots.volunteer import card_shot, volunteer_shots

__all__ = ["Look", "render_all"]


def render_all(out_dir: Path, look: Look = Look(), lesson_dirs: list[Path] | None = None) -> list[Path]:
    """Write one PNG per screen into `out_dir`; returns their paths in a stable order."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from digital_literacy_app.ui.app import prepare_application

    app = prepare_application([])
    _quiet_offscreen_warnings()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dla-screens-") as data_dir:
        return _render(app, Path(data_dir), out_dir, look, lesson_dirs)


def _render(app, data_dir: Path, out_dir: Path, look: Look, lesson_dirs) -> list[Path]:
    from digital_literacy_app.core.trainer import Trainer
    from digital_literacy_app.ui import i18n, theme
    from digital_literacy_app.ui.main_window import MainWindow

    trainer = Trainer.open(data_dir, lesson_dirs=lesson_dirs)
    try:
        trainer.seed_demo(DEMO_LEARNERS, DEMO_SEED)
        lesson = _showcase_lesson(trainer.lessons)
        window = MainWindow(trainer, read_aloud=_ShowcaseVoice())
        window.seat.mark_lessons_loaded()
        window.resize(*SIZE)
        window.show()
        shots = Shots(app, window, out_dir)
        # The start screen is the device's default look; the chosen look is the learner's.
        i18n.set_language(look.lang)
        theme.apply(app, look.high_contrast, look.text_scale)
        window.show_start()
        shots.take("01-start")
        form = window.show_new_learner()
        shots.take("02-new-learner")
        form.name.setText("Trần Thị Mai")
        form.year.setText("19x8")
        form.save()
        shots.take("03-new-learner-error")
        learner = trainer.learners.add("Nguyễn Thị Hường", 1956, "elderly")
        _remember_look(trainer, learner.id, look)
        window.sign_in(learner)
        shots.take("04-catalogue")
        walk_lesson(window, shots, lesson)
        window.show_settings()
        shots.take("12-settings")
        window.show_catalogue()
        window.overlay.ask()
        shots.take("13-idle")
        window.overlay.stay()
        window.idle.stop()
        card_shot(app, window, shots, learner, look)
        volunteer_shots(app, window, shots, look)
        coordinator_shots(app, window.seat, data_dir, shots)
        window.close()
        return shots.paths
    finally:
        trainer.close()


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns on every window resize; the warning means nothing here."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        # Qt Multimedia's notes on video decoding (the webcam screens) mean nothing here either.
        if "propagateSizeHints" not in message and not (context.category or "").startswith("qt.multimedia"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


class _ShowcaseVoice:
    """Screenshots show the "Nghe" button as it looks where a Vietnamese voice exists."""

    def available(self, lang: str) -> bool:
        return True

    def say(self, text: str, lang: str, speed: str = "normal") -> bool:
        return True

    def stop(self) -> None:
        pass


def _remember_look(trainer, learner_id: str, look: Look) -> None:

    book = trainer.settings
    book.set_for_learner(learner_id, "language", look.lang)
    book.set_for_learner(learner_id, "text_scale", look.text_scale)
    book.set_for_learner(learner_id, "high_contrast", look.high_contrast)


def _showcase_lesson(catalogue):
    """A lesson with every step kind, preferring the documented example lesson."""
    kinds = {"explain", "practice", "quiz"}
    candidates = [catalogue.get(PREFERRED_LESSON)] + list(catalogue.lessons)
    for lesson in candidates:
        if lesson is not None and kinds <= {step.kind for step in lesson.steps}:
            return lesson
    from digital_literacy_app.core.errors import DlaError

    raise DlaError("No valid lesson has an explain, a practice and a quiz step to show; "
                   "run 'dla lessons validate'.")
