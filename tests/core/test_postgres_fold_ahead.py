"""A PC's first file folded while it is checked (core/sync/prefold.py): on a city store the
refold writes those rows only where they are the fold's, and the folded tables and the
report facts are then exactly those of a refold of everyone from the log.

The city store here is a real PostgreSQL server (tests/postgres.py, `postgres_server`).
"""

import json
import random

import pytest

from digital_literacy_app.core.store import replay
from digital_literacy_app.core.sync import importer
from digital_literacy_app.core.sync.prefold import FoldAhead, fold_file, report_facts
from digital_literacy_app.core.store.fold import HANDLED_KINDS
from digital_literacy_app.core.sync.checking import copy_text
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES
from tests.core.test_sync import work
from tests.core.test_sync_attacks import carry, pc, stick, take  # noqa: F401  (fixtures)

FOLDED = ("learners", "lesson_progress", "steps_done", "learner_activity", "erased_learners", "learner_aliases",
          "certificates", "report_facts", "report_fact_counts")


def folded(trainer) -> dict:
    """Every folded table and the report facts, each sorted whole."""
    conn = trainer.db.conn
    return {table: sorted(map(repr, conn.execute(f"SELECT * FROM {table}").fetchall())) for table in FOLDED}


@pytest.fixture
def refolds(monkeypatch):
    """Each refold of some learners: (the learners refolded from the log, those written as
    folded ahead)."""
    seen = []
    real = importer.fold.rebuild

    def rebuild(conn, ids=None, ahead=([], [])):
        seen.append((ids and set(ids), set(ahead[0])))
        return real(conn, ids, ahead)
    monkeypatch.setattr(importer.fold, "rebuild", rebuild)
    return seen


def city_with_learners(tmp_path, url, pc, stick) -> tuple[Trainer, object, str]:
    """A city store that knows twelve learners of three PCs (so an import of a few more
    refolds only those); the first of those PCs, to work on, and one of its learners."""
    pcs, files, people = [pc(name) for name in ("a", "b", "c")], [], []
    for index, ward_pc in enumerate(pcs):
        for number in range(4):
            people.append(work(ward_pc, f"Người {index}-{number}", steps=1 + number % 3).id)
        files.append(carry(ward_pc, stick / f"{index}-first.dlsync"))
    city = Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=url)
    take(city, *files)
    return city, pcs[0], people[0]


def test_new_pcs_first_files_are_written_as_folded_and_equal_a_refold_of_everyone(
        tmp_path, postgres_url, pc, stick, refolds):
    city, a, known = city_with_learners(tmp_path, postgres_url, pc, stick)
    with city:
        d, e = pc("d"), pc("e")
        new = {work(d, "Bà Dung").id, work(d, "Ông Đức", steps=3).id, work(e, "Chị Én").id}
        work(a, "Cô Ánh")  # A's next file: a new learner and one the city knows
        a.progress.complete_step(known, a.lessons.get("sample-lesson"), a.lessons.get("sample-lesson").steps[2].id)
        refolds.clear()
        take(city, carry(a, stick / "a-next.dlsync"), carry(d, stick / "d.dlsync"), carry(e, stick / "e.dlsync"))
        [(from_log, ahead)] = refolds
        assert ahead == new  # D's and E's learners, from their files' checks
        assert known in from_log and not from_log & new  # A's file: not a PC's first
        written = folded(city)
        assert {row[0] for row in city.db.conn.execute("SELECT id FROM learners")} >= new
        importer.refold(city)  # everyone, from the log
        assert folded(city) == written
        assert not list(city.data_dir.rglob("fold-*"))  # the folded rows' work files are gone


def test_a_learner_another_file_of_the_import_touches_is_refolded_from_the_log(
        tmp_path, postgres_url, pc, stick, refolds):
    city, _, _ = city_with_learners(tmp_path, postgres_url, pc, stick)
    with city:
        d, f = pc("d"), pc("f")
        person = work(d, "Bà Dung")
        d_file = carry(d, stick / "d.dlsync")
        take(f, d_file)  # F relays D's events and goes on with the same learner
        f.progress.complete_step(person.id, f.lessons.get("sample-lesson"),
                                 f.lessons.get("sample-lesson").steps[3].id)
        refolds.clear()
        take(city, d_file, carry(f, stick / "f.dlsync"))
        [(from_log, ahead)] = refolds
        assert ahead == set() and person.id in from_log
        written = folded(city)
        importer.refold(city)
        assert folded(city) == written


def test_a_learner_the_store_knows_from_another_pc_is_refolded_from_the_log(
        tmp_path, postgres_url, pc, stick, refolds, monkeypatch):
    """Two PCs that made the same learner id (ten random letters: rare, never impossible):
    the second PC's first file is all new events of a learner the store has already."""
    from digital_literacy_app.core import learners

    city, _, _ = city_with_learners(tmp_path, postgres_url, pc, stick)
    with city:
        d, e = pc("d"), pc("e")
        monkeypatch.setattr(learners, "new_learner_id", lambda: "samesame22")
        work(d, "Bà Dung")
        take(city, carry(d, stick / "d.dlsync"))
        work(e, "Chị Én", steps=4)
        refolds.clear()
        take(city, carry(e, stick / "e.dlsync"))
        [(from_log, ahead)] = refolds
        assert ahead == set() and from_log == {"samesame22"}
        written = folded(city)
        importer.refold(city)
        assert folded(city) == written


def rows(origin="o1", count=4, kind="lesson.started", learner="L1", start=1):
    return [(origin, seq, seq, kind, learner, "2026-03-01T08:00:00.000+00:00",
             '{"lesson_id":"sample-lesson","lesson_version":1}') for seq in range(start, start + count)]


@pytest.mark.parametrize("spoiler", [
    rows(origin="o2", start=5),  # another origin
    rows(start=3, count=1),  # a clock going back
    [("o1", 5, 5, "learner.merged", "L1", "2026-03-01T08:00:00.000+00:00", '{"into":"L2"}')],
    [("o1", 5, 5, "learner.erased", "L1", "2026-03-01T08:00:00.000+00:00", "{}")],
    [("o1", 5, 5, "certificate.issued", "L1", "2026-03-01T08:00:00.000+00:00", '{"certificate_id":"c"}')],
])
def test_the_fold_ahead_is_given_up_for_what_it_cannot_fold_alone(tmp_path, spoiler):
    ahead = FoldAhead(HANDLED_KINDS)
    ahead.add(rows())
    ahead.add(spoiler)
    assert ahead.write(fold_file(tmp_path / "rows"), copy_text) is None
    assert not list(tmp_path.iterdir())


def test_a_value_copy_text_would_not_take_as_the_bulk_path_does_gives_the_fold_up(tmp_path):
    ahead = FoldAhead(HANDLED_KINDS)
    ahead.add([("o1", 1, 1, "learner.created", "L1", "2026-03-01T08:00:00.000+00:00",
                '{"name":"Bà Dung","birth_year":true,"group":"elderly"}')] + rows(start=2))
    assert ahead.write(fold_file(tmp_path / "rows"), copy_text) is None
    assert not list(tmp_path.iterdir())


def test_the_rows_folded_ahead_are_the_replays(tmp_path):
    events = [("o1", 1, 1, "learner.created", "L1", "2026-03-01T08:00:00.000+00:00",
               '{"name":"Bà Dung","birth_year":1950,"group":"elderly","ward":"Xã Ba Vì"}')] + rows(start=2)
    ahead = FoldAhead(HANDLED_KINDS)
    ahead.add(events)
    written = ahead.write(fold_file(tmp_path / "rows"), copy_text)
    state = replay.new_state()
    for row in events:
        replay.apply_row(state, row)
    expected = b"".join(copy_text(rows) for table, rows in replay.folded_rows(state) if table in replay.AHEAD_TABLES)
    assert written.path.read_bytes() == expected
    assert [part[0] for part in written.parts] == ["learners", "lesson_progress", "steps_done", "learner_activity"]


def test_folded_rows_a_killed_import_left_are_cleared_at_the_next_start(tmp_path):
    from digital_literacy_app.core.sync.exporter import WORK_FOLDER, clear_work_files

    (tmp_path / WORK_FOLDER).mkdir()
    left = fold_file(tmp_path / WORK_FOLDER / "import-rows-999999999-0a1b2c.partial")  # no such process
    left.write_bytes(b"L1\tBa\n")
    clear_work_files(tmp_path)
    assert not left.exists()


def test_a_first_import_into_an_empty_store_reads_no_one_back(tmp_path, postgres_url, pc, stick, refolds):
    """New PCs' first files into a new city store: every learner is written as folded ahead,
    the folded tables and facts as a refold of everyone makes them."""
    files, people = [], set()
    for name in ("a", "b", "c"):
        ward_pc = pc(name)
        people |= {work(ward_pc, f"Người {name}{number}", steps=1 + number).id for number in range(3)}
        files.append(carry(ward_pc, stick / f"{name}.dlsync"))
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as city:
        take(city, *files)
        assert refolds == [(set(), people)]
        written = folded(city)
        importer.refold(city)
        assert folded(city) == written


def _history(rng: random.Random, learners: int) -> list[tuple]:
    """Events of many learners over many months and lessons: some never start a lesson,
    some move ward, some complete lessons, one has no record at all."""
    rows, seq = [], 0

    def add(kind, learner, month, payload):
        nonlocal seq
        seq += 1
        rows.append(("o1", seq, seq, kind, learner, f"2026-{month:02d}-0{1 + seq % 9}T08:00:00.000+00:00",
                     json.dumps(payload, ensure_ascii=False)))
    for number in range(learners):
        learner, month = f"l{number:03d}", rng.randint(1, 6)
        if number:
            add("learner.created", learner, month, {"name": f"Người {number}", "birth_year": 1950,
                                                    "group": rng.choice(GROUPS), "ward": rng.choice(WARDS)})
        if rng.random() < 0.2:
            add("learner.updated", learner, month, {"ward": rng.choice(WARDS)})
        for lesson in rng.sample(LESSONS, rng.randint(0, 3)):
            month = min(12, month + rng.randint(0, 2))
            add("lesson.started", learner, month, {"lesson_id": lesson, "lesson_version": 1})
            for step in range(rng.randint(0, 3)):
                add("step.completed", learner, month + step % 2, {"lesson_id": lesson, "step_id": f"s{step}",
                                                                  "step_index": step})
            if rng.random() < 0.5:
                add("lesson.completed", learner, month + 1, {"lesson_id": lesson, "lesson_version": 1})
    return rows


GROUPS, WARDS = ["elderly", "farmer", "freelance"], ["Phường 1", "Xã Ba Vì", ""]
LESSONS = ["safety-1", "cashless-1", "gov-1", "apps-1", "gone-1"]
AREAS = {"safety-1": "safety", "cashless-1": "cashless", "gov-1": "public_services", "apps-1": "safety"}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_report_facts_made_ahead_are_those_the_store_makes(tmp_path, postgres_url, seed):
    """Every kind of fact (several areas in a month, a lesson of no known area, learners
    with no lesson, completions, a ward changed, a learner with no record): the facts
    prefold.report_facts makes are those the store's dla_report_facts_of makes from the
    same folded tables."""
    state = replay.new_state()
    for row in _history(random.Random(seed), 150):
        replay.apply_row(state, row)
    expected = report_facts(state, AREAS)
    assert {fact[0] for fact in expected} == {"registered", "active", "active_extra", "active_area", "active_any",
                                              "learners", "completed"}
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as city:
        city.db.keep_report_areas(sorted(AREAS.items()))
        conn = city.db.conn
        with city.db.atomic(), conn.report_facts_after(sorted(state.learners)):
            for table, rows in replay.folded_rows(state):
                conn.executemany(replay.insert_sql(table), rows)
        made = conn.execute("SELECT metric, ward, learner_group, month, area, learner_id, lesson_id "
                            "FROM report_facts ORDER BY learner_id, metric, month, area, lesson_id").fetchall()
    assert [tuple(fact) for fact in made] == expected


def test_a_payload_the_replay_cannot_take_gives_the_fold_up_not_the_file(tmp_path):
    ahead = FoldAhead(HANDLED_KINDS)
    ahead.add(rows(count=2) + [("o1", 3, 3, "step.completed", "L1", "2026-03-01T08:00:00.000+00:00", '{"x":1}')])
    assert ahead.write(fold_file(tmp_path / "rows"), copy_text) is None


def test_a_disk_failing_while_the_fold_is_written_leaves_no_file(tmp_path):
    """Found by review: the import ends with the disk's error, and the half-written fold
    file goes with it, not at the next start."""
    ahead = FoldAhead(HANDLED_KINDS)
    ahead.add(rows())
    written = []

    def failing_disk(rows):
        written.append(rows)
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        return copy_text(rows)
    with pytest.raises(OSError):
        ahead.write(fold_file(tmp_path / "rows"), failing_disk)
    assert not list(tmp_path.iterdir())


def test_a_check_stopped_midway_leaves_no_fold_file(tmp_path, monkeypatch):
    """A fold a broken worker began beside the rows goes when this process's check of the
    same file stops."""
    from digital_literacy_app.core.errors import Cancelled
    from digital_literacy_app.core.sync import checking, incoming

    rows_file = tmp_path / "import-rows-1-aa.partial"
    fold_file(rows_file).write_bytes(b"half")
    monkeypatch.setattr(incoming, "check_lines", lambda *args, **kwargs: (_ for _ in ()).throw(Cancelled("x")))
    monkeypatch.setattr(checking, "_open", lambda seat, item, staged: type("Opened", (), {
        "manifest": {}, "version": 2, "trust": None, "close": lambda self: None})())
    staged = type("Staged", (), {"sha256": "0" * 64})()
    seat = checking.Seat(tmp_path, "city", b"\x01" * 32, ())
    with pytest.raises(Cancelled):
        checking.check(seat, tmp_path / "f.dlsync", tmp_path / "copy", tmp_path / "plain", rows_file, staged=staged)
    assert not fold_file(rows_file).exists()


def _something_happens(rng: random.Random, pcs: list, stick, number: int) -> None:
    """One thing a ward PC does between two imports: a learner added, a step or a whole
    lesson, an erase, a ward changed, a join or its undo, or its file taken by another PC
    (which then relays it). A refusal (say, an erased learner) is a thing that happens too."""
    from digital_literacy_app.core.errors import DlaError
    from digital_literacy_app.core.sync.exporter import export

    ward_pc = rng.choice(pcs)
    people, lesson = ward_pc.learners.all(), ward_pc.lessons.get("sample-lesson")
    action = rng.choice(["add", "add", "step", "step", "step", "lesson", "erase", "ward", "join", "undo", "relay"])
    try:
        if action == "add" or not people:
            ward_pc.learners.add(f"Người {number}", 1950, rng.choice(GROUPS), rng.choice(WARDS))
        elif action in ("step", "lesson"):
            person = rng.choice(people).id
            ward_pc.progress.start_lesson(person, lesson)
            for step in rng.sample(lesson.steps, 1) if action == "step" else lesson.steps:
                ward_pc.progress.complete_step(person, lesson, step.id)
        elif action == "erase":
            ward_pc.learners.erase(rng.choice(people).id)
        elif action == "ward":
            ward_pc.learners.update(rng.choice(people).id, ward=rng.choice(WARDS))
        elif action == "join" and len(people) > 1:
            duplicate, keep = rng.sample(people, 2)
            ward_pc.learners.merge(duplicate.id, keep.id)
        elif action == "undo":
            joined = [record for person in people for record in ward_pc.learners.joined(person.id)]
            if joined:
                ward_pc.learners.unmerge([rng.choice(joined).id])
        elif action == "relay":
            other = rng.choice(pcs)
            if other is not ward_pc:
                importer.import_files(other, [export(ward_pc, stick / f"relay-{number}.dlsync").path])
    except DlaError:
        return


def a_round(rng: random.Random, pc, pcs: list, stick, number: int, most: int) -> int:
    """Between two imports: one to three new PCs with a few learners each, then up to
    `most` things the PCs do (_something_happens); the number of things done so far."""
    for _ in range(rng.randint(1, 3)):
        pcs.append(pc(f"p{len(pcs)}"))
        for _ in range(rng.randint(1, 3)):
            work(pcs[-1], f"Người mới {len(pcs)}", steps=rng.randint(0, 4))
    for _ in range(rng.randint(0, most)):
        number += 1
        _something_happens(rng, pcs, stick, number)
    return number


@pytest.mark.parametrize("seed", range(6))
def test_any_mix_of_imports_leaves_what_a_refold_of_everyone_makes(tmp_path, postgres_url, pc, stick, refolds, seed):
    """From the review of the fold ahead (40 seeds there): rounds of new PCs' first files
    mixed with the later files of PCs that add, teach, erase, join, undo and relay, imported
    in a random order and subset. After each import the folded tables, the facts and their
    sizes are a refold of everyone's, and no folded rows are left in the data folder. (The
    targeted tests above are the ones that catch each condition taken out.)"""
    rng, pcs, number = random.Random(seed), [pc("p0"), pc("p1")], 0
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as city:
        many = pc("many")
        for index in range(40):
            many.learners.add(f"Người {index}", 1950, "elderly", "Phường 1")
        take(city, carry(many, stick / "many.dlsync"))
        for round_ in range(5):
            number = a_round(rng, pc, pcs, stick, number, 12)
            chosen = rng.sample(pcs, rng.randint(1, len(pcs)))
            take(city, *[carry(ward_pc, stick / f"{round_}-{index}.dlsync") for index, ward_pc in enumerate(chosen)])
            written = folded(city)
            importer.refold(city)
            assert folded(city) == written, (seed, round_, refolds)
            assert not list(city.data_dir.rglob("fold-*"))
        assert any(ahead for _, ahead in refolds) and any(from_log for from_log, _ in refolds)  # both paths taken


def test_rows_that_cannot_be_ordered_give_the_fold_up_not_the_file(tmp_path):
    """Lesson ids of two types cannot be sorted into the tables' key order: the fold and
    its facts are given up, and the check of the file goes on as without them."""
    ahead = FoldAhead(HANDLED_KINDS)
    ahead.add([("o1", 1, 1, "learner.created", "L1", "2026-03-01T08:00:00.000+00:00",
                '{"name":"Bà Dung","birth_year":1950,"group":"elderly","ward":""}'),
               ("o1", 2, 2, "lesson.completed", "L1", "2026-03-01T08:00:00.000+00:00", '{"lesson_id":5}'),
               ("o1", 3, 3, "lesson.completed", "L1", "2026-03-01T08:00:00.000+00:00", '{"lesson_id":"a"}')])
    assert ahead.write(fold_file(tmp_path / "rows"), copy_text, ()) is None
    assert not list(tmp_path.iterdir())
