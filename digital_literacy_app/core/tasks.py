"""Long work's side of progress and cancelling, the same for imports, exports, batches
and reports.

A core operation that can take long takes a `task`: it calls `task.progress(done, total)`
as it goes, and `task.check()` between units of work, which raises `Cancelled` once the
user pressed Stop. The app's background task (ui/tasks.py) is one; `NO_TASK` is the
quiet default for the command line and tests.
"""

from typing import Protocol

from digital_literacy_app.core.errors import Cancelled


class Task(Protocol):
    def progress(self, done: float, total: float, note: str = "") -> None: ...

    def check(self) -> None: ...

    def is_cancelled(self) -> bool: ...


class _NoTask:
    def progress(self, done: float, total: float, note: str = "") -> None:
        pass

    def check(self) -> None:
        pass

    def is_cancelled(self) -> bool:
        return False


NO_TASK: Task = _NoTask()


class CancelFlag:
    """A task driven by a flag someone else sets (a thread, a test)."""

    def __init__(self, on_progress=None):
        self.cancelled = False
        self._on_progress = on_progress

    def cancel(self) -> None:
        self.cancelled = True

    def progress(self, done: float, total: float, note: str = "") -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, note)

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled("task.cancelled")

    def is_cancelled(self) -> bool:
        return self.cancelled
