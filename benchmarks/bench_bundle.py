"""The bundled app (dist/dla from `make bundle`): its size, and its start to the first paint.

Targets (issue 7): under 250 MB, and under 2.5 s from starting the program to the first
painted start screen. The program is started with DLA_EXIT_AFTER_FIRST_PAINT set, so it
prints one line when the start screen has been painted and quits; the time is taken when
that line arrives. The first start makes the database and device identity; the later
ones open them. The files are in the page cache (the bundle was just built or used), so
a PC reading them from a slow disk for the first time starts slower.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "dla"
PROGRAM = BUNDLE / ("dla.exe" if sys.platform == "win32" else "dla")
MARKER = "dla: first paint"
STARTS = 5
TIMEOUT_S = 60


def bundle_size_mb(folder: Path) -> float:
    total = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return round(total / 1e6, 1)


def time_to_first_paint(data_dir: Path) -> float:
    """Seconds from starting the program until it says the start screen was painted."""
    env = dict(os.environ, DLA_EXIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    process = subprocess.Popen([str(PROGRAM), "--data-dir", str(data_dir)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in process.stdout:
            if line.strip() == MARKER:
                elapsed = time.perf_counter() - started
                process.wait(TIMEOUT_S)
                return elapsed
        raise RuntimeError(f"{PROGRAM} exited with {process.wait(TIMEOUT_S)} before painting")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def run() -> dict:
    if not PROGRAM.is_file():
        return {"skipped": f"{PROGRAM.relative_to(ROOT)} is missing; run 'make bundle' first"}
    with tempfile.TemporaryDirectory() as tmp:
        starts = [time_to_first_paint(Path(tmp) / "data") for _ in range(STARTS)]
    return {
        "bundle_mb": bundle_size_mb(BUNDLE),
        "files": sum(1 for path in BUNDLE.rglob("*") if path.is_file()),
        "first_start_s": round(starts[0], 3),
        "median_start_s": round(statistics.median(starts[1:]), 3),
        "starts": STARTS,
        "targets": {"bundle_mb": 250, "start_s": 2.5},
    }
