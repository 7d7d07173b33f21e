"""A computer's public key as a small file, so volunteers can seal sync files to it."""

import json
from dataclasses import dataclass
from pathlib import Path

from digital_literacy_app.core.atomic import atomic_write_text
from digital_literacy_app.core.errors import DlaError

KEY_FORMAT = "dla-public-key"


@dataclass(frozen=True)
class PublicKeyFile:
    device_id: str
    name: str
    ward: str
    public_key: str


def write_public_key(device, out: Path) -> Path:
    record = {"format": KEY_FORMAT, "version": 1, "device_id": device.device_id, "name": device.name,
              "ward": device.ward, "public_key": device.public_key_hex}
    out = Path(out)
    try:  # whole or not at all: a pulled stick never holds half a key under the key's name
        atomic_write_text(out, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise DlaError("key_file.cannot_write", path=str(out), detail=exc.strerror or str(exc)) from exc
    return out


def read_public_key(path: Path) -> PublicKeyFile:
    path = Path(path)
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DlaError("key_file.missing", path=str(path)) from None
    except (OSError, ValueError, UnicodeDecodeError):
        raise DlaError("key_file.not_a_key", path=str(path)) from None
    if not isinstance(record, dict) or record.get("format") != KEY_FORMAT:
        raise DlaError("key_file.not_a_key", path=str(path))
    key = str(record.get("public_key", ""))
    if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
        raise DlaError("key_file.damaged", path=str(path))
    return PublicKeyFile(str(record.get("device_id", "")), str(record.get("name", "")),
                         str(record.get("ward", "")), key)
