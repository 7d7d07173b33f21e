"""What every printed PDF (certificates, learner cards) shares: fonts, QR codes, safe writes.

Fonts are the bundled Noto faces, embedded as subsets so a certificate prints the same
on any PC. Every text is NFC-normalised before drawing, because reportlab does not place
decomposed Vietnamese accents. Writers draw into the temporary path that
`core.atomic.atomic_output` gives them, so a failed write never leaves half a file where the
real one goes.
"""

import unicodedata

import qrcode
from qrcode.util import QRData
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from digital_literacy_app.core.paths import assets_dir

SERIF, SERIF_BOLD, SANS, SANS_BOLD = "NotoSerif", "NotoSerif-Bold", "NotoSans", "NotoSans-Bold"
_FONT_FILES = {SERIF: "NotoSerif-Regular.ttf", SERIF_BOLD: "NotoSerif-Bold.ttf",
               SANS: "NotoSans-Regular.ttf", SANS_BOLD: "NotoSans-Bold.ttf"}
QUIET_ZONE = 4  # modules of white around a QR code, as the standard asks


def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    folder = assets_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))


def new_canvas(target, pagesize) -> Canvas:
    """A canvas whose initial font is a bundled one, so no unembedded base font is listed.
    `target` is a file name or an open binary file (the atomic writers pass their handle)."""
    register_fonts()
    canvas = Canvas(target, pagesize=pagesize, initialFontName=SANS, pageCompression=1)
    canvas.setCreator("Digital-literacy trainer (Bình dân học vụ số)")
    canvas.setAuthor("Bình dân học vụ số")
    return canvas


def clean(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
              align: str = "left") -> None:
    """Draw one line of NFC text; `align` is left, centre or right of x."""
    canvas.setFont(font, size)
    text = clean(text)
    if align == "centre":
        canvas.drawCentredString(x, y, text)
    elif align == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def fit_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size from `size` down to `smallest` at which the text fits the width."""
    text = clean(text)
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Break text at spaces into lines no wider than `width` (a long word stays whole)."""
    lines, current = [], ""
    for word in clean(text).split(" "):
        trial = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def qr_matrix(segments: list[QRData] | str, error_correction=qrcode.constants.ERROR_CORRECT_M,
              version: int | None = None, mask: int | None = None) -> tuple[list[list[bool]], int]:
    """The modules of a QR code (without quiet zone) and the version it needed.

    `mask` fixes the mask pattern instead of trying all eight (which is most of the
    time a QR takes); decoders read the mask from the symbol, so any one is valid.
    """
    qr = qrcode.QRCode(version=version, error_correction=error_correction, border=0, mask_pattern=mask)
    for segment in ([segments] if isinstance(segments, str) else segments):
        qr.add_data(segment)
    qr.make(fit=version is None)
    return qr.modules, qr.version


def draw_qr(canvas: Canvas, modules: list[list[bool]], x: float, y: float, width: float) -> None:
    """Draw a QR code as vector squares, its symbol `width` points wide, lower-left at (x, y).

    Runs of dark modules in a row become one rectangle of a single path, so the code
    prints crisp at any size and the file stays small and quick to write.
    """
    count = len(modules)
    parts = []
    for row_index, row in enumerate(modules):
        top = count - 1 - row_index
        column = 0
        while column < count:
            if row[column]:
                start = column
                while column < count and row[column]:
                    column += 1
                parts.append(f"{start} {top} {column - start} 1 re")
            else:
                column += 1
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x, y)
    canvas.scale(width / count, width / count)
    canvas.addLiteral("\n".join(parts) + "\nf")
    canvas.restoreState()
