"""The city store's report facts (report_facts and their sizes per cell): kept by triggers
in the same transaction as the folded tables they are made from, whichever way those are
written, and giving the figures the folded tables give.

Every test here runs a real PostgreSQL server (tests/postgres.py).
"""

import psycopg
import pytest

from digital_literacy_app.core.paths import bundled_lessons_dir
from digital_literacy_app.core.reports import ReportDesk, ReportFilter, build_report
from digital_literacy_app.core.store import fold, pg_migrations
from digital_literacy_app.core.store.postgres import PgConnection, PgDatabase
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES

def facts(conn, metric: str = "active") -> list[tuple]:
    return conn.execute("SELECT ward, learner_group, month, area, learner_id, lesson_id FROM report_facts "
                        "WHERE metric = ? ORDER BY 1, 2, 3, 4, 5, 6", (metric,)).fetchall()


def from_folded(conn) -> list[tuple]:
    """The facts as the folded tables give them (pg_migrations.FACTS_OF over everyone)."""
    return conn.execute("SELECT * FROM (" + pg_migrations.FACTS_OF.format(
        people=pg_migrations.EVERYONE) + ") f ORDER BY 1, 2, 3, 4, 5, 6, 7").fetchall()


def assert_in_step(trainer) -> None:
    """The sets are what the folded tables give, and their sizes per cell are their sizes."""
    conn = trainer.db.conn
    stored = conn.raw.execute("SELECT * FROM report_facts ORDER BY 1, 2, 3, 4, 5, 6, 7").fetchall()
    assert stored == from_folded(conn.raw)
    kinds = {"active", "learners", "completed", "registered", "active_area", "active_any"}
    assert kinds <= {row[0] for row in stored} <= kinds | {"active_extra"}  # the fixture has one area
    assert conn.execute("SELECT * FROM report_fact_counts ORDER BY 1, 2, 3, 4, 5").fetchall() == conn.execute(
        "SELECT metric, ward, learner_group, month, area, COUNT(*) FROM report_facts GROUP BY 1, 2, 3, 4, 5 "
        "ORDER BY 1, 2, 3, 4, 5").fetchall()


def demo_files(tmp_path) -> list:
    files = []
    for name, learners, seed in (("a", 25, 1), ("b", 15, 2)):
        with Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"]) as ward:
            ward.seed_demo(learners, seed)
            files.append(export(ward, tmp_path / f"{name}.dlsync").path)
    return files


def test_imports_refolds_and_changes_of_ward_keep_the_facts_in_step(tmp_path, postgres_url):
    """Demo wards (joins and erasures among them) imported one by one, a full refold, a
    learner moved to another ward and joined into another, one erased: after each, the
    facts are exactly those the folded tables give, and a report counts from them."""
    files = demo_files(tmp_path)
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as town:
        for path in files:
            import_files(town, [path])
            assert_in_step(town)
        conn = town.db.conn
        assert len(facts(conn)) > 20
        areas = {row[0] for row in conn.execute("SELECT area FROM report_lesson_areas").fetchall()}
        assert areas and {row[3] for row in facts(conn)} <= areas | {"unknown"}
        with town.db.atomic():
            fold.rebuild(conn)
        assert_in_step(town)
        town.db.analyze_after(10**9)  # the planner's statistics after a large import name real tables
        first, second = [row[0] for row in conn.execute(
            "SELECT DISTINCT learner_id FROM report_facts WHERE metric = 'active' ORDER BY 1 LIMIT 2").fetchall()]
        with town.db.atomic():
            conn.execute("UPDATE learners SET ward = 'Phường Mới', learner_group = 'farmer' WHERE id = ?", (first,))
        assert_in_step(town)
        assert {row[0] for row in facts(conn) if row[4] == first} == {"Phường Mới"}
        assert {row[0] for row in facts(conn, "learners") if row[4] == first} == {"Phường Mới"}
        with town.db.atomic():
            conn.execute("UPDATE learners SET merged_into = ? WHERE id = ?", (first, second))
        assert_in_step(town)
        assert not [row for row in facts(conn) + facts(conn, "completed") if row[4] == second]
        assert not [row for row in facts(conn, "registered") + facts(conn, "active_any") if row[4] == second]
        with town.db.atomic():  # the join undone: the learner counts again, on their own
            conn.execute("UPDATE learners SET merged_into = NULL WHERE id = ?", (second,))
        assert_in_step(town)
        assert [row[4] for row in facts(conn, "registered") if row[4] == second] == [second]
        with town.db.atomic():
            conn.execute("DELETE FROM learner_activity WHERE learner_id = ?", (first,))
            conn.execute("DELETE FROM lesson_progress WHERE learner_id = ?", (first,))
            conn.execute("DELETE FROM learners WHERE id = ?", (first,))
        assert_in_step(town)
        report = build_report(town, ["ward"], ReportFilter(ward="Phường Mới"))
        assert report.totals["active_learners"] == 0 and report.totals["learners"] == 0
        third = conn.execute("SELECT id FROM learners WHERE merged_into IS NULL AND id NOT IN "
                             "(SELECT learner_id FROM lesson_progress) LIMIT 1").fetchone()
        if third:  # a learner who started no lesson yet counts under the area ""
            assert [row[3] for row in facts(conn, "learners") if row[4] == third[0]] == [""]


def test_the_facts_give_the_figures_the_folded_tables_give(tmp_path, postgres_url):
    """The city store's report (from the facts) against the one counted from the folded
    tables on SQLite, for every split the reports offer, filtered and not."""
    files = demo_files(tmp_path)
    splits = (["ward", "group", "area", "month"], ["competence", "month"], ["area"], ["group"], [],
              ["month", "group"], ["ward", "area"], ["ward"])
    filters = (ReportFilter(), ReportFilter(month_from="2025-06", month_to="2026-03"),
               ReportFilter(ward="Phường Ba Đình"), ReportFilter("Xã Ba Vì", month_to="2025-12"))
    with Trainer.open(tmp_path / "sqlite", lesson_dirs=[FIXTURES / "lessons"]) as small:
        import_files(small, files)
        expected = [build_report(small, by, where).as_json() for by in splits for where in filters]
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as town:
        import_files(town, files)
        found = [build_report(town, by, where).as_json() for by in splits for where in filters]
    assert found == expected
    assert '"active_learners": 0' not in expected[0].split('"totals"')[1]


def test_other_lessons_make_the_facts_again_and_give_the_figures_sqlite_gives(tmp_path, postgres_url):
    """The coordinator's lessons change (a new version of the app): the next report makes
    the facts again with the new areas (lessons no longer there count as "unknown"), and
    its figures are those SQLite counts with the same lessons."""
    files = demo_files(tmp_path)
    other = [bundled_lessons_dir()]
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as town:
        import_files(town, files)
        before = {row[3] for row in facts(town.db.conn)}
    with Trainer.open(tmp_path / "sqlite", lesson_dirs=other) as small:
        import_files(small, files)
        expected = ReportDesk(small).build(["area", "month"]).as_json()
    with Trainer.open(tmp_path / "city", lesson_dirs=other, database=postgres_url) as town:
        found = ReportDesk(town).build(["area", "month"]).as_json()
        after = {row[3] for row in facts(town.db.conn)}
        assert_in_step(town)
    assert found == expected
    assert before != after and "unknown" in after


def triggers_waiting(raw) -> set[str]:
    """The folded tables' fact triggers that wait while a bulk refold writes (M0006)."""
    return {row[0] for row in raw.execute(
        "SELECT tgname FROM pg_trigger WHERE tgname LIKE 'report_%%' AND NOT tgisinternal "
        "AND pg_get_triggerdef(oid) LIKE %s", (f"%{pg_migrations.REPORT_FACTS_LATER}%",))}


@pytest.mark.parametrize("known", [3, 4, 5])
def test_the_migration_fills_the_facts_of_a_store_made_before(tmp_path, postgres_server, monkeypatch, known):
    """A city store made by an earlier version (no facts yet, none per learner, or facts
    made again after each statement of a refold), with learners in it, moves up: the
    migrations fill the facts from its folded tables, their sizes per cell follow, and
    the triggers wait for a bulk refold."""
    url = postgres_server.new_database(migrated=False)
    monkeypatch.setattr(pg_migrations, "MIGRATIONS", pg_migrations.MIGRATIONS[:known])
    if known < 4:
        monkeypatch.setattr(PgDatabase, "keep_report_areas", lambda db, areas: None)  # not in that version
        monkeypatch.delattr(PgConnection, "report_facts_after")  # nor this
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=url) as town:
        import_files(town, demo_files(tmp_path))
    monkeypatch.undo()
    with psycopg.connect(url) as raw:
        table = raw.execute("SELECT to_regclass('report_facts')").fetchone()[0]
        assert table is None if known < 4 else bool(raw.execute(
            "SELECT 1 FROM report_facts WHERE metric = 'registered'").fetchall()) == (known >= 5)
        assert not triggers_waiting(raw)
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=url) as town:
        assert from_folded(town.db.raw)
        assert_in_step(town)
        assert len(triggers_waiting(town.db.raw)) == 8


def test_a_city_report_reads_sizes_per_cell_not_a_row_per_learner(tmp_path, postgres_url):
    """While another session holds every table with a row per learner (the sets, activity,
    progress) locked, the city report, its ward subtotals, reports by area and by nothing,
    and the month chart's splits (by month and group or ward) are still made, from the sizes per cell alone, and are those SQLite counts."""
    files = demo_files(tmp_path)

    def reports(desk):
        return [desk.with_ward_totals(desk.build(["ward", "group", "area", "month"])),
                desk.build(["area"]), desk.build(["group"]), desk.build([]),
                desk.build(["month", "group"]), desk.build(["month", "ward"])]  # the month chart's

    with Trainer.open(tmp_path / "sqlite", lesson_dirs=[FIXTURES / "lessons"]) as small:
        import_files(small, files)
        expected = reports(ReportDesk(small))
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as town:
        import_files(town, files)
        town.reports.build([])  # the facts made with these lessons
        with psycopg.connect(postgres_url) as other:
            other.execute("LOCK TABLE report_facts, learner_activity, lesson_progress, steps_done "
                          "IN ACCESS EXCLUSIVE MODE")
            town.db.raw.execute("SET lock_timeout = '5s'")
            found = reports(town.reports)
    assert [r.as_json() for r in found] == [r.as_json() for r in expected]
    assert found[0].ward_totals == expected[0].ward_totals and found[0].ward_totals


def test_a_refold_makes_the_facts_of_its_learners_once(tmp_path, postgres_url):
    """A refold writes its learners' folded tables in several statements (learners,
    progress, steps, activity); their facts are made once, at the end (M0006), not again
    after each statement. So in the import's own transaction no fact is deleted from a new
    store and each is inserted once; the same for a later, partial refold of a new ward's
    few learners; and the facts stay in step with the folded tables."""
    files = demo_files(tmp_path)
    with Trainer.open(tmp_path / "c", lesson_dirs=[FIXTURES / "lessons"]) as ward:
        ward.seed_demo(3, 3)
        files.append(export(ward, tmp_path / "c.dlsync").path)

    def import_counting(town, paths) -> tuple[int, int, int]:
        """(facts inserted, facts deleted, facts stored) by importing `paths`."""
        before = town.db.raw.execute("SELECT COUNT(*) FROM report_facts").fetchone()[0]
        counts = "SELECT n_tup_ins, n_tup_del FROM pg_stat_xact_user_tables WHERE relname = 'report_facts'"
        with town.db.atomic():  # the counts not yet sent may hold an earlier transaction's too
            start = town.db.raw.execute(counts).fetchone()
            import_files(town, paths)
            inserted, deleted = (end - begun for end, begun in zip(town.db.raw.execute(counts).fetchone(), start))
        return inserted, deleted, town.db.raw.execute("SELECT COUNT(*) FROM report_facts").fetchone()[0] - before

    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as town:
        inserted, deleted, added = import_counting(town, files[:2])
        assert added > 100 and (inserted, deleted) == (added, 0)
        assert_in_step(town)
        learners = town.db.raw.execute("SELECT COUNT(*) FROM learners").fetchone()[0]
        inserted, deleted, added = import_counting(town, files[2:])
        assert town.db.raw.execute("SELECT COUNT(*) FROM learners").fetchone()[0] - learners <= 3  # partial
        assert added > 0 and (inserted, deleted) == (added, 0)
        assert_in_step(town)


@pytest.mark.parametrize("made_by", ["0008_report_facts_by_month", "0007_undo_index"])
def test_learners_active_in_several_areas_in_a_month_count_once_in_the_month_chart(
        tmp_path, postgres_server, monkeypatch, made_by):
    """With the bundled lessons (many areas), learners work on lessons of several areas in
    one month: the month chart's splits (by month, alone or with group or ward, filtered by
    months or not) are the sizes of the `active` sets less those of `active_extra`, and
    are those SQLite counts, in a store made by this version or moved up from the one
    before (migration 0008 fills the overcounts); activity added and taken away one row at
    a time (the triggers' own path) keeps the overcounts in step."""
    lessons = [bundled_lessons_dir()]
    files = []
    for name, learners, seed in (("a", 12, 5), ("b", 8, 6)):
        with Trainer.open(tmp_path / name, lesson_dirs=lessons) as ward:
            ward.seed_demo(learners, seed)
            files.append(export(ward, tmp_path / f"{name}.dlsync").path)
    splits = (["month"], ["month", "group"], ["month", "ward"], ["month", "area"])
    filters = (ReportFilter(), ReportFilter(month_from="2025-09", month_to="2026-02"))
    with Trainer.open(tmp_path / "sqlite", lesson_dirs=lessons) as small:
        import_files(small, files)
        expected = [build_report(small, by, where).as_json() for by in splits for where in filters]
    url = postgres_server.new_database(migrated=False)
    monkeypatch.setattr(pg_migrations, "MIGRATIONS", pg_migrations.MIGRATIONS[:pg_migrations.KNOWN.index(made_by) + 1])
    with Trainer.open(tmp_path / "city", lesson_dirs=lessons, database=url) as town:
        import_files(town, files)
    monkeypatch.undo()
    with Trainer.open(tmp_path / "city", lesson_dirs=lessons, database=url) as town:
        assert [build_report(town, by, where).as_json() for by in splits for where in filters] == expected
        assert_in_step(town)
        conn = town.db.conn
        extra = conn.execute("SELECT learner_id, month FROM report_facts WHERE metric = 'active_extra' "
                             "ORDER BY 1, 2 LIMIT 1").fetchone()
        assert extra, "no learner worked in two areas in one month"
        single = conn.execute(
            "SELECT a.learner_id, a.month FROM report_facts a WHERE a.metric = 'active' AND NOT EXISTS "
            "(SELECT 1 FROM report_facts x WHERE x.metric = 'active_extra' AND x.learner_id = a.learner_id "
            "AND x.month = a.month) ORDER BY 1, 2 LIMIT 1").fetchone()
        areas = dict(conn.execute("SELECT lesson_id, area FROM report_lesson_areas").fetchall())
        done = {row[0] for row in conn.execute(
            "SELECT lesson_id FROM learner_activity WHERE learner_id = ? AND month = ?", single).fetchall()}
        other = next(lesson for lesson, area in sorted(areas.items()) if area not in {areas[d] for d in done})
        with town.db.atomic():
            conn.execute("INSERT INTO learner_activity (learner_id, month, lesson_id) VALUES (?, ?, ?)",
                         (*single, other))
        assert_in_step(town)
        assert conn.execute("SELECT COUNT(*) FROM report_facts WHERE metric = 'active_extra' AND learner_id = ? "
                            "AND month = ?", single).fetchone()[0] == 1
        with town.db.atomic():
            conn.execute("DELETE FROM learner_activity WHERE learner_id = ? AND month = ? AND lesson_id = ?",
                         (*single, other))
        assert_in_step(town)


def test_a_refolds_facts_wait_in_one_transaction_of_their_own_when_called_outside_one(tmp_path, postgres_url):
    """`report_facts_after` called with no transaction open (the connection commits each
    statement): the facts still wait for the end, and a failure midway leaves the tables
    and their facts as they were."""
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as town:
        import_files(town, demo_files(tmp_path))
        conn, raw = town.db.conn, town.db.raw
        learner = raw.execute("SELECT learner_id FROM learner_activity ORDER BY 1 LIMIT 1").fetchone()[0]
        before, activity = facts(conn), raw.execute("SELECT COUNT(*) FROM learner_activity").fetchone()[0]
        with pytest.raises(RuntimeError):
            with conn.report_facts_after([learner]):
                raw.execute("DELETE FROM learner_activity WHERE learner_id = %s", (learner,))
                assert facts(conn) == before  # waiting
                raise RuntimeError("the refold fails midway")
        assert facts(conn) == before
        assert raw.execute("SELECT COUNT(*) FROM learner_activity").fetchone()[0] == activity
        with conn.report_facts_after([learner]):
            raw.execute("DELETE FROM learner_activity WHERE learner_id = %s", (learner,))
            assert facts(conn) == before
        assert learner not in {row[4] for row in facts(conn)}
        assert_in_step(town)


def test_some_learners_facts_are_made_through_their_keys_without_reading_a_whole_table(postgres_url):
    """A batch touches a fair share of a city's learners (15,500 of 250,000 at 4 million
    events). Their facts were made by reading all the facts into a hash, and the learners'
    whole key three times over: a time that grew with the store (M0011). Here 12,000 of
    40,000 learners, in the import's transaction, as the counters of that transaction say."""
    with psycopg.connect(postgres_url) as conn:
        conn.execute("SELECT set_config(%s, 'later', true)", (pg_migrations.REPORT_FACTS_LATER,))
        conn.execute("""INSERT INTO learners (id, name, name_key, learner_group, ward, created_at, last_active_at,
                                              last_active_lamport)
                        SELECT 'l' || n, 'Người ' || n, 'nguoi ' || n, 'older', 'Phường ' || n % 20,
                               '2026-03-01', '2026-03-02', n FROM generate_series(1, 40000) AS n""")
        conn.execute("""INSERT INTO lesson_progress (learner_id, lesson_id, status, started_at, last_at, last_lamport,
                                                     completed_at)
                        SELECT id, 'sample-lesson', 'completed', '2026-03-01', '2026-03-02', 1, '2026-03-02'
                        FROM learners""")
        conn.execute("INSERT INTO learner_activity (learner_id, month, lesson_id) "
                     "SELECT id, '2026-03', 'sample-lesson' FROM learners")
        conn.execute("SELECT dla_report_facts_rebuild()")
        conn.commit()
        conn.execute("ANALYZE")
        touched = [f"l{n}" for n in range(1, 40001, 10)] + [f"new-{n}" for n in range(8000)]
        read = ("SELECT relname, seq_scan, idx_scan FROM pg_stat_xact_user_tables "
                "WHERE relname IN ('report_facts', 'learners', 'lesson_progress', 'learner_activity')")
        before = {name: (seq, idx) for name, seq, idx in conn.execute(read)}
        conn.execute("SELECT dla_report_facts_of(%s::text[])", (touched,))
        after = {name: (seq, idx) for name, seq, idx in conn.execute(read)}
        stored = conn.execute("SELECT COUNT(*) FROM report_facts WHERE learner_id = 'l11'").fetchone()[0]
    assert {name: after[name][0] - before[name][0] for name in after} == dict.fromkeys(after, 0)
    assert all(after[name][1] > before[name][1] for name in after)
    assert stored > 0  # made again, not lost
