"""Long work runs off the GUI thread and reports back on it, with progress and failures."""

import threading

from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.widgets.busy import BusyPanel


def test_work_runs_in_a_worker_and_results_arrive_on_the_gui_thread(qtbot, app):
    """The window thread never runs the work; it only receives progress and the result."""
    gui = threading.get_ident()
    seen = {}

    def work(report):
        seen["worker"] = threading.get_ident()
        for done in range(1, 4):
            report(done, 3)
        return "ready"

    progress, results = [], []
    panel = BusyPanel("…")
    qtbot.addWidget(panel)

    def on_progress(done, total):
        progress.append((done, total, threading.get_ident()))
        panel.set_progress(done, total)

    task = run_in_background(work, on_success=lambda r: results.append((r, threading.get_ident())),
                             on_progress=on_progress)
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    assert seen["worker"] != gui
    assert results == [("ready", gui)]
    assert [(d, t) for d, t, _ in progress] == [(1, 3), (2, 3), (3, 3)]
    assert {thread for _, _, thread in progress} == {gui}
    assert (panel.bar.maximum(), panel.bar.value()) == (3, 3)
    assert task.done


def test_a_failure_is_reported_not_raised_in_the_window(qtbot, app):
    """An exception in the work reaches the window as a value to explain, never a crash."""
    failures = []
    run_in_background(lambda report: 1 / 0, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert isinstance(failures[0], ZeroDivisionError)


def test_cancel_stops_the_work_at_its_next_report(qtbot, app):
    """A cancelled task stops at its next progress report and says so."""
    started, release = threading.Event(), threading.Event()
    steps = []

    def work(report):
        started.set()
        release.wait(2)
        for step in range(100):
            report(step, 100)
            steps.append(step)
        return "never"

    results = []
    task = run_in_background(work, on_success=results.append)
    cancelled = []
    task.signals.cancelled.connect(lambda: cancelled.append(True))
    started.wait(2)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=3000)
    assert steps == [] and results == []
