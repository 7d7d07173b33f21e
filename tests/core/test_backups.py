"""Backups, damage at start and restoring, on real SQLite files damaged in each way."""

import os
import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from digital_literacy_app.core.errors import DamagedDatabaseError, DlaError
from digital_literacy_app.core.paths import DATABASE_FILE
from sqlite_utils import Database

from digital_literacy_app.core.store import backups, open_database
from digital_literacy_app.core.store.migrations import KNOWN, migrations
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES
from tests.core.test_sync import work


def open_trainer(folder):
    return Trainer.open(folder, lesson_dirs=[FIXTURES / "lessons"])


@pytest.fixture
def pc(tmp_path):
    """A PC with two learners who did some steps, and one backup."""
    folder = tmp_path / "pc"
    with open_trainer(folder) as trainer:
        work(trainer, "Nguyễn Thị Lan")
        work(trainer, "Trần Văn Minh")
        trainer.backups.make()
    return folder


def learner_names(folder):
    with open_trainer(folder) as trainer:
        return sorted(row[0] for row in trainer.db.conn.execute("SELECT name FROM learners"))


def test_a_backup_is_a_checked_copy_that_says_what_it_holds(pc):
    with open_trainer(pc) as trainer:
        [info] = trainer.backups.list()
        assert (info.kind, info.good, info.learners) == ("manual", True, 2)
        assert info.events == trainer.log.count() and info.size == info.path.stat().st_size
        assert info.path.parent == pc / "backups"
    check = sqlite3.connect(info.path)
    assert check.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file, no -wal
    assert not [p for p in (pc / "backups").iterdir() if p.name.startswith(".")]  # no temporary left


def test_daily_copies_once_a_day_and_keep_the_last_seven(pc):
    with open_trainer(pc) as trainer:
        assert trainer.backups.daily() is not None
        assert trainer.backups.daily() is None  # already one today
        source = next(p for p in (pc / "backups").iterdir() if p.name.startswith("daily-"))
        for days in range(1, 10):  # nine older daily copies
            stamp = (datetime.now() - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
            shutil.copyfile(source, pc / "backups" / f"daily-{stamp}.sqlite3")
        backups.prune(pc, "daily")
        daily = [info for info in trainer.backups.list() if info.kind == "daily"]
        assert len(daily) == 7 and daily[0].made_at.date() == datetime.now().date()
        assert [info.kind for info in trainer.backups.list()].count("manual") == 1  # other kinds untouched


def test_every_sync_import_is_preceded_by_a_backup_and_five_are_kept(tmp_path, pc):
    with open_trainer(tmp_path / "other") as other:
        work(other, "Lê Thị Hoa")
        other.sync.export(tmp_path / "other.dlsync")
    with open_trainer(pc) as trainer:
        for _ in range(7):
            trainer.sync.import_files([tmp_path / "other.dlsync"])
        kinds = [info.kind for info in trainer.backups.list()]
        assert kinds.count("import") == 5
        oldest_import = [info for info in trainer.backups.list() if info.kind == "import"][-1]
        assert oldest_import.learners == 3  # the first copies (2 learners) were rotated out


def test_copies_made_in_the_same_second_keep_their_order_and_the_newest_survive(tmp_path):
    """Copies of one second are named -2, -3 … -11 after the first: newest first is by that
    number (not by the name's letters, where "-10" sorts before "-2" and the first last), so
    pruning removes the oldest, never the copy just made."""
    folder = backups.backups_dir(tmp_path)
    folder.mkdir(parents=True)
    names = ["import-20261206-101010"] + [f"import-20261206-101010-{n}" for n in range(2, 12)]
    for name in names:
        (folder / f"{name}{backups.SUFFIX}").write_bytes(b"")
    listed = [info.path.name.removesuffix(backups.SUFFIX) for info in backups.list_backups(tmp_path)]
    assert listed == names[::-1]
    backups.prune(tmp_path, "import")
    kept = sorted(path.name.removesuffix(backups.SUFFIX) for path in folder.iterdir())
    assert kept == sorted(names[-backups.KEEP["import"]:])


def test_a_migration_is_preceded_by_a_backup_of_the_older_database(tmp_path):
    path = tmp_path / DATABASE_FILE
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, stop_before=KNOWN[-1])  # as the version before this one left it
    old.conn.close()
    db = open_database(path, check=True)
    assert [m.name for m in migrations.applied(db)] == KNOWN
    [copy] = backups.list_backups(tmp_path)
    assert copy.kind == "migration" and copy.good
    conn = sqlite3.connect(copy.path)
    applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert KNOWN[-1] not in applied and KNOWN[-2] in applied
    db.conn.close()
    open_database(path, check=True).conn.close()
    assert len(backups.list_backups(tmp_path)) == 1  # nothing to migrate: no copy


def damage_zero_length(path):
    path.write_bytes(b"")


def damage_deleted(path):
    path.unlink()


def damage_junk(path):
    path.write_bytes(os.urandom(8192))


def damage_truncated(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def damage_page(path):
    """Scribble over the middle of a table's pages (the header stays valid)."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, page):
        data[start + 8: start + 200] = os.urandom(192)
    path.write_bytes(bytes(data))


def damage_dropped_table(path):
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE lesson_progress")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage, code", [
    (damage_zero_length, "database.empty_file"),
    (damage_deleted, "database.missing"),
    (damage_junk, "database.damaged"),
    (damage_truncated, "database.damaged"),
    (damage_page, "database.damaged"),
    (damage_dropped_table, "database.damaged"),
])
def test_a_damaged_database_is_refused_never_replaced_and_the_newest_backup_offered(pc, damage, code):
    database = pc / DATABASE_FILE
    with open_trainer(pc) as trainer:
        trainer.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for side in ("-wal", "-shm"):
        (pc / f"{DATABASE_FILE}{side}").unlink(missing_ok=True)
    damage(database)
    before = database.read_bytes() if database.exists() else None
    with pytest.raises(DamagedDatabaseError) as refused:
        open_trainer(pc)
    assert refused.value.code == code
    assert refused.value.backup_info is not None and refused.value.backup_info.learners == 2
    assert "dla restore" in refused.value.say("en") and "dla restore" in refused.value.say("vi")
    assert (database.read_bytes() if database.exists() else None) == before  # untouched, not recreated


def test_without_a_backup_the_refusal_offers_an_empty_start(tmp_path):
    folder = tmp_path / "pc"
    with open_trainer(folder) as trainer:
        work(trainer, "Nguyễn Thị Lan")
    (folder / DATABASE_FILE).unlink()
    with pytest.raises(DamagedDatabaseError) as refused:
        open_trainer(folder)
    assert refused.value.backup_info is None and "--empty" in refused.value.say("en")


def test_restoring_numbers_never_shared_continues_the_same_chain(tmp_path, pc):
    """Events lost before any sync file carried them: nobody holds their numbers, so the
    PC goes on from the backup, and a coordinator counts every event it then sends."""
    with open_trainer(pc) as trainer:
        old_id = trainer.device.device_id
        backed_up = trainer.log.count()
        work(trainer, "Phạm Văn Sáu")  # after the backup: lost with the damage
    (pc / DATABASE_FILE).write_bytes(b"")
    [backup] = Trainer.backups_in(pc)
    result = Trainer.restore(pc, backup.path)
    assert not result.new_identity and result.old_device_id == old_id == result.device_id
    assert result.kept_at.parent.parent == pc / "kept" and result.kept_at.stat().st_size == 0
    assert learner_names(pc) == ["Nguyễn Thị Lan", "Trần Văn Minh"]
    with open_trainer(pc) as trainer:
        work(trainer, "Đỗ Thị Bảy")
        seqs = [row[0] for row in trainer.db.conn.execute(
            "SELECT seq FROM events WHERE origin_device_id = ? ORDER BY seq", (old_id,))]
        assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) > backed_up  # no gap
        trainer.sync.export(tmp_path / "restored.dlsync")
    with open_trainer(tmp_path / "coordinator") as coordinator:
        [imported] = import_files(coordinator, [tmp_path / "restored.dlsync"])
        assert imported.status == "imported" and imported.events_held == 0
        names = {row[0] for row in coordinator.db.conn.execute("SELECT name FROM learners")}
        assert names == {"Nguyễn Thị Lan", "Trần Văn Minh", "Đỗ Thị Bảy"}


def test_a_coordinator_that_has_the_lost_events_accepts_the_restored_pc(tmp_path, pc):
    """The lost events reached the coordinator before the damage: no clash, nothing refused."""
    with open_trainer(pc) as trainer:
        work(trainer, "Phạm Văn Sáu")
        trainer.sync.export(tmp_path / "before.dlsync")
    with open_trainer(tmp_path / "coordinator") as coordinator:
        assert import_files(coordinator, [tmp_path / "before.dlsync"])[0].status == "imported"
        old_id = trainer.device.device_id
    (pc / DATABASE_FILE).unlink()
    result = Trainer.restore(pc, Trainer.backups_in(pc)[0].path)
    # Events 1..n went out in before.dlsync: those numbers are never used again.
    assert result.new_identity and result.old_device_id == old_id != result.device_id
    with open_trainer(pc) as trainer:
        assert trainer.devices.public_key(old_id) is not None  # its old events still verify here
        work(trainer, "Đỗ Thị Bảy")
        first = trainer.db.conn.execute("SELECT MIN(seq) FROM events WHERE origin_device_id = ?",
                                        (result.device_id,)).fetchone()
        assert first == (1,)  # a chain of its own
        trainer.sync.export(tmp_path / "after.dlsync")
    with open_trainer(tmp_path / "coordinator") as coordinator:
        [after] = import_files(coordinator, [tmp_path / "after.dlsync"])
        assert after.status == "imported" and after.events_held == 0, after.error
        names = {row[0] for row in coordinator.db.conn.execute("SELECT name FROM learners")}
        assert {"Phạm Văn Sáu", "Đỗ Thị Bảy"} <= names


def test_restoring_a_copy_that_lacks_nothing_keeps_the_identity(pc):
    with open_trainer(pc) as trainer:
        old_id = trainer.device.device_id
    result = Trainer.restore(pc, Trainer.backups_in(pc)[0].path)
    assert not result.new_identity and result.device_id == old_id
    assert result.kept_at is not None and result.kept_at.exists()


def test_an_empty_start_keeps_the_damaged_file(tmp_path):
    folder = tmp_path / "pc"
    with open_trainer(folder) as trainer:
        work(trainer, "Nguyễn Thị Lan")
    (folder / DATABASE_FILE).write_bytes(b"junk" * 100)
    result = Trainer.restore(folder, None)
    assert result.backup is None and not result.new_identity  # nothing ever left this PC
    assert result.kept_at.read_bytes() == b"junk" * 100
    assert learner_names(folder) == []


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(tmp_path, pc):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(os.urandom(5000))
    before = (pc / DATABASE_FILE).read_bytes()
    with pytest.raises(DlaError) as refused:
        Trainer.restore(pc, bogus)
    assert refused.value.code == "backup.not_good"
    assert (pc / DATABASE_FILE).read_bytes() == before and not (pc / "kept").exists()


def test_a_backup_copied_to_a_stick_is_whole_and_named_for_the_pc(tmp_path, pc):
    stick = tmp_path / "stick"
    stick.mkdir()
    with open_trainer(pc) as trainer:
        [info] = trainer.backups.list()
        copied = trainer.backups.copy_to(info.path, stick)
        assert copied.name.startswith(trainer.device.name.replace(" ", "_"))
    assert backups.describe(copied).good and [p.name for p in stick.iterdir()] == [copied.name]
    with pytest.raises(DlaError) as refused:
        open_trainer(pc).backups.copy_to(info.path, tmp_path / "pulled-out")
    assert refused.value.code == "file.no_folder"


def test_a_half_written_copy_left_by_a_power_cut_is_never_listed_and_later_cleared(pc):
    stale = pc / "backups" / ".daily-20260101-000000.sqlite3.partial-1a2b3c4d"
    stale.write_bytes(b"half a copy")
    old = datetime.now().timestamp() - 7200
    os.utime(stale, (old, old))
    fresh = pc / "backups" / ".manual-now.sqlite3.partial-5e6f7a8b"  # a copy being written right now
    fresh.write_bytes(b"in progress")
    with open_trainer(pc) as trainer:
        assert [info.kind for info in trainer.backups.list()] == ["manual"]
        trainer.backups.make()
    assert not stale.exists() and fresh.exists()
