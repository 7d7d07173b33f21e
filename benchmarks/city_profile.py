"""Where a city import's time goes: each batch of 50 files (5,000 events each) into a city
store on a new embedded server, then a new PC's weekly file and the first PC's next weekly
file (its learners taking one more lesson each), with the time of the import's phases
(checking, the turn file by file, the refold's replay and writes, and its copy of the
rows folded ahead: core/sync/prefold.py) and of every SQL statement it sent.

    python -m benchmarks.city_profile            # 6 batches, statements of the last two
    BATCHES=40 EVERY=10 python -m benchmarks.city_profile   # the issue's 10 million events

The statements are timed at the client (psycopg's cursor), so a statement's time includes
its triggers. The server is started as `benchmarks city` starts it (BENCH_CITY_SETTINGS).
Figures: docs/performance.md, *The redaction pass and the server's memory* and later
sections (*A PC's first file folded while it is checked*, session 33).
"""

import collections
import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

BATCHES = int(os.environ.get("BATCHES", "6"))
EVERY = int(os.environ.get("EVERY", "0"))  # also show the statements of every EVERY-th batch
FILES, EVENTS_PER_FILE = 50, 5000


class Timings:
    def __init__(self):
        self.statements, self.counts, self.phases = collections.defaultdict(float), collections.Counter(), {}

    def clear(self) -> None:
        self.statements.clear()
        self.counts.clear()
        self.phases = collections.defaultdict(float)

    def add(self, key: str, seconds: float) -> None:
        self.statements[key] += seconds
        self.counts[key] += 1

    def top(self, count: int = 20) -> list[str]:
        ranked = sorted(self.statements.items(), key=lambda item: -item[1])[:count]
        return [f"   {seconds:7.2f} s {self.counts[key]:5d}x  {key}" for key, seconds in ranked]


def _short(sql) -> str:
    return " ".join(str(sql).split())[:110]


def _watch_statements(timings: Timings) -> None:
    import psycopg

    execute, executemany, copy = psycopg.Cursor.execute, psycopg.Cursor.executemany, psycopg.Cursor.copy

    def timed(kind, real):
        def run(self, query, *args, **kwargs):
            start = time.perf_counter()
            try:
                return real(self, query, *args, **kwargs)
            finally:
                timings.add(kind + _short(query), time.perf_counter() - start)
        return run

    @contextlib.contextmanager
    def timed_copy(self, query, *args, **kwargs):
        start = time.perf_counter()
        with copy(self, query, *args, **kwargs) as running:
            yield running
        timings.add(_short(query), time.perf_counter() - start)

    psycopg.Cursor.execute, psycopg.Cursor.executemany = timed("", execute), timed("MANY ", executemany)
    psycopg.Cursor.copy = timed_copy


def _watch_phases(timings: Timings) -> None:
    from digital_literacy_app.core.store import replay
    from digital_literacy_app.core.sync import checking, importer

    for module, name in ((checking, "check_all"), (importer, "_import_in_turn"), (importer, "refold"),
                         (replay, "_pass"), (replay, "_write"), (replay, "_write_ahead")):
        real = getattr(module, name)

        def phase(*args, _real=real, _name=name, **kwargs):
            start = time.perf_counter()
            try:
                return _real(*args, **kwargs)
            finally:
                timings.phases[_name] += time.perf_counter() - start
        setattr(module, name, phase)


def main() -> None:
    from benchmarks import bench_city
    from digital_literacy_app.core.sync.importer import import_files
    from digital_literacy_app.core.trainer import Trainer

    timings = Timings()
    _watch_statements(timings)
    _watch_phases(timings)
    root = Path(tempfile.mkdtemp(prefix="dla-city-profile-"))
    url, server = bench_city.start_server(root)
    try:
        made, continuing = bench_city.make_files_and_continuation(root / "files", FILES * BATCHES + 1, EVENTS_PER_FILE)
        files, weekly = made[:-1], made[-1]  # the batches' files, a new PC's, and the first PC's next week
        database = bench_city.new_database(url, "dla_city_profile")
        with Trainer.open(root / "city", database=database) as trainer:
            trainer.lessons  # loaded once, as in the app, not in the first batch's time
            for batch in range(BATCHES):
                timings.clear()
                start = time.perf_counter()
                import_files(trainer, files[batch * FILES:(batch + 1) * FILES])
                seconds = time.perf_counter() - start
                phases = ", ".join(f"{name} {value:.2f}" for name, value in timings.phases.items())
                print(f"batch {batch}: {seconds:.2f} s, {FILES * EVENTS_PER_FILE / seconds:,.0f} events/s; {phases}",
                      flush=True)
                if batch >= BATCHES - 2 or (EVERY and batch % EVERY == 0):
                    print("\n".join(timings.top()), flush=True)
            for name, path in (("a new PC's weekly file", weekly), ("a PC's next weekly file", continuing)):
                timings.clear()
                start = time.perf_counter()
                import_files(trainer, [path])
                print(f"{name}: {time.perf_counter() - start:.2f} s", flush=True)
                print("\n".join(timings.top()), flush=True)
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":  # the checking processes import this module again
    main()
