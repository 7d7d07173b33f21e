"""A PC's next sync file carries its events so far and the new ones (incoming.mark_stored
looks up only those up to the highest the store holds of that PC): on both engines exactly
the new ones are counted new, the one sent last before among the known."""


from digital_literacy_app.core.sync.importer import import_files
from tests.core.test_sync import work
from tests.core.test_sync_attacks import carry, pc, stick  # noqa: F401  (fixtures)


def sent(trainer) -> int:
    return trainer.db.conn.execute("SELECT COUNT(*) FROM events WHERE origin_device_id = ?",
                                   (trainer.device.device_id,)).fetchone()[0]


def test_a_pcs_next_file_counts_only_its_new_events_as_new(pc, stick, coordinator_on_each_engine):
    coordinator = coordinator_on_each_engine
    x, y = pc("x"), pc("y")
    work(x, "Người Thứ Nhất")
    first = sent(x)
    [result] = import_files(coordinator, [carry(x, stick / "x-week-1.dlsync")])
    assert (result.status, result.events_new, result.events_known) == ("imported", first, 0), result.error
    work(x, "Người Thứ Hai", steps=3)
    work(y, "Người Của Máy Y")
    [again, other] = import_files(coordinator, [carry(x, stick / "x-week-2.dlsync"), carry(y, stick / "y.dlsync")])
    assert (again.status, again.events_new, again.events_known) == ("imported", sent(x) - first, first), again.error
    assert (other.events_new, other.events_known) == (sent(y), 0)
    names = {row[0] for row in coordinator.db.conn.execute("SELECT name FROM learners")}
    assert names == {"Người Thứ Nhất", "Người Thứ Hai", "Người Của Máy Y"}
