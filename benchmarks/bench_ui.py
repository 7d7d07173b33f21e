"""Learner app figures: cold start to the first painted screen, sign-in and sign-out (median
of 6, 200 learners), one step to the next, resident memory after opening 10 lessons. Qt runs
offscreen (QT_QPA_PLATFORM=offscreen).
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_STEPS_AND_MEMORY = r"""
import json, statistics, sys, time
from PySide6.QtWidgets import QApplication
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.app import prepare_application
from digital_literacy_app.ui.main_window import MainWindow

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

app = prepare_application([])
trainer = Trainer.open(sys.argv[1])
window = MainWindow(trainer)
window.resize(1366, 768)
window.show()
learners = trainer.learners.all()
learner = learners[0]
trainer.lessons
window.seat.lessons_ready = True
sign_ins, sign_outs = [], []
for other in learners[1:7]:
    started = time.perf_counter()
    window.sign_in(other)
    app.processEvents()
    sign_ins.append(time.perf_counter() - started)
    started = time.perf_counter()
    window.sign_out()
    app.processEvents()
    sign_outs.append(time.perf_counter() - started)
window.sign_in(learner)
app.processEvents()
timings = []
for lesson in trainer.lessons.lessons[:10]:
    player = window.open_lesson(lesson.id)
    app.processEvents()
    for index in range(1, len(lesson.steps)):
        started = time.perf_counter()
        player.show_step(index)
        app.processEvents()
        timings.append(time.perf_counter() - started)
print(json.dumps({"step_median_ms": statistics.median(timings) * 1000,
                  "step_p95_ms": sorted(timings)[int(len(timings) * 0.95)] * 1000,
                  "steps": len(timings), "rss_after_10_lessons_mb": rss_mb(),
                  "sign_in_median_ms": statistics.median(sign_ins) * 1000,
                  "sign_out_median_ms": statistics.median(sign_outs) * 1000}))
"""


def cold_start(data_dir: Path, runs: int = 5) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DLA_EXIT_AFTER_FIRST_PAINT": "1"}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "digital_literacy_app", "--data-dir", str(data_dir)],
                                   stdout=subprocess.PIPE, text=True, env=env)
        for line in process.stdout:
            if "first paint" in line:
                times.append(time.perf_counter() - started)
                break
        process.wait(timeout=60)
    if not times:
        return {"skipped": "the app never reported its first paint"}
    return {"runs": len(times), "median_s": round(statistics.median(times), 3), "best_s": round(min(times), 3)}


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run([sys.executable, "-m", "digital_literacy_app", "demo", "seed", "--learners", "200",
                        "--data-dir", str(data)], check=True, capture_output=True)
        start = cold_start(data)
        child = subprocess.run([sys.executable, "-c", _STEPS_AND_MEMORY, str(data)], capture_output=True,
                               text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=600)
        if child.returncode != 0:
            return {"cold_start": start, "steps": {"failed": child.stderr[-500:]}}
        steps = {k: round(v, 2) if isinstance(v, float) else v for k, v in json.loads(child.stdout).items()}
    return {"cold_start_to_first_paint": start, "step_to_step_and_memory": steps}
