"""Learners: add, update, list, search, erase. Every change is an event.

Only what teaching and reporting need is kept: display name, birth year, group, ward.
"""

import secrets
from dataclasses import dataclass
from datetime import date

from digital_literacy_app.core.errors import InvalidInputError, NotFoundError
from digital_literacy_app.core.store.events import EventLog
from digital_literacy_app.core.text import nfc, search_key

GROUPS = ("elderly", "farmer", "freelance", "suburban", "other")
GROUP_NAMES_VI = {
    "elderly": "Người cao tuổi", "farmer": "Nông dân", "freelance": "Lao động tự do",
    "suburban": "Người dân ngoại thành", "other": "Khác",
}
MAX_NAME_LENGTH = 80
_ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud and typed from a card


@dataclass(frozen=True)
class LearnerRecord:
    id: str
    name: str
    birth_year: int | None
    group: str
    ward: str
    created_at: str
    last_active_at: str

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "birth_year": self.birth_year,
                "group": self.group, "ward": self.ward, "created_at": self.created_at,
                "last_active_at": self.last_active_at}


def new_learner_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(10))


def clean_name(name: str) -> str:
    cleaned = nfc(name or "")
    if not cleaned:
        raise InvalidInputError("The name is empty; type the learner's name.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInputError(f"The name is longer than {MAX_NAME_LENGTH} characters.")
    if any(ord(ch) < 32 for ch in cleaned):
        raise InvalidInputError("The name contains control characters.")
    return cleaned


def clean_birth_year(year, today: date | None = None) -> int | None:
    if year in (None, ""):
        return None
    this_year = (today or date.today()).year
    try:
        value = int(str(year).strip())
    except ValueError:
        raise InvalidInputError(f"The birth year {year!r} is not a number.") from None
    if not 1900 <= value <= this_year:
        raise InvalidInputError(f"The birth year must be between 1900 and {this_year} (got {value}).")
    return value


def clean_group(group) -> str:
    value = (group or "other").strip().lower()
    if value not in GROUPS:
        raise InvalidInputError(f"The group must be one of {', '.join(GROUPS)} (got {group!r}).")
    return value


_SELECT = "SELECT id, name, birth_year, learner_group, ward, created_at, last_active_at FROM learners"


class LearnerBook:
    def __init__(self, log: EventLog, default_ward: str = ""):
        self.log = log
        self.default_ward = default_ward

    @property
    def _conn(self):
        return self.log.db.conn

    def add(self, name: str, birth_year=None, group=None, ward=None) -> LearnerRecord:
        payload = {"name": clean_name(name), "birth_year": clean_birth_year(birth_year),
                   "group": clean_group(group), "ward": nfc(ward or self.default_ward)}
        learner_id = new_learner_id()
        self.log.record("learner.created", learner_id, payload)
        return self.get(learner_id)

    def update(self, learner_id: str, **changes) -> LearnerRecord:
        self.get(learner_id)
        cleaners = {"name": clean_name, "birth_year": clean_birth_year, "group": clean_group,
                    "ward": lambda w: nfc(w or "")}
        unknown = set(changes) - set(cleaners)
        if unknown:
            raise InvalidInputError(f"Unknown learner fields: {', '.join(sorted(unknown))}.")
        payload = {key: cleaners[key](value) for key, value in changes.items()}
        if payload:
            self.log.record("learner.updated", learner_id, payload)
        return self.get(learner_id)

    def erase(self, learner_id: str) -> None:
        """Erase a learner everywhere: the erase event wins over every merge and update."""
        self.get(learner_id)
        self.log.record("learner.erased", learner_id, {})

    def merge(self, duplicate_id: str, keep_id: str) -> LearnerRecord:
        if duplicate_id == keep_id:
            raise InvalidInputError("A learner cannot be merged with themselves.")
        self.get(duplicate_id)
        self.get(keep_id)
        self.log.record("learner.merged", duplicate_id, {"into": keep_id})
        return self.get(keep_id)

    def get(self, learner_id: str) -> LearnerRecord:
        row = self._conn.execute(f"{_SELECT} WHERE id = ? AND merged_into IS NULL", (learner_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no learner with id {learner_id!r}.")
        return LearnerRecord(*row)

    def exists(self, learner_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM learners WHERE id = ? AND merged_into IS NULL",
                                  (learner_id,)).fetchone() is not None

    def all(self, order: str = "recent") -> list[LearnerRecord]:
        """All learners; `recent` puts whoever learned last first (the start screen's order)."""
        by = "last_active_lamport DESC, name_key" if order == "recent" else "name_key, id"
        rows = self._conn.execute(f"{_SELECT} WHERE merged_into IS NULL ORDER BY {by}").fetchall()
        return [LearnerRecord(*row) for row in rows]

    def search(self, query: str, order: str = "recent") -> list[LearnerRecord]:
        """Names containing the query, ignoring case and diacritics ("huong" finds "Hường")."""
        key = search_key(nfc(query or ""))
        if not key:
            return self.all(order)
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        by = "last_active_lamport DESC, name_key" if order == "recent" else "name_key, id"
        rows = self._conn.execute(
            f"{_SELECT} WHERE merged_into IS NULL AND name_key LIKE ? ESCAPE '\\' ORDER BY {by}",
            (f"%{escaped}%",)).fetchall()
        return [LearnerRecord(*row) for row in rows]

    def count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM learners WHERE merged_into IS NULL").fetchone()[0]
