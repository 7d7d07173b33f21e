"""Long work off the GUI thread: one way for imports, exports, batches, reports and pictures.

`run_in_background(work, ...)` runs `work(task)` on Qt's thread pool; with `trainer=`, it
runs `work(own, task)` where `own` is `trainer.for_worker()`, opened and closed on the
worker thread (SQLite connections stay on their thread). The task is the core's task
(core/tasks.py): core operations call `task.progress(done, total, note)` and stop when
`task.is_cancelled()` after `cancel()`: work that kept nothing raises `Cancelled` (the
`cancelled` signal), work that kept part returns it (the `succeeded` signal). Results, failures and progress arrive on the GUI
thread as queued signals, so the window never freezes and no widget is touched from the
worker.
"""

import threading
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from digital_literacy_app.core.errors import Cancelled


class TaskSignals(QObject):
    progressed = Signal(float, float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class BackgroundTask(QRunnable):
    def __init__(self, work: Callable, trainer=None):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.trainer = trainer
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = False

    # -- the core's Task -----------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("task.cancelled")

    def progress(self, done: float, total: float, note: str = "") -> None:
        if not self._cancel.is_set():
            self._emit(self.signals.progressed, float(done), float(total), note)

    # -- the runnable --------------------------------------------------------------------
    def run(self) -> None:
        try:
            result = self._run_work()
        except Cancelled:
            self._emit(self.signals.cancelled)
        except Exception as exc:  # reported to the GUI, which shows it in plain words
            self._emit(self.signals.failed, exc)
        else:
            # Work that returns was not lost to Stop: what it kept is its result (a batch
            # stopped half-way, an import with files left unread). Work that kept nothing
            # raises Cancelled instead.
            self._emit(self.signals.succeeded, result)
        finally:
            self.done = True
            self._emit(self.signals.finished)

    def _run_work(self):
        if self.trainer is None:
            return self.work(self)
        with self.trainer.for_worker() as own:
            return self.work(own, self)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the application is closing and took the receiving side with it


_running: set[BackgroundTask] = set()


def run_in_background(work: Callable, on_success: Callable | None = None,
                      on_failure: Callable | None = None, on_progress: Callable | None = None,
                      pool: QThreadPool | None = None, trainer=None,
                      on_cancelled: Callable | None = None) -> BackgroundTask:
    """Start `work(task)` (or `work(own_trainer, task)`) on the pool; the callbacks run on
    the GUI thread. `on_progress(done, total, note)`."""
    task = BackgroundTask(work, trainer)
    queued = Qt.ConnectionType.QueuedConnection
    if on_success:
        task.signals.succeeded.connect(on_success, queued)
    if on_failure:
        task.signals.failed.connect(on_failure, queued)
    if on_progress:
        task.signals.progressed.connect(on_progress, queued)
    if on_cancelled:
        task.signals.cancelled.connect(on_cancelled, queued)
    task.signals.finished.connect(lambda: _running.discard(task), queued)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
