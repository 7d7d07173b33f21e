"""Teaching sessions: a class a volunteer gave, when, where, on what, and who came.

Each one is a `session.logged` event with exactly the payload of docs/sync-format.md
(`date`, `ward`, `place`, `volunteer`, `topic`, `area`, `minutes`, `attendees`), so it
reaches the coordinator's reports through the ordinary sync files. The event belongs to
no single learner (its learner id is empty); attendees are listed by learner id, never by
name, so erasing a person leaves only an id nobody can read back.

Mistakes are fixed with more events, never by changing one: `session.corrected` carries
the session's key and the complete new fields, and the correction last in the log's order
wins; `session.withdrawn` takes a session out for good and wins over every correction,
earlier or later (like an erase). `effective_sessions` folds them at read time, so the
result depends only on the set of events, whichever order the sync files came in: a
correction that arrives before its session simply waits for it. Everything that reads
sessions (the list, reports, timelines, certificates) goes through it.
"""

from dataclasses import dataclass, replace
from datetime import date

import orjson

from digital_literacy_app.core.changes import SESSIONS, announces
from digital_literacy_app.core.errors import InvalidInputError, NotFoundError
from digital_literacy_app.core.lessons import AREAS
from digital_literacy_app.core.store.events import EVENT_COLUMNS, Event
from digital_literacy_app.core.text import nfc

KIND = "session.logged"
CORRECTED = "session.corrected"
WITHDRAWN = "session.withdrawn"
FIELDS = ("date", "ward", "place", "volunteer", "topic", "area", "minutes", "attendees")
MAX_MINUTES = 600
MAX_TEXT = 80
MAX_ATTENDEES = 500


@dataclass(frozen=True)
class TeachingSession:
    origin_device_id: str
    seq: int
    date: str
    ward: str
    place: str
    volunteer: str
    topic: str
    area: str
    minutes: int
    attendees: tuple[str, ...]  # learner ids as recorded (see SessionBook.attendee_names)
    lamport: int = 0  # of the logging event: with origin and seq, the session's place in the log
    wall_time: str = ""  # when it was logged, by the logging PC's clock (display only)
    corrected_by: str = ""  # who made the correction in force ("" when never corrected)
    corrected: bool = False

    @property
    def key(self) -> str:
        """The session's stable name across PCs: "<origin_device_id>:<seq>" of its event."""
        return f"{self.origin_device_id}:{self.seq}"

    @classmethod
    def from_event(cls, event: Event) -> "TeachingSession":
        p = event.payload if isinstance(event.payload, dict) else {}
        minutes = p.get("minutes")
        attendees = p.get("attendees") if isinstance(p.get("attendees"), list) else ()
        return cls(event.origin_device_id, event.seq, str(p.get("date") or event.wall_time[:10]),
                   str(p.get("ward") or ""), str(p.get("place") or ""), str(p.get("volunteer") or ""),
                   str(p.get("topic") or ""), str(p.get("area") or ""),
                   minutes if isinstance(minutes, int) and not isinstance(minutes, bool) else 0,
                   tuple(a for a in attendees if isinstance(a, str)), event.lamport, event.wall_time)


def clean_date(value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value or "").strip()).isoformat()
    except ValueError:
        raise InvalidInputError("session.date_form", date=str(value or "")) from None


def clean_text(value, field: str, required: bool = True) -> str:
    """`field` names the rule's reason codes: session.<field>_empty, session.<field>_too_long."""
    text = nfc(str(value or ""))
    if required and not text:
        raise InvalidInputError(f"session.{field}_empty")
    if len(text) > MAX_TEXT or any(ord(ch) < 32 for ch in text):
        raise InvalidInputError(f"session.{field}_too_long", most=MAX_TEXT)
    return text


def clean_minutes(value) -> int:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        raise InvalidInputError("session.minutes_not_number", minutes=str(value)) from None
    if not 1 <= minutes <= MAX_MINUTES:
        raise InvalidInputError("session.minutes_range", minutes=minutes, most=MAX_MINUTES)
    return minutes


def clean_area(value) -> str:
    area = (value or "").strip()
    if area and area not in AREAS:
        raise InvalidInputError("session.area_unknown", area=str(value), areas=", ".join(AREAS))
    return area


class SessionBook:
    """Teaching sessions: `trainer.sessions`."""

    def __init__(self, trainer):
        self.trainer = trainer
        self.hub = trainer.hub

    @property
    def _conn(self):
        return self.trainer.db.conn

    @announces(SESSIONS)
    def log(self, *, date, place, volunteer, topic, minutes, attendees, area="", ward=None) -> TeachingSession:
        """Record one session; every field is checked first and nothing is kept on a refusal."""
        payload = self._fields(date=date, place=place, volunteer=volunteer, topic=topic, minutes=minutes,
                               attendees=attendees, area=area,
                               ward=self.trainer.device.ward if ward is None else ward)
        event = self.trainer.log.record(KIND, None, payload)
        return TeachingSession.from_event(event)

    @announces(SESSIONS)
    def correct(self, key: str, *, date, place, volunteer, topic, minutes, attendees, area="", ward=None,
                corrected_by) -> TeachingSession:
        """Replace every field of a session in force with a `session.corrected` event.

        The same checks as `log`, with the same messages; the ward stays the session's
        own unless given. Returns the session as it now reads.
        """
        current = self.get(key)
        payload = self._fields(date=date, place=place, volunteer=volunteer, topic=topic, minutes=minutes,
                               attendees=attendees, area=area, ward=current.ward if ward is None else ward)
        payload.update(session=key, corrected_by=clean_text(corrected_by, "corrected_by"))
        self.trainer.log.record(CORRECTED, None, payload)
        return self.get(key)

    @announces(SESSIONS)
    def withdraw(self, key: str, *, withdrawn_by) -> None:
        """Take a session out of lists, timelines and reports, on every PC, for good."""
        self.get(key)
        payload = {"session": key, "withdrawn_by": clean_text(withdrawn_by, "withdrawn_by")}
        self.trainer.log.record(WITHDRAWN, None, payload)

    def _fields(self, *, date, place, volunteer, topic, minutes, attendees, area, ward) -> dict:
        people = list(dict.fromkeys(attendees))  # ticked twice still counts once
        if not people:
            raise InvalidInputError("session.nobody")
        if len(people) > MAX_ATTENDEES:  # what a sync file's payload check accepts
            raise InvalidInputError("session.too_many", most=MAX_ATTENDEES)
        for learner_id in people:
            self.trainer.learners.get(learner_id)  # NotFoundError for someone unknown or merged away
        return {
            "date": clean_date(date), "ward": clean_text(ward, "ward", required=False),
            "place": clean_text(place, "place"), "volunteer": clean_text(volunteer, "volunteer"),
            "topic": clean_text(topic, "topic"), "area": clean_area(area), "minutes": clean_minutes(minutes),
            "attendees": people,
        }

    def all(self) -> list[TeachingSession]:
        """Every session in force this PC knows (its own and imported ones), newest date first."""
        last_logged_first = effective_sessions(self._conn)[::-1]
        return sorted(last_logged_first, key=lambda s: s.date, reverse=True)  # stable: same date keeps that order

    def get(self, key: str) -> TeachingSession:
        """The session in force under `key`; NotFoundError if unknown here or withdrawn."""
        for session in effective_sessions(self._conn):
            if session.key == key:
                return session
        raise NotFoundError("session.not_found", key=key)

    def export_attendance(self, session: TeachingSession, target):
        """Who came to `session`, as a spreadsheet to print and sign (core/attendance_sheet.py)."""
        from digital_literacy_app.core.attendance_sheet import write_attendance

        return write_attendance(self.trainer, session, target)

    def attendees(self, key: str) -> list:
        """The learners who came to the session in force under `key`, as they are today
        (a merged record as the person kept, once; an erased person left out), by name:
        whom cards or certificates are for when a volunteer picks the session."""
        seen = dict.fromkeys(learner_id for learner_id, name in self.attendee_names(self.get(key)) if name)
        return sorted((self.trainer.learners.get(learner_id) for learner_id in seen), key=lambda r: (r.name, r.id))

    def attendee_names(self, session: TeachingSession) -> list[tuple[str, str | None]]:
        """(learner id, today's name) for each attendee: merged records lead to the person
        they were merged into, and an erased person has no name (None)."""
        result = []
        for learner_id in session.attendees:
            current = _resolve(self._conn, learner_id)
            row = self._conn.execute("SELECT name FROM learners WHERE id = ? AND merged_into IS NULL",
                                     (current,)).fetchone()
            result.append((current, row[0] if row else None))
        return result


_SESSIONS = (f"SELECT {EVENT_COLUMNS} FROM events WHERE kind = 'session.logged' "
             "ORDER BY lamport, origin_device_id, seq")
# Exactly the partial index's WHERE term (migration 0008), so SQLite reads the index, not the log.
_CHANGES = ("SELECT kind, payload FROM events WHERE kind IN ('session.corrected', 'session.withdrawn') "
            "ORDER BY lamport, origin_device_id, seq")


def effective_sessions(conn) -> list[TeachingSession]:
    """Every session in force, in log order: each with its last valid correction applied,
    withdrawn ones left out. The one place the session events are folded.

    Depends only on the set of events. A correction or withdrawal naming a session not
    (yet) here changes nothing; a malformed one (from a newer or broken PC) is ignored.
    """
    corrections: dict[str, dict] = {}
    withdrawn: set[str] = set()
    for kind, payload in conn.execute(_CHANGES):
        change = _loads(payload)
        key = change.get("session")
        if not isinstance(key, str):
            continue
        if kind == WITHDRAWN:
            withdrawn.add(key)
        else:
            fields = _correction(change)
            if fields is not None:
                corrections[key] = fields
    result = []
    for row in conn.execute(_SESSIONS):
        session = TeachingSession.from_event(Event.from_row(row))
        if session.key in withdrawn:
            continue
        if session.key in corrections:
            session = replace(session, **corrections[session.key])
        result.append(session)
    return result


def _loads(payload: str) -> dict:
    try:
        value = orjson.loads(payload)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _correction(p: dict) -> dict | None:
    """The fields of a correction checked like `SessionBook.log` checks them, or None."""
    texts = ("date", "ward", "place", "volunteer", "topic", "area")
    people, minutes = p.get("attendees"), p.get("minutes")
    if (not all(isinstance(p.get(k), str) for k in texts) or not isinstance(people, list) or not people
            or not all(isinstance(a, str) and a for a in people)
            or not isinstance(minutes, int) or isinstance(minutes, bool)):
        return None
    by = p.get("corrected_by")
    try:
        return {"date": clean_date(p["date"]), "ward": clean_text(p["ward"], "ward", required=False),
                "place": clean_text(p["place"], "place"), "volunteer": clean_text(p["volunteer"], "volunteer"),
                "topic": clean_text(p["topic"], "topic"), "area": clean_area(p["area"]),
                "minutes": clean_minutes(minutes), "attendees": tuple(dict.fromkeys(people)),
                "corrected_by": by if isinstance(by, str) else "", "corrected": True}
    except InvalidInputError:
        return None


def _resolve(conn, learner_id: str) -> str:
    row = conn.execute("SELECT target FROM learner_aliases WHERE alias = ?", (learner_id,)).fetchone()
    return row[0] if row else learner_id
