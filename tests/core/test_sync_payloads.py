"""Every known event kind has a declared payload schema, checked on import (issue 12, item 6).

A file with one event whose payload breaks its kind's schema (a number where a name belongs,
`minutes: "lots"`, a date that is no date) is refused whole, naming the field, with the
database unchanged and no traceback; every payload the app writes, today or in earlier
versions, passes; unknown kinds and unknown keys pass (newer versions add them).
"""

import hashlib
import json
from datetime import date
from pathlib import Path

import orjson
import pytest
from hypothesis import example, HealthCheck, event, given, settings, strategies as st
from nacl.signing import SigningKey

from digital_literacy_app.core.reports.build import build_report
from digital_literacy_app.core.device import derived_id
from digital_literacy_app.core.sync import archive
from digital_literacy_app.core.sync.chain import PERSONAL_KINDS
from digital_literacy_app.core.sync.payloads import SCHEMAS, payload_problem
from digital_literacy_app.core.trainer import Trainer
from tests.certificate_pack import complete, write_pack
from tests.conftest import FIXTURES, new_data_dir

LEARNER = "djkkayv2jn"
SESSION = {"date": "2026-11-20", "ward": "Xã Ba Vì", "place": "Nhà văn hoá thôn 3", "volunteer": "Trần Thu Hà",
           "topic": "Cài VNeID", "area": "e-services", "minutes": 90, "attendees": [LEARNER, "k3m9pq7rst"]}
LESSON = {"lesson_id": "vietqr-pay", "lesson_version": 1}
# kind -> (learner, a payload the app writes)
GENUINE = {
    "learner.created": (LEARNER, {"name": "Nguyễn Thị Hoa", "birth_year": 1955, "group": "elderly",
                                  "ward": "Xã Ba Vì", "salt": "5f" * 16}),
    "learner.updated": (LEARNER, {"name": "Nguyễn Thị Hoà", "birth_year": None, "group": "farmer", "ward": ""}),
    "learner.erased": (LEARNER, {}),
    "learner.merged": (LEARNER, {"into": "k3m9pq7rst"}),
    "learner.unmerged": (LEARNER, {"merge": "5d25e9e430bb4709:12"}),
    "lesson.started": (LEARNER, dict(LESSON)),
    "step.completed": (LEARNER, dict(LESSON, step_id="scan", step_index=3, steps_total=10, refused=True)),
    "quiz.answered": (LEARNER, dict(LESSON, step_id="q1", choice=1, correct=True, attempt=2)),
    "practice.tried": (LEARNER, dict(LESSON, step_id="try-it", screen_id="form", element="next", right=False)),
    "hint.used": (LEARNER, dict(LESSON, step_id="try-it", shown="show_me")),
    "lesson.completed": (LEARNER, dict(LESSON)),
    "certificate.issued": (LEARNER, {"certificate_id": "K7MPQ2XA", "what": "area:safety",
                                     "lessons": ["sms-links", "never-share-otp"], "volunteer": "Trần Văn Tình",
                                     "date": "2025-06-01", "ward": "Phường Ba Đình"}),
    "session.logged": (None, dict(SESSION)),
    "session.corrected": (None, dict(SESSION, minutes=60, session="5d25e9e430bb4709:12", corrected_by="Lê Văn Sửa")),
    "session.withdrawn": (None, {"session": "5d25e9e430bb4709:12", "withdrawn_by": "Lê Văn Sửa"}),
}
# What every version of the app writes, so an event without it is refused.
REQUIRED = {
    "learner.created": ["group", "ward"], "learner.updated": [], "learner.erased": [], "learner.merged": ["into"],
    "learner.unmerged": ["merge"],
    "lesson.started": ["lesson_id"], "lesson.completed": ["lesson_id"],
    "step.completed": ["lesson_id", "step_id"], "quiz.answered": ["lesson_id", "step_id"],
    "practice.tried": ["lesson_id", "step_id"], "hint.used": ["lesson_id", "step_id"],
    "certificate.issued": ["certificate_id", "what", "lessons", "volunteer", "date", "ward"],
    "session.logged": ["date", "ward", "place", "volunteer", "topic", "minutes", "attendees"],
    "session.corrected": ["session", "date", "ward", "place", "volunteer", "topic", "minutes", "attendees",
                          "corrected_by"],
    "session.withdrawn": ["session", "withdrawn_by"],
}
TEXT_FIELDS = {"name", "group", "ward", "into", "lesson_id", "step_id", "screen_id", "element", "shown", "salt",
               "certificate_id", "what", "volunteer", "place", "topic", "area", "session", "corrected_by",
               "withdrawn_by", "date", "merge"}
INT_FIELDS = {"birth_year", "lesson_version", "step_index", "steps_total", "choice", "attempt", "minutes"}
BOOL_FIELDS = {"refused", "correct", "right"}
LIST_FIELDS = {"attendees", "lessons"}


def test_every_known_kind_is_declared_and_the_tables_here_cover_them():
    assert set(SCHEMAS) == set(GENUINE) == set(REQUIRED)
    assert {name for _, rules in SCHEMAS.values() for name, *_ in rules} <= (
        TEXT_FIELDS | INT_FIELDS | BOOL_FIELDS | LIST_FIELDS | {"personal"})


@pytest.mark.parametrize("kind", sorted(GENUINE))
def test_a_genuine_payload_passes_and_so_do_unknown_keys(kind):
    learner, payload = GENUINE[kind]
    assert payload_problem(kind, learner, payload) is None
    assert payload_problem(kind, learner, dict(payload, added_by_a_newer_version={"any": [1, 2.5, None]})) is None


@pytest.mark.parametrize("kind,payload", [
    ("learner.created", {"group": "elderly", "ward": "Xã Ba Vì", "personal": "ab" * 32}),  # an erased person
    ("learner.updated", {}),  # an update of the name only, after an erase
    ("learner.updated", {"birth_year": None}),
    ("quiz.answered", {"lesson_id": "sms-links", "step_id": "q1", "right": False}),  # the older word
    ("practice.tried", {"lesson_id": "sms-links", "step_id": "s0", "right": False}),  # benchmarks/bench_sync.py
    ("step.completed", {"lesson_id": "sms-links", "step_id": "s0", "step_index": 0}),
    ("hint.used", {"lesson_id": "sms-links", "step_id": "s0"}),
    ("session.logged", {k: v for k, v in SESSION.items() if k != "area"}),  # `area` is optional
    ("certificate.issued", dict(GENUINE["certificate.issued"][1], volunteer="", ward="")),
])
def test_payloads_of_earlier_versions_and_erased_people_pass(kind, payload):
    learner = None if kind.startswith("session.") else LEARNER
    assert payload_problem(kind, learner, payload) is None


def test_everything_the_app_records_passes(tmp_path):
    """Every event the app's own operations write, of every known kind, passes its schema."""
    pack = write_pack(tmp_path / "pack")
    with Trainer.open(tmp_path / "data", lesson_dirs=[FIXTURES / "lessons", pack]) as trainer:
        trainer.certificates.today = lambda: date(2025, 6, 1)
        lesson = trainer.lessons.get("sample-lesson")
        hoa = trainer.learners.add("Nguyễn Thị Hoa", 1955, "elderly", "Xã Ba Vì")
        twin = trainer.learners.add("Nguyen Thi Hoa", None, "other", "")
        gone = trainer.learners.add("Xin Xóa Tôi", 1960, "farmer")
        trainer.learners.update(hoa.id, name="Nguyễn Thị Hoà", birth_year="", ward="Phường Kim Mã")
        progress = trainer.progress
        progress.start_lesson(hoa.id, lesson)
        progress.complete_step(hoa.id, lesson, "intro")
        progress.record_tap(hoa.id, lesson, "try-it", "form", "cancel")
        progress.use_hint(hoa.id, lesson, "try-it", shown="show_me")
        progress.complete_step(hoa.id, lesson, "drill", refused=True)
        progress.answer_quiz(hoa.id, lesson, "q1", 0)
        progress.answer_quiz(hoa.id, lesson, "q1", 1, attempt=2)
        progress.complete_lesson(hoa.id, lesson)
        complete(trainer, hoa.id, ["safe-calls", "safe-otp"])
        trainer.certificates.issue(hoa.id, "Trần Văn Tình", tmp_path / "c.pdf")
        logged = trainer.sessions.log(date="2026-11-20", place="Nhà văn hoá", volunteer="Trần Thu Hà",
                                      topic="Cài VNeID", minutes=90, attendees=[hoa.id, gone.id], area="e-services")
        trainer.sessions.correct(logged.key, date="2026-11-21", place="Nhà văn hoá", volunteer="Trần Thu Hà",
                                 topic="Cài VNeID", minutes=600, attendees=[hoa.id], corrected_by="Lê Văn Sửa")
        trainer.sessions.withdraw(logged.key, withdrawn_by="Lê Văn Sửa")
        trainer.learners.merge(twin.id, hoa.id)
        trainer.learners.unmerge([twin.id])
        trainer.learners.merge(twin.id, hoa.id)
        trainer.learners.erase(gone.id)
        events = list(trainer.log.all())
    assert {e.kind for e in events} == set(SCHEMAS)
    assert [(e.kind, payload_problem(e.kind, e.learner_id, e.payload)) for e in events
            if payload_problem(e.kind, e.learner_id, e.payload) is not None] == []


WRONG_TYPES = {
    "text": [7, 0, 1.5, True, None, [], ["x"], {}, {"x": "y"}],
    "int": ["5", "", 5.0, True, False, None, [], [5], {}],
    "bool": [1, 0, "true", None, [], {}],
    "list": ["abc", 7, None, {}, {"a": "b"}, True],
}


def _fields_and_types():
    for kind, (_, payload) in sorted(GENUINE.items()):
        for field in sorted(payload):
            group = ("text" if field in TEXT_FIELDS else "int" if field in INT_FIELDS
                     else "bool" if field in BOOL_FIELDS else "list")
            for value in WRONG_TYPES[group]:
                if not (field == "birth_year" and value is None):
                    yield kind, field, value


@pytest.mark.parametrize("kind,field,value", list(_fields_and_types()))
def test_a_known_field_of_the_wrong_type_is_refused_by_name(kind, field, value):
    learner, payload = GENUINE[kind]
    assert payload_problem(kind, learner, dict(payload, **{field: value})) == field


@pytest.mark.parametrize("kind,field", [(kind, field) for kind in sorted(REQUIRED) for field in REQUIRED[kind]])
def test_a_missing_required_field_is_named(kind, field):
    learner, payload = GENUINE[kind]
    assert payload_problem(kind, learner, {k: v for k, v in payload.items() if k != field}) == field


OUT_OF_RULE = [
    # kind, field, value
    ("session.logged", "date", "x"), ("session.logged", "date", "2026-02-30"), ("session.logged", "date", "20261127"),
    ("session.logged", "date", "2026-1-05"), ("session.logged", "date", " 2026-11-2"), ("session.logged", "date", ""),
    ("session.logged", "date", "２０２６-11-20"), ("session.logged", "date", "2026-W47-5"),
    ("certificate.issued", "date", "2025-13-01"), ("session.corrected", "date", "hôm qua"),
    ("session.logged", "minutes", "lots"), ("session.logged", "minutes", 0), ("session.logged", "minutes", 601),
    ("session.logged", "minutes", -90), ("session.logged", "minutes", 10**30), ("session.corrected", "minutes", 0),
    ("session.logged", "attendees", []), ("session.logged", "attendees", [1, 2]), ("session.logged", "attendees", [""]),
    ("session.logged", "attendees", ["x" * 65]), ("session.logged", "attendees", ["a"] * 501),
    ("session.logged", "attendees", [[LEARNER]]), ("session.logged", "attendees", [LEARNER, None]),
    ("session.logged", "place", ""), ("session.logged", "place", "x" * 121), ("session.logged", "topic", ""),
    ("session.logged", "volunteer", "x" * 200), ("session.logged", "ward", "x" * 121),
    ("session.corrected", "session", "no colon here"), ("session.corrected", "session", "x" * 97),
    ("session.corrected", "corrected_by", ""), ("session.withdrawn", "withdrawn_by", ""),
    ("session.withdrawn", "session", ""),
    ("learner.created", "name", ""), ("learner.created", "name", "x" * 121), ("learner.created", "group", ""),
    ("learner.created", "birth_year", 1899), ("learner.created", "birth_year", 2101),
    ("learner.created", "birth_year", -(10**40)), ("learner.created", "ward", "x" * 121),
    ("learner.updated", "name", "x" * 500), ("learner.merged", "into", ""), ("learner.merged", "into", "x" * 65),
    ("step.completed", "lesson_id", ""), ("step.completed", "lesson_id", "x" * 65), ("step.completed", "step_id", ""),
    ("step.completed", "step_index", -1), ("step.completed", "step_index", 10_001),
    ("step.completed", "steps_total", 10**20), ("lesson.started", "lesson_version", 0),
    ("quiz.answered", "choice", -1), ("quiz.answered", "attempt", 0),
    ("certificate.issued", "lessons", ["x"] * 501), ("certificate.issued", "lessons", [""]),
    ("certificate.issued", "certificate_id", ""), ("certificate.issued", "volunteer", "x" * 121),
]


@pytest.mark.parametrize("kind,field,value", OUT_OF_RULE)
def test_a_value_out_of_range_or_format_is_refused_by_name(kind, field, value):
    learner, payload = GENUINE[kind]
    assert payload_problem(kind, learner, dict(payload, **{field: value})) == field


def test_the_edges_of_each_range_pass():
    for kind, field, value in [("session.logged", "minutes", 1), ("session.logged", "minutes", 600),
                               ("session.logged", "attendees", ["a"] * 500), ("session.logged", "place", "x" * 120),
                               ("session.logged", "date", "2024-02-29"), ("learner.created", "birth_year", 1900),
                               ("learner.created", "birth_year", 2100), ("step.completed", "step_index", 0),
                               ("learner.merged", "into", "x" * 64), ("certificate.issued", "lessons", [])]:
        learner, payload = GENUINE[kind]
        assert payload_problem(kind, learner, dict(payload, **{field: value})) is None, (kind, field, value)


@pytest.mark.parametrize("kind", sorted(GENUINE))
def test_the_learner_rule(kind):
    """Learners' and lessons' events and certificates name a learner; sessions name none."""
    learner, payload = GENUINE[kind]
    if learner is None:
        assert payload_problem(kind, LEARNER, payload) == "learner"
    else:
        for wrong in (None, "", "x" * 65, 7, ["x"]):
            assert payload_problem(kind, wrong, payload) == "learner"


def test_unknown_kinds_pass_whatever_they_hold_and_a_payload_must_be_an_object():
    assert payload_problem("volunteer.badge_awarded", None, {"minutes": "lots", "name": 7}) is None
    assert payload_problem("volunteer.badge_awarded", "anyone", {"x": [1, {"y": None}]}) is None
    assert payload_problem(7, None, {}) is None
    assert payload_problem("lesson.started", LEARNER, ["lesson_id"]) == "payload"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=130),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
FIELD_NAMES = sorted(TEXT_FIELDS | INT_FIELDS | BOOL_FIELDS | LIST_FIELDS | {"personal"})


@settings(max_examples=400, deadline=None)
@given(kind=st.sampled_from(sorted(GENUINE) + ["not.a.kind"]), learner=st.none() | st.text(max_size=70) | JSON,
       changes=st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=6), JSON, max_size=5),
       dropped=st.sets(st.sampled_from(FIELD_NAMES), max_size=3))
def test_any_json_in_any_field_of_any_kind_never_raises(kind, learner, changes, dropped):
    _, genuine = GENUINE.get(kind, (None, {}))
    payload = {k: v for k, v in genuine.items() if k not in dropped}
    payload.update(changes)
    problem = payload_problem(kind, learner, payload)
    assert problem is None or problem == "learner" or problem in payload or problem in REQUIRED.get(kind, ())


# -- through the real importer ---------------------------------------------------------------

TIME = "2026-11-27T09:00:00.000+00:00"


class Source:
    """A PC that signs its own (version 1) sync files with its own key, whatever they hold.

    Its accepted events stay in its later files, as a real PC's do, so each file is a
    gap-free prefix of its log plus the one event under test.
    """

    def __init__(self):
        self.key = SigningKey.generate()
        self.device_id = derived_id(self.key.verify_key.encode().hex())
        self.lines: list[str] = []

    def file(self, path: Path, kind, learner, payload) -> Path:
        seq = len(self.lines) + 1
        # json, not orjson: a payload may hold what orjson cannot write (a huge integer).
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        line = archive.event_line(self.device_id, seq, seq, kind, learner, TIME, text)
        body = ("\n".join(self.lines + [line]) + "\n").encode("utf-8")
        manifest = {"format": "dlsync", "version": 1, "min_reader_version": 1, "created_at": TIME,
                    "device": {"id": self.device_id, "name": "PC thử", "ward": "Xã Ba Vì",
                               "public_key": self.key.verify_key.encode().hex()},
                    "known_devices": [], "counts": {"events": seq}, "ranges": {self.device_id: [1, seq]},
                    "events_sha256": hashlib.sha256(body).hexdigest()}
        path.write_bytes(archive.build_zip(manifest, body, lambda data: self.key.sign(data).signature))
        self.pending = line
        return path

    def kept(self) -> None:
        self.lines.append(self.pending)


def dump(trainer) -> tuple:
    conn = trainer.db.conn
    return tuple(conn.execute(sql).fetchall() for sql in (
        "SELECT * FROM events ORDER BY origin_device_id, seq", "SELECT * FROM learners ORDER BY id",
        "SELECT * FROM lesson_progress ORDER BY 1, 2", "SELECT sha256, file_name FROM imported_files ORDER BY 1",
        "SELECT * FROM certificates ORDER BY 1, 2"))


@pytest.fixture
def coordinator(tmp_path, migrated_database):
    with Trainer.open(new_data_dir(tmp_path / "coordinator", migrated_database),
                      lesson_dirs=[FIXTURES / "lessons"]) as opened:
        yield opened


@pytest.fixture
def ward_pc(tmp_path, migrated_database):
    with Trainer.open(new_data_dir(tmp_path / "ward", migrated_database), lesson_dirs=[FIXTURES / "lessons"]) as pc:
        yield pc


def test_a_session_with_no_date_and_lots_of_minutes_refuses_its_file_not_the_others(coordinator, ward_pc, tmp_path):
    """Made with the app's own writers (a volunteer's PC and its exporter): the file holding
    `date: "x"`, `minutes: "lots"` is refused naming the field, nothing of it is kept or
    counted, and a good file of the same import goes in."""
    hoa = ward_pc.learners.add("Nguyễn Thị Hoa", 1955, "elderly")
    ward_pc.sessions.log(date="2026-11-20", place="Nhà văn hoá", volunteer="Trần Thu Hà", topic="Cài VNeID",
                         minutes=90, attendees=[hoa.id])
    good = ward_pc.sync.export(tmp_path / "good.dlsync").path
    ward_pc.log.record("session.logged", None, dict(SESSION, date="x", minutes="lots", attendees=[hoa.id]))
    bad = ward_pc.sync.export(tmp_path / "bad.dlsync").path
    before = dump(coordinator)
    [refused] = coordinator.sync.import_files([bad])
    assert refused.status == "refused"
    assert (refused.error.code, refused.error.details["field"], refused.error.details["kind"]) == (
        "sync.bad_payload", "date", "session.logged")
    assert "bad.dlsync" in refused.reason and "“date”" in refused.reason
    assert "“date”" in refused.error.say("vi") and "từ chối" in refused.error.say("vi")
    assert dump(coordinator) == before
    results = coordinator.sync.import_files([bad, good])
    assert [r.status for r in results] == ["refused", "imported"]
    assert build_report(coordinator, ["area"]).totals["sessions"] == 1


WRONG_IN_ONE_FIELD = [
    ("learner.created", LEARNER, {"name": 7, "group": "other", "ward": ""}, "name"),
    ("learner.created", LEARNER, {"name": ["Hoa"], "group": "other", "ward": ""}, "name"),
    ("learner.created", LEARNER, {"name": {"vi": "Hoa"}, "group": "other", "ward": ""}, "name"),
    ("learner.updated", LEARNER, {"birth_year": "1955"}, "birth_year"),
    ("learner.updated", LEARNER, {"group": 3}, "group"),
    ("learner.merged", LEARNER, {"into": ["k3m9pq7rst"]}, "into"),
    ("learner.unmerged", LEARNER, {"merge": "no-colon"}, "merge"),
    ("step.completed", LEARNER, {"lesson_id": "sample-lesson", "step_id": "intro", "step_index": "3"}, "step_index"),
    ("lesson.started", LEARNER, {"lesson_id": "sample-lesson", "lesson_version": "2"}, "lesson_version"),
    ("quiz.answered", LEARNER, {"lesson_id": 12, "step_id": "q1"}, "lesson_id"),
    ("certificate.issued", LEARNER, dict(GENUINE["certificate.issued"][1], lessons="sms-links"), "lessons"),
    ("session.logged", None, dict(SESSION, attendees=[1, 2]), "attendees"),
    ("session.logged", LEARNER, dict(SESSION), "learner"),
    ("lesson.completed", None, {"lesson_id": "sample-lesson"}, "learner"),
]


@pytest.mark.parametrize("kind,learner,payload,field", WRONG_IN_ONE_FIELD)
def test_a_wrong_type_refuses_the_file_naming_the_field_with_no_traceback(coordinator, tmp_path, kind, learner,
                                                                         payload, field):
    source = Source()
    path = source.file(tmp_path / "pc.dlsync", "learner.created", LEARNER,
                       {"name": "Nguyễn Thị Hoa", "birth_year": 1955, "group": "elderly", "ward": "Xã Ba Vì"})
    source.kept()
    source.file(path, kind, learner, payload)
    before = dump(coordinator)
    [result] = coordinator.sync.import_files([path])
    assert (result.status, result.error.code, result.error.details) == (
        "refused", "sync.bad_payload", {"file": "pc.dlsync", "line": 2, "kind": kind, "field": field})
    assert dump(coordinator) == before


# A lesson the coordinator has, so accepted progress is folded into real rows.
THROUGH_IMPORT = {kind: (learner, dict(payload, lesson_id="sample-lesson") if "lesson_id" in payload else payload)
                  for kind, (learner, payload) in GENUINE.items()}
# Values that keep some schema (so about half the files go in and are folded) or break it.
PLAUSIBLE = st.sampled_from([None, True, False, 0, 1, 3, 90, 600, 601, 1955, "", "sample-lesson", "q1",
                             "2026-11-20", "2026-02-30", "Nguyễn Thị Hoa", "x" * 121, [LEARNER], [], ["a", 7]])
VALUES = st.one_of(PLAUSIBLE, PLAUSIBLE, PLAUSIBLE, JSON, st.integers(-(2**70), 2**70),
                   st.text(min_size=118, max_size=122))


def _changed_event(kind):
    """(kind, {field: value} for one or two fields, fields of the genuine payload left out)."""
    own = sorted(THROUGH_IMPORT[kind][1]) or ["into"]
    field = st.sampled_from(own) | st.sampled_from(FIELD_NAMES)
    return st.tuples(st.just(kind), st.lists(st.tuples(field, VALUES), min_size=1, max_size=2).map(dict),
                     st.sets(st.sampled_from(own), max_size=1))


@pytest.fixture
def source():
    return Source()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(change=st.sampled_from(sorted(THROUGH_IMPORT)).flatmap(_changed_event))
@example(change=("learner.created", {"personal": "sample-lesson"}, set()))  # found by CI, 2026-12-06
def test_random_payload_values_through_the_real_import_never_crash_and_a_refusal_changes_nothing(
        coordinator, source, tmp_path, change):
    """Whatever a signed file's event of any known kind holds: imported when its payload
    keeps the schema (and then folded without a crash), otherwise refused with the database
    exactly as before. One coordinator takes every file, as a real one does."""
    kind, changes, dropped = change
    learner, genuine = THROUGH_IMPORT[kind]
    payload = {k: v for k, v in genuine.items() if k not in dropped}
    payload.update(changes)
    path = source.file(tmp_path / f"pc-{len(source.lines)}.dlsync", kind, learner, payload)
    before = dump(coordinator)
    [result] = coordinator.sync.import_files([path])
    try:  # the payload as the importer reads it (orjson reads an integer beyond 64 bits as a float)
        seen = orjson.loads(json.dumps(payload))
    except orjson.JSONDecodeError:  # NaN or infinity: not JSON
        seen = None
    problem = None if seen is None else payload_problem(kind, learner, seen)
    event(f"{result.status}: {result.error.code if result.error else kind}")
    nul = seen is not None and _holds_nul(seen)  # U+0000 in a text: damaged on every engine
    if result.status == "imported":
        assert seen is not None and problem is None and not nul
        assert len(dump(coordinator)[0]) == len(before[0]) + 1
        source.kept()
        return
    assert result.status == "refused", result
    assert dump(coordinator) == before
    if kind in PERSONAL_KINDS and "personal" in payload and result.error.code == "sync.forged_relay":
        return  # the erased form of a name nobody erased: refused as a blanked name (importer._check_erasures)
    if seen is None or (problem is None and nul):
        assert result.error.code == "sync.event_damaged", result.reason
    else:
        assert problem is not None, result.reason
        assert (result.error.code, result.error.details["field"]) == ("sync.bad_payload", problem)


def _holds_nul(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    return isinstance(value, list) and any(_holds_nul(v) for v in value)


def test_what_the_app_writes_stays_within_what_a_sync_file_may_carry(trainer, tmp_path):
    """The limits a reader checks are the limits the app keeps when recording: a ward,
    a certificate's volunteer name and a session's attendees too long are refused at once,
    with a reason, instead of making every later sync file of this PC refused elsewhere."""
    from digital_literacy_app.core.errors import InvalidInputError

    with pytest.raises(InvalidInputError) as caught:
        trainer.learners.add("Nguyễn Văn Dài", 1950, "elderly", "P" * 121)
    assert caught.value.code == "learner.ward_too_long"
    person = trainer.learners.add("Nguyễn Văn Vừa", 1950, "elderly", "P" * 120)
    with pytest.raises(InvalidInputError) as caught:
        trainer.learners.update(person.id, ward="W" * 121)
    assert caught.value.code == "learner.ward_too_long"
    with pytest.raises(InvalidInputError) as caught:
        trainer.certificates.issue(person.id, "V" * 121, tmp_path / "c.pdf")
    assert caught.value.code == "certificate.volunteer_too_long"
    many = [trainer.learners.add(f"Người {n}", 1950, "elderly").id for n in range(501)]
    with pytest.raises(InvalidInputError) as caught:
        trainer.sessions.log(date="2026-12-01", place="Nhà văn hoá", volunteer="Hà", topic="VNeID",
                             minutes=60, attendees=many)
    assert caught.value.code == "session.too_many"
