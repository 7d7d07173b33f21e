"""The append-only event log. Every change that syncs is recorded here, then folded.

An event is identified by (origin_device_id, seq); seq counts up without gaps on the
device that made it, and the Lamport counter is one more than the highest seen, so events
recorded here always sort after everything already known and fold incrementally.
"""

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

import orjson

from sqlite_utils import Database

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.store import fold
from digital_literacy_app.core.store.database import translate_error


def canonical_json(value: dict) -> str:
    """Sorted keys, no spaces, UTF-8 as is: the one form events are stored and compared in."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class Event:
    origin_device_id: str
    seq: int
    lamport: int
    kind: str
    learner_id: str | None
    wall_time: str
    payload: dict

    @classmethod
    def from_row(cls, row) -> "Event":
        origin, seq, lamport, kind, learner_id, wall_time, payload = row
        return cls(origin, seq, lamport, kind, learner_id, wall_time, orjson.loads(payload))


EVENT_COLUMNS = "origin_device_id, seq, lamport, kind, learner_id, wall_time, payload"


class EventLog:
    def __init__(self, db: Database, device_id: str, clock: Callable[[], str] = utc_now):
        self.db = db
        self.device_id = device_id
        self.clock = clock
        self._counters: list[int] | None = None
        self._batch_broken = False

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group many records into one transaction (demo data, imports).

        Inside it this connection holds the write lock, so the next seq and Lamport
        values are counted in memory, and records skip their own savepoint. If any record
        fails, the whole batch is rolled back, even if the caller caught the error.
        """
        if self._counters is not None:  # nested: already part of the outer batch
            yield
            return
        with self.db.atomic():
            self._counters = list(self._read_counters())
            self._batch_broken = False
            try:
                yield
                if self._batch_broken:
                    raise DlaError("database.batch_failed")
            finally:
                self._counters = None

    def _read_counters(self) -> tuple[int, int]:
        conn = self.db.conn
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE origin_device_id = ?",
                           (self.device_id,)).fetchone()[0]
        # a city store keeps no index on the clock: it says where its next clock comes from
        lamport = conn.execute(getattr(self.db, "next_clock_sql",
                                       "SELECT COALESCE(MAX(lamport), 0) + 1 FROM events")).fetchone()[0]
        return seq, lamport

    def record(self, kind: str, learner_id: str | None, payload: dict) -> Event:
        """Append one event and fold it; durable when this returns outside a batch.

        On any database failure (a full disk, a locked file) nothing is kept and the
        caller gets a DlaError with a plain message.
        """
        try:
            return self._record(kind, learner_id, payload)
        except sqlite3.DatabaseError as exc:
            raise translate_error(exc, Path(self.db.conn.execute("PRAGMA database_list").fetchone()[2])) from exc

    def _record(self, kind: str, learner_id: str | None, payload: dict) -> Event:
        if self._counters is None:
            with self.db.atomic():
                return self._write(kind, learner_id, payload, *self._read_counters())
        if self._batch_broken:
            raise DlaError("database.batch_failed")
        try:
            event = self._write(kind, learner_id, payload, *self._counters)
        except BaseException:
            self._batch_broken = True
            raise
        self._counters[0], self._counters[1] = event.seq + 1, event.lamport + 1
        return event

    def _write(self, kind: str, learner_id: str | None, payload: dict, seq: int, lamport: int) -> Event:
        event = Event(self.device_id, seq, lamport, kind, learner_id, self.clock(), payload)
        conn = self.db.conn
        conn.execute(f"INSERT INTO events ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (event.origin_device_id, seq, lamport, kind, learner_id,
                      event.wall_time, canonical_json(payload)))
        fold.apply(conn, event)
        return event

    def all(self) -> Iterator[Event]:
        cursor = self.db.conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events ORDER BY lamport, origin_device_id, seq")
        for row in cursor:
            yield Event.from_row(row)

    def count(self) -> int:
        return self.db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
