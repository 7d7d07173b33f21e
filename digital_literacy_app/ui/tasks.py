"""Long work off the GUI thread, reported back through signals.

`run_in_background(work, ...)` runs `work(report)` on Qt's thread pool. `work` may call
`report(done, total)` to move a progress bar, and should stop when `report` raises
`TaskCancelled` after `cancel()`. Results, failures and progress arrive on the GUI thread
as queued signals, so the window never freezes and no widget is touched from the worker.
"""

import threading
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class TaskCancelled(Exception):
    """Raised inside the work function when the task was cancelled."""


class TaskSignals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class BackgroundTask(QRunnable):
    def __init__(self, work: Callable):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except TaskCancelled:
            self._emit(self.signals.cancelled)
        except Exception as exc:  # reported to the GUI, which shows it in plain words
            self._emit(self.signals.failed, exc)
        else:
            if self._cancel.is_set():
                self._emit(self.signals.cancelled)
            else:
                self._emit(self.signals.succeeded, result)
        finally:
            self.done = True
            self._emit(self.signals.finished)

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the application is closing and took the receiving side with it


_running: set[BackgroundTask] = set()


def run_in_background(work: Callable, on_success: Callable | None = None,
                      on_failure: Callable | None = None, on_progress: Callable | None = None,
                      pool: QThreadPool | None = None) -> BackgroundTask:
    """Start `work(report)` on the pool; the callbacks run on the GUI thread."""
    task = BackgroundTask(work)
    queued = Qt.ConnectionType.QueuedConnection
    if on_success:
        task.signals.succeeded.connect(on_success, queued)
    if on_failure:
        task.signals.failed.connect(on_failure, queued)
    if on_progress:
        task.signals.progressed.connect(on_progress, queued)
    task.signals.finished.connect(lambda: _running.discard(task), queued)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
