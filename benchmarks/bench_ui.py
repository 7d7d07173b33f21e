"""Learner app figures: cold start to the first painted screen; the five screen changes people
wait for (sign-in, sign-out, opening a lesson, opening the Learners tool, going back from a
lesson or a tool), each timed from the press to the end of the new screen's first paint
(median of 6, 200 learners; "back" is the median of both kinds), and sign-in and sign-out of
learners who chose 200 % text (a new look restyles every widget); one step to the next;
resident memory after opening 10 lessons. Between presses the benchmark waits 0.4 s, as a
person reading the screen does. Qt runs offscreen (QT_QPA_PLATFORM=offscreen).
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
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.app import prepare_application
from digital_literacy_app.ui.main_window import MainWindow

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

class PaintWatch(QObject):
    # Notes the first paint of the screen that replaced `old` (or of anything inside it).
    def __init__(self, window):
        super().__init__()
        self.window, self.old, self.seen = window, None, False

    def eventFilter(self, obj, event):
        if (self.old is not None and not self.seen and event.type() == QEvent.Type.Paint
                and self.window.screen is not self.old and obj.isWidgetType()
                and (obj is self.window.screen or self.window.screen.isAncestorOf(obj))):
            self.seen = True
        return False

app = prepare_application([])
trainer = Trainer.open(sys.argv[1])
window = MainWindow(trainer)
window.resize(1366, 768)
window.show()
watch = PaintWatch(window)
app.installEventFilter(watch)
ticker = QTimer()  # wakes the waits below
ticker.start(5)
THINK_S = 0.4

def timed(action, samples):
    # From the press to the end of the first paint of the new screen.
    watch.old, watch.seen = window.screen, False
    started = time.perf_counter()
    action()
    # The event loop deletes the old screen before it paints (an update is a low-priority
    # event); processEvents() alone would leave every old screen alive.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    deadline = started + 10
    while not watch.seen and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    samples.append(time.perf_counter() - started)
    watch.old = None
    pause(THINK_S)

def pause(seconds):
    # A person reads the new screen before pressing again; what the app does meanwhile
    # (building the catalogue for the next learner after a sign-out) is not the next press's.
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

learners = trainer.learners.all()
learner = learners[0]
deadline = time.perf_counter() + 30
while not window.seat.lessons_ready and time.perf_counter() < deadline:  # loaded as the app does it
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
for _ in range(3):
    app.processEvents()  # what the window does once the lessons are in
times = {name: [] for name in ("sign_in", "sign_out", "open_lesson", "back_to_lessons",
                               "open_tool", "back_to_tools", "sign_in_at_200", "sign_out_from_200")}
for other in learners[1:7]:
    timed(lambda: window.sign_in(other), times["sign_in"])
    timed(lambda: window.sign_out(), times["sign_out"])
for other in learners[7:13]:  # learners who chose 200 % text: every widget is restyled
    trainer.settings.set_for_learner(other.id, "text_scale", 200)
    timed(lambda: window.sign_in(other), times["sign_in_at_200"])
    timed(lambda: window.sign_out(), times["sign_out_from_200"])
window.sign_in(learner)
app.processEvents()
for lesson in trainer.lessons.lessons[:6]:
    timed(lambda: window.screen.cards[lesson.id].click(), times["open_lesson"])
    timed(lambda: window.screen.close_button.click(), times["back_to_lessons"])
window.sign_out()
account = next((a for a in trainer.volunteers.all() if a.name == "Benchmark"), None) or \
    trainer.volunteers.add("Benchmark", "volunteer", "2468")
window.volunteer_mode.sign_in(account)
app.processEvents()
for _ in range(6):
    timed(lambda: window.screen.buttons["learners"].click(), times["open_tool"])
    timed(lambda: window.screen.page.back_button.click(), times["back_to_tools"])
window.sign_out()
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
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as it was measured before: not timed
result = {"step_median_ms": statistics.median(timings) * 1000,
          "step_p95_ms": sorted(timings)[int(len(timings) * 0.95)] * 1000,
          "steps": len(timings), "rss_after_10_lessons_mb": rss_mb()}
times["back"] = times["back_to_lessons"] + times["back_to_tools"]
for name, samples in times.items():
    result[f"{name}_median_ms"] = statistics.median(samples) * 1000
    result[f"{name}_max_ms"] = max(samples) * 1000
print(json.dumps(result))
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
            return {"cold_start": start, "steps": {"failed": child.returncode, "stderr": child.stderr[-500:]}}
        figures = {k: round(v, 2) if isinstance(v, float) else v for k, v in json.loads(child.stdout).items()}
    transitions = {k: v for k, v in figures.items() if not k.startswith(("step", "rss"))}
    steps = {k: v for k, v in figures.items() if k not in transitions}
    return {"cold_start_to_first_paint": start, "screen_changes_press_to_paint": transitions,
            "step_to_step_and_memory": steps}
