"""`dla certificate issue|verify` and `dla learner cards` as a volunteer or coordinator runs them."""

import subprocess
import sys

import pytest
import zxingcpp

from digital_literacy_app.core.trainer import Trainer
from tests.cli.test_cli import assert_refused, dla
from tests.pdf_pages import render_page

NAME = "Đinh Thị Hồng Nhung"


@pytest.fixture
def ward_pc(tmp_path):
    """A data folder with one learner who finished every lesson of one bundled area."""
    folder = tmp_path / "ward-pc"
    with Trainer.open(folder) as trainer:
        learner = trainer.learners.add(NAME, 1950, "elderly", "Phường Láng Hạ")
        area, lessons = next(iter(trainer.lessons.by_area().items()))
        for lesson in lessons:
            trainer.progress.complete_lesson(learner.id, lesson)
        beginner = trainer.learners.add("Mới Bắt Đầu")
    return folder, learner.id, beginner.id, area


def issue(ward_pc, out):
    folder, learner_id, _, _ = ward_pc
    return dla("certificate", "issue", "--learner", learner_id, "--out", str(out),
               "--volunteer", "Trần Văn Tình", "--data-dir", str(folder))


def test_issue_then_verify_the_pdf_and_its_qr_code(ward_pc, tmp_path):
    """Exit 0 and a PDF; `verify --pdf` and `verify --code` (from the decoded QR) say who and what."""
    out = tmp_path / "certificate.pdf"
    issued = issue(ward_pc, out)
    assert issued.returncode == 0, issued.stderr
    assert out.read_bytes().startswith(b"%PDF") and NAME in issued.stdout
    verified = dla("certificate", "verify", "--pdf", str(out), "--data-dir", str(ward_pc[0]))
    assert verified.returncode == 0, verified.stderr
    assert "Valid certificate." in verified.stdout and f"Learner:     {NAME}" in verified.stdout
    assert "this computer" in verified.stdout
    [found] = zxingcpp.read_barcodes(render_page(out, 200))
    by_code = dla("certificate", "verify", "--code", found.bytes.decode("utf-8"), "--data-dir", str(ward_pc[0]))
    assert by_code.returncode == 0 and by_code.stdout == verified.stdout


def test_a_changed_character_is_invalid(ward_pc, tmp_path):
    """One letter of the name changed in the code: exit 1, 'Invalid certificate'."""
    out = tmp_path / "certificate.pdf"
    assert issue(ward_pc, out).returncode == 0
    from digital_literacy_app.core.certificates.book import code_in_pdf

    forged = code_in_pdf(out).replace("Nhung", "Nhong")
    result = dla("certificate", "verify", "--code", forged, "--data-dir", str(ward_pc[0]))
    assert_refused(result, "Invalid certificate")


def test_an_issuer_never_met_cannot_be_confirmed(ward_pc, tmp_path):
    """Another computer that never imported this PC's sync file cannot confirm: exit 1, the advice."""
    out = tmp_path / "certificate.pdf"
    assert issue(ward_pc, out).returncode == 0
    result = dla("certificate", "verify", "--pdf", str(out), "--data-dir", str(tmp_path / "coordinator"))
    assert_refused(result, "Cannot confirm: import a sync file from the issuing computer first")


def test_not_eligible_exits_1_naming_the_missing_lessons(ward_pc, tmp_path):
    """A learner with nothing completed: exit 1, one sentence that lists lesson ids, no file."""
    folder, _, beginner, _ = ward_pc
    out = tmp_path / "none.pdf"
    result = dla("certificate", "issue", "--learner", beginner, "--out", str(out), "--data-dir", str(folder))
    assert_refused(result, "not eligible")
    assert "missing" in result.stderr and not out.exists()


def test_verify_needs_exactly_one_source(ward_pc):
    """Neither or both of --pdf and --code is wrong usage (exit 2)."""
    folder = str(ward_pc[0])
    assert dla("certificate", "verify", "--data-dir", folder).returncode == 2
    assert dla("certificate", "verify", "--pdf", "a.pdf", "--code", "x", "--data-dir", folder).returncode == 2


def test_learner_cards_for_chosen_learners(ward_pc, tmp_path):
    """`learner cards --learner ID` writes one sheet with that learner's card."""
    folder, learner_id, _, _ = ward_pc
    out = tmp_path / "cards.pdf"
    result = dla("learner", "cards", "--out", str(out), "--learner", learner_id, "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert "1 learner card(s)" in result.stdout and out.read_bytes().startswith(b"%PDF")
    missing = dla("learner", "cards", "--out", str(out), "--learner", "nobodyhere", "--data-dir", str(folder))
    assert_refused(missing, "no learner")


def test_lessons_validate_checks_courses_with_file_and_line(tmp_path):
    """A course naming a lesson that does not exist fails validation at its line."""
    from tests.certificate_pack import write_pack

    pack = write_pack(tmp_path / "pack")
    assert dla("lessons", "validate", str(pack)).returncode == 0
    (pack / "courses.yaml").write_text("courses:\n  - id: x\n    title: {vi: X, en: X}\n    lessons: [pay-qr, ghost]\n",
                                       encoding="utf-8")
    result = dla("lessons", "validate", str(pack))
    assert result.returncode == 1
    assert f"{pack / 'courses.yaml'}:4:" in result.stderr and "ghost" in result.stderr
    only_courses = dla("lessons", "validate", str(pack / "courses.yaml"))
    assert only_courses.returncode == 1 and "ghost" in only_courses.stderr


def test_the_module_runs_without_qt_for_verification(ward_pc, tmp_path):
    """Verifying on a coordinator PC loads no Qt module (the core never imports Qt)."""
    out = tmp_path / "certificate.pdf"
    assert issue(ward_pc, out).returncode == 0
    script = ("import sys; from digital_literacy_app.cli import main; rc = main(['certificate', 'verify', "
              f"'--pdf', {str(out)!r}, '--data-dir', {str(ward_pc[0])!r}]); "
              "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'; sys.exit(rc)")
    assert subprocess.run([sys.executable, "-c", script], capture_output=True).returncode == 0


def test_a_coordinator_finds_a_certificate_by_the_number_printed_on_it(ward_pc, tmp_path):
    """No webcam: the number typed as a person reads it ("fe5r dmp2") finds, after the ward
    PC's sync file is imported, who, what, when and which computer; before the import, and
    for a number nobody issued, it says so and points to the QR code (exit 1)."""
    folder = ward_pc[0]
    out = tmp_path / "certificate.pdf"
    issued = issue(ward_pc, out)
    assert issued.returncode == 0, issued.stderr
    with Trainer.open(folder) as trainer:
        [record] = trainer.certificates.issued()
    number = record.certificate_id
    typed = f"{number[:4].lower()} {number[4:].lower()}"
    coordinator = tmp_path / "coordinator"
    assert_refused(dla("certificate", "verify", "--number", typed, "--data-dir", str(coordinator)),
                   "holds no certificate number")
    exported = dla("sync", "export", "--out", str(tmp_path / "ward.dlsync"), "--data-dir", str(folder))
    assert exported.returncode == 0, exported.stderr
    assert dla("sync", "import", str(tmp_path / "ward.dlsync"), "--data-dir", str(coordinator)).returncode == 0
    found = dla("certificate", "verify", "--number", typed, "--data-dir", str(coordinator))
    assert found.returncode == 0, found.stderr
    assert f"Number {number} is in this computer's records" in found.stdout
    assert f"Learner:     {NAME}" in found.stdout and "Phường Láng Hạ" in found.stdout
    assert " - this computer" not in found.stdout, "issued by the ward PC, not the coordinator's"
    other = "".join("A" if ch != "A" else "B" for ch in number)
    assert_refused(dla("certificate", "verify", "--number", other, "--data-dir", str(coordinator)),
                   "holds no certificate number")
    assert_refused(dla("certificate", "verify", "--number", "12345", "--data-dir", str(coordinator)),
                   "8 letters and digits")
