"""Ways a data folder gets damaged on a shared ward PC, for the start-up fuzz test and the
long reliability run (benchmarks/bench_reliability.py). Each damage is `fn(folder, seed)`:
the same seed damages the same way, so a failure can be replayed."""

import json
import os
import random
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

DATABASE = "trainer.sqlite3"
PAGE = 4096


def _db(folder: Path) -> Path:
    return folder / DATABASE


def zero_length(folder: Path, seed: int) -> None:
    _db(folder).write_bytes(b"")


def deleted(folder: Path, seed: int) -> None:
    _db(folder).unlink()


def truncated(folder: Path, seed: int) -> None:
    data = _db(folder).read_bytes()
    _db(folder).write_bytes(data[: random.Random(seed).randrange(1, len(data))])


def flipped_bytes(folder: Path, seed: int) -> None:
    """A few bytes anywhere after the header changed (a failing disk sector, a bad copy)."""
    rng = random.Random(seed)
    data = bytearray(_db(folder).read_bytes())
    for _ in range(rng.randint(1, 16)):
        data[rng.randrange(100, len(data))] ^= rng.randrange(1, 256)
    _db(folder).write_bytes(bytes(data))


def scribbled_page(folder: Path, seed: int) -> None:
    """One whole page overwritten with noise (a torn write during a power cut)."""
    rng = random.Random(seed)
    data = bytearray(_db(folder).read_bytes())
    page = rng.randrange(0, len(data) // PAGE)
    data[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    _db(folder).write_bytes(bytes(data))


def header_garbage(folder: Path, seed: int) -> None:
    data = bytearray(_db(folder).read_bytes())
    data[:100] = random.Random(seed).randbytes(100)
    _db(folder).write_bytes(bytes(data))


def not_a_database(folder: Path, seed: int) -> None:
    """Something else saved under the database's name (a document, a photo)."""
    _db(folder).write_bytes(random.Random(seed).randbytes(random.Random(seed).randrange(1, 50_000)))


def dropped_table(folder: Path, seed: int) -> None:
    with _connect(folder) as conn:
        tables = sorted(row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        conn.execute(f'DROP TABLE "{random.Random(seed).choice(tables)}"')


def user_version(folder: Path, seed: int) -> None:
    with _connect(folder) as conn:
        conn.execute(f"PRAGMA user_version = {random.Random(seed).randrange(-2**31, 2**31)}")


def forgotten_migrations(folder: Path, seed: int) -> None:
    """Rows of the migrations table gone: the app would try to make its tables again."""
    rng = random.Random(seed)
    with _connect(folder) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
        for name in rng.sample(names, rng.randint(1, len(names))):
            conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (name,))


def future_migration(folder: Path, seed: int) -> None:
    with _connect(folder) as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                     ("digital_literacy_app", f"{9000 + seed % 999}_from_the_future", "2031-01-01"))


def wal_garbage(folder: Path, seed: int) -> None:
    """A stray write-ahead log (left by a copy made while the app ran)."""
    Path(f"{_db(folder)}-wal").write_bytes(random.Random(seed).randbytes(PAGE * 3 + 32))


def identity_garbage(folder: Path, seed: int) -> None:
    (folder / "device.json").write_text(random.Random(seed).choice(
        ["", "{", "[]", json.dumps({"device_id": 7}), "\x00" * 40]), encoding="utf-8")


def locked(folder: Path, seed: int):
    """Another program holding the database in an exclusive transaction; returns it (open)."""
    conn = sqlite3.connect(_db(folder), isolation_level=None, timeout=0.1)
    conn.execute("BEGIN EXCLUSIVE")
    return conn


DAMAGES = {f.__name__: f for f in (zero_length, deleted, truncated, flipped_bytes, scribbled_page, header_garbage,
                                   not_a_database, dropped_table, user_version, forgotten_migrations,
                                   future_migration, wal_garbage, identity_garbage, locked)}
QUICK = sorted(set(DAMAGES) - {"locked"})  # locked waits out SQLite's busy timeout (5 s) each time


def damage_cases(names=QUICK):
    """(damage name, seed) pairs for hypothesis."""
    return st.tuples(st.sampled_from(sorted(names)), st.integers(0, 2**32 - 1))


@dataclass
class Outcome:
    kind: str  # "opened", "refused" or "crashed"
    learners: int = 0
    code: str = ""
    message: str = ""


def outcome(folder: Path, case: tuple[str, int]) -> Outcome:
    """Damage `folder` as `case` says, start as the app does, and say what happened."""
    from digital_literacy_app.core.errors import DlaError
    from digital_literacy_app.core.trainer import Trainer

    name, seed = case
    holder = DAMAGES[name](folder, seed)
    try:
        with Trainer.open(folder) as trainer:
            return Outcome("opened", learners=len(trainer.learners.all()))
    except DlaError as refused:
        return Outcome("refused", code=refused.code, message=refused.say("vi"))
    except Exception as exc:  # noqa: BLE001 - what the fuzzing looks for
        return Outcome("crashed", message=f"{type(exc).__name__}: {exc}")
    finally:
        if holder is not None:
            holder.close()


def learners_in(folder: Path) -> int:
    conn = sqlite3.connect(_db(folder))
    try:
        return conn.execute("SELECT COUNT(*) FROM learners WHERE merged_into IS NULL").fetchone()[0]
    finally:
        conn.close()


class _connect:
    """A plain connection that commits and closes (the damage is done behind the app's back)."""

    def __init__(self, folder: Path):
        self.conn = sqlite3.connect(_db(folder), isolation_level=None)

    def __enter__(self):
        return self.conn

    def __exit__(self, *exc):
        self.conn.close()


if os.name == "nt":  # pragma: no cover - Windows keeps files open by others from being replaced
    DAMAGES.pop("wal_garbage")


def fuzz_startup(cases: int, seed: int, learners: int = 12) -> dict:
    """The long run: `cases` random damages of a real data folder, each started as the app
    starts; counts of what happened, and the first case that crashed or opened with
    learners missing (a silent loss), to replay with `outcome`."""
    import collections
    import shutil
    import tempfile
    import time

    from digital_literacy_app.core.trainer import Trainer

    rng = random.Random(seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dla-fuzz-startup-") as root:
        template = Path(root) / "template"
        with Trainer.open(template) as trainer:
            trainer.seed_demo(learners, seed=seed)
            trainer.backups.make()
            trainer.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = learners_in(template)
        kinds, refusals, failures = collections.Counter(), collections.Counter(), []
        for number in range(cases):
            case = (rng.choice(sorted(DAMAGES)) if number % 50 == 0 else rng.choice(QUICK), rng.randrange(2**32))
            folder = Path(root) / "case"
            shutil.copytree(template, folder)
            result = outcome(folder, case)
            kinds[result.kind] += 1
            if result.kind == "refused":
                refusals[result.code] += 1
            if result.kind == "crashed" or (result.kind == "opened" and result.learners != expected):
                failures.append({"case": list(case), "outcome": result.kind, "detail": result.message,
                                 "learners": result.learners, "expected": expected})
            shutil.rmtree(folder)
    return {"cases": cases, "seed": seed, "opened_whole": kinds["opened"], "refused": kinds["refused"],
            "refusals": dict(sorted(refusals.items())), "crashed": kinds["crashed"],
            "silent_losses": sum(1 for f in failures if f["outcome"] == "opened"),
            "first_failure": failures[0] if failures else None,
            "seconds": round(time.perf_counter() - started, 1)}
