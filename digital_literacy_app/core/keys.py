"""The device keys this computer knows: its own, and those pinned from imported sync files.

A certificate or a sync file is only as trustworthy as the key that checks it. A device's
key is learnt only from a file that device signed itself (its key pinned from then on; a
later file of the same device with another key is refused). What one PC says about
another (format 1's `known_devices`) was pinned by older versions as "claimed": such a
key is never trusted, and the device's own file replaces it. Verification never needs a
network.
"""

from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from digital_literacy_app.core.changes import DEVICES, announces
from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.store.events import utc_now


QUIET_DAYS = 30  # a ward computer that has sent nothing for this long is named on the coordinator's list


class KeyMismatchError(DlaError):
    """A device id arrives with a key other than the one pinned for it."""


@dataclass(frozen=True)
class KnownDevice:
    device_id: str
    public_key: str
    name: str
    ward: str
    this_device: bool = False
    retired_on: str | None = None  # retired by a coordinator (lost, stolen, replaced) on this day


@dataclass(frozen=True)
class DeviceSighting:
    """A computer this one has heard from, as the coordinator's list shows it."""

    device_id: str
    name: str
    ward: str
    first_seen: str
    last_seen: str
    retired_on: str | None = None
    own_name: str = ""  # the name the computer gives itself; `name` is the coordinator's own when set

    def days_quiet(self, today: date) -> int | None:
        """Whole days since this computer's latest file was imported (None: no readable time)."""
        try:
            seen = datetime.fromisoformat((self.last_seen or "").replace("Z", "+00:00"))
        except ValueError:
            return None
        return max(0, (today - seen.date()).days)


class KnownDevices:
    """This PC's identity and the keys of the PCs it knows: `trainer.devices`."""

    def __init__(self, trainer):
        self.trainer = trainer
        self.hub = trainer.hub

    @property
    def db(self):
        return self.trainer.db

    @property
    def own(self):
        """This computer's identity (id, name, ward, public key)."""
        return self.trainer.device

    def heard_from(self) -> list[DeviceSighting]:
        """The computers this one has imported sync files from (and not forgotten), by ward and name."""
        rows = self.db.conn.execute(
            "SELECT device_id, COALESCE(NULLIF(label, ''), name), ward, first_seen, last_seen, retired_on, name "
            "FROM known_devices WHERE forgotten_on IS NULL ORDER BY ward, 2, device_id")
        return [DeviceSighting(*row) for row in rows]

    @announces(DEVICES)
    def rename(self, device_id: str, name: str) -> str:
        """A name of this coordinator's own for a known computer (empty: its own name again);
        returns the name now shown. Its signed name stays and still travels."""
        from digital_literacy_app.core.device_list import rename

        return rename(self.trainer, device_id, name)

    @announces(DEVICES)
    def forget(self, device_id: str):
        """Take a computer off the list here (a ForgetResult): its records so far stay counted,
        its key stays pinned, records it makes later are kept apart."""
        from digital_literacy_app.core.device_list import forget

        return forget(self.trainer, device_id)

    def imported_files(self):
        """Every sync file imported here (ImportedFile records), newest first."""
        from digital_literacy_app.core.device_list import imported_files

        return imported_files(self.db.conn)

    def quiet(self, days: int = QUIET_DAYS, today: date | None = None) -> list[DeviceSighting]:
        """The computers in use (not retired) whose latest file came `days` or more days ago:
        the wards a coordinator should ask for their sync files."""
        today = today or datetime.now(timezone.utc).date()
        return [d for d in self.heard_from()
                if not d.retired_on and ((quiet := d.days_quiet(today)) is None or quiet >= days)]

    def write_public_key(self, out) -> Path:
        """This computer's public key as a file, for a volunteer to seal sync files to."""
        from digital_literacy_app.core.sync.keyfile import write_public_key

        return write_public_key(self.own, Path(out))

    @staticmethod
    def read_public_key(path):
        """A coordinator's public key file (a PublicKeyFile), checked; DlaError if it is not one."""
        from digital_literacy_app.core.sync.keyfile import read_public_key

        return read_public_key(Path(path))

    def get(self, device_id: str) -> KnownDevice | None:
        """The device with this id, or None when this computer has no key of it it can trust."""
        if device_id == self.own.device_id:
            return KnownDevice(self.own.device_id, self.own.public_key_hex, self.own.name,
                               self.own.ward, this_device=True)
        row = self.db.conn.execute(
            "SELECT device_id, public_key, name, ward, retired_on FROM known_devices "
            "WHERE device_id = ? AND learned_from != 'claimed'", (device_id,)).fetchone()
        return KnownDevice(*row[:4], retired_on=row[4]) if row else None

    def earlier_keys(self, device_id: str) -> list[str]:
        """Keys this device used before it rotated to its current one (still check what they signed)."""
        from digital_literacy_app.core.sync.rotation import earlier_keys

        return earlier_keys(self.db.conn, device_id)

    def public_key(self, device_id: str) -> str | None:
        known = self.get(device_id)
        return known.public_key if known else None

    @announces(DEVICES)
    def remember(self, device_id: str, public_key: str, name: str = "", ward: str = "",
                 seen_at: str | None = None) -> KnownDevice:
        """Pin a device's key from a file it signed itself; refresh its name and ward later.

        Refuses a different key for a device already pinned (or for this device's own
        id), because that is what a copied or forged identity looks like. A key only
        claimed by another PC (older versions) is replaced.
        """
        public_key = public_key.strip().lower()
        if len(public_key) != 64 or any(ch not in "0123456789abcdef" for ch in public_key):
            raise DlaError("device.bad_key", device=device_id)
        pinned = self.public_key(device_id)
        if pinned is not None and pinned != public_key:
            raise KeyMismatchError("device.key_mismatch", device=device_id)
        if device_id == self.own.device_id:
            return self.get(device_id)
        now = seen_at or utc_now()
        with self.db.atomic():
            self.db.conn.execute(
                """INSERT INTO known_devices (device_id, public_key, name, ward, first_seen, last_seen,
                                              learned_from)
                   VALUES (?, ?, ?, ?, ?, ?, 'self')
                   ON CONFLICT(device_id) DO UPDATE SET
                       name = excluded.name, ward = excluded.ward,
                       public_key = excluded.public_key, learned_from = 'self',
                       last_seen = MAX(last_seen, excluded.last_seen)""",
                (device_id, public_key, name, ward, now, now))
        return self.get(device_id)
