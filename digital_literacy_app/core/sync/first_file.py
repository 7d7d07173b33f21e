"""A new PC's file straight into a city store's log, without a staging table.

Most of what a city store takes in bulk is PCs' first files: events of one origin, the
PC that signed the file, none of them in the store yet. For such a file every check the
staging table is there for comes out the same without it: nothing in it is stored
already (so nothing clashes and everything is new), nothing is held apart (its own
signature proves it; a PC retired or forgotten here is never such a file), and no copy
in it is blanked. The worker that checks the file sums its events up as they pass
(OneOrigin: the origin, the range of its numbers, how many, the learners it brings), the
store's turn asks the store the rest (`applies`), and the rows, already COPY text, go
into the log in one COPY, each with the file's number appended.

That is a third of the store's work a batch: the staged COPY, the staging table's
statistics and statements, and an INSERT ... ON CONFLICT that found no conflict. Any
other file (a relay, a PC's later file, a trust list, a format 1 file) is staged and
checked as before (importer.py), and a file's refusals are the same either way, in the
same order.
"""

from dataclasses import dataclass, field

import orjson

from digital_literacy_app.core.sync import incoming
from digital_literacy_app.core.sync.archive import SyncFileError
from digital_literacy_app.core.sync.prefold import LIMIT  # learners a file brings, as for its fold ahead
_PERSONAL = ("learner.created", "learner.updated")
COLUMNS = "events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload, source_file)"


@dataclass
class OneOrigin:
    """A file's checked events summed up while they are all of one origin (a worker fills
    it from the rows it writes: checking.py); `usable` False once they are not, or a
    copy is blanked, or they bring more than LIMIT learners."""

    origin: str | None = None
    low: int = 0
    high: int = 0
    count: int = 0
    created: int = 0
    learners: set = field(default_factory=set)
    usable: bool = True

    def add(self, rows) -> None:
        if not self.usable:
            return
        learners = self.learners
        for origin, seq, _, kind, learner_id, _, payload in rows:
            if origin != self.origin:
                if self.origin is not None:
                    return self.give_up()
                self.origin, self.low, self.high = origin, seq, seq
            self.low, self.high = min(self.low, seq), max(self.high, seq)
            self.count += 1
            if learner_id:
                learners.add(learner_id)
            if kind in _PERSONAL:
                self.created += kind == "learner.created"
                loaded = _loaded(payload)
                if loaded is None or loaded.get("personal") is not None:  # blanked: erasures.check's turn
                    return self.give_up()
            elif kind == "learner.merged":
                loaded = _loaded(payload)
                if loaded is None:
                    return self.give_up()
                if into := loaded.get("into"):
                    learners.add(into)
        if len(learners) > LIMIT:
            self.give_up()

    def give_up(self) -> None:
        self.usable, self.learners = False, set()

    def check_ranges(self, manifest: dict, name: str) -> None:
        """The numbers the manifest says, each once, as the staging table would answer."""
        incoming.check_ranges(manifest, [(self.origin, self.low, self.high, self.count)], name)


def _loaded(payload) -> dict | None:
    """A checked payload as a dict; None if it is not one (never raised: whether a file is
    refused must not depend on this summary)."""
    try:
        value = orjson.loads(payload)
    except (ValueError, TypeError):
        return None
    return value if type(value) is dict else None


def applies(trainer, item) -> bool:
    """Whether a checked file goes straight into the log: a format 2 file of a city store,
    all its events of the PC that signed it (not this computer), without a trust list, and
    the store holding none of that PC's events, none held apart, and no retirement or
    forgetting of it that its numbers reach."""
    lane = item.lane
    if item.rows is None or lane is None or not lane.usable or lane.count == 0:
        return False
    if item.version < 2 or item.trust is not None:
        return False
    if lane.origin != item.manifest["device"]["id"] or lane.origin == trainer.device.device_id:
        return False
    row = trainer.db.conn.execute(
        """SELECT EXISTS (SELECT 1 FROM events WHERE origin_device_id = ?)
               OR EXISTS (SELECT 1 FROM held_events WHERE origin_device_id = ?)
               OR EXISTS (SELECT 1 FROM known_devices WHERE device_id = ?
                          AND (retired_after_seq < ? OR forgotten_after_seq < ?))""",
        (lane.origin, lane.origin, lane.origin, lane.high, lane.high)).fetchone()
    return not row[0]


def insert(conn, item, file_id: int) -> int:
    """The file's rows into the log, each with the file's number; how many went in."""
    try:
        return conn.copy_parts(COLUMNS, [(item.rows, 0, None)], row_end=b"\t%d\n" % file_id)
    except Exception as exc:  # the same event twice (`applies` rules it out); a server's own failure ends the import
        if type(exc).__name__ != "UniqueViolation":
            raise
        raise SyncFileError("sync.event_twice", file=item.path.name) from exc
