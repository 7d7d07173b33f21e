"""This installation's identity: id, name, ward and an Ed25519 key pair.

Created on first start and kept in the data directory. Every event it records carries
the device id; sync files and certificates are signed with its key. The private key file
is readable by its owner only.
"""

import hashlib
import json
import os
import platform
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from nacl.signing import SigningKey

from digital_literacy_app.core.errors import DataDirError
from digital_literacy_app.core.paths import is_portable_data_dir

IDENTITY_FILE = "device.json"
KEY_FILE = "device.key"


@dataclass
class DeviceIdentity:
    device_id: str
    name: str
    ward: str
    public_key_hex: str
    signing_key: SigningKey
    replaced_device_id: str | None = None  # set when a copied data folder got a new identity
    replaced_public_key: str | None = None  # that old identity's key, still needed to verify
    shared_seq: int = 0  # the highest own seq ever written to a sync file (kept here, outside the database)

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message).signature


def derived_id(public_key_hex: str) -> str:
    """A device's id is made from its first key, so no other key can claim it.

    A reader that has never met a device accepts a file under an id only when the id is
    made from the file's key (or from a key that signed its way to it, core/sync/rotation.py).
    Installations made before this rule keep their random ids; they are accepted where
    they were met before, or through a coordinator's trust list.
    """
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16]


def load_or_create_identity(data_dir: Path, default_name: str = "") -> DeviceIdentity:
    """This installation's identity; a new one when the folder was copied from elsewhere.

    Ward PCs are cloned from one disk image and data folders get restored from backups:
    two computers writing events under one device id would clash. The identity file
    remembers where it was made (machine id and folder); if that changed, this is a copy,
    and it gets a new id and key (name and ward are kept; the old events stay as they are).
    """
    identity_path, key_path = data_dir / IDENTITY_FILE, data_dir / KEY_FILE
    if not (identity_path.exists() and key_path.exists()):
        return _create(identity_path, key_path, default_name)
    identity, stored_fingerprint = _load(identity_path, key_path)
    if stored_fingerprint is None:  # written before fingerprints existed: adopt this place
        save_identity(data_dir, identity)
        return identity
    if stored_fingerprint == location_fingerprint(data_dir):
        return identity
    return renew_identity(data_dir, identity)


def renew_identity(data_dir: Path, identity: DeviceIdentity) -> DeviceIdentity:
    """A new id and key for this folder, keeping its name and ward; the old id and key are
    named on the result so the events and certificates made under them still verify.

    Used for a copied folder and after restoring a backup that may lack events this PC
    made (core/store/health.py): either way the old (device, seq) numbers must not be reused.
    """
    fresh = _create(data_dir / IDENTITY_FILE, data_dir / KEY_FILE, identity.name)
    fresh.ward, fresh.replaced_device_id = identity.ward, identity.device_id
    fresh.replaced_public_key = identity.public_key_hex
    save_identity(data_dir, fresh)
    return fresh


def location_fingerprint(data_dir: Path) -> str:
    """A hash of this machine's id and the folder's absolute path.

    A portable data folder (USB stick) is one installation that moves between drive
    letters and PCs, so its place is not part of its identity: it gets a fixed mark.
    """
    if is_portable_data_dir(data_dir):
        return hashlib.sha256(b"portable").hexdigest()[:32]
    machine = _machine_id()
    folder = str(Path(data_dir).resolve())
    return hashlib.sha256(f"{machine}|{folder}".encode("utf-8")).hexdigest()[:32]


def _machine_id() -> str:
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            return Path(path).read_text(encoding="ascii").strip()
        except OSError:
            continue
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            pass
    return platform.node()


def _load(identity_path: Path, key_path: Path) -> tuple[DeviceIdentity, str | None]:
    try:
        info = json.loads(identity_path.read_text(encoding="utf-8"))
        seed = bytes.fromhex(key_path.read_text(encoding="ascii").strip())
        signing_key = SigningKey(seed)
        device_id = info["device_id"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataDirError("device.identity_damaged", path=str(identity_path.parent), detail=str(exc)) from exc
    identity = DeviceIdentity(device_id, info.get("name", ""), info.get("ward", ""),
                              signing_key.verify_key.encode().hex(), signing_key)
    shared = info.get("shared_seq", 0)
    identity.shared_seq = shared if type(shared) is int and shared >= 0 else 0
    return identity, info.get("fingerprint")


def _create(identity_path: Path, key_path: Path, default_name: str) -> DeviceIdentity:
    signing_key = SigningKey.generate()
    public_key_hex = signing_key.verify_key.encode().hex()
    identity = DeviceIdentity(derived_id(public_key_hex), default_name or host_name(), "",
                              public_key_hex, signing_key)
    _write_private(key_path, signing_key.encode().hex())
    save_identity(identity_path.parent, identity)
    return identity


def save_identity(data_dir: Path, identity: DeviceIdentity) -> None:
    record = {
        "device_id": identity.device_id,
        "name": identity.name,
        "ward": identity.ward,
        "public_key": identity.public_key_hex,
        "fingerprint": location_fingerprint(data_dir),
        "shared_seq": identity.shared_seq,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    path = data_dir / IDENTITY_FILE
    temporary = path.with_suffix(".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False, indent=2))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def _write_private(path: Path, content: str) -> None:
    """Create the key file with owner-only permissions from the start (no window)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o600)


def host_name() -> str:
    """The operating system's name for this PC: a new identity's name until a person gives
    it one (the first-start wizard never offers it: every demo PC is "vm", every new
    Windows PC "DESKTOP-…")."""
    return platform.node() or "PC"


def note_shared(data_dir: Path, identity: DeviceIdentity, seq: int) -> None:
    """Remember (durably, outside the database) that own events up to `seq` may have left
    this PC in a sync file; a restore compares backups against it (core/store/health.py)."""
    if seq > identity.shared_seq:
        identity.shared_seq = seq
        save_identity(data_dir, identity)


def replace_key(data_dir: Path, identity: DeviceIdentity, new_key: SigningKey) -> None:
    """Swap this installation's key (a coordinator rotating it): written whole, then renamed."""
    temporary = data_dir / (KEY_FILE + ".tmp")
    _write_private(temporary, new_key.encode().hex())
    os.replace(temporary, data_dir / KEY_FILE)
    identity.signing_key = new_key
    identity.public_key_hex = new_key.verify_key.encode().hex()
    save_identity(data_dir, identity)
