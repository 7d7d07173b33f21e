"""The database file: durability settings, migrations, newer versions refused, full disk."""

import hashlib
import sqlite3

import pytest
from sqlite_utils import Database

from digital_literacy_app.core.errors import DiskFullError, NewerDatabaseError
from digital_literacy_app.core.store import open_database
from digital_literacy_app.core.store.migrations import KNOWN, migrations
from digital_literacy_app.core.trainer import Trainer


def test_wal_and_full_synchronous(tmp_path):
    """Every commit is durable: WAL journal with synchronous=FULL (2)."""
    db = open_database(tmp_path / "t.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2


@pytest.mark.parametrize("version_index", range(len(KNOWN)))
def test_upgrade_from_each_earlier_version_keeps_data(tmp_path, version_index):
    """A database made by each earlier version is upgraded and keeps its events."""
    path = tmp_path / "old.sqlite3"
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, stop_before=KNOWN[version_index]) if version_index else None
    if version_index == 0:
        old.conn.close()
    else:
        old.execute("INSERT INTO events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload)"
                    " VALUES ('dev', 1, 1, 'learner.created', 'l1', 't', ?)",
                    ['{"name":"Lê Văn Cũ","group":"elderly"}'])
        old.execute("INSERT INTO events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload)"
                    " VALUES ('dev', 2, 2, 'lesson.started', 'l1', '2026-03-04T10:00:00', ?)",
                    ['{"lesson_id":"vietqr-pay","lesson_version":1}'])
        old.conn.close()
    db = open_database(path)
    applied = [m.name for m in migrations.applied(db)]
    assert applied == KNOWN
    if version_index:
        assert db.execute("SELECT DISTINCT learner_id FROM events").fetchall() == [("l1",)]
    if 0 < version_index <= KNOWN.index("0006_learner_activity"):
        # 0006 fills the activity table from events an older version already held
        assert db.execute("SELECT * FROM learner_activity").fetchall() == [("l1", "2026-03", "vietqr-pay")]


def test_newer_database_is_refused_and_left_unchanged(tmp_path):
    """A database from a newer version is refused with a message and not altered."""
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    db["_sqlite_migrations"].insert({"migration_set": migrations.name, "name": "9999_from_the_future",
                                     "applied_at": "2030-01-01"})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_full_disk_gives_its_own_message_and_keeps_the_database(tmp_path):
    """When the database cannot grow, the learner is not half-added and the message says why."""
    trainer = Trainer.open(tmp_path)
    trainer.learners.add("Người Đầu Tiên")
    pages = trainer.db.execute("PRAGMA page_count").fetchone()[0]
    trainer.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="full"):
        for number in range(5000):
            trainer.learners.add(f"Người thứ {number} " + "x" * 60)
    count = trainer.learners.count()
    events = trainer.log.count()
    assert count == events  # every learner that exists has exactly its one event
    trainer.close()
