"""The coordinator's list of known computers: a local name, forgetting one, the files imported.

A coordinator sees ward PCs by the names their volunteers typed ("PC-phuong-1", often
twice the same): renaming gives one a name of the coordinator's own, kept on this computer
only; the computer's signed name stays as it is and still travels in sync files.

Forgetting takes a computer off the list on this computer only (a test PC, a PC replaced
without being lost). It is not an erasure and not a retirement: its key stays pinned, so no
other computer can ever take its id; its records already imported stay counted, so reports
do not change; a record it makes after it was forgotten, in a file that arrives later, is
kept apart and not counted, as from a computer nobody here vouches for. Nothing travels to
other computers.
"""

import re
from dataclasses import dataclass
from datetime import date

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.text import nfc

LABEL_LIMIT = 60
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


@dataclass(frozen=True)
class ForgetResult:
    """A computer taken off the list: its name, when, and its records that stay counted."""

    device_id: str
    name: str
    forgotten_on: str
    records_kept: int


@dataclass(frozen=True)
class ImportedFile:
    """One sync file imported here: when, from which computer, and what it did."""

    file_name: str
    imported_at: str
    device_id: str
    computer: str  # the name shown: the coordinator's own name for it, else the name in the file
    events_new: int
    events_known: int
    events_held: int

    @property
    def outcome(self) -> str:
        """"added", "added_some_held", "held" or "nothing_new": the screens word it."""
        if self.events_new:
            return "added_some_held" if self.events_held else "added"
        return "held" if self.events_held else "nothing_new"


def clean_label(text: str) -> str:
    """A typed name: NFC, spaces collapsed; refused when too long or with line breaks."""
    if _CONTROL.search(str(text)):
        raise DlaError("device.bad_label", limit=LABEL_LIMIT)
    label = nfc(str(text))
    if len(label) > LABEL_LIMIT:
        raise DlaError("device.bad_label", limit=LABEL_LIMIT)
    return label


def _listed(conn, device_id: str) -> tuple[str, str, str | None]:
    """(own name, label, forgotten_on) of a computer this one imported from; DlaError otherwise."""
    row = conn.execute("SELECT name, label, forgotten_on FROM known_devices WHERE device_id = ?",
                       (device_id,)).fetchone()
    if row is None:
        raise DlaError("device.unknown", device=device_id)
    return row


def rename(trainer, device_id: str, text: str) -> str:
    """Give a known computer a name of this coordinator's own; an empty text gives back its
    own name. Returns the name now shown."""
    label = clean_label(text)
    own_name, _label, forgotten_on = _listed(trainer.db.conn, device_id)
    if forgotten_on:
        raise DlaError("device.already_forgotten", device=label or own_name or device_id, on=forgotten_on)
    with trainer.db.atomic():
        trainer.db.conn.execute("UPDATE known_devices SET label = ? WHERE device_id = ?", (label, device_id))
    return label or own_name or device_id


def forget(trainer, device_id: str, today: date | None = None) -> ForgetResult:
    """Take a computer off the list here; its records so far stay counted, later ones are kept apart."""
    conn = trainer.db.conn
    own_name, label, forgotten_on = _listed(conn, device_id)
    name = label or own_name or device_id
    if forgotten_on:
        raise DlaError("device.already_forgotten", device=name, on=forgotten_on)
    on = (today or date.today()).isoformat()
    kept = conn.execute("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM events WHERE origin_device_id = ?",
                        (device_id,)).fetchone()
    with trainer.db.atomic():
        conn.execute("UPDATE known_devices SET forgotten_on = ?, forgotten_after_seq = ? WHERE device_id = ?",
                     (on, kept[1], device_id))
    return ForgetResult(device_id, name, on, kept[0])


def imported_files(conn) -> list[ImportedFile]:
    """Every sync file imported here, newest first."""
    rows = conn.execute(
        """SELECT f.file_name, f.imported_at, f.device_id,
                  COALESCE(NULLIF(k.label, ''), NULLIF(f.device_name, ''), NULLIF(k.name, ''), f.device_id),
                  f.events_new, f.events_known, f.events_held
           FROM imported_files f LEFT JOIN known_devices k ON k.device_id = f.device_id
           ORDER BY f.imported_at DESC, f.id DESC""")
    return [ImportedFile(*row) for row in rows]
