"""Sync files: merges in any order, refuses bad files whole, seals, spots cloned PCs."""

import itertools
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from digital_literacy_app.core.sync import archive
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.sync.keyfile import read_public_key
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES


def open_trainer(folder: Path) -> Trainer:
    return Trainer.open(folder, lesson_dirs=[FIXTURES / "lessons"])


def state(trainer) -> dict:
    conn = trainer.db.conn
    return {
        "learners": conn.execute("SELECT id, name, birth_year, learner_group, ward, merged_into FROM learners ORDER BY id").fetchall(),
        "progress": conn.execute("SELECT * FROM lesson_progress ORDER BY learner_id, lesson_id").fetchall(),
        "steps": conn.execute("SELECT * FROM steps_done ORDER BY 1, 2, 3").fetchall(),
        "erased": conn.execute("SELECT * FROM erased_learners ORDER BY 1").fetchall(),
        "events": conn.execute("SELECT origin_device_id, seq, lamport, kind, learner_id, payload FROM events ORDER BY 1, 2").fetchall(),
    }


def work(trainer, name: str, steps: int = 2):
    lesson = trainer.lessons.get("sample-lesson")
    learner = trainer.learners.add(name, 1950, "elderly", "Xã Ba Vì")
    trainer.progress.start_lesson(learner.id, lesson)
    for step in lesson.steps[:steps]:
        trainer.progress.complete_step(learner.id, lesson, step.id)
    return learner


@pytest.fixture
def pcs(tmp_path):
    opened = [open_trainer(tmp_path / name) for name in ("a", "b", "coordinator")]
    yield opened
    for trainer in opened:
        trainer.close()


def test_two_pcs_exchange_and_a_learner_continues_where_they_stopped(pcs, tmp_path):
    """Peer use: B sees A's learner and resumes at the step A recorded; A then sees B's work."""
    a, b, _ = pcs
    learner = work(a, "Nguyễn Thị Đi Lại", steps=2)
    export(a, tmp_path / "a.dlsync")
    [result] = import_files(b, [tmp_path / "a.dlsync"])
    assert (result.status, result.learners_new) == ("imported", 1)
    lesson = b.lessons.get("sample-lesson")
    assert b.progress.resume_point(learner.id, lesson) == 2
    b.progress.complete_step(learner.id, lesson, "drill", refused=True)
    export(b, tmp_path / "b.dlsync")
    import_files(a, [tmp_path / "b.dlsync"])
    assert a.progress.steps_done(learner.id, "sample-lesson") == {"intro", "try-it", "drill"}
    assert state(a) == state(b)


def test_importing_twice_adds_nothing(pcs, tmp_path):
    """The same file again, or a copy under another name, adds nothing."""
    a, b, _ = pcs
    work(a, "Một Lần")
    export(a, tmp_path / "a.dlsync")
    import_files(b, [tmp_path / "a.dlsync"])
    before = state(b)
    shutil.copy(tmp_path / "a.dlsync", tmp_path / "copy.dlsync")
    again = import_files(b, [tmp_path / "a.dlsync", tmp_path / "copy.dlsync"])
    assert [r.status for r in again] == ["already", "already"]
    assert state(b) == before


def test_a_folder_or_drive_is_searched_for_sync_files(pcs, tmp_path):
    """A coordinator points at a whole USB drive; every .dlsync inside is imported."""
    a, _, coordinator = pcs
    work(a, "Trong Thư Mục")
    (tmp_path / "usb" / "ward-1").mkdir(parents=True)
    export(a, tmp_path / "usb" / "ward-1")
    results = import_files(coordinator, [tmp_path / "usb"])
    assert [r.status for r in results] == ["imported"]


ACTION = st.tuples(st.integers(0, 2), st.sampled_from(["add", "step", "quiz", "erase", "update", "share"]),
                   st.integers(0, 9), st.integers(0, 2))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(ACTION, min_size=1, max_size=25), order=st.randoms(use_true_random=False))
def test_any_order_any_repetition_gives_identical_state(tmp_path_factory, actions, order):
    """Random events on three PCs, shared around, then merged by two coordinators in
    different orders with repeats: both end with identical learners, progress, events and
    byte-identical JSON reports."""
    root = tmp_path_factory.mktemp("sync")
    pcs = [open_trainer(root / f"pc{i}") for i in range(3)]
    try:
        for number, (who, action, value, other) in enumerate(actions):
            _act(pcs, root, who, action, value, other, number)
        files = []
        for index, trainer in enumerate(pcs):
            files.append(export(trainer, root / f"final-{index}.dlsync").path)
        states = []
        for name in ("c1", "c2"):
            coordinator = open_trainer(root / name)
            sequence = files * 2
            order.shuffle(sequence)
            for path in sequence:
                import_files(coordinator, [path])
            from digital_literacy_app.core.reports import build_report
            reports = [build_report(coordinator, by).as_json()
                       for by in (["ward", "group"], ["area", "month"], ["competence"])]
            states.append((state(coordinator), reports))
            assert_same_as_full_refold(coordinator)
            coordinator.close()
        assert states[0] == states[1]
    finally:
        for trainer in pcs:
            trainer.close()


def erase_relayed_files(folder: Path) -> tuple[dict[str, Path], object]:
    """The final files of A, B and C in the example below, and the person A erased."""
    a, b, c = (open_trainer(folder / name) for name in ("a", "b", "c"))
    person = a.learners.add("Người Sẽ Xoá", 1940)
    kept = c.learners.add("Người Của C", 1940)
    c.progress.complete_step(kept.id, c.lessons.get("sample-lesson"), "intro")
    import_files(c, [export(a, folder / "a-share-1.dlsync").path])
    a.learners.erase(person.id)
    c.learners.add("Người Mới Của C", 1940)
    a.learners.add("Người Mới Của A", 1940)
    c.learners.update(person.id, name="Tên Đổi Ở C")
    import_files(c, [export(a, folder / "a-share-2.dlsync").path])
    files = {name: export(trainer, folder / f"final-{name}.dlsync").path
             for name, trainer in (("a", a), ("b", b), ("c", c))}
    for trainer in (a, b, c):
        trainer.close()
    return files, person


def test_a_file_relaying_an_erase_not_yet_confirmed_imports_in_every_order(tmp_path):
    """The example the property test found: A makes a learner, C takes A's file and
    changes the learner's name, A erases the learner, C takes A's file again (the erase
    blanks C's own change) and keeps working. C's file carries its change without the
    name, with A's erase relayed. A coordinator that has not met A yet holds A's events
    (unconfirmed) and must hold C's blanked change too, not refuse C's file; once A's own
    file confirms the erase, the change joins the log. Every order of A's, B's and C's
    files, each twice, ends in the same state, and the name is nowhere."""
    files, person = erase_relayed_files(tmp_path)
    states = {}
    for order in itertools.permutations("abc"):
        coordinator = open_trainer(tmp_path / ("coordinator-" + "".join(order)))
        for name in order + order:
            [result] = import_files(coordinator, [files[name]])
            assert result.status in ("imported", "already"), result.reason
            if order[0] == "c" and name == "c" and result.status == "imported":
                assert result.events_held == 4  # A's three events, and C's change waiting for A's erase
                assert "sync.events_await_erasure" in [note.code for note in result.warnings]
        assert coordinator.db.conn.execute("SELECT COUNT(*) FROM held_events").fetchone()[0] == 0
        assert coordinator.db.conn.execute("SELECT 1 FROM erased_learners WHERE learner_id = ?",
                                           (person.id,)).fetchone()
        assert_same_as_full_refold(coordinator)
        states[order] = state(coordinator)
        coordinator.close()
        assert not any("Người Sẽ Xoá".encode() in p.read_bytes() or "Tên Đổi Ở C".encode() in p.read_bytes()
                       for p in (tmp_path / ("coordinator-" + "".join(order))).rglob("*") if p.is_file())
    assert all(found == states[("a", "b", "c")] for found in states.values())
    events = states[("c", "b", "a")]["events"]
    assert len(events) == 3 + 4  # A's 3, C's 4: its change of the erased person's name too
    assert sorted(row[3] for row in events if row[4] == person.id) == ["learner.created", "learner.erased",
                                                                      "learner.updated"]


def test_a_blanked_copy_first_held_unproven_waits_for_the_erase_once_proven(tmp_path):
    """The same example through a relay: B takes A's and C's files and relays both PCs'
    events. A coordinator that meets B first holds all of them (unconfirmed, it knows
    neither A nor C); C's own file then proves C's blanked change, which still waits for
    A's erase (its held copy now the proven one); A's file lets it into the log. The end
    equals taking A's, C's and B's files in that order."""
    files, person = erase_relayed_files(tmp_path)
    with open_trainer(tmp_path / "b") as b:
        import_files(b, [files["a"], files["c"]])
        files["b"] = export(b, tmp_path / "b-relay.dlsync").path
    ends = []
    for order in ("bca", "acb"):
        with open_trainer(tmp_path / f"coordinator-{order}") as coordinator:
            conn = coordinator.db.conn
            for name in order:
                [result] = import_files(coordinator, [files[name]])
                assert result.status == "imported", result.reason
                if order == "bca" and name == "b":
                    assert result.events_held == 7 and result.events_new == 0
                if order == "bca" and name == "c":
                    assert conn.execute("SELECT reason, COUNT(*) FROM held_events GROUP BY reason ORDER BY 1"
                                        ).fetchall() == [("erasure", 1), ("unconfirmed", 3)]
            assert conn.execute("SELECT COUNT(*) FROM held_events").fetchone()[0] == 0
            ends.append(state(coordinator))
    assert ends[0] == ends[1]
    assert sorted(row[3] for row in ends[0]["events"] if row[4] == person.id) == [
        "learner.created", "learner.erased", "learner.updated"]


def assert_same_as_full_refold(trainer):
    """Whatever partial refolds the imports did, a full refold of the log changes nothing."""
    from digital_literacy_app.core.store import fold
    before = state(trainer)
    with trainer.db.atomic():
        fold.rebuild(trainer.db.conn)
    assert state(trainer) == before


def test_an_import_refolds_only_the_learners_it_touches_and_agrees_with_a_full_refold(pcs, tmp_path):
    """A weekly file about two of many learners (one progress, one merge) is folded for
    them alone, and the result equals folding the whole log again."""
    a, b, _ = pcs
    people = [work(a, f"Người Thứ {n}", steps=1) for n in range(12)]
    export(a, tmp_path / "week1.dlsync")
    import_files(b, [tmp_path / "week1.dlsync"])
    lesson = a.lessons.get("sample-lesson")
    a.progress.complete_step(people[0].id, lesson, "drill", refused=True)
    a.learners.merge(people[2].id, people[1].id)
    a.learners.erase(people[3].id)
    export(a, tmp_path / "week2.dlsync")
    from digital_literacy_app.core.store import replay
    calls = []
    original = replay.rebuild_learners
    replay.rebuild_learners = lambda conn, handlers, ids, *ahead: (calls.append(set(ids))
                                                                   or original(conn, handlers, ids, *ahead))
    try:
        import_files(b, [tmp_path / "week2.dlsync"])
    finally:
        replay.rebuild_learners = original
    assert calls and calls[0] >= {people[0].id, people[1].id, people[2].id, people[3].id}
    assert state(b)["learners"] == state(a)["learners"]
    assert b.progress.steps_done(people[1].id, "sample-lesson") == {"intro"}
    assert_same_as_full_refold(b)


def _act(pcs, root, who, action, value, other, number):
    trainer = pcs[who]
    learners = trainer.learners.all()
    lesson = trainer.lessons.get("sample-lesson")
    if action == "add" or not learners:
        trainer.learners.add(f"Người {who}-{number}", 1940 + value)
    elif action == "step":
        trainer.progress.complete_step(learners[value % len(learners)].id, lesson,
                                       lesson.steps[value % len(lesson.steps)].id)
    elif action == "quiz":
        trainer.progress.answer_quiz(learners[value % len(learners)].id, lesson, "q1", value % 2)
    elif action == "erase":
        trainer.learners.erase(learners[value % len(learners)].id)
    elif action == "update":
        trainer.learners.update(learners[value % len(learners)].id, name=f"Đổi {number}")
    elif action == "share" and other != who:
        path = export(trainer, root / f"share-{number}.dlsync").path
        import_files(pcs[other], [path])


def test_erasure_reaches_a_pc_that_had_the_learner(pcs, tmp_path):
    """A learner erased on A disappears on B too, and the name leaves B's stored events."""
    a, b, _ = pcs
    learner = work(a, "Xin Xóa Tôi")
    export(a, tmp_path / "first.dlsync")
    import_files(b, [tmp_path / "first.dlsync"])
    a.learners.erase(learner.id)
    export(a, tmp_path / "second.dlsync")
    import_files(b, [tmp_path / "second.dlsync"])
    assert b.learners.search("xoa toi") == []
    assert "Xin Xóa Tôi" not in json.dumps(state(b), ensure_ascii=False)


def snapshot(trainer):
    return state(trainer), sorted(p.name for p in trainer.data_dir.iterdir())


def refused(trainer, path, needle):
    before = snapshot(trainer)
    [result] = import_files(trainer, [path])
    assert result.status == "refused", result
    assert needle in result.reason, result.reason
    assert path.name in result.reason
    assert snapshot(trainer) == before
    return result


def rezip(source: Path, target: Path, change) -> Path:
    """Rewrite a sync file's members through `change(name, data) -> data`."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info.filename)))
        new.comment = old.comment  # the original signature, now over different bytes
    return target


@pytest.fixture
def good_file(pcs, tmp_path):
    a = pcs[0]
    work(a, "Tệp Tốt")
    return export(a, tmp_path / "good.dlsync").path


def test_changed_event_is_refused(pcs, tmp_path, good_file):
    """Changing one character of one event breaks the file's signature."""
    bad = rezip(good_file, tmp_path / "tampered.dlsync",
                lambda name, data: data.replace("Tệp Tốt".encode(), "Tệp Xấu".encode()) if name == archive.EVENTS else data)
    refused(pcs[2], bad, "signature does not match")


def test_events_not_matching_the_manifest_are_refused_even_when_signed(pcs, tmp_path, good_file):
    """Defence in depth: a signed file whose events differ from the manifest's hash is refused."""
    a = pcs[0]
    with zipfile.ZipFile(good_file) as zf:
        manifest = json.loads(zf.read(archive.MANIFEST))
        events = zf.read(archive.EVENTS).replace("Tệp Tốt".encode(), "Tệp Xấu".encode())
    path = tmp_path / "mismatch.dlsync"
    path.write_bytes(archive.build_zip(manifest, events, a.device.sign))
    refused(pcs[2], path, "do not match the signed manifest")


def test_changed_manifest_is_refused(pcs, tmp_path, good_file):
    """Editing the manifest (say, the counts) without the device's key fails the signature."""
    bad = rezip(good_file, tmp_path / "manifest.dlsync",
                lambda name, data: data.replace(b'"events": ', b'"events": 1') if name == archive.MANIFEST else data)
    refused(pcs[2], bad, "signature does not match")


@pytest.mark.parametrize("position", [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95])
def test_a_flipped_byte_anywhere_is_refused(pcs, tmp_path, good_file, position):
    """A byte damaged anywhere in the file (data, headers, directory) refuses it whole."""
    data = bytearray(good_file.read_bytes())
    data[int(len(data) * position)] ^= 0xFF
    flipped = tmp_path / "flipped.dlsync"
    flipped.write_bytes(bytes(data))
    refused(pcs[2], flipped, "flipped.dlsync")


def test_truncated_and_empty_files_are_refused(pcs, tmp_path, good_file):
    """A cut-off or empty file is refused whole."""
    data = good_file.read_bytes()
    truncated = tmp_path / "truncated.dlsync"
    truncated.write_bytes(good_file.read_bytes()[: len(data) // 2])
    refused(pcs[2], truncated, "truncated or damaged")
    empty = tmp_path / "empty.dlsync"
    empty.write_bytes(b"")
    refused(pcs[2], empty, "not a sync file")


def test_oversized_file_is_refused_before_reading(pcs, good_file, monkeypatch):
    monkeypatch.setattr(archive, "MAX_FILE_BYTES", 100)
    refused(pcs[2], good_file, "larger than a sync file may be")


@pytest.mark.parametrize("evil", ["../../escaped.txt", "/tmp/absolute-dla-test.txt", "C:\\evil.txt"])
def test_hostile_member_names_are_refused_and_nothing_is_written(pcs, tmp_path, good_file, evil):
    """Path traversal and absolute paths: refused; nothing appears outside (or inside) the folder."""
    hostile = tmp_path / "hostile.dlsync"
    with zipfile.ZipFile(good_file) as old, zipfile.ZipFile(hostile, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, old.read(info.filename))
        new.writestr(evil, b"owned")
        new.comment = archive.PLACEHOLDER
    hostile.write_bytes(archive.sign_file_bytes(hostile.read_bytes(), pcs[0].device.sign))
    refused(pcs[2], hostile, "refused")
    assert not Path("/tmp/absolute-dla-test.txt").exists()
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_zip_bomb_is_refused_before_unpacking(pcs, tmp_path, good_file):
    """An events member that would expand hundreds of times is refused from its header."""
    bomb = tmp_path / "bomb.dlsync"
    with zipfile.ZipFile(good_file) as old, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as new:
        new.writestr(archive.MANIFEST, old.read(archive.MANIFEST))
        new.writestr(archive.EVENTS, b"\n" * (64 * 1024 * 1024))
        new.comment = archive.PLACEHOLDER
    bomb.write_bytes(archive.sign_file_bytes(bomb.read_bytes(), pcs[0].device.sign))
    assert bomb.stat().st_size < 1024 * 1024
    refused(pcs[2], bomb, "zip bomb")


def test_newer_format_is_refused_with_its_own_message(pcs, tmp_path):
    """A file that needs a newer reader says so, even though it is properly signed."""
    a = pcs[0]
    manifest = {"format": "dlsync", "version": 3, "min_reader_version": 3,
                "device": {"id": a.device.device_id, "public_key": a.device.public_key_hex},
                "counts": {"events": 0}, "ranges": {}, "events_sha256": ""}
    path = tmp_path / "future.dlsync"
    path.write_bytes(archive.build_zip(manifest, b"", a.device.sign))
    refused(pcs[2], path, "needs a newer version")


def test_sealed_file_needs_the_coordinators_key(pcs, tmp_path):
    """Sealed to the coordinator: no name in the bytes, another PC cannot open it, the coordinator can."""
    a, b, coordinator = pcs
    work(a, "Bí Mật Riêng")
    key_file = coordinator.devices.write_public_key(tmp_path / "coordinator.key")
    sealed = export(a, tmp_path / "sealed.dlsync", read_public_key(key_file)).path
    raw = sealed.read_bytes()
    assert "Bí Mật".encode() not in raw and b"manifest.json" not in raw
    refused(b, sealed, "sealed for another computer")
    [result] = import_files(coordinator, [sealed])
    assert result.status == "imported" and result.learners_new == 1
    damaged = tmp_path / "damaged-sealed.dlsync"
    damaged.write_bytes(raw[:-10] + b"0123456789")
    assert import_files(pcs[1], [damaged])[0].status == "refused"


def test_a_device_key_is_pinned_on_first_use(pcs, tmp_path, good_file):
    """A later file claiming the same computer with another key is refused."""
    a, _, coordinator = pcs
    import_files(coordinator, [good_file])
    from nacl.signing import SigningKey
    impostor = SigningKey.generate()
    manifest = {"format": "dlsync", "version": 1, "min_reader_version": 1,
                "device": {"id": a.device.device_id, "public_key": impostor.verify_key.encode().hex()},
                "counts": {"events": 0}, "ranges": {},
                "events_sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}
    path = tmp_path / "impostor.dlsync"
    path.write_bytes(archive.build_zip(manifest, b"", lambda m: impostor.sign(m).signature))
    refused(coordinator, path, "different key")


def test_cloned_pcs_with_one_identity_are_caught_naming_both_sources(tmp_path, monkeypatch):
    """Two PCs from one disk image (same machine id, same folder) both write event 1:
    the second file is refused, naming the first."""
    from digital_literacy_app.core import device as device_module
    monkeypatch.setattr(device_module, "location_fingerprint", lambda folder: "same-image")
    original = open_trainer(tmp_path / "pc")
    original.close()
    shutil.copytree(tmp_path / "pc", tmp_path / "clone")
    first, clone = open_trainer(tmp_path / "pc"), open_trainer(tmp_path / "clone")
    assert first.device.device_id == clone.device.device_id
    work(first, "Người Ở Máy Một")
    work(clone, "Người Ở Máy Hai")
    export(first, tmp_path / "from-first.dlsync")
    export(clone, tmp_path / "from-clone.dlsync")
    coordinator = open_trainer(tmp_path / "coordinator")
    assert import_files(coordinator, [tmp_path / "from-first.dlsync"])[0].status == "imported"
    result = refused(coordinator, tmp_path / "from-clone.dlsync", "from-first.dlsync")
    assert "cloned" in result.reason
    refused(first, tmp_path / "from-clone.dlsync", "this computer")
    for trainer in (first, clone, coordinator):
        trainer.close()


def test_a_copied_data_folder_gets_a_new_identity(tmp_path):
    """Without the monkeypatch, copying the folder elsewhere makes a new device id and key."""
    first = open_trainer(tmp_path / "pc")
    work(first, "Trước Khi Chép")
    first.close()
    shutil.copytree(tmp_path / "pc", tmp_path / "copy")
    copy = open_trainer(tmp_path / "copy")
    assert copy.device.replaced_device_id == first.device.device_id
    assert copy.device.device_id != first.device.device_id
    work(copy, "Sau Khi Chép")
    mine = [e.seq for e in copy.log.all() if e.origin_device_id == copy.device.device_id]
    assert mine == [1, 2, 3, 4]
    # The old identity is remembered, so what it signed (certificates) still verifies here.
    assert copy.devices.public_key(first.device.device_id) == first.device.public_key_hex
    copy.close()


def test_cancelling_merges_nothing_from_the_file_in_progress(pcs, tmp_path, monkeypatch):
    from digital_literacy_app.core.sync import incoming as importer
    a, _, coordinator = pcs
    for number in range(5):
        work(a, f"Người {number}")
    path = export(a, tmp_path / "big.dlsync").path
    monkeypatch.setattr(importer, "CHUNK", 5)
    before = state(coordinator)
    calls = []
    [result] = import_files(coordinator, [path], cancelled=lambda: calls.append(1) or len(calls) > 1)
    assert result.status == "cancelled"
    assert state(coordinator) == before


def test_an_interrupted_fold_is_finished_at_the_next_start(tmp_path, good_file):
    """If the app stops between merging and folding, opening the database refolds."""
    coordinator = open_trainer(tmp_path / "c")
    import_files(coordinator, [good_file])
    expected = state(coordinator)
    coordinator.db.conn.execute("DELETE FROM learners")
    coordinator.db.conn.execute("INSERT INTO sync_state VALUES ('fold_pending', '1')")
    coordinator.close()
    reopened = open_trainer(tmp_path / "c")
    assert state(reopened) == expected
    reopened.close()


def _order_index(trainer):
    return trainer.db.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'events_order'").fetchone()


def test_a_large_import_sets_the_order_index_aside_and_builds_it_again(pcs, tmp_path, monkeypatch):
    """Past the threshold the Lamport-order index is dropped for the merge and rebuilt
    before the fold: the index is back, the query plan uses it, and the state equals an
    import that kept it all along."""
    from digital_literacy_app.core.sync import importer
    a, b, coordinator = pcs
    for number in range(3):
        work(a, f"Người Lớn {number}", steps=3)
        work(b, f"Người Nhỏ {number}", steps=2)
    files = [export(a, tmp_path / "a.dlsync").path, export(b, tmp_path / "b.dlsync").path]
    kept = open_trainer(tmp_path / "kept")
    import_files(kept, files)
    index_before = _order_index(coordinator)
    dropped = []
    original_count = importer._DeferredIndex.count

    def count(self, new_events):
        original_count(self, new_events)
        dropped.append(self.sql is not None)

    monkeypatch.setattr(importer, "DEFER_INDEX_AFTER", 1)
    monkeypatch.setattr(importer._DeferredIndex, "count", count)
    results = import_files(coordinator, files)
    assert [r.status for r in results] == ["imported", "imported"]
    assert dropped == [True, True]  # set aside after the first file, still aside after the second
    assert _order_index(coordinator) == index_before
    plan = coordinator.db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM events ORDER BY lamport, origin_device_id, seq").fetchall()
    assert "events_order" in str(plan)
    assert state(coordinator) == state(kept)
    assert_same_as_full_refold(coordinator)
    kept.close()


def test_a_failure_after_the_index_was_set_aside_leaves_database_and_index_as_they_were(pcs, tmp_path, monkeypatch):
    """The drop is inside the import's transaction: a failure in the fold rolls it back."""
    from digital_literacy_app.core.sync import importer
    a, _, coordinator = pcs
    work(a, "Người Thử Lỗi")
    path = export(a, tmp_path / "a.dlsync").path
    monkeypatch.setattr(importer, "DEFER_INDEX_AFTER", 1)
    before, index_before = state(coordinator), _order_index(coordinator)

    def broken_fold(*args, **kwargs):
        assert _order_index(coordinator) is not None  # rebuilt before folding
        raise OSError("disk went away")

    monkeypatch.setattr(importer, "refold", broken_fold)
    with pytest.raises(OSError):
        import_files(coordinator, [path])
    assert state(coordinator) == before
    assert _order_index(coordinator) == index_before
