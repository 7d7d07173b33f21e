"""Long work runs off the GUI thread and reports back on it, with progress, Stop and failures."""

import threading

from digital_literacy_app.core.errors import Cancelled
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.widgets.busy import BusyPanel


def test_work_runs_in_a_worker_and_results_arrive_on_the_gui_thread(qtbot, app):
    """The window thread never runs the work; it only receives progress and the result."""
    gui = threading.get_ident()
    seen = {}

    def work(task):
        seen["worker"] = threading.get_ident()
        for done in range(1, 4):
            task.progress(done, 3, "step")
        return "ready"

    progress, results = [], []
    panel = BusyPanel("…")
    qtbot.addWidget(panel)

    def on_progress(done, total, note):
        progress.append((done, total, note, threading.get_ident()))
        panel.set_progress(int(done), int(total))

    task = run_in_background(work, on_success=lambda r: results.append((r, threading.get_ident())),
                             on_progress=on_progress)
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    assert seen["worker"] != gui
    assert results == [("ready", gui)]
    assert [(d, t, n) for d, t, n, _ in progress] == [(1, 3, "step"), (2, 3, "step"), (3, 3, "step")]
    assert {thread for *_, thread in progress} == {gui}
    assert (panel.bar.maximum(), panel.bar.value()) == (3, 3)
    assert task.done


def test_a_failure_is_reported_not_raised_in_the_window(qtbot, app):
    """An exception in the work reaches the window as a value to explain, never a crash."""
    failures = []
    run_in_background(lambda task: 1 / 0, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert isinstance(failures[0], ZeroDivisionError)


def test_stop_that_keeps_nothing_is_cancelled_and_stop_that_keeps_part_is_a_result(qtbot, app):
    """Work that stops with nothing kept raises Cancelled (the `cancelled` signal); work that
    returns what it kept before Stop (a batch half done) arrives as its result."""
    started, release = threading.Event(), threading.Event()

    def nothing_kept(task):
        started.set()
        release.wait(2)
        task.check()
        return "never"

    results, cancelled = [], []
    task = run_in_background(nothing_kept, on_success=results.append, on_cancelled=lambda: cancelled.append(1))
    started.wait(2)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=3000)
    assert results == []

    def part_kept(task):
        kept = []
        for step in range(100):
            if task.is_cancelled():
                break
            kept.append(step)
            if step == 2:
                task.cancel()
        return kept

    run_in_background(part_kept, on_success=results.append, on_cancelled=lambda: cancelled.append(2))
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    assert results == [[0, 1, 2]] and cancelled == [1]


def test_work_with_a_trainer_gets_its_own_connection_on_the_worker(qtbot, app, trainer):
    """`trainer=` opens `trainer.for_worker()` on the worker thread, closes it after, and what
    the worker records reaches the window's trainer and the change hub."""
    heard, results = [], []
    trainer.hub.listen(heard.append)

    def work(own, task):
        assert own is not trainer and own.db.conn is not trainer.db.conn
        return own.learners.add("Lê Thị Hoa").id, threading.get_ident()

    run_in_background(work, on_success=results.append, trainer=trainer)
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    learner_id, thread = results[0]
    assert thread != threading.get_ident()
    assert trainer.learners.get(learner_id).name == "Lê Thị Hoa"
    assert heard == [frozenset({"learners"})]


def test_cancelled_from_core_code_is_the_core_error(qtbot, app):
    """`task.check()` raises the core's Cancelled, which core operations raise too."""
    caught = []

    def work(task):
        task.cancel()
        try:
            task.check()
        except Cancelled as exc:
            caught.append(exc.code)
            raise

    run_in_background(work)
    qtbot.waitUntil(lambda: bool(caught), timeout=3000)
    assert caught == ["task.cancelled"]
