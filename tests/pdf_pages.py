"""PDF pages as pictures, rendered by PDFium (pypdfium2, a Python package: no poppler needed).

Tests look at pages the way a printer or a webcam would: a page rendered at a resolution
in dots per inch, as a Pillow image (or a PNG file for the tests that read files).
"""

from pathlib import Path

import pypdfium2
from PIL import Image


def render_pages(pdf: Path, dpi: int = 100, first: int = 1, last: int | None = None) -> list[Image.Image]:
    """Pages `first`..`last` (1-based, inclusive; all by default) as RGB images at `dpi`."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        last = len(document) if last is None else min(last, len(document))
        return [document[number - 1].render(scale=dpi / 72).to_pil().convert("RGB")
                for number in range(first, last + 1)]
    finally:
        document.close()


def render_page(pdf: Path, dpi: int = 100, number: int = 1) -> Image.Image:
    [page] = render_pages(pdf, dpi, number, number)
    return page


def save_pages(pdf: Path, prefix: Path, dpi: int = 100) -> list[Path]:
    """Every page saved as `<prefix>-<n>.png`; the paths in page order."""
    paths = []
    for number, image in enumerate(render_pages(pdf, dpi), 1):
        path = prefix.with_name(f"{prefix.name}-{number:03d}.png")
        image.save(path)
        paths.append(path)
    return paths
