"""Text on the phone screen, drawn by hand so it always fits the phone's width.

A QLabel cannot break a word, so a sender name like "NganHangMau" or a web address at
200 % text would push the phone wider than its case. `PhoneText` wraps at word boundaries
and breaks a word only when it alone is wider than the line.

It keeps its font to itself (`text_font`) rather than in QWidget.font(): the application's
style sheet sets a font size on every QWidget, which would otherwise flatten the phone's
titles, amounts and captions to the body size of the screens around it.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from digital_literacy_app.ui.phone.paint import draw_text, text_height
from digital_literacy_app.ui.phone.style import PhoneLook


class PhoneText(QWidget):
    """A block of wrapped text, optionally on a coloured box with a border or a side bar."""

    def __init__(self, text: str, look: PhoneLook, role: str, colour: str, parent: QWidget | None = None,
                 background: str | None = None, border: str | None = None, bar: str | None = None,
                 pad: int = 0):
        super().__init__(parent)
        self._text = text
        self.look = look
        self.colour = QColor(colour)
        self.background, self.border, self.bar = background, border, bar
        self.pad = pad
        self.bar_width = 5 if bar else 0
        self.align = Qt.AlignmentFlag.AlignLeft
        self.text_font = look.font(role)
        self.setAccessibleName(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.updateGeometry()
            self.update()

    def setAlignment(self, align: Qt.AlignmentFlag) -> None:
        self.align = align
        self.update()

    def set_text_font(self, font: QFont) -> None:
        self.text_font = QFont(font)
        self.updateGeometry()
        self.update()

    def _inner_width(self, width: int) -> int:
        return max(1, width - 2 * self.pad - self.bar_width)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return text_height(self._text, self.text_font, self._inner_width(width)) + 2 * self.pad

    def sizeHint(self) -> QSize:
        natural = QFontMetrics(self.text_font).horizontalAdvance(self._text) + 2 * self.pad + self.bar_width + 2
        width = min(natural, self.look.px(320))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.text_font)
        return QSize(min(self.sizeHint().width(), metrics.averageCharWidth() * 4), metrics.height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect())
        if self.background or self.border:
            painter.setBrush(QColor(self.background) if self.background else Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(self.border), 2) if self.border else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6)
        if self.bar:
            painter.fillRect(QRectF(0, 0, self.bar_width, box.height()), QColor(self.bar))
        inner = box.adjusted(self.pad + self.bar_width, self.pad, -self.pad, -self.pad)
        draw_text(painter, inner, self._text, self.text_font, self.colour, self.align)
