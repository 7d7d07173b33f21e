"""Copies of the database in `backups/` inside the data folder, made with SQLite's backup API.

The backup API copies a consistent snapshot while the app keeps working (no need to stop
anyone). A copy is written under a temporary name, checked with `quick_check`, flushed to
the disk and only then renamed, so a name in `backups/` always means a good, whole copy.

Kinds and how many of each are kept (oldest removed first):
    daily      once a day the app is used        7
    import     before every sync import          5
    migration  before the database is upgraded   3
    manual     made by a person (screen, `dla backup`)  10
"""

import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from digital_literacy_app.core.atomic import PARTIAL, atomic_path
from digital_literacy_app.core.errors import DiskFullError, DlaError

BACKUPS_DIR = "backups"
SUFFIX = ".sqlite3"
KEEP = {"daily": 7, "import": 5, "migration": 3, "manual": 10}
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One backup copy and what it holds (learners, events) as read from the copy itself."""
    path: Path
    kind: str  # daily, import, migration, manual, or "other" (a file given by a person)
    made_at: datetime  # local time
    size: int
    good: bool
    learners: int = 0
    events: int = 0

    @property
    def name(self) -> str:
        return self.path.name


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUPS_DIR


def make_backup(conn: sqlite3.Connection, data_dir: Path, kind: str, out: Path | None = None) -> BackupInfo:
    """Copy the open database `conn` to `backups/<kind>-<time>.sqlite3` (or `out`), checked."""
    if out is None:
        folder = backups_dir(data_dir)
        folder.mkdir(exist_ok=True)
        _clear_partials(folder)
        out = _free_name(folder, kind, datetime.now())
    copy_database(conn, Path(out))
    if kind in KEEP and Path(out).parent == backups_dir(data_dir):
        prune(data_dir, kind)
    return describe(Path(out))


def copy_database(source: sqlite3.Connection, out: Path) -> None:
    """A consistent copy of `source` at `out`: temporary name, quick_check, fsync, rename
    (core/atomic.py), so a name always means a whole copy."""
    try:
        with atomic_path(out) as partial:
            target = sqlite3.connect(str(partial), isolation_level=None)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
                if not _checks_good(target):
                    raise DlaError("backup.check_failed", path=str(out))
            finally:
                target.close()
    except sqlite3.DatabaseError as exc:
        if "full" in str(exc).lower():
            raise DiskFullError("database.disk_full", path=str(out)) from exc
        raise DlaError("backup.failed", path=str(out), detail=str(exc)) from exc
    except OSError as exc:
        if exc.errno == 28:
            raise DiskFullError("database.disk_full", path=str(out)) from exc
        raise DlaError("backup.failed", path=str(out), detail=exc.strerror or str(exc)) from exc


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in `backups/`, newest first, each read to say what it holds."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [describe(path) for path in folder.glob(f"*{SUFFIX}") if not path.name.startswith(".")]
    return sorted(found, key=_newness, reverse=True)


def _newness(info: BackupInfo) -> tuple:
    """The second in the name, then, for copies of one second, when the file was written
    (a daily copy and an import copy can share a second), then the n of
    `<kind>-YYYYmmdd-HHMMSS-n` as a number (the first copy has none; "-10" is after "-2")."""
    parts = Path(info.path).name.removesuffix(SUFFIX).split("-")
    number = int(parts[3]) if len(parts) >= 4 and parts[3].isdigit() else 1
    try:
        written = Path(info.path).stat().st_mtime_ns
    except OSError:
        written = 0
    return info.made_at, written, number


def newest_good(data_dir: Path) -> BackupInfo | None:
    return next((info for info in list_backups(data_dir) if info.good), None)


def describe(path: Path) -> BackupInfo:
    """What a copy holds, read-only; `good` is False when it is not a whole database of this app."""
    path = Path(path)
    kind, made_at = _kind_and_time(path)
    try:
        size = path.stat().st_size
    except OSError:
        return BackupInfo(path, kind, made_at, 0, False)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if not _checks_good(conn):
                return BackupInfo(path, kind, made_at, size, False)
            learners = conn.execute("SELECT COUNT(*) FROM learners WHERE merged_into IS NULL").fetchone()[0]
            events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return BackupInfo(path, kind, made_at, size, False)
    return BackupInfo(path, kind, made_at, size, True, learners, events)


def is_due_today(data_dir: Path, today: datetime | None = None) -> bool:
    """No daily copy yet today (local time)."""
    day = (today or datetime.now()).date()
    return not any(info.kind == "daily" and info.made_at.date() == day
                   for info in _named(data_dir))


def prune(data_dir: Path, kind: str) -> None:
    """Keep the newest KEEP[kind] copies of a kind; the rest are removed."""
    mine = sorted((info for info in _named(data_dir) if info.kind == kind),
                  key=_newness, reverse=True)
    for old in mine[KEEP[kind]:]:
        old.path.unlink(missing_ok=True)


def _named(data_dir: Path) -> list[BackupInfo]:
    """Backups by their names only (no reading): for rotation and the daily check."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    return [BackupInfo(path, *_kind_and_time(path), 0, True)
            for path in folder.glob(f"*{SUFFIX}") if not path.name.startswith(".")]


def _checks_good(conn: sqlite3.Connection) -> bool:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        return False
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {"events", "learners"} <= tables


def _free_name(folder: Path, kind: str, when: datetime) -> Path:
    stem = f"{kind}-{when.strftime(_STAMP)}"
    path, number = folder / f"{stem}{SUFFIX}", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}{SUFFIX}"
    return path


def _kind_and_time(path: Path) -> tuple[str, datetime]:
    """From `<kind>-YYYYmmdd-HHMMSS[-n].sqlite3`; other files: "other" and their change time."""
    parts = path.name.removesuffix(SUFFIX).split("-")
    if len(parts) >= 3 and parts[0] in KEEP:
        try:
            return parts[0], datetime.strptime(f"{parts[1]}-{parts[2]}", _STAMP)
        except ValueError:
            pass
    try:
        return "other", datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return "other", datetime.fromtimestamp(0)


def _clear_partials(folder: Path, older_than_s: float = 3600) -> None:
    """Half-written copies a power cut left (never anyone's copy in progress: only old ones)."""
    now = time.time()
    for partial in folder.glob(f".*{PARTIAL}*"):
        try:
            if now - partial.stat().st_mtime > older_than_s:
                partial.unlink()
        except OSError:
            pass
