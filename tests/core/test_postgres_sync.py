"""The same sync files into SQLite and into the city store on PostgreSQL: the same merge,
the same refusals, byte-identical reports, the same certificate checks.

Every test here runs a real PostgreSQL server (tests/postgres.py, `postgres_server`).
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from digital_literacy_app.core.certificates.records import FORGED, UNKNOWN_ISSUER, VALID
from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.reports import ReportFilter, build_report
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.certificate_pack import complete, write_pack
from tests.conftest import FIXTURES
from tests.core import test_sync_attacks as attacks
from tests.core.test_sync_attacks import pc, stick  # noqa: F401  (fixtures)
from tests.core.test_sync import ACTION, _act, erase_relayed_files, state

REPORTS = (["ward", "group", "area", "month"], ["ward", "group"], ["area", "month"], ["competence"], [])


def city(folder: Path, url: str, lessons=None) -> Trainer:
    return Trainer.open(folder, lesson_dirs=lessons or [FIXTURES / "lessons"], database=url)


def ward_files(tmp_path, learners: int, seed: int) -> list[Path]:
    """Three ward PCs' sync files, each of `learners` demo learners (seeds from `seed`)."""
    files = []
    for index in range(3):
        with Trainer.open(tmp_path / f"ward{index}", lesson_dirs=[FIXTURES / "lessons"]) as ward:
            ward.seed_demo(learners, index + seed)
            files.append(export(ward, tmp_path / f"ward{index}.dlsync").path)
    return files


def reports(trainer) -> list[str]:
    """Every split, and filtered by a ward and a range of months (filters apply before counting)."""
    wards = sorted({row[0] for row in trainer.db.conn.execute("SELECT ward FROM learners")})
    filters = [ReportFilter(), ReportFilter(month_from="2025-03", month_to="2026-10")]
    filters += [ReportFilter(ward=wards[0])] if wards else []
    return [build_report(trainer, by, where).as_json() for by in REPORTS for where in filters]


def everything(trainer) -> dict:
    """What a coordinator counts and certifies from, and what it keeps apart."""
    conn = trainer.db.conn
    figures = dict(state(trainer), reports=reports(trainer))
    figures["held"] = attacks.held(trainer)
    figures["certificates"] = conn.execute("SELECT * FROM certificates ORDER BY device_id, id").fetchall()
    figures["activity"] = conn.execute("SELECT * FROM learner_activity ORDER BY 1, 2, 3").fetchall()
    figures["devices"] = conn.execute("SELECT device_id, public_key, learned_from, retired_after_seq "
                                      "FROM known_devices ORDER BY 1").fetchall()
    figures["proofs"] = conn.execute("SELECT * FROM chain_proofs ORDER BY 1").fetchall()
    return figures


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(ACTION, min_size=1, max_size=25), order=st.randoms(use_true_random=False))
def test_any_order_gives_the_same_state_and_byte_identical_reports_on_both_engines(
        tmp_path_factory, postgres_server, actions, order):
    """Random events on three PCs, shared around; their files merged, in a random order
    with repeats, into SQLite and into PostgreSQL: the same learners, progress, events,
    held events, keys and proofs, and byte for byte the same JSON reports. (That every
    order gives the same state on one engine is tests/core/test_sync.py's test.)"""
    root = tmp_path_factory.mktemp("sync")
    pcs = [Trainer.open(root / f"pc{i}", lesson_dirs=[FIXTURES / "lessons"]) for i in range(3)]
    try:
        for number, (who, action, value, other) in enumerate(actions):
            _act(pcs, root, who, action, value, other, number)
        files = [export(trainer, root / f"final-{index}.dlsync").path for index, trainer in enumerate(pcs)]
    finally:
        for trainer in pcs:
            trainer.close()
    found = []
    sequence = files * 2
    order.shuffle(sequence)  # the same order on both: the engines are compared, not the orders
    for folder, url in (("sqlite", None), ("postgres", postgres_server.new_database())):
        with Trainer.open(root / folder, lesson_dirs=[FIXTURES / "lessons"], database=url) as coordinator:
            for path in sequence:
                import_files(coordinator, [path])
            found.append(everything(coordinator))
    assert found[0] == found[1]


def test_a_demo_ward_gives_byte_identical_reports_and_folds_alike(tmp_path, postgres_url):
    """Two wards of demo data (sessions, certificates, merges, erasures), several files each."""
    files = []
    for name, learners, seed in (("a", 25, 1), ("b", 15, 2)):
        with Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"]) as ward:
            ward.seed_demo(learners, seed)
            files.append(export(ward, tmp_path / f"{name}.dlsync").path)
    with Trainer.open(tmp_path / "sqlite", lesson_dirs=[FIXTURES / "lessons"]) as small:
        results = import_files(small, files)
        expected = everything(small)
    with city(tmp_path / "city", postgres_url) as town:
        found = import_files(town, list(reversed(files)))
        assert sorted((r.path.name, r.status, r.events_new, r.learners_new) for r in found) == sorted(
            (r.path.name, r.status, r.events_new, r.learners_new) for r in results)
        assert expected["reports"][0].count('"learners"') > 10
        assert everything(town) == expected
        [again] = import_files(town, files[:1])
        assert (again.status, again.error.code) == ("already", "sync.already_imported")


def test_hostile_relays_are_refused_with_the_same_reason_and_the_city_store_unchanged(pc, stick, postgres_server):
    """The relay attacks of test_sync_attacks.py against a coordinator on each engine."""
    a, x, a_file, x_file, manifest, events = attacks.x_relaying_a(pc, stick)
    aid = a.device.device_id
    hostile = []
    for change, make in sorted(attacks.CHANGES.items()):
        changed = make(events, aid)
        hostile.append(attacks.write_sync(stick / f"x-{change}.dlsync", x, manifest,
                                          [e for e in events if e["origin"] != aid] + changed,
                                          {aid: dict(manifest["proofs"][aid], seq=changed[-1]["seq"])}))
    for shape in attacks.SHAPES:
        hostile.append(attacks.forge_a(x, a, manifest, events, stick / f"x-forged-{shape}.dlsync", shape, "stale"))
    outcomes = []
    for name, url in (("sqlite", None), ("postgres", postgres_server.new_database())):
        coordinator = Trainer.open(stick.parent / name, lesson_dirs=[FIXTURES / "lessons"], database=url)
        try:
            attacks.take(coordinator, a_file, stick / "x-own.dlsync")
            before = everything(coordinator)
            codes = []
            for path in hostile:
                [result] = import_files(coordinator, [path])
                codes.append((path.name, result.status, result.error.code if result.error else "",
                              result.error.details.get("device") if result.error else ""))
            assert everything(coordinator) == before
            [genuine] = import_files(coordinator, [x_file])
            outcomes.append((codes, genuine.status, everything(coordinator)))
        finally:
            coordinator.close()
    assert all(status == "refused" for _, status, _, _ in outcomes[0][0])
    assert outcomes[0] == outcomes[1]


def test_a_blanked_copy_waits_for_its_erase_alike_on_both_engines(tmp_path, postgres_server):
    """tests/core/test_sync.py's example of a file relaying an erase not yet confirmed: C's
    file first holds A's events and C's blanked change (reason erasure), A's file then
    lets the change into the log; the same at every step on both engines."""
    files, _ = erase_relayed_files(tmp_path)
    found = []
    for name, url in (("sqlite", None), ("postgres", postgres_server.new_database())):
        with city(tmp_path / name, url) as coordinator:
            steps = []
            for key in ("c", "b", "a", "c"):
                [result] = import_files(coordinator, [files[key]])
                steps.append((key, result.status, result.events_new, result.events_held,
                              result.events_released, everything(coordinator)))
            found.append(steps)
    assert [row[:5] for row in found[0]] == [("c", "imported", 3, 4, 0), ("b", "imported", 0, 0, 0),
                                            ("a", "imported", 3, 0, 1), ("c", "already", 0, 0, 0)]
    assert [reason for *_, reason in found[0][0][5]["held"]].count("erasure") == 1
    assert found[0] == found[1]


def test_a_damaged_file_is_refused_alike(tmp_path, postgres_url):
    with Trainer.open(tmp_path / "a", lesson_dirs=[FIXTURES / "lessons"]) as ward:
        ward.seed_demo(5, 3)
        good = export(ward, tmp_path / "good.dlsync").path
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad = tmp_path / "bad.dlsync"
    bad.write_bytes(bytes(data))
    codes = []
    for name, url in (("sqlite", None), ("postgres", postgres_url)):
        with Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"], database=url) as coordinator:
            [result] = import_files(coordinator, [bad])
            codes.append((result.status, result.error.code))
            assert coordinator.db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    assert codes[0] == codes[1] and codes[0][0] == "refused"


def test_a_certificate_is_verified_against_the_keys_the_city_store_learnt(tmp_path, postgres_url):
    pack = [write_pack(tmp_path / "pack")]
    with Trainer.open(tmp_path / "ward", lesson_dirs=pack) as ward:
        person = ward.learners.add("Đặng Thị Lan")
        complete(ward, person.id, ["safe-calls", "safe-otp"])
        issued = ward.certificates.issue(person.id, "Trần Văn Tình", tmp_path / "c.pdf")
        file = export(ward, tmp_path / "ward.dlsync").path
    with city(tmp_path / "city", postgres_url, pack) as town:
        assert town.certificates.verify_code(issued.code).status == UNKNOWN_ISSUER
        attacks.take(town, file)
        checked = town.certificates.verify_code(issued.code)
        assert (checked.status, checked.facts.name) == (VALID, "Đặng Thị Lan")
        changed = issued.code.replace("Đặng", "Đăng")
        assert changed != issued.code and town.certificates.verify_code(changed).status == FORGED
        [by_number] = town.certificates.verify_number(issued.facts.certificate_id)
        assert (by_number.status, by_number.facts.name) == (VALID, "Đặng Thị Lan")


def test_importers_at_once_count_each_event_once(tmp_path, postgres_url):
    """Four coordinators import into one city store at the same time: different files all
    arrive, the same file brought by two of them at once counts once, nobody deadlocks."""
    from concurrent.futures import ThreadPoolExecutor

    files = ward_files(tmp_path, learners=6, seed=1)
    with Trainer.open(tmp_path / "sqlite", lesson_dirs=[FIXTURES / "lessons"]) as small:
        import_files(small, files)
        expected = everything(small)
    batches = [[files[0]], [files[1]], [files[2], files[0]], [files[2]]]

    def run(index):
        with city(tmp_path / f"district{index}", postgres_url) as district:
            return import_files(district, batches[index])

    with ThreadPoolExecutor(len(batches)) as pool:
        results = [r for done in pool.map(run, range(len(batches)), timeout=120) for r in done]
    assert sorted(r.status for r in results) == ["already", "already", "imported", "imported", "imported"]
    with city(tmp_path / "reader", postgres_url) as town:
        assert everything(town) == expected
        assert town.db.conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0] == 3


def test_importers_check_their_files_at_once_while_another_import_holds_the_store(tmp_path, postgres_url):
    """A third district holds the city store's turn (the import lock) while two others
    import, one of them three files (checked by worker processes), one a single file
    (checked in its own process), the same file in both: both check every file while the
    store is held by the third, so their checks overlap each other and the third's turn;
    nothing is merged until the turn is free; then each event counts once, and nobody
    deadlocks. Checking under the lock again would never get past the first wait."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    import psycopg

    from digital_literacy_app.core.store.pg_migrations import LOCK_IMPORT

    files = ward_files(tmp_path, learners=5, seed=7)
    with Trainer.open(tmp_path / "sqlite", lesson_dirs=[FIXTURES / "lessons"]) as small:
        import_files(small, files)
        expected = everything(small)
    batches = [files, [files[1]]]
    districts = [city(tmp_path / f"district{index}", postgres_url) for index in range(len(batches))]
    checked = [threading.Event() for _ in batches]

    def run(index):
        count = len(batches[index])

        def progressed(i, n, fraction, name):
            if i + fraction >= count / 2:  # the first half of the bar is the checks
                checked[index].set()

        return import_files(districts[index], batches[index], on_progress=progressed)

    holder = psycopg.connect(postgres_url)  # the third district, in its turn
    holder.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_IMPORT,))
    try:
        with ThreadPoolExecutor(len(batches)) as pool:
            running = [pool.submit(run, index) for index in range(len(batches))]
            try:
                all_checked = all(done.wait(60) for done in checked)
                time.sleep(0.2)
                waiting = not any(future.done() for future in running)
                with city(tmp_path / "looking", postgres_url) as looking:
                    merged_meanwhile = looking.db.conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0]
            finally:
                holder.commit()  # the third district's turn ends
            results = [r for future in running for r in future.result(timeout=120)]
    finally:
        holder.close()
        for district in districts:
            district.close()
    assert all_checked, "a file was not checked while another import held the store"
    assert waiting and merged_meanwhile == 0  # both waited for the turn to merge
    assert sorted(r.status for r in results) == ["already", "imported", "imported", "imported"]
    with city(tmp_path / "reader", postgres_url) as town:
        assert everything(town) == expected
        assert town.db.conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0] == 3
    assert not list((tmp_path / "district0" / "tmp").glob("*")), "checked files left behind"


def test_a_stop_while_a_city_import_checks_merges_nothing_and_leaves_no_work_files(tmp_path, postgres_url):
    """Stop pressed once the first of three files is checked (by the worker processes):
    every file is reported stopped, nothing is merged, and the checked events written for
    the turn are gone from the data folder. It stops at once while another district holds
    the store's turn: it used to wait for that turn to end, only to merge nothing."""
    from concurrent.futures import ThreadPoolExecutor

    import psycopg

    from digital_literacy_app.core.store.pg_migrations import LOCK_IMPORT

    files = ward_files(tmp_path, learners=3, seed=3)
    stop = []
    holder = psycopg.connect(postgres_url)  # another district, in its turn
    holder.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_IMPORT,))
    with city(tmp_path / "district", postgres_url) as district, ThreadPoolExecutor(1) as pool:
        try:
            running = pool.submit(import_files, district, files, cancelled=lambda: bool(stop),
                                  on_progress=lambda i, n, fraction, name: stop.append(1))
            results = running.result(timeout=60)
        finally:
            holder.close()
        assert [r.status for r in results] == ["cancelled"] * 3
        assert district.db.conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0] == 0
        assert district.db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    assert not list((tmp_path / "district" / "tmp").glob("*"))


def test_a_city_store_lost_while_the_files_are_copied_in_leaves_no_copies(tmp_path, postgres_url):
    """The store stops answering when it is asked which files it has: the import ends with
    the driver's error (worded by the screens and the command line), and the copies made of
    the stick's files are gone from the data folder."""
    import psycopg

    files = ward_files(tmp_path, learners=3, seed=5)
    with city(tmp_path / "district", postgres_url) as district:
        district.db.raw.close()  # the server went away
        with pytest.raises(psycopg.Error):
            import_files(district, files)
    assert not list((tmp_path / "district" / "tmp").glob("*"))


def test_a_worker_pool_that_breaks_after_finishing_files_leaves_them_checked_here(tmp_path, monkeypatch):
    """The checking processes die (the system killed one) after some files were checked,
    their copies in the data folder deleted, their answers lost: every file is checked
    again in this process, from the stick, and comes back checked, not as a crash."""
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    from digital_literacy_app.core.sync import checking
    from digital_literacy_app.core.sync.checked_ahead import CheckedAhead

    files = ward_files(tmp_path, learners=2, seed=21)

    class BreakingPool:
        """Runs each job at once (deleting its copy, as a worker does), then answers only
        the first: the pool broke before the others' answers came back."""

        def __init__(self):
            self.jobs = 0

        def submit(self, function, *args):
            answer = function(*args)
            self.jobs += 1
            future = concurrent.futures.Future()
            if self.jobs == 1:
                future.set_result(answer)
            else:
                future.set_exception(BrokenProcessPool("a worker died"))
            return future

    monkeypatch.setattr(checking, "worker_pool", BreakingPool)
    with Trainer.open(tmp_path / "district", lesson_dirs=[FIXTURES / "lessons"]) as district:
        checks = CheckedAhead(district, files, lambda *_: None, lambda: False)
        try:
            checked = [checks.take(index) for index in range(len(files))]
            assert [item.path for item in checked] == files
            assert all(item.manifest and not (item.stage_error or item.open_error or item.lines_error)
                       for item in checked)
        finally:
            checks.close()
    assert not list((tmp_path / "district" / "tmp").glob("*")), "work files left behind"


def test_files_imported_before_are_said_so_without_being_checked_again(tmp_path, postgres_url, monkeypatch):
    """A stick holds last week's files beside a new one: the files the city store had
    imported are reported "already imported" (with the name they came under) without
    being opened or checked again, the new one is checked and merged; and should a
    skipped file's record be gone by its turn, it is checked there and merged (its events
    known already). No work file is left behind."""
    from digital_literacy_app.core.sync import checking

    files = ward_files(tmp_path, learners=3, seed=11)
    monkeypatch.setattr(checking, "WORKERS", 1)  # checked in this process, where they can be seen
    opened = []
    real_check = checking.check
    monkeypatch.setattr(checking, "check", lambda seat, path, *args, **kwargs: (
        opened.append(Path(path).name), real_check(seat, path, *args, **kwargs))[1])
    with city(tmp_path / "district", postgres_url) as district:
        import_files(district, files[:2])
        opened.clear()
        results = import_files(district, files)
        assert [r.status for r in results] == ["already", "already", "imported"]
        assert opened == [files[2].name]
        assert results[0].error.details["earlier"] == files[0].name

        real_copy_in = checking._copy_in

        def record_lost(trainer, jobs, cancelled):
            found = real_copy_in(trainer, jobs, cancelled)
            with trainer.db.atomic():
                trainer.db.conn.execute("DELETE FROM imported_files WHERE file_name = ?", (files[0].name,))
            return found

        monkeypatch.setattr(checking, "_copy_in", record_lost)
        opened.clear()
        again = import_files(district, files[:2])
        assert [r.status for r in again] == ["imported", "already"]
        assert again[0].events_new == 0 and again[0].events_known > 0
        assert opened == [files[0].name]
    assert not list((tmp_path / "district" / "tmp").glob("*"))


def test_a_coordinators_store_moves_up_to_the_city_store_and_is_proved_by_its_reports(tmp_path, postgres_server):
    """Demo wards with certificates, sessions, erasures, merges and a held relay; the
    coordinator's store moved to an empty city store reports the same, keeps its keys,
    proofs and held events, and refuses the same file again as already imported."""
    a, x, a_file, x_file, manifest, events = attacks.x_relaying_a(
        lambda name: Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"]), tmp_path)
    files = [x_file]
    for name, seed in (("w1", 4), ("w2", 5)):
        with Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"]) as ward:
            ward.seed_demo(10, seed)
            files.append(export(ward, tmp_path / f"{name}.dlsync").path)
    a.close()
    x.close()
    url = postgres_server.new_database()
    with Trainer.open(tmp_path / "coordinator", lesson_dirs=[FIXTURES / "lessons"]) as small:
        results = import_files(small, files)
        assert sum(r.events_held for r in results) > 0  # A's events relayed by X: A is unknown here
        expected = everything(small)
        moved = small.sync.move_to_city(url)
        assert (moved.events, moved.files) == (len(expected["events"]), 3)
        with pytest.raises(DlaError) as twice:
            small.sync.move_to_city(url)
        assert twice.value.code == "city.move_target_not_empty"
    with city(tmp_path / "coordinator", url) as town:
        assert everything(town) == expected
        [again] = import_files(town, files[1:2])
        assert again.status == "already"
        [a_own] = import_files(town, [a_file])  # A's own file now proves what X relayed
        assert (a_own.status, a_own.events_held) == ("imported", 0)
        assert not attacks.held(town)


def test_a_move_whose_reports_would_differ_leaves_the_city_store_empty(tmp_path, postgres_url, monkeypatch):
    from digital_literacy_app.core.store import city_move

    with Trainer.open(tmp_path / "ward", lesson_dirs=[FIXTURES / "lessons"]) as ward:
        ward.seed_demo(5, 1)
        file = export(ward, tmp_path / "ward.dlsync").path
    with Trainer.open(tmp_path / "coordinator", lesson_dirs=[FIXTURES / "lessons"]) as small:
        import_files(small, [file])
        monkeypatch.setattr(city_move, "COPIED_TABLES", tuple(t for t in city_move.COPIED_TABLES if t != "events"))
        with pytest.raises(DlaError) as differ:
            small.sync.move_to_city(postgres_url)
        assert differ.value.code == "city.move_reports_differ"
    with city(tmp_path / "coordinator", postgres_url) as town:
        assert town.db.conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0] == 0


def test_text_holding_the_character_nul_is_refused_on_both_engines(pc, stick, postgres_server):
    """A genuinely signed file whose learner name holds U+0000 (the app never writes one;
    PostgreSQL cannot store it): the event is damaged, on either engine alike."""
    x = pc("x")
    attacks.work(x, "Người Của X")
    manifest, events = attacks.read_sync(attacks.carry(x, stick / "x.dlsync"))
    changed = [dict(e, payload=dict(e["payload"], name="Người\x00X")) if e["kind"] == "learner.created" else e
               for e in events]
    hostile = attacks.write_sync(stick / "x-nul.dlsync", x, manifest, changed)
    codes = []
    for name, url in (("sqlite", None), ("postgres", postgres_server.new_database())):
        with Trainer.open(stick.parent / name, lesson_dirs=[FIXTURES / "lessons"], database=url) as coordinator:
            result = attacks.refused(coordinator, hostile, "sync.event_damaged") if url is None else \
                import_files(coordinator, [hostile])[0]
            codes.append((result.status, result.error.code, result.error.details.get("line")))
            assert coordinator.db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    assert codes[0] == codes[1]


def test_a_report_reads_one_snapshot_while_another_district_imports(tmp_path, postgres_url):
    with Trainer.open(tmp_path / "ward", lesson_dirs=[FIXTURES / "lessons"]) as ward:
        ward.seed_demo(4, 2)
        file = export(ward, tmp_path / "ward.dlsync").path
    with city(tmp_path / "reader", postgres_url) as reader, city(tmp_path / "writer", postgres_url) as writer:
        count = "SELECT COUNT(*) FROM events"
        with reader.db.snapshot():
            before = reader.db.conn.execute(count).fetchone()[0]
            [done] = import_files(writer, [file])
            assert done.events_new > 0 and reader.db.conn.execute(count).fetchone()[0] == before
        assert reader.db.conn.execute(count).fetchone()[0] == before + done.events_new


def test_trust_at_city_level_a_district_list_and_a_retirement_in_every_order(tmp_path, postgres_server):
    """The city store trusts a district coordinator by fingerprint: that district's list
    brings the keys of wards the city never met and a ward it retired. Every order of the
    files (with a repetition) gives the same city store, equal to SQLite's."""
    from itertools import permutations

    from tests.core.test_trust_list import state as district_state
    from tests.core.test_trust_list import work as learn

    first, second, district = (Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"])
                               for name in ("ward-1", "ward-2", "district"))
    learn(first, "Bùi Thị Một")
    learn(second, "Hồ Văn Hai")
    for ward in (first, second):
        import_files(district, [export(ward, tmp_path / f"{ward.device.device_id}-1.dlsync").path])
    district.trust.retire(second.device.device_id)
    learn(second, "Hồ Văn Sau Khi Thu Hồi")
    files = [export(first, tmp_path / "first.dlsync").path, export(second, tmp_path / "second-2.dlsync").path,
             export(district, tmp_path / "district.dlsync").path]
    fingerprint = district.trust.fingerprint()
    for trainer in (first, second, district):
        trainer.close()
    with Trainer.open(tmp_path / "sqlite", lesson_dirs=[FIXTURES / "lessons"]) as small:
        small.trust.trust_coordinator(fingerprint)
        for path in files:
            import_files(small, [path])
        expected = district_state(small)
    assert {reason for _, _, reason in expected["held"]} == {"retired"}
    for number, order in enumerate(permutations(files)):
        with city(tmp_path / f"city-{number}", postgres_server.new_database()) as town:
            town.trust.trust_coordinator(fingerprint)
            for path in order + order[:1]:
                import_files(town, [path])
            assert district_state(town) == expected, order


TRUST_SCENARIOS = ("test_a_district_that_trusts_the_coordinator_counts_the_wards_it_never_met",
                   "test_a_retired_pc_keeps_its_earlier_records_and_its_later_ones_never_count",
                   "test_a_rotated_coordinator_key_is_followed_and_what_the_old_key_signed_still_checks",
                   "test_a_list_changed_or_signed_by_another_key_refuses_its_file")


@pytest.mark.parametrize("scenario", TRUST_SCENARIOS)
def test_the_trust_list_scenarios_hold_with_the_district_on_postgresql(tmp_path, postgres_url, scenario):
    """tests/core/test_trust_list.py's own scenarios, run with the district's store on PostgreSQL."""
    from tests.core import test_trust_list

    pcs = {name: Trainer.open(tmp_path / name, lesson_dirs=[FIXTURES / "lessons"]) for name in ("ward", "coordinator")}
    pcs["district"] = city(tmp_path / "district", postgres_url)
    try:
        getattr(test_trust_list, scenario)(pcs, tmp_path)
    finally:
        for trainer in pcs.values():
            trainer.close()
