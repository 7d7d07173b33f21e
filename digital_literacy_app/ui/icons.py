"""Interface icons from assets/icons, coloured to match the current theme."""

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from digital_literacy_app.core.records import assets_dir


def icon(name: str, colour: str, size: int = 48) -> QIcon:
    """The SVG `assets/icons/<name>.svg` with `currentColor` painted in `colour`."""
    source = (assets_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode("utf-8")))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)


def put_icon(button, name: str, on_primary: bool = False) -> None:
    """Give a button an icon in its text colour, sized with the learner's text size."""
    from PySide6.QtWidgets import QApplication

    from digital_literacy_app.ui import theme

    high_contrast, scale = theme.current(QApplication.instance())
    palette = theme.palette_for(high_contrast)
    side = theme.TypeSizes(scale).px(30)
    button.setIcon(icon(name, palette.on_primary if on_primary else palette.on_secondary, side * 2))
    button.setIconSize(QSize(side, side))
    if not button.text().startswith(" "):
        button.setText("  " + button.text())  # room between the icon and the words
