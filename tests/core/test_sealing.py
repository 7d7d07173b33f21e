"""Streamed sealed sync files (DLSYNC-SEALED/2): round trips, every kind of damage, memory."""

import hashlib
import io
import json
import os
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from nacl.signing import SigningKey

from digital_literacy_app.core.sync import archive, sealing
from digital_literacy_app.core.sync.archive import SyncFileError
from digital_literacy_app.core.sync.sealing import SEALED_V1, SEALED_V2, is_sealed, open_sealed, seal_stream

KEY = SigningKey(bytes(range(32)))
OTHER_KEY = SigningKey(bytes(range(1, 33)))
ME = "coordinator-1"
PUBLIC = KEY.verify_key.encode().hex()
LIMIT = 1 << 40
ABYTES, FIXED = 17, 80 + 24  # per chunk; the key box and the secretstream header


def sealed_bytes(plain: bytes, recipient: str = ME, public: str = PUBLIC, chunk: int = 65536) -> bytes:
    out = io.BytesIO()
    written = seal_stream(io.BytesIO(plain), out, recipient, public, chunk=chunk)
    assert written == len(out.getvalue())
    return out.getvalue()


def open_bytes(path: Path, data: bytes, me: str = ME, key=KEY, limit: int = LIMIT) -> bytes:
    path.write_bytes(data)
    out = io.BytesIO()
    assert open_sealed(path, me, key, out, "f.dlsync", limit) == len(out.getvalue())
    return out.getvalue()


def refused(path: Path, data: bytes, me: str = ME, key=KEY, limit: int = LIMIT) -> SyncFileError:
    with pytest.raises(SyncFileError) as caught:
        open_bytes(path, data, me, key, limit)
    return caught.value


@pytest.mark.parametrize("size", [0, 1, 300, 65535, 65536, 65537, 65536 * 5, 65536 * 5 + 123])
def test_round_trip_and_layout(tmp_path, size):
    plain = os.urandom(size)
    data = sealed_bytes(plain)
    header = SEALED_V2 + b'{"recipient": "coordinator-1"}\n'
    assert data.startswith(header) and is_sealed(data)
    chunks = max(1, -(-size // 65536))
    assert len(data) == len(header) + FIXED + size + ABYTES * chunks
    assert open_bytes(tmp_path / "s", data) == plain


@pytest.mark.parametrize("chunk", [1, 7, 64, 1000])
def test_round_trip_other_chunk_sizes(tmp_path, chunk):
    plain = os.urandom(5000)
    data = sealed_bytes(plain, chunk=chunk)
    assert f'{{"chunk": {chunk}, "recipient": "coordinator-1"}}\n'.encode() in data[:80]
    assert open_bytes(tmp_path / "s", data) == plain
    assert open_bytes(tmp_path / "s", sealed_bytes(b"", chunk=chunk)) == b""


def test_round_trip_20_mb_and_short_reads(tmp_path):
    plain = os.urandom(20 * 1024 * 1024)
    assert open_bytes(tmp_path / "s", sealed_bytes(plain)) == plain

    class Trickle(io.RawIOBase):  # a pipe-like reader: at most 1000 bytes per read
        def __init__(self, data):
            self.data = io.BytesIO(data)

        def readable(self):
            return True

        def read(self, size=-1):
            return self.data.read(min(size, 1000))

    small = plain[:200_000]
    out = io.BytesIO()
    seal_stream(Trickle(small), out, ME, PUBLIC)
    assert out.getvalue()[:300] != sealed_bytes(small)[:300]  # a fresh key every time
    assert open_bytes(tmp_path / "s", out.getvalue()) == small


def test_wrong_recipient(tmp_path):
    data = sealed_bytes(b"hello")
    error = refused(tmp_path / "s", data, me="someone-else")
    assert error.code == "sync.sealed_for_other" and error.details == {"file": "f.dlsync", "recipient": ME}
    assert refused(tmp_path / "s", data, key=OTHER_KEY).code == "sync.sealed_damaged"


def test_truncated_anywhere(tmp_path):
    chunk = 64
    for plain in (os.urandom(3 * chunk + 10), os.urandom(3 * chunk)):
        data = sealed_bytes(plain, chunk=chunk)
        header = data.index(b"\n", len(SEALED_V2)) + 1
        body = header + FIXED
        last = len(plain) - (len(plain) - 1) // chunk * chunk + ABYTES
        cuts = {0: "sync.sealed_header", 5: "sync.sealed_header", len(SEALED_V2) + 3: "sync.sealed_header",
                header - 1: "sync.sealed_header", header: "sync.sealed_damaged", header + 50: "sync.sealed_damaged",
                body - 1: "sync.sealed_damaged", body: "sync.sealed_damaged", body + 10: "sync.sealed_damaged",
                len(data) - last: "sync.sealed_damaged",  # exactly the final chunk removed
                len(data) - last - (chunk + ABYTES): "sync.sealed_damaged",
                len(data) - 1: "sync.sealed_damaged"}
        for cut, code in cuts.items():
            assert refused(tmp_path / "s", data[:cut]).code == code, cut


def flip(data: bytes, position: int, mask: int = 0x01) -> bytes:
    return data[:position] + bytes([data[position] ^ mask]) + data[position + 1:]


def test_flipped_bytes(tmp_path):
    data = sealed_bytes(os.urandom(1000), chunk=100)
    header = data.index(b"\n", len(SEALED_V2)) + 1
    assert refused(tmp_path / "s", flip(data, 3)).code == "sync.sealed_header"
    assert refused(tmp_path / "s", flip(data, header - 4)).code == "sync.sealed_for_other"
    space = data.index(b" ", len(SEALED_V2))  # still valid JSON for the same recipient: bound as data
    assert refused(tmp_path / "s", flip(data, space, 0x20 ^ 0x09)).code == "sync.sealed_damaged"
    for position in (header, header + 79, header + 80, header + 103, header + FIXED, header + FIXED + 117,
                     header + FIXED + 500, len(data) - 17, len(data) - 1):
        assert refused(tmp_path / "s", flip(data, position)).code == "sync.sealed_damaged", position


def test_extra_bytes_after_the_final_chunk(tmp_path):
    for plain in (b"", b"abc", os.urandom(65536)):
        data = sealed_bytes(plain)
        for extra in (b"\0", b"x" * 17, sealed_bytes(b"more")[-40:]):
            assert refused(tmp_path / "s", data + extra).code == "sync.sealed_damaged"


def test_swapped_recipient_header(tmp_path):
    """One key under two device ids (a cloned PC): the header cannot be rewritten."""
    data = sealed_bytes(b"secret events", recipient="pc-A")
    header = data.index(b"\n", len(SEALED_V2)) + 1
    swapped = SEALED_V2 + b'{"recipient": "pc-B"}\n' + data[header:]
    assert refused(tmp_path / "s", swapped, me="pc-B").code == "sync.sealed_damaged"
    spelled = SEALED_V2 + b'{"recipient":"pc-A"}\n' + data[header:]
    assert refused(tmp_path / "s", spelled, me="pc-A").code == "sync.sealed_damaged"
    assert open_bytes(tmp_path / "s", data, me="pc-A") == b"secret events"


def test_bad_header_lines(tmp_path):
    tail = b"\0" * 200
    for line in (b"not json", b"[]", b'"x"', b"{}", b'{"recipient": 5}', b"[" * 3000, b"\xff\xfe",
                 b'{"recipient": "coordinator-1", "chunk": 0}', b'{"recipient": "coordinator-1", "chunk": true}',
                 b'{"recipient": "coordinator-1", "chunk": 99999999}', b"x" * 5000):
        assert refused(tmp_path / "s", SEALED_V2 + line + b"\n" + tail).code == "sync.sealed_header", line
    assert refused(tmp_path / "s", b"PK\3\4 a plain zip").code == "sync.sealed_header"


def test_version_1_file(tmp_path):
    plain = os.urandom(100_000)
    data = archive.seal(plain, ME, PUBLIC)
    assert data.startswith(SEALED_V1) and is_sealed(data) and not is_sealed(b"PK\3\4")
    assert open_bytes(tmp_path / "s", data) == plain
    assert refused(tmp_path / "s", data, me="other").code == "sync.sealed_for_other"
    assert refused(tmp_path / "s", flip(data, len(data) - 5)).code == "sync.sealed_damaged"
    assert refused(tmp_path / "s", data[:len(data) - 100_000]).code == "sync.sealed_damaged"
    assert refused(tmp_path / "s", data, limit=len(plain) - 1).code == "sync.too_large"
    assert open_bytes(tmp_path / "s", data, limit=len(plain)) == plain


def test_oversize_version_1_refused_without_reading_it(tmp_path):
    path = tmp_path / "big"
    with open(path, "wb") as handle:
        handle.write(SEALED_V1 + b'{"recipient": "coordinator-1"}\n')
        handle.truncate(sealing.V1_MAX_BYTES + 1)  # sparse: costs no disk
    tracemalloc.start()
    try:
        with pytest.raises(SyncFileError) as caught:
            open_sealed(path, ME, KEY, io.BytesIO(), "big", LIMIT)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.code == "sync.too_large" and peak < 1024 * 1024


def test_max_plain_bytes(tmp_path):
    for plain, chunk in ((os.urandom(200_000), 65536), (os.urandom(65536 * 2), 65536), (b"", 10), (b"x" * 100, 10)):
        data = sealed_bytes(plain, chunk=chunk)
        assert open_bytes(tmp_path / "s", data, limit=len(plain)) == plain
        if plain:
            path, out = tmp_path / "s", io.BytesIO()
            with pytest.raises(SyncFileError) as caught:
                open_sealed(path, ME, KEY, out, "f", len(plain) - 1)
            assert caught.value.code == "sync.too_large" and out.getvalue() == b""  # refused before decrypting


def test_unreadable_files(tmp_path):
    assert refused(tmp_path / "s", b"").code == "sync.sealed_header"
    with pytest.raises(SyncFileError) as caught:
        open_sealed(tmp_path / "absent", ME, KEY, io.BytesIO(), "absent", LIMIT)
    assert caught.value.code == "sync.missing"
    with pytest.raises(SyncFileError) as caught:
        open_sealed(tmp_path, ME, KEY, io.BytesIO(), "folder", LIMIT)
    assert caught.value.code == "sync.is_folder"
    if os.path.exists("/proc/self/mem"):  # reading it at offset 0 fails with EIO
        with pytest.raises(SyncFileError) as caught:
            open_sealed(Path("/proc/self/mem"), ME, KEY, io.BytesIO(), "mem", LIMIT)
        assert caught.value.code == "sync.unreadable" and caught.value.details["detail"]


class Pattern(io.RawIOBase):
    """`size` bytes made on demand, hashed as they go out."""

    def __init__(self, size: int):
        self.left, self.block, self.digest = size, os.urandom(65536), hashlib.blake2b()

    def readable(self):
        return True

    def read(self, size=-1):
        data = self.block[:min(size, self.left, len(self.block))]
        self.left -= len(data)
        self.digest.update(data)
        return data


class HashSink(io.RawIOBase):
    def __init__(self):
        self.digest, self.size = hashlib.blake2b(), 0

    def writable(self):
        return True

    def write(self, data):
        self.digest.update(data)
        self.size += len(data)
        return len(data)


def test_200_mb_in_bounded_memory(tmp_path):
    size = 200 * 1024 * 1024
    source, path = Pattern(size), tmp_path / "big.dlsync"
    tracemalloc.start()
    try:
        with open(path, "wb") as out:
            written = seal_stream(source, out, ME, PUBLIC)
        seal_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        sink = HashSink()
        assert open_sealed(path, ME, KEY, sink, "big", size) == size
        open_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert written == path.stat().st_size and sink.digest.digest() == source.digest.digest()
    assert seal_peak < 5 * 1024 * 1024 and open_peak < 5 * 1024 * 1024, (seal_peak, open_peak)


SAMPLE_PLAIN = bytes(range(256)) * 2
SAMPLE = sealed_bytes(SAMPLE_PLAIN, chunk=64)
SAMPLE_V1 = archive.seal(SAMPLE_PLAIN, ME, PUBLIC)
MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10_000), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10_000), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(0, 10_000), st.integers(1, 200)),
)


def mutate(data: bytes, mutations) -> bytes:
    for kind, position, value in mutations:
        position %= len(data) + 1
        if kind == "flip" and position < len(data):
            data = data[:position] + bytes([data[position] ^ value]) + data[position + 1:]
        elif kind == "cut":
            data = data[:position]
        elif kind == "insert":
            data = data[:position] + bytes([value]) + data[position:]
        elif kind == "delete":
            data = data[:position] + data[position + value:]
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(version=st.sampled_from([SAMPLE, SAMPLE_V1]), mutations=st.lists(MUTATION, min_size=1, max_size=4),
       tail=st.binary(max_size=300))
def test_fuzz_only_sync_file_errors(version, mutations, tail):
    data = mutate(version, mutations)
    with tempfile.TemporaryDirectory() as folder:
        for candidate in (data, SEALED_V2 + tail, SEALED_V2 + json.dumps({"recipient": ME}).encode() + b"\n" + tail):
            path, out = Path(folder) / "f", io.BytesIO()
            path.write_bytes(candidate)
            try:
                open_sealed(path, ME, KEY, out, "f", 1000)
            except SyncFileError as error:
                assert error.code in {"sync.sealed_header", "sync.sealed_damaged", "sync.sealed_for_other",
                                      "sync.too_large"}
            else:  # authenticated: only the untouched file opens, and to the original bytes
                assert candidate == version and out.getvalue() == SAMPLE_PLAIN
