"""The report's SQL counts equal a plain count of the same facts, for every split.

`build_report` counts learners, completions and active learners in SQLite, with numbered
cohorts and lesson classes standing in for names. This test counts the same facts the
obvious way, one Python set per row, over a seeded ward (the bundled lessons, merges,
erasures, a lesson this PC does not have), and compares every figure.
"""

import itertools
import random
from collections import defaultdict

import pytest

from digital_literacy_app.core import demo
from digital_literacy_app.core.reports import ReportFilter, build_report
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import REPO

COUNTED = ("learners", "lessons_completed", "active_learners")
SPLITS = [list(by) for size in range(3) for by in itertools.permutations(
    ("ward", "group", "area", "month", "competence"), size)] + [["ward", "group", "area", "month"],
                                                               ["month", "area", "competence"]]


@pytest.fixture(scope="module")
def ward(tmp_path_factory):
    trainer = Trainer.open(tmp_path_factory.mktemp("ward"), lesson_dirs=[REPO / "lessons"])
    demo.seed(trainer, 80, seed_value=7)
    rng = random.Random(7)
    people = trainer.learners.all()
    for _ in range(8):
        kept, duplicate = rng.sample(people, 2)
        if trainer.learners.exists(kept.id) and trainer.learners.exists(duplicate.id):
            trainer.learners.merge(duplicate.id, kept.id)
    for person in rng.sample(trainer.learners.all(), 5):
        trainer.learners.erase(person.id)
    someone = trainer.learners.all()[0]
    for kind in ("lesson.started", "lesson.completed"):  # a lesson another PC had, this one not
        trainer.log.record(kind, someone.id, {"lesson_id": "retired-lesson", "lesson_version": 1})
    yield trainer
    trainer.close()


def plain_counts(trainer, by, where):
    """Every fact added to a set per row; a figure is the size of its set."""
    conn = trainer.db.conn
    area = {lesson.id: lesson.area for lesson in trainer.lessons.lessons}
    competences = {lesson.id: list(lesson.competences) or [""] for lesson in trainer.lessons.lessons}
    people = {row[0]: row[1:] for row in conn.execute(
        "SELECT id, ward, learner_group, created_at FROM learners WHERE merged_into IS NULL")}
    cells, totals = defaultdict(lambda: defaultdict(set)), defaultdict(set)

    def add(metric, fact, learner_id, lesson_id, month):
        ward_name, group, _ = people[learner_id]
        if not where.keeps(ward_name, month):
            return
        lesson_area = area.get(lesson_id, "unknown") if lesson_id else ""
        for competence in competences.get(lesson_id, ["unknown"]) if lesson_id else [""]:
            names = {"ward": ward_name, "group": group, "area": lesson_area, "month": month,
                     "competence": competence}
            cells[tuple(names[d] for d in by)][metric].add(fact)
        totals[metric].add(fact)

    started = defaultdict(set)
    for learner_id, lesson_id, completed_at in conn.execute(
            "SELECT learner_id, lesson_id, completed_at FROM lesson_progress"):
        if learner_id in people:
            started[learner_id].add(lesson_id)
            if completed_at:
                add("lessons_completed", (learner_id, lesson_id), learner_id, lesson_id, completed_at[:7])
    split = "area" in by or "competence" in by
    for learner_id, (_, _, created_at) in people.items():
        for lesson_id in sorted(started[learner_id]) if split and started[learner_id] else [None]:
            add("learners", learner_id, learner_id, lesson_id, created_at[:7])
    for learner_id, month, lesson_id in conn.execute("SELECT learner_id, month, lesson_id FROM learner_activity"):
        if learner_id in people:
            add("active_learners", learner_id, learner_id, lesson_id, month)
    rows = {key: {m: len(facts[m]) for m in COUNTED} for key, facts in cells.items()}
    return rows, {m: len(totals[m]) for m in COUNTED}


@pytest.mark.parametrize("where", [ReportFilter(), ReportFilter(month_from="2026-09", month_to="2026-10"),
                                   "first ward"], ids=["all", "two months", "one ward"])
def test_sql_counts_equal_a_plain_count_for_every_split(ward, where):
    if where == "first ward":
        where = ReportFilter(ward=ward.db.conn.execute("SELECT MIN(ward) FROM learners").fetchone()[0])
    assert ward.db.conn.execute("SELECT COUNT(*) FROM learner_aliases").fetchone()[0] > 0
    for by in SPLITS:
        report = build_report(ward, by, where)
        expected_rows, expected_totals = plain_counts(ward, by, where)
        got = {tuple(row[d] for d in by): {m: row[m] for m in COUNTED} for row in report.rows}
        got = {key: counts for key, counts in got.items() if any(counts.values())}
        assert got == expected_rows, by
        assert {m: report.totals[m] for m in COUNTED} == expected_totals, by


def test_sessions_and_certificates_are_found_through_their_own_indexes(ward):
    """The report and the sessions list read teaching sessions (with their corrections and
    withdrawals) and certificates through the small partial indexes: SQLite does far fewer
    steps than there are events, where reading the log without the index takes more steps
    than events."""
    from digital_literacy_app.core import sessions
    from digital_literacy_app.core.reports import build

    conn = ward.db.conn
    book, people = ward.sessions, [r.id for r in ward.learners.all()[:3]]
    logged = [book.log(date="2026-10-0" + str(day), place="Nhà văn hoá", volunteer="Hà", topic="VNeID",
                       minutes=60, attendees=people) for day in (1, 2, 3)]
    book.correct(logged[0].key, date="2026-10-04", place="Nhà văn hoá", volunteer="Hà", topic="VNeID",
                 minutes=30, attendees=people[:1], corrected_by="Hà")
    book.withdraw(logged[1].key, withdrawn_by="Hà")
    assert [(s.date, s.minutes) for s in book.all()] == [("2026-10-04", 30), ("2026-10-03", 60)]
    events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert events > 3000

    def steps_of(action):
        counted = [0]

        def tick():
            counted[0] += 1

        conn.set_progress_handler(tick, 10)
        try:
            action()
        finally:
            conn.set_progress_handler(None, 0)
        return counted[0] * 10

    def ignore(*args, **kwargs):
        return None

    assert steps_of(lambda: ward.sessions.all()) < events / 10
    assert steps_of(lambda: book.get(logged[0].key)) < events / 10
    assert steps_of(lambda: conn.execute(sessions._CHANGES).fetchall()) < events / 10
    assert steps_of(lambda: conn.execute(sessions._CHANGES.replace("WHERE kind", "WHERE kind || ''"))
                    .fetchall()) > events
    assert steps_of(lambda: build._session_facts(conn, ignore)) < events / 10
    assert steps_of(lambda: build._certificate_facts(conn, ignore)) < events / 10
    assert steps_of(lambda: conn.execute(
        "SELECT COUNT(*) FROM events WHERE kind || '' = 'session.logged'").fetchall()) > events
