"""Render app.svg into app.ico, the Windows icon of dla.exe, its shortcuts and the installer.

Run after changing app.svg:  .venv/bin/python assets/icons/make_app_icon.py
Each size is drawn by Qt's SVG renderer at that size (crisper than scaling one picture
down) and Pillow packs them into one .ico. The app's window takes app.svg itself.
"""

import io
import os
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Windows asks for, at 100 % to 250 %


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    picture = QImage(size, size, QImage.Format.Format_ARGB32)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - Qt needs it alive
    renderer = QSvgRenderer(str(HERE / "app.svg"))
    pictures = [render(renderer, size) for size in SIZES]
    largest = pictures[-1]
    largest.save(HERE / "app.ico", format="ICO", sizes=[(s, s) for s in SIZES], append_images=pictures[:-1])
    print(f"wrote {HERE / 'app.ico'} ({', '.join(map(str, SIZES))} px)")


if __name__ == "__main__":
    main()
