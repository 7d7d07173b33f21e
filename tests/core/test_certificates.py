"""Certificates with real parts: eligibility, the signed code, the PDF, its QR, verification."""

import errno
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from digital_literacy_app.core.certificates import (
    FORGED, MALFORMED, NEWER_FORMAT, UNKNOWN_ISSUER, VALID, NotEligibleError,
)
from digital_literacy_app.core.certificates.code import (
    MAX_NAME_BYTES, CertificateFacts, fit, make_code, parse_code, qr_segments,
)
from digital_literacy_app.core.tasks import CancelFlag
from digital_literacy_app.core.errors import DiskFullError, InvalidInputError
from digital_literacy_app.core.keys import KeyMismatchError
from digital_literacy_app.core.printing import qr_matrix
from digital_literacy_app.core.trainer import Trainer
from tests.certificate_pack import COURSE_ID, COURSE_LESSONS, complete, write_pack
from tests.pdf_pages import render_pages

NAME = "Nguyễn Thị Thanh Hương"
STANDARD_14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats"}


@pytest.fixture
def pack(tmp_path):
    return write_pack(tmp_path / "pack")


@pytest.fixture
def trainer(tmp_path, pack):
    with Trainer.open(tmp_path / "data", lesson_dirs=[pack]) as opened:
        opened.certificates.today = lambda: date(2025, 6, 1)
        yield opened


@pytest.fixture
def learner(trainer):
    """A learner typed in decomposed Unicode (as some keyboards send it)."""
    return trainer.learners.add(unicodedata.normalize("NFD", NAME), 1952, "elderly", "Phường Ba Đình")


def other_computer(tmp_path, pack, name="PC Phường Kim Mã"):
    other = Trainer.open(tmp_path / "other", lesson_dirs=[pack])
    other.device.name = name
    return other


def render(pdf: Path, folder: Path) -> list[Image.Image]:
    """Rasterise every page at 200 dpi with PDFium, as a printer driver would."""
    return render_pages(pdf, 200)


def fonts_of(pdf: Path) -> list[dict]:
    fonts = []
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if font["/Subtype"] == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            fonts.append(font)
    return fonts


# -- eligibility -----------------------------------------------------------------------

def test_every_lesson_of_an_area_makes_a_learner_eligible(trainer, learner):
    """Completing both safety lessons earns the safety area; one of two earns nothing."""
    complete(trainer, learner.id, ["safe-calls"])
    assert trainer.certificates.eligible(learner.id) == []
    complete(trainer, learner.id, ["safe-otp"])
    assert [a.key for a in trainer.certificates.eligible(learner.id)] == ["area:safety"]


def test_a_course_of_the_lesson_pack_makes_a_learner_eligible(trainer, learner):
    """courses.yaml defines a course; finishing its lessons earns it (and the single-lesson areas)."""
    complete(trainer, learner.id, COURSE_LESSONS)
    keys = {a.key for a in trainer.certificates.eligible(learner.id)}
    assert f"course:{COURSE_ID}" in keys and "area:safety" not in keys
    assert trainer.certificates.choose(learner.id).key == f"course:{COURSE_ID}"


def test_the_screens_light_desk_follows_the_certificate_books_rule(trainer, learner):
    """trainer.achievements (no PDF library: the catalogue asks it at every sign-in) gives the
    same standings as the certificate book: the course still misses the lessons not done."""
    complete(trainer, learner.id, COURSE_LESSONS[:1])
    light = trainer.achievements.standings(learner.id)
    assert light == trainer.certificates.standings(learner.id)
    course = next(s for s in light if s.achievement.key == f"course:{COURSE_ID}")
    assert course.missing == COURSE_LESSONS[1:] and not course.complete
    completed = trainer.achievements.completed(learner.id)
    assert completed == {COURSE_LESSONS[0]}
    assert trainer.achievements.standings(learner.id, completed) == light


def test_not_eligible_names_the_missing_lessons_and_writes_nothing(trainer, learner, tmp_path):
    """Issuing too early is refused with the lessons still missing; no file, no event."""
    complete(trainer, learner.id, ["safe-calls", "start-mouse", "pay-qr"])
    out = tmp_path / "early.pdf"
    with pytest.raises(NotEligibleError, match="safe-otp") as refused:
        trainer.certificates.issue(learner.id, "Trần Văn Tình", out, "area:safety")
    assert refused.value.standing.missing == ("safe-otp",)
    assert not out.exists()
    assert not [e for e in trainer.log.all() if e.kind == "certificate.issued"]


def test_the_default_choice_is_the_largest_achievement_not_yet_certified(trainer, learner, tmp_path):
    """With the course and an area done, the course comes first, then the area not yet given."""
    complete(trainer, learner.id, ["safe-calls", "safe-otp", *COURSE_LESSONS])
    first = trainer.certificates.issue(learner.id, "", tmp_path / "1.pdf")
    second = trainer.certificates.issue(learner.id, "", tmp_path / "2.pdf")
    assert first.achievement.key == f"course:{COURSE_ID}"
    assert second.achievement.key == "area:safety"


# -- the PDF -----------------------------------------------------------------------------

def test_pdf_text_holds_the_exact_nfc_name_and_what_was_completed(trainer, learner, tmp_path):
    """pypdf reads back the name in NFC (never the decomposed form typed) and the course."""
    complete(trainer, learner.id, COURSE_LESSONS)
    issued = trainer.certificates.issue(learner.id, "Trần Văn Tình", tmp_path / "c.pdf")
    text = PdfReader(issued.path).pages[0].extract_text()
    assert NAME in text.splitlines()
    assert unicodedata.normalize("NFD", NAME) not in text
    for expected in ("GIẤY CHỨNG NHẬN", "Kỹ năng số cơ bản", "Giữ kín mã OTP", "Phường Ba Đình",
                     "Trần Văn Tình", issued.facts.certificate_id, "01/06/2025"):
        assert expected in text


def test_a_very_long_name_is_printed_whole_and_certified_shortened(trainer, tmp_path):
    """A 76-letter name goes on two lines in the PDF; the code carries it cut with '…' and verifies."""
    long_name = "Công Tôn Nữ Hoàng Thị Phương Thảo Nguyễn Ngọc Bảo Châu Trương Thị Minh Nguyệt"
    person = trainer.learners.add(long_name)
    complete(trainer, person.id, COURSE_LESSONS)
    issued = trainer.certificates.issue(person.id, "", tmp_path / "long.pdf")
    assert long_name in " ".join(PdfReader(issued.path).pages[0].extract_text().split())
    assert issued.facts.name.endswith("…") and long_name.startswith(issued.facts.name[:-1])
    assert trainer.certificates.verify_pdf(issued.path).facts.name == issued.facts.name


def test_every_font_in_the_pdf_is_embedded(trainer, learner, tmp_path):
    """Each font dictionary carries its font file; no unembedded standard font is referenced."""
    complete(trainer, learner.id, COURSE_LESSONS)
    issued = trainer.certificates.issue(learner.id, "Trần Văn Tình", tmp_path / "c.pdf")
    fonts = fonts_of(issued.path)
    assert len(fonts) >= 3
    for font in fonts:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor or "/FontFile" in descriptor, font
        assert font["/BaseFont"].split("+")[-1] not in STANDARD_14


def test_qr_on_the_printed_page_decodes_to_the_code_and_is_big_enough(trainer, learner, tmp_path):
    """Rendered at 200 dpi, a real decoder reads the signed code; the symbol is 40 mm or wider."""
    complete(trainer, learner.id, COURSE_LESSONS)
    issued = trainer.certificates.issue(learner.id, "Trần Văn Tình", tmp_path / "c.pdf")
    [page] = render(issued.path, tmp_path)
    [found] = zxingcpp.read_barcodes(page)
    assert found.format == zxingcpp.BarcodeFormat.QRCode and found.ec_level == "M"
    assert found.bytes.decode("utf-8") == issued.code
    assert trainer.certificates.verify_code(found.bytes.decode("utf-8")).status == VALID
    width_px = abs(found.position.top_right.x - found.position.top_left.x)
    assert width_px / 200 * 25.4 >= 40
    assert qr_matrix(qr_segments(issued.code))[1] <= 10


def test_a_failed_write_leaves_no_half_certificate_and_no_record(trainer, learner, tmp_path, monkeypatch):
    """The disk fills while writing: the old file stays as it was, no temporary file, no event."""
    from digital_literacy_app.core.certificates import book

    complete(trainer, learner.id, COURSE_LESSONS)
    out = tmp_path / "out" / "c.pdf"
    out.parent.mkdir()
    out.write_bytes(b"the certificate printed last week")

    def fill_the_disk(handle, content):
        handle.write(b"%PDF-1.4 half a certif")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(book, "write_certificate", fill_the_disk)
    with pytest.raises(DiskFullError, match="full"):
        trainer.certificates.issue(learner.id, "", out)
    assert out.read_bytes() == b"the certificate printed last week"
    assert [p.name for p in out.parent.iterdir()] == ["c.pdf"]
    assert not [e for e in trainer.log.all() if e.kind == "certificate.issued"]
    assert trainer.certificates.issued() == []


def test_a_failed_rename_records_nothing(trainer, learner, tmp_path, monkeypatch):
    """If the finished file cannot take its name, the issue event is rolled back too."""
    from digital_literacy_app.core import atomic

    complete(trainer, learner.id, COURSE_LESSONS)

    def refuse(source, target):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(Exception, match="nothing was saved"):
        trainer.certificates.issue(learner.id, "", tmp_path / "c.pdf")
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".c.pdf*")) == []
    assert trainer.certificates.issued() == []


# -- the code and its verification ---------------------------------------------------------

def test_a_genuine_code_says_who_what_when_and_which_device(trainer, learner, tmp_path):
    """Verifying the code of a certificate from this computer shows its facts and issuer."""
    complete(trainer, learner.id, COURSE_LESSONS)
    issued = trainer.certificates.issue(learner.id, "", tmp_path / "c.pdf")
    result = trainer.certificates.verify_code(issued.code)
    assert result.status == VALID and result.valid
    assert result.facts.name == NAME and result.facts.issued_on == "2025-06-01"
    assert result.facts.ward == "Phường Ba Đình"
    assert result.title.vi == "Kỹ năng số cơ bản"
    assert result.issuer.device_id == trainer.device.device_id and result.issuer.this_device
    assert trainer.certificates.verify_pdf(issued.path) == result


def test_every_single_changed_character_is_rejected(trainer, learner, tmp_path):
    """Changing any one character anywhere in the code makes it not valid."""
    complete(trainer, learner.id, COURSE_LESSONS)
    code = trainer.certificates.issue(learner.id, "", tmp_path / "c.pdf").code
    for index, char in enumerate(code):
        replacement = "B" if char != "B" else "C"
        if char == ":":
            replacement = "-"
        forged = code[:index] + replacement + code[index + 1:]
        assert trainer.certificates.verify_code(forged).status != VALID, (index, forged)
    renamed = code.replace("Hương", "Hường")
    assert trainer.certificates.verify_code(renamed).status == FORGED


def test_unknown_issuer_cannot_be_confirmed_until_its_key_is_pinned(tmp_path, pack, trainer):
    """A code from a computer never met is 'unknown issuer'; after pinning its key it is valid."""
    with other_computer(tmp_path, pack) as other:
        someone = other.learners.add("Lê Văn Xa", ward="Phường Kim Mã")
        complete(other, someone.id, ["safe-calls", "safe-otp"])
        issued = other.certificates.issue(someone.id, "", tmp_path / "x.pdf")
        device_id, key = other.device.device_id, other.device.public_key_hex
    unknown = trainer.certificates.verify_code(issued.code)
    assert unknown.status == UNKNOWN_ISSUER and not unknown.valid
    assert unknown.facts.name == "Lê Văn Xa"  # readable, but not confirmed
    assert "import a sync file" in unknown.message("en")
    trainer.devices.remember(device_id, key, "PC Phường Kim Mã", "Phường Kim Mã")
    known = trainer.certificates.verify_code(issued.code)
    assert known.status == VALID
    assert (known.issuer.name, known.issuer.this_device) == ("PC Phường Kim Mã", False)


def test_a_code_signed_with_another_key_than_the_pinned_one_is_invalid(tmp_path, pack, trainer):
    """Someone who copies a device id but not its key cannot make a valid certificate."""
    with other_computer(tmp_path, pack) as other:
        someone = other.learners.add("Kẻ Giả Mạo")
        complete(other, someone.id, ["safe-calls", "safe-otp"])
        facts = fit(CertificateFacts("ABCDEFGH", "2025-06-01", trainer.device.device_id, "area:safety",
                                     "Kẻ Giả Mạo", ""))
        forged = make_code(facts, other.device.sign)
    assert trainer.certificates.verify_code(forged).status == FORGED


def test_pinning_another_key_for_a_known_device_is_refused(trainer):
    """Trust on first use: a second, different key for the same device is refused."""
    keys = trainer.devices
    keys.remember("00112233aabbccdd", "ab" * 32, "PC 1")
    with pytest.raises(KeyMismatchError):
        keys.remember("00112233aabbccdd", "cd" * 32, "PC 1")
    with pytest.raises(KeyMismatchError):
        keys.remember(trainer.device.device_id, "cd" * 32)
    assert keys.public_key("00112233aabbccdd") == "ab" * 32
    assert keys.public_key(trainer.device.device_id) == trainer.device.public_key_hex


@pytest.mark.parametrize("text, status", [
    ("", MALFORMED), ("hello", MALFORMED), ("DLC1:ABCDEFGH:2025-06-01", MALFORMED),
    ("DLC2:whatever:comes:next", NEWER_FORMAT),
])
def test_text_that_is_not_a_code_is_malformed(trainer, text, status):
    """Garbage, a truncated code or a future format give their own status, never an exception."""
    assert trainer.certificates.verify_code(text).status == status


def test_the_longest_names_still_fit_a_version_10_qr(trainer):
    """80 three-byte letters, a long ward and the longest course id: version <= 10 at M."""
    facts = fit(CertificateFacts("WWWWWWWW", "2025-12-31", trainer.device.device_id,
                                 "course:" + "w" * 24, "Ữ" * 80, "Phường " + "Ờ" * 60))
    assert len(facts.name.encode("utf-8")) <= MAX_NAME_BYTES and facts.name.endswith("…")
    code = make_code(facts, trainer.device.sign)
    assert qr_matrix(qr_segments(code))[1] <= 10
    assert trainer.certificates.verify_code(code).status == VALID
    assert parse_code(code).facts == facts


def test_line_breaks_and_decomposed_text_in_a_typed_code_are_forgiven(trainer, learner, tmp_path):
    """A code typed from the paper with line breaks, or pasted in NFD, still verifies."""
    complete(trainer, learner.id, COURSE_LESSONS)
    code = trainer.certificates.issue(learner.id, "", tmp_path / "c.pdf").code
    typed = code[:40] + "\n" + code[40:90] + "\r\n" + code[90:]
    assert trainer.certificates.verify_code(typed).status == VALID
    assert trainer.certificates.verify_code(unicodedata.normalize("NFD", code)).status == VALID


def test_a_pdf_without_a_code_is_malformed(trainer, learner, tmp_path):
    """verify_pdf on some other PDF (a learner card sheet) says there is no certificate code."""
    from digital_literacy_app.core.cards import write_card_sheet

    sheet = write_card_sheet(tmp_path / "cards.pdf", [trainer.learners.get(learner.id)])
    assert trainer.certificates.verify_pdf(sheet).status == MALFORMED


# -- batches -----------------------------------------------------------------------------

def test_batch_issues_to_the_eligible_skips_the_rest_and_reports_progress(trainer, tmp_path):
    """Three eligible and one not: three files, one reason, progress counted to the end."""
    ids = []
    for number in range(4):
        person = trainer.learners.add(f"Học Viên {number}")
        complete(trainer, person.id, ["safe-calls", "safe-otp"] if number != 2 else ["safe-calls"])
        ids.append(person.id)
    seen = []
    task = CancelFlag(on_progress=lambda done, total, note: seen.append((done, total)))
    result = trainer.certificates.issue_batch(ids, tmp_path / "batch", "Trần Văn Tình", task)
    assert len(result.issued) == 3 and not result.cancelled and result.failed is None
    assert [learner_id for learner_id, _ in result.skipped] == [ids[2]]
    assert result.skipped[0][1].code == "certificate.not_eligible" and "safe-otp" in str(result.skipped[0][1])
    assert seen[-1] == (4, 4)
    assert sorted(p.name for p in (tmp_path / "batch").iterdir()) == sorted(i.path.name for i in result.issued)
    assert all(trainer.certificates.verify_pdf(i.path).valid for i in result.issued)


def test_cancelling_a_batch_stops_between_certificates(trainer, tmp_path):
    """Cancelled after the second, the batch keeps those two and writes no more."""
    ids = []
    for number in range(5):
        person = trainer.learners.add(f"Người {number}")
        complete(trainer, person.id, ["safe-calls", "safe-otp"])
        ids.append(person.id)
    stop = CancelFlag(on_progress=lambda done, total, note: stop.cancel() if done == 2 else None)
    result = trainer.certificates.issue_batch(ids, tmp_path / "batch", task=stop)
    assert result.cancelled and len(result.issued) == 2
    assert len(list((tmp_path / "batch").iterdir())) == 2
    assert len(trainer.certificates.issued()) == 2


@pytest.mark.parametrize("typed, number", [
    ("FE5RDMP2", "FE5RDMP2"), ("fe5r dmp2", "FE5RDMP2"), (" FE5R-DMP2 ", "FE5RDMP2"), ("ＦＥ５ＲＤＭＰ２", "FE5RDMP2"),
    ("FE5RDMP", None), ("FE5RDMP20", None), ("FE5RDMP0", None), ("FE5RDMPI", None), ("DLC1:FE5RDMP2", None), ("", None),
])
def test_a_number_is_read_as_a_person_types_it(typed, number):
    """Any case, spaces or a dash between the groups, full-width digits; never 0, 1, I, L or O,
    which the printed numbers leave out."""
    from digital_literacy_app.core.certificates.code import read_number

    assert read_number(typed) == number


def test_the_number_finds_the_issued_certificate_on_the_issuing_pc(trainer, learner, tmp_path):
    complete(trainer, learner.id, COURSE_LESSONS)
    issued = trainer.certificates.issue(learner.id, "Trần Văn Tình", tmp_path / "c.pdf")
    [found] = trainer.certificates.verify_number(issued.facts.certificate_id.lower())
    assert found.valid and found.facts.name == learner.name and found.issuer.this_device
    assert found.facts.what == issued.facts.what and found.title is not None
    unused = "ABCDEFGH" if issued.facts.certificate_id != "ABCDEFGH" else "HGFEDCBA"
    assert trainer.certificates.verify_number(unused) == []
    with pytest.raises(InvalidInputError):
        trainer.certificates.verify_number("DLC1:ABC")


def test_a_reprint_is_the_same_certificate_and_only_its_issuer_can_make_it(trainer, learner, tmp_path, pack):
    """Same number, date and signed code; nothing new recorded; another PC that imported it
    cannot print it again (it lacks the key), and an unknown number is not found."""
    from digital_literacy_app.core.certificates.book import code_in_pdf
    from digital_literacy_app.core.errors import NotFoundError
    from digital_literacy_app.core.sync.exporter import export

    complete(trainer, learner.id, COURSE_LESSONS)
    issued = trainer.certificates.issue(learner.id, "Trần Văn Tình", tmp_path / "c.pdf")
    again = trainer.certificates.reprint(issued.facts.certificate_id, tmp_path / "again.pdf")
    assert again.code == issued.code == code_in_pdf(tmp_path / "again.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "again.pdf").pages)
    assert "Trần Văn Tình" in text and issued.facts.certificate_id in text
    assert len(trainer.certificates.issued(learner.id)) == 1
    sync_file = export(trainer, tmp_path / "pc.dlsync").path
    with other_computer(tmp_path, pack) as other:
        other.sync.import_files([sync_file])
        with pytest.raises(InvalidInputError) as refused:
            other.certificates.reprint(issued.facts.certificate_id, tmp_path / "x.pdf")
        assert refused.value.code == "certificate.reprint_elsewhere"
        assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(NotFoundError):
        trainer.certificates.reprint("ABCDEFGH" if issued.facts.certificate_id != "ABCDEFGH" else "HGFEDCBA",
                                     tmp_path / "y.pdf")
