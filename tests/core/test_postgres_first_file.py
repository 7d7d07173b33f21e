"""A new PC's file straight into a city store's log (core/sync/first_file.py): where the
store takes that way, the log, the list of imported files, the proofs, the keys, the
folded tables and every result are exactly what the staging table gives; where it must
not, the file is staged as before; a hostile first file is refused alike.

The city store here is a real PostgreSQL server (tests/postgres.py, `postgres_server`).
"""

import hashlib
import random

import pytest

from digital_literacy_app.core.sync import archive, chain, first_file
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES
from tests.core import test_sync_attacks as attacks
from tests.core.test_postgres_fold_ahead import a_round, folded
from tests.core.test_postgres_sync import everything
from tests.core.test_sync import work
from tests.core.test_sync_attacks import carry, pc, stick, take  # noqa: F401  (fixtures)


@pytest.fixture
def lanes(monkeypatch):
    """Each city store file's way in: True straight into the log, False staged."""
    seen = []
    real = first_file.applies

    def applies(trainer, item):
        way = real(trainer, item)
        if getattr(trainer.db, "is_postgres", False):
            seen.append(way)
        return way
    monkeypatch.setattr(first_file, "applies", applies)
    return seen


def stored(trainer) -> dict:
    """Everything an import writes, the file that brought each event named by its hash."""
    conn = trainer.db.conn
    figures = dict(everything(trainer), folded=folded(trainer))
    figures["log"] = conn.execute(
        """SELECT e.origin_device_id, e.seq, e.lamport, e.kind, e.learner_id, e.wall_time, e.payload, f.sha256
           FROM events e LEFT JOIN imported_files f ON f.id = e.source_file ORDER BY 1, 2""").fetchall()
    figures["files"] = conn.execute(
        """SELECT sha256, file_name, device_id, events_new, events_known, events_held, device_name
           FROM imported_files ORDER BY sha256""").fetchall()
    figures["held"] = conn.execute("SELECT * FROM held_events ORDER BY 1, 2").fetchall()
    figures["state"] = conn.execute("SELECT * FROM sync_state ORDER BY key").fetchall()
    figures["next clock"] = conn.execute("SELECT COALESCE(MAX(lamport), 0) FROM dla_clock_marks").fetchone()
    return figures


def outcome(results) -> list:
    return [(r.path.name, r.status, r.error.code if r.error else "", r.error.details if r.error else {},
             r.events_new, r.events_known, r.events_held, r.events_released, r.learners_new,
             [(note.code, note.details) for note in r.warnings]) for r in results]


@pytest.mark.parametrize("seed", range(4))
def test_a_mix_of_imports_leaves_what_the_staging_table_leaves(tmp_path, postgres_server, pc, stick, lanes,
                                                                monkeypatch, seed):
    """Rounds of new PCs' first files (several of one PC in one import too) mixed with
    later files of PCs that add, teach, erase, join, undo and relay, into two city stores:
    one that takes new PCs' files straight into the log, one that stages every file."""
    rng, pcs, number = random.Random(seed), [pc("p0"), pc("p1")], 0
    straight = Trainer.open(tmp_path / "straight", lesson_dirs=[FIXTURES / "lessons"],
                            database=postgres_server.new_database())
    staged = Trainer.open(tmp_path / "staged", lesson_dirs=[FIXTURES / "lessons"],
                          database=postgres_server.new_database())
    with straight, staged:
        for round_ in range(4):
            number = a_round(rng, pc, pcs, stick, number, 10)
            chosen = rng.sample(pcs, rng.randint(1, len(pcs)))
            files = [carry(ward_pc, stick / f"{round_}-{index}.dlsync") for index, ward_pc in enumerate(chosen)]
            if rng.random() < 0.5:  # a PC's first and next file on one stick
                newest = pcs[-1]
                work(newest, "Người sau", steps=1)
                files.append(carry(newest, stick / f"{round_}-next.dlsync"))
            rng.shuffle(files)
            found = outcome(import_files(straight, files))
            with monkeypatch.context() as off:
                off.setattr(first_file, "applies", lambda trainer, item: False)
                assert outcome(import_files(staged, files)) == found, (seed, round_)
            assert stored(straight) == stored(staged), (seed, round_)
    assert True in lanes and False in lanes  # both ways taken


def test_a_pcs_first_file_goes_straight_in_and_its_next_is_staged(tmp_path, postgres_url, pc, stick, lanes):
    a = pc("a")
    work(a, "Bà Dung", steps=2)
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as city:
        [first] = take(city, carry(a, stick / "a-1.dlsync"))
        work(a, "Ông Đức", steps=1)
        [second] = take(city, carry(a, stick / "a-2.dlsync"))
        assert lanes == [True, False]
        assert (first.events_new, first.events_known, first.learners_new) == (4, 0, 1)
        assert (second.events_new, second.events_known, second.learners_new) == (3, 4, 1)
        files = dict(city.db.conn.execute("SELECT file_name, id FROM imported_files").fetchall())
        assert city.db.conn.execute("SELECT source_file, COUNT(*) FROM events GROUP BY 1 ORDER BY 1").fetchall() == [
            (files["a-1.dlsync"], 4), (files["a-2.dlsync"], 3)]
        assert city.db.conn.execute("SELECT COUNT(*) FROM learners").fetchone()[0] == 2
        assert not list(city.data_dir.rglob("import-rows*"))


def _forgotten_or_retired(conn, column: str, device_id: str, key: str, after: int) -> None:
    conn.execute(f"""INSERT INTO known_devices (device_id, public_key, first_seen, last_seen, {column})
                     VALUES (?, ?, '2026-01-01', '2026-01-01', ?)""", (device_id, key, after))


@pytest.mark.parametrize("mark", ["retired_after_seq", "forgotten_after_seq"])
def test_a_pc_retired_or_forgotten_before_its_first_file_is_staged_and_set_apart(tmp_path, postgres_url, pc, stick,
                                                                               lanes, mark):
    """Its events after the mark are kept apart (the staged way), never counted."""
    a = pc("a")
    work(a, "Bà Dung", steps=3)
    path = carry(a, stick / "a.dlsync")
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as city:
        with city.db.atomic():
            _forgotten_or_retired(city.db.conn, mark, a.device.device_id, a.device.public_key_hex, 2)
        [result] = import_files(city, [path])
        assert lanes == [False]
        assert (result.status, result.events_new, result.events_held) == ("imported", 2, 3)


def test_a_relay_a_trust_list_a_blanked_copy_and_held_events_are_staged(tmp_path, postgres_url, pc, stick, lanes):
    """A: its events were relayed by X before (held: A's key unknown then); X: a relay of
    two origins. Neither goes straight in; A's own file then lets its held events go."""
    a, x = pc("a"), pc("x")
    work(a, "Người Của A", steps=1)
    take(x, carry(a, stick / "a-1.dlsync"))
    work(x, "Người Của X")
    relay = carry(x, stick / "x.dlsync")
    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as city:
        [from_x] = take(city, relay)
        assert from_x.events_held == 3 and lanes == [False]  # two origins
        [from_a] = take(city, stick / "a-1.dlsync")
        assert lanes == [False, False]  # A's events are held here
        assert from_a.events_new == 3 and attacks.held(city) == []


def test_the_summary_gives_up_on_what_only_the_staging_table_checks():
    created = '{"birth_year":1950,"group":"elderly","name":"Bà Dung","salt":"' + "ab" * 16 + '","ward":""}'
    blanked = '{"birth_year":null,"group":"elderly","name":"","personal":"' + "cd" * 32 + '","ward":""}'
    time = "2026-03-01T08:00:00.000+00:00"
    lane = first_file.OneOrigin()
    lane.add([("o1", 1, 1, "learner.created", "L1", time, created),
              ("o1", 3, 2, "learner.merged", "L2", time, '{"into":"L9"}'),
              ("o1", 2, 3, "lesson.started", "L3", time, '{"lesson_id":"x","lesson_version":1}')])
    assert lane.usable and (lane.origin, lane.low, lane.high, lane.count, lane.created) == ("o1", 1, 3, 3, 1)
    assert lane.learners == {"L1", "L2", "L3", "L9"}  # the one joined into too: the refold's
    for rows in ([("o1", 1, 1, "lesson.started", "L1", time, "{}"), ("o2", 1, 2, "lesson.started", "L1", time, "{}")],
                 [("o1", 1, 1, "learner.updated", "L1", time, blanked)],
                 [("o1", 1, 1, "learner.created", "L1", time, "not json")],
                 [("o1", n, n, "lesson.started", f"L{n}", time, "{}") for n in range(1, first_file.LIMIT + 2)]):
        lane = first_file.OneOrigin()
        lane.add(rows)
        assert not lane.usable and not lane.learners


def test_the_ranges_the_manifest_says_are_checked_from_the_summary():
    lane = first_file.OneOrigin()
    lane.add([("o1", n, n, "lesson.started", "L1", "2026-03-01T08:00:00.000+00:00", "{}") for n in (1, 2, 4)])
    with pytest.raises(archive.SyncFileError) as gaps:
        lane.check_ranges({"ranges": {"o1": [1, 4]}}, "f.dlsync")
    assert gaps.value.code == "sync.gaps"
    for said in ({"o1": [1, 5]}, {"o1": [1, 4], "o2": [1, 1]}, {}):
        with pytest.raises(archive.SyncFileError) as wrong:
            lane.check_ranges({"ranges": said}, "f.dlsync")
        assert wrong.value.code == "sync.ranges_mismatch"


def _signed(path, signer, manifest, events, *, ranges=None, proof=None):
    """A first file of `signer`'s own events, signed by it, with the manifest's ranges or
    its own proof as given (else as they should be)."""
    origin = signer.device.device_id
    data = b"".join(attacks.line_of(e) + b"\n" for e in events)
    good = chain.make_proof(origin, events[-1]["seq"], attacks.head_of(origin, events), signer.device.sign)
    body = dict(manifest, counts={"events": len(events)}, ranges=ranges or {origin: [1, events[-1]["seq"]]},
                events_sha256=hashlib.sha256(data).hexdigest(), proofs={origin: proof or good})
    path.write_bytes(archive.build_zip(body, data, signer.device.sign))
    return path


def test_a_hostile_first_file_is_refused_alike_on_both_engines_and_both_ways(tmp_path, pc, stick, postgres_server,
                                                                            monkeypatch, lanes):
    """Forged by the PC itself (it holds its key): ranges that are not its events', its
    learner's name blanked though nobody erased them, a proof of another chain or signed
    by another key. Refused with the same reason on
    SQLite, on the city store straight and staged; nothing kept."""
    a, other = pc("a"), pc("other")
    work(a, "Bà Dung", steps=2)
    genuine = carry(a, stick / "a.dlsync")
    manifest, events = attacks.read_sync(genuine)
    aid = a.device.device_id
    wrong_key = chain.make_proof(aid, events[-1]["seq"], attacks.head_of(aid, events), other.device.sign)
    short = chain.make_proof(aid, 2, attacks.head_of(aid, events[:2]), a.device.sign)
    blanked = [dict(e, payload=chain.redacted(e["payload"])) if e["kind"] == "learner.created" else e
               for e in events]
    hostile = [_signed(stick / "ranges-wider.dlsync", a, manifest, events, ranges={aid: [1, 9]}),
               _signed(stick / "blanked.dlsync", a, manifest, blanked),
               _signed(stick / "ranges-other.dlsync", a, manifest, events, ranges={aid: [1, len(events)], "zz": [1, 1]}),
               _signed(stick / "proof-key.dlsync", a, manifest, events, proof=wrong_key),
               _signed(stick / "proof-short.dlsync", a, manifest, events, proof=short)]
    found = []
    for name, url, way in (("sqlite", None, None), ("straight", postgres_server.new_database(), True),
                           ("staged", postgres_server.new_database(), False)):
        with Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"], database=url) as coordinator:
            if way is False:
                monkeypatch.setattr(first_file, "applies", lambda trainer, item: False)
            codes = []
            for path in hostile:
                [result] = import_files(coordinator, [path])
                codes.append((path.name, result.status, result.error.code, result.error.details))
            assert coordinator.db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
            assert coordinator.db.conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0] == 0
            [result] = import_files(coordinator, [genuine])
            found.append((codes, result.status, result.events_new))
    assert [code for _, _, code, _ in found[0][0]] == ["sync.ranges_mismatch", "sync.forged_relay",
                                                       "sync.ranges_mismatch", "sync.proof_invalid",
                                                       "sync.proof_invalid"]
    assert found[0] == found[1] == found[2]
    assert found[0][1:] == ("imported", 4)
    assert lanes == [True, False, True, True, True, True]  # the blanked copy: staged, for erasures.check


def test_only_a_format_2_file_of_its_signer_without_a_trust_list_goes_straight_in(tmp_path, postgres_url, pc, stick):
    """The conditions on the file itself, asked of a real store that knows no PC."""
    from types import SimpleNamespace

    with Trainer.open(tmp_path / "city", lesson_dirs=[FIXTURES / "lessons"], database=postgres_url) as city:
        def item(**changed):
            lane = first_file.OneOrigin()
            lane.add([("pc-a", n, n, "lesson.started", "L1", "2026-03-01T08:00:00.000+00:00", "{}") for n in (1, 2)])
            fields = dict(rows=tmp_path / "rows", lane=lane, version=2, trust=None, manifest={"device": {"id": "pc-a"}})
            fields.update(changed)
            return SimpleNamespace(**fields)

        assert first_file.applies(city, item())
        own = item(manifest={"device": {"id": city.device.device_id}})
        own.lane.origin = city.device.device_id
        for other in (item(version=1), item(trust=b"{}"), item(rows=None), item(lane=None), own,
                      item(manifest={"device": {"id": "pc-x"}})):  # a relay of one other PC's events
            assert not first_file.applies(city, other)
