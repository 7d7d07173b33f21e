"""Sealed sync files that stream: neither sealing nor opening holds a whole file in memory.

DLSYNC-SEALED/2 (see docs/sync-format.md, "Sealed file"):

    b"DLSYNC-SEALED/2\\n"
    one line of ASCII JSON, {"recipient": "<device id>"}, then b"\\n"
        (a "chunk" key, the plaintext bytes per chunk, appears only when it is not 65536)
    80 bytes: libsodium sealed box, to the recipient's Ed25519 key as X25519, of a fresh
        32-byte crypto_secretstream_xchacha20poly1305 key
    24 bytes: the secretstream header
    the plaintext in chunks of `chunk` bytes (the last one shorter, possibly empty), each
        pushed as chunk + 17 bytes; the last carries TAG_FINAL, all others TAG_MESSAGE.
        The first chunk's associated data is the magic and the header line, byte for byte.

A v1 file (DLSYNC-SEALED/1) is one sealed box of the whole plaintext and is read whole,
so files above V1_MAX_BYTES are refused before reading. Nothing but SyncFileError ever
comes out of open_sealed for any content of the file. On any error the caller must throw
away what was already written to `out`: it may be cut short.
"""

import json
import os
from pathlib import Path

from nacl import bindings as sodium
from nacl.exceptions import CryptoError
from nacl.public import SealedBox
from nacl.signing import VerifyKey

from digital_literacy_app.core.sync import archive
from digital_literacy_app.core.sync.archive import SyncFileError

SEALED_V1 = b"DLSYNC-SEALED/1\n"
SEALED_V2 = b"DLSYNC-SEALED/2\n"
CHUNK = 65536
MAX_CHUNK = 1024 * 1024
MAX_HEADER_LINE = 4096
V1_MAX_BYTES = 64 * 1024 * 1024
KEY_BOX_BYTES = sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES + sodium.crypto_box_SEALBYTES  # 80
STREAM_HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES  # 24
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES  # 17
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL


def is_sealed(first_bytes: bytes) -> bool:
    return first_bytes.startswith((SEALED_V1, SEALED_V2))


def seal_stream(plain, out, recipient_id: str, recipient_public_key_hex: str, chunk: int = CHUNK) -> int:
    """Read `plain` to its end and write it sealed to `out`; return the bytes written."""
    if type(chunk) is not int or not 1 <= chunk <= MAX_CHUNK:
        raise ValueError(f"chunk must be 1..{MAX_CHUNK} bytes, not {chunk!r}")
    if not isinstance(recipient_id, str):
        raise TypeError("recipient_id must be a str")
    curve_key = VerifyKey(bytes.fromhex(recipient_public_key_hex)).to_curve25519_public_key()
    fields = {"recipient": recipient_id} if chunk == CHUNK else {"chunk": chunk, "recipient": recipient_id}
    prefix = SEALED_V2 + json.dumps(fields, sort_keys=True).encode("ascii") + b"\n"
    key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    written = _write(out, prefix + SealedBox(curve_key).encrypt(key) + stream_header)
    ad = prefix
    current = _read_full(plain, chunk)
    while True:
        following = _read_full(plain, chunk) if len(current) == chunk else b""
        tag = TAG_MESSAGE if following else TAG_FINAL
        written += _write(out, sodium.crypto_secretstream_xchacha20poly1305_push(state, current, ad, tag))
        if tag == TAG_FINAL:
            return written
        ad, current = None, following


def open_sealed(path: Path, own_device_id: str, own_signing_key, out, name: str, max_plain_bytes: int) -> int:
    """Check a sealed file (v1 or v2) is for this computer and decrypt it to `out`.

    Returns the plaintext bytes written. Reading errors and every kind of bad content
    raise SyncFileError; an OSError writing to `out` is passed on as it is.
    """
    path = Path(path)
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise archive.unreadable(exc, path) from None
    with handle:
        reader = _Reader(handle, path)
        magic = reader.read(len(SEALED_V2))
        if magic == SEALED_V1:
            return _open_v1(reader, own_device_id, own_signing_key, out, name, max_plain_bytes)
        if magic != SEALED_V2:
            raise SyncFileError("sync.sealed_header", file=name)
        return _open_v2(reader, own_device_id, own_signing_key, out, name, max_plain_bytes)


def _open_v1(reader, own_device_id, own_signing_key, out, name, max_plain_bytes) -> int:
    if reader.size() > V1_MAX_BYTES:
        raise SyncFileError("sync.too_large", file=name)
    line = reader.line()
    _recipient(line, own_device_id, name)
    ciphertext = reader.read(V1_MAX_BYTES + 1)
    if len(ciphertext) > V1_MAX_BYTES:  # the file grew since it was measured
        raise SyncFileError("sync.too_large", file=name)
    if len(ciphertext) - sodium.crypto_box_SEALBYTES > max_plain_bytes:
        raise SyncFileError("sync.too_large", file=name)
    try:
        plain = SealedBox(own_signing_key.to_curve25519_private_key()).decrypt(ciphertext)
    except (CryptoError, ValueError, TypeError):
        raise SyncFileError("sync.sealed_damaged", file=name) from None
    del ciphertext
    return _write(out, plain)


def _open_v2(reader, own_device_id, own_signing_key, out, name, max_plain_bytes) -> int:
    line = reader.line()
    fields = _recipient(line, own_device_id, name)
    chunk = fields.get("chunk", CHUNK)
    if type(chunk) is not int or not 1 <= chunk <= MAX_CHUNK:
        raise SyncFileError("sync.sealed_header", file=name)
    key_box = reader.read(KEY_BOX_BYTES)
    stream_header = reader.read(STREAM_HEADER_BYTES)
    if len(stream_header) != STREAM_HEADER_BYTES:
        raise SyncFileError("sync.sealed_damaged", file=name)
    body = reader.size() - len(SEALED_V2) - len(line) - KEY_BOX_BYTES - STREAM_HEADER_BYTES
    if body - ABYTES * -(-body // (chunk + ABYTES)) > max_plain_bytes:  # exact for an intact file
        raise SyncFileError("sync.too_large", file=name)
    try:
        key = SealedBox(own_signing_key.to_curve25519_private_key()).decrypt(key_box)
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, key)
    except (CryptoError, ValueError, TypeError):
        raise SyncFileError("sync.sealed_damaged", file=name) from None
    ad = SEALED_V2 + line
    total = 0
    while True:
        ciphertext = reader.read(chunk + ABYTES)
        if len(ciphertext) < ABYTES:  # cut short: the final chunk is missing
            raise SyncFileError("sync.sealed_damaged", file=name)
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, ad)
        except (CryptoError, ValueError, TypeError):
            raise SyncFileError("sync.sealed_damaged", file=name) from None
        del ciphertext
        final = tag == TAG_FINAL
        if not final and (tag != TAG_MESSAGE or len(plain) != chunk):
            raise SyncFileError("sync.sealed_damaged", file=name)
        total += len(plain)
        if total > max_plain_bytes:
            raise SyncFileError("sync.too_large", file=name)
        _write(out, plain)
        if final:
            if reader.read(1):  # anything after the final chunk
                raise SyncFileError("sync.sealed_damaged", file=name)
            return total
        ad = None


def _recipient(line: bytes, own_device_id: str, name: str) -> dict:
    """The header line's fields, once its recipient is this computer."""
    try:
        if not line.endswith(b"\n"):
            raise ValueError("no end of line")
        fields = json.loads(line.decode("ascii"))
        recipient = fields["recipient"]
    except (ValueError, KeyError, TypeError, IndexError, RecursionError):
        raise SyncFileError("sync.sealed_header", file=name) from None
    if not isinstance(fields, dict) or not isinstance(recipient, str):
        raise SyncFileError("sync.sealed_header", file=name)
    if recipient != own_device_id:
        raise SyncFileError("sync.sealed_for_other", file=name, recipient=recipient)
    return fields


class _Reader:
    """The sealed file, with every OSError turned into sync.unreadable."""

    def __init__(self, handle, path: Path):
        self.handle, self.path = handle, path

    def _failed(self, exc: OSError) -> SyncFileError:
        return SyncFileError("sync.unreadable", file=str(self.path), detail=exc.strerror or str(exc))

    def read(self, size: int) -> bytes:
        try:
            return _read_full(self.handle, size)
        except OSError as exc:
            raise self._failed(exc) from None

    def line(self) -> bytes:
        try:
            return self.handle.readline(MAX_HEADER_LINE)
        except OSError as exc:
            raise self._failed(exc) from None

    def size(self) -> int:
        try:
            return os.fstat(self.handle.fileno()).st_size
        except OSError as exc:
            raise self._failed(exc) from None


def _read_full(stream, size: int) -> bytes:
    """`size` bytes, fewer only at the end: a raw stream or a pipe may return short reads."""
    data = stream.read(size)
    if data is None:
        data = b""
    if len(data) >= size or not data:
        return bytes(data)
    parts, missing = [data], size - len(data)
    while missing:
        more = stream.read(missing)
        if not more:
            break
        parts.append(more)
        missing -= len(more)
    return b"".join(parts)


def _write(out, data: bytes) -> int:
    out.write(data)
    return len(data)


__all__ = ["SEALED_V1", "SEALED_V2", "is_sealed", "open_sealed", "seal_stream"]
