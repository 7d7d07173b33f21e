"""Issue 12, attacked as an attacker with one USB stick would: every hostile file here is
made from real files written by real PCs (Trainer instances in temporary folders), then
changed the way an attacker with their own PC "X" can change it: events of another PC
added, dropped or changed, the manifest's counts, ranges, hash and proofs recomputed, and
the whole file signed again with X's own key (archive.build_zip). Each attack is refused
(or held apart, where the design holds) with the coordinator's database unchanged, and
the genuine files are accepted afterwards.
"""

import hashlib
import itertools
import json
import random
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import orjson
import pytest

from digital_literacy_app.core.certificates.code import CertificateFacts, fit, make_code, new_certificate_id
from digital_literacy_app.core.reports.build import build_report
from digital_literacy_app.core.sync import archive, chain, sealing
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.sync.keyfile import read_public_key
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES

_SORT = orjson.OPT_SORT_KEYS
REPORTS = (["ward", "group"], ["area", "month"], ["competence"])


# -- real PCs ------------------------------------------------------------------------------

@pytest.fixture
def pc(tmp_path):
    """`pc("a")`: a real PC with its own data folder (closed after the test)."""
    opened = []

    def open_pc(name: str) -> Trainer:
        trainer = Trainer.open(tmp_path / "pcs" / name, lesson_dirs=[FIXTURES / "lessons"])
        opened.append(trainer)
        return trainer

    yield open_pc
    for trainer in opened:
        trainer.close()


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def work(trainer, name: str, steps: int = 2):
    lesson = trainer.lessons.get("sample-lesson")
    learner = trainer.learners.add(name, 1950, "elderly", "Xã Ba Vì")
    trainer.progress.start_lesson(learner.id, lesson)
    for step in lesson.steps[:steps]:
        trainer.progress.complete_step(learner.id, lesson, step.id)
    return learner


def carry(trainer, path: Path) -> Path:
    """Write `trainer`'s genuine sync file at `path`."""
    return export(trainer, path).path


def take(trainer, *paths):
    results = import_files(trainer, list(paths))
    assert all(r.status in ("imported", "already") for r in results), [r.reason for r in results]
    return results


# -- what a database holds -----------------------------------------------------------------

def dump(trainer) -> dict:
    """Every table, every row, and the data folder's files (tmp/ included)."""
    conn = trainer.db.conn
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    rows = {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}
    rows["files"] = sorted(str(p.relative_to(trainer.data_dir)) for p in trainer.data_dir.rglob("*")
                           if "-wal" not in p.name and "-shm" not in p.name)
    return rows


def reports(trainer) -> list[str]:
    return [build_report(trainer, by).as_json() for by in REPORTS]


def counted(trainer) -> dict:
    """What a coordinator reports and certifies from: the log (without which file brought
    each event), the folded tables and the reports."""
    conn = trainer.db.conn
    return {
        "events": conn.execute("SELECT origin_device_id, seq, lamport, kind, learner_id, wall_time, payload "
                               "FROM events ORDER BY 1, 2").fetchall(),
        "learners": conn.execute("SELECT * FROM learners ORDER BY id").fetchall(),
        "progress": conn.execute("SELECT * FROM lesson_progress ORDER BY 1, 2").fetchall(),
        "steps": conn.execute("SELECT * FROM steps_done ORDER BY 1, 2, 3").fetchall(),
        "reports": reports(trainer),
    }


def held(trainer, origin: str | None = None) -> list:
    sql = "SELECT origin_device_id, seq, lamport, kind, learner_id, wall_time, payload, reason FROM held_events"
    if origin is None:
        return trainer.db.conn.execute(sql + " ORDER BY 1, 2").fetchall()
    return trainer.db.conn.execute(sql + " WHERE origin_device_id = ? ORDER BY 2", (origin,)).fetchall()


def learner_ids(trainer) -> set[str]:
    return {row[0] for row in trainer.db.conn.execute("SELECT id FROM learners")}


def refused(trainer, path: Path, code: str, **details):
    """The file is refused with `code` (and these details), naming the file; nothing changed."""
    before = dump(trainer)
    [result] = import_files(trainer, [path])
    assert result.status == "refused", (result.status, result.reason)
    assert result.error.code == code, result.reason
    assert path.name in result.reason and result.error.details.get("file") == path.name
    for key, value in details.items():
        assert result.error.details.get(key) == value, result.error.details
        assert value in result.reason
    assert dump(trainer) == before
    return result


# -- an attacker's tools: read a real file, change it, sign it again with X's key --------------

def read_sync(path: Path) -> tuple[dict, list[dict]]:
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(archive.MANIFEST))
        events = [orjson.loads(line) for line in zf.read(archive.EVENTS).splitlines()]
    return manifest, events


def line_of(event: dict) -> bytes:
    return orjson.dumps(event, option=_SORT)


def head_of(origin: str, events: list[dict]) -> bytes:
    """The chain head over these events of `origin`, computed as anyone can."""
    head = chain.genesis(origin)
    for event in events:
        head = chain.step(head, chain.chained_line(event, line_of(event)))
    return head


def of(events: list[dict], origin: str) -> list[dict]:
    return [e for e in events if e["origin"] == origin]


KEEP = object()


def write_sync(path: Path, signer, manifest: dict, events: list[dict], proofs: dict | None = None,
               version: int = 2, signer_key: str | None = None, sign=None) -> Path:
    """A complete file signed by `signer` (X): counts, ranges, hash recomputed; `signer`'s own
    proof made afresh with its key; other origins' proofs as `proofs` says (KEEP: the
    manifest's own; absent: none)."""
    origins = sorted({e["origin"] for e in events})
    events = [e for origin in origins for e in events if e["origin"] == origin]
    data = b"".join(line_of(e) + b"\n" for e in events)
    own = manifest["device"]["id"]
    new_proofs = {}
    for origin in origins:
        chained = of(events, origin)
        if origin == own and version >= 2:
            new_proofs[origin] = chain.make_proof(origin, chained[-1]["seq"], head_of(origin, chained),
                                                  sign or signer.device.sign)
        elif proofs is not None and proofs.get(origin) is KEEP:
            new_proofs[origin] = manifest["proofs"][origin]
        elif proofs is not None and origin in proofs:
            new_proofs[origin] = proofs[origin]
    body = dict(manifest, counts={"events": len(events)},
                ranges={o: [of(events, o)[0]["seq"], of(events, o)[-1]["seq"]] for o in origins},
                events_sha256=hashlib.sha256(data).hexdigest())
    if version >= 2:
        body["proofs"] = new_proofs
    else:
        body.update(version=1, min_reader_version=1)
        body.pop("proofs", None)
    path.write_bytes(archive.build_zip(body, data, sign or signer.device.sign))
    return path


def invented(origin: str, first_seq: int, first_lamport: int, learner: str, name: str) -> list[dict]:
    """A learner and two finished steps "made on" `origin`: the figures an attacker wants."""
    time = "2026-11-20T08:00:00.000+00:00"
    lesson = {"lesson_id": "sample-lesson", "lesson_version": 2}
    payloads = [("learner.created", {"birth_year": 1950, "group": "elderly", "name": name,
                                     "salt": "ab" * 16, "ward": "Xã Ba Vì"}),
                ("lesson.started", dict(lesson)),
                ("step.completed", dict(lesson, step_id="intro", step_index=0, steps_total=4)),
                ("step.completed", dict(lesson, step_id="try-it", step_index=1, steps_total=4))]
    return [{"kind": kind, "lamport": first_lamport + n, "learner": learner, "origin": origin,
             "payload": payload, "seq": first_seq + n, "time": time}
            for n, (kind, payload) in enumerate(payloads)]


FAKE_LEARNER = "zzfake0001"


def x_relaying_a(pc, stick):
    """A (with a learner), X (with a learner; its own file `x-own` written before) that
    imported A's file, and X's genuine relay."""
    a, x = pc("a"), pc("x")
    work(a, "Người Của A")
    a_file = carry(a, stick / "a-1.dlsync")
    work(x, "Người Của X")
    carry(x, stick / "x-own.dlsync")
    take(x, a_file)
    x_file = carry(x, stick / "x-genuine.dlsync")
    manifest, events = read_sync(x_file)
    assert set(manifest["proofs"]) == {a.device.device_id, x.device.device_id}
    return a, x, a_file, x_file, manifest, events


def forge_a(x, a, manifest, events, path, shape: str, proof: str) -> Path:
    """X's file with invented events "from" A: appended after A's genuine ones, or in
    place of them; A's proof copied as it was, copied with its seq moved to the new end,
    made with X's key, or left out."""
    aid = a.device.device_id
    genuine = of(events, aid)
    top = max(e["lamport"] for e in events)
    if shape == "append":
        fake = genuine + invented(aid, len(genuine) + 1, top + 1, FAKE_LEARNER, "Người Bịa Ra")
    else:  # "rewrite": A's chain 1..n replaced, within the seqs A really used
        fake = invented(aid, 1, top + 1, FAKE_LEARNER, "Người Bịa Ra")[:len(genuine)]
    stale = manifest["proofs"][aid]
    last = fake[-1]["seq"]
    proofs = {
        "stale": {aid: stale},
        "stale-moved": {aid: dict(stale, seq=last)},
        "signed-by-x": {aid: chain.make_proof(aid, last, head_of(aid, fake), x.device.sign)},
        "none": {},
    }[proof]
    rest = [e for e in events if e["origin"] != aid]
    return write_sync(path, x, manifest, rest + fake, proofs)


SHAPES = ("append", "rewrite")
PROOFS = ("stale", "stale-moved", "signed-by-x", "none")


# -- 1. relay forgery ----------------------------------------------------------------------

@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("proof", PROOFS)
def test_relay_forgery_of_a_known_pc_is_refused_and_its_genuine_files_still_import(pc, stick, shape, proof):
    """Attack 1, relay forgery against a coordinator that knows A's key from A's own file:
    X's file (signed by X) carries invented events "from" A, with A's stale proof copied,
    that proof with its seq moved, a proof X signed itself, or none: refused with
    sync.forged_relay naming A and the file, nothing kept. X's and A's genuine files
    import afterwards, and A's next file is never taken for a clone."""
    a, x, a_file, x_file, manifest, events = x_relaying_a(pc, stick)
    coordinator = pc("c")
    take(coordinator, a_file)
    hostile = forge_a(x, a, manifest, events, stick / f"x-{shape}-{proof}.dlsync", shape, proof)
    refused(coordinator, hostile, "sync.forged_relay", device=a.device.device_id)
    assert FAKE_LEARNER not in learner_ids(coordinator)
    [result] = take(coordinator, x_file)
    assert result.events_new == len(of(events, x.device.device_id)) and result.events_held == 0
    work(a, "Người Sau Của A")
    [result] = take(coordinator, carry(a, stick / "a-2.dlsync"))
    assert result.status == "imported" and result.events_new == 4
    assert FAKE_LEARNER not in learner_ids(coordinator) and held(coordinator) == []


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("proof", PROOFS)
def test_relay_forgery_of_an_unknown_pc_is_held_uncounted_and_never_blocks_its_genuine_file(pc, stick, shape, proof):
    """Attack 1, relay forgery against a coordinator that never met A: the invented events
    of A are held apart (events_held > 0) and counted nowhere (no learner, no report
    figure); a proof that cannot even be the proof of these events (missing, or for
    another seq) refuses the file instead. A's genuine file then imports, its events
    replace the held ones, and A's held events are gone once A's files cover their seqs."""
    a, x, a_file, x_file, manifest, events = x_relaying_a(pc, stick)
    aid = a.device.device_id
    coordinator = pc("c")
    take(coordinator, stick / "x-own.dlsync")  # X's own events: genuinely X's, counted
    seen = counted(coordinator)
    hostile = forge_a(x, a, manifest, events, stick / f"x-{shape}-{proof}.dlsync", shape, proof)
    last = of(events, aid)[-1]["seq"] + (4 if shape == "append" else 0)
    if proof == "none" or (proof == "stale" and last != manifest["proofs"][aid]["seq"]):
        refused(coordinator, hostile, "sync.forged_relay", device=aid)
        return
    [result] = import_files(coordinator, [hostile])
    assert result.status == "imported" and result.events_held == last and result.events_new == 0
    assert [n.code for n in result.warnings] == ["sync.events_held"]
    assert counted(coordinator) == seen
    assert FAKE_LEARNER in {row[4] for row in held(coordinator, aid)}

    [result] = import_files(coordinator, [a_file])
    assert (result.status, result.events_new, result.events_held) == ("imported", 4, 0), result.reason
    assert FAKE_LEARNER not in learner_ids(coordinator)
    reference = pc("reference")
    take(reference, stick / "x-own.dlsync", a_file)
    if shape == "rewrite":
        assert held(coordinator, aid) == []
    else:  # seqs 5..8 only A's next file can speak for: still held, still uncounted
        assert [row[1] for row in held(coordinator, aid)] == [5, 6, 7, 8]
        assert counted(coordinator) == counted(reference)
        work(a, "Người Sau Của A")
        take(coordinator, carry(a, stick / "a-2.dlsync"))
        take(reference, stick / "a-2.dlsync")
        assert held(coordinator, aid) == []
    assert counted(coordinator) == counted(reference)


# -- 2. a relay that drops, changes or extends another PC's events -----------------------------

def _drop_renumbered(events, aid):
    """Event 2 of A left out, the later ones renumbered so the seqs have no gap."""
    kept = [e for e in of(events, aid) if e["seq"] != 2]
    return [dict(e, seq=n) for n, e in enumerate(kept, start=1)]


def _drop_gap(events, aid):
    return [e for e in of(events, aid) if e["seq"] != 2]


def _changed_step(events, aid):
    return [dict(e, payload=dict(e["payload"], step_id="drill")) if e["seq"] == 3 else e for e in of(events, aid)]


def _renamed(events, aid):
    return [dict(e, payload=dict(e["payload"], name="Tên Khác")) if e["kind"] == "learner.created" else e
            for e in of(events, aid)]


def _later_time(events, aid):
    return [dict(e, time="2026-12-31T23:59:59.000+00:00") if e["seq"] == 2 else e for e in of(events, aid)]


def _appended(events, aid):
    genuine = of(events, aid)
    extra = dict(genuine[-1], seq=genuine[-1]["seq"] + 1, lamport=max(e["lamport"] for e in events) + 1,
                 payload=dict(genuine[-1]["payload"], step_id="drill", step_index=2))
    return genuine + [extra]


CHANGES = {"drop-renumbered": _drop_renumbered, "drop-leaving-a-gap": _drop_gap, "changed-step": _changed_step,
           "renamed-learner": _renamed, "changed-time": _later_time, "appended-after-proof": _appended}


@pytest.mark.parametrize("change", sorted(CHANGES))
@pytest.mark.parametrize("proof", ["kept", "seq-moved"])
def test_a_relay_that_drops_changes_or_extends_a_pcs_events_is_refused(pc, stick, change, proof):
    """Attack 2: X relays A's events with one dropped in the middle (renumbered, or leaving
    a gap), one changed (a step, the learner's name, a time), or one appended after A's
    proof's seq; A's proof copied as it was or with its seq moved to the new end. The
    coordinator knows A: refused (sync.forged_relay naming A; a gap is refused as gaps),
    nothing kept; the genuine relay imports afterwards."""
    a, x, a_file, x_file, manifest, events = x_relaying_a(pc, stick)
    aid = a.device.device_id
    coordinator = pc("c")
    take(coordinator, a_file, stick / "x-own.dlsync")
    changed = CHANGES[change](events, aid)
    real = manifest["proofs"][aid]
    proofs = {aid: real if proof == "kept" else dict(real, seq=changed[-1]["seq"])}
    hostile = write_sync(stick / f"x-{change}-{proof}.dlsync", x, manifest,
                         [e for e in events if e["origin"] != aid] + changed, proofs)
    code = "sync.gaps" if change == "drop-leaving-a-gap" else "sync.forged_relay"
    refused(coordinator, hostile, code, device=aid)
    [result] = import_files(coordinator, [x_file])
    assert (result.status, result.events_new, result.events_held) == ("imported", 0, 0), result.reason


def test_a_relay_cannot_blank_the_name_of_a_learner_who_was_never_erased(pc, stick):
    """Attack 2, one change the chain cannot see: a learner's name, birth year and salt are
    chained as a hash so that an erased copy chains to the same head. X relays A's
    learner.created in that erased form although nobody erased the person: the
    coordinator (which knows A) must not end with a learner who lost their name and
    birth year, neither at once nor after A's own file arrives."""
    a, x, a_file, x_file, manifest, events = x_relaying_a(pc, stick)
    aid = a.device.device_id
    coordinator = pc("c")
    early = pc("a-early")  # A's key reaches the coordinator before A's learner does
    del early
    a_first = pc("a0")
    del a_first
    take(coordinator, stick / "x-own.dlsync")
    work(a, "Người Thứ Hai Của A")
    a_later = carry(a, stick / "a-2.dlsync")
    blanked = [dict(e, payload=chain.redacted(e["payload"])) if e["kind"] == "learner.created" else e
               for e in of(events, aid)]
    assert head_of(aid, blanked) == head_of(aid, of(events, aid))
    hostile = write_sync(stick / "x-blanked.dlsync", x, manifest,
                         [e for e in events if e["origin"] != aid] + blanked, {aid: KEEP})
    # The coordinator knows A from A's later file's key only if it imports it first: import
    # A's earlier file elsewhere? No: it must know A before the hostile file, so use a
    # file of A's with no learner of interest: A's later file covers everything, so the
    # coordinator learns A's key from a key-only file of A instead.
    key_only = write_sync(stick / "a-key.dlsync", a, read_sync(a_later)[0], [], {})
    del key_only
    reference = pc("reference")
    take(reference, stick / "x-own.dlsync", a_later)
    results = import_files(coordinator, [hostile, a_later])
    assert [r.status for r in results] == ["imported", "imported"], [r.reason for r in results]
    assert counted(coordinator) == counted(reference)
