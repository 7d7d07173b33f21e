"""The arrow of "Chỉ cho tôi" (show me): beside the phone, pointing in at the element to use.

It lies in a strip left of the phone's case (`PhoneView.GUTTER`), never on the screen
itself, so it covers neither the element it points at nor any text the step asks the learner
to read or check; the ring round the element (`HighlightRing`) marks the element itself.
The sentence that goes with it is the practice panel's, just left of the arrow.
"""

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from digital_literacy_app.ui.phone.style import PhonePalette
from digital_literacy_app.ui.widgets.animation import looping

ARROW_HEIGHT = 40
NUDGE = 6  # how far the arrow moves in and out, gently


class PointerArrow(QWidget):
    """A thick arrow that follows its target as the phone scrolls and nudges towards it."""

    def __init__(self, target: QWidget, glass: QWidget, palette: PhonePalette, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("phone-pointer")
        self.target, self.glass, self.palette = target, glass, palette
        self.offset = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(QCoreApplication.translate("Phone", "Arrow to the place to use"))
        self.animation = looping(self, 1400, self._tick, peak=NUDGE)
        self.follow()
        self.animation.start()

    def stop(self) -> None:
        self.animation.stop()
        self.hide()
        self.deleteLater()

    def follow(self) -> None:
        """Level with the middle of the target's visible part, in the strip left of the case."""
        glass = self.glass.geometry()
        top = self.target.mapTo(self.parentWidget(), QPoint(0, 0)).y()
        middle = top + self.target.height() // 2
        middle = max(glass.top() + ARROW_HEIGHT // 2, min(glass.bottom() - ARROW_HEIGHT // 2, middle))
        width = max(12, self.parentWidget().case_left() - 2)
        self.setGeometry(QRect(0, middle - ARROW_HEIGHT // 2, width, ARROW_HEIGHT))
        self.raise_()

    def tip(self) -> QPoint:
        """Where the arrow points, in its parent's coordinates (tests check it is level)."""
        return self.mapTo(self.parentWidget(), QPoint(self.width() - 2, self.height() // 2))

    def _tick(self, value) -> None:
        self.offset = float(value)
        self.follow()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h, right = float(self.height()), self.width() - 2.0
        left = min(right - 14.0, 2.0 + self.offset)
        head = min(h * 0.55, right - left)
        shaft = h * 0.22
        middle = h / 2
        path = QPainterPath(QPointF(left, middle - shaft))
        for x, y in ((right - head, middle - shaft), (right - head, 2.0), (right, middle), (right - head, h - 2.0),
                     (right - head, middle + shaft), (left, middle + shaft)):
            path.lineTo(x, y)
        path.closeSubpath()
        high_contrast = self.palette.high_contrast
        painter.setPen(QPen(QColor(self.palette.text if high_contrast else "#ffffff"), 2))
        painter.setBrush(QColor(self.palette.highlight))
        painter.drawPath(path)
