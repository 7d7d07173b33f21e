"""The webcam on "Kiểm tra giấy chứng nhận": a printed certificate's QR held up to the camera
is checked exactly as if its code had been typed.

Pictures come from real certificates issued by the core, rasterised by PDFium at 100 dpi
and made camera-like (the QR corner cut out, tilted, dim, blurred), and reach the page
through the scanner's `feed` slot, the one the webcam's video sink calls. The scanner is
told pictures are arriving (`show_scanning`), so the live picture takes its room on the
page as it would with a webcam.
"""

import unicodedata

import pytest
from PIL import Image
from PySide6.QtCore import QRect

from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui import theme
from digital_literacy_app.ui.volunteer import registry
from digital_literacy_app.ui.widgets import camera_scanner
from tests.card_pictures import PAYMENT_QR, camera_like, card_sheet_png, one_card, qr_picture
from tests.certificate_pictures import certificate_by_webcam

from .conftest import FIRST, FIXTURE_LESSONS
from .test_card_scanner import show_picture

NAME = "Nguyễn Thị Thanh Hương"
VALID_VI = "Giấy chứng nhận hợp lệ."
UNKNOWN_VI = "Chưa thể xác nhận: hãy nhập một tệp đồng bộ từ máy đã cấp giấy này trước."
FORGED_VI = "Giấy chứng nhận không hợp lệ"
NOT_A_CERTIFICATE_VI = ("Mã QR này không phải giấy chứng nhận. "
                        "Bạn hãy đưa mã QR in trên giấy chứng nhận.")


@pytest.fixture
def page(qtbot, window, trainer):
    """The verify page opened by a signed-in coordinator, its camera search done and
    pictures arriving as from a running webcam."""
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    window.volunteer_mode.sign_in(account)
    tool = next(t for t in registry.tools_for("coordinator") if t.key == "verify")
    opened = window.volunteer_mode.open_tool(tool).page
    qtbot.waitUntil(lambda: opened.scanner.state == camera_scanner.NO_CAMERA, timeout=3000)
    opened.scanner.show_scanning()
    return opened


def issue(trainer, folder, name=NAME):
    """A real certificate PDF for a learner typed in decomposed Unicode, from `trainer`."""
    learner = trainer.learners.add(unicodedata.normalize("NFD", name), 1952)
    trainer.progress.complete_lesson(learner.id, trainer.lessons.get(FIRST))
    folder.mkdir(parents=True, exist_ok=True)
    return trainer.certificates.issue(learner.id, "Trần Thu Hà", folder / "certificate.pdf")


def scan(qtbot, page, picture) -> None:
    with qtbot.waitSignal(page.scanner.decoded, timeout=5000):
        show_picture(qtbot, page.scanner, picture)


def in_view(page, widget) -> bool:
    """Whether all of `widget` shows inside the page's scrolling body."""
    viewport = page.scroll.viewport()
    shown = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and viewport.rect().contains(shown)


def test_a_webcam_picture_of_a_printed_certificate_shows_it_valid(qtbot, page, trainer, tmp_path):
    """Valid, with the learner's exact NFC name, what, when and this computer; the code box
    holds the scanned code as if typed, and the whole verdict shows without scrolling."""
    trainer.device.name, trainer.device.ward = "Máy 1 – Nhà văn hoá tổ 5", "Phường Kim Mã"
    issued = issue(trainer, tmp_path / "c")
    scan(qtbot, page, certificate_by_webcam(issued.path, tmp_path))
    assert page.verdict.text() == VALID_VI and page.result.property("role") == "good"
    facts = page.facts.text().splitlines()
    assert facts[0] == f"Họ và tên: {NAME}" and unicodedata.is_normalized("NFC", facts[0])
    assert facts[1] == "Đã hoàn thành: Làm quen với máy tính"
    assert facts[4] == "Máy cấp: Máy 1 – Nhà văn hoá tổ 5 (Phường Kim Mã), chính máy này"
    assert page.code.text() == issued.code
    assert page.scanner.state == camera_scanner.SCANNING
    assert page.scroll.verticalScrollBar().value() == 0 and in_view(page, page.result)


def test_a_certificate_from_a_computer_never_met_cannot_be_confirmed(qtbot, page, tmp_path):
    """Issued on another PC whose sync file was never imported: the cannot-confirm verdict
    with the advice to import it, and the name it carries; nothing is said to be valid."""
    with Trainer.open(tmp_path / "other", lesson_dirs=[FIXTURE_LESSONS]) as other:
        issued = issue(other, tmp_path / "o", "Lê Văn Tám")
    scan(qtbot, page, certificate_by_webcam(issued.path, tmp_path, angle=6, light=0.6, blur=1.0))
    assert page.verdict.text() == UNKNOWN_VI and page.result.property("role") == "bad"
    assert "Họ và tên: Lê Văn Tám" in page.facts.text().splitlines()
    assert in_view(page, page.result)


def test_a_changed_code_in_a_qr_is_invalid(qtbot, page, trainer, tmp_path):
    """A QR holding a genuine code with one letter of the name changed: invalid."""
    issued = issue(trainer, tmp_path / "c")
    scan(qtbot, page, qr_picture(issued.code.replace("Hương", "Hưng")))
    assert page.verdict.text().startswith(FORGED_VI) and page.result.property("role") == "bad"


@pytest.mark.parametrize("other", ["card", PAYMENT_QR])
def test_a_qr_that_is_not_a_certificate_says_so_and_checks_nothing(qtbot, page, trainer, tmp_path, other):
    """A learner card of this PC, or a bank's payment QR: "not a certificate" above the
    camera picture; no verdict, the code box untouched."""
    if other == "card":
        learner = trainer.learners.add(NAME)
        picture = camera_like(one_card(Image.open(card_sheet_png(tmp_path, [learner])), 0))
    else:
        picture = qr_picture(other)
    scan(qtbot, page, picture)
    assert page.scanner.status.text() == NOT_A_CERTIFICATE_VI and page.scanner.state == camera_scanner.PROBLEM
    assert page.verification is None and not page.result.isVisible() and page.code.text() == ""


def test_at_200_percent_the_page_scrolls_to_the_verdict_then_to_a_problem(qtbot, app, window, trainer, tmp_path):
    """At the largest text the body scrolls: the verdict is brought into view when it
    appears, and a learner card shown next brings its "not a certificate" into view."""
    theme.apply(app, False, 200)
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    window.volunteer_mode.sign_in(account)
    theme.apply(app, False, 200)  # signing in puts back the PC's look
    tool = next(t for t in registry.tools_for("coordinator") if t.key == "verify")
    page = window.volunteer_mode.open_tool(tool).page
    page.scanner.show_scanning()
    issued = issue(trainer, tmp_path / "c")
    scan(qtbot, page, certificate_by_webcam(issued.path, tmp_path))
    assert page.verdict.text() == VALID_VI
    assert page.scroll.verticalScrollBar().value() > 0 and in_view(page, page.verdict)
    learner = trainer.learners.add("Lê Văn Tám")
    scan(qtbot, page, camera_like(one_card(Image.open(card_sheet_png(tmp_path, [learner])), 0)))
    assert page.scanner.status.text() == NOT_A_CERTIFICATE_VI and in_view(page, page.scanner.status)
