"""Checking a sync file before the store is touched, so that importers check at the same time.

What needs no store runs here: copying the file into the data folder (hashing it as it is
read), opening a sealed file, the container and its signature, and every event line with
its origin's chain (incoming.check_lines). Only then does an import take its turn at the
store (on a city store, an advisory lock: importer.py) for what needs the store: was the
file imported before, the pinned keys, staging the events, the proofs, clashes, the merge
and the fold.

A refusal found here is kept, not raised, and raised at the point where that check has
always come in the importer's order (importer._import_one), so every file keeps the reason
code it had: a file imported before is "already imported" even if it does not open here,
and a file from a PC with another key is refused for the key before its lines are judged.

On a city store an import's files are checked by worker processes when there are several
(checked_ahead.py: while the import waits for its turn and while the files before them
merge), or here before the turn when there is one; each writes the checked events into a
work file in the data folder, in PostgreSQL's COPY text form, which the turn hands to the
server as it is. A PC's own file is also folded there (prefold.py): its learners' folded
rows and report facts go beside the events, for the turn to copy in where they are the
fold's. So a checked file waiting for its turn holds a few figures in memory, never its
events, and the turn neither reads nor parses a line again. SQLite checks each file just
before merging it, staging its events as they are read, as it always did, and never
starts a process: a ward PC's frozen Windows app stays one process.
"""

import os
import re
import threading
import zipfile
import zlib
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from digital_literacy_app.core.errors import Cancelled
from digital_literacy_app.core.store.fold import HANDLED_KINDS
from digital_literacy_app.core.sync import archive, incoming, sealing
from digital_literacy_app.core.sync.archive import SyncFileError
from digital_literacy_app.core.sync.first_file import OneOrigin
from digital_literacy_app.core.sync.prefold import FoldAhead, Prefolded, fold_file
from digital_literacy_app.core.sync.exporter import work_file

# What a crafted file might still provoke past every check: refuses that file, never the import.
HOSTILE = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError, OverflowError,
           MemoryError, NotImplementedError, EOFError, zipfile.BadZipFile, zlib.error)
WORKERS = min(4, os.cpu_count() or 1)  # processes checking a city store's files at once
_POOL = None  # "concurrent.futures.ProcessPoolExecutor", made at the first city import of several files
_POOL_LOCK = threading.Lock()


@dataclass(frozen=True)
class Seat:
    """What checking needs of the trainer, small enough for a worker process: the data
    folder (work files), this computer's identity (a file sealed to it), and on a city
    store the lessons' areas its report facts are made with (a file folded ahead)."""

    data_dir: Path
    device_id: str
    seed: bytes
    areas: tuple[tuple[str, str], ...] | None = None

    @classmethod
    def of(cls, trainer) -> "Seat":
        from digital_literacy_app.core.reports.city_facts import lesson_areas
        from digital_literacy_app.core.store.pg_migrations import facts_as_of_now

        city = getattr(trainer.db, "is_postgres", False) and facts_as_of_now()
        areas = tuple(lesson_areas(trainer.lessons)) if city else None
        return cls(Path(trainer.data_dir), trainer.device.device_id, trainer.device.signing_key.encode(), areas)


@dataclass
class CheckedFile:
    """A file checked without the store. The errors are kept in the order they are raised
    in the store's turn: `stage_error` before the question whether it was imported
    before, `open_error` after it, `lines_error` after the pinned keys."""

    path: Path
    copy: Path
    plain: Path
    rows: Path | None = None  # the checked events as COPY text (a city store's turn), or staged already
    sha256: str = ""
    stage_error: Exception | None = None
    open_error: Exception | None = None
    lines_error: Exception | None = None
    manifest: dict | None = None
    version: int = 0
    trust: bytes | None = None
    heads: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    cancelled: bool = False
    checked: bool = True  # False: imported before this import began, so left unchecked
    prefold: Prefolded | None = None  # its learners folded ahead (a city store's PC file)
    lane: OneOrigin | None = None  # its events summed up, to go straight into the log (first_file.py)

    @property
    def name(self) -> str:
        return self.path.name

    def discard(self) -> None:
        for work in (self.copy, self.plain, self.rows):
            if work is not None:
                work.unlink(missing_ok=True)
        if self.prefold is not None:
            self.prefold.discard()


def check(seat: Seat, path: Path, copy: Path, plain: Path, rows: Path | None = None, report=None,
          cancelled=lambda: False, known=None, sink=None, staged: archive.Staged | None = None) -> CheckedFile:
    """Copy `path` to `copy` (unless `staged` says it was copied already), unsealing it to
    `plain`, and check it whole, its events going to `sink` or, as COPY text, to the work
    file `rows`; `known(sha256)` says whether the store has the file already, to stop early
    (the store's turn asks again). A disk failure in the data folder or a Stop is raised,
    the work files gone."""
    item = CheckedFile(Path(path), copy, plain, rows)
    try:
        try:
            staged = staged or stage(item.path, copy, item.path.name)
        except SyncFileError as exc:
            item.stage_error = exc
            return item
        item.sha256 = staged.sha256
        if known is not None and known(staged.sha256):
            return item
        try:
            opened = _open(seat, item, staged)
        except (SyncFileError, *HOSTILE) as exc:
            item.open_error = _refusal(exc, item.path.name, seat.data_dir)
            return item
        try:
            item.manifest, item.version, item.trust = opened.manifest, opened.version, opened.trust
            with open(rows, "wb") if rows is not None else nullcontext() as out:
                ahead, lane = (None, None) if out is None else (FoldAhead(HANDLED_KINDS), OneOrigin())
                item.heads = incoming.check_lines(opened, report, cancelled, item.warnings, sink if out is None
                                                  else lambda batch: _to_rows(out, ahead, lane, batch))
                item.lane = lane
            if ahead is not None:
                item.prefold = ahead.write(fold_file(rows), copy_text, seat.areas)
        except (SyncFileError, *HOSTILE) as exc:
            item.lines_error = _refusal(exc, item.path.name, seat.data_dir)
        finally:
            opened.close()
        item.copy.unlink(missing_ok=True)
        item.plain.unlink(missing_ok=True)
    except BaseException:
        item.discard()
        if rows is not None:  # a fold a broken worker began there, or this check's own
            fold_file(rows).unlink(missing_ok=True)
        raise
    return item


def _to_rows(out, ahead: FoldAhead, lane: OneOrigin, batch) -> None:
    out.write(copy_text(batch))
    ahead.add(batch)
    lane.add(batch)


def _open(seat: Seat, item: CheckedFile, staged: archive.Staged) -> archive.OpenedSyncFile:
    with open(item.copy, "rb") as handle:
        sealed = sealing.is_sealed(handle.read(len(sealing.SEALED_V2)))
    if sealed:
        from nacl.signing import SigningKey

        with open(item.plain, "wb") as out:
            sealing.open_sealed(item.copy, seat.device_id, SigningKey(seat.seed), out, item.path.name,
                                archive.MAX_FILE_BYTES)
        staged = archive.stage(item.plain, None, item.path.name)
    return archive.open_sync_file(staged, item.path.name)


_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_NEEDS_ESCAPE = re.compile(r"[\\\t\n\r]").search


def copy_text(rows) -> bytes:
    """Rows in PostgreSQL's COPY text form: fields by tabs, \\N for nothing, and a backslash,
    tab, newline or carriage return inside a text escaped (a NUL never gets this far).
    Each row is joined as it is first, and made again with its texts escaped only if the
    line holds a backslash, a newline, a carriage return or a tab too many: most hold
    none, and looking for them in the line costs less than looking in each text (a
    regular expression per text took a third more of a worker's time on a file)."""
    escapes, needs_escape = _ESCAPES, _NEEDS_ESCAPE
    lines = []
    for row in rows:
        line = "\t".join(["\\N" if v is None else str(v) if type(v) is int else v for v in row])
        if line.count("\t") != len(row) - 1 or "\\" in line or "\n" in line or "\r" in line:
            line = "\t".join(["\\N" if v is None else str(v) if type(v) is int
                              else v.translate(escapes) if needs_escape(v) else v for v in row])
        lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _refusal(exc: Exception, name: str, data_dir: Path) -> Exception:
    if isinstance(exc, SyncFileError):
        return exc
    return damaged(exc, name, data_dir)


def damaged(exc: BaseException, name: str, data_dir: Path) -> SyncFileError:
    """The refusal of a file that provoked an error no check names (HOSTILE): that file is
    refused as damaged, and the error's traceback goes to the data folder's log
    (core/crash_log.py), since it may as well be a mistake of this app's as a crafted
    file, and support can only tell which from the traceback."""
    from digital_literacy_app.core.crash_log import write_crash

    log = write_crash(data_dir, exc, f"the sync file {name}, refused as damaged")
    return SyncFileError("sync.file_damaged", file=name, detail=type(exc).__name__, log=str(log))


def stage(path: Path, target: Path, name: str) -> archive.Staged:
    try:
        if path.stat().st_size > archive.MAX_FILE_BYTES:
            raise SyncFileError("sync.too_large", file=name)
        return archive.stage(path, target, name)
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename) == target:
            raise  # the data folder's disk (full?), not the stick: ends the import
        raise archive.unreadable(exc, path) from None


def check_all(trainer, files: list[Path], report, cancelled) -> list[CheckedFile]:
    """Check every file here, before the import's turn at a city store: one file, one
    worker or a frozen app (several files are checked by worker processes while the first
    merge: checked_ahead.py). `report(index, fraction, name)` as files are read. After a
    Stop the files not yet checked come back marked cancelled."""
    jobs, copies, done = prepare(trainer, files, cancelled)
    rest = [index for index, item in enumerate(done) if item is None]
    found = check_here([(*jobs[i], copies.get(i)) for i in rest], lambda i, fraction, name: report(
        rest[i], fraction, name), cancelled, Seat.of(trainer))
    for index, item in zip(rest, found):
        done[index] = item
    return done


def prepare(trainer, files: list[Path], cancelled) -> tuple[list[tuple], dict, list[CheckedFile | None]]:
    """(each file's work files as (path, copy, plain, rows), {index: staged copy}, each
    file's CheckedFile if it needs no check, else None).

    Each file is copied into the data folder first, here, one after the other (a stick
    reads fastest so); a file the store had imported when the import began is then left
    unchecked: its turn only says so (a coordinator's stick often holds last week's files
    too)."""
    jobs = [(Path(p), work_file(trainer, "import"), work_file(trainer, "import-plain"),
             work_file(trainer, "import-rows")) for p in files]
    copies, imported = _copy_in(trainer, jobs, cancelled)
    done: list[CheckedFile | None] = [None] * len(jobs)
    for index, sha256 in imported.items():
        done[index] = CheckedFile(*jobs[index], sha256=sha256, checked=False)
        jobs[index][1].unlink(missing_ok=True)
    return jobs, copies, done


def _copy_in(trainer, jobs, cancelled) -> tuple[dict, dict]:
    """({index: staged copy}, {index: SHA-256 of a file the store has}). A file that cannot
    be copied is left to its check, which refuses it with the reason; a Stop leaves the
    rest uncopied."""
    copies = {}
    try:
        for index, (path, copy, *_) in enumerate(jobs):
            if cancelled():
                break
            try:
                copies[index] = stage(path, copy, path.name)
            except SyncFileError:
                continue
        known = _imported(trainer, sorted({staged.sha256 for staged in copies.values()}))
    except BaseException:  # the copies go with the import (the store may have stopped answering)
        for _, work, *_ in jobs:
            work.unlink(missing_ok=True)
        raise
    return copies, {index: staged.sha256 for index, staged in copies.items() if staged.sha256 in known}


def _imported(trainer, hashes: list[str]) -> set[str]:
    """Which of these SHA-256s the store has imported (asked 500 at a time)."""
    known = set()
    for first in range(0, len(hashes), 500):
        chunk = hashes[first:first + 500]
        known.update(row[0] for row in trainer.db.conn.execute(
            f"SELECT sha256 FROM imported_files WHERE sha256 IN ({', '.join('?' * len(chunk))})", chunk))
    return known


def check_job(seat: Seat, job, stop: Path) -> CheckedFile:
    """One file, in a worker process: Cancelled once `stop` exists."""
    path, copy, plain, rows, staged = job
    return check(seat, path, copy, plain, rows, cancelled=stop.exists, staged=staged)


def check_here(jobs, report, cancelled, seat: Seat, first: int = 0) -> list[CheckedFile]:
    done: list[CheckedFile] = []
    for index, (path, copy, plain, rows, staged) in enumerate(jobs, first):
        if cancelled():
            return done + [CheckedFile(*rest[:4], cancelled=True) for rest in jobs[len(done):]]
        try:
            done.append(check(seat, path, copy, plain, rows, lambda fraction, i=index, n=path.name: report(i, fraction, n),
                              cancelled, staged=staged))
        except Cancelled:
            return done + [CheckedFile(*rest[:4], cancelled=True) for rest in jobs[len(done):]]
        except BaseException:
            for item in done:
                item.discard()
            raise
        report(index, 1.0, path.name)
    return done


def abandon_checks(futures, jobs, stop: Path) -> None:
    import concurrent.futures

    try:
        stop.touch()
    except OSError:
        pass  # the data folder's disk: the workers then end the files they are on
    for future in futures:
        future.cancel()
    concurrent.futures.wait(futures)
    for _, *work, _ in jobs:
        for path in work:
            path.unlink(missing_ok=True)
        fold_file(work[-1]).unlink(missing_ok=True)


def worker_pool() -> "concurrent.futures.ProcessPoolExecutor":
    """One pool per process, started at the first city import that has several files.
    Processes are made by a fork server (spawned on Windows), never forked from a process
    that may be running other threads (the app's tasks, other importers)."""
    import atexit
    import concurrent.futures
    import multiprocessing

    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            _POOL = concurrent.futures.ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context(method))
            atexit.unregister(forget_worker_pool)  # once, however often a broken pool is made again
            atexit.register(forget_worker_pool)  # let go while the interpreter still has its modules
        return _POOL


def forget_worker_pool() -> None:
    global _POOL
    with _POOL_LOCK:
        if _POOL is not None:
            _POOL.shutdown(wait=False, cancel_futures=True)
        _POOL = None
