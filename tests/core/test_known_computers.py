"""The coordinator's list of known computers: a local name, forgetting one, the imported files list,
and the migration that adds them to a database of the version before."""

import sqlite3

import pytest
from sqlite_utils import Database

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.store import open_database
from digital_literacy_app.core.store.migrations import KNOWN, migrations
from tests.core.test_sync import open_trainer, work


@pytest.fixture
def pcs(tmp_path):
    opened = {name: open_trainer(tmp_path / name) for name in ("ward", "coordinator")}
    opened["ward"].device.name = "PC-phuong-1"
    yield opened
    for trainer in opened.values():
        trainer.close()


@pytest.fixture
def pcs_on_each_engine(tmp_path, coordinator_on_each_engine):
    """A ward PC, and a coordinator on SQLite and on PostgreSQL."""
    with open_trainer(tmp_path / "ward") as ward:
        ward.device.name = "PC-phuong-1"
        yield {"ward": ward, "coordinator": coordinator_on_each_engine}


def carry(source, target, path):
    [result] = target.sync.import_files([source.sync.export(path).path])
    return result


def learners(trainer) -> set[str]:
    return {r.id for r in trainer.learners.all()}


def test_a_renamed_computer_shows_the_coordinators_name_and_keeps_its_own(pcs, tmp_path):
    """The coordinator's name is shown in the list and the files list; the computer's own signed
    name stays, a later file from it does not undo the rename, and an empty name gives its own back."""
    ward, coordinator = pcs["ward"], pcs["coordinator"]
    work(ward, "Lê Thị Một")
    carry(ward, coordinator, tmp_path / "one.dlsync")
    device_id = ward.device.device_id
    assert coordinator.devices.rename(device_id, "  Ca\u0300 Mau  phường 1 ") == "Cà Mau phường 1"
    work(ward, "Lê Thị Hai")
    carry(ward, coordinator, tmp_path / "two.dlsync")
    [seen] = coordinator.devices.heard_from()
    assert (seen.name, seen.own_name) == ("Cà Mau phường 1", "PC-phuong-1")
    assert {f.computer for f in coordinator.devices.imported_files()} == {"Cà Mau phường 1"}
    assert coordinator.devices.get(device_id).name == "PC-phuong-1", "the signed identity is unchanged"
    assert coordinator.devices.rename(device_id, "") == "PC-phuong-1"
    assert coordinator.devices.heard_from()[0].name == "PC-phuong-1"


def test_a_bad_name_or_an_unknown_computer_is_refused_with_a_reason(pcs, tmp_path):
    ward, coordinator = pcs["ward"], pcs["coordinator"]
    carry(ward, coordinator, tmp_path / "one.dlsync")
    for text in ("x" * 61, "line\nbreak"):
        with pytest.raises(DlaError) as refused:
            coordinator.devices.rename(ward.device.device_id, text)
        assert refused.value.code == "device.bad_label"
    for action in (lambda: coordinator.devices.rename("nobody", "A"), lambda: coordinator.devices.forget("nobody")):
        with pytest.raises(DlaError) as refused:
            action()
        assert refused.value.code == "device.unknown"
    assert coordinator.devices.heard_from()[0].name == "PC-phuong-1"


def test_a_forgotten_computer_leaves_the_list_its_records_stay_and_its_later_ones_are_kept_apart(
        pcs_on_each_engine, tmp_path):
    """Forgetting is local and safe: the records already imported still count, the key stays
    pinned, and what it makes afterwards arrives kept apart and uncounted."""
    ward, coordinator = pcs_on_each_engine["ward"], pcs_on_each_engine["coordinator"]
    before = work(ward, "Lê Thị Trước")
    carry(ward, coordinator, tmp_path / "one.dlsync")
    counted = coordinator.log.count()
    result = coordinator.devices.forget(ward.device.device_id)
    assert (result.name, result.records_kept) == ("PC-phuong-1", counted)
    assert coordinator.devices.heard_from() == [] and coordinator.devices.quiet(0) == []
    assert before.id in learners(coordinator) and coordinator.log.count() == counted
    assert coordinator.devices.public_key(ward.device.device_id) == ward.device.public_key_hex
    with pytest.raises(DlaError) as again:
        coordinator.devices.forget(ward.device.device_id)
    assert again.value.code == "device.already_forgotten"

    after = work(ward, "Phạm Văn Sau")
    later = carry(ward, coordinator, tmp_path / "two.dlsync")
    assert later.status == "imported" and later.events_new == 0 and later.events_held > 0
    assert [note.code for note in later.warnings] == ["sync.events_forgotten"]
    assert after.id not in learners(coordinator) and coordinator.log.count() == counted
    assert coordinator.db.conn.execute("SELECT DISTINCT reason FROM held_events").fetchall() == [("forgotten",)]
    newest, oldest = coordinator.devices.imported_files()
    assert (newest.file_name, newest.outcome, newest.events_held) == ("two.dlsync", "held", later.events_held)
    assert (oldest.file_name, oldest.outcome, oldest.events_new) == ("one.dlsync", "added", counted)


def test_the_imported_files_list_says_when_from_whom_and_what_each_file_did(pcs, tmp_path):
    ward, coordinator = pcs["ward"], pcs["coordinator"]
    work(ward, "Lê Thị Một")
    first = carry(ward, coordinator, tmp_path / "one.dlsync")
    [again] = coordinator.sync.import_files([tmp_path / "one.dlsync"])
    assert again.status == "already"
    ward.device.name = "PC-moi"
    second = carry(ward, coordinator, tmp_path / "two.dlsync")
    files = coordinator.devices.imported_files()
    assert [(f.file_name, f.computer, f.events_new, f.outcome) for f in files] == [
        ("two.dlsync", "PC-moi", second.events_new, "nothing_new" if not second.events_new else "added"),
        ("one.dlsync", "PC-phuong-1", first.events_new, "added")]
    assert all(f.imported_at and f.device_id == ward.device.device_id for f in files)


def test_the_migration_keeps_every_file_imported_by_the_version_before(tmp_path):
    """A database of 0010 with an imported file and a held event: 0011 gives the file its
    computer's name and held count, and the computer no label and no forgetting."""
    path = tmp_path / "old.sqlite3"
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, stop_before="0011_computer_labels_and_import_list")
    old.execute("INSERT INTO known_devices (device_id, public_key, name, ward, first_seen, last_seen, learned_from)"
                " VALUES ('dev', ?, 'PC-xa', 'Xã Ba Vì', '2026-01-02T03:04:05Z', '2026-01-02T03:04:05Z', 'self')",
                ["ab" * 32])
    old.execute("INSERT INTO imported_files (sha256, file_name, device_id, imported_at, events_new, events_known)"
                " VALUES ('00', 'xa.dlsync', 'dev', '2026-01-02T03:04:05Z', 5, 1)")
    old.execute("INSERT INTO held_events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload,"
                " source_file, reason) VALUES ('other', 1, 1, 'x', NULL, 't', '{}', 1, 'unconfirmed')")
    old.conn.close()
    db = open_database(path)
    assert [m.name for m in migrations.applied(db)] == KNOWN
    assert db.execute("SELECT device_name, events_new, events_held FROM imported_files").fetchall() == [
        ("PC-xa", 5, 1)]
    assert db.execute("SELECT label, forgotten_on, forgotten_after_seq FROM known_devices").fetchall() == [
        ("", None, None)]
