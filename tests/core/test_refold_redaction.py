"""An erased person's name that arrives late, while only some learners are refolded.

The refold redacts the log's copies of names of the erased learners it refolds only
(core/store/replay.py): every event an import logs touches its learner. These tests make
sure the late copy is among them on both engines, through the partial refold's path.
"""

import json

import pytest

from digital_literacy_app.core.store import fold
from digital_literacy_app.core.sync import importer
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES
from tests.core.test_sync import work
from tests.core.test_sync_attacks import ERASED, carry, late_relay_files, pc, stick, take  # noqa: F401

OTHERS = ["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Cúc", "Phạm Văn Tư", "Đỗ Thị Hạnh"]


def _names_in_log(trainer) -> list[str]:
    return [payload for (payload,) in trainer.db.conn.execute("SELECT payload FROM events") if ERASED in payload]


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_a_name_relayed_after_the_erase_leaves_the_log_in_a_partial_refold(pc, stick, tmp_path, monkeypatch,
                                                                              engine, request):
    """tests/core/test_sync_attacks.py's late relay, at a coordinator who knows five more
    learners: the learner was made on A and erased on B; C gets B's file (the erase, A's
    events held), A's earlier file, then D's unredacted relay. The relay touches one
    learner of seven, so only that one is refolded, and the name it brings does not stay
    in C's log."""
    e = pc("e")
    for name in OTHERS:
        work(e, name)
    e_file = carry(e, stick / "e.dlsync")
    b_file, a0, d_relay, person = late_relay_files(pc, stick)

    url = request.getfixturevalue("postgres_url") if engine == "postgres" else None
    refolds = []
    real_rebuild = fold.rebuild
    monkeypatch.setattr(importer.fold, "rebuild",
                        lambda conn, ids=None, *ahead: refolds.append(ids and set(ids)) or real_rebuild(conn, ids, *ahead))
    with Trainer.open(tmp_path / "c", lesson_dirs=[FIXTURES / "lessons"], database=url) as c:
        take(c, e_file, b_file, a0)
        refolds.clear()
        [relayed] = import_files(c, [d_relay])
        assert (relayed.status, relayed.events_new) == ("imported", 4), relayed.reason
        assert refolds == [{person.id}]  # the partial refold, not everyone
        assert _names_in_log(c) == []
        assert ERASED not in json.dumps(c.db.conn.execute("SELECT * FROM held_events").fetchall(),
                                        ensure_ascii=False, default=str)
        assert sorted(row[0] for row in c.db.conn.execute("SELECT name FROM learners")) == sorted(
            OTHERS + ["Người Ở Lại"])
