"""A database that is damaged, truncated, emptied or gone is never replaced silently.

At every start the database is checked (`quick_check`, and every table the migrations
made). When it is missing or zero-length while this PC's identity exists, or damaged, the
start is refused with a DamagedDatabaseError that names the newest backup that checks
good. Only a person's choice (`restore`) moves the damaged file aside into `kept/` and
puts a backup (or, when there is none, an empty database) in its place.

A restored database may lack events this PC made after the copy. Numbers no other PC
ever saw can simply be used again. But when a sync file may have carried them (the
highest own seq ever exported is kept in the identity file, outside the database), their
(device, seq) pairs may sit at a coordinator, and a sync file's chain must run without
gaps from seq 1: the PC can neither reuse those numbers nor skip them. Then it takes a new
identity for what it records from now on, the way a copied data folder does
(core/device.py), and signs a proof of its old chain with its old key, so its old events
still travel and verify where its old key is known.
"""

import functools
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from digital_literacy_app.core.errors import DamagedDatabaseError, DlaError, NewerDatabaseError
from digital_literacy_app.core.store import backups
from digital_literacy_app.core.store.migrations import KNOWN, migrations

KEPT_DIR = "kept"  # damaged or replaced databases, never deleted by the app
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: from which copy (None: an empty start), where the old file went,
    and whether this PC took a new identity (its old id stays a known, trusted device)."""
    backup: "backups.BackupInfo | None"
    kept_at: Path | None
    new_identity: bool
    old_device_id: str
    device_id: str


def check_file(db_path: Path, identity_existed: bool) -> None:
    """Before opening: refuse a missing or zero-length database of a PC that had one."""
    if not db_path.exists():
        if identity_existed:
            raise damaged("database.missing", db_path)
        return
    if db_path.stat().st_size == 0 and identity_existed:
        raise damaged("database.empty_file", db_path)


def check_pages(db: Database, db_path: Path) -> None:
    """Every page readable (`quick_check`), before anything is written to the file."""
    try:
        rows = db.conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise damaged("database.damaged", db_path, str(exc)) from exc
    if rows != [("ok",)]:
        raise damaged("database.damaged", db_path, "; ".join(str(row[0]) for row in rows[:3]))


def check_tables(db: Database, db_path: Path) -> None:
    """After migrating: every table and column the migrations make is there (none dropped
    by hand, none lost to a damaged schema)."""
    for table, columns in expected_schema().items():
        found = {row[1] for row in db.conn.execute(f'PRAGMA table_info("{table}")')}
        if not found:
            raise damaged("database.damaged", db_path, f"missing table: {table}")
        if not columns <= found:
            raise damaged("database.damaged", db_path, f"table {table} lacks: {', '.join(sorted(columns - found))}")


def damaged(code: str, db_path: Path, detail: str = "") -> DamagedDatabaseError:
    """The refusal, naming the newest good backup (or that there is none)."""
    backup = backups.newest_good(db_path.parent)
    detail = " ".join(detail.split())  # one line, however SQLite listed the damage
    details = {"path": str(db_path), "detail": detail if len(detail) <= 200 else detail[:199] + "\u2026"}
    if backup is not None:
        details.update(backup=str(backup.path), when=f"{backup.made_at:%d/%m/%Y %H:%M}",
                       learners=backup.learners)
    return DamagedDatabaseError(code, backup_info=backup, **details)


@functools.cache
def expected_schema() -> dict[str, frozenset[str]]:
    """Each table a fully migrated database has, with its columns (migrated once in
    memory, then remembered)."""
    db = Database(sqlite3.connect(":memory:"))
    migrations.apply(db)
    schema = {name: frozenset(row[1] for row in db.conn.execute(f'PRAGMA table_info("{name}")'))
              for name in db.table_names()}
    db.conn.close()
    return schema


def keep_aside(db_path: Path) -> Path | None:
    """Move the database and its side files into `kept/<time>/`; where it went, or None."""
    present = [Path(f"{db_path}{side}") for side in ("", *SIDE_FILES) if Path(f"{db_path}{side}").exists()]
    if not present:
        return None
    folder = db_path.parent / KEPT_DIR / datetime.now().strftime("%Y%m%d-%H%M%S")
    number = 1
    while folder.exists():
        number += 1
        folder = folder.with_name(f"{folder.name.split('_')[0]}_{number}")
    folder.mkdir(parents=True)
    for path in present:
        os.replace(path, folder / path.name)
    return folder / db_path.name


def check_backup(path: Path) -> "backups.BackupInfo":
    """A copy fit to restore: whole, of this app, not from a newer version."""
    info = backups.describe(path)
    if not info.good:
        raise DlaError("backup.not_good", path=str(path))
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        applied = {row[0] for row in conn.execute(
            f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ?", (migrations.name,))} \
            if _has_table(conn, migrations.migrations_table) else set()
    finally:
        conn.close()
    unknown = sorted(applied - set(KNOWN))
    if unknown:
        raise NewerDatabaseError("database.newer", path=str(path), changes=", ".join(unknown))
    return info


def own_events(path: Path, device_id: str) -> int | None:
    """How many events of `device_id` the file holds (its highest seq); None if unreadable."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE origin_device_id = ?",
                                (device_id,)).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def put_in_place(source: Path, db_path: Path) -> None:
    """Copy a checked backup onto the database's name (temporary name first, then rename)."""
    conn = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        backups.copy_database(conn, db_path)
    finally:
        conn.close()


def _has_table(conn, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None
