"""A lesson picture (SVG or PNG) drawn as large as fits, never stretched out of shape.

A screen reader hears it as a graphic named with its `description` (an explain step's
`alt` text, in the learner's language). A `decorative` picture (a lesson's catalogue icon,
beside the title that says the same) is hidden from screen readers instead: see
ui/accessible_roles.py. Neither takes the keyboard focus.
"""

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from digital_literacy_app.ui import accessible_roles


class Picture(QWidget):
    def __init__(self, path: Path | None, description: str = "", parent=None, decorative: bool = False):
        super().__init__(parent)
        accessible_roles.install()
        self.path = path
        self.decorative = decorative
        self._svg: QSvgRenderer | None = None
        self._pixmap: QPixmap | None = None
        if path is not None and path.suffix.lower() == ".svg":
            renderer = QSvgRenderer(str(path))
            if renderer.isValid():
                renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
                self._svg = renderer
        elif path is not None:
            pixmap = QPixmap(str(path))
            self._pixmap = None if pixmap.isNull() else pixmap
        self.setAccessibleName("" if decorative else description)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    @property
    def loaded(self) -> bool:
        return self._svg is not None or self._pixmap is not None

    def natural_size(self) -> QSize:
        if self._svg is not None:
            return self._svg.defaultSize()
        if self._pixmap is not None:
            return self._pixmap.size()
        return QSize(0, 0)

    def sizeHint(self) -> QSize:
        natural = self.natural_size()
        return natural if natural.isValid() and not natural.isEmpty() else QSize(320, 240)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self._fitted()
        if self._svg is not None:
            self._svg.render(painter, target)
        elif self._pixmap is not None:
            painter.drawPixmap(target.toRect(), self._pixmap)

    def _fitted(self) -> QRectF:
        natural = self.natural_size()
        if natural.isEmpty():
            return QRectF(self.rect())
        scaled = natural.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) / 2
        y = (self.height() - scaled.height()) / 2
        return QRectF(x, y, scaled.width(), scaled.height())


accessible_roles.register(Picture, accessible_roles.GRAPHIC)
