"""Per-origin hash chains: proof that an event was made by the PC it names, whoever carries it.

Every PC's events form a chain: `head(0)` is a hash of the PC's id, and
`head(n) = SHA-256(head(n-1) || line(n))`, where `line(n)` is event n's canonical line in a
sync file. The PC signs `(its id, n, head(n))` with its own key when it exports: a *proof*.
A relay passes the origin's proof on with the events it covers; a reader recomputes the
chain from the lines it reads and checks the proof with the origin's key. One hash per
event and one signature per origin, however many events: cheap on the hot path. Nobody
but the origin can make a proof, so nobody can add, drop or change an event of another PC.

Erasing a person changes stored events (their name leaves them), so the personal fields
of `learner.created` / `learner.updated` are chained as a salted hash instead of their
values: `line(n)` carries `"personal": sha256(name, birth_year, salt)` in their place, and
an erased copy that keeps only that hash chains to the same head. Events recorded before
the salt existed are hashed without one (docs/sync-format.md says what that means).
"""

import hashlib
import secrets

import orjson
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

PERSONAL_KINDS = frozenset({"learner.created", "learner.updated"})
PERSONAL_FIELDS = ("birth_year", "name", "salt")
PERSONAL = "personal"
_GENESIS = b"DLCHAIN1\x00"
_PROOF = b"DLPROOF1\x00"


def new_salt() -> str:
    """Recorded with a person's name, so the chained hash of an erased name cannot be guessed."""
    return secrets.token_hex(16)


def genesis(origin: str) -> bytes:
    return hashlib.sha256(_GENESIS + origin.encode("utf-8")).digest()


def personal_hash(payload: dict) -> str:
    part = {key: payload[key] for key in PERSONAL_FIELDS if key in payload}
    return hashlib.sha256(orjson.dumps(part, option=orjson.OPT_SORT_KEYS)).hexdigest()


def redacted(payload: dict) -> dict:
    """The payload with its personal fields replaced by their hash (idempotent)."""
    if not any(key in payload for key in PERSONAL_FIELDS):
        return payload
    rest = {key: value for key, value in payload.items() if key not in PERSONAL_FIELDS}
    rest[PERSONAL] = personal_hash(payload)
    return rest


def redact_json(payload_json: str) -> str:
    """SQLite function `dla_redact(payload)`: what erasing a learner leaves in their events."""
    try:
        payload = orjson.loads(payload_json)
    except (orjson.JSONDecodeError, TypeError):
        return payload_json
    if type(payload) is not dict:
        return payload_json
    return orjson.dumps(redacted(payload), option=orjson.OPT_SORT_KEYS).decode("utf-8")


def event_line(origin, seq, lamport, kind, learner_id, wall_time, payload_json: str) -> str:
    """One event as canonical JSON (sorted keys, no spaces); payload is already canonical."""
    dumps = orjson.dumps
    return ('{"kind":' + dumps(kind).decode() + ',"lamport":' + str(lamport) +
            ',"learner":' + dumps(learner_id).decode() + ',"origin":' + dumps(origin).decode() +
            ',"payload":' + payload_json + ',"seq":' + str(seq) +
            ',"time":' + dumps(wall_time).decode() + "}")


def chained_line(event: dict, line: bytes) -> bytes:
    """The bytes an event adds to its origin's chain: its line, personal fields hashed."""
    if event["kind"] not in PERSONAL_KINDS:
        return line
    payload = event["payload"]
    if not any(key in payload for key in PERSONAL_FIELDS):
        return line
    form = dict(event, payload=redacted(payload))
    return orjson.dumps(form, option=orjson.OPT_SORT_KEYS)


def chained_row(origin, seq, lamport, kind, learner_id, wall_time, payload_json: str) -> bytes:
    """The same, from a stored row (export, and checking what a relay holds)."""
    if kind in PERSONAL_KINDS:
        payload_json = redact_json(payload_json)
    return event_line(origin, seq, lamport, kind, learner_id, wall_time, payload_json).encode("utf-8")


def step(head: bytes, chained: bytes) -> bytes:
    return hashlib.sha256(head + chained).digest()


def proof_message(origin: str, seq: int, head: bytes) -> bytes:
    return _PROOF + origin.encode("utf-8") + b"\x00" + str(seq).encode("ascii") + b"\x00" + head


def make_proof(origin: str, seq: int, head: bytes, sign) -> dict:
    """A proof as it travels in a manifest: the origin's signature over its chain head."""
    return {"seq": seq, "head": head.hex(), "signature": sign(proof_message(origin, seq, head)).hex()}


def proof_holds(origin: str, proof: dict, head: bytes, public_key_hex: str) -> bool:
    """Does `proof` (seq, head, signature) sign exactly `head` with this key?"""
    try:
        if bytes.fromhex(proof["head"]) != head:
            return False
        message = proof_message(origin, proof["seq"], head)
        VerifyKey(bytes.fromhex(public_key_hex)).verify(message, bytes.fromhex(proof["signature"]))
        return True
    except (BadSignatureError, ValueError, TypeError, KeyError):
        return False


def valid_proof_shape(proof) -> bool:
    return (type(proof) is dict and type(proof.get("seq")) is int and proof["seq"] > 0
            and type(proof.get("head")) is str and len(proof["head"]) == 64
            and type(proof.get("signature")) is str and len(proof["signature"]) == 128)


def stored_head(conn, origin: str, upto: int, table: str = "events") -> bytes | None:
    """The chain head over this origin's stored events 1..upto; None when one is missing."""
    head, expected = genesis(origin), 1
    rows = conn.execute(
        f"SELECT origin_device_id, seq, lamport, kind, learner_id, wall_time, payload FROM {table} "
        "WHERE origin_device_id = ? AND seq <= ? ORDER BY seq", (origin, upto))
    for row in rows:
        if row[1] != expected:
            return None
        head = step(head, chained_row(*row))
        expected += 1
    return head if expected == upto + 1 else None
