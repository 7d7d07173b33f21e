"""Teaching sessions: a class a volunteer gave, when, where, on what, and who came.

Each one is a `session.logged` event with exactly the payload of docs/sync-format.md
(`date`, `ward`, `place`, `volunteer`, `topic`, `area`, `minutes`, `attendees`), so it
reaches the coordinator's reports through the ordinary sync files. The event belongs to
no single learner (its learner id is empty); attendees are listed by learner id, never by
name, so erasing a person leaves only an id nobody can read back.
"""

from dataclasses import dataclass
from datetime import date

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.lessons import AREAS
from digital_literacy_app.core.store.events import Event
from digital_literacy_app.core.text import nfc

KIND = "session.logged"
MAX_MINUTES = 600
MAX_TEXT = 80


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

    @classmethod
    def from_event(cls, event: Event) -> "TeachingSession":
        p = event.payload
        minutes = p.get("minutes")
        return cls(event.origin_device_id, event.seq, str(p.get("date") or event.wall_time[:10]),
                   str(p.get("ward") or ""), str(p.get("place") or ""), str(p.get("volunteer") or ""),
                   str(p.get("topic") or ""), str(p.get("area") or ""),
                   minutes if isinstance(minutes, int) else 0,
                   tuple(str(a) for a in p.get("attendees") or () if isinstance(a, str)))


def clean_date(value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value or "").strip()).isoformat()
    except ValueError:
        raise InvalidInputError(f"The date {value!r} is not a date written as YYYY-MM-DD.") from None


def clean_text(value, what: str, required: bool = True) -> str:
    text = nfc(str(value or ""))
    if required and not text:
        raise InvalidInputError(f"The {what} is empty.")
    if len(text) > MAX_TEXT or any(ord(ch) < 32 for ch in text):
        raise InvalidInputError(f"The {what} is at most {MAX_TEXT} printable characters.")
    return text


def clean_minutes(value) -> int:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        raise InvalidInputError(f"The length {value!r} is not a whole number of minutes.") from None
    if not 1 <= minutes <= MAX_MINUTES:
        raise InvalidInputError(f"A session lasts 1 to {MAX_MINUTES} minutes (got {minutes}).")
    return minutes


def clean_area(value) -> str:
    area = (value or "").strip()
    if area and area not in AREAS:
        raise InvalidInputError(f"The area must be one of {', '.join(AREAS)} or empty (got {value!r}).")
    return area


class SessionBook:
    def __init__(self, trainer):
        self.trainer = trainer

    @property
    def _conn(self):
        return self.trainer.db.conn

    def log(self, *, date, place, volunteer, topic, minutes, attendees, area="", ward=None) -> TeachingSession:
        """Record one session; every field is checked first and nothing is kept on a refusal."""
        people = list(dict.fromkeys(attendees))  # ticked twice still counts once
        if not people:
            raise InvalidInputError("Tick at least one person who came.")
        for learner_id in people:
            self.trainer.learners.get(learner_id)  # NotFoundError for someone unknown or merged away
        payload = {
            "date": clean_date(date), "ward": clean_text(self.trainer.device.ward if ward is None else ward,
                                                        "ward", required=False),
            "place": clean_text(place, "place"), "volunteer": clean_text(volunteer, "volunteer's name"),
            "topic": clean_text(topic, "topic"), "area": clean_area(area), "minutes": clean_minutes(minutes),
            "attendees": people,
        }
        event = self.trainer.log.record(KIND, None, payload)
        return TeachingSession.from_event(event)

    def all(self) -> list[TeachingSession]:
        """Every session this PC knows (its own and imported ones), newest date first."""
        rows = self._conn.execute(
            "SELECT origin_device_id, seq, lamport, kind, learner_id, wall_time, payload FROM events "
            "WHERE kind = ? ORDER BY lamport DESC, origin_device_id, seq DESC", (KIND,)).fetchall()
        sessions = [TeachingSession.from_event(Event.from_row(row)) for row in rows]
        return sorted(sessions, key=lambda s: s.date, reverse=True)  # stable: same date keeps log order

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


def _resolve(conn, learner_id: str) -> str:
    row = conn.execute("SELECT target FROM learner_aliases WHERE alias = ?", (learner_id,)).fetchone()
    return row[0] if row else learner_id
