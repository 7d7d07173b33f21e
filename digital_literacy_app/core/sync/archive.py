"""The sync file on disk: a zip with a signed manifest and the events as JSON lines.

Writing is simple; reading is defensive. A file is refused whole, before anything is
merged, when it is truncated, tampered with, oversized, a zip bomb, carries unexpected
members (path traversal included), or comes from a newer format version. Nothing is
ever extracted: a file is first copied into the data folder while its signature's hash
is computed (so the stick is read once, and what is checked is what is read), and its
members are streamed from that copy with a limit on every line, so no file, whatever it
holds, makes the reader hold more than a few megabytes. See docs/sync-format.md.
"""

import hashlib
import io
import json
import zipfile
import zlib
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, SealedBox
from nacl.signing import VerifyKey

from digital_literacy_app.core.errors import DlaError

FORMAT = "dlsync"
VERSION = 2
MIN_READER_VERSION = 2
MANIFEST, EVENTS, TRUST = "manifest.json", "events.jsonl", "trust.json"
MEMBERS = {MANIFEST, EVENTS}
MEMBERS_V2 = {MANIFEST, EVENTS, TRUST}
# The zip comment, at the very end of the file, holds an Ed25519 signature that covers
# every byte before the signature itself, so a byte changed anywhere fails. Format 1 signs
# those bytes; format 2 signs their SHA-256 (so the file need not be held in memory).
SIGNATURE_PREFIX = b"DLSIG1:"
SIGNATURE_PREFIX_V2 = b"DLSIG2:"
SIGNATURE_HEX = 128
PLACEHOLDER = SIGNATURE_PREFIX + b"0" * SIGNATURE_HEX
PLACEHOLDER_V2 = SIGNATURE_PREFIX_V2 + b"0" * SIGNATURE_HEX
_SIGNED_DIGEST = b"DLSYNC2\x00"
SEALED_MAGIC = b"DLSYNC-SEALED/"

MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_V1_FILE_BYTES = 64 * 1024 * 1024  # format 1 is checked in memory: kept small
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_TRUST_BYTES = 4 * 1024 * 1024
MAX_EVENTS_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 200
MAX_LINE_BYTES = 1024 * 1024
_COPY_CHUNK = 1024 * 1024
_EVENTS_BLOCK = 256 * 1024  # the events read so, and split into lines here


class SyncFileError(DlaError):
    """A sync file refused whole, with the reason in plain words."""


def unreadable(exc: OSError, path) -> SyncFileError:
    """A file on the stick that could not be read, as the refusal a volunteer can act on:
    gone (the stick pulled out?), a folder, or unreadable with the system's reason."""
    if isinstance(exc, FileNotFoundError):
        return SyncFileError("sync.missing", file=str(path))
    if isinstance(exc, IsADirectoryError):
        return SyncFileError("sync.is_folder", file=str(path))
    return SyncFileError("sync.unreadable", file=str(path), detail=exc.strerror or str(exc))


def event_line(origin, seq, lamport, kind, learner_id, wall_time, payload_json: str) -> str:
    """One event as canonical JSON (sorted keys, no spaces); payload is already canonical."""
    from digital_literacy_app.core.sync.chain import event_line as line

    return line(origin, seq, lamport, kind, learner_id, wall_time, payload_json)


def build_zip(manifest: dict, events_bytes: bytes, sign, trust: bytes | None = None) -> bytes:
    """A complete signed sync file in memory (tests and benchmarks; export streams).
    Signed the way its manifest's version says."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(EVENTS, events_bytes)
        if trust is not None:
            archive.writestr(TRUST, trust)
        archive.writestr(MANIFEST, manifest_json(manifest))
        archive.comment = PLACEHOLDER if manifest.get("version") == 1 else PLACEHOLDER_V2
    return sign_file_bytes(buffer.getvalue(), sign)


def manifest_json(manifest: dict) -> bytes:
    return json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=1).encode("utf-8")


def sign_file_bytes(data: bytes, sign) -> bytes:
    """Replace the placeholder at the end with the signature of everything before it."""
    body = data[:-SIGNATURE_HEX]
    if data.endswith(PLACEHOLDER):
        return body + sign(body).hex().encode("ascii")
    if data.endswith(PLACEHOLDER_V2):
        return body + sign(signed_digest(hashlib.sha256(body).digest())).hex().encode("ascii")
    raise ValueError("the zip does not end with the signature placeholder")


def sign_in_place(path: Path, sign) -> None:
    """Format 2, on a file written with PLACEHOLDER_V2: overwrite the placeholder with the
    signature of the SHA-256 of the rest, read in chunks (a file of any size)."""
    size = path.stat().st_size
    body = hashlib.sha256()
    with open(path, "rb") as handle:
        remaining = size - SIGNATURE_HEX
        while remaining > 0:
            chunk = handle.read(min(remaining, 1024 * 1024))
            body.update(chunk)
            remaining -= len(chunk)
    signature = sign(signed_digest(body.digest())).hex().encode("ascii")
    with open(path, "rb+") as handle:
        handle.seek(size - SIGNATURE_HEX)
        handle.write(signature)


def signed_digest(body_sha256: bytes) -> bytes:
    """What format 2 signs: a label and the SHA-256 of every byte before the signature."""
    return _SIGNED_DIGEST + body_sha256


def seal(zip_bytes: bytes, recipient_id: str, recipient_public_key_hex: str) -> bytes:
    """Format 1 sealing, in memory (kept for tests of old files; see sealing.py)."""
    curve_key = VerifyKey(bytes.fromhex(recipient_public_key_hex)).to_curve25519_public_key()
    header = json.dumps({"recipient": recipient_id}).encode("ascii") + b"\n"
    return b"DLSYNC-SEALED/1\n" + header + SealedBox(curve_key).encrypt(zip_bytes)


def unseal(data: bytes, own_device_id: str, own_signing_key, name: str) -> bytes:
    """Format 1 unsealing in memory (tests); the importer streams through sealing.py."""
    rest = data[len(b"DLSYNC-SEALED/1\n"):]
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
class Staged:
    """A file copied into the data folder: its path there, its SHA-256, and how it is signed."""

    path: Path
    sha256: str
    size: int
    body_sha256: bytes  # of every byte before the last SIGNATURE_HEX
    tail: bytes  # the last SIGNATURE_HEX + prefix bytes


def stage(source: Path, target: Path | None, name: str, limit: int = MAX_FILE_BYTES) -> Staged:
    """Copy `source` to `target` (or only read it, when `target` is None), hashing as it goes.

    The stick is read once; every later check reads the copy, so what was checked is
    what gets merged. Refuses past `limit` bytes without reading further.
    """
    whole, body, tail, size = hashlib.sha256(), hashlib.sha256(), b"", 0
    keep = SIGNATURE_HEX
    with open(source, "rb") as handle:
        with open(target, "wb") if target is not None else nullcontext() as out:
            while chunk := handle.read(_COPY_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise SyncFileError("sync.too_large", file=name)
                if out is not None:
                    out.write(chunk)
                whole.update(chunk)
                joined = tail + chunk
                body.update(joined[:-keep])
                tail = joined[-keep:]
    target = target if target is not None else Path(source)
    with open(target, "rb") as copy:
        copy.seek(max(0, size - SIGNATURE_HEX - len(SIGNATURE_PREFIX)))
        end = copy.read()
    return Staged(target, whole.hexdigest(), size, body.digest(), end)


@dataclass
class OpenedSyncFile:
    manifest: dict
    archive: zipfile.ZipFile
    name: str
    version: int = VERSION
    trust: bytes | None = None

    def event_lines(self):
        """Yield (line_number, bytes without the newline) while hashing; no line (with
        its newline) and no total past its limit.

        The events are read a block at a time and split here, so a hostile line of
        gigabytes is refused once MAX_LINE_BYTES of it are held, never held whole. (Read
        a line at a time, zipfile's own Python code took a seventh of a check's time.)
        """
        digest = hashlib.sha256()
        total = number = 0
        try:
            with self.archive.open(EVENTS) as stream:
                pending = b""
                while block := stream.read(_EVENTS_BLOCK):
                    digest.update(block)
                    *lines, pending = (pending + block).split(b"\n")
                    for line in lines:
                        number += 1
                        total += len(line) + 1
                        if total > MAX_EVENTS_BYTES or len(line) >= MAX_LINE_BYTES:
                            raise SyncFileError("sync.line_too_long", file=self.name, line=number)
                        yield number, line
                    if len(pending) > MAX_LINE_BYTES or total + len(pending) > MAX_EVENTS_BYTES:
                        raise SyncFileError("sync.line_too_long", file=self.name, line=number + 1)
                if pending:
                    yield number + 1, pending
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise SyncFileError("sync.events_unreadable", file=self.name, detail=type(exc).__name__) from None
        if digest.hexdigest() != self.manifest.get("events_sha256"):
            raise SyncFileError("sync.events_changed", file=self.name)

    def close(self) -> None:
        self.archive.close()


def open_sync_file(staged: Staged, name: str) -> OpenedSyncFile:
    """Check the container and the signature; the events are checked as they are read."""
    if staged.tail.startswith(SIGNATURE_PREFIX) or not staged.tail.startswith(SIGNATURE_PREFIX_V2):
        return _open_v1(staged, name)
    archive = _open_zip(staged.path, name)
    try:
        manifest = _read_manifest(archive, name, MEMBERS_V2)
        if manifest["version"] < 2:
            raise SyncFileError("sync.signature_mismatch", file=name)
        _check_signature_v2(staged, manifest["device"]["public_key"], name)
        trust = _read_member(archive, TRUST, MAX_TRUST_BYTES, name) if TRUST in archive.namelist() else None
    except BaseException:
        archive.close()
        raise
    return OpenedSyncFile(manifest, archive, name, manifest["version"], trust)


def _open_v1(staged: Staged, name: str) -> OpenedSyncFile:
    if staged.size > MAX_V1_FILE_BYTES:
        raise SyncFileError("sync.too_large", file=name)
    data = staged.path.read_bytes()
    archive = _open_zip(io.BytesIO(data), name)
    manifest = _read_manifest(archive, name, MEMBERS)
    if manifest["version"] != 1:
        raise SyncFileError("sync.signature_mismatch", file=name)
    _check_signature(data, manifest["device"]["public_key"], name)
    return OpenedSyncFile(manifest, archive, name, 1)


def _open_zip(source, name: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(source)
        archive.infolist()
        return archive
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise SyncFileError("sync.not_a_sync_file", file=name) from None


def _read_manifest(archive: zipfile.ZipFile, name: str, allowed: set) -> dict:
    _check_members(archive.infolist(), name, allowed)
    manifest_bytes = _read_member(archive, MANIFEST, MAX_MANIFEST_BYTES, name)
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise SyncFileError("sync.manifest_unreadable", file=name) from None
    _check_manifest(manifest, name)
    return manifest


def _read_member(archive: zipfile.ZipFile, member: str, limit: int, name: str) -> bytes:
    try:
        with archive.open(member) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, NotImplementedError):
        raise SyncFileError("sync.manifest_unreadable", file=name) from None
    if len(data) > limit:
        raise SyncFileError("sync.too_large", file=name)
    return data


def _check_signature(data: bytes, public_key_hex: str, name: str) -> None:
    tail = data[-(SIGNATURE_HEX + len(SIGNATURE_PREFIX)):]
    if not tail.startswith(SIGNATURE_PREFIX):
        raise SyncFileError("sync.unsigned", file=name)
    try:
        signature = bytes.fromhex(tail[len(SIGNATURE_PREFIX):].decode("ascii"))
        VerifyKey(bytes.fromhex(public_key_hex)).verify(data[:-SIGNATURE_HEX], signature)
    except (BadSignatureError, ValueError, TypeError, UnicodeDecodeError):
        raise SyncFileError("sync.signature_mismatch", file=name) from None


def _check_signature_v2(staged: Staged, public_key_hex: str, name: str) -> None:
    try:
        signature = bytes.fromhex(staged.tail[len(SIGNATURE_PREFIX_V2):].decode("ascii"))
        VerifyKey(bytes.fromhex(public_key_hex)).verify(signed_digest(staged.body_sha256), signature)
    except (BadSignatureError, ValueError, TypeError, UnicodeDecodeError):
        raise SyncFileError("sync.signature_mismatch", file=name) from None


def _check_members(infos, name: str, allowed: set = MEMBERS) -> None:
    names = [info.filename for info in infos]
    unexpected = [n for n in names if n not in allowed]
    if unexpected or len(set(names)) != len(names) or not MEMBERS <= set(names):
        if any(n.startswith(("/", "\\")) or ".." in n or ":" in n for n in unexpected):
            raise SyncFileError("sync.path_outside", file=name, member=unexpected[0])
        raise SyncFileError("sync.wrong_members", file=name, found=", ".join(sorted(names)) or "-")
    for info in infos:
        limit = {EVENTS: MAX_EVENTS_BYTES, TRUST: MAX_TRUST_BYTES}.get(info.filename, MAX_MANIFEST_BYTES)
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
    if type(version) is not int or type(minimum) is not int:
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
    if version >= 2 and not isinstance(manifest.get("proofs"), dict):
        raise SyncFileError("sync.manifest_invalid", file=name, what="proofs")

