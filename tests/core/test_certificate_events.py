"""Issuing a certificate is an event: folded into `certificates`, erased and merged with the learner."""

import sqlite3
from datetime import date

from hypothesis import given, settings, strategies as st
from sqlite_utils import Database

from digital_literacy_app.core.store import fold, open_database
from digital_literacy_app.core.store.migrations import migrations
from digital_literacy_app.core.trainer import Trainer
from tests.certificate_pack import complete, write_pack
from tests.core.test_events import derived_state


def state_with_certificates(conn):
    tables = derived_state(conn)
    tables["certificates"] = conn.execute("SELECT * FROM certificates ORDER BY device_id, id").fetchall()
    return tables


def open_with_pack(tmp_path):
    trainer = Trainer.open(tmp_path / "data", lesson_dirs=[write_pack(tmp_path / "pack")])
    trainer.certificates.today = lambda: date(2025, 6, 1)
    return trainer


def test_issuing_records_an_event_and_a_row(tmp_path):
    """The event carries id, what, lessons, volunteer and date; the table shows the same."""
    with open_with_pack(tmp_path) as trainer:
        person = trainer.learners.add("Đặng Thị Lan")
        complete(trainer, person.id, ["safe-calls", "safe-otp"])
        issued = trainer.certificates.issue(person.id, "Trần Văn Tình", tmp_path / "c.pdf")
        [event] = [e for e in trainer.log.all() if e.kind == "certificate.issued"]
        assert event.learner_id == person.id
        assert event.payload == {"certificate_id": issued.facts.certificate_id, "what": "area:safety",
                                 "lessons": ["safe-calls", "safe-otp"], "volunteer": "Trần Văn Tình",
                                 "date": "2025-06-01", "ward": ""}
        assert "name" not in event.payload  # the name lives only in the learner's own events
        [record] = trainer.certificates.issued(person.id)
        assert (record.certificate_id, record.what, record.volunteer, record.issued_on) == (
            issued.facts.certificate_id, "area:safety", "Trần Văn Tình", "2025-06-01")


def test_erasing_a_learner_removes_their_certificates_even_after_a_rebuild(tmp_path):
    """An erased person's certificate rows go, and a full refold does not bring them back."""
    with open_with_pack(tmp_path) as trainer:
        person = trainer.learners.add("Xóa Tôi")
        complete(trainer, person.id, ["start-mouse"])
        trainer.certificates.issue(person.id, "", tmp_path / "c.pdf")
        trainer.learners.erase(person.id)
        assert trainer.certificates.issued() == []
        with trainer.db.atomic():
            fold.rebuild(trainer.db.conn)
        assert trainer.certificates.issued() == []


def test_a_merge_moves_certificates_to_the_kept_learner(tmp_path):
    """The duplicate's certificate belongs to the person kept after a merge."""
    with open_with_pack(tmp_path) as trainer:
        kept, duplicate = trainer.learners.add("Phạm Văn Gộp"), trainer.learners.add("Pham Van Gop")
        complete(trainer, duplicate.id, ["start-mouse"])
        issued = trainer.certificates.issue(duplicate.id, "", tmp_path / "c.pdf")
        trainer.learners.merge(duplicate.id, kept.id)
        assert [r.certificate_id for r in trainer.certificates.issued(kept.id)] == [issued.facts.certificate_id]
        assert trainer.certificates.issued(duplicate.id) == []


ACTIONS = st.lists(st.tuples(st.sampled_from(["add", "lesson", "issue", "erase", "merge"]),
                             st.integers(0, 30), st.integers(0, 30)), min_size=1, max_size=25)
LESSONS = ["start-mouse", "safe-calls", "safe-otp", "pay-qr"]


@settings(max_examples=20, deadline=None)
@given(actions=ACTIONS)
def test_incremental_fold_equals_a_full_rebuild_with_certificates(tmp_path_factory, actions):
    """Whatever mix of issues, erasures and merges, the tables kept step by step equal a refold."""
    folder = tmp_path_factory.mktemp("c")
    with open_with_pack(folder) as trainer:
        for number, (action, a, b) in enumerate(actions):
            _perform(trainer, folder, number, action, a, b)
        incremental = state_with_certificates(trainer.db.conn)
        with trainer.db.atomic():
            fold.rebuild(trainer.db.conn)
        assert state_with_certificates(trainer.db.conn) == incremental


def _perform(trainer, folder, number, action, a, b):
    people = trainer.learners.all()
    if action == "add" or not people:
        trainer.learners.add(f"Người {a}")
        return
    who, other = people[a % len(people)], people[b % len(people)]
    if action == "lesson":
        complete(trainer, who.id, [LESSONS[b % len(LESSONS)]])
    elif action == "issue" and trainer.certificates.eligible(who.id):
        trainer.certificates.issue(who.id, f"Tình {b}", folder / f"{number}.pdf")
    elif action == "erase":
        trainer.learners.erase(who.id)
    elif action == "merge" and who.id != other.id:
        trainer.learners.merge(who.id, other.id)


def test_migration_0005_fills_the_table_from_events_an_older_version_kept(tmp_path):
    """Certificate events received before this version are folded when the table is created."""
    path = tmp_path / "old.sqlite3"
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, stop_before="0005_certificates")
    rows = [
        ("pc2", 1, 1, "learner.created", "live", '{"name":"Còn Đây"}'),
        ("pc2", 2, 2, "learner.created", "gone", '{"name":"Đã Xóa"}'),
        ("pc2", 3, 3, "certificate.issued", "live",
         '{"certificate_id":"ABCDEFGH","what":"area:safety","lessons":["a","b"],"volunteer":"V","date":"2025-06-01","ward":"W"}'),
        ("pc2", 4, 4, "certificate.issued", "gone", '{"certificate_id":"HGFEDCBA","what":"area:apps","date":"2025-06-02"}'),
    ]
    for origin, seq, lamport, kind, learner_id, payload in rows:
        old.execute("INSERT INTO events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload)"
                    " VALUES (?, ?, ?, ?, ?, 't', ?)", [origin, seq, lamport, kind, learner_id, payload])
    old.execute("INSERT INTO erased_learners (learner_id) VALUES ('gone')")
    old.conn.close()
    db = open_database(path)
    assert db.execute("SELECT device_id, id, learner_id, what, lessons, volunteer, issued_on, ward, lamport "
                      "FROM certificates").fetchall() == [
        ("pc2", "ABCDEFGH", "live", "area:safety", '["a","b"]', "V", "2025-06-01", "W", 3)]
