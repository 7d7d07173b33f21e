"""The city store on PostgreSQL: its schema by numbered migrations, and the statement
translation that lets the core's one set of rules run there (core/store/pg_dialect.py)."""

import psycopg
import pytest

from digital_literacy_app.core.errors import NewerDatabaseError
from digital_literacy_app.core.store import city_address, pg_migrations
from digital_literacy_app.core.store.pg_dialect import translate
from digital_literacy_app.core.store.postgres import open_postgres, safe_url
from digital_literacy_app.core.sync.checking import copy_text


def test_a_new_store_is_created_by_the_migrations_and_records_them(postgres_server):
    url = postgres_server.new_database(migrated=False)
    db = open_postgres(url)
    try:
        tables = set(db.table_names())
        assert {"events", "learners", "lesson_progress", "learner_activity", "certificates", "known_devices",
                "imported_files", "held_events", "chain_proofs", pg_migrations.MIGRATIONS_TABLE} <= tables
        assert pg_migrations.applied(db.raw) == set(pg_migrations.KNOWN)
    finally:
        db.conn.close()
    again = open_postgres(url)  # opening again changes nothing
    assert pg_migrations.applied(again.raw) == set(pg_migrations.KNOWN)
    again.conn.close()


def test_every_migration_applies_to_a_store_made_by_the_version_before(postgres_server, monkeypatch):
    """Each prefix of the list, then the whole: a store made by every earlier version moves up."""
    for known in range(len(pg_migrations.MIGRATIONS)):
        url = postgres_server.new_database(migrated=False)
        with monkeypatch.context() as patched:
            patched.setattr(pg_migrations, "MIGRATIONS", pg_migrations.MIGRATIONS[:known])
            open_postgres(url).conn.close()
        db = open_postgres(url)
        assert pg_migrations.applied(db.raw) == set(pg_migrations.KNOWN)
        db.conn.close()


def test_a_store_written_by_a_newer_version_is_refused_unchanged(postgres_url):
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"INSERT INTO {pg_migrations.MIGRATIONS_TABLE} (name) VALUES ('0999_from_the_future')")
    with pytest.raises(NewerDatabaseError) as refused:
        open_postgres(postgres_url)
    assert refused.value.code == "database.newer" and "0999_from_the_future" in str(refused.value)


def test_another_programs_database_is_refused_and_left_as_it_was(postgres_server):
    """A mistyped address or DLA_DATABASE_URL may lead to a database with tables of its own:
    the city store is not made among them (an empty database is made into one)."""
    from digital_literacy_app.core.errors import DlaError

    url = postgres_server.new_database(migrated=False)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric)")
    with pytest.raises(DlaError) as refused:
        open_postgres(url)
    assert refused.value.code == "city.not_a_city_store" and refused.value.details["address"] == safe_url(url)
    assert city_address.check(url).code == "city.not_a_city_store"  # the settings screen's look says the same
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall() == [("orders",)]
    empty = postgres_server.new_database(migrated=False)
    assert city_address.check(empty).code == "city.works_empty"
    open_postgres(empty).conn.close()  # nothing there: the store is made
    assert city_address.check(empty).code == "city.works"


def test_an_unreachable_server_is_a_refusal_without_the_password(tmp_path):
    from digital_literacy_app.core.errors import DlaError

    url = f"postgresql://coordinator:secret@/nowhere?host={tmp_path}"
    with pytest.raises(DlaError) as refused:
        open_postgres(url)
    assert refused.value.code == "database.postgres_unreachable"
    assert "secret" not in str(refused.value) and "secret" not in safe_url(url)


def test_a_driver_failure_becomes_a_refusal_with_its_first_line_and_anything_else_stays_a_bug(postgres_url):
    """The one place that tells the driver's errors apart (the screens and the command line
    ask Trainer.city_stores.lost_or_refused)."""
    from digital_literacy_app.core.trainer import Trainer

    store = open_postgres(postgres_url)
    store.raw.close()  # the server went away
    with pytest.raises(psycopg.Error) as failed:
        store.conn.execute("SELECT 1")
    lost = Trainer.city_stores.lost_or_refused(failed.value)
    first = str(failed.value).strip().splitlines()[0]
    assert lost.code == "city.lost" and lost.details == {"detail": first}
    assert lost.say("vi").startswith("Kho dữ liệu thành phố không trả lời (" + first)
    refused = Trainer.city_stores.lost_or_refused(psycopg.errors.DiskFull("could not extend file\nDETAIL: more"))
    assert refused.code == "database.postgres_failed" and refused.details == {"detail": "could not extend file"}
    assert Trainer.city_stores.lost_or_refused(psycopg.errors.DiskFull()).details == {"detail": "DiskFull"}
    assert Trainer.city_stores.lost_or_refused(ValueError("a bug")) is None
    assert Trainer.city_stores.lost_or_refused(OSError(28, "No space left on device")) is None


def test_only_a_connection_that_went_is_worded_as_the_city_store_not_answering(postgres_url):
    """A full disk or a broken rule is the store refusing, not the network: "check the
    cable" would send the coordinator the wrong way."""
    from digital_literacy_app.core.trainer import Trainer

    store = open_postgres(postgres_url)
    with pytest.raises(psycopg.Error) as broken_rule:
        store.conn.execute("SELECT 1 / 0")
    store.raw.rollback()
    store.raw.close()
    with pytest.raises(psycopg.Error) as closed:
        store.conn.execute("SELECT 1")
    decide = Trainer.city_stores.lost_or_refused
    lost = [closed.value, psycopg.OperationalError("server closed the connection unexpectedly"),
            psycopg.errors.AdminShutdown("terminating connection"), psycopg.errors.ConnectionFailure("gone")]
    refused = [broken_rule.value, psycopg.errors.DiskFull("could not extend file"),
               psycopg.errors.UniqueViolation("duplicate key"), psycopg.errors.QueryCanceled("statement timeout")]
    assert [decide(error).code for error in lost] == ["city.lost"] * len(lost)
    assert [decide(error).code for error in refused] == ["database.postgres_failed"] * len(refused)
    assert decide(broken_rule.value).say("en").startswith("The city store refused this work (division by zero)")
    assert decide(ValueError("a bug")) is None


def test_a_server_that_never_answers_is_given_up_after_the_timeout(monkeypatch):
    """A machine that takes the connection and never answers (a firewall, a hung server):
    the store is given up after CONNECT_TIMEOUT_S with the unreachable refusal, rather than
    the window waiting for as long as the network does; an address's own connect_timeout
    is kept."""
    import socket
    import threading
    import time

    from digital_literacy_app.core.errors import DlaError
    from digital_literacy_app.core.store import postgres

    mute = socket.create_server(("127.0.0.1", 0))  # the kernel accepts; nobody ever speaks
    port = mute.getsockname()[1]
    monkeypatch.setattr(postgres, "CONNECT_TIMEOUT_S", 2)
    outcome = {}

    def connect(url, key):
        start = time.monotonic()
        try:
            open_postgres(url)
        except DlaError as exc:
            outcome[key] = (exc.code, time.monotonic() - start)

    try:
        tries = [threading.Thread(target=connect, args=(f"postgresql://dla@127.0.0.1:{port}/city", "ours"),
                                  daemon=True),
                 threading.Thread(target=connect, args=(
                     f"postgresql://dla@127.0.0.1:{port}/city?connect_timeout=4", "its own"), daemon=True)]
        for thread in tries:
            thread.start()
        for thread in tries:
            thread.join(20)
    finally:
        mute.close()
    assert outcome["ours"][0] == outcome["its own"][0] == "database.postgres_unreachable"
    assert 1.5 < outcome["ours"][1] < 3.9 < outcome["its own"][1] < 15


@pytest.mark.parametrize("sqlite, postgres", [
    ("SELECT x FROM t WHERE a = ? AND b = ?", "SELECT x FROM t WHERE a = %s AND b = %s"),
    ("INSERT OR IGNORE INTO steps_done (a) VALUES (?)", "INSERT INTO steps_done (a) VALUES (%s) ON CONFLICT DO NOTHING"),
    ("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, '1')",
     "INSERT INTO sync_state (key, value) VALUES (%s, '1') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
    ("SELECT MAX(seq), MAX(a, b), MIN(c, MAX(d, e)) FROM t", "SELECT MAX(seq), GREATEST(a, b), LEAST(c, GREATEST(d, e)) FROM t"),
    ("SELECT 1 FROM t WHERE a IS NOT b AND c IS NOT NULL", "SELECT 1 FROM t WHERE a IS DISTINCT FROM b AND c IS NOT NULL"),
    ("SELECT json_extract(payload, '$.into') FROM temp.incoming", "SELECT ((payload)::jsonb ->> 'into') FROM pg_temp.incoming"),
    ("SELECT a FROM t GROUP BY a, ''", "SELECT a FROM t GROUP BY a, ''::text"),
    ("SELECT '50%' FROM t", "SELECT '50%%' FROM t"),
])
def test_the_sqlite_forms_the_core_uses_are_said_the_postgresql_way(sqlite, postgres):
    assert translate(sqlite).sql == postgres


def test_a_parameter_named_twice_is_passed_twice():
    statement = translate("SELECT (SELECT target FROM a WHERE alias = ?1), EXISTS (SELECT 1 FROM b WHERE id = ?1)")
    assert statement.sql.count("%s") == 2 and statement.order == (0, 0)


def test_a_form_without_a_postgresql_translation_is_an_error_not_a_guess():
    with pytest.raises(ValueError):
        translate("SELECT json_extract(payload, '$.a[0]') FROM t")


def test_many_plain_rows_go_in_through_copy_and_anything_else_row_by_row():
    assert translate("INSERT INTO temp.incoming (origin, seq) VALUES (?, ?)").copy == \
        "COPY pg_temp.incoming (origin, seq) FROM STDIN"
    assert translate("INSERT OR IGNORE INTO steps_done (a, b) VALUES (?, ?)").copy == ""
    assert translate("INSERT INTO t (a, b) VALUES (?, 'x')").copy == ""


def test_a_temporary_table_loaded_in_bulk_has_statistics_however_few_its_rows(postgres_url, tmp_path):
    """Without them the planner guesses 1,360 rows, and a refold of a weekly file's few
    learners read the whole log and the activity in full scans (a time growing with the
    store). Both bulk paths: COPY (plain rows), row by row (INSERT OR IGNORE), a file."""
    db = open_postgres(postgres_url)
    try:
        db.conn.execute("CREATE TEMP TABLE refold_ids (id TEXT PRIMARY KEY)")
        db.conn.execute("CREATE TEMP TABLE plain (id TEXT)")
        db.conn.execute("CREATE TEMP TABLE copied (id TEXT)")
        db.conn.executemany("INSERT OR IGNORE INTO temp.refold_ids VALUES (?)", [("a",), ("b",), ("a",)])
        db.conn.executemany("INSERT INTO temp.plain (id) VALUES (?)", [("a",), ("b",), ("c",)])
        (tmp_path / "rows").write_text("a\nb\nc\nd\n")
        assert db.conn.copy_file("temp.copied (id)", tmp_path / "rows") == 4
        estimates = dict(db.raw.execute(
            "SELECT relname, reltuples FROM pg_class WHERE relname IN ('refold_ids', 'plain', 'copied')").fetchall())
        assert estimates == {"refold_ids": 2, "plain": 3, "copied": 4}  # -1: never analysed
    finally:
        db.conn.close()


def test_a_staged_files_statistics_cover_the_columns_the_checks_plan_on_and_not_its_payloads(postgres_url, tmp_path):
    """The payloads' statistics were 40 % of each file's ANALYZE and no plan reads them."""
    from digital_literacy_app.core.sync import incoming

    db = open_postgres(postgres_url)
    try:
        incoming.create_table(db.conn)
        (tmp_path / "rows").write_text("".join(
            f"pc-1\t{seq}\t{seq}\tstep.completed\tlearner-{seq % 3}\t2026-03-0{seq}T08:00:00Z\t{{\"n\": {seq}}}\n"
            for seq in range(1, 6)))
        db.conn.copy_file("temp.incoming (origin, seq, lamport, kind, learner_id, wall_time, payload)",
                          tmp_path / "rows")
        counted = dict(db.raw.execute(
            "SELECT attname, n_distinct FROM pg_stats WHERE tablename = 'incoming' AND schemaname LIKE 'pg_temp%'"))
        assert set(counted) == {"origin", "seq", "learner_id", "kind"}
        assert counted["learner_id"] == -0.6  # three learners in five rows: statistics of these rows
    finally:
        db.conn.close()


def test_the_statistics_after_a_large_import_come_from_a_small_sample_and_the_setting_ends_with_them(postgres_url):
    """The renewal after a large import only bridges the time until autovacuum's own
    analysis: a sample of ANALYZE_SAMPLE (0.05 instead of 0.5 s a batch). The server's
    setting is its own again afterwards, also inside a caller's transaction."""
    from digital_literacy_app.core.store.postgres import ANALYZE_SAMPLE

    db = open_postgres(postgres_url)
    try:
        db.raw.execute("""INSERT INTO events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload)
                          SELECT 'pc-1', n, n, 'step.completed', 'learner-' || n, '2026-03-01T08:00:00Z', '{}'
                          FROM generate_series(1, 500) AS n""")
        default = db.raw.execute("SHOW default_statistics_target").fetchone()[0]
        db.analyze_after(10**9)
        bounds = db.raw.execute("""SELECT array_length(histogram_bounds, 1) FROM pg_stats
                                   WHERE tablename = 'events' AND attname = 'seq'""").fetchone()[0]
        assert bounds == ANALYZE_SAMPLE + 1 < int(default)  # a histogram of the small sample's size
        assert db.raw.execute("SHOW default_statistics_target").fetchone()[0] == default
        with db.raw.transaction():
            db.analyze_after(10**9)
            assert db.raw.execute("SHOW default_statistics_target").fetchone()[0] == default
        db.analyze_after(10)  # a small import: the statistics stay as they are
    finally:
        db.conn.close()


def test_percent_signs_and_question_marks_in_quoted_text_stay_text(postgres_url):
    db = open_postgres(postgres_url)
    try:
        assert db.conn.execute("SELECT '50%', 'a''b?' WHERE 1 = ?", (1,)).fetchall() == [("50%", "a'b?")]
        assert db.conn.execute("SELECT '50%'").fetchone() == ("50%",)
    finally:
        db.conn.close()


def test_a_workers_connection_to_an_open_store_does_not_migrate_again(tmp_path, postgres_url, monkeypatch):
    """Each report choice on the reports screen opens a worker's connection (twice: the table,
    then the chart); the store was migrated when the window opened, so those only connect."""
    from digital_literacy_app.core.trainer import Trainer

    with Trainer.open(tmp_path / "pc", database=postgres_url) as city:
        runs = []
        monkeypatch.setattr(pg_migrations, "apply", lambda raw: runs.append(raw))
        monkeypatch.setattr(pg_migrations, "applied", lambda raw: runs.append(raw) or set())
        worker = city.for_worker()
        try:
            assert worker.db.is_postgres and worker.learners.count() == 0
        finally:
            worker.close()
        assert runs == []


def test_the_next_clock_is_above_every_event_however_it_came_and_the_log_still_comes_in_order(tmp_path,
                                                                                                postgres_url):
    """Migration 0012: the log keeps no index on the clock (a new PC's events went into it
    among every other PC's, 0.7 s of a 50-file batch). The next clock of an event recorded
    on the city store comes from the highest clock of each statement that added events (row
    by row, in bulk, by COPY), one look in a small index; the log still comes in (lamport,
    origin, seq) order, ties on the clock broken by origin and seq."""
    from digital_literacy_app.core.trainer import Trainer

    db = open_postgres(postgres_url)
    try:
        assert db.raw.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'events_order'").fetchone() is None
        rows = [("pc-b", 1, 5), ("pc-a", 2, 5), ("pc-a", 1, 3), ("pc-c", 1, 5), ("pc-b", 2, 9)]
        db.conn.executemany("INSERT INTO events (origin_device_id, seq, lamport, kind, wall_time, payload) "
                            "VALUES (?, ?, ?, 'hint.used', '2026-12-07T08:00:00.000+00:00', '{}')", rows)
        with db.raw.cursor().copy("COPY events (origin_device_id, seq, lamport, kind, wall_time, payload) "
                                  "FROM STDIN") as copy:  # as `dla coordinator migrate` moves a log in
            copy.write_row(("pc-d", 1, 12, "hint.used", "2026-12-07T08:00:00.000+00:00", "{}"))
        db.raw.execute("INSERT INTO events (origin_device_id, seq, lamport, kind, wall_time, payload) "
                       "SELECT 'pc-e', 1, 7, kind, wall_time, payload FROM events WHERE origin_device_id = 'pc-d'")
        order = db.conn.execute("SELECT origin_device_id, seq FROM events ORDER BY lamport, origin_device_id, seq")
        assert [tuple(row) for row in order] == [("pc-a", 1), ("pc-a", 2), ("pc-b", 1), ("pc-c", 1), ("pc-e", 1),
                                                 ("pc-b", 2), ("pc-d", 1)]
        db.raw.execute("SET enable_seqscan = off")  # a table this small is otherwise read whole
        plan = " ".join(row[0] for row in db.raw.execute("EXPLAIN " + pg_migrations.NEXT_CLOCK))
        assert "dla_clock_marks_lamport" in plan
    finally:
        db.conn.close()
    with Trainer.open(tmp_path / "city", database=postgres_url) as city:
        learner = city.learners.add("Nguyễn Thị Lan")
        clock = city.db.conn.execute("SELECT lamport FROM events WHERE learner_id = ?", (learner.id,)).fetchone()[0]
    assert clock == 13


def test_a_store_made_before_0012_gets_its_first_clock_mark_from_one_look_in_the_old_index(postgres_server,
                                                                                          monkeypatch):
    """The mark is the log's highest clock, read through `events_order` before it goes: a
    MAX alone (a COUNT beside it would read the whole log, minutes at a city's size)."""
    url = postgres_server.new_database(migrated=False)
    with monkeypatch.context() as patched:
        patched.setattr(pg_migrations, "MIGRATIONS", pg_migrations.MIGRATIONS[:11])
        db = open_postgres(url)
    try:
        db.conn.executemany("INSERT INTO events (origin_device_id, seq, lamport, kind, wall_time, payload) "
                            "VALUES (?, ?, ?, 'hint.used', '2026-12-07T08:00:00.000+00:00', '{}')",
                            [("pc-a", 1, 41), ("pc-b", 1, 7), ("pc-a", 2, 42)])
        first_mark = "SELECT MAX(lamport) FROM events HAVING MAX(lamport) IS NOT NULL"
        assert f"INSERT INTO dla_clock_marks {first_mark};" in pg_migrations.M0012
        db.raw.execute("SET enable_seqscan = off")  # a table this small is otherwise read whole
        plan = " ".join(row[0] for row in db.raw.execute("EXPLAIN " + first_mark))
        assert "Index Only Scan Backward using events_order" in plan
    finally:
        db.conn.close()
    moved_up = open_postgres(url)
    try:
        assert moved_up.conn.execute(pg_migrations.NEXT_CLOCK).fetchone()[0] == 43
    finally:
        moved_up.conn.close()


def test_copy_text_goes_through_a_real_copy_unchanged(postgres_url):
    """A city store's checked events reach the server as this COPY text (checking.py):
    every escape, nothing and a backslash-N that is text come back as they were."""
    rows = [("a\\b\\\\", 1, "tab\there", None, "new\nline\r\n", "Người Ở Lại", "\\N", ""),
            ("plain", -7, "x", "cr\ronly", "z", "", "\t", "\\"),
            ("only", 2, "a carriage\rreturn", "", "", "", "", ""), ("only", 3, "a new\nline", "", "", "", "", ""),
            ("only", 4, "a\ttab", "", "", "", "", ""), ("only", 5, "a back\\slash", "", "", "", "", ""),
            ("none of them", 6, "Bà Dung", "", "x", "y", "z", "{}")]  # each alone: the line is searched
    with psycopg.connect(postgres_url) as conn:
        conn.execute("CREATE TEMP TABLE t (a text, b bigint, c text, d text, e text, f text, g text, h text)")
        with conn.cursor().copy("COPY t FROM STDIN") as copy:
            copy.write(copy_text(rows))
        assert conn.execute("SELECT * FROM t ORDER BY b").fetchall() == sorted(rows, key=lambda row: row[1])


def test_names_go_in_whole_whatever_client_encoding_the_pc_asks_for(postgres_url, monkeypatch, tmp_path):
    """PGCLIENTENCODING set on a PC (by another program's install, say) chose how the
    driver spoke to the server: with LATIN1 the import's UTF-8 COPY text was read as LATIN1
    and every Vietnamese name stored garbled. The city store always speaks UTF-8."""
    from digital_literacy_app.core.sync.importer import import_files
    from digital_literacy_app.core.trainer import Trainer
    from tests.core.test_postgres_sync import city, ward_files

    files = ward_files(tmp_path, learners=4, seed=7)
    with Trainer.open(tmp_path / "ward0") as ward:
        names = sorted(row[0] for row in ward.db.conn.execute("SELECT name FROM learners"))
    monkeypatch.setenv("PGCLIENTENCODING", "LATIN1")
    with city(tmp_path / "coordinator", postgres_url) as store:
        import_files(store, files[:1])
        stored = sorted(row[0] for row in store.db.conn.execute("SELECT name FROM learners"))
    assert stored == names and any(ord(char) > 255 for name in names for char in name)
