"""Whether the log holds any undo of a join (core/store/joins.py, `any_undo`) is asked at
every import that brings a join or an erase: on both engines it must be a lookup in the
partial index `events_undos`, never a pass over the whole log (seconds to minutes at a
city's hundreds of millions of events). These tests read each engine's own plan of the
very statements the fold runs, so they fail if the query and the index drift apart."""

import random
import sqlite3

import psycopg
import pytest
from sqlite_utils import Database

from digital_literacy_app.core.store import joins, open_database, pg_migrations
from digital_literacy_app.core.store.migrations import KNOWN, migrations
from digital_literacy_app.core.store.pg_dialect import translate
from digital_literacy_app.core.store.postgres import PgConnection, open_postgres
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES

COLUMNS = "origin_device_id, seq, lamport, kind, learner_id, wall_time, payload"
KINDS = ["step.completed"] * 12 + ["quiz.answered", "hint.used", "lesson.started", "learner.created",
                                   "learner.merged", "learner.erased"]


def made_up_events(count: int, first: int = 0, undos: int = 0):
    """Events of many kinds (`undos` of them undos), as the fold's bulk paths load them."""
    rng = random.Random(first)
    for number in range(first, first + count):
        kind = joins.KIND if number - first < undos else rng.choice(KINDS)
        yield (f"pc{number % 40:02d}", number // 40 + 1, number + 1, kind, f"l{rng.randrange(count // 10 + 1)}",
               "2026-03-04T10:00:00", '{"lesson_id":"vietqr-pay"}')


class Recorder:
    """A connection that keeps the text of each statement run through it."""

    def __init__(self, conn):
        self.conn, self.statements = conn, []

    def execute(self, sql, params=()):
        self.statements.append(sql)
        return self.conn.execute(sql, params)


def undo_question(conn) -> str:
    """The statement `any_undo` runs, as it runs it."""
    recorder = Recorder(conn)
    joins.any_undo(recorder)
    [sql] = recorder.statements
    return sql


def sqlite_plan(conn, sql: str) -> str:
    return "\n".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))


def postgres_plan(raw, sql: str) -> str:
    return "\n".join(row[0] for row in raw.execute("EXPLAIN " + translate(sql).sql))


def assert_sqlite_reads_the_index(conn, sql: str) -> None:
    plan = sqlite_plan(conn, sql)
    assert "INDEX events_undos" in plan, plan


def assert_postgres_reads_the_index(raw, sql: str) -> None:
    plan = postgres_plan(raw, sql)
    assert "Index Only Scan using events_undos" in plan or "Index Scan using events_undos" in plan, plan
    assert "Seq Scan" not in plan, plan


@pytest.mark.parametrize("undos", [None, 0, 3], ids=["no statistics", "statistics, no undo", "statistics, undos"])
def test_sqlite_asks_the_index(tmp_path, undos):
    """On SQLite the query says the index's term as written (a partial index is used only
    then), with or without the planner's statistics (ANALYZE), and answers rightly."""
    db = open_database(tmp_path / "store.sqlite3")
    conn = db.conn
    assert_sqlite_reads_the_index(conn, undo_question(conn))
    assert joins.any_undo(conn) is False
    if undos is not None:
        with conn:
            conn.executemany(f"INSERT INTO events ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             made_up_events(5000, undos=undos))
        conn.execute("ANALYZE")
        assert conn.execute("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'events'").fetchone()[0] > 0
        assert_sqlite_reads_the_index(conn, undo_question(conn))
        assert joins.any_undo(conn) is bool(undos)


def copy_events(raw, rows) -> None:
    with raw.cursor().copy(f"COPY events ({COLUMNS}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def test_postgres_asks_the_index_with_empty_stale_and_fresh_statistics(postgres_url):
    """On PostgreSQL the plan is a scan of the small partial index whatever the planner's
    statistics say: a store never analyzed, empty or filled since, statistics taken while
    it was small (the state after a large import, before autovacuum), and fresh ones."""
    with psycopg.connect(postgres_url, autocommit=True) as raw:
        raw.execute("ALTER TABLE events SET (autovacuum_enabled = false)")  # the statistics stay as made here
        conn = PgConnection(raw)
        sql = undo_question(conn)
        assert_postgres_reads_the_index(raw, sql)  # empty, never analyzed
        copy_events(raw, made_up_events(20_000))
        assert raw.execute("SELECT reltuples FROM pg_class WHERE relname = 'events'").fetchone()[0] < 0
        assert_postgres_reads_the_index(raw, sql)  # filled, never analyzed
        assert joins.any_undo(conn) is False
        raw.execute("TRUNCATE events")
        copy_events(raw, made_up_events(500))
        raw.execute("ANALYZE events")
        copy_events(raw, made_up_events(40_000, first=500))
        assert_postgres_reads_the_index(raw, sql)  # statistics of a store eighty times smaller
        raw.execute("ANALYZE events")
        assert_postgres_reads_the_index(raw, sql)  # fresh
        copy_events(raw, made_up_events(1000, first=40_500, undos=2))
        raw.execute("ANALYZE events")
        assert_postgres_reads_the_index(raw, sql)
        assert joins.any_undo(conn) is True


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_the_undo_questions_of_a_join_and_of_its_import_read_the_index(tmp_path, postgres_server, monkeypatch,
                                                                         engine):
    """Every undo question the fold asks, recording a join on a PC (fold.py) and importing
    it into a coordinator's store among other learners (replay.py's partial refold), on
    either engine, is planned as a lookup in the index; and the answer follows the log."""
    sqlite_questions = []
    with Trainer.open(tmp_path / "a", lesson_dirs=[FIXTURES / "lessons"]) as a:
        kept, twin = a.learners.add("Lê Thị Gộp", 1950), a.learners.add("Le thi Gop", 1950)
        a.db.conn.set_trace_callback(sqlite_questions.append)
        a.learners.merge(twin.id, kept.id)
        a.db.conn.set_trace_callback(None)
        sqlite_questions = [sql for sql in sqlite_questions if joins.KIND in sql]
        assert sqlite_questions
        for sql in sqlite_questions:
            assert_sqlite_reads_the_index(a.db.conn, sql)
        joined = export(a, tmp_path / "joined.dlsync").path
        a.learners.unmerge([twin.id])
        undone = export(a, tmp_path / "undone.dlsync").path
    with Trainer.open(tmp_path / "b", lesson_dirs=[FIXTURES / "lessons"]) as b:
        for number in range(6):
            b.learners.add(f"Người Khác {number}", 1950)
        others = export(b, tmp_path / "others.dlsync").path
    url = postgres_server.new_database() if engine == "postgres" else None
    with Trainer.open(tmp_path / "coordinator", lesson_dirs=[FIXTURES / "lessons"], database=url) as coordinator:
        import_files(coordinator, [others])
        asked = []
        if engine == "postgres":
            original = PgConnection.execute
            monkeypatch.setattr(PgConnection, "execute",
                                lambda self, sql, params=(): asked.append(sql) or original(self, sql, params))
        else:
            coordinator.db.conn.set_trace_callback(asked.append)
        import_files(coordinator, [joined])
        monkeypatch.undo()
        if engine == "sqlite":
            coordinator.db.conn.set_trace_callback(None)
        asked = [sql for sql in asked if joins.KIND in sql]
        assert asked, "the import of a join asks whether the log holds an undo"
        for sql in asked:
            if engine == "postgres":
                assert_postgres_reads_the_index(coordinator.db.raw, sql)
            else:
                assert_sqlite_reads_the_index(coordinator.db.conn, sql)
        assert joins.any_undo(coordinator.db.conn) is False and coordinator.learners.count() == 7
        import_files(coordinator, [undone])
        assert joins.any_undo(coordinator.db.conn) is True and coordinator.learners.count() == 8


@pytest.mark.parametrize("version_index", [1, KNOWN.index("0013_undo_index")])
def test_a_sqlite_store_made_by_an_earlier_version_gets_the_index(tmp_path, version_index):
    """A store made by the first version, or the one just before the index, already holding
    undos among other events, moves up: the index is made over the events it holds and
    answers at once. (Every earlier version's upgrade: tests/core/test_store.py; each of
    these takes almost 2 s.)"""
    path = tmp_path / "old.sqlite3"
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, stop_before=KNOWN[version_index])
    old.conn.executemany(f"INSERT INTO events ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         made_up_events(2000, undos=2))
    old.conn.close()
    db = open_database(path)
    assert [m.name for m in migrations.applied(db)] == KNOWN
    assert db.execute("SELECT COUNT(*) FROM events INDEXED BY events_undos "
                      f"WHERE {joins.UNDO_TERM}").fetchone()[0] == 2
    assert_sqlite_reads_the_index(db.conn, undo_question(db.conn))
    assert joins.any_undo(db.conn) is True
    db.conn.close()


def test_a_postgres_store_made_by_each_earlier_version_gets_the_index(postgres_server, monkeypatch):
    """As on SQLite: a city store made by each version before the index (or none), holding
    undos among other events, moves up and reads the undo question from the index."""
    made = pg_migrations.KNOWN.index("0007_undo_index")
    for known in range(made + 1):
        url = postgres_server.new_database(migrated=False)
        if known:
            with monkeypatch.context() as patched:
                patched.setattr(pg_migrations, "MIGRATIONS", pg_migrations.MIGRATIONS[:known])
                open_postgres(url).conn.close()
            with psycopg.connect(url, autocommit=True) as raw:
                copy_events(raw, made_up_events(2000, undos=2))
        db = open_postgres(url)
        try:
            assert pg_migrations.applied(db.raw) == set(pg_migrations.KNOWN)
            assert db.raw.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'events_undos'").fetchone()
            assert_postgres_reads_the_index(db.raw, undo_question(db.conn))
            assert joins.any_undo(db.conn) is bool(known)
        finally:
            db.conn.close()
