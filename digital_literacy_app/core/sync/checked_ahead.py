"""A city import's files checked by the worker processes while the files before them merge.

checking.py checks a file without the store. Checked all before the import's turn, a
large import spent its first seconds checking with the store idle, then its turn with
the second core idle (1.3 s of a batch of 50 files: docs/performance.md, session 31).
Here the turn begins once the first file is checked and the store is free, and each
later file is checked while those before it merge: the turn waits for a file's check
only when the merges catch up with the checks, which run about twice as fast.

The turn may so be held while a file is still being checked (the others wait that much
longer); a district waiting for the turn still checks all its files meanwhile, as before.
With one file, one worker or in a frozen app, every file is checked before the turn, in
this process (checking.check_all), as it always was.
"""

import concurrent.futures
import sys
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from digital_literacy_app.core.sync import checking
from digital_literacy_app.core.sync.checking import CheckedFile
from digital_literacy_app.core.sync.exporter import work_file

WAIT = 0.1  # seconds between two looks at a Stop while waiting


class CheckedAhead:
    """The checks of an import's files, taken one by one in the files' order
    (`take`), with how many are done so far (`done`, for the progress bar). `close` stops
    the checks still running and removes every work file: the importer calls it whatever
    happens."""

    def __init__(self, trainer, files: list[Path], report, cancelled):
        self.cancelled, self.futures = cancelled, {}
        self.fractions = [0.0] * len(files)  # how much of each file is checked
        self.report = report  # report(files checked, name) as checks go on
        self.seat, self.stop = checking.Seat.of(trainer), work_file(trainer, "import-stop")
        pool = checking.worker_pool() if len(files) > 1 and checking.WORKERS > 1 and not getattr(
            sys, "frozen", False) else None
        if pool is None:
            self._check_before(trainer, files)
            return
        self.jobs, copies, self.items = checking.prepare(trainer, files, cancelled)
        for index, item in enumerate(self.items):
            if item is not None:  # imported before: not checked again
                self._checked(index)
            else:
                self.futures[index] = pool.submit(checking.check_job, self.seat, (*self.jobs[index],
                                                                                   copies.get(index)), self.stop)

    def _check_before(self, trainer, files) -> None:
        def checking_report(index, fraction, name):
            self.fractions[index] = fraction
            self.report(self.done(), name)
        self.items = checking.check_all(trainer, files, checking_report, self.cancelled)

    def _checked(self, index: int) -> None:
        self.fractions[index] = 1.0
        self.report(self.done(), self.jobs[index][0].name)

    def done(self) -> float:
        """How many files are checked, a file being checked counting its part."""
        return sum(self.fractions)

    def ready(self, index: int) -> bool:
        future = self.futures.get(index)
        return index >= len(self.items) or self.items[index] is not None or (future is not None and future.done())

    def wait(self, index: int | None = None, seconds: float = WAIT) -> None:
        """Wait up to `seconds` for file `index`'s check (None: any file's), saying which
        checks have ended."""
        pending = [future for i, future in self.futures.items()
                   if self.fractions[i] < 1.0 and (index is None or i == index)]
        if pending:
            concurrent.futures.wait(pending, timeout=seconds, return_when=concurrent.futures.FIRST_COMPLETED)
        elif index is None:  # every file checked: only the store's turn is awaited
            time.sleep(seconds)
        for i, future in self.futures.items():
            if future.done() and self.fractions[i] < 1.0:
                self._checked(i)

    def take(self, index: int) -> CheckedFile:
        """File `index`, checked: waited for, checked here should the worker processes have
        died, or marked cancelled after a Stop (with every check still running stopped)."""
        while self.items[index] is None:
            if self.cancelled():
                self._abandon()
                break
            future = self.futures[index]
            self.wait(index)
            if not future.done():
                continue
            try:
                self.items[index] = future.result()
            except BrokenProcessPool:
                checking.forget_worker_pool()
                self.futures = {}  # every check not yet done broke with the pool: done here
                self._check_here(index)
            except BaseException:
                self.close()
                raise
        return self.items[index]

    def _check_here(self, first: int) -> None:
        """The pool broke: the rest is checked here, each from the stick again (a worker
        that had finished a file deleted its copy)."""
        for index in range(first, len(self.items)):
            if self.items[index] is None:
                self.items[index] = checking.check_here([(*self.jobs[index], None)], lambda *_: None,
                                                         self.cancelled, self.seat, first=index)[0]
                self._checked(index)

    def _abandon(self) -> None:
        """A Stop: the checks still running stop at their next chunk of lines."""
        waiting = [index for index, future in self.futures.items() if self.items[index] is None]
        checking.abandon_checks([self.futures[i] for i in waiting], [(*self.jobs[i], None) for i in waiting],
                                self.stop)
        for index in waiting:
            future = self.futures[index]
            if future.done() and not future.cancelled() and future.exception() is None:
                future.result().discard()  # finished before it saw the stop file
            self.items[index] = CheckedFile(*self.jobs[index], cancelled=True)

    def close(self) -> None:
        if any(self.items[index] is None for index in self.futures):
            self._abandon()
        for item in self.items:
            if item is not None:
                item.discard()
        self.stop.unlink(missing_ok=True)


class Progress:
    """An import's progress as `on_progress(index, count, fraction, name)` wants it. On a
    city store the bar's first half is the files checked until the first merge begins,
    its second half the files merged (the checks still running are ahead of the merges,
    and faster): the screens say "checking" in the first half and "importing" in the
    second (ui/coordinator/import_screen.py), and the bar never goes back."""

    def __init__(self, on_progress, count: int, checked_ahead: bool):
        self.on_progress, self.count, self.ahead = on_progress, count, checked_ahead
        self.merged: float | None = None  # files merged, once merging began

    def checked(self, files: float, name: str) -> None:
        """`files` checked so far (a file being checked counting its part), the last `name`."""
        if self.on_progress and self.merged is None:
            self._show(files / 2, name)

    def _show(self, value: float, name: str) -> None:
        whole = min(int(value), self.count - 1)
        self.on_progress(whole, self.count, value - whole, name)

    def merging(self, index: int, path: Path):
        if not self.on_progress:
            return None
        if not self.ahead:  # a ward PC's import: each file checked as it merges
            return lambda fraction: self.on_progress(index, self.count, fraction, path.name)

        def report(fraction: float) -> None:
            self.merged = index + fraction
            self._show((self.count + self.merged) / 2, path.name)
        return report
