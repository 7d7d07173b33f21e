"""The sync file on disk: a zip with a signed manifest and the events as JSON lines.

Writing is simple; reading is defensive. A file is refused whole, before anything is
unpacked or merged, when it is truncated, tampered with, oversized, a zip bomb, carries
unexpected members (path traversal included), or comes from a newer format version.
Nothing is ever extracted to disk: members are read from memory with size limits.
See docs/sync-format.md.
"""

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, SealedBox
from nacl.signing import VerifyKey

from digital_literacy_app.core.errors import DlaError

FORMAT = "dlsync"
VERSION = 1
MIN_READER_VERSION = 1
MANIFEST, EVENTS = "manifest.json", "events.jsonl"
MEMBERS = {MANIFEST, EVENTS}
# The zip comment, at the very end of the file, holds an Ed25519 signature of every byte
# before the signature itself, so a byte changed anywhere (data, headers, directory) fails.
SIGNATURE_PREFIX = b"DLSIG1:"
SIGNATURE_HEX = 128
PLACEHOLDER = SIGNATURE_PREFIX + b"0" * SIGNATURE_HEX
SEALED_MAGIC = b"DLSYNC-SEALED/1\n"

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_EVENTS_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 200
MAX_LINE_BYTES = 1024 * 1024


class SyncFileError(DlaError):
    """A sync file refused whole, with the reason in plain words."""


def event_line(origin, seq, lamport, kind, learner_id, wall_time, payload_json: str) -> str:
    """One event as canonical JSON (sorted keys, no spaces); payload is already canonical."""
    dumps = json.dumps
    return ('{"kind":' + dumps(kind, ensure_ascii=False) + ',"lamport":' + str(lamport) +
            ',"learner":' + dumps(learner_id, ensure_ascii=False) + ',"origin":' + dumps(origin) +
            ',"payload":' + payload_json + ',"seq":' + str(seq) +
            ',"time":' + dumps(wall_time) + "}")


def build_zip(manifest: dict, events_bytes: bytes, sign) -> bytes:
    """A complete signed sync file in memory (tests and benchmarks; export streams)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(EVENTS, events_bytes)
        archive.writestr(MANIFEST, manifest_json(manifest))
        archive.comment = PLACEHOLDER
    return sign_file_bytes(buffer.getvalue(), sign)


def manifest_json(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8")


def sign_file_bytes(data: bytes, sign) -> bytes:
    """Replace the placeholder at the end with the signature of everything before it."""
    if not data.endswith(PLACEHOLDER):
        raise ValueError("the zip does not end with the signature placeholder")
    body = data[:-SIGNATURE_HEX]
    return body + sign(body).hex().encode("ascii")


def seal(zip_bytes: bytes, recipient_id: str, recipient_public_key_hex: str) -> bytes:
    """Encrypt for one coordinator (libsodium sealed box to their key, as X25519)."""
    curve_key = VerifyKey(bytes.fromhex(recipient_public_key_hex)).to_curve25519_public_key()
    header = json.dumps({"recipient": recipient_id}).encode("ascii") + b"\n"
    return SEALED_MAGIC + header + SealedBox(curve_key).encrypt(zip_bytes)


def unseal(data: bytes, own_device_id: str, own_signing_key, name: str) -> bytes:
    rest = data[len(SEALED_MAGIC):]
    header, _, ciphertext = rest.partition(b"\n")
    try:
        recipient = json.loads(header.decode("ascii"))["recipient"]
    except (ValueError, KeyError, TypeError):
        raise SyncFileError("sync.sealed_header", file=name) from None
    if recipient != own_device_id:
        raise SyncFileError("sync.sealed_for_other", file=name, recipient=str(recipient))
    try:
        private: PrivateKey = own_signing_key.to_curve25519_private_key()
        return SealedBox(private).decrypt(ciphertext)
    except CryptoError:
        raise SyncFileError("sync.sealed_damaged", file=name) from None


@dataclass
class OpenedSyncFile:
    manifest: dict
    archive: zipfile.ZipFile
    name: str

    def event_lines(self):
        """Yield (line_number, bytes) while hashing; checks size and hash at the end."""
        digest = hashlib.sha256()
        total = 0
        try:
            with self.archive.open(EVENTS) as stream:
                for number, line in enumerate(stream, start=1):
                    total += len(line)
                    if total > MAX_EVENTS_BYTES or len(line) > MAX_LINE_BYTES:
                        raise SyncFileError("sync.too_large", file=self.name)
                    digest.update(line)
                    yield number, line
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise SyncFileError("sync.events_unreadable", file=self.name, detail=type(exc).__name__) from None
        if digest.hexdigest() != self.manifest.get("events_sha256"):
            raise SyncFileError("sync.events_changed", file=self.name)


def open_sync_file(data: bytes, name: str) -> OpenedSyncFile:
    """Check the container and the signature; the events are checked as they are read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise SyncFileError("sync.not_a_sync_file", file=name) from None
    _check_members(infos, name)
    try:
        manifest_bytes = archive.read(MANIFEST)
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError):
        raise SyncFileError("sync.manifest_unreadable", file=name) from None
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise SyncFileError("sync.manifest_unreadable", file=name) from None
    _check_manifest(manifest, name)
    _check_signature(data, manifest["device"]["public_key"], name)
    return OpenedSyncFile(manifest, archive, name)


def _check_signature(data: bytes, public_key_hex: str, name: str) -> None:
    tail = data[-(SIGNATURE_HEX + len(SIGNATURE_PREFIX)):]
    if not tail.startswith(SIGNATURE_PREFIX):
        raise SyncFileError("sync.unsigned", file=name)
    try:
        signature = bytes.fromhex(tail[len(SIGNATURE_PREFIX):].decode("ascii"))
        VerifyKey(bytes.fromhex(public_key_hex)).verify(data[:-SIGNATURE_HEX], signature)
    except (BadSignatureError, ValueError, TypeError, UnicodeDecodeError):
        raise SyncFileError("sync.signature_mismatch", file=name) from None


def _check_members(infos, name: str) -> None:
    names = [info.filename for info in infos]
    if sorted(names) != sorted(MEMBERS):
        unexpected = [n for n in names if n not in MEMBERS]
        if any(n.startswith(("/", "\\")) or ".." in n or ":" in n for n in unexpected):
            raise SyncFileError("sync.path_outside", file=name, member=unexpected[0])
        raise SyncFileError("sync.wrong_members", file=name, found=", ".join(sorted(names)) or "-")
    for info in infos:
        limit = MAX_EVENTS_BYTES if info.filename == EVENTS else MAX_MANIFEST_BYTES
        if info.file_size > limit:
            raise SyncFileError("sync.too_large", file=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SyncFileError("sync.zip_dangerous", file=name, member=info.filename)
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise SyncFileError("sync.zip_dangerous", file=name, member=info.filename)


def _check_manifest(manifest, name: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SyncFileError("sync.not_a_sync_file", file=name)
    version, minimum = manifest.get("version"), manifest.get("min_reader_version")
    if not isinstance(version, int) or not isinstance(minimum, int):
        raise SyncFileError("sync.manifest_invalid", file=name, what="version")
    if minimum > VERSION:
        raise SyncFileError("sync.newer_format", file=name, version=version, reads=VERSION)
    device = manifest.get("device")
    if not isinstance(device, dict) or not all(isinstance(device.get(k), str) for k in ("id", "public_key")):
        raise SyncFileError("sync.manifest_invalid", file=name, what="device")
    if not isinstance(manifest.get("counts"), dict) or not isinstance(manifest.get("ranges"), dict):
        raise SyncFileError("sync.manifest_invalid", file=name, what="counts")
    if not isinstance(manifest.get("known_devices", []), list):
        raise SyncFileError("sync.manifest_invalid", file=name, what="known_devices")
