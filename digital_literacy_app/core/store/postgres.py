"""The city's coordinator store on PostgreSQL: the same rules as SQLite, another engine.

`open_postgres(url)` gives an object shaped like the sqlite-utils Database the core uses
(`db.conn.execute`, `db.atomic()`), so importing, folding, reporting and verifying run
the very same code on both engines; each statement is translated once (pg_dialect.py).
psycopg is imported here only, and only when a postgresql:// URL is given: a ward PC
never needs it. A failure of the driver becomes a refusal here too (`driver_refusal`), so
the screens and the command line never name the driver.
"""

from contextlib import contextmanager
from typing import Iterator

from digital_literacy_app.core.errors import DlaError, NewerDatabaseError
from digital_literacy_app.core.store import pg_migrations
from digital_literacy_app.core.store.city_address import NOT_UTF8, driver_refusal, server_encoding, without_password
from digital_literacy_app.core.store.pg_dialect import translate
from digital_literacy_app.core.sync.chain import redact_json

ANALYZE_AFTER = 10_000  # new events in one import before the planner's statistics are renewed
# The sample of that renewal (statistics target; PostgreSQL's default is 100): 3,000 rows a
# table instead of 30,000. It only has to tell the planner the tables' sizes and rough
# spreads until autovacuum's full analysis; with the default it took 0.30-0.60 s of each
# 50-file batch up to 2.5 million events, with this 0.05-0.09 s (the next batches, on these
# statistics until autovacuum's, about 0.05 s longer: docs/performance.md, session 35).
ANALYZE_SAMPLE = 10
# A server that takes the connection and never answers (a firewall, a stopped machine) ends
# the wait after this many seconds, unless the address sets its own connect_timeout.
CONNECT_TIMEOUT_S = 15
URL_PREFIXES = ("postgresql://", "postgres://")
# The columns of a staged file's events that the checks join and filter on: statistics of
# the others (the payload above all) took 40 % of each file's ANALYZE (0.13 s of a 50-file
# batch) and no plan uses them.
_PLANNED_COLUMNS = {"pg_temp.incoming": "(origin, seq, learner_id, kind)"}


def is_postgres_url(text) -> bool:
    return isinstance(text, str) and text.startswith(URL_PREFIXES)


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs (city_address.py's rule)."""
    return without_password(url)


def open_postgres(url: str, migrate: bool = True) -> "PgDatabase":
    """Connect, migrate (refusing a store made by a newer version, and another program's
    database), and return the store.
    Without `migrate` (a worker's second connection to a store opened already) only connect."""
    try:
        import psycopg
    except ImportError:
        raise DlaError("database.postgres_missing") from None
    try:
        timeout = {} if "connect_timeout" in psycopg.conninfo.conninfo_to_dict(url) else {
            "connect_timeout": CONNECT_TIMEOUT_S}
        raw = psycopg.connect(url, autocommit=True, client_encoding="UTF8", **timeout)
    except psycopg.Error as exc:
        raise driver_refusal(exc, "database.postgres_unreachable", url=safe_url(url)) from None
    encoding = server_encoding(raw)
    if encoding != "UTF8":
        raw.close()
        raise DlaError(NOT_UTF8, address=safe_url(url), detail=encoding)
    if not migrate:
        return PgDatabase(raw, url)
    done = pg_migrations.applied(raw)
    unknown = sorted(done - set(pg_migrations.KNOWN))
    if unknown:
        raw.close()
        raise NewerDatabaseError("database.newer", path=safe_url(url), changes=", ".join(unknown))
    refused = pg_migrations.not_to_set_up(raw, done)  # another program's database, or no right to
    if refused is not None:
        raw.close()
        raise DlaError(refused, address=safe_url(url))
    pg_migrations.apply(raw)
    return PgDatabase(raw, url)


class PgDatabase:
    """What the core uses of a sqlite-utils Database, on a PostgreSQL connection."""

    is_postgres = True
    next_clock_sql = pg_migrations.NEXT_CLOCK  # the log keeps no index on the clock (M0012)

    def __init__(self, raw, url: str):
        self.raw, self.url = raw, url
        self.conn = PgConnection(raw)

    @contextmanager
    def atomic(self) -> Iterator["PgDatabase"]:
        """A transaction, or a savepoint inside one: as sqlite-utils' `atomic`."""
        with self.raw.transaction():
            yield self

    @contextmanager
    def snapshot(self) -> Iterator["PgDatabase"]:
        """One consistent view for a report's many queries (REPEATABLE READ): an import
        committing meanwhile in another district's session changes none of its figures."""
        import psycopg

        if self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            yield self  # already inside a transaction: its view holds
            return
        self.raw.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        try:
            with self.raw.transaction():
                yield self
        finally:
            self.raw.isolation_level = None

    def lock_for_import(self) -> None:
        """Imports into one city store take turns (a lock held to the end of the
        transaction): each sees every file the others merged before it, so a file brought
        twice at once counts once, and no two imports wait on each other's rows."""
        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (pg_migrations.LOCK_IMPORT,))

    def try_lock_for_import(self) -> bool:
        """The same lock if it is free now (an import that checks while it waits)."""
        return self.raw.execute("SELECT pg_try_advisory_xact_lock(%s)", (pg_migrations.LOCK_IMPORT,)).fetchone()[0]

    def analyze_after(self, new_events: int) -> None:
        """Fresh planner statistics after a large import (a tenth of the log or more):
        PostgreSQL's autovacuum comes later, and until it does a report may take a plan
        made for empty tables (four times slower, measured)."""
        stored = self.raw.execute("SELECT reltuples FROM pg_class WHERE relname = 'events'").fetchone()
        if new_events >= ANALYZE_AFTER and new_events * 10 >= max(stored[0] if stored else 0, 0):
            with self.raw.transaction():
                self.raw.execute(f"SET LOCAL default_statistics_target = {ANALYZE_SAMPLE}")
                self.raw.execute("ANALYZE events, learners, lesson_progress, steps_done, learner_activity, "
                                 "certificates, learner_aliases, erased_learners, report_facts, report_fact_counts")
                self.raw.execute("SET LOCAL default_statistics_target TO DEFAULT")  # if a caller's transaction goes on

    def report_areas_current(self, areas: list[tuple[str, str]]) -> bool:
        """Whether the report's facts were made with these (lesson id, area) pairs, as the
        coordinator's lessons give them (pg_migrations.M0004)."""
        stored = self.raw.execute("SELECT lesson_id, area FROM report_lesson_areas ORDER BY 1, 2").fetchall()
        return stored == sorted(areas)

    def keep_report_areas(self, areas: list[tuple[str, str]]) -> None:
        """Make the report's facts again if the lessons' areas changed (a new version of
        the app with new lessons, say): rare, and a full pass over the activity, taken in
        turn with imports."""
        if self.report_areas_current(areas):
            return
        with self.raw.transaction():
            self.lock_for_import()
            if self.report_areas_current(areas):
                return
            self.raw.execute("DELETE FROM report_lesson_areas")
            with self.raw.cursor().copy("COPY report_lesson_areas (lesson_id, area) FROM STDIN") as copy:
                for row in sorted(set(areas)):
                    copy.write_row(row)
            self.raw.execute("SELECT dla_report_facts_rebuild()")

    def table_names(self) -> list[str]:
        return [row[0] for row in self.raw.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")]


class PgConnection:
    """`execute` and `executemany` taking the core's SQLite statements."""

    def __init__(self, raw):
        self.raw = raw

    def execute(self, sql: str, params=()) -> "PgCursor":
        statement = translate(sql)
        values = _ordered(statement.order, params)
        if statement.empty:
            return PgCursor(self.raw.execute(statement.sql))
        if statement.redact_table:
            return self._redact(statement, values)
        if statement.ignore_unique:
            return self._update_or_ignore(statement, values)
        cursor = self.raw.execute(statement.sql, values)
        lastrowid = cursor.fetchone()[0] if statement.returns_id else None
        return PgCursor(cursor, lastrowid)

    def executemany(self, sql: str, rows) -> "PgCursor":
        """Many rows; a plain INSERT ... VALUES goes in through COPY, PostgreSQL's bulk path
        (the replay's tables, an import's staging table: ten times faster than row by row)."""
        statement = translate(sql)
        cursor = self.raw.cursor()
        if statement.copy:
            count = 0
            with cursor.copy(statement.copy) as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            self._analyze_if_temporary(statement.copy.split()[1])
            return PgCursor(cursor, rowcount=count)
        if statement.order is None:
            cursor.executemany(statement.sql, rows)
        else:
            cursor.executemany(statement.sql, (_ordered(statement.order, row) for row in rows))
        if statement.sql.startswith("INSERT INTO "):
            self._analyze_if_temporary(statement.sql.split()[2])
        return PgCursor(cursor)

    def _analyze_if_temporary(self, table: str) -> None:
        """Statistics for a temporary table just loaded, whatever its size (a millisecond or
        a few). Autovacuum never sees temporary tables, and without statistics the planner
        guesses 1,360 rows: it took a report's table of a million learners for a small one,
        and a refold's 310 learners (a weekly file) for enough to read the whole log and
        the activity in full scans, a time that grew with the store (0.3 s at 4 million
        events) instead of with the file."""
        if table.startswith("pg_temp."):
            table = table.split("(")[0]
            self.raw.execute(f"ANALYZE {table} {_PLANNED_COLUMNS.get(table, '')}")

    def copy_file(self, target: str, path, chunk: int = 1024 * 1024) -> int:
        """Load `target` ("temp.t (a, b)") from a file of rows already in COPY text form (a
        city store's checked events: core/sync/checking.py), as it is; the rows loaded."""
        return self.copy_parts(target, [(path, 0, None)], chunk)

    def copy_parts(self, target: str, parts, chunk: int = 1024 * 1024, row_end: bytes = b"\n") -> int:
        """Load `target` in one COPY from parts of files in COPY text form, each (path,
        offset, size; None to the end): the folded rows of files folded ahead
        (core/sync/prefold.py) come so, a table's part of each file. `row_end` ends each
        row instead of its newline: a last column the same for every row (a new PC's file
        goes into the log so with the file's number: core/sync/first_file.py). A newline
        inside a value is escaped in COPY text, so every newline byte ends a row."""
        table = translate(f"SELECT 1 FROM {target.split()[0]}").sql.split()[-1]
        lines = 0
        with self.raw.cursor().copy(f"COPY {table} {target.split(' ', 1)[1]} FROM STDIN") as copy:
            for path, offset, size in parts:
                with open(path, "rb") as source:
                    source.seek(offset)
                    left = size
                    while block := source.read(chunk if left is None else min(chunk, left)):
                        lines += block.count(b"\n")
                        copy.write(block if row_end == b"\n" else block.replace(b"\n", row_end))
                        if left is not None:
                            left -= len(block)
        self._analyze_if_temporary(table)
        return lines

    def learners_new(self, learner_ids: list[str]) -> bool:
        """Whether the store knows none of these learners: no event of theirs in the log,
        no join into them, no erase (a file folded ahead: core/sync/prefold.py). One look
        in the log's learner index for each."""
        return self.raw.execute(
            """SELECT EXISTS (SELECT 1 FROM events WHERE learner_id = ANY(%(ids)s))
                   OR EXISTS (SELECT 1 FROM learner_aliases WHERE target = ANY(%(ids)s) OR alias = ANY(%(ids)s))
                   OR EXISTS (SELECT 1 FROM erased_learners WHERE learner_id = ANY(%(ids)s))""",
            {"ids": learner_ids}).fetchone()[0] is False

    @contextmanager
    def report_facts_after(self, learner_ids: list[str] | None) -> Iterator[None]:
        """Write these learners' folded tables (None: everyone's) with the report facts'
        triggers waiting, then make their facts once (pg_migrations.M0006): the bulk
        refold's statements would each make them again. All of it is one transaction (or a
        savepoint of the caller's): the setting lasts to its end, and a failure leaves
        neither the tables nor their facts half made."""
        with self.raw.transaction():
            self.raw.execute("SELECT set_config(%s, 'later', true)", (pg_migrations.REPORT_FACTS_LATER,))
            yield
            self.raw.execute("SELECT set_config(%s, '', true)", (pg_migrations.REPORT_FACTS_LATER,))
            if learner_ids is None:
                self.raw.execute("SELECT dla_report_facts_rebuild()")
            else:
                self.raw.execute("SELECT dla_report_facts_of(%s::text[])", (learner_ids,))

    def create_function(self, *args, **kwargs) -> None:
        """SQLite's Python functions have their PostgreSQL forms in pg_dialect.py."""

    def close(self) -> None:
        self.raw.close()

    def _redact(self, statement, values) -> "PgCursor":
        """`UPDATE t SET payload = dla_redact(payload) WHERE ...`: the same Python function
        as on SQLite (core/sync/chain.py), so the stored bytes are the same."""
        rows = self.raw.execute(statement.sql, values).fetchall()
        changed = [(redact_json(payload), origin, seq) for origin, seq, payload in rows]
        changed = [row for row, (_, _, old) in zip(changed, rows) if row[0] != old]
        cursor = self.raw.cursor()
        if changed:
            cursor.executemany(f"UPDATE {statement.redact_table} SET payload = %s "
                               "WHERE origin_device_id = %s AND seq = %s", changed)
        return PgCursor(cursor, rowcount=len(changed))

    def _update_or_ignore(self, statement, values) -> "PgCursor":
        import psycopg

        try:
            with self.raw.transaction():
                return PgCursor(self.raw.execute(statement.sql, values))
        except psycopg.errors.UniqueViolation:
            return PgCursor(self.raw.cursor(), rowcount=0)


def _ordered(order, params):
    params = list(params) if params is not None else []
    return params if order is None else [params[i] for i in order]


class PgCursor:
    """A psycopg cursor with sqlite3's `lastrowid` and a settable `rowcount`."""

    def __init__(self, cursor, lastrowid=None, rowcount=None):
        self._cursor, self.lastrowid = cursor, lastrowid
        self.rowcount = cursor.rowcount if rowcount is None else rowcount

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self):
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self):
        return iter(self.fetchall())
