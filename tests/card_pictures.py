"""Pictures of learner cards as a webcam would see them, made from the app's own card sheet.

The sheet PDF is written by `write_card_sheet` and rasterised by PDFium (tests/pdf_pages.py),
as a printer would see it; `camera_like` then crops one card, tilts it, darkens and blurs
it and puts it in a 640x480 frame, which is roughly what a cheap USB webcam in a ward
office gives when an older hand holds the card up.
"""

from pathlib import Path

import qrcode
from PIL import Image, ImageEnhance, ImageFilter

from digital_literacy_app.core.cards import CARD_HEIGHT, CARD_WIDTH, MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from tests.pdf_pages import render_page

CAMERA_SIZE = (640, 480)
PAYMENT_QR = "00020101021138570010A00000072701270006970436011300110123456780208QRIBFTTA53037045802VN6304ABCD"


def card_sheet_png(out_dir: Path, learners, dpi: int = 100) -> Path:
    """The first page of the learners' card sheet as a PNG at `dpi`."""
    from digital_literacy_app.core.cards import write_card_sheet

    pdf = write_card_sheet(out_dir / "cards.pdf", learners)
    render_page(pdf, dpi).save(out_dir / "sheet.png")
    return out_dir / "sheet.png"


def one_card(sheet: Image.Image, index: int = 0) -> Image.Image:
    """The card at `index` (0 top left, reading order) cut from a sheet picture."""
    scale = sheet.width / PAGE_WIDTH
    column, row = index % 2, index // 2
    left = (MARGIN + column * CARD_WIDTH) * scale
    top = (MARGIN + row * CARD_HEIGHT) * scale
    box = (left, top, left + CARD_WIDTH * scale, top + CARD_HEIGHT * scale)
    assert abs(sheet.height / PAGE_HEIGHT - scale) < 0.01
    return sheet.crop(tuple(round(v) for v in box))


def camera_like(card: Image.Image, angle: float = 7, light: float = 0.6, blur: float = 1.0) -> Image.Image:
    """The card tilted by `angle` degrees, dimmer and softer, on a grey wall, 640x480, RGB."""
    grey = card.convert("L")
    tilted = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=90)
    fitted = tilted.copy()
    fitted.thumbnail((CAMERA_SIZE[0] - 40, CAMERA_SIZE[1] - 40))
    frame = Image.new("L", CAMERA_SIZE, 90)
    frame.paste(fitted, ((CAMERA_SIZE[0] - fitted.width) // 2, (CAMERA_SIZE[1] - fitted.height) // 2))
    frame = ImageEnhance.Contrast(ImageEnhance.Brightness(frame).enhance(light)).enhance(0.8)
    return frame.filter(ImageFilter.GaussianBlur(blur)).convert("RGB")


def qr_picture(text: str, box: int = 6) -> Image.Image:
    """Any other QR (a payment, a certificate), drawn plainly on white, RGB."""
    return qrcode.make(text, box_size=box, border=4).get_image().convert("RGB")


def gray_bytes(picture: Image.Image) -> tuple[bytes, int, int]:
    grey = picture.convert("L")
    return grey.tobytes(), grey.width, grey.height
