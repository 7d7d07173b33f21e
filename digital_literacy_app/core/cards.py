"""Learner cards: an A4 sheet of eight cards to cut out, each with a name, a QR and a code.

A learner who cannot type their own name shows the card to the webcam, or a volunteer
types the short code printed on it; `card_codes.parse_learner_code` turns either into the learner
id. The code is the learner id itself (10 letters and digits without 0/O, 1/I/L), printed
in capitals in two groups of five so it can be read aloud.
"""

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.card_codes import learner_code, qr_text
from digital_literacy_app.core.learners import LearnerRecord
from digital_literacy_app.core.printing import (
    QUIET_ZONE, SANS, SANS_BOLD, SERIF_BOLD, draw_qr, draw_text, fit_size, new_canvas,
    qr_matrix, wrap_words,
)

COLUMNS, ROWS = 2, 4
PER_SHEET = COLUMNS * ROWS
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 10 * mm
CARD_WIDTH = (PAGE_WIDTH - 2 * MARGIN) / COLUMNS
CARD_HEIGHT = (PAGE_HEIGHT - 2 * MARGIN) / ROWS
PAD = 6 * mm
CARD_QR = 28 * mm
NAVY, GREY = (0.12, 0.23, 0.37), (0.35, 0.35, 0.35)


def write_card_sheet(out_path, learners: list[LearnerRecord]) -> Path:
    """Write the sheets (eight cards a page) to `out_path`, all or nothing."""
    if not learners:
        from digital_literacy_app.core.errors import InvalidInputError

        raise InvalidInputError("cards.nobody")
    out_path = Path(out_path)
    with atomic_output_file(out_path) as handle:
        canvas = new_canvas(handle, A4)
        canvas.setTitle("Thẻ học viên · Learner cards")
        for start in range(0, len(learners), PER_SHEET):
            _sheet(canvas, learners[start:start + PER_SHEET])
            canvas.showPage()
        canvas.save()
    return out_path


def _sheet(canvas, learners: list[LearnerRecord]) -> None:
    _cut_lines(canvas)
    for index, learner in enumerate(learners):
        column, row = index % COLUMNS, index // COLUMNS
        x = MARGIN + column * CARD_WIDTH
        y = PAGE_HEIGHT - MARGIN - (row + 1) * CARD_HEIGHT
        _card(canvas, learner, x, y)


def _cut_lines(canvas) -> None:
    """Dashed lines along every card edge, where the scissors go."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 3)
    for column in range(COLUMNS + 1):
        x = MARGIN + column * CARD_WIDTH
        canvas.line(x, MARGIN / 2, x, PAGE_HEIGHT - MARGIN / 2)
    for row in range(ROWS + 1):
        y = MARGIN + row * CARD_HEIGHT
        canvas.line(MARGIN / 2, y, PAGE_WIDTH - MARGIN / 2, y)
    canvas.restoreState()
    canvas.setFillColorRGB(*GREY)
    draw_text(canvas, PAGE_WIDTH / 2, MARGIN / 2 - 1.5 * mm, "Cắt theo đường chấm · Cut along the dotted lines",
              SANS, 7, "centre")


def _card(canvas, learner: LearnerRecord, x: float, y: float) -> None:
    top = y + CARD_HEIGHT - PAD
    canvas.setFillColorRGB(*NAVY)
    draw_text(canvas, x + PAD, top - 3 * mm, "THẺ HỌC VIÊN · LEARNER CARD", SANS_BOLD, 8)
    canvas.setFillColorRGB(*GREY)
    draw_text(canvas, x + PAD, top - 7 * mm, "Bình dân học vụ số", SANS, 7.5)
    text_width = CARD_WIDTH - 2 * PAD - CARD_QR - 4 * mm
    _name(canvas, learner.name, x + PAD, top - 10 * mm, text_width)
    canvas.setFillColorRGB(*GREY)
    draw_text(canvas, x + PAD, y + PAD + 10 * mm, "Mã học viên · Learner code", SANS, 7.5)
    canvas.setFillColorRGB(0, 0, 0)
    size = fit_size(learner_code(learner.id), SANS_BOLD, 17, text_width, 10)
    draw_text(canvas, x + PAD, y + PAD + 3 * mm, learner_code(learner.id), SANS_BOLD, size)
    if learner.ward:
        canvas.setFillColorRGB(*GREY)
        draw_text(canvas, x + CARD_WIDTH - PAD, y + PAD - 1 * mm, learner.ward, SANS, 7, "right")
    modules, _ = qr_matrix(qr_text(learner.id))
    quiet = QUIET_ZONE * CARD_QR / len(modules)
    draw_qr(canvas, modules, x + CARD_WIDTH - PAD - CARD_QR, y + (CARD_HEIGHT - CARD_QR) / 2 + quiet / 2, CARD_QR)


def _name(canvas, name: str, x: float, y: float, width: float) -> None:
    """The name as large as fits: one or two lines if they can be 12 pt or more, else three."""
    canvas.setFillColorRGB(*NAVY)
    size, lines = 22.0, [name]
    while size > 8:
        lines = wrap_words(name, SERIF_BOLD, size, width)
        widest = max(stringWidth(line, SERIF_BOLD, size) for line in lines)
        if widest <= width and len(lines) <= (2 if size >= 12 else 3):
            break
        size -= 0.5
    first = y - size  # room above the first line for stacked Vietnamese accents
    for index, line in enumerate(lines):
        draw_text(canvas, x, first - index * size * 1.15, line, SERIF_BOLD, size)
