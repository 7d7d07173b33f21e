"""Progress: every call durable, resume points, right and wrong decided by the core."""

from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES


def test_progress_survives_closing_and_reopening(tmp_path):
    """What a learner did is in the database after the app is closed and opened again."""
    data = tmp_path / "data"
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as trainer:
        lesson = trainer.lessons.get("sample-lesson")
        learner = trainer.learners.add("Đỗ Thị Bền", 1949, "elderly")
        assert trainer.progress.start_lesson(learner.id, lesson) == 0
        trainer.progress.complete_step(learner.id, lesson, "intro")
        trainer.progress.complete_step(learner.id, lesson, "try-it")
    with Trainer.open(data, lesson_dirs=[FIXTURES / "lessons"]) as reopened:
        lesson = reopened.lessons.get("sample-lesson")
        assert reopened.progress.resume_point(learner.id, lesson) == 2
        progress = reopened.progress.for_learner(learner.id)["sample-lesson"]
        assert (progress.status, progress.steps_done) == ("started", 2)
        assert reopened.progress.last_lesson(learner.id) == "sample-lesson"


def test_quiz_answers_are_judged_from_the_lesson(trainer, sample_lesson):
    """The core decides right or wrong; wrong answers are counted."""
    learner = trainer.learners.add("Hỏi Đáp")
    assert trainer.progress.answer_quiz(learner.id, sample_lesson, "q1", 0, attempt=1) is False
    assert trainer.progress.answer_quiz(learner.id, sample_lesson, "q1", 1, attempt=2) is True
    assert trainer.progress.for_learner(learner.id)["sample-lesson"].wrong_answers == 1
    answers = [e.payload for e in trainer.log.all() if e.kind == "quiz.answered"]
    assert [(a["correct"], a["attempt"]) for a in answers] == [(False, 1), (True, 2)]


def test_tap_moves_on_only_when_the_input_holds_what_it_expects(trainer, sample_lesson):
    """Continue is wrong until the name is typed; typing ignores case and accent encoding."""
    learner = trainer.learners.add("Bấm Thử")
    first = trainer.progress.record_tap(learner.id, sample_lesson, "try-it", "form", "next", {"name": ""})
    assert not first.right and [e.id for e in first.unmet] == ["name"]
    wrong = trainer.progress.record_tap(learner.id, sample_lesson, "try-it", "form", "cancel", {})
    assert wrong.goto is None and wrong.element.id == "cancel"
    right = trainer.progress.record_tap(learner.id, sample_lesson, "try-it", "form", "next",
                                        {"name": "  nguyễn  văn mẫu "})
    assert right.goto == "pay"
    assert trainer.progress.for_learner(learner.id)["sample-lesson"].wrong_taps == 2


def test_refusal_hints_and_completion_are_recorded(trainer, sample_lesson):
    """A scam drill refused, a hint used and a completed lesson all reach the tables."""
    learner = trainer.learners.add("Từ Chối")
    trainer.progress.use_hint(learner.id, sample_lesson, "drill")
    trainer.progress.complete_step(learner.id, sample_lesson, "drill", refused=True)
    trainer.progress.complete_lesson(learner.id, sample_lesson)
    progress = trainer.progress.for_learner(learner.id)["sample-lesson"]
    assert (progress.hints, progress.refusals, progress.status) == (1, 1, "completed")
    assert progress.completed_at
    assert trainer.progress.last_lesson(learner.id) is None


def test_show_me_points_along_the_shortest_way_not_at_a_back_button():
    """A screen whose first button goes back must not be the one "Chỉ cho tôi" rings."""
    from digital_literacy_app.core.lessons.model import Element, PracticeStep, Screen, Text
    from digital_literacy_app.core.practice import right_element, way_to_done

    back = Element("button", id="back", label=Text("Quay lại"), goto="home")
    delete = Element("button", id="delete", label=Text("Xóa"), goto="done")
    step = PracticeStep(id="p", kind="practice", title=Text("t"), line=1, start="home", screens={
        "home": Screen("home", [Element("button", id="open", label=Text("Mở"), goto="confirm")]),
        "confirm": Screen("confirm", [back, delete]),
    })
    assert right_element(step, "confirm").id == "delete"
    assert [element.id for _, element in way_to_done(step)] == ["open", "delete"]
    assert right_element(step, "home").id == "open"
