"""One writer per data folder: the app, or one `dla` command that changes data.

The lock is the operating system's (a `trainer.lock` file in the data folder, through
filelock): it is released when its process ends, however it ends, so the lock of an app
that crashed or lost power is never stale. Reading commands take no lock (SQLite's own
locking keeps their reads consistent while the app writes).
"""

from pathlib import Path

from filelock import FileLock, Timeout

from digital_literacy_app.core.errors import DlaError

LOCK_FILE = "trainer.lock"


class DataLock:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_FILE
        # Not a singleton and not thread-local: a second DataLock on the same folder is a
        # second holder, even inside one process (tests; two windows of one program).
        self._lock = FileLock(str(self.path), thread_local=False, is_singleton=False)

    def try_hold(self, wait_s: float = 0.0) -> bool:
        """Hold the folder, waiting up to `wait_s` seconds for the holder to finish."""
        try:
            self._lock.acquire(timeout=wait_s, poll_interval=0.1)
        except Timeout:
            return False
        return True

    def hold(self, wait_s: float) -> "DataLock":
        """Hold the folder, or DlaError "data.in_use" after `wait_s` seconds."""
        if not self.try_hold(wait_s):
            raise DlaError("data.in_use", path=str(self.path.parent))
        return self

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
