"""Opening the database: pragmas for durability, migrations, and refusing newer files."""

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from digital_literacy_app.core.errors import DlaError, NewerDatabaseError, from_database_error
from digital_literacy_app.core.store import backups, health
from digital_literacy_app.core.store.migrations import KNOWN, migrations
from digital_literacy_app.core.sync.chain import redact_json


BUSY_TIMEOUT_MS = 5000  # how long a write waits for another program's transaction to end


def open_database(path: Path, check: bool = False) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Autocommit mode: every write happens inside an explicit `db.atomic()` block, so a
    transaction is exactly as long as the code says and no longer. With `check` (every
    start), a damaged file is refused with a DamagedDatabaseError (core/store/health.py)
    before anything is written to it, and a backup is made before any migration.
    """
    try:
        # check_same_thread stays on: a connection used off its thread is a bug (workers use
        # Trainer.for_worker(), a connection of their own).
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.text_factory = lenient_text
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # 64 MB of page cache: imports insert into three B-trees of a million rows, which
        # thrash SQLite's default 2 MB cache.
        conn.execute("PRAGMA cache_size=-65536")
        # Erasing a person keeps a salted hash of their name in its place (core/sync/chain.py).
        conn.create_function("dla_redact", 1, redact_json, deterministic=True)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise _refusal(exc, path, check) from exc
    db = Database(conn)
    try:
        _refuse_newer(db, path)
        if check:
            health.check_pages(db, path)
        if migrations.pending(db):
            if check and migrations.migrations_table in db.table_names():
                backups.make_backup(conn, path.parent, "migration")
            migrations.apply(db)
        if check:
            health.check_tables(db, path)
    except DlaError:
        conn.close()
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        raise _refusal(exc, path, check) from exc
    except (KeyError, TypeError, ValueError) as exc:  # tables whose own definitions were damaged
        conn.close()
        if not check:
            raise
        raise health.damaged("database.damaged", path, f"{type(exc).__name__}: {exc}") from exc
    return db


def lenient_text(value: bytes) -> str:
    """Text as stored; a byte a failing disk changed shows as "\ufffd" instead of stopping
    every screen that reads the row (SQLite never checks that text is UTF-8)."""
    return value.decode("utf-8", "replace")


def _refusal(exc: Exception, path: Path, check: bool) -> DlaError:
    """At start (`check`), a file SQLite cannot read, or whose own tables the migrations
    trip over, is damage: the person is offered the newest good backup."""
    if isinstance(exc, UnicodeDecodeError):
        return health.damaged("database.damaged", path, f"unreadable text in the file ({exc.reason})")
    refusal = translate_error(exc, path)
    if check and refusal.code in ("database.not_a_database", "database.failed"):
        return health.damaged("database.damaged", path, str(exc))
    return refusal


def _refuse_newer(db: Database, path: Path) -> None:
    if migrations.migrations_table not in db.table_names():
        return
    applied = {row[0] for row in db.conn.execute(
        f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ?", [migrations.name])}
    unknown = sorted(applied - set(KNOWN))
    if unknown:
        raise NewerDatabaseError("database.newer", path=str(path), changes=", ".join(unknown))


def translate_error(exc: sqlite3.DatabaseError, path: Path) -> DlaError:
    """A database failure as a refusal (full disk, not a database, read-only...)."""
    return from_database_error(exc, path)
