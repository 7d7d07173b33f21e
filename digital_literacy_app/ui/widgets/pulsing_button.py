"""A button that can pulse gently to offer itself ("Chỉ cho tôi" after a quiet while).

The glow is painted round the button's edge, inside its own rectangle, so nothing moves and
nothing beside it is covered; a slow breath (1.6 s), never a flash. The button's look is
otherwise the stylesheet's.
"""

import math

from PySide6.QtCore import QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QPushButton

from digital_literacy_app.ui.widgets.animation import looping

PULSE_COLOUR = "#e8590c"  # the phone's "show me" orange: the button and the ring belong together


class PulsingButton(QPushButton):
    def __init__(self, text: str, parent=None):
        super().__init__(text, parent)
        self.phase = 0.0
        self.animation = looping(self, 1600, self._tick)

    def pulsing(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def set_pulsing(self, on: bool) -> None:
        if on and not self.pulsing():
            self.animation.start()
        elif not on and self.pulsing():
            self.animation.stop()
            self.phase = 0.0
            self.update()

    def _tick(self, value) -> None:
        self.phase = float(value)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self.pulsing():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        strength = 0.5 - 0.5 * math.cos(2 * math.pi * self.phase)
        colour = QColor(PULSE_COLOUR)
        colour.setAlpha(int(90 + 165 * strength))
        width = 3 + 3 * strength
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2 + 1
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 10, 10)
