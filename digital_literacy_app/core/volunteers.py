"""Volunteer and coordinator accounts of this PC, each behind a PIN.

A PIN is 4 to 8 digits: easy to remember at a ward office, too short to survive guessing
on its own. So it is stored only as a scrypt hash with a random salt per account (a copied
database does not give the PINs away cheaply), and five wrong PINs in a row lock entry to
volunteer mode for a minute. The count and the lock are in the database, so closing and
reopening the app does not reset them.

Accounts belong to this computer and never sync; the volunteer's *name* does travel, in
the teaching sessions and certificates they record.
"""

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass
from typing import Callable

from digital_literacy_app.core.changes import SETTINGS, VOLUNTEERS, announces
from digital_literacy_app.core.errors import InvalidInputError, NotFoundError, PinLockedError
from digital_literacy_app.core.store.events import utc_now
from digital_literacy_app.core.text import nfc, search_key

VOLUNTEER, COORDINATOR = "volunteer", "coordinator"
ROLES = (VOLUNTEER, COORDINATOR)
PIN_MIN, PIN_MAX = 4, 8
MAX_FAILURES = 5
LOCK_SECONDS = 60
MAX_NAME_LENGTH = 60

# scrypt cost: 2**14 × 8 × 128 bytes = 16 MiB and about 50 ms a check on a ward PC, so a
# stolen hash costs an attacker real work per guess while entry still feels instant.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2 ** 14, 8, 1, 32
_PIN = re.compile(rf"^[0-9]{{{PIN_MIN},{PIN_MAX}}}$")


@dataclass(frozen=True)
class VolunteerAccount:
    id: str
    name: str
    role: str
    created_at: str

    @property
    def is_coordinator(self) -> bool:
        return self.role == COORDINATOR


@dataclass(frozen=True)
class PinCheck:
    """The outcome of one PIN attempt: the account on success, else how many tries are left."""

    account: VolunteerAccount | None
    tries_left: int
    locked_seconds: int = 0

    @property
    def ok(self) -> bool:
        return self.account is not None


def clean_pin(pin: str) -> str:
    text = (pin or "").strip()
    if not _PIN.match(text):
        raise InvalidInputError("volunteer.pin_form", least=PIN_MIN, most=PIN_MAX)
    return text


def pin_pattern(pin: str) -> str | None:
    """The pattern a stranger tries first, if the PIN is one: "same" (0000), "repeated" (a
    block said again: 1212, 123123) or "running" (each digit one up or one down: 1234,
    9876). None for a PIN with none of them."""
    if len(set(pin)) == 1:
        return "same"
    if any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size) for size in range(2, len(pin) // 2 + 1)):
        return "repeated"
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:])}
    if steps in ({1}, {-1}):
        return "running"
    return None


def clean_new_pin(pin: str) -> str:
    """A PIN to set (at the first start, for a new volunteer, or a change): the right form
    and none of the patterns tried first. Entering an existing PIN checks only the form."""
    text = clean_pin(pin)
    pattern = pin_pattern(text)
    if pattern is not None:
        raise InvalidInputError(f"volunteer.pin_{pattern}", pin=text)
    return text


def clean_role(role: str) -> str:
    value = (role or "").strip().lower()
    if value not in ROLES:
        raise InvalidInputError("volunteer.role_unknown", role=str(role), roles=", ".join(ROLES))
    return value


def clean_volunteer_name(name: str) -> str:
    cleaned = nfc(name or "")
    if not cleaned:
        raise InvalidInputError("volunteer.name_empty")
    if len(cleaned) > MAX_NAME_LENGTH or any(ord(ch) < 32 for ch in cleaned):
        raise InvalidInputError("volunteer.name_too_long", most=MAX_NAME_LENGTH)
    return cleaned


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """"scrypt$N$r$p$salt$hash": the parameters travel with the hash, so a later version
    can raise the cost for new PINs and still check the old ones."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(clean_pin(pin).encode("ascii"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=SCRYPT_LEN)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` hashes to `stored` (compared in constant time); False for any damage."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest_hex)
        digest = hashlib.scrypt(pin.encode("ascii"), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected), maxmem=64 * 1024 * 1024)
    except (ValueError, UnicodeEncodeError):
        return False
    return hmac.compare_digest(digest, expected)


_SELECT = "SELECT id, name, role, created_at FROM volunteers"


class VolunteerBook:
    """The accounts table and the PIN guard: `trainer.volunteers`. `clock` (seconds) is
    injectable for tests."""

    def __init__(self, trainer, clock: Callable[[], float] = time.time):
        self.trainer = trainer
        self.hub = trainer.hub
        self.clock = clock

    @property
    def db(self):
        return self.trainer.db

    @staticmethod
    def check_pin_form(pin: str) -> str:
        """A new PIN as it would be saved, or InvalidInputError (4 to 8 digits, no pattern
        a stranger tries first: `clean_new_pin`)."""
        return clean_new_pin(pin)

    @staticmethod
    def check_name(name: str) -> str:
        return clean_volunteer_name(name)

    @property
    def _conn(self):
        return self.db.conn

    # -- accounts ----------------------------------------------------------------------
    @announces(VOLUNTEERS)
    def add(self, name: str, role: str, pin: str) -> VolunteerAccount:
        name, role = clean_volunteer_name(name), clean_role(role)
        stored = hash_pin(clean_new_pin(pin))
        key = search_key(name)
        if self._conn.execute("SELECT 1 FROM volunteers WHERE name_key = ?", (key,)).fetchone():
            raise InvalidInputError("volunteer.name_taken", name=name)
        account_id = secrets.token_hex(6)
        with self.db.atomic():
            self._conn.execute(
                "INSERT INTO volunteers (id, name, name_key, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (account_id, name, key, role, stored, utc_now()))
        return self.get(account_id)

    def get(self, account_id: str) -> VolunteerAccount:
        row = self._conn.execute(f"{_SELECT} WHERE id = ?", (account_id,)).fetchone()
        if row is None:
            raise NotFoundError("volunteer.not_found", id=account_id)
        return VolunteerAccount(*row)

    def all(self) -> list[VolunteerAccount]:
        """Everyone, by name (the order of the PIN screen's list)."""
        return [VolunteerAccount(*row) for row in self._conn.execute(f"{_SELECT} ORDER BY name_key, id")]

    def count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM volunteers").fetchone()[0]

    @announces(VOLUNTEERS)
    def change_pin(self, account_id: str, new_pin: str) -> None:
        self.get(account_id)
        stored = hash_pin(clean_new_pin(new_pin))
        with self.db.atomic():
            self._conn.execute("UPDATE volunteers SET pin_hash = ? WHERE id = ?", (stored, account_id))

    @announces(VOLUNTEERS)
    def set_role(self, account_id: str, role: str) -> VolunteerAccount:
        role = clean_role(role)
        account = self.get(account_id)
        if account.is_coordinator and role != COORDINATOR:
            self._keep_a_coordinator(account_id)
        with self.db.atomic():
            self._conn.execute("UPDATE volunteers SET role = ? WHERE id = ?", (role, account_id))
        return self.get(account_id)

    @announces(VOLUNTEERS, SETTINGS)
    def remove(self, account_id: str) -> None:
        """Remove an account; the last coordinator stays, or nobody could add accounts again."""
        if self.get(account_id).is_coordinator:
            self._keep_a_coordinator(account_id)
        with self.db.atomic():
            self._conn.execute("DELETE FROM volunteers WHERE id = ?", (account_id,))
            self._conn.execute("DELETE FROM volunteer_settings WHERE volunteer_id = ?", (account_id,))

    def _keep_a_coordinator(self, leaving_id: str) -> None:
        others = self._conn.execute("SELECT COUNT(*) FROM volunteers WHERE role = ? AND id != ?",
                                    (COORDINATOR, leaving_id)).fetchone()[0]
        if others == 0:
            raise InvalidInputError("volunteer.last_coordinator")

    # -- entry -------------------------------------------------------------------------
    def locked_seconds(self) -> int:
        """Seconds until a PIN may be tried again (0: open)."""
        _, until = self._guard()
        remaining = until - self.clock()
        if remaining > LOCK_SECONDS:  # the PC's clock was set back: never lock longer than promised
            until = self.clock() + LOCK_SECONDS
            self._save_guard(MAX_FAILURES, until)
            remaining = LOCK_SECONDS
        return max(0, int(remaining + 0.999))

    def check_pin(self, account_id: str, pin: str) -> PinCheck:
        """Try a PIN for an account. Raises PinLockedError while entry is locked.

        A right PIN resets the count; the fifth wrong one in a row locks entry for
        LOCK_SECONDS. A PIN that is not 4-8 digits at all counts as wrong, the same as
        any other (a guesser learns nothing from the answer).
        """
        waiting = self.locked_seconds()
        if waiting:
            raise PinLockedError(seconds=waiting)
        account = self.get(account_id)
        stored = self._conn.execute("SELECT pin_hash FROM volunteers WHERE id = ?", (account_id,)).fetchone()[0]
        failures, _ = self._guard()
        if pin_matches((pin or "").strip(), stored):
            self._save_guard(0, 0)
            return PinCheck(account, MAX_FAILURES)
        failures += 1
        if failures >= MAX_FAILURES:
            self._save_guard(0, self.clock() + LOCK_SECONDS)
            return PinCheck(None, 0, LOCK_SECONDS)
        self._save_guard(failures, 0)
        return PinCheck(None, MAX_FAILURES - failures)

    def _guard(self) -> tuple[int, float]:
        row = self._conn.execute("SELECT failures, locked_until FROM pin_guard WHERE id = 1").fetchone()
        return (row[0], row[1]) if row else (0, 0.0)

    def _save_guard(self, failures: int, locked_until: float) -> None:
        with self.db.atomic():
            self._conn.execute(
                """INSERT INTO pin_guard (id, failures, locked_until) VALUES (1, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET failures = excluded.failures,
                                                 locked_until = excluded.locked_until""",
                (failures, locked_until))
