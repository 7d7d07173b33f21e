"""The certificate as a family would frame it: one A4 landscape page, drawn with reportlab.

Layout, top to bottom: a double border, the programme, the title in Vietnamese with
English underneath, the learner's name large, what was completed and its lessons, then
three blocks along the bottom: certificate number, date and ward; the volunteer's
signature; the QR code with its code printed below, in the typed form (groups of five
letters and digits, no diacritics) that a person can type without a camera. All texts go through printing.py,
which NFC-normalises them and uses the embedded Noto fonts only.
"""

import base64
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from digital_literacy_app.core.certificates.code import qr_segments, typed_code
from digital_literacy_app.core.lessons import Text
from digital_literacy_app.core.printing import (
    QUIET_ZONE, SANS, SANS_BOLD, SERIF, SERIF_BOLD, clean, draw_qr, draw_text, fit_size, new_canvas,
    qr_matrix, wrap_words,
)

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
CENTRE = PAGE_WIDTH / 2
NAVY, RED, GOLD, GREY = (0.12, 0.23, 0.37), (0.55, 0.11, 0.11), (0.69, 0.55, 0.24), (0.33, 0.33, 0.33)
QR_WIDTH = 42 * mm  # the symbol itself; the contract asks for at least 40 mm
QR_CENTRE_X = PAGE_WIDTH - 45 * mm
NAME_WIDTH = 225 * mm
LIST_WIDTH = 140 * mm  # the lesson list stays clear of the QR code's white margin
# Mask pattern 2 for every certificate: trying all eight took 15 ms of the 38 ms a
# certificate cost, and on signed codes (random-looking data) mask 2 had the lowest mean
# penalty score of the eight (docs/certificate-format.md).
QR_MASK = 2
TYPED_GROUPS_A_LINE = 6
TYPED_SIZE = 7.2  # points: 6 groups a line fit under the QR's 52 mm
CODE_MARKER = "DLA-CERTIFICATE-CODE:"  # in the PDF's keywords, so `verify --pdf` finds the code


@dataclass(frozen=True)
class CertificateContent:
    name: str
    title: Text
    lesson_titles: tuple[Text, ...]
    issued_on: date
    ward: str
    volunteer: str
    certificate_id: str
    code: str


def write_certificate(target: Path | BinaryIO, content: CertificateContent) -> None:
    """Draw the certificate into `target`, a path or an open binary file (the caller
    makes the write atomic)."""
    canvas = new_canvas(target if hasattr(target, "write") else str(target), landscape(A4))
    canvas.setTitle(clean(f"Giấy chứng nhận – {content.name}"))
    canvas.setSubject(clean(f"{content.title.vi} / {content.title.en}"))
    canvas.setKeywords(CODE_MARKER + base64.urlsafe_b64encode(content.code.encode("utf-8")).decode("ascii"))
    _border(canvas)
    _heading(canvas)
    _learner(canvas, content)
    _facts(canvas, content)
    _signature(canvas, content.volunteer)
    _qr_block(canvas, content.code)
    canvas.showPage()
    canvas.save()


def code_from_keywords(keywords: str) -> str | None:
    """The code stored by write_certificate, from the PDF's keywords text."""
    if not keywords.startswith(CODE_MARKER):
        return None
    encoded = keywords[len(CODE_MARKER):].strip()
    try:
        return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None


def _border(canvas) -> None:
    canvas.setStrokeColorRGB(*NAVY)
    canvas.setLineWidth(3)
    canvas.rect(7 * mm, 7 * mm, PAGE_WIDTH - 14 * mm, PAGE_HEIGHT - 14 * mm)
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(0.8)
    inset = 10.5 * mm
    canvas.rect(inset, inset, PAGE_WIDTH - 2 * inset, PAGE_HEIGHT - 2 * inset)
    canvas.setFillColorRGB(*GOLD)
    for x in (inset, PAGE_WIDTH - inset):
        for y in (inset, PAGE_HEIGHT - inset):
            _diamond(canvas, x, y, 2.6 * mm)


def _diamond(canvas, x: float, y: float, half: float) -> None:
    path = canvas.beginPath()
    path.moveTo(x, y + half)
    path.lineTo(x + half, y)
    path.lineTo(x, y - half)
    path.lineTo(x - half, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _ornament(canvas, y: float, width: float) -> None:
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(CENTRE - width / 2, y, CENTRE - 3 * mm, y)
    canvas.line(CENTRE + 3 * mm, y, CENTRE + width / 2, y)
    canvas.setFillColorRGB(*GOLD)
    _diamond(canvas, CENTRE, y, 1.6 * mm)


def _spaced_centre(canvas, y: float, text: str, font: str, size: float, spacing: float) -> None:
    """A centred line with extra space between letters, as engraved titles have."""
    text = clean(text)
    width = pdfmetrics.stringWidth(text, font, size) + spacing * (len(text) - 1)
    canvas.saveState()  # the letter spacing must not leak into the texts drawn after
    line = canvas.beginText(CENTRE - width / 2, y)
    line.setFont(font, size)
    line.setCharSpace(spacing)
    line.textOut(text)
    canvas.drawText(line)
    canvas.restoreState()


def _heading(canvas) -> None:
    canvas.setFillColorRGB(*NAVY)
    _spaced_centre(canvas, 184 * mm, "BÌNH DÂN HỌC VỤ SỐ  ·  DIGITAL LITERACY FOR EVERYONE", SANS_BOLD, 9.5, 1.2)
    canvas.setFillColorRGB(*RED)
    _spaced_centre(canvas, 164 * mm, "GIẤY CHỨNG NHẬN", SERIF_BOLD, 40, 3)
    canvas.setFillColorRGB(*GREY)
    _spaced_centre(canvas, 154 * mm, "CERTIFICATE OF COMPLETION", SERIF, 13, 2.5)
    _ornament(canvas, 147 * mm, 70 * mm)


def _learner(canvas, content: CertificateContent) -> None:
    canvas.setFillColorRGB(0.15, 0.15, 0.15)
    draw_text(canvas, CENTRE, 137 * mm, "Trân trọng chứng nhận  ·  This is to certify that", SERIF, 12.5, "centre")
    rule_y = _name(canvas, content.name)
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(0.6)
    canvas.line(CENTRE - 75 * mm, rule_y, CENTRE + 75 * mm, rule_y)
    canvas.setFillColorRGB(0.15, 0.15, 0.15)
    draw_text(canvas, CENTRE, 104 * mm, "đã hoàn thành  ·  has completed", SERIF, 12.5, "centre")
    canvas.setFillColorRGB(*RED)
    size = fit_size(content.title.vi, SERIF_BOLD, 22, 170 * mm, 12)
    draw_text(canvas, CENTRE, 93 * mm, content.title.vi, SERIF_BOLD, size, "centre")
    canvas.setFillColorRGB(*GREY)
    if content.title.en:
        draw_text(canvas, CENTRE, 86.5 * mm, content.title.en, SERIF, 12.5, "centre")
    _lesson_list(canvas, content.lesson_titles)


def _name(canvas, name: str) -> float:
    """The name on one line if it can be 24 pt or more, else on two; returns where to rule."""
    canvas.setFillColorRGB(*NAVY)
    size = fit_size(name, SERIF_BOLD, 38, NAME_WIDTH, 24)
    if pdfmetrics.stringWidth(clean(name), SERIF_BOLD, size) <= NAME_WIDTH:
        draw_text(canvas, CENTRE, 120 * mm, name, SERIF_BOLD, size, "centre")
        return 114 * mm
    size = 28.0
    lines = wrap_words(name, SERIF_BOLD, size, NAME_WIDTH)
    while size > 12 and (len(lines) > 2 or any(
            pdfmetrics.stringWidth(line, SERIF_BOLD, size) > NAME_WIDTH for line in lines)):
        size -= 0.5
        lines = wrap_words(name, SERIF_BOLD, size, NAME_WIDTH)
    y = 125 * mm
    for line in lines:
        draw_text(canvas, CENTRE, y, line, SERIF_BOLD, size, "centre")
        y -= size * 1.1
    return y + size * 1.1 - 4 * mm


def _lesson_list(canvas, titles: tuple[Text, ...]) -> None:
    """The lessons behind the achievement, in Vietnamese, in at most four short lines."""
    text = "Gồm các bài: " + "  ·  ".join(title.vi for title in titles)
    size = 9.5
    lines = wrap_words(text, SANS, size, LIST_WIDTH)
    while len(lines) > 4 and size > 6:
        size -= 0.5
        lines = wrap_words(text, SANS, size, LIST_WIDTH)
    canvas.setFillColorRGB(*GREY)
    y = 78.5 * mm
    for line in lines[:4]:
        draw_text(canvas, CENTRE, y, line, SANS, size, "centre")
        y -= size * 1.45


def _facts(canvas, content: CertificateContent) -> None:
    left = 24 * mm
    rows = (("Số chứng nhận · Certificate no.", content.certificate_id, 52),
            ("Ngày cấp · Date of issue", content.issued_on.strftime("%d/%m/%Y"), 38),
            ("Nơi cấp · Ward", content.ward or "—", 24))
    for label, value, y in rows:
        canvas.setFillColorRGB(*GREY)
        draw_text(canvas, left, y * mm, label, SANS, 8.5)
        canvas.setFillColorRGB(*NAVY)
        size = fit_size(value, SANS_BOLD, 13, 80 * mm, 8)
        draw_text(canvas, left, (y - 6) * mm, value, SANS_BOLD, size)


def _signature(canvas, volunteer: str) -> None:
    centre = CENTRE - 5 * mm
    canvas.setFillColorRGB(0.15, 0.15, 0.15)
    draw_text(canvas, centre, 54 * mm, "NGƯỜI HƯỚNG DẪN · VOLUNTEER", SANS_BOLD, 10, "centre")
    canvas.setFillColorRGB(*GREY)
    draw_text(canvas, centre, 49.5 * mm, "(ký và ghi rõ họ tên · signature and name)", SANS, 8, "centre")
    canvas.setStrokeColorRGB(*GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(1, 2)
    canvas.line(centre - 32 * mm, 25 * mm, centre + 32 * mm, 25 * mm)
    canvas.setDash()
    if volunteer.strip():
        canvas.setFillColorRGB(*NAVY)
        size = fit_size(volunteer, SERIF_BOLD, 13, 76 * mm, 8)
        draw_text(canvas, centre, 19 * mm, volunteer, SERIF_BOLD, size, "centre")


def _qr_block(canvas, code: str) -> None:
    """The QR code with white space around it, a caption above and the typed code below."""
    modules, _ = qr_matrix(qr_segments(code), mask=QR_MASK)
    module = QR_WIDTH / len(modules)
    lines = typed_lines(typed_code(code))
    line_height = 3.1 * mm
    bottom = 12.5 * mm
    qr_y = bottom + len(lines) * line_height + 1.5 * mm + QUIET_ZONE * module
    draw_qr(canvas, modules, QR_CENTRE_X - QR_WIDTH / 2, qr_y, QR_WIDTH)
    canvas.setFillColorRGB(*NAVY)
    draw_text(canvas, QR_CENTRE_X, qr_y + QR_WIDTH + QUIET_ZONE * module + 1 * mm,
              "Quét mã để kiểm tra · Scan to verify", SANS_BOLD, 8, "centre")
    canvas.setFillColorRGB(0.2, 0.2, 0.2)
    y = bottom + len(lines) * line_height
    draw_text(canvas, QR_CENTRE_X, y, "Không quét được? Gõ mã này · Or type this code", SANS, 6.3, "centre")
    for line in lines:
        y -= line_height
        draw_text(canvas, QR_CENTRE_X, y, line, SANS, TYPED_SIZE, "centre")


def typed_lines(typed: str) -> list[str]:
    """The typed code, TYPED_GROUPS_A_LINE groups of five a line."""
    groups = typed.split(" ")
    step = TYPED_GROUPS_A_LINE
    return [" ".join(groups[i:i + step]) for i in range(0, len(groups), step)]
