"""Importing sync files: check each file completely (checking.py), then merge them in one transaction.

Per file, first without the store: the container and signature (archive.py), every event
line, its chain and the counts (incoming.check_lines). Then in the store's turn: whether
it was imported before, the pinned device keys, the sequence ranges, the proofs, events
made under this computer's own identity and clashes with events already stored, before
anything is merged. A city store's files are checked without the store, by worker
processes, while the import waits for its turn and while the files before them merge
(checked_ahead.py), so several imports check at the same time and only this part takes
turns. A new PC's file on a city store skips the staging table: the worker's summary of
its events answers what the table would (first_file.py). Merged files are then folded
once, together, by the in-memory replay.
"""

from dataclasses import dataclass, field
from pathlib import Path

from digital_literacy_app.core.errors import Cancelled, DlaError, Note
from digital_literacy_app.core.store import fold
from digital_literacy_app.core.sync import checking, erasures, first_file, incoming, merging, prefold, rotation, trust
from digital_literacy_app.core.sync.checked_ahead import CheckedAhead, Progress
from digital_literacy_app.core.sync.archive import SyncFileError
from digital_literacy_app.core.sync.exporter import work_file
from digital_literacy_app.core.sync.merging import FOLD_PENDING

_HOSTILE = checking.HOSTILE  # what a crafted file might still provoke: refuses that file, never the import
ORDER_INDEX = "events_order"
DEFER_INDEX_AFTER = 50_000  # new events in one import before the order index is set aside


@dataclass
class FileResult:
    """What happened to one file. `error` says why it was refused or stopped (or, for a file
    imported before, under which name); `warnings` are notes about what was kept."""

    path: Path
    status: str  # imported, already, refused, cancelled
    error: DlaError | None = None
    device_id: str = ""
    device_name: str = ""
    ward: str = ""
    events_new: int = 0
    events_known: int = 0
    events_held: int = 0  # relayed without a proof this PC can check: kept apart, not counted
    events_set_apart: int = 0  # stored events of a PC its coordinator's list retired
    events_released: int = 0  # held copies without a name that this file's erase let into the log
    learners_new: int = 0
    warnings: list[Note] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """Why, in English (support, logs, tests); screens and the command line word
        `error` in their own language."""
        return f"{self.path.name}: {self.error}" if self.error is not None else ""


def find_sync_files(paths: list[Path]) -> list[Path]:
    """Files as given, and every *.dlsync inside given folders (a USB drive, say)."""
    found = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.dlsync") if p.is_file() and not p.name.startswith(".")))
        else:
            found.append(path)
    return found


def import_files(trainer, paths, on_progress=None, cancelled=lambda: False) -> list[FileResult]:
    """Import files (or every sync file in given folders), each checked whole first.

    The whole import is one transaction and each file a savepoint inside it: a refused or
    cancelled file leaves nothing behind, files merged before a cancel stay merged, and a
    crash or a failure of the disk leaves the database exactly as it was before.
    `on_progress(index, count, fraction, name)` is called as each file starts (0.0), as
    its events are read, and when it is done (1.0). A city store's files are checked
    without the store (checked_ahead.py), the later ones while the first merge: there the
    bar's first half is the checks until the first merge begins, its second the merges.
    """
    files = find_sync_files(paths)
    city = getattr(trainer.db, "is_postgres", False)
    progress = Progress(on_progress, len(files), city)
    checks, results, merged, touched, everyone = None, [], False, prefold.Touched(), False
    try:
        if city:  # several coordinators import into one city store: only the store's part takes turns
            checks = CheckedAhead(trainer, files, progress.checked, cancelled)
        with trainer.db.atomic():
            if city and not _city_turn(trainer, checks, cancelled):
                return [_stopped_before(path) for path in files]  # leave at once, not after another's turn
            order_index = _DeferredIndex(trainer.db.conn, ORDER_INDEX, sqlite=not city)
            for index, path in enumerate(files):
                result = _import_in_turn(trainer, path, checks.take(index) if city else None,
                                         progress.merging(index, path), cancelled, touched)
                trainer.db.conn.execute("DROP TABLE IF EXISTS temp.incoming")
                results.append(result)
                merged = merged or result.events_new > 0 or result.events_released > 0
                if result.events_set_apart:
                    merged, everyone = True, True  # a retirement: every learner may have changed
                order_index.count(result.events_new)
            order_index.restore()
            if merged:
                refold(trainer, None if everyone else touched)
    finally:
        if checks is not None:
            checks.close()
        touched.forget_ahead()
    if city:
        trainer.db.analyze_after(sum(result.events_new for result in results))
    return results


def _city_turn(trainer, checks: CheckedAhead, cancelled) -> bool:
    """Take the city store's turn once the first file is checked and no other import has
    it, the files' checks going on meanwhile; False after a Stop."""
    while True:
        if cancelled():
            return False
        if checks.ready(0) and trainer.db.try_lock_for_import():
            break
        checks.wait(0 if not checks.ready(0) else None)
    from digital_literacy_app.core.reports.city_facts import lesson_areas

    trainer.db.keep_report_areas(lesson_areas(trainer.lessons))  # the facts reports count from
    return True


def _stopped_before(path: Path) -> FileResult:
    return FileResult(path, "cancelled", Cancelled("sync.import_stopped_before", file=path.name))


def _import_in_turn(trainer, path: Path, item, report, cancelled, touched) -> FileResult:
    """One file, in a savepoint: checked here first unless it was checked before the turn."""
    if cancelled() or (item is not None and item.cancelled):
        return _stopped_before(path)
    if report:
        report(0.0)  # a file starts: small files never reach a chunk report
    try:
        with trainer.db.atomic():
            if item is not None and not item.checked and _imported_as(trainer.db.conn, item.sha256) is None:
                item = None  # should the list of imported files ever lose a row: checked here, now
            if item is None:
                seen = lambda sha: _imported_as(trainer.db.conn, sha) is not None  # noqa: E731
                item = checking.check(checking.Seat.of(trainer), path, work_file(trainer, "import"),
                                      work_file(trainer, "import-plain"), None, report, cancelled, seen,
                                      incoming.stage_rows(trainer.db.conn, path.name))
            result = _import_one(trainer, item, touched)
    except SyncFileError as exc:
        result = FileResult(path, "refused", exc)
    except _HOSTILE as exc:  # whatever a hostile file provokes: that file only is refused
        result = FileResult(path, "refused", checking.damaged(exc, path.name, trainer.data_dir))
    except Cancelled:
        result = FileResult(path, "cancelled", Cancelled("sync.import_stopped_during", file=path.name))
    finally:
        if item is not None:
            item.discard()
    if report:
        report(1.0)
    return result


class _DeferredIndex:
    """Set the events' Lamport-order index aside during a large import, rebuild it after.

    Every merged event lands at a random place in that index, which made it the dearest
    part of a first import (about 4 s of a million events); building it again in one
    sorted pass takes about 0.4 s. Both happen inside the import's transaction, so a
    crash or a failure rolls the drop back with everything else. Small weekly imports
    never reach the threshold and keep the index.
    """

    def __init__(self, conn, name: str, sqlite: bool = True):
        self.conn, self.name, self.sql, self.new = conn, name, None, 0
        if not sqlite:  # a city store keeps its indexes (and counting its log would take seconds)
            self.threshold = float("inf")
            return
        stored = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]  # ~20 ms at a million
        self.threshold = max(DEFER_INDEX_AFTER, stored // 4)

    def count(self, new_events: int) -> None:
        self.new += new_events
        if self.sql is None and self.new >= self.threshold:
            row = self.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                                    (self.name,)).fetchone()
            if row is not None:
                self.sql = row[0]
                self.conn.execute(f"DROP INDEX {self.name}")

    def restore(self) -> None:
        if self.sql is not None:
            self.conn.execute(self.sql)
            self.sql = None


def refold(trainer, learner_ids: set[str] | None = None) -> None:
    """Fold what was merged: only the learners it touched, unless those to read back from
    the log are most of them (then everyone, in one pass over the log). Learners folded
    ahead (prefold.py) are not read back: a first import of new PCs' files reads no one."""
    conn = trainer.db.conn
    with trainer.db.atomic():
        ahead = learner_ids.folded_ahead() if isinstance(learner_ids, prefold.Touched) else ([], [])
        rest = None if learner_ids is None else set(learner_ids).difference(ahead[0])
        if rest is not None and len(rest) * 2 < _learners_up_to(conn, len(rest) * 2 + 1) + len(ahead[0]):
            fold.rebuild(conn, rest, ahead)
        else:
            fold.rebuild(conn)
        conn.execute("DELETE FROM sync_state WHERE key = ?", (FOLD_PENDING,))


def _learners_up_to(conn, limit: int) -> int:
    """How many learners the store holds, counted no further than `limit`: whether a refold
    of some is worth it needs no more, and a full count of a city's learners grows with the
    store (15-20 ms per import at 4 million events; 2 ms counted this far)."""
    return conn.execute("SELECT COUNT(*) FROM (SELECT 1 FROM learners LIMIT ?) AS known", (limit,)).fetchone()[0]


def fold_is_pending(db) -> bool:
    return db.conn.execute("SELECT 1 FROM sync_state WHERE key = ?", (FOLD_PENDING,)).fetchone() is not None


def _imported_as(conn, sha: str):
    row = conn.execute("SELECT file_name FROM imported_files WHERE sha256 = ? LIMIT 1", (sha,)).fetchone()
    return row[0] if row else None


def _import_one(trainer, item, touched: set) -> FileResult:
    """A checked file's turn at the store: its refusals in the order the checks come in."""
    path = item.path
    if item.stage_error is not None:
        raise item.stage_error
    earlier = _imported_as(trainer.db.conn, item.sha256)
    if earlier is not None:
        return FileResult(path, "already", DlaError("sync.already_imported", file=path.name, earlier=earlier))
    if item.open_error is not None:
        raise item.open_error
    return _import_checked(trainer, item, touched)


def _import_checked(trainer, item, touched: set) -> FileResult:
    conn, manifest, device, path = trainer.db.conn, item.manifest, item.manifest["device"], item.path
    signer, signer_key = device["id"], device["public_key"].lower()
    result = FileResult(path, "imported", device_id=signer, device_name=str(device.get("name", "")),
                        ward=str(device.get("ward", "")))
    known = trainer.devices
    pinned, statements = known.public_key(signer), device.get("key_history", [])
    if pinned is not None and pinned != signer_key and not (
            signer != trainer.device.device_id and rotation.follow(conn, signer, pinned, signer_key, statements)):
        raise SyncFileError("sync.key_mismatch", file=path.name, device=signer)
    if pinned is None and signer != trainer.device.device_id and not rotation.proves_identity(
            signer, signer_key, statements):
        raise SyncFileError("sync.identity_unproven", file=path.name, device=signer)
    rotation.adopt_trusted(conn, signer, signer_key, statements)
    if item.lines_error is not None:
        raise item.lines_error
    if first_file.applies(trainer, item):  # a new PC's file: no staging table (first_file.py)
        result.warnings.extend(item.warnings)
        item.lane.check_ranges(manifest, path.name)
        proven, _ = incoming.prove(conn, item, item.heads, signer, signer_key, known)
        merging.merge_first(trainer, item, proven, result, touched)
        return result
    if item.rows is not None:  # checked before the turn (a city store): its rows as they were written
        incoming.create_table(conn)
        try:
            conn.copy_file("temp.incoming (origin, seq, lamport, kind, learner_id, wall_time, payload)", item.rows)
        except Exception as exc:  # the same event twice; a server's own failure ends the import
            if type(exc).__name__ != "UniqueViolation":
                raise
            raise SyncFileError("sync.event_twice", file=path.name) from exc
    result.warnings.extend(item.warnings)
    heads = item.heads
    _check_ranges(conn, manifest, path.name)
    if item.trust is not None:  # before the proofs: it may bring the keys that check them
        result.events_set_apart = trust.apply_list(trainer, item.trust, signer, signer_key, path.name)
    proven = incoming.decide(conn, item, heads, signer, signer_key, known)
    _check_own_events(conn, trainer.device.device_id, path.name)
    incoming.mark_stored(conn)
    _check_clashes(conn, path.name)
    erasures.check(conn, path.name)
    merging.merge_staged(trainer, item, proven, result, touched)
    return result


def _check_ranges(conn, manifest: dict, name: str) -> None:
    incoming.check_ranges(manifest, conn.execute(
        "SELECT origin, MIN(seq), MAX(seq), COUNT(*) FROM temp.incoming GROUP BY origin").fetchall(), name)


def _check_own_events(conn, own_id: str, name: str) -> None:
    mine = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE origin_device_id = ?", (own_id,)).fetchone()[0]
    theirs = conn.execute("SELECT MAX(seq) FROM temp.incoming WHERE origin = ?", (own_id,)).fetchone()[0]
    if theirs is not None and theirs > mine:
        raise SyncFileError("sync.own_identity", file=name)


_CLASH = """
SELECT i.origin, i.seq, e.source_file FROM temp.incoming i
JOIN events e ON e.origin_device_id = i.origin AND e.seq = i.seq
WHERE i.held = 0 AND i.stored = 1 AND (e.lamport != i.lamport OR e.kind != i.kind OR e.learner_id IS NOT i.learner_id
   OR e.wall_time != i.wall_time
   OR (e.payload != i.payload AND NOT (e.kind IN ('learner.created', 'learner.updated')
       AND json_remove(dla_redact(e.payload), '$.personal') = json_remove(dla_redact(i.payload), '$.personal'))))
LIMIT 1"""


def _check_clashes(conn, name: str) -> None:
    clash = conn.execute(_CLASH).fetchone()
    if clash is None:
        return
    origin, seq, source = clash
    if source is None:
        raise SyncFileError("sync.clash_with_this_pc", file=name, seq=seq, device=origin)
    row = conn.execute("SELECT file_name FROM imported_files WHERE id = ?", (source,)).fetchone()
    if row is None:
        raise SyncFileError("sync.clash_with_earlier", file=name, seq=seq, device=origin)
    raise SyncFileError("sync.clash_with_file", file=name, seq=seq, device=origin, other=row[0])
