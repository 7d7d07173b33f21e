"""Pictures of a printed certificate's QR as a webcam would see them, from the app's own PDF.

The certificate is issued by the core, rasterised by PDFium (tests/pdf_pages.py) at 100 dpi as
a printer would see it, and the corner with the QR code and the printed code is cut out,
enlarged as if held close to the camera, then tilted, dimmed and blurred by
`camera_like` (tests/card_pictures.py) into a 640x480 frame.
"""

from pathlib import Path

from PIL import Image
from reportlab.lib.units import mm

from digital_literacy_app.core.certificates.pdf import PAGE_HEIGHT, PAGE_WIDTH, QR_CENTRE_X
from tests.card_pictures import camera_like
from tests.pdf_pages import render_page

DPI = 100


def certificate_page_png(pdf: Path, out_dir: Path) -> Path:
    """The certificate's page as a PNG at 100 dpi."""
    path = out_dir / f"{pdf.stem}-page.png"
    render_page(pdf, DPI).save(path)
    return path


def qr_corner(page: Image.Image) -> Image.Image:
    """The lower right corner of the page: the QR code, its caption and the printed code."""
    scale = page.width / PAGE_WIDTH
    assert abs(page.height / PAGE_HEIGHT - scale) < 0.01
    box = ((QR_CENTRE_X - 40 * mm) * scale, page.height - 95 * mm * scale,
           (QR_CENTRE_X + 40 * mm) * scale, page.height - 5 * mm * scale)
    return page.crop(tuple(round(v) for v in box))


def certificate_by_webcam(pdf: Path, out_dir: Path, angle: float = -9, light: float = 0.5,
                          blur: float = 1.2, closer: float = 2) -> Image.Image:
    """A 640x480 webcam-like picture of the certificate's QR corner, `closer` times larger."""
    corner = qr_corner(Image.open(certificate_page_png(pdf, out_dir)))
    near = corner.resize((round(corner.width * closer), round(corner.height * closer)),
                         Image.Resampling.BICUBIC)
    return camera_like(near, angle, light, blur)
