"""Undoing a join of two learner records: a new event, folded the same on every PC
whatever order the sync files arrive in (core/store/joins.py)."""

import pytest

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.reports.build import build_report
from digital_literacy_app.core.store import fold
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.sync.payloads import payload_problem
from tests.core.test_sync import open_trainer, pcs, state, work  # noqa: F401 (pcs is a fixture)


def full_refold_agrees(trainer):
    before = state(trainer)
    with trainer.db.atomic():
        fold.rebuild(trainer.db.conn)
    assert state(trainer) == before


def learner_list(trainer):
    return [(r.id, r.name, r.birth_year, r.group, r.ward) for r in trainer.learners.all("name")]


def test_undo_parts_the_records_and_keeps_later_progress_on_the_kept_one(trainer, sample_lesson):
    """Each record gets back what it held; what was done on the kept record after the
    join stays there (the learner used that record); the undo is an event of its own."""
    kept = trainer.learners.add("Hoàng Văn Thành", 1960, "elderly")
    twin = trainer.learners.add("Hoang van Thanh", 1960, "elderly")
    steps = [step.id for step in sample_lesson.steps]
    trainer.progress.complete_step(kept.id, sample_lesson, steps[0])
    trainer.progress.complete_step(twin.id, sample_lesson, steps[1])
    trainer.learners.merge_group([kept, twin], kept)
    assert [r.id for r in trainer.learners.joined(kept.id)] == [twin.id]
    assert trainer.progress.steps_done(kept.id, sample_lesson.id) == {steps[0], steps[1]}
    trainer.progress.complete_step(kept.id, sample_lesson, steps[2])
    [back] = trainer.learners.unmerge([twin.id])
    assert back.id == twin.id and trainer.learners.count() == 2
    assert trainer.learners.joined(kept.id) == []
    assert trainer.progress.steps_done(kept.id, sample_lesson.id) == {steps[0], steps[2]}
    assert trainer.progress.steps_done(twin.id, sample_lesson.id) == {steps[1]}
    undo = [e for e in trainer.log.all() if e.kind == "learner.unmerged"]
    merge = [e for e in trainer.log.all() if e.kind == "learner.merged"][0]
    assert [(e.learner_id, e.payload) for e in undo] == [(twin.id, {"merge": f"{merge.origin_device_id}:{merge.seq}"})]
    full_refold_agrees(trainer)
    with pytest.raises(InvalidInputError, match="nothing to undo"):
        trainer.learners.unmerge([twin.id])
    # Joined again later: a new join, in force, which a second undo can cancel.
    trainer.learners.merge(twin.id, kept.id)
    assert trainer.learners.count() == 1
    trainer.learners.unmerge([twin.id])
    assert trainer.learners.count() == 2
    full_refold_agrees(trainer)


def test_an_erase_wins_over_an_undo(trainer):
    """Undoing a join cannot bring back a person erased since: the family stays erased."""
    kept = trainer.learners.add("Xin Xóa", 1950)
    twin = trainer.learners.add("Xin Xoa", 1950)
    trainer.learners.merge(twin.id, kept.id)
    merge = [e for e in trainer.log.all() if e.kind == "learner.merged"][0]
    trainer.learners.erase(kept.id)
    # An undo made on a PC that had not heard of the erase arrives afterwards.
    trainer.log.record("learner.unmerged", twin.id, {"merge": f"{merge.origin_device_id}:{merge.seq}"})
    assert trainer.learners.count() == 0
    assert trainer.learners.search("xoa") == []
    full_refold_agrees(trainer)


def test_the_undo_kind_is_checked_on_import():
    assert payload_problem("learner.unmerged", "abc", {"merge": "5d25e9e430bb4709:12"}) is None
    assert payload_problem("learner.unmerged", "abc", {"merge": 12}) == "merge"
    assert payload_problem("learner.unmerged", "abc", {}) == "merge"
    assert payload_problem("learner.unmerged", None, {"merge": "a:1"}) == "learner"


def _joined_on_a(a, tmp_path):
    kept, twin = work(a, "Lê Thị Gộp", steps=2), work(a, "Le thi Gop", steps=1)
    a.learners.merge_group([kept, twin], kept)
    a.progress.complete_lesson(kept.id, a.lessons.get("sample-lesson"))
    return kept, twin, export(a, tmp_path / "a-joined.dlsync").path


@pytest.mark.parametrize("undo_on", ["a", "b"])
def test_join_and_undo_give_one_fold_whatever_order_the_files_arrive(pcs, tmp_path, undo_on):
    """Join on A; undo on A or on B (which had A's file); the coordinator imports the two
    files in both orders, and into a second coordinator in the other order: the same
    learners, the same report, the same state as a full refold."""
    a, b, _ = pcs
    kept, twin, joined_file = _joined_on_a(a, tmp_path)
    undoer = a if undo_on == "a" else b
    if undo_on == "b":
        import_files(b, [joined_file])
    undoer.learners.unmerge([twin.id])
    undo_file = export(undoer, tmp_path / "undo.dlsync").path
    results = []
    for n, order in enumerate(([joined_file, undo_file], [undo_file, joined_file])):
        with open_trainer(tmp_path / f"coordinator-{n}") as coordinator:
            for path in order:
                import_files(coordinator, [path])
            full_refold_agrees(coordinator)
            report = build_report(coordinator, ["ward", "group"]).as_json()
            results.append((learner_list(coordinator), report, state(coordinator)["learners"]))
    assert results[0] == results[1]
    names = [row[1] for row in results[0][0]]
    assert sorted(names) == ["Le thi Gop", "Lê Thị Gộp"]
    assert learner_list(undoer) == results[0][0]


def test_a_pc_with_only_the_join_still_shows_it_joined_then_parts_on_the_undo(pcs, tmp_path):
    """B imports A's join, then A's undo: B's list goes from one record back to two, and
    progress B recorded on the kept record in between stays on it."""
    a, b, _ = pcs
    kept, twin, joined_file = _joined_on_a(a, tmp_path)
    import_files(b, [joined_file])
    assert [r.id for r in b.learners.all()] == [kept.id]
    lesson = b.lessons.get("sample-lesson")
    b.progress.complete_step(kept.id, lesson, lesson.steps[-1].id)
    a.learners.unmerge([twin.id])
    import_files(b, [export(a, tmp_path / "undo.dlsync").path])
    assert {r.id for r in b.learners.all()} == {kept.id, twin.id}
    assert lesson.steps[-1].id in b.progress.steps_done(kept.id, lesson.id)
    assert lesson.steps[-1].id not in b.progress.steps_done(twin.id, lesson.id)
    full_refold_agrees(b)


def test_an_undo_an_older_version_kept_is_folded_after_the_upgrade(tmp_path):
    """An older PC keeps the undo it cannot fold (an unknown kind is kept and passed on)
    and still shows the records joined; once upgraded, its next start parts them."""
    import sqlite3

    from sqlite_utils import Database

    from digital_literacy_app.core.paths import DATABASE_FILE
    from digital_literacy_app.core.store.migrations import migrations

    with open_trainer(tmp_path / "new") as a:
        kept, twin = a.learners.add("Lê Thị Cũ", 1950), a.learners.add("Le thi Cu", 1950)
        a.learners.merge(twin.id, kept.id)
        a.learners.unmerge([twin.id])
        rows = a.db.execute("SELECT origin_device_id, seq, lamport, kind, learner_id, wall_time, payload "
                            "FROM events ORDER BY lamport").fetchall()
    folder = tmp_path / "old"
    open_trainer(folder).close()
    path = folder / DATABASE_FILE
    old = Database(sqlite3.connect(path, isolation_level=None))
    old.execute("DELETE FROM _sqlite_migrations WHERE name = '0012_fold_undone_joins'")
    old.conn.executemany("INSERT INTO events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    # What the older fold made of them: the join in force, the undo ignored.
    old.execute("INSERT INTO learners (id, name, name_key, birth_year, learner_group, ward, created_at,"
                " last_active_at, last_active_lamport, merged_into) VALUES (?, 'Lê Thị Cũ', 'le thi cu', 1950,"
                " 'other', '', 't', 't', 1, NULL), (?, 'Le thi Cu', 'le thi cu', 1950, 'other', '', 't', 't', 2, ?)",
                [kept.id, twin.id, kept.id])
    old.execute("INSERT INTO learner_aliases (alias, target) VALUES (?, ?)", [twin.id, kept.id])
    old.conn.close()
    with open_trainer(folder) as upgraded:
        assert {r.id for r in upgraded.learners.all()} == {kept.id, twin.id}
        assert [m.name for m in migrations.applied(upgraded.db)][-1] == "0012_fold_undone_joins"
