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
        raise SyncFileError(f"{name}: the sealed file's header is damaged.") from None
    if recipient != own_device_id:
        raise SyncFileError(f"{name}: the file is sealed for another computer ({recipient}) "
                            "and cannot be read here.")
    try:
        private: PrivateKey = own_signing_key.to_curve25519_private_key()
        return SealedBox(private).decrypt(ciphertext)
    except CryptoError:
        raise SyncFileError(f"{name}: the sealed file is damaged or was changed; it cannot be opened.") from None


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
                        raise SyncFileError(f"{self.name}: the events are larger than a sync file may be.")
                    digest.update(line)
                    yield number, line
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise SyncFileError(f"{self.name}: the events cannot be read; the file is damaged "
                                f"({type(exc).__name__}).") from None
        if digest.hexdigest() != self.manifest.get("events_sha256"):
            raise SyncFileError(f"{self.name}: the events do not match the signed manifest "
                                "(the file was changed or damaged).")


def open_sync_file(data: bytes, name: str) -> OpenedSyncFile:
    """Check the container and the signature; the events are checked as they are read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise SyncFileError(f"{name}: this is not a sync file, or it is truncated or damaged.") from None
    _check_members(infos, name)
    try:
        manifest_bytes = archive.read(MANIFEST)
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError):
        raise SyncFileError(f"{name}: the file is damaged (the manifest cannot be read).") from None
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise SyncFileError(f"{name}: the manifest is not valid JSON.") from None
    _check_manifest(manifest, name)
    _check_signature(data, manifest["device"]["public_key"], name)
    return OpenedSyncFile(manifest, archive, name)


def _check_signature(data: bytes, public_key_hex: str, name: str) -> None:
    tail = data[-(SIGNATURE_HEX + len(SIGNATURE_PREFIX)):]
    if not tail.startswith(SIGNATURE_PREFIX):
        raise SyncFileError(f"{name}: the file carries no signature; it is refused.")
    try:
        signature = bytes.fromhex(tail[len(SIGNATURE_PREFIX):].decode("ascii"))
        VerifyKey(bytes.fromhex(public_key_hex)).verify(data[:-SIGNATURE_HEX], signature)
    except (BadSignatureError, ValueError, TypeError, UnicodeDecodeError):
        raise SyncFileError(f"{name}: the signature does not match; the file was changed after it "
                            "was written.") from None


def _check_members(infos, name: str) -> None:
    names = [info.filename for info in infos]
    if sorted(names) != sorted(MEMBERS):
        unexpected = [n for n in names if n not in MEMBERS]
        if any(n.startswith(("/", "\\")) or ".." in n or ":" in n for n in unexpected):
            raise SyncFileError(f"{name}: the archive holds a path outside its folder "
                                f"({unexpected[0]!r}); it is refused.")
        raise SyncFileError(f"{name}: the archive does not hold exactly a manifest and events "
                            f"(found: {', '.join(sorted(names)) or 'nothing'}).")
    for info in infos:
        limit = MAX_EVENTS_BYTES if info.filename == EVENTS else MAX_MANIFEST_BYTES
        if info.file_size > limit:
            raise SyncFileError(f"{name}: {info.filename} is larger than a sync file may be.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise SyncFileError(f"{name}: {info.filename} uses an unsupported compression.")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise SyncFileError(f"{name}: {info.filename} expands far too much (a zip bomb?); refused.")


def _check_manifest(manifest, name: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise SyncFileError(f"{name}: this is not a sync file of this app.")
    version, minimum = manifest.get("version"), manifest.get("min_reader_version")
    if not isinstance(version, int) or not isinstance(minimum, int):
        raise SyncFileError(f"{name}: the manifest has no valid format version.")
    if minimum > VERSION:
        raise SyncFileError(f"{name}: the file was written in sync format {version}, which needs a "
                            f"newer version of this app (this one reads format {VERSION}).")
    device = manifest.get("device")
    if not isinstance(device, dict) or not all(isinstance(device.get(k), str) for k in ("id", "public_key")):
        raise SyncFileError(f"{name}: the manifest does not say which computer wrote it.")
    if not isinstance(manifest.get("counts"), dict) or not isinstance(manifest.get("ranges"), dict):
        raise SyncFileError(f"{name}: the manifest has no event counts.")
    if not isinstance(manifest.get("known_devices", []), list):
        raise SyncFileError(f"{name}: the manifest's list of known computers is malformed.")
