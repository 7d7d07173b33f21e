"""The coordinator's trust list: which PCs' keys a ward trusts without meeting them, and which are retired.

A PC learns another PC's key from a file that PC signed itself. Above the ward, a
district or city coordinator never meets most ward PCs: it learns their keys from the
signed list of a coordinator it trusts. Trust starts from a fingerprint a volunteer types
once (`fingerprint()` of the coordinator's key: 16 letters and digits, read aloud in
groups of four); the key itself arrives with the coordinator's first sync file, and must
hash to that fingerprint.

Every sync file a PC writes carries its own list (`trust.json`), signed with its key: the
keys it learnt from those PCs' own files, and the PCs it retired. A reader applies a list
only when its signer is a coordinator it trusts. Lists only ever add: a key learnt, a
retirement (the earliest one wins), so any order of arrival gives the same trust.
A retired PC (lost, stolen, replaced) keeps its events up to the last one the coordinator
had; later ones are kept apart, uncounted, and its certificates after that day are refused.
"""

import base64
import hashlib
import re
from datetime import date

import orjson
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from digital_literacy_app.core.changes import DEVICES
from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.store.events import utc_now
from digital_literacy_app.core.sync.archive import SyncFileError

FORMAT = "dltrust"
_LABEL = b"DLTRUST1\x00"
_FINGERPRINT = re.compile(r"^[A-Z2-7]{16}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SETTING_VERSION, _SETTING_HASH = "trust_list_version", "trust_list_hash"
MAX_DEVICES = 100_000


def fingerprint(public_key_hex: str) -> str:
    """"ABCD-EFGH-JKLM-NPQR": the first 80 bits of the key's SHA-256, in base32."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).digest()[:10]
    text = base64.b32encode(digest).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def clean_fingerprint(text: str) -> str:
    """Typed or scanned: spaces, dashes and case do not matter; 0/1/8 read as O/I/B."""
    compact = re.sub(r"[\s\-]", "", str(text)).upper().translate(str.maketrans("018", "OIB"))
    if not _FINGERPRINT.match(compact):
        raise DlaError("trust.bad_fingerprint", text=str(text)[:40])
    return "-".join(compact[i:i + 4] for i in range(0, 16, 4))


def own_list(trainer) -> bytes | None:
    """This PC's signed list for its next sync file (None when it knows no other PC)."""
    conn = trainer.db.conn
    rows = conn.execute("""SELECT device_id, public_key, name, ward, retired_after_seq, retired_on
                           FROM known_devices WHERE learned_from = 'self' OR retired_after_seq IS NOT NULL
                           ORDER BY device_id""").fetchall()
    if not rows:
        return None
    devices = [{"id": d, "public_key": k, "name": n, "ward": w,
                **({"retired_after_seq": s, "retired_on": o} if s is not None else {})}
               for d, k, n, w, s, o in rows]
    version = _version(trainer, devices)
    device = trainer.device
    body = orjson.dumps({"format": FORMAT, "version": version, "issued_at": utc_now(),
                         "coordinator": {"id": device.device_id, "public_key": device.public_key_hex,
                                         "name": device.name},
                         "devices": devices}, option=orjson.OPT_SORT_KEYS)
    return orjson.dumps({"body": body.decode("utf-8"), "signature": device.sign(_LABEL + body).hex()})


def _version(trainer, devices: list) -> int:
    """The list's own number: one more whenever what it says changes."""
    settings = dict(trainer.db.conn.execute(
        "SELECT key, value FROM device_settings WHERE key IN (?, ?)", (_SETTING_VERSION, _SETTING_HASH)))
    digest = hashlib.sha256(orjson.dumps(devices, option=orjson.OPT_SORT_KEYS)).hexdigest()
    version = int(settings.get(_SETTING_VERSION, "0"))
    if settings.get(_SETTING_HASH) != digest:
        version += 1
        with trainer.db.atomic():
            trainer.db.conn.executemany("INSERT OR REPLACE INTO device_settings (key, value) VALUES (?, ?)",
                                        [(_SETTING_VERSION, str(version)), (_SETTING_HASH, digest)])
    return version


def apply_list(trainer, raw: bytes, signer: str, signer_key: str, name: str) -> int:
    """Apply a file's list if its signer is a coordinator this PC trusts.

    Returns how many stored events a retirement set apart. A list that is damaged or not
    signed by the file's own signer refuses the file.
    """
    body = _checked_body(raw, signer, signer_key, name)
    conn = trainer.db.conn
    row = conn.execute("SELECT list_version FROM trusted_coordinators WHERE fingerprint = ?",
                       (fingerprint(signer_key),)).fetchone()
    if row is None:
        return 0
    conn.execute("""UPDATE trusted_coordinators SET public_key = ?, device_id = ?, name = ?,
                    list_version = MAX(list_version, ?) WHERE fingerprint = ?""",
                 (signer_key, signer, str(body["coordinator"].get("name", ""))[:120], body["version"],
                  fingerprint(signer_key)))
    own, moved = trainer.device.device_id, 0
    for entry in body["devices"]:
        if entry["id"] == own:
            continue
        conn.execute("""INSERT INTO known_devices (device_id, public_key, name, ward, first_seen, last_seen,
                                                   learned_from)
                        VALUES (?, ?, ?, ?, ?, ?, 'trust-list')
                        ON CONFLICT(device_id) DO UPDATE SET public_key = excluded.public_key,
                            learned_from = 'trust-list' WHERE known_devices.learned_from = 'claimed'""",
                     (entry["id"], entry["public_key"], entry["name"], entry["ward"], utc_now(), utc_now()))
        if "retired_after_seq" in entry:
            moved += retire_device(conn, entry["id"], entry["retired_after_seq"], entry["retired_on"])
    return moved


def retire_device(conn, device_id: str, after_seq: int, on: str) -> int:
    """Keep a PC's events up to `after_seq`; set later ones apart. Returns how many moved."""
    conn.execute("""UPDATE known_devices SET retired_after_seq = MIN(COALESCE(retired_after_seq, ?), ?),
                        retired_on = MIN(COALESCE(retired_on, ?), ?) WHERE device_id = ?""",
                 (after_seq, after_seq, on, on, device_id))
    limit = conn.execute("SELECT retired_after_seq FROM known_devices WHERE device_id = ?", (device_id,)).fetchone()
    if limit is None:
        return 0
    conn.execute("""INSERT OR IGNORE INTO held_events (origin_device_id, seq, lamport, kind, learner_id, wall_time,
                                                       payload, source_file, reason)
                    SELECT origin_device_id, seq, lamport, kind, learner_id, wall_time, payload, source_file,
                           'retired' FROM events WHERE origin_device_id = ? AND seq > ?""", (device_id, limit[0]))
    moved = conn.execute("DELETE FROM events WHERE origin_device_id = ? AND seq > ?", (device_id, limit[0])).rowcount
    if moved:
        conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('fold_pending', '1')")
    return moved


def retired_after(conn, device_id: str) -> int | None:
    row = conn.execute("SELECT retired_after_seq FROM known_devices WHERE device_id = ?", (device_id,)).fetchone()
    return row[0] if row else None


def _checked_body(raw: bytes, signer: str, signer_key: str, name: str) -> dict:
    try:
        outer = orjson.loads(raw)
        text = outer["body"].encode("utf-8")
        VerifyKey(bytes.fromhex(signer_key)).verify(_LABEL + text, bytes.fromhex(outer["signature"]))
        body = orjson.loads(text)
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError, ValueError, BadSignatureError):
        raise SyncFileError("sync.trust_list_damaged", file=name) from None
    if not _valid_body(body, signer, signer_key):
        raise SyncFileError("sync.trust_list_damaged", file=name)
    return body


def _valid_body(body, signer: str, signer_key: str) -> bool:
    if not (type(body) is dict and body.get("format") == FORMAT and type(body.get("version")) is int
            and body["version"] > 0 and type(body.get("coordinator")) is dict
            and body["coordinator"].get("id") == signer and body["coordinator"].get("public_key") == signer_key
            and type(body.get("devices")) is list and len(body["devices"]) <= MAX_DEVICES):
        return False
    return all(_valid_entry(entry) for entry in body["devices"])


def _valid_entry(entry) -> bool:
    if not (type(entry) is dict and type(entry.get("id")) is str and 0 < len(entry["id"]) <= 64
            and type(entry.get("public_key")) is str and _HEX64.match(entry["public_key"])
            and type(entry.get("name")) is str and len(entry["name"]) <= 120
            and type(entry.get("ward")) is str and len(entry["ward"]) <= 120):
        return False
    if "retired_after_seq" not in entry:
        return True
    seq, on = entry.get("retired_after_seq"), entry.get("retired_on")
    return type(seq) is int and seq >= 0 and type(on) is str and _is_date(on)


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
        return len(text) == 10
    except ValueError:
        return False


class TrustDesk:
    """`trainer.trust`: this PC's fingerprint, the coordinators it trusts, retiring a PC."""

    def __init__(self, trainer):
        self.trainer = trainer

    def fingerprint(self) -> str:
        """What a ward PC types to trust this PC as its coordinator."""
        return fingerprint(self.trainer.device.public_key_hex)

    def trust_coordinator(self, text: str) -> str:
        """Trust the coordinator whose key has this fingerprint; returns it, cleaned."""
        clean = clean_fingerprint(text)
        if clean == self.fingerprint():
            raise DlaError("trust.own_fingerprint")
        with self.trainer.db.atomic():
            self.trainer.db.conn.execute(
                "INSERT OR IGNORE INTO trusted_coordinators (fingerprint, added_at) VALUES (?, ?)",
                (clean, utc_now()))
        self.trainer.hub.announce(DEVICES)
        return clean

    def coordinators(self) -> list[tuple[str, str]]:
        """(fingerprint, name) of every trusted coordinator; the name once its list came."""
        return self.trainer.db.conn.execute(
            "SELECT fingerprint, name FROM trusted_coordinators ORDER BY added_at, fingerprint").fetchall()

    def rotate_key(self) -> str:
        """A new key for this PC (its old one may have been copied); returns the new fingerprint.

        Every later sync file carries the new key signed by the old, so the PCs that trust
        this one move on by themselves; what the old key signed still checks.
        """
        from digital_literacy_app.core.sync.rotation import rotate

        return rotate(self.trainer)

    def retire(self, device_id: str) -> int:
        """Retire a lost, stolen or replaced PC: its events so far stay, later ones never count.

        Returns the last seq kept. Travels to other PCs in this PC's trust list.
        """
        conn = self.trainer.db.conn
        if conn.execute("SELECT 1 FROM known_devices WHERE device_id = ?", (device_id,)).fetchone() is None:
            raise DlaError("trust.unknown_device", device=device_id)
        last = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE origin_device_id = ?",
                            (device_id,)).fetchone()[0]
        with self.trainer.db.atomic():
            retire_device(conn, device_id, last, date.today().isoformat())
        self.trainer.hub.announce(DEVICES)
        return last
