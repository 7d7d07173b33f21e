"""Teaching sessions can be corrected and withdrawn, by events that survive every merge.

A correction carries the complete new fields; the one last in the log's order wins. A
withdrawal wins over every correction, earlier or later. Lists, reports and timelines all
read the sessions in force, whatever order the sync files arrived in.
"""

import pytest

from digital_literacy_app.core.errors import InvalidInputError, NotFoundError
from digital_literacy_app.core.reports.build import build_report
from digital_literacy_app.core.sessions import CORRECTED, WITHDRAWN
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES

FIELDS = dict(date="2025-03-14", place="Nhà văn hoá tổ 5", volunteer="Trần Thu Hà", topic="Cài VNeID",
              minutes=90, area="e-services", ward="Phường Kim Mã")


def fields(people, **changes):
    values = dict(FIELDS, attendees=[p.id for p in people])
    values.update(changes)
    return values


@pytest.fixture
def people(trainer):
    return [trainer.learners.add("Nguyễn Thị Hoa", 1955, "elderly"),
            trainer.learners.add("Lò Văn Páo", 1970, "farmer"),
            trainer.learners.add("Đinh Văn Mới", 1962, "other")]


@pytest.fixture
def pcs(tmp_path):
    opened = [Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"]) for name in ("a", "b", "c", "d")]
    yield opened
    for trainer in opened:
        trainer.close()


def exchange(source, target, path):
    export(source, path)
    [result] = import_files(target, [path])
    assert result.status in ("imported", "already"), result.reason


def seen(trainer):
    """What the sessions list shows, field by field."""
    return [(s.key, s.date, s.place, s.volunteer, s.topic, s.area, s.minutes, s.attendees, s.corrected_by)
            for s in trainer.sessions.all()]


def test_a_correction_replaces_every_field_and_keeps_the_session_key(trainer, people):
    """The list shows the corrected values under the same key; the event holds the key, the
    complete new fields and who corrected it, and names no learner."""
    book = trainer.sessions
    logged = book.log(**fields(people[:2]))
    fixed = book.correct(logged.key, corrected_by="Lê Văn Sửa",
                         **fields(people[1:], date="2025-03-15", place="Nhà văn hoá tổ 6", minutes=60,
                                  topic="Đăng nhập VNeID", area="", volunteer="Phạm Thị Hai", ward=None))
    assert logged.key == f"{logged.origin_device_id}:{logged.seq}" and fixed.key == logged.key
    assert seen(trainer) == [(logged.key, "2025-03-15", "Nhà văn hoá tổ 6", "Phạm Thị Hai", "Đăng nhập VNeID", "",
                              60, (people[1].id, people[2].id), "Lê Văn Sửa")]
    assert fixed.corrected and not logged.corrected
    [event] = [e for e in trainer.log.all() if e.kind == CORRECTED]
    assert event.learner_id is None
    assert event.payload == {"session": logged.key, "date": "2025-03-15", "ward": "Phường Kim Mã",
                             "place": "Nhà văn hoá tổ 6", "volunteer": "Phạm Thị Hai", "topic": "Đăng nhập VNeID",
                             "area": "", "minutes": 60, "attendees": [people[1].id, people[2].id],
                             "corrected_by": "Lê Văn Sửa"}


REFUSALS = [
    ({"date": "14/03/2025"}, "YYYY-MM-DD"), ({"date": "2025-02-30"}, "YYYY-MM-DD"),
    ({"minutes": 0}, "1 to 600"), ({"minutes": "nhiều"}, "whole number"), ({"topic": " "}, "topic is empty"),
    ({"place": ""}, "place is empty"), ({"volunteer": ""}, "volunteer's name is empty"),
    ({"area": "cooking"}, "area"), ({"attendees": []}, "at least one"), ({"place": "x" * 81}, "at most 80"),
    ({"attendees": ["zzzzzzzzzz"]}, "no learner"),
]


@pytest.mark.parametrize("changes, needle", REFUSALS)
def test_a_correction_with_a_wrong_field_is_refused_like_logging_and_nothing_recorded(trainer, people, changes,
                                                                                     needle):
    """The same rule, the same message as when logging; no event is added and the session
    reads as before."""
    book = trainer.sessions
    logged = book.log(**fields(people))
    with pytest.raises((InvalidInputError, NotFoundError)) as when_logging:
        book.log(**fields(people, **changes))
    before = trainer.log.count()
    with pytest.raises(type(when_logging.value)) as when_correcting:
        book.correct(logged.key, corrected_by="Lê Văn Sửa", **fields(people, **changes))
    assert needle in str(when_correcting.value)
    assert str(when_correcting.value) == str(when_logging.value)
    assert trainer.log.count() == before
    assert book.all() == [logged]


def test_withdrawn_or_unknown_sessions_cannot_be_corrected_or_withdrawn_again(trainer, people):
    """A withdrawal takes the session out of the list; after it, correcting or withdrawing
    it is refused, and so is an unknown key, or a withdrawal without a name."""
    book = trainer.sessions
    kept, gone = book.log(**fields(people, topic="Giữ")), book.log(**fields(people, topic="Bỏ"))
    with pytest.raises(InvalidInputError, match="empty"):
        book.withdraw(gone.key, withdrawn_by=" ")
    book.withdraw(gone.key, withdrawn_by="Lê Văn Sửa")
    assert [s.topic for s in book.all()] == ["Giữ"]
    [event] = [e for e in trainer.log.all() if e.kind == WITHDRAWN]
    assert (event.learner_id, event.payload) == (None, {"session": gone.key, "withdrawn_by": "Lê Văn Sửa"})
    for key in (gone.key, "nowhere:1"):
        with pytest.raises(NotFoundError):
            book.correct(key, corrected_by="Lê Văn Sửa", **fields(people))
        with pytest.raises(NotFoundError):
            book.withdraw(key, withdrawn_by="Lê Văn Sửa")
    assert book.get(kept.key) == kept


@pytest.mark.parametrize("order", ["a first", "b first"])
def test_corrections_on_two_pcs_agree_after_exchange_in_either_order(pcs, tmp_path, order):
    """A logs; both PCs get it; each corrects it differently; after the files are exchanged
    (and imported by a coordinator in either order) every PC shows the same session: the
    correction last in the log's order (Lamport, then device id)."""
    a, b, coordinator, _ = pcs
    hoa = a.learners.add("Nguyễn Thị Hoa", 1955)
    logged = a.sessions.log(**fields([hoa]))
    exchange(a, b, tmp_path / "a0.dlsync")
    a.sessions.correct(logged.key, corrected_by="Người A", **fields([hoa], topic="Sửa trên A", minutes=45))
    b.sessions.correct(logged.key, corrected_by="Người B", **fields([hoa], topic="Sửa trên B", minutes=30))
    export(a, tmp_path / "a1.dlsync")
    export(b, tmp_path / "b1.dlsync")
    files = [tmp_path / "a1.dlsync", tmp_path / "b1.dlsync"]
    import_files(coordinator, files if order == "a first" else files[::-1])
    import_files(a, [tmp_path / "b1.dlsync"])
    import_files(b, [tmp_path / "a1.dlsync"])
    corrections = sorted((e.lamport, e.origin_device_id, e.seq, e.payload["topic"])
                         for e in coordinator.log.all() if e.kind == CORRECTED)
    assert len(corrections) == 2
    winner = corrections[-1][3]
    assert [s.topic for s in coordinator.sessions.all()] == [winner]
    assert seen(a) == seen(b) == seen(coordinator)
    assert build_report(a, ["ward"]).as_json() == build_report(b, ["ward"]).as_json() \
        == build_report(coordinator, ["ward"]).as_json()


def test_a_withdrawal_wins_over_a_later_correction_made_on_another_pc(pcs, tmp_path):
    """A withdraws the session; B, not knowing it and with a later clock, corrects it.
    After the exchange, in both directions, the session is gone everywhere, reports too."""
    a, b, coordinator, _ = pcs
    hoa = a.learners.add("Nguyễn Thị Hoa", 1955)
    logged = a.sessions.log(**fields([hoa]))
    exchange(a, b, tmp_path / "a0.dlsync")
    a.sessions.withdraw(logged.key, withdrawn_by="Người A")
    for _ in range(5):  # B's correction comes after A's withdrawal in the log's order
        b.learners.add("Người khác")
    b.sessions.correct(logged.key, corrected_by="Người B", **fields([hoa], topic="Sửa muộn"))
    lamports = {e.kind: e.lamport for t in (a, b) for e in t.log.all() if e.kind in (CORRECTED, WITHDRAWN)}
    assert lamports[CORRECTED] > lamports[WITHDRAWN]
    export(a, tmp_path / "a1.dlsync")
    export(b, tmp_path / "b1.dlsync")
    import_files(b, [tmp_path / "a1.dlsync"])
    import_files(a, [tmp_path / "b1.dlsync"])
    import_files(coordinator, [tmp_path / "b1.dlsync", tmp_path / "a1.dlsync"])
    for trainer in (a, b, coordinator):
        assert trainer.sessions.all() == []
        assert build_report(trainer, []).totals.get("sessions", 0) == 0


def test_a_correction_that_arrives_before_its_session_waits_for_it(pcs, tmp_path):
    """Sync files come in any order: a correction of a session this PC has not seen yet
    changes nothing, and applies the moment the session arrives."""
    a, b, coordinator, _ = pcs
    hoa = a.learners.add("Nguyễn Thị Hoa", 1955)
    logged = a.sessions.log(**fields([hoa]))
    exchange(a, b, tmp_path / "a0.dlsync")
    b.sessions.correct(logged.key, corrected_by="Người B", **fields([hoa], topic="Đã sửa"))
    # The coordinator gets only B's correction event first: as if B's file had only it.
    [fix] = [e for e in b.log.all() if e.kind == CORRECTED]
    coordinator.log.record(CORRECTED, None, fix.payload)
    assert coordinator.sessions.all() == []
    import_files(coordinator, [export(a, tmp_path / "a1.dlsync").path])
    [session] = coordinator.sessions.all()
    assert (session.key, session.topic) == (logged.key, "Đã sửa")


def test_reports_count_sessions_attendance_and_hours_as_corrected_and_drop_withdrawn_ones(trainer, people):
    """Two sessions of 90 minutes with two people each; one corrected to 30 minutes with
    three people, in another month and area; then the other withdrawn."""
    book = trainer.sessions
    first = book.log(**fields(people[:2]))
    second = book.log(**fields(people[:2], date="2025-03-20"))

    def figures(by=()):
        report = build_report(trainer, list(by))
        return (report.totals.get("sessions", 0), report.totals.get("attendance", 0),
                report.totals.get("volunteer_hours", 0))

    assert figures() == (2, 4, 3.0)
    book.correct(first.key, corrected_by="Lê Văn Sửa",
                 **fields(people, minutes=30, date="2025-04-02", area="safety"))
    assert figures() == (2, 5, 2.0)
    rows = {(row["month"], row["area"]): (row["sessions"], row["attendance"], row["volunteer_hours"])
            for row in build_report(trainer, ["month", "area"]).rows if row.get("sessions")}
    assert rows == {("2025-03", "e-services"): (1, 2, 1.5), ("2025-04", "safety"): (1, 3, 0.5)}
    book.withdraw(second.key, withdrawn_by="Lê Văn Sửa")
    assert figures() == (1, 3, 0.5)


def test_the_timeline_follows_who_a_correction_says_came(trainer, people):
    """Hoa was ticked by mistake and Mới forgotten: after the correction Mới's story shows the
    session with the corrected topic and Hoa's no longer does; a withdrawal removes it from
    every story."""
    hoa, pao, moi = people
    book = trainer.sessions
    logged = book.log(**fields([hoa, pao]))

    def sessions_in_story(person):
        return [entry.detail for entry in trainer.overview.timeline(person.id) if entry.kind == "session"]

    assert len(sessions_in_story(hoa)) == 1 and sessions_in_story(moi) == []
    book.correct(logged.key, corrected_by="Lê Văn Sửa", **fields([pao, moi], topic="Đúng chủ đề"))
    assert sessions_in_story(hoa) == []
    assert sessions_in_story(moi) == [{"topic": "Đúng chủ đề", "place": FIELDS["place"], "date": FIELDS["date"],
                                       "volunteer": FIELDS["volunteer"], "minutes": FIELDS["minutes"]}]
    assert [entry.kind for entry in trainer.overview.timeline(moi.id)] == ["joined", "session"]
    book.withdraw(logged.key, withdrawn_by="Lê Văn Sửa")
    assert sessions_in_story(pao) == [] and sessions_in_story(moi) == []


def test_the_timeline_places_a_session_by_its_logging_event(trainer, people, sample_lesson):
    """A corrected session keeps its place in the story: between the progress made before
    it was logged and after, however late the correction came."""
    hoa = people[0]
    trainer.progress.start_lesson(hoa.id, sample_lesson)
    logged = trainer.sessions.log(**fields([hoa]))
    trainer.progress.complete_lesson(hoa.id, sample_lesson)
    trainer.sessions.correct(logged.key, corrected_by="Lê Văn Sửa", **fields([hoa], topic="Sau"))
    assert [entry.kind for entry in trainer.overview.timeline(hoa.id)] == ["joined", "lesson", "session", "lesson"]


MALFORMED = [
    {"date": "hôm qua"}, {"minutes": "90"}, {"minutes": 0}, {"minutes": True}, {"attendees": []},
    {"attendees": "abc"}, {"attendees": [1, 2]}, {"topic": ""}, {"topic": None}, {"place": ["x"]},
    {"area": "cooking"}, {"session": 7}, {"session": None}, {"ward": 3}, {"volunteer": "x" * 200},
]


def test_malformed_corrections_are_ignored_here_and_refuse_the_sync_file(pcs, tmp_path, people):
    """Corrections that break the rules, before and after a valid one (a broken version):
    this PC's fold ignores each of them and the valid correction stays in force on the list,
    the report and the timeline. Their sync file is refused whole by the strict payload
    check (issue 12), naming the field, and the other PC is left as it was."""
    a, b, _, _ = pcs
    hoa = a.learners.add("Nguyễn Thị Hoa", 1955)
    logged = a.sessions.log(**fields([hoa]))
    good = dict(fields([hoa], topic="Hợp lệ"), session=logged.key, corrected_by="Người A")

    def bad(change):
        payload = dict(good, **change)
        for key in [k for k, v in change.items() if v is None]:
            del payload[key]
        return payload

    for change in MALFORMED[:5]:
        a.log.record(CORRECTED, None, bad(change))
    a.log.record(CORRECTED, None, good)
    for change in MALFORMED[5:]:
        a.log.record(CORRECTED, None, bad(change))
    a.log.record(CORRECTED, None, {"corrected_by": "Người A"})
    a.log.record(WITHDRAWN, None, {"session": ["not", "a", "key"]})
    a.log.record(WITHDRAWN, None, {"session": "nowhere:1", "withdrawn_by": "Người A"})
    path = a.sync.export(tmp_path / "a.dlsync").path
    [result] = b.sync.import_files([path])
    assert (result.status, result.error.code) == ("refused", "sync.bad_payload")
    assert b.sessions.all() == [] and b.log.count() == 0
    for trainer in (a,):
        [session] = trainer.sessions.all()
        assert (session.topic, session.minutes, session.corrected_by) == ("Hợp lệ", 90, "Người A")
        assert build_report(trainer, ["area"]).totals["sessions"] == 1
        assert [e.detail["topic"] for e in trainer.overview.timeline(hoa.id) if e.kind == "session"] == ["Hợp lệ"]


def test_a_correction_can_change_the_ward_and_otherwise_keeps_the_sessions_own(trainer, people):
    """A coordinator correcting an imported session keeps that session's ward, not its own
    PC's, unless the correction names one."""
    book = trainer.sessions
    logged = book.log(**fields(people, ward="Xã Ba Vì"))
    trainer.device.ward = "Phường Kim Mã"
    assert book.correct(logged.key, corrected_by="Lê Văn Sửa", **fields(people, ward=None)).ward == "Xã Ba Vì"
    assert book.correct(logged.key, corrected_by="Lê Văn Sửa", **fields(people, ward="Xã Sóc Sơn")).ward \
        == "Xã Sóc Sơn"
