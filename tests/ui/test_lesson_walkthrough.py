"""Every bundled lesson, walked from its first step to "Xong bài" through the real app.

A learner's hands only: Next on an explain step, the right answer on a quiz, and on a
practice the way through its screens (type what each box expects, tick what should be
ticked, then tap the element that leads on). Each lesson must end on the completion screen
and be recorded as completed, with no wrong tap and each scam drill counted as a refusal.

Set DLA_WALK_SHOTS=/some/folder to also save a 1366×768 picture of every step and every
practice screen there (for people reviewing lesson content; never into the repository).
"""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from digital_literacy_app.core.handout import right_path
from digital_literacy_app.core.lessons import load_catalogue
from digital_literacy_app.core.lessons.model import ExplainStep, PracticeStep, QuizStep
from digital_literacy_app.core.paths import bundled_lessons_dir
from digital_literacy_app.core.trainer import Trainer

from .conftest import click, type_text

BUNDLED = load_catalogue([bundled_lessons_dir()]).lessons
SHOTS = os.environ.get("DLA_WALK_SHOTS")


@pytest.fixture(scope="module")
def bundled_trainer(tmp_path_factory):
    """One data folder over the bundled lessons, parsed once for the whole module."""
    trainer = Trainer.open(tmp_path_factory.mktemp("walk") / "data", lesson_dirs=[bundled_lessons_dir()])
    assert not trainer.lessons.errors
    yield trainer
    trainer.close()


@pytest.fixture(scope="module")
def walk_window(qapp, bundled_trainer):
    """One real main window at 1366×768 for the whole walk (building it is most of the cost)."""
    from digital_literacy_app.ui import i18n, theme
    from digital_literacy_app.ui.app import prepare_application
    from digital_literacy_app.ui.main_window import MainWindow

    from .conftest import FakeVoice

    app = prepare_application([])
    win = MainWindow(bundled_trainer, read_aloud=FakeVoice())
    win.resize(1366, 768)
    win.show()
    yield win
    win.idle.stop()
    win.close()
    qapp.removeEventFilter(win.idle)
    win.deleteLater()
    i18n.set_language("vi")
    theme.apply(app, False, 100)


@pytest.fixture
def bundled_window(qtbot, walk_window, bundled_trainer):
    """The walk's window with a new learner signed in, on the catalogue; signed out after,
    and the screens it left behind deleted (no event loop runs between tests to do it)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    qtbot.waitUntil(lambda: walk_window.seat.lessons_ready, timeout=10000)
    learner = bundled_trainer.learners.add("Trần Văn Bình", 1950, "elderly")
    walk_window.sign_in(learner)
    yield walk_window, bundled_trainer, learner
    walk_window.sign_out()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Camera:
    """Saves the window as PNG files when DLA_WALK_SHOTS names a folder; else does nothing."""

    def __init__(self, window, lesson_id: str):
        self.window = window
        self.folder = Path(SHOTS) / lesson_id if SHOTS else None
        if self.folder:
            self.folder.mkdir(parents=True, exist_ok=True)

    def take(self, name: str) -> None:
        if self.folder:
            from PySide6.QtWidgets import QApplication

            QApplication.processEvents()
            self.window.grab().save(str(self.folder / f"{name}.png"))


def walk_practice(qtbot, player, step: PracticeStep, camera: Camera, name: str) -> None:
    """Fill and tap along the shortest right way, checking the phone shows each screen."""
    view = player.view
    phone = view.phone
    assert not player.next_button.isEnabled(), "Next waits for the practice"
    for count, (screen, element) in enumerate(right_path(step), start=1):
        assert phone.current_screen() == screen.id, f"{step.id}: expected screen {screen.id}"
        for field in screen.fields():
            widget = phone.element_widget(field.id)
            if isinstance(widget, QLineEdit):
                widget.setFocus()
                type_text(widget, str(field.expect))
                assert widget.text() == str(field.expect)
            elif widget.isChecked() != bool(field.expect):
                click(qtbot, widget)
                assert widget.isChecked() == bool(field.expect), f"{step.id}: ticking {field.id}"
        camera.take(f"{name}-{count:02d}-{screen.id}")
        click(qtbot, phone.element_widget(element.id))
        assert phone.hint_text() is None, f"{step.id}/{screen.id}: tapping {element.id} gave a hint"
    assert view.is_done(), f"{step.id}: the practice is not finished after the right way"
    camera.take(f"{name}-done")


def answer_quiz(qtbot, player, step: QuizStep) -> None:
    right = next(i for i, choice in enumerate(step.choices) if choice.correct)
    click(qtbot, player.view.choices[right])
    assert player.view.verdict.text().startswith("\u2713"), f"{step.id}: the right answer was not accepted"


@pytest.mark.parametrize("lesson", BUNDLED, ids=[lesson.id for lesson in BUNDLED])
def test_each_bundled_lesson_can_be_finished_in_the_app_and_is_recorded_completed(qtbot, bundled_window, lesson):
    """Open the lesson from the catalogue, do every step the right way, press Finish: the
    completion screen shows, and the database says completed, every step done, no wrong
    tap or answer, one refusal per scam drill."""
    window, trainer, learner = bundled_window
    click(qtbot, window.screen.cards[lesson.id])
    assert window.screen_name == "player"
    player = window.screen
    camera = Camera(window, lesson.id)
    for index, step in enumerate(lesson.steps):
        assert player.index == index and player.step.id == step.id
        name = f"{index + 1:02d}-{step.kind}-{step.id}"
        if isinstance(step, PracticeStep):
            walk_practice(qtbot, player, step, camera, name)
        elif isinstance(step, QuizStep):
            answer_quiz(qtbot, player, step)
            camera.take(name)
        else:
            assert isinstance(step, ExplainStep)
            camera.take(name)
        assert player.next_button.isEnabled(), f"{step.id}: Next stays disabled"
        click(qtbot, player.next_button)
    assert window.screen_name == "completion"
    camera.take(f"{len(lesson.steps) + 1:02d}-completion")

    progress = trainer.progress.for_learner(learner.id)[lesson.id]
    assert progress.status == "completed"
    assert progress.steps_done == len(lesson.steps)
    assert (progress.wrong_taps, progress.wrong_answers, progress.hints) == (0, 0, 0)
    drills = sum(1 for step in lesson.steps if isinstance(step, PracticeStep) and step.refuse)
    assert progress.refusals == drills
