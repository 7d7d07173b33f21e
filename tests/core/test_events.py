"""The event log and its fold: ids without gaps, Lamport order, deterministic state."""


from hypothesis import given, settings, strategies as st

from digital_literacy_app.core.store import fold
from digital_literacy_app.core.trainer import Trainer


def derived_state(conn):
    tables = {}
    for table, order in (("learners", "id"), ("lesson_progress", "learner_id, lesson_id"),
                         ("steps_done", "learner_id, lesson_id, step_id"),
                         ("erased_learners", "learner_id"), ("learner_aliases", "alias"),
                         ("learner_activity", "learner_id, month, lesson_id")):
        tables[table] = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    tables["events"] = conn.execute("SELECT origin_device_id, seq, payload FROM events ORDER BY 1, 2").fetchall()
    return tables


def test_seq_counts_up_without_gaps_and_lamport_grows(trainer):
    """Each event of this device gets the next seq; Lamport is one more than the highest seen."""
    learner = trainer.learners.add("An")
    trainer.learners.update(learner.id, birth_year=1950)
    with trainer.log.batch():
        trainer.learners.add("Bình")
        trainer.learners.add("Chi")
    events = list(trainer.log.all())
    assert [e.seq for e in events] == [1, 2, 3, 4]
    assert [e.lamport for e in events] == [1, 2, 3, 4]
    assert {e.origin_device_id for e in events} == {trainer.device.device_id}


def test_failed_record_inside_a_batch_leaves_no_gap(trainer):
    """An event that fails is rolled back and its seq is reused by the next one."""
    import pytest
    from digital_literacy_app.core.errors import InvalidInputError

    with trainer.log.batch():
        trainer.learners.add("An")
        with pytest.raises(InvalidInputError):
            trainer.learners.add("")
        trainer.learners.add("Bình")
    assert [e.seq for e in trainer.log.all()] == [1, 2]


def test_unknown_event_kinds_are_kept_and_ignored(trainer):
    """An event from a newer version is stored and passed on, not dropped, and changes nothing."""
    before = derived_state(trainer.db.conn)
    trainer.log.record("volunteer.badge_awarded", None, {"badge": "gold"})
    after = derived_state(trainer.db.conn)
    assert after.pop("events") != before.pop("events")
    assert after == before
    assert [e.kind for e in trainer.log.all()] == ["volunteer.badge_awarded"]


def test_erase_wins_over_later_updates_and_removes_the_name(trainer, sample_lesson):
    """After erasing, the person's name is gone from the tables and from the stored events."""
    learner = trainer.learners.add("Trần Thị Xóa", 1950, "elderly")
    trainer.progress.start_lesson(learner.id, sample_lesson)
    trainer.learners.erase(learner.id)
    # An update made elsewhere before that PC heard of the erase arrives later:
    trainer.log.record("learner.updated", learner.id, {"name": "Trần Thị Xóa"})
    assert trainer.learners.search("xoa") == []
    assert trainer.db.execute("SELECT COUNT(*) FROM lesson_progress").fetchone()[0] == 0
    created = [e for e in trainer.log.all() if e.kind == "learner.created"][0]
    assert "name" not in created.payload
    fold.rebuild(trainer.db.conn)
    assert trainer.learners.count() == 0


def test_merge_keeps_all_progress_of_both(trainer, sample_lesson):
    """Two records of one person are joined; completed steps of both survive."""
    first = trainer.learners.add("Phạm Văn Gộp", 1948)
    second = trainer.learners.add("Pham Van Gop", 1948)
    trainer.progress.start_lesson(first.id, sample_lesson)
    trainer.progress.complete_step(first.id, sample_lesson, "intro")
    trainer.progress.start_lesson(second.id, sample_lesson)
    trainer.progress.complete_step(second.id, sample_lesson, "try-it")
    trainer.progress.answer_quiz(second.id, sample_lesson, "q1", 0)
    trainer.learners.merge(second.id, first.id)
    assert trainer.progress.steps_done(first.id, sample_lesson.id) == {"intro", "try-it"}
    progress = trainer.progress.for_learner(first.id)[sample_lesson.id]
    assert progress.steps_done == 2 and progress.wrong_answers == 1
    assert [r.id for r in trainer.learners.all()] == [first.id]
    # Later events for the merged record land on the kept one.
    trainer.progress.complete_step(second.id, sample_lesson, "q1") if trainer.learners.exists(second.id) else None
    assert trainer.progress.for_learner(second.id) == {}


ACTIONS = st.lists(st.tuples(st.sampled_from(["add", "update", "erase", "merge", "unmerge", "start", "step",
                                              "quiz", "hint", "tap", "done"]),
                             st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(actions=ACTIONS)
def test_incremental_fold_equals_a_full_rebuild(tmp_path_factory, actions):
    """Whatever happens, the tables kept step by step equal a fold of the whole log."""
    from tests.conftest import FIXTURES

    with Trainer.open(tmp_path_factory.mktemp("d"), lesson_dirs=[FIXTURES / "lessons"]) as trainer:
        lesson = trainer.lessons.get("sample-lesson")
        for action, a, b in actions:
            _perform(trainer, lesson, action, a, b)
        incremental = derived_state(trainer.db.conn)
        with trainer.db.atomic():
            fold.rebuild(trainer.db.conn)
        assert derived_state(trainer.db.conn) == incremental


def _perform(trainer, lesson, action, a, b):
    learners = trainer.learners.all()
    if action == "add" or not learners:
        trainer.learners.add(f"Người {a}", 1940 + a, ["elderly", "farmer", "other"][a % 3])
        return
    who, other = learners[a % len(learners)], learners[b % len(learners)]
    steps = lesson.steps
    if action == "update":
        trainer.learners.update(who.id, name=f"Tên {b}")
    elif action == "erase":
        trainer.learners.erase(who.id)
    elif action == "merge" and who.id != other.id:
        trainer.learners.merge(who.id, other.id)
    elif action == "unmerge":
        joined = trainer.learners.joined(who.id)
        if joined:
            trainer.learners.unmerge([joined[b % len(joined)].id])
    elif action == "start":
        trainer.progress.start_lesson(who.id, lesson)
    elif action == "step":
        trainer.progress.complete_step(who.id, lesson, steps[b % len(steps)].id, refused=bool(b % 2))
    elif action == "quiz":
        trainer.progress.answer_quiz(who.id, lesson, "q1", b % 2, attempt=1 + b % 3)
    elif action == "hint":
        trainer.progress.use_hint(who.id, lesson, "try-it")
    elif action == "tap":
        trainer.progress.record_tap(who.id, lesson, "try-it", "form", ["next", "cancel"][b % 2],
                                    {"name": "nguyễn văn mẫu" if b % 3 else ""})
    elif action == "done":
        trainer.progress.complete_lesson(who.id, lesson)


def test_a_failure_inside_a_batch_keeps_none_of_the_batch(trainer, monkeypatch):
    """If one record of a batch fails at the database, the whole batch is rolled back."""
    import pytest
    from digital_literacy_app.core.errors import DlaError
    from digital_literacy_app.core.store import fold as fold_module

    trainer.learners.add("Trước")
    original = fold_module.apply

    def failing_apply(conn, event):
        if event.payload.get("name") == "Hỏng":
            raise RuntimeError("simulated failure")
        original(conn, event)

    monkeypatch.setattr(fold_module, "apply", failing_apply)
    with pytest.raises(DlaError, match="none of the batch"):
        with trainer.log.batch():
            trainer.learners.add("Một")
            try:
                trainer.learners.add("Hỏng")
            except RuntimeError:
                pass  # a careless caller swallows the error
            trainer.learners.add("Hai")
    assert [r.name for r in trainer.learners.all()] == ["Trước"]
    assert [e.seq for e in trainer.log.all()] == [1]
