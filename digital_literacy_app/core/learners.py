"""Learners: add, update, list, search, erase. Every change is an event.

Only what teaching and reporting need is kept: display name, birth year, group, ward.
"""

import secrets
from dataclasses import dataclass
from datetime import date

from digital_literacy_app.core.changes import LEARNERS, PROGRESS, SETTINGS, announces
from digital_literacy_app.core.errors import InvalidInputError, NotFoundError
from digital_literacy_app.core.text import nfc, search_key
from digital_literacy_app.core.sync.chain import new_salt

GROUPS = ("elderly", "farmer", "freelance", "suburban", "other")
GROUP_NAMES_VI = {
    "elderly": "Người cao tuổi", "farmer": "Nông dân", "freelance": "Lao động tự do",
    "suburban": "Người dân ngoại thành", "other": "Khác",
}
MAX_NAME_LENGTH = 80
ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud and typed from a card


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
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(10))


def clean_name(name: str) -> str:
    cleaned = nfc(name or "")
    if not cleaned:
        raise InvalidInputError("learner.name_empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInputError("learner.name_too_long", most=MAX_NAME_LENGTH)
    if any(ord(ch) < 32 for ch in cleaned):
        raise InvalidInputError("learner.name_control")
    return cleaned


def clean_birth_year(year, today: date | None = None) -> int | None:
    if year in (None, ""):
        return None
    this_year = (today or date.today()).year
    try:
        value = int(str(year).strip())
    except ValueError:
        raise InvalidInputError("learner.birth_year_not_number", year=str(year)) from None
    if not 1900 <= value <= this_year:
        raise InvalidInputError("learner.birth_year_range", year=value, last=this_year)
    return value


MAX_WARD_LENGTH = 120  # what a sync file's payload check accepts (core/sync/payloads.py)


def clean_ward(ward) -> str:
    cleaned = nfc(ward or "")
    if len(cleaned) > MAX_WARD_LENGTH or any(ord(ch) < 32 for ch in cleaned):
        raise InvalidInputError("learner.ward_too_long", most=MAX_WARD_LENGTH)
    return cleaned


def clean_group(group) -> str:
    value = (group or "other").strip().lower()
    if value not in GROUPS:
        raise InvalidInputError("learner.group_unknown", group=str(group), groups=", ".join(GROUPS))
    return value


_SELECT = "SELECT id, name, birth_year, learner_group, ward, created_at, last_active_at FROM learners"


class LearnerBook:
    """The learners of this PC and those imported: `trainer.learners`."""

    def __init__(self, trainer):
        self.trainer = trainer
        self.hub = trainer.hub

    @property
    def _conn(self):
        return self.trainer.db.conn

    @property
    def default_ward(self) -> str:
        return self.trainer.device.ward

    @staticmethod
    def check(name=None, birth_year=None, group=None) -> dict:
        """The fields as they would be saved, or InvalidInputError with the reason: what a
        form calls while the person types, before anything is saved."""
        checked = {}
        if name is not None:
            checked["name"] = clean_name(name)
        if birth_year is not None:
            checked["birth_year"] = clean_birth_year(birth_year)
        if group is not None:
            checked["group"] = clean_group(group)
        return checked

    @announces(LEARNERS)
    def add(self, name: str, birth_year=None, group=None, ward=None) -> LearnerRecord:
        payload = {"name": clean_name(name), "birth_year": clean_birth_year(birth_year),
                   "group": clean_group(group), "ward": clean_ward(ward or self.default_ward), "salt": new_salt()}
        learner_id = new_learner_id()
        self.trainer.log.record("learner.created", learner_id, payload)
        return self.get(learner_id)

    @announces(LEARNERS)
    def update(self, learner_id: str, **changes) -> LearnerRecord:
        self.get(learner_id)
        cleaners = {"name": clean_name, "birth_year": clean_birth_year, "group": clean_group,
                    "ward": clean_ward}
        unknown = set(changes) - set(cleaners)
        if unknown:
            raise InvalidInputError("learner.unknown_fields", fields=", ".join(sorted(unknown)))
        payload = {key: cleaners[key](value) for key, value in changes.items()}
        if "name" in payload or "birth_year" in payload:
            payload["salt"] = new_salt()  # see core/sync/chain.py: an erased name stays unguessable
        if payload:
            self.trainer.log.record("learner.updated", learner_id, payload)
        return self.get(learner_id)

    @announces(LEARNERS, PROGRESS, SETTINGS)
    def erase(self, learner_id: str) -> str:
        """Erase a learner everywhere: the erase event wins over every merge and update,
        and the fold drops their progress and screen choices in the same transaction.
        Returns the erased id."""
        self.get(learner_id)
        self.trainer.log.record("learner.erased", learner_id, {})
        return learner_id

    @announces(LEARNERS, PROGRESS)
    def merge(self, duplicate_id: str, keep_id: str) -> LearnerRecord:
        if duplicate_id == keep_id:
            raise InvalidInputError("learner.merge_self")
        self.get(duplicate_id)
        self.get(keep_id)
        self.trainer.log.record("learner.merged", duplicate_id, {"into": keep_id})
        return self.get(keep_id)

    # -- many at once, from a list made in Excel (core/learner_import.py) --------------------
    def import_preview(self, path):
        """The rows of a .csv or .xlsx file of learners, each checked and duplicates
        flagged; nothing saved (an ImportPreview, or InvalidInputError for the file)."""
        from digital_literacy_app.core import learner_import

        return learner_import.preview(self.trainer, path)

    @announces(LEARNERS)
    def import_rows(self, checked, with_same_here: bool = False):
        """Add the preview's good rows in one transaction (an ImportResult)."""
        from digital_literacy_app.core import learner_import

        return learner_import.add(self.trainer, checked, with_same_here)

    # -- one person entered twice (core/duplicates.py) -------------------------------------
    def joined(self, learner_id: str) -> list[LearnerRecord]:
        """The records joined into this one (by a merge not undone), in name order."""
        rows = self._conn.execute(f"{_SELECT} WHERE merged_into = ? ORDER BY name_key, id", (learner_id,))
        return [LearnerRecord(*row) for row in rows.fetchall()]

    @announces(LEARNERS, PROGRESS)
    def unmerge(self, duplicate_ids: list[str]) -> list[LearnerRecord]:
        """Undo the joins of these records, in one transaction: each is its own record
        again (a new event, core/store/joins.py); returns them as they are now."""
        from digital_literacy_app.core import duplicates

        return duplicates.unmerge(self.trainer, duplicate_ids)

    def likely_duplicates(self) -> list[list["LearnerRecord"]]:
        from digital_literacy_app.core import duplicates

        return duplicates.likely_duplicates(self.trainer)

    def suggest_keep(self, group: list["LearnerRecord"]) -> "LearnerRecord":
        from digital_literacy_app.core import duplicates

        return duplicates.suggest_keep(self.trainer, group)

    @announces(LEARNERS, PROGRESS)
    def merge_group(self, group: list["LearnerRecord"], keep: "LearnerRecord") -> "LearnerRecord":
        """Merge every other record of the group into `keep`, in one transaction."""
        with self.trainer.log.batch(), self.hub.batch():
            for learner in group:
                if learner.id != keep.id:
                    self.merge(learner.id, keep.id)
        return self.get(keep.id)

    # -- learner cards (core/cards.py, core/card_scan.py) ----------------------------------
    @staticmethod
    def card_code(learner_id: str) -> str:
        from digital_literacy_app.core.card_codes import learner_code

        return learner_code(learner_id)

    @staticmethod
    def card_qr_text(learner_id: str) -> str:
        from digital_literacy_app.core.card_codes import qr_text

        return qr_text(learner_id)

    def by_card_code(self, text: str) -> LearnerRecord:
        """The learner whose card code was typed (any case, spaces or dashes)."""
        from digital_literacy_app.core.card_codes import parse_learner_code

        learner_id = parse_learner_code(text)
        if learner_id is None:
            raise InvalidInputError("card.not_a_code")
        try:
            return self.get(learner_id)
        except NotFoundError:
            raise NotFoundError("card.nobody_here") from None

    @staticmethod
    def read_card(pixels: bytes, width: int, height: int, row_bytes: int = 0):
        """The learner card in a grayscale webcam picture (a CardScan); touches no data,
        so a worker thread may call it."""
        from digital_literacy_app.core.card_scan import read_learner_card

        return read_learner_card(pixels, width, height, row_bytes)

    def write_cards(self, out_path, learner_ids: list[str]):
        """A PDF of learner cards, eight a page, for these learners (all or nothing)."""
        from digital_literacy_app.core.cards import write_card_sheet

        return write_card_sheet(out_path, [self.get(learner_id) for learner_id in learner_ids])

    def export(self, target, learner_ids: list[str]):
        """These learners as a spreadsheet, .csv or .xlsx by the file's name (core/learner_list.py)."""
        from digital_literacy_app.core.learner_list import write_learner_list

        return write_learner_list(self.trainer, target, learner_ids)

    def get(self, learner_id: str) -> LearnerRecord:
        row = self._conn.execute(f"{_SELECT} WHERE id = ? AND merged_into IS NULL", (learner_id,)).fetchone()
        if row is None:
            raise NotFoundError("learner.not_found", id=learner_id)
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

    def same_person(self, name: str, birth_year=None) -> list[LearnerRecord]:
        """Learners already here who may be the person about to be added: the same name
        ignoring case, accents and spacing, and the same birth year (or a year missing on
        either side), the one who learnt last first. Asked before adding, so someone who
        forgot they had started is offered their own record instead of a second one."""
        key = search_key(clean_name(name))
        year = clean_birth_year(birth_year)
        rows = self._conn.execute(
            f"{_SELECT} WHERE merged_into IS NULL AND name_key = ? AND (? IS NULL OR birth_year IS NULL "
            "OR birth_year = ?) ORDER BY last_active_lamport DESC, id", (key, year, year)).fetchall()
        return [LearnerRecord(*row) for row in rows]

    def count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM learners WHERE merged_into IS NULL").fetchone()[0]
