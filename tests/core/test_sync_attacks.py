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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digital_literacy_app.core.certificates.code import (
    CertificateFacts,
    fit,
    make_code,
    new_certificate_id,
)
from digital_literacy_app.core.reports.build import build_report
from digital_literacy_app.core.sync import archive, chain, sealing
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.sync.keyfile import read_public_key
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES
from tests.core.test_sync import work

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
               version: int = 2) -> Path:
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
                                                  signer.device.sign)
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
    path.write_bytes(archive.build_zip(body, data, signer.device.sign))
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
    a, x, a_file, _, manifest, events = x_relaying_a(pc, stick)
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
    """Attack 2, the one change the chain lets through by design: a learner's name, birth
    year and salt are chained as a hash, so that an erased copy chains to the same head.
    X relays A's learner.created in that erased form although nobody erased the person.
    The coordinator (which knows A from an earlier file of A's) must not end with a
    learner who lost their name and birth year, neither at once nor after A's own file."""
    a, x = pc("a"), pc("x")
    work(a, "Người Đầu Của A")
    a0 = carry(a, stick / "a-0.dlsync")
    coordinator, reference = pc("c"), pc("reference")
    take(coordinator, a0)
    victim = work(a, "Người Bị Xoá Tên")
    a1 = carry(a, stick / "a-1.dlsync")
    work(x, "Người Của X")
    take(x, a1)
    manifest, events = read_sync(carry(x, stick / "x-genuine.dlsync"))
    aid = a.device.device_id
    blanked = [dict(e, payload=chain.redacted(e["payload"])) if e["learner"] == victim.id
               and e["kind"] == "learner.created" else e for e in of(events, aid)]
    assert blanked != of(events, aid) and head_of(aid, blanked) == head_of(aid, of(events, aid))
    hostile = write_sync(stick / "x-blanked.dlsync", x, manifest,
                         [e for e in events if e["origin"] != aid] + blanked, {aid: KEEP})
    before = dump(coordinator)
    [result] = import_files(coordinator, [hostile])
    take(reference, a0, stick / "x-genuine.dlsync")
    if result.status == "imported":  # then A's own file must restore what the relay took away
        take(coordinator, a1)
    else:
        assert dump(coordinator) == before
        take(coordinator, a1, stick / "x-genuine.dlsync")
    take(reference, a1)
    row = coordinator.db.conn.execute("SELECT name, birth_year FROM learners WHERE id = ?", (victim.id,)).fetchone()
    assert row == ("Người Bị Xoá Tên", 1950)
    assert counted(coordinator) == counted(reference)


def test_a_relay_cannot_blank_a_name_behind_an_erase_it_invents(pc, stick):
    """Attack 2, with an excuse: as above, and X adds an erase of the victim "made on" a PC
    the coordinator never met, whose proof it cannot check (so that erase is held). A
    genuine relay can carry blanked copies beside an erase held the same way (its origin's
    own file comes later), so the file is not refused; but the blanked copy is held apart
    too: nothing of the victim loses its name, the invented erase never counts, and A's own
    file brings the name. A relay of the blanked copy with no erase at all is still refused."""
    a, x = pc("a"), pc("x")
    work(a, "Người Đầu Của A")
    a0 = carry(a, stick / "a-0.dlsync")
    coordinator, reference = pc("c"), pc("reference")
    take(coordinator, a0)
    victim = work(a, "Người Bị Xoá Tên")
    a1 = carry(a, stick / "a-1.dlsync")
    work(x, "Người Của X")
    take(x, a1)
    manifest, events = read_sync(carry(x, stick / "x-genuine.dlsync"))
    aid, ghost = a.device.device_id, "0123456789abcdef"  # a PC nobody met
    blanked = [dict(e, payload=chain.redacted(e["payload"])) if e["learner"] == victim.id
               and e["kind"] == "learner.created" else e for e in of(events, aid)]
    others = [e for e in events if e["origin"] != aid]
    refused(coordinator, write_sync(stick / "x-blanked.dlsync", x, manifest, others + blanked, {aid: KEEP}),
            "sync.forged_relay", device=aid)
    erase = {"kind": "learner.erased", "lamport": 99, "learner": victim.id, "origin": ghost, "payload": {},
             "seq": 1, "time": "2026-11-20T08:00:00.000+00:00"}
    made_up = {"seq": 1, "head": "ab" * 32, "signature": "cd" * 64}
    hostile = write_sync(stick / "x-blanked-erased.dlsync", x, manifest, others + blanked + [erase],
                         {aid: KEEP, ghost: made_up})
    [result] = import_files(coordinator, [hostile])
    assert result.status == "imported", result.reason
    assert sorted((r[0], r[3], r[7]) for r in held(coordinator)) == sorted(
        [(aid, "learner.created", "erasure"), (ghost, "learner.erased", "unconfirmed")])
    assert victim.id not in learner_ids(coordinator)
    take(coordinator, a1)
    row = coordinator.db.conn.execute("SELECT name, birth_year FROM learners WHERE id = ?", (victim.id,)).fetchone()
    assert row == ("Người Bị Xoá Tên", 1950)
    assert [(r[0], r[7]) for r in held(coordinator)] == [(ghost, "unconfirmed")]
    take(reference, a0, stick / "x-genuine.dlsync", a1)
    assert counted(coordinator) == counted(reference)


# -- 3. key pinning poisoned -------------------------------------------------------------------

def _certificate_in_the_name_of(device_id: str, sign) -> str:
    facts = fit(CertificateFacts(new_certificate_id(), date.today().isoformat(), device_id,
                                 "course:basics", "Người Được Cấp Giả", "Xã Ba Vì"))
    return make_code(facts, sign)


def test_a_format_1_claim_of_another_pcs_key_pins_nothing(pc, stick):
    """Attack 3, key pinning poisoned: X writes a format-1 file whose known_devices lists B
    with X's own key (and relays two invented events "from" B). The coordinator learns
    nothing about B from it (B's events held, not counted); B's genuine file then imports,
    and a certificate X signs in B's name is never "valid" there, before or after."""
    b, x, coordinator = pc("b"), pc("x"), pc("c")
    bid = b.device.device_id
    work(b, "Người Của B")
    work(x, "Người Của X")
    manifest, events = read_sync(carry(x, stick / "x-genuine.dlsync"))
    manifest["known_devices"] = [{"id": bid, "name": "PC-B", "ward": "Xã Ba Vì",
                                  "public_key": x.device.public_key_hex}]
    fake = invented(bid, 1, 100, FAKE_LEARNER, "Người Bịa Ra")[:2]
    poison = write_sync(stick / "x-v1-poison.dlsync", x, manifest, events + fake, version=1)
    with zipfile.ZipFile(poison) as zf:
        assert json.loads(zf.read(archive.MANIFEST))["version"] == 1
    [result] = import_files(coordinator, [poison])
    assert result.status == "imported" and result.events_held == 2, result.reason
    assert coordinator.devices.get(bid) is None
    assert FAKE_LEARNER not in learner_ids(coordinator)
    forged = _certificate_in_the_name_of(bid, x.device.sign)
    assert coordinator.certificates.verify_code(forged).status != "valid"

    [result] = import_files(coordinator, [carry(b, stick / "b.dlsync")])
    assert (result.status, result.events_new) == ("imported", 4), result.reason
    assert coordinator.devices.public_key(bid) == b.device.public_key_hex
    assert held(coordinator, bid) == [] and FAKE_LEARNER not in learner_ids(coordinator)
    assert coordinator.certificates.verify_code(forged).status != "valid"
    genuine = _certificate_in_the_name_of(bid, b.device.sign)
    assert coordinator.certificates.verify_code(genuine).status == "valid"  # the test can tell


def test_a_file_claiming_to_be_a_pc_never_met_does_not_take_its_identity(pc, stick):
    """Attack 3, the same poison without known_devices: X writes a format-2 file as "B"
    (B's device id, read off any of B's certificates; X's key; X's own chain under B's id)
    and brings it to a coordinator that has not met B yet. Afterwards B's genuine file
    must still import and X's certificate in B's name must not verify as valid."""
    b, x, coordinator = pc("b"), pc("x"), pc("c")
    bid = b.device.device_id
    work(b, "Người Của B")
    work(x, "Người Của X")
    manifest, events = read_sync(carry(x, stick / "x-genuine.dlsync"))
    manifest["device"] = dict(manifest["device"], id=bid, name="PC-B")
    as_b = [dict(e, origin=bid) for e in events]
    impostor = write_sync(stick / "b-impostor.dlsync", x, manifest, as_b)
    import_files(coordinator, [impostor])
    forged = _certificate_in_the_name_of(bid, x.device.sign)
    [result] = import_files(coordinator, [carry(b, stick / "b.dlsync")])
    assert result.status == "imported", result.reason
    assert coordinator.certificates.verify_code(forged).status != "valid"


# -- 4. a genuine relay works ----------------------------------------------------------------

def test_a_genuine_relay_is_held_where_the_origin_is_unknown_and_counts_once_its_file_arrives(pc, stick):
    """Attack 4's control: A -> coordinator C1 -> city C2. C2 never learnt A's key (it trusts
    no coordinator's list), so A's events arrive held and count nowhere; C1's own events
    count. Once A's own file reaches C2, A's events count and nothing stays held."""
    a, c1, c2 = pc("a"), pc("c1"), pc("c2")
    aid = a.device.device_id
    work(a, "Người Của A")
    work(c1, "Người Của C1")
    a_file = carry(a, stick / "a.dlsync")
    take(c1, a_file)
    relay = carry(c1, stick / "c1.dlsync")
    [result] = import_files(c2, [relay])
    assert result.status == "imported" and result.events_new == 4 and result.events_held == 4
    assert [row[1] for row in held(c2, aid)] == [1, 2, 3, 4]
    assert c2.db.conn.execute("SELECT COUNT(*) FROM events WHERE origin_device_id = ?", (aid,)).fetchone()[0] == 0
    [result] = import_files(c2, [a_file])
    assert (result.status, result.events_new, result.events_held) == ("imported", 4, 0)
    assert held(c2) == []
    reference = pc("reference")
    take(reference, a_file, relay)
    assert counted(c2) == counted(reference) == counted(c1)


def test_a_genuine_relay_of_a_known_pc_counts_as_if_its_file_came_itself(pc, stick):
    """Attack 4's control: A -> B -> C, where C knows A from A's earlier file. B's relay of
    A's later events is accepted with A's proofs, and C ends exactly as a coordinator
    that got A's later file directly (events, learners, progress, reports)."""
    a, b, c, direct = pc("a"), pc("b"), pc("c"), pc("direct")
    work(a, "Người Đầu Của A")
    a0 = carry(a, stick / "a-0.dlsync")
    work(a, "Người Sau Của A", steps=3)
    a1 = carry(a, stick / "a-1.dlsync")
    work(b, "Người Của B")
    take(b, a1)
    b_file = carry(b, stick / "b.dlsync")
    take(c, a0)
    [result] = import_files(c, [b_file])
    assert (result.status, result.events_new, result.events_held) == ("imported", 4 + 5, 0), result.reason
    proof = c.db.conn.execute("SELECT seq FROM chain_proofs WHERE origin = ?", (a.device.device_id,)).fetchone()
    assert proof == (9,)
    take(direct, a0, a1, b_file)
    assert counted(c) == counted(direct)
    assert held(c) == held(direct) == []
    # and C may relay A's events further on: the proof still matches what C holds
    further = pc("further")
    take(further, a0)
    [result] = import_files(further, [carry(c, stick / "c.dlsync")])
    assert result.events_new == 5 and held(further, a.device.device_id) == []
    assert {row[0] for row in held(further)} == {b.device.device_id}  # B is unknown there
    mine = "SELECT * FROM events WHERE origin_device_id = ? ORDER BY seq"
    assert [r[:7] for r in further.db.conn.execute(mine, (a.device.device_id,))] == \
        [r[:7] for r in direct.db.conn.execute(mine, (a.device.device_id,))]


# -- 5. erasure through a relay ----------------------------------------------------------------

ERASED = "Xin Xoá Tên Tôi"


def _erased_setup(pc, stick):
    a, b = pc("a"), pc("b")
    work(a, "Người Ở Lại")
    a0 = carry(a, stick / "a-0.dlsync")  # A's key, before the person exists
    person = work(a, ERASED)
    take(b, carry(a, stick / "a-1.dlsync"))
    work(b, "Người Của B")
    b_relay = carry(b, stick / "b-relay.dlsync")  # B's unredacted copy of A's events
    assert ERASED.encode() in zipfile.ZipFile(b_relay).read(archive.EVENTS)
    a.learners.erase(person.id)
    a_erased = carry(a, stick / "a-2-erased.dlsync")
    assert ERASED.encode() not in zipfile.ZipFile(a_erased).read(archive.EVENTS)
    return a, b, a0, b_relay, a_erased, person


def _without_name(trainer):
    tables = dump(trainer)
    assert [t for t, rows in tables.items() if ERASED in json.dumps(rows, ensure_ascii=False, default=str)] == []
    assert ERASED not in json.dumps(reports(trainer), ensure_ascii=False)


@pytest.mark.parametrize("knows_a", [False, True], ids=["c-never-met-a", "c-knows-a"])
@pytest.mark.parametrize("relay_first", [True, False], ids=["relay-first", "erased-file-first"])
def test_an_erasure_wins_over_a_relay_of_the_unredacted_copy_in_either_order(pc, stick, knows_a, relay_first):
    """Attack 5: A erases a learner after B imported A's file. At C, B's relay (B's
    unredacted copy, with A's proof of then) and A's file (redacted) import in either
    order, C knowing A beforehand or not: no clash, both accepted, the person is erased,
    and the name appears nowhere in C's database afterwards."""
    _, _, a0, b_relay, a_erased, person = _erased_setup(pc, stick)
    c = pc("c")
    if knows_a:
        take(c, a0)
    order = [b_relay, a_erased] if relay_first else [a_erased, b_relay]
    results = [import_files(c, [path])[0] for path in order]
    assert [r.status for r in results] == ["imported", "imported"], [r.reason for r in results]
    assert person.id not in learner_ids(c)
    assert c.db.conn.execute("SELECT 1 FROM erased_learners WHERE learner_id = ?", (person.id,)).fetchone()
    _without_name(c)
    assert held(c) == []
    reference = pc("reference")
    take(reference, a0, a_erased, b_relay)
    assert counted(c) == counted(reference)
    c.close()  # nor in the database file's bytes (free pages, the write-ahead log)
    assert not any(ERASED.encode() in p.read_bytes() for p in c.data_dir.rglob("*") if p.is_file())


def late_relay_files(pc, stick):
    """(B's erase, A's earlier file, D's unredacted relay, the person): the learner made on
    A ("Người Ở Lại" before, in A's earlier file) and erased on B, after D took A's file."""
    a, b, d = pc("a"), pc("b"), pc("d")
    work(a, "Người Ở Lại")
    a0 = carry(a, stick / "a-0.dlsync")
    person = work(a, ERASED)
    a1 = carry(a, stick / "a-1.dlsync")
    take(b, a1)
    take(d, a1)
    d_relay = carry(d, stick / "d-relay.dlsync")
    b.learners.erase(person.id)
    return carry(b, stick / "b-erased.dlsync"), a0, d_relay, person


def test_an_unredacted_relay_arriving_after_an_erasure_made_elsewhere_leaves_no_name(pc, stick):
    """Attack 5, late relay: the learner was made on A and erased on B. C gets B's file
    (the erase; A's events held, C never met A), then A's earlier file (A's key), then D's
    relay of D's unredacted copy, now proven: the name is not kept anywhere."""
    b_file, a0, d_relay, person = late_relay_files(pc, stick)
    c = pc("c")
    results = [import_files(c, [path])[0] for path in (b_file, a0, d_relay)]
    assert [(r.status, r.events_held) for r in results] == [("imported", 8), ("imported", 0), ("imported", 0)]
    assert results[2].events_new == 4 and held(c) == []
    assert person.id not in learner_ids(c)
    _without_name(c)


def test_an_erasure_reaches_the_held_copies_of_the_person_too(pc, stick):
    """Attack 5, held copies: the learner was made on A and erased on B. C never met A.
    D's relay (D's unredacted copy of A's events) reaches C first: A's events are held.
    B's file (B's erase, proven) follows. The person is erased at C, so their name must
    not stay in C's held events either."""
    a, b, d, c = pc("a"), pc("b"), pc("d"), pc("c")
    person = work(a, ERASED)
    a_file = carry(a, stick / "a.dlsync")
    take(b, a_file)
    take(d, a_file)
    d_relay = carry(d, stick / "d-relay.dlsync")
    b.learners.erase(person.id)
    b_file = carry(b, stick / "b-erased.dlsync")
    [first] = import_files(c, [d_relay])
    assert first.events_held == 4
    [second] = import_files(c, [b_file])
    assert second.status == "imported", second.reason
    assert c.db.conn.execute("SELECT 1 FROM erased_learners WHERE learner_id = ?", (person.id,)).fetchone()
    _without_name(c)


# -- 6. bounded memory -----------------------------------------------------------------------

def test_a_signed_file_with_one_huge_event_line_is_refused_with_bounded_memory(pc, stick):
    """Attack 6, memory: a properly signed file (by Y's real key, with Y's proof) whose one
    event line is 60 MB of JSON, compressing about 110 times (under the 200x zip-bomb
    check): refused with sync.line_too_long, nothing kept, and the import's peak Python
    memory stays under 20 MB (the line is read with a limit, never whole)."""
    y, coordinator = pc("y"), pc("c")
    size = 60 * 1024 * 1024
    filler = bytearray(b"a" * size)
    rng = random.Random(12)
    spots = range(0, size, 300)
    filler[::300] = bytes(rng.choice(b"bcdefghijklmnopq") for _ in spots)
    yid = y.device.device_id
    event = {"kind": "session.logged", "lamport": 1, "learner": None, "origin": yid, "seq": 1,
             "time": "2026-11-20T08:00:00.000+00:00",
             "payload": {"attendees": ["djkkayv2jn"], "date": "2026-11-20", "minutes": 60, "place": "Nhà văn hoá",
                         "topic": filler.decode("ascii"), "volunteer": "Hà", "ward": "Xã Ba Vì"}}
    del filler
    line = line_of(event)
    assert len(line) > size
    manifest, _ = read_sync(carry(y, stick / "y-empty.dlsync"))
    path = write_sync(stick / "y-huge-line.dlsync", y, manifest, [event])
    del event, line
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(archive.EVENTS)
        assert 100 < info.file_size / info.compress_size < archive.MAX_RATIO
    before = dump(coordinator)
    tracemalloc.start()
    try:
        [result] = import_files(coordinator, [path])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.status == "refused" and result.error.code == "sync.line_too_long", result.reason
    assert path.name in result.reason
    assert dump(coordinator) == before
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


# -- 7. a sealed export never leaves a plain archive on the stick --------------------------------

class PulledStick(BaseException):
    """Not an Exception: what a kill, a Ctrl+C or a pulled stick looks like to the code."""


def _no_plain_bytes(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"manifest.json" not in data and b"events.jsonl" not in data and b"PK\x03\x04" not in data, path
            assert "Bí Mật Riêng".encode() not in data, path


@pytest.mark.parametrize("failure", [PulledStick, OSError], ids=["killed", "stick-error"])
def test_a_sealed_export_that_fails_midway_leaves_nothing_on_the_stick_nor_in_tmp(pc, stick, tmp_path, monkeypatch,
                                                                                   failure):
    """Attack 7, plain text on the stick: sealing stops midway (a kill, or the stick failing).
    While sealing, the stick holds only sealed bytes under the temporary name; after the
    failure the stick holds no file at all (no .partial) and no plain-zip bytes, and the
    data folder's tmp/ is empty. A plain archive a crash left in tmp/ is removed at the
    next start."""
    a, coordinator = pc("a"), pc("c")
    for number in range(30):
        work(a, f"Bí Mật Riêng {number}")
    key = read_public_key(coordinator.devices.write_public_key(tmp_path / "coordinator.key"))
    original = sealing.seal_stream
    seen = {}

    def failing_seal(plain, out, recipient_id, recipient_key, chunk=sealing.CHUNK):
        class Cut:
            def __init__(self):
                self.reads = 0

            def read(self, size=-1):
                self.reads += 1
                if self.reads > 3:
                    out.flush()
                    seen["stick"] = sorted(p.name for p in stick.iterdir())
                    _no_plain_bytes(stick)
                    seen["tmp"] = sorted(p.name for p in (a.data_dir / "tmp").iterdir())
                    raise failure(28, "No space left on device") if failure is OSError else failure()
                return plain.read(size)

        return original(Cut(), out, recipient_id, recipient_key, chunk=1024)

    monkeypatch.setattr(sealing, "seal_stream", failing_seal)
    with pytest.raises(PulledStick if failure is PulledStick else Exception):
        export(a, stick, seal_to=key)
    assert len(seen["stick"]) == 1 and seen["stick"][0].endswith(".partial")  # sealed bytes only, checked above
    assert len(seen["tmp"]) == 1 and seen["tmp"][0].startswith("export-")  # the plain archive: in the data folder
    assert list(stick.iterdir()) == []
    assert list((a.data_dir / "tmp").iterdir()) == []

    monkeypatch.setattr(sealing, "seal_stream", original)
    written = export(a, stick, seal_to=key).path
    assert [p.name for p in stick.iterdir()] == [written.name]
    _no_plain_bytes(stick)
    assert list((a.data_dir / "tmp").iterdir()) == []
    assert import_files(coordinator, [written])[0].events_new == 30 * 4

    leftover = a.data_dir / "tmp" / "export-99999999-abc.partial"
    leftover.write_bytes(b"PK\x03\x04 manifest.json " + "Bí Mật Riêng".encode())
    a.close()
    reopened = Trainer.open(a.data_dir, lesson_dirs=[FIXTURES / "lessons"])
    try:
        assert list((reopened.data_dir / "tmp").iterdir()) == []
    finally:
        reopened.close()


# -- 8. one hostile file never keeps the others out ----------------------------------------------

def test_a_hostile_file_is_refused_alone_and_the_good_one_beside_it_imports(pc, stick):
    """Attack 8, wrong types: a folder holds Y's file with a session.logged whose minutes are
    "lots" (properly signed by Y, Y's proof correct), one whose date is "x", and A's good
    file. Each hostile file is refused with sync.bad_payload naming file and field, no
    traceback; the good file is imported; nothing of Y's is kept."""
    a, y, coordinator = pc("a"), pc("y"), pc("c")
    work(a, "Người Tốt")
    good = carry(a, stick / "2-good.dlsync")
    yid = y.device.device_id
    manifest, _ = read_sync(carry(y, stick.parent / "y-empty.dlsync"))
    session = {"attendees": ["djkkayv2jn"], "date": "2026-11-20", "minutes": 90, "place": "Nhà văn hoá",
               "topic": "Cài VNeID", "volunteer": "Hà", "ward": "Xã Ba Vì"}
    for name, field, value in (("0-lots.dlsync", "minutes", "lots"), ("1-no-date.dlsync", "date", "x")):
        event = {"kind": "session.logged", "lamport": 1, "learner": None, "origin": yid, "seq": 1,
                 "time": "2026-11-20T08:00:00.000+00:00", "payload": dict(session, **{field: value})}
        write_sync(stick / name, y, manifest, [event])
    results = import_files(coordinator, [stick])
    assert [(r.path.name, r.status) for r in results] == [
        ("0-lots.dlsync", "refused"), ("1-no-date.dlsync", "refused"), ("2-good.dlsync", "imported")]
    for result, field in zip(results[:2], ("minutes", "date"), strict=True):
        assert result.error.code == "sync.bad_payload" and result.error.details["field"] == field
        assert result.path.name in result.reason and field in result.reason
    assert results[2].events_new == 4
    reference = pc("reference")
    take(reference, good)
    assert counted(coordinator) == counted(reference)
    assert coordinator.devices.get(yid) is None
    assert coordinator.db.conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0] == 1


# -- 9. any order, any repetition, with relays -----------------------------------------------------

@pytest.fixture(scope="module")
def relayed_files(tmp_path_factory):
    """Three PCs' files: A's, B's own, B's relay of A, C's relay of A and B, and A's later
    file after an erasure; plus the state of a coordinator that took them in order."""
    root = tmp_path_factory.mktemp("relays")
    folder = root / "stick"
    folder.mkdir()
    pcs = [Trainer.open(root / name, lesson_dirs=[FIXTURES / "lessons"]) for name in ("a", "b", "c")]
    a, b, c = pcs
    try:
        work(a, "Người A Một")
        gone = work(a, "Người A Xoá", steps=3)
        files = [carry(a, folder / "a.dlsync")]
        work(b, "Người B Một", steps=1)
        files.append(carry(b, folder / "b-own.dlsync"))
        take(b, files[0])
        work(b, "Người B Hai", steps=3)
        files.append(carry(b, folder / "b-relay-of-a.dlsync"))
        work(c, "Người C Một")
        take(c, files[0], files[2])
        files.append(carry(c, folder / "c-relay-of-a-and-b.dlsync"))
        a.learners.erase(gone.id)
        work(a, "Người A Ba", steps=1)
        files.append(carry(a, folder / "a-later-erased.dlsync"))
        reference = Trainer.open(root / "reference", lesson_dirs=[FIXTURES / "lessons"])
        take(reference, *files)
        expected = settled(reference)
        reference.close()
    finally:
        for trainer in pcs:
            trainer.close()
    return files, expected


def settled(trainer) -> dict:
    conn = trainer.db.conn
    return dict(counted(trainer),
                held=[row for row in held(trainer)],
                keys=conn.execute("SELECT device_id, public_key, learned_from FROM known_devices ORDER BY 1").fetchall(),
                proofs=conn.execute("SELECT * FROM chain_proofs ORDER BY 1").fetchall(),
                erased=conn.execute("SELECT * FROM erased_learners ORDER BY 1").fetchall())


@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(order=st.permutations(range(5)), again=st.lists(st.integers(0, 4), max_size=3),
       where=st.randoms(use_true_random=False), together=st.booleans())
def test_any_order_and_repetition_of_files_with_relays_gives_the_same_coordinator(
        tmp_path_factory, relayed_files, order, again, where, together):
    """Attack 9, the any-order property on format-2 files with relays (and an erasure): A's
    file, B's own, B's relay of A, C's relay of both, A's later file; every order, with
    files repeated, one file per import or all in one, gives one state: events, held
    events, learners, progress, reports, learnt keys, proofs."""
    files, expected = relayed_files
    sequence = [files[i] for i in order]
    for index in again:
        sequence.insert(where.randint(0, len(sequence)), files[index])
    coordinator = Trainer.open(tmp_path_factory.mktemp("coordinator") / "data", lesson_dirs=[FIXTURES / "lessons"])
    try:
        if together:
            results = import_files(coordinator, sequence)
        else:
            results = [result for path in sequence for result in import_files(coordinator, [path])]
        assert all(r.status in ("imported", "already") for r in results), [r.reason for r in results]
        assert sum(r.status == "imported" for r in results) == 5
        assert settled(coordinator) == expected
        assert expected["held"] == []
    finally:
        coordinator.close()


def test_every_order_of_the_relayed_files_gives_the_same_coordinator(tmp_path_factory, relayed_files):
    """Attack 9, exhaustively: all 120 orders of the five files, one import each, end in
    the reference's state, the person A erased included."""
    files, expected = relayed_files
    for order in itertools.permutations(files):
        coordinator = Trainer.open(tmp_path_factory.mktemp("every") / "data", lesson_dirs=[FIXTURES / "lessons"])
        try:
            for path in order:
                assert import_files(coordinator, [path])[0].status == "imported"
            assert settled(coordinator) == expected, [p.name for p in order]
        finally:
            coordinator.close()
