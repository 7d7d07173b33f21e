"""Format 1 sync files (no chains) listing the same event twice: refused on both engines
with the database as it was, and found with bounded memory however many lines the file
has (incoming.SeenPairs)."""

import hashlib
import tracemalloc

from nacl.signing import SigningKey

from digital_literacy_app.core.device import derived_id
from digital_literacy_app.core.sync import archive, incoming
from digital_literacy_app.core.sync.archive import SyncFileError
from digital_literacy_app.core.sync.importer import import_files
from tests.core.test_sync import work
from tests.core.test_sync_attacks import carry, counted, pc, read_sync, stick, write_sync  # noqa: F401


def test_a_format_1_file_listing_an_event_twice_is_refused_and_changes_nothing(pc, stick, coordinator_on_each_engine):
    coordinator = coordinator_on_each_engine
    x = pc("x")
    work(x, "Người Của X")
    manifest, events = read_sync(carry(x, stick / "x.dlsync"))
    twice = write_sync(stick / "x-twice.dlsync", x, manifest, events + [events[1]], version=1)
    before = counted(coordinator)
    [result] = import_files(coordinator, [twice])
    assert (result.status, result.error.code) == ("refused", "sync.event_twice")
    assert counted(coordinator) == before

    once = write_sync(stick / "x-once.dlsync", x, manifest, events, version=1)
    [result] = import_files(coordinator, [once])  # the test can tell: the same events once do import
    assert (result.status, result.events_new) == ("imported", len(events)), result.error


def format_1_file(path, events: int, last_repeats_first: bool):
    """A signed format 1 file of one PC's `events` short lines (learners starting a lesson)."""
    key = SigningKey.generate()
    public = key.verify_key.encode().hex()
    origin = derived_id(public)
    lines = [archive.event_line(origin, seq, seq, "lesson.started", f"{seq:010d}", "2026-11-20T08:00:00.000+00:00",
                                '{"lesson_id":"sample-lesson","lesson_version":1}') for seq in range(1, events + 1)]
    if last_repeats_first:
        lines[-1] = lines[0]
    body = ("\n".join(lines) + "\n").encode("utf-8")
    manifest = {"format": "dlsync", "version": 1, "min_reader_version": 1, "created_at": "2026-12-07",
                "device": {"id": origin, "name": "PC X", "ward": "Xã Ba Vì", "public_key": public},
                "known_devices": [], "counts": {"events": events}, "ranges": {origin: [1, events]},
                "events_sha256": hashlib.sha256(body).hexdigest()}
    path.write_bytes(archive.build_zip(manifest, body, lambda data: key.sign(data).signature))
    return path


def peak_while_checking(path) -> tuple[int, Exception | None]:
    """The Python memory at its peak while every line of `path` is checked (no staging)."""
    opened = archive.open_sync_file(archive.stage(path, None, path.name), path.name)
    tracemalloc.start()
    try:
        incoming.check_lines(opened, None, lambda: False, [])
        refused = None
    except SyncFileError as exc:
        refused = exc
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        opened.close()
    return peak, refused


def test_a_format_1_file_of_many_lines_is_checked_in_bounded_memory(tmp_path):
    """50,000 lines whose last repeats the first, three chunks apart: found, and the pairs
    met so far are never all held in memory (a set of them would take some 11 MB here,
    gigabytes for a hostile 64 MB file of short lines)."""
    peak, refused = peak_while_checking(format_1_file(tmp_path / "many.dlsync", 50_000, last_repeats_first=True))
    assert refused is not None and refused.code == "sync.event_twice"
    assert peak < 5 * 2**20, f"{peak / 2**20:.1f} MB"

    peak, refused = peak_while_checking(format_1_file(tmp_path / "fine.dlsync", 50_000, last_repeats_first=False))
    assert refused is None and peak < 5 * 2**20, (refused, f"{peak / 2**20:.1f} MB")
