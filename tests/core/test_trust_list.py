"""The coordinator's trust list: a district learns ward PCs' keys from a coordinator it trusts,
a retired PC's later records never count, and lists that are not what they claim refuse their file."""

import json
import zipfile
from datetime import date, timedelta

import pytest

from digital_literacy_app.cli import main
from digital_literacy_app.core.certificates.code import CertificateFacts, make_code
from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.reports.build import build_report
from digital_literacy_app.core.sync import archive, trust
from tests.core.test_sync import open_trainer, work


@pytest.fixture
def pcs(tmp_path):
    opened = {name: open_trainer(tmp_path / name) for name in ("ward", "coordinator", "district")}
    yield opened
    for trainer in opened.values():
        trainer.close()


def dump(trainer) -> dict:
    conn = trainer.db.conn
    tables = ("events", "held_events", "known_devices", "chain_proofs", "learners", "imported_files",
              "trusted_coordinators")
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}


def learners(trainer) -> set[str]:
    return {r.id for r in trainer.learners.all()}


def carry(source, target, path):
    [result] = target.sync.import_files([source.sync.export(path).path])
    return result


def test_a_district_that_trusts_the_coordinator_counts_the_wards_it_never_met(pcs, tmp_path):
    """Ward → coordinator → district: without trust the ward's records are held; once the
    district trusts the coordinator's fingerprint, the coordinator's next file proves them."""
    ward, coordinator, district = pcs["ward"], pcs["coordinator"], pcs["district"]
    person = work(ward, "Nguyễn Thị Phường")
    carry(ward, coordinator, tmp_path / "ward.dlsync")
    held = carry(coordinator, district, tmp_path / "coordinator-1.dlsync")
    assert held.status == "imported" and held.events_held > 0 and person.id not in learners(district)
    assert district.certificates.keys.get(ward.device.device_id) is None

    district.trust.trust_coordinator(coordinator.trust.fingerprint().lower().replace("-", " "))
    result = carry(coordinator, district, tmp_path / "coordinator-2.dlsync")
    assert result.status == "imported" and result.events_held == 0, result.reason
    assert person.id in learners(district)
    assert district.db.conn.execute("SELECT COUNT(*) FROM held_events").fetchone()[0] == 0
    assert district.devices.get(ward.device.device_id).public_key == ward.device.public_key_hex
    assert district.trust.coordinators() == [(coordinator.trust.fingerprint(), coordinator.device.name)]
    direct = open_trainer(tmp_path / "direct")
    carry(ward, direct, tmp_path / "ward-direct.dlsync")
    assert build_report(district, ["ward", "group"]).rows == build_report(direct, ["ward", "group"]).rows
    direct.close()


def test_a_list_from_a_computer_that_is_not_trusted_teaches_nothing(pcs, tmp_path):
    """Any PC's file carries its list; a reader that does not trust that PC ignores it."""
    ward, coordinator, district = pcs["ward"], pcs["coordinator"], pcs["district"]
    work(ward, "Trần Văn Lạ")
    carry(ward, coordinator, tmp_path / "ward.dlsync")
    carry(coordinator, district, tmp_path / "coordinator.dlsync")
    assert district.devices.get(ward.device.device_id) is None
    assert district.db.conn.execute("SELECT learned_from FROM known_devices").fetchall() == [("self",)]


def test_a_retired_pc_keeps_its_earlier_records_and_its_later_ones_never_count(pcs, tmp_path):
    """Stolen PC: the coordinator retires it; its later records are kept apart there; the district,
    which had imported the later records directly, sets them apart when the list arrives,
    and refuses certificates that PC issued after its retirement."""
    ward, coordinator, district = pcs["ward"], pcs["coordinator"], pcs["district"]
    before = work(ward, "Lê Thị Trước")
    carry(ward, coordinator, tmp_path / "ward-1.dlsync")
    district.trust.trust_coordinator(coordinator.trust.fingerprint())
    kept = coordinator.trust.retire(ward.device.device_id)
    assert kept == ward.log.count()
    after = work(ward, "Phạm Văn Sau")
    later = ward.sync.export(tmp_path / "ward-2.dlsync").path
    [kept_apart] = coordinator.sync.import_files([later])
    assert kept_apart.status == "imported" and kept_apart.events_new == 0 and kept_apart.events_held > 0
    assert [note.code for note in kept_apart.warnings] == ["sync.events_retired"]
    assert after.id not in learners(coordinator)

    [direct] = district.sync.import_files([later])
    assert direct.status == "imported" and {before.id, after.id} <= learners(district)
    result = carry(coordinator, district, tmp_path / "coordinator.dlsync")
    assert result.status == "imported", result.reason
    assert before.id in learners(district) and after.id not in learners(district)
    reasons = district.db.conn.execute("SELECT DISTINCT reason FROM held_events").fetchall()
    assert reasons == [("retired",)]
    assert district.db.conn.execute("SELECT MAX(seq) FROM events WHERE origin_device_id = ?",
                                    (ward.device.device_id,)).fetchone()[0] == kept

    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    facts = CertificateFacts("ABCDEFGH", tomorrow, ward.device.device_id, "area:an-toan", "Phạm Văn Sau", "")
    verdict = district.certificates.verify_code(make_code(facts, ward.device.sign))
    assert verdict.status == "retired"
    facts_before = CertificateFacts("ABCDEFGH", date.today().isoformat(), ward.device.device_id,
                                    "area:an-toan", "Lê Thị Trước", "")
    assert district.certificates.verify_code(make_code(facts_before, ward.device.sign)).status == "valid"


def _with_trust(path, target, change, sign):
    with zipfile.ZipFile(path) as old:
        manifest = json.loads(old.read(archive.MANIFEST))
        events, listed = old.read(archive.EVENTS), old.read(archive.TRUST)
    target.write_bytes(archive.build_zip(manifest, events, sign, trust=change(listed)))
    return target


def test_a_list_changed_or_signed_by_another_key_refuses_its_file(pcs, tmp_path):
    """The list is signed apart from the file: changing it (even when the whole file is
    signed again by its writer) or signing it with another key refuses the file."""
    ward, coordinator, district = pcs["ward"], pcs["coordinator"], pcs["district"]
    work(ward, "Võ Thị Danh")
    carry(ward, coordinator, tmp_path / "ward.dlsync")
    district.trust.trust_coordinator(coordinator.trust.fingerprint())
    good = coordinator.sync.export(tmp_path / "good.dlsync").path

    def retire_everyone(raw):
        outer = json.loads(raw)
        body = json.loads(outer["body"])
        for device in body["devices"]:
            device.update(retired_after_seq=0, retired_on="2020-01-01")
        return json.dumps({"body": json.dumps(body), "signature": outer["signature"]}).encode()

    before = dump(district)
    for change in (retire_everyone, lambda raw: raw[:-5], lambda raw: b"[]"):
        bad = _with_trust(good, tmp_path / "bad.dlsync", change, coordinator.device.sign)
        [result] = district.sync.import_files([bad])
        assert (result.status, result.error.code) == ("refused", "sync.trust_list_damaged")
        assert dump(district) == before
    assert district.sync.import_files([good])[0].status == "imported"


@pytest.mark.parametrize("typed", ["abcd efgh", "ABCD-EFGH-JKLM-NPQ9", "", "ABCDEFGHJKLMNPQRS"])
def test_a_mistyped_fingerprint_is_refused(pcs, typed):
    with pytest.raises(DlaError) as caught:
        pcs["district"].trust.trust_coordinator(typed)
    assert caught.value.code == "trust.bad_fingerprint"
    assert pcs["district"].trust.coordinators() == []


def test_fingerprints_read_aloud_survive_look_alike_digits(pcs):
    text = pcs["coordinator"].trust.fingerprint()
    spoken = text.replace("O", "0").replace("I", "1").replace("B", "8").lower()
    assert trust.clean_fingerprint(spoken) == text


def test_the_command_line_prints_trusts_and_retires(tmp_path, capsys, pcs):
    coordinator, ward = pcs["coordinator"], pcs["ward"]
    work(ward, "Đặng Văn Lệnh")
    carry(ward, coordinator, tmp_path / "ward.dlsync")
    folder = str(coordinator.data_dir)
    assert main(["--lang", "en", "coordinator", "fingerprint", "--data-dir", folder]) == 0
    assert coordinator.trust.fingerprint() in capsys.readouterr().out
    ward_folder = str(ward.data_dir)
    assert main(["--lang", "vi", "coordinator", "trust", coordinator.trust.fingerprint(), "--data-dir", ward_folder]) == 0
    assert "đã tin điều phối viên" in capsys.readouterr().out
    assert main(["--lang", "en", "coordinator", "trust", "nonsense", "--data-dir", ward_folder]) == 1
    assert "not a coordinator's fingerprint" in capsys.readouterr().err
    assert main(["--lang", "en", "coordinator", "retire", ward.device.device_id, "--data-dir", folder]) == 0
    assert "is retired" in capsys.readouterr().out
    assert main(["--lang", "en", "coordinator", "retire", "nobody", "--data-dir", folder]) == 1
    capsys.readouterr()
    assert main(["--lang", "vi", "coordinator", "rotate-key", "--data-dir", ward_folder]) == 0
    assert "đã có khóa mới" in capsys.readouterr().out


def state(trainer) -> dict:
    conn = trainer.db.conn
    return {
        "events": conn.execute("SELECT origin_device_id, seq, payload FROM events ORDER BY 1, 2").fetchall(),
        "held": conn.execute("SELECT origin_device_id, seq, reason FROM held_events ORDER BY 1, 2").fetchall(),
        "learners": conn.execute("SELECT id, name FROM learners ORDER BY id").fetchall(),
        "progress": conn.execute("SELECT * FROM lesson_progress ORDER BY 1, 2").fetchall(),
        "report": build_report(trainer, ["ward", "group"]).rows,
    }


def test_any_order_of_files_with_relays_and_a_retirement_gives_the_same_district(tmp_path, pcs):
    """Two wards, a coordinator relaying both and retiring one of them, and the retired
    ward's later file: every order (and a repetition) leaves the district identical."""
    from itertools import permutations

    first, coordinator = pcs["ward"], pcs["coordinator"]
    second = open_trainer(tmp_path / "ward-2")
    work(first, "Bùi Thị Một")
    work(second, "Hồ Văn Hai")
    carry(first, coordinator, tmp_path / "first-1.dlsync")
    carry(second, coordinator, tmp_path / "second-1.dlsync")
    coordinator.trust.retire(second.device.device_id)
    work(second, "Hồ Văn Sau Khi Thu Hồi")
    files = [first.sync.export(tmp_path / "first.dlsync").path,
             second.sync.export(tmp_path / "second-2.dlsync").path,
             coordinator.sync.export(tmp_path / "coordinator.dlsync").path]
    second.close()
    seen = []
    for number, order in enumerate(permutations(files)):
        district = open_trainer(tmp_path / f"district-{number}")
        district.trust.trust_coordinator(coordinator.trust.fingerprint())
        for path in order + order[:1]:
            district.sync.import_files([path])
        seen.append(state(district))
        district.close()
    assert all(s == seen[0] for s in seen)
    assert [reason for _, _, reason in seen[0]["held"]] and {r for _, _, r in seen[0]["held"]} == {"retired"}
    assert "Hồ Văn Sau Khi Thu Hồi" not in [name for _, name in seen[0]["learners"]]


def test_a_rotated_coordinator_key_is_followed_and_what_the_old_key_signed_still_checks(pcs, tmp_path):
    """The coordinator rotates its key: the district that trusted the old fingerprint follows
    the signed statement, keeps applying its list, and a certificate signed before still
    verifies; a file claiming the coordinator with a new key and no statement is refused."""
    from nacl.signing import SigningKey

    ward, coordinator, district = pcs["ward"], pcs["coordinator"], pcs["district"]
    work(ward, "Mai Thị Khóa")
    carry(ward, coordinator, tmp_path / "ward.dlsync")
    district.trust.trust_coordinator(coordinator.trust.fingerprint())
    carry(coordinator, district, tmp_path / "before.dlsync")
    facts = CertificateFacts("ABCDEFGH", date.today().isoformat(), coordinator.device.device_id, "area:an-toan",
                             "Mai Thị Khóa", "")
    old_code = make_code(facts, coordinator.device.sign)
    old_fingerprint = coordinator.trust.fingerprint()

    new_fingerprint = coordinator.trust.rotate_key()
    assert new_fingerprint == coordinator.trust.fingerprint() != old_fingerprint
    assert coordinator.certificates.verify_code(old_code).status == "valid"
    reopened = open_trainer(coordinator.data_dir)
    assert reopened.device.public_key_hex == coordinator.device.public_key_hex
    reopened.close()
    work(ward, "Mai Văn Sau")
    carry(ward, coordinator, tmp_path / "ward-2.dlsync")
    result = carry(coordinator, district, tmp_path / "after.dlsync")
    assert result.status == "imported" and result.events_held == 0, result.reason
    assert district.devices.get(coordinator.device.device_id).public_key == coordinator.device.public_key_hex
    assert district.trust.coordinators()[0][0] == new_fingerprint
    assert district.certificates.verify_code(old_code).status == "valid"

    impostor = SigningKey.generate()
    good = coordinator.sync.export(tmp_path / "again.dlsync").path
    with zipfile.ZipFile(good) as zf:
        manifest = json.loads(zf.read(archive.MANIFEST))
        events = zf.read(archive.EVENTS)
    manifest["device"]["public_key"] = impostor.verify_key.encode().hex()
    manifest["device"]["key_history"][0]["next_key"] = manifest["device"]["public_key"]
    forged = tmp_path / "forged-rotation.dlsync"
    forged.write_bytes(archive.build_zip(manifest, events, lambda m: impostor.sign(m).signature))
    [refused] = district.sync.import_files([forged])
    assert (refused.status, refused.error.code) == ("refused", "sync.key_mismatch")
