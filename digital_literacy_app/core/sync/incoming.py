"""Checking one file's event lines, staging them in `temp.incoming`, and deciding which are proven.

Each line is parsed with strict types (payloads.py), and, in format 2, must be exactly
its canonical form (what the origin hashed) and adds to its origin's chain (chain.py).
At the end every origin's chain head is checked against the origin's proof with the
origin's own key: the signer's from the file, another PC's only if this PC learnt it from
that PC's own file. An origin whose key this PC does not know is *held*: kept apart,
never counted, until that PC's own file arrives. A proof that does not hold refuses the
file: someone changed, added or dropped another PC's events.
"""

import hashlib
import sqlite3
from contextlib import closing, nullcontext
from datetime import datetime, timedelta, timezone

import orjson

from digital_literacy_app.core.errors import Cancelled, Note
from digital_literacy_app.core.store.events import canonical_json
from digital_literacy_app.core.sync import archive, chain, rotation, trust
from digital_literacy_app.core.sync.archive import SyncFileError
from digital_literacy_app.core.sync.payloads import payload_problem

CHUNK = 20_000
_SORT = orjson.OPT_SORT_KEYS


def check_lines(opened, report, cancelled, warnings: list, sink=None) -> dict[str, dict]:
    """Check every event line; returns the chain head computed for each origin (format 2).
    `sink(rows)` takes the checked rows a chunk at a time (the staging table, or a file of
    them for a city store's turn: checking.py)."""
    with closing(SeenPairs()) if opened.version < 2 else nullcontext() as pairs:
        return _check_each_line(opened, report, cancelled, warnings, sink, pairs)


class SeenPairs:
    """Format 1's (origin, seq) pairs met so far, to refuse the same event listed twice
    (format 2's chains rule it out). They are kept in a private temporary SQLite database,
    which spills to disk past a small cache, not in a Python set: a hostile 64 MB format 1
    file can hold tens of millions of short lines, gigabytes as a set. Filled a chunk of
    lines at a time, so a pair met twice is found where the staging table would refuse it."""

    def __init__(self):
        self.pending, self.db, self.origins = [], None, {}

    def add(self, origin: str, seq: int) -> None:
        self.pending.append((self.origins.setdefault(origin, origin), seq))  # one copy of each origin's id

    def any_twice(self) -> bool:
        """Whether a pair added since the last call was met before (or twice since)."""
        if self.db is None:
            self.db = sqlite3.connect("")  # "": private, on disk, deleted when closed
            self.db.execute("CREATE TABLE pairs (origin TEXT, seq INTEGER, PRIMARY KEY (origin, seq)) WITHOUT ROWID")
        pending, self.pending = self.pending, []
        try:
            with self.db:
                self.db.executemany("INSERT INTO pairs VALUES (?, ?)", pending)
        except sqlite3.IntegrityError:
            return True
        return False

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def _check_each_line(opened, report, cancelled, warnings: list, sink, pairs: SeenPairs | None) -> dict[str, dict]:
    manifest = opened.manifest
    total = max(1, opened.archive.getinfo(archive.EVENTS).file_size)
    late = (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()
    strict = opened.version >= 2
    sha256, personal = hashlib.sha256, chain.PERSONAL_KINDS  # locals: this loop runs a million times
    heads, origin_now, head, expected = {}, None, b"", 0
    done, count, odd_times, in_chunk = 0, 0, 0, 0
    name, batch = opened.name, []
    for number, line in opened.event_lines():
        event, row = parse(line, number, name, strict)
        if sink is not None:
            batch.append(row if row[6] is not None else (*row[:6], _payload_text(line)))
        if strict:
            if row[0] != origin_now:
                if row[0] in heads:
                    raise SyncFileError("sync.ranges_mismatch", file=name)
                origin_now, head, expected = row[0], chain.genesis(row[0]), 1
            if row[1] != expected:
                raise SyncFileError("sync.gaps", file=name, device=row[0])
            head = sha256(head + (chain.chained_line(event, line) if row[3] in personal else line)).digest()
            heads[origin_now] = head
            expected += 1
        else:
            pairs.add(row[0], row[1])
        if row[5] > late or row[5] < "2020":
            odd_times += 1
        done += len(line) + 1
        count += 1
        in_chunk += 1
        if in_chunk >= CHUNK:
            in_chunk = 0
            if pairs is not None and pairs.any_twice():  # where the staging table refused it
                raise SyncFileError("sync.event_twice", file=name)
            if sink is not None:
                sink(batch)
                batch = []
            if cancelled():
                raise Cancelled("task.cancelled")
            if report:
                report(done / total)
    if pairs is not None and pairs.any_twice():
        raise SyncFileError("sync.event_twice", file=name)
    if sink is not None and batch:
        sink(batch)
    if count != manifest["counts"].get("events"):
        raise SyncFileError("sync.count_mismatch", file=name, count=count, said=str(manifest["counts"].get("events")))
    if odd_times:
        warnings.append(Note("sync.odd_times", count=odd_times))
    return heads


def create_table(conn) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.incoming")
    conn.execute("""CREATE TEMP TABLE incoming (origin TEXT, seq INTEGER, lamport INTEGER, kind TEXT,
                    learner_id TEXT, wall_time TEXT, payload TEXT, held INTEGER NOT NULL DEFAULT 0,
                    stored INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (origin, seq)) WITHOUT ROWID""")


def mark_stored(conn) -> None:
    """Mark the staged events the log holds already, looked up once: the clash check, the
    count of new events and the merge then read the mark instead of each looking every
    event up in the log again (on a city store of millions, most of a turn's time).
    Only events up to the highest seq the log holds of their origin can be there, so a new
    PC's file (most files a city store takes) looks nothing up, and a PC's next file only
    its events sent before."""
    tops = conn.execute("""SELECT i.origin, (SELECT MAX(e.seq) FROM events e WHERE e.origin_device_id = i.origin)
                           FROM (SELECT DISTINCT origin FROM temp.incoming) i""").fetchall()
    for origin, top in tops:
        if top is None:
            continue
        # A subquery with LIMIT is looked up row by row through the log's key; as EXISTS, PostgreSQL
        # joins by hashing the whole log instead (45 ms against 12 ms at 100,000 events, growing with it)
        conn.execute("""UPDATE temp.incoming SET stored = 1 WHERE origin = ? AND seq <= ? AND (SELECT 1 FROM events e
                        WHERE e.origin_device_id = temp.incoming.origin AND e.seq = temp.incoming.seq LIMIT 1) = 1""",
                     (origin, top))


def stage_rows(conn, name: str):
    """A sink for check_lines that stages the rows into temp.incoming (made here)."""
    create_table(conn)
    return lambda rows: insert(conn, rows, name)


def _payload_text(line: bytes) -> str:
    """A canonical line's payload as stored: the bytes between its keys. Keys are sorted, so
    "payload" follows the plain values kind, lamport, learner and origin, and "seq" and
    "time" follow it; a quotation mark inside a text is always escaped, so neither key's
    bytes can occur inside a value before or after."""
    return line[line.index(b',"payload":') + 11:line.rindex(b',"seq":')].decode("utf-8")


def parse(line: bytes, number: int, name: str, strict: bool) -> tuple[dict, tuple]:
    try:
        event = orjson.loads(line)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise SyncFileError("sync.event_damaged", file=name, line=number) from None
    if type(event) is not dict:
        raise SyncFileError("sync.event_damaged", file=name, line=number)
    origin, seq, lamport = event.get("origin"), event.get("seq"), event.get("lamport")
    kind, learner, time, payload = event.get("kind"), event.get("learner"), event.get("time"), event.get("payload")
    if not (type(origin) is str and 0 < len(origin) <= 64 and type(seq) is int and seq > 0
            and type(lamport) is int and lamport > 0 and type(kind) is str and 0 < len(kind) <= 64
            and (learner is None or (type(learner) is str and len(learner) <= 64))
            and type(time) is str and len(time) <= 40 and type(payload) is dict):
        raise SyncFileError("sync.event_damaged", file=name, line=number)
    wrong = payload_problem(kind, learner, payload)
    if wrong is not None:
        raise SyncFileError("sync.bad_payload", file=name, line=number, kind=kind, field=wrong)
    if b"\\u0000" in line and _holds_nul(event):  # never written by the app; PostgreSQL cannot store it
        raise SyncFileError("sync.event_damaged", file=name, line=number)
    try:
        if strict:
            if len(event) != 7 or orjson.dumps(event, option=_SORT) != line:  # lines come without their newline
                raise SyncFileError("sync.event_not_canonical", file=name, line=number)
            return event, (origin, seq, lamport, kind, learner, time, None)  # the payload: load()
        return event, (origin, seq, lamport, kind, learner, time, canonical_json(payload))
    except (TypeError, ValueError):  # e.g. an integer too large to be stored
        raise SyncFileError("sync.event_damaged", file=name, line=number) from None


def _holds_nul(value) -> bool:
    """Whether any text in the event (a key too) holds the character U+0000."""
    if type(value) is str:
        return "\x00" in value
    if type(value) is dict:
        return any("\x00" in key or _holds_nul(item) for key, item in value.items())
    if type(value) is list:
        return any(_holds_nul(item) for item in value)
    return False


def insert(conn, rows, name: str) -> None:
    if not rows:
        return
    try:
        conn.executemany("INSERT INTO temp.incoming (origin, seq, lamport, kind, learner_id, wall_time, payload) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    except Exception as exc:  # sqlite3.IntegrityError: the same event twice
        raise SyncFileError("sync.event_twice", file=name) from exc


def check_ranges(manifest: dict, spans, name: str) -> None:
    """The numbers the manifest says, each once: `spans` is each origin's (origin, lowest
    seq, highest seq, how many) as the file's events hold them (the staging table's, or a
    new PC's file's summary: first_file.py)."""
    found = {origin: [low, high] for origin, low, high, _ in spans}
    if found != {k: list(v) for k, v in manifest["ranges"].items() if isinstance(v, list)}:
        raise SyncFileError("sync.ranges_mismatch", file=name)
    for origin, low, high, count in spans:
        if count != high - low + 1:
            raise SyncFileError("sync.gaps", file=name, device=origin)


def decide(conn, opened, heads: dict, signer: str, signer_key: str, known) -> dict[str, dict]:
    """Which origins are proven; hold the others. Returns the proofs that held, by origin."""
    proven, held = prove(conn, opened, heads, signer, signer_key, known)
    for origin in held:
        conn.execute("UPDATE temp.incoming SET held = 1 WHERE origin = ?", (origin,))
    _set_apart_retired(conn, opened, signer)
    _hold_forgotten(conn)
    return proven


def prove(conn, opened, heads: dict, signer: str, signer_key: str, known) -> tuple[dict[str, dict], list[str]]:
    """({origin: its proof} for the origins proven, [origins whose key is unknown here]);
    a proof that does not hold refuses the file.

    Format 1 files carry no proofs: only the signer's own events are proven (by the
    file's signature), everything they relay is held.
    """
    ranges = opened.manifest["ranges"]
    proven, held = {}, []
    proofs = opened.manifest.get("proofs", {}) if opened.version >= 2 else {}
    for origin in sorted(ranges):
        if opened.version < 2:
            if origin != signer:
                held.append(origin)
            continue
        proof, span = proofs.get(origin), ranges[origin]
        if not (chain.valid_proof_shape(proof) and isinstance(span, list) and span[:1] == [1]
                and proof["seq"] == span[-1] and origin in heads):
            raise SyncFileError("sync.forged_relay" if origin != signer else "sync.proof_invalid",
                                file=opened.name, device=origin)
        key = signer_key if origin == signer else known.public_key(origin)
        if key is None:
            held.append(origin)
        elif any(chain.proof_holds(origin, proof, heads[origin], k)
                 for k in [key] + rotation.earlier_keys(conn, origin)):
            proven[origin] = proof
        else:
            raise SyncFileError("sync.forged_relay" if origin != signer else "sync.proof_invalid",
                                file=opened.name, device=origin)
    return proven, held


def _set_apart_retired(conn, opened, signer: str) -> None:
    """A retired PC's events after its retirement are kept apart and never count, whoever
    brings them (its own file too), so the outcome is the same in any order of arrival."""
    for origin, span in sorted(opened.manifest["ranges"].items()):
        after = trust.retired_after(conn, origin)
        if after is None or not isinstance(span, list) or span[-1] <= after:
            continue
        conn.execute("UPDATE temp.incoming SET held = 2 WHERE origin = ? AND seq > ?", (origin, after))


def _hold_forgotten(conn) -> None:
    """Events a computer forgotten here made after it was forgotten are kept apart, uncounted:
    a coordinator who said it is gone is not surprised by its numbers coming back. Asked per
    computer forgotten (a handful), not per staged event: most files have none to hold."""
    forgotten = conn.execute("SELECT device_id, forgotten_after_seq FROM known_devices "
                             "WHERE forgotten_after_seq IS NOT NULL").fetchall()
    for device_id, after in forgotten:
        conn.execute("UPDATE temp.incoming SET held = 3 WHERE origin = ? AND seq > ? AND held = 0", (device_id, after))
