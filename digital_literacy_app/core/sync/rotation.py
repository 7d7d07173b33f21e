"""Rotating a key: the new key signed by the old, so every PC that trusted the old one moves on.

A coordinator whose key may have been copied (a PC repaired elsewhere, a backup lost)
makes a new one. The statement "device D's key K1 is followed by K2", signed with K1,
travels in the manifest of every later sync file (`device.key_history`). A reader that
pinned K1 checks the chain of statements from K1 to the file's key and moves D (and, if D
is a coordinator it trusts, its fingerprint) to the new key. Earlier keys are kept: proofs
and certificates they signed still verify.
"""

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from digital_literacy_app.core.changes import DEVICES
from digital_literacy_app.core.device import replace_key
from digital_literacy_app.core.sync.trust import fingerprint

_LABEL = b"DLROTATE1\x00"
MAX_STEPS = 64


def message(device_id: str, old_hex: str, new_hex: str) -> bytes:
    return _LABEL + f"{device_id}\x00{old_hex}\x00{new_hex}".encode("ascii", "replace")


def rotate(trainer) -> str:
    """Give this PC a new key; returns the new fingerprint. The statement is stored first,
    so a crash before the new key is saved leaves only a statement nobody follows."""
    device = trainer.device
    new_key = SigningKey.generate()
    new_hex = new_key.verify_key.encode().hex()
    signature = device.sign(message(device.device_id, device.public_key_hex, new_hex)).hex()
    with trainer.db.atomic():
        trainer.db.conn.execute(
            "INSERT OR REPLACE INTO device_keys (device_id, public_key, next_key, signature) VALUES (?, ?, ?, ?)",
            (device.device_id, device.public_key_hex, new_hex, signature))
    replace_key(trainer.data_dir, device, new_key)
    trainer.hub.announce(DEVICES)
    return fingerprint(new_hex)


def history(conn, device_id: str) -> list[dict]:
    """This PC's statements, oldest first, for its manifest."""
    rows = conn.execute("SELECT public_key, next_key, signature FROM device_keys WHERE device_id = ?",
                        (device_id,)).fetchall()
    return [{"public_key": k, "next_key": n, "signature": s} for k, n, s in rows]


def earlier_keys(conn, device_id: str) -> list[str]:
    return [row[0] for row in conn.execute("SELECT public_key FROM device_keys WHERE device_id = ?", (device_id,))]


def follow(conn, device_id: str, pinned: str, claimed: str, statements) -> bool:
    """Move a pinned device to `claimed` if its statements lead there from `pinned`."""
    if not isinstance(statements, list) or len(statements) > MAX_STEPS:
        return False
    by_key = {s.get("public_key"): s for s in statements if isinstance(s, dict)}
    current, chain = pinned, []
    while current != claimed:
        step = by_key.get(current)
        if step is None or not _holds(device_id, step):
            return False
        chain.append(step)
        current = step["next_key"]
        if len(chain) > MAX_STEPS:
            return False
    for step in chain:
        conn.execute("INSERT OR IGNORE INTO device_keys (device_id, public_key, next_key, signature) "
                     "VALUES (?, ?, ?, ?)", (device_id, step["public_key"], step["next_key"], step["signature"]))
    conn.execute("UPDATE known_devices SET public_key = ? WHERE device_id = ?", (claimed, device_id))
    conn.execute("UPDATE trusted_coordinators SET fingerprint = ?, public_key = ? WHERE public_key = ?",
                 (fingerprint(claimed), claimed, pinned))
    return True


def _holds(device_id: str, step: dict) -> bool:
    try:
        old, new = step["public_key"], step["next_key"]
        if not (isinstance(old, str) and isinstance(new, str) and len(new) == 64):
            return False
        bytes.fromhex(new)
        VerifyKey(bytes.fromhex(old)).verify(message(device_id, old, new), bytes.fromhex(step["signature"]))
        return True
    except (BadSignatureError, ValueError, TypeError, KeyError):
        return False


__all__ = ["earlier_keys", "follow", "history", "message", "rotate"]


def adopt_trusted(conn, device_id: str, claimed: str, statements) -> None:
    """A coordinator trusted by the fingerprint of a key it has since rotated away from:
    follow its statements back from the file's key and trust the new one instead."""
    if not isinstance(statements, list) or len(statements) > MAX_STEPS:
        return
    by_next = {s.get("next_key"): s for s in statements if isinstance(s, dict)}
    current, older = claimed, []
    while current in by_next and len(older) < MAX_STEPS:
        step = by_next[current]
        if not _holds(device_id, step):
            break
        current = step["public_key"]
        older.append(current)
    for old in older:
        conn.execute("UPDATE OR IGNORE trusted_coordinators SET fingerprint = ?, public_key = ? WHERE fingerprint = ?",
                     (fingerprint(claimed), claimed, fingerprint(old)))


def proves_identity(device_id: str, claimed: str, statements) -> bool:
    """May a device never met before use this id with this key? Only if the id is made
    from the key, or from an earlier key whose signed statements lead to it."""
    from digital_literacy_app.core.device import derived_id

    try:
        if derived_id(claimed) == device_id:
            return True
    except ValueError:
        return False
    if not isinstance(statements, list) or len(statements) > MAX_STEPS:
        return False
    for step in statements:
        try:
            first = isinstance(step, dict) and derived_id(str(step.get("public_key", ""))) == device_id
        except ValueError:
            continue
        if first:
            return _leads_to(device_id, step["public_key"], claimed, statements)
    return False


def _leads_to(device_id: str, start: str, claimed: str, statements) -> bool:
    by_key = {s.get("public_key"): s for s in statements if isinstance(s, dict)}
    current, steps = start, 0
    while current != claimed:
        step = by_key.get(current)
        steps += 1
        if step is None or steps > MAX_STEPS or not _holds(device_id, step):
            return False
        current = step["next_key"]
    return True
