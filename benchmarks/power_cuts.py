"""Power cuts, simulated: a `dla` process writing the database is killed (SIGKILL, no
clean-up of any kind) at a random moment, then the data folder is opened as the app opens
it. Every cut must leave a database that checks good and still holds everything the
previous cut left: never a damaged file, never a silent empty start.

Used by bench_reliability.py (the long run); POSIX only (SIGKILL).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _dla(*args: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.Popen([sys.executable, "-m", "digital_literacy_app", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


def _state(folder: Path) -> tuple[str, int]:
    """("opened", events) when the app's start accepts the folder, else ("refused", 0) or a crash."""
    from digital_literacy_app.core.errors import DlaError
    from digital_literacy_app.core.trainer import Trainer

    try:
        with Trainer.open(folder) as trainer:
            ok = trainer.db.conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
            return ("opened" if ok else "damaged"), trainer.log.count()
    except DlaError as refused:
        return f"refused:{refused.code}", 0
    except (sqlite3.Error, OSError, ValueError) as crashed:
        return f"crashed:{type(crashed).__name__}", 0


def _cut_repeatedly(folder: Path, command, cuts: int, rng: random.Random, window_s: tuple[float, float]) -> dict:
    """Start `command(number)` and kill it after a random while, `cuts` times; after each
    cut, open the folder as the app does and count what it holds."""
    outcomes, lost, last = {}, 0, 0
    for number in range(cuts):
        process = _dla(*command(number), "--data-dir", str(folder))
        time.sleep(rng.uniform(*window_s))
        process.send_signal(signal.SIGKILL)
        process.wait()
        kind, events = _state(folder)
        outcomes[kind] = outcomes.get(kind, 0) + 1
        if kind == "opened" and events < last:
            lost += 1
        last = max(last, events)
    return {"cuts": cuts, "outcomes": outcomes, "times_events_went_missing": lost, "events_at_end": last}


def cuts_while_seeding(cuts: int, seed: int) -> dict:
    """`dla demo seed` killed `cuts` times at random moments into one growing folder."""
    if os.name != "posix":
        return {"skipped": "needs SIGKILL"}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dla-power-") as root:
        figures = _cut_repeatedly(Path(root) / "data", lambda n: ("demo", "seed", "--learners", "40", "--seed", str(n)),
                                  cuts, random.Random(seed), (0.3, 2.5))
    return {**figures, "seconds": round(time.perf_counter() - started, 1)}


def cuts_while_importing(cuts: int, seed: int, files: int = 12) -> dict:
    """`dla sync import` of `files` files (and the backup it makes first) killed at random moments."""
    if os.name != "posix":
        return {"skipped": "needs SIGKILL"}
    from digital_literacy_app.core.trainer import Trainer

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dla-power-") as root:
        sticks = Path(root) / "stick"
        sticks.mkdir()
        for number in range(files):
            with Trainer.open(Path(root) / f"pc{number}") as pc:
                pc.seed_demo(30, seed=number)
                pc.sync.export(sticks / f"pc{number}.dlsync")
        folder = Path(root) / "coordinator"
        Trainer.open(folder).close()
        figures = _cut_repeatedly(folder, lambda n: ("sync", "import", str(sticks)), cuts, random.Random(seed),
                                  (0.2, 3.0))
        backups = len(list((folder / "backups").glob("*.sqlite3"))) if (folder / "backups").is_dir() else 0
    return {**figures, "files": files, "import_backups_kept": backups,
            "seconds": round(time.perf_counter() - started, 1)}
