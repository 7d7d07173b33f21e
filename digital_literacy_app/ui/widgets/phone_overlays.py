"""What lies over a practice screen: a system dialog, the hint bubble and the "show me" ring."""

import math

from PySide6.QtCore import QPoint, QRect, QRectF, QVariantAnimation, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from digital_literacy_app.ui.widgets.phone_elements import DialogCard, Painted, make_label
from digital_literacy_app.ui.widgets.phone_paint import draw_text
from digital_literacy_app.ui.widgets.phone_style import PhoneLook, scroll_bar_sheet, word
from digital_literacy_app.ui.widgets.phone_taps import PhoneButton


def _transparent_scroll(look: PhoneLook, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setStyleSheet("QScrollArea { background: transparent; border: none; }")
    scroll.verticalScrollBar().setStyleSheet(scroll_bar_sheet(look.palette))
    scroll.viewport().setAutoFillBackground(False)
    return scroll


class DialogOverlay(QWidget):
    """Dims the screen and shows the dialog card(s) in the middle; taps never reach beneath."""

    def __init__(self, cards: list[DialogCard], look: PhoneLook, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("phone-dialog")
        self.look = look
        self.cards = cards
        self.scroll = _transparent_scroll(look, self)
        holder = QWidget()
        holder.setAutoFillBackground(False)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(look.px(12))
        for card in cards:
            layout.addWidget(card)
        self.holder = holder
        self.scroll.setWidget(holder)
        holder.setAutoFillBackground(False)  # setWidget turned it on; the shade must show through

    def resizeEvent(self, event) -> None:
        margin = self.look.px(18)
        width = max(10, self.width() - 2 * margin)
        wanted = self.holder.layout().totalHeightForWidth(width)
        height = min(wanted, self.height() - 2 * margin)
        self.scroll.setGeometry(margin, (self.height() - height) // 2, width, height)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.look.palette.dim))

    def mousePressEvent(self, event) -> None:
        event.accept()  # a tap on the shade does nothing, as on a phone with a modal dialog


class HintBubble(QFrame):
    """A kind word over the phone (red-bordered when it warns), with a "Got it" button."""

    closed = Signal()

    def __init__(self, text: str, warning: bool, look: PhoneLook, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("phone-hint")
        self.text = text
        self.warning = warning
        palette = look.palette
        background = palette.hint_warning_bg if warning else palette.hint_bg
        border = palette.hint_warning_border if warning else palette.hint_border
        ink = palette.hint_warning_text if warning else palette.hint_text
        self.setStyleSheet(f"QFrame#phone-hint {{ background: {background};"
                           f" border: {4 if warning else 3}px solid {border}; border-radius: 16px; }}")
        self.setAccessibleName(text)
        self.setAccessibleDescription(word(look.lang, "careful" if warning else "hint"))
        layout = QVBoxLayout(self)
        pad = look.px(14)
        layout.setContentsMargins(pad, pad, pad, look.px(8))
        layout.setSpacing(look.px(6))
        top = QHBoxLayout()
        top.setSpacing(look.px(10))
        ink_on_icon = background if palette.high_contrast else "#ffffff"
        top.addWidget(self._icon(look, border, ink_on_icon, warning), 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(make_label(word(look.lang, "careful" if warning else "hint"), look, "title", ink, self))
        self.label = make_label(text, look, "hint", ink, self)
        column.addWidget(self.label)
        top.addLayout(column, 1)
        layout.addLayout(top)
        self.close_button = PhoneButton(word(look.lang, "got_it"), "secondary", look, self)
        self.close_button.setObjectName("phone-hint-close")
        self.close_button.clicked.connect(self.closed.emit)
        layout.addWidget(self.close_button)

    @staticmethod
    def _icon(look: PhoneLook, colour: str, ink: str, warning: bool) -> Painted:
        def paint(painter: QPainter, rect: QRectF) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
            font = look.font("title")
            font.setPixelSize(max(10, int(rect.height() * 0.6)))
            draw_text(painter, rect, "!" if warning else "i", font, QColor(ink), Qt.AlignmentFlag.AlignHCenter)
        return Painted(look.px(34), paint)

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


class HighlightRing(QWidget):
    """A thick ring that pulses gently around one element ("Chỉ cho tôi" / "Show me")."""

    MARGIN = 10

    def __init__(self, target: QWidget, look: PhoneLook, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("phone-highlight")
        self.target = target
        self.look = look
        self.phase = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(1400)
        self.animation.setLoopCount(-1)
        self.animation.valueChanged.connect(self._tick)
        self.follow()
        self.animation.start()

    def follow(self) -> None:
        """Sit around the target wherever scrolling or a resize has moved it."""
        corner = self.target.mapTo(self.parentWidget(), QPoint(0, 0))
        m = self.MARGIN
        self.setGeometry(QRect(corner, self.target.size()).adjusted(-m, -m, m, m))
        self.raise_()

    def _tick(self, value) -> None:
        self.phase = float(value)
        self.follow()
        self.update()

    def ring_width(self) -> float:
        return 5 + 4 * (0.5 - 0.5 * math.cos(2 * math.pi * self.phase))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        colour = self.look.color("highlight")
        width = self.ring_width()
        rect = QRectF(self.rect()).adjusted(self.MARGIN / 2, self.MARGIN / 2, -self.MARGIN / 2, -self.MARGIN / 2)
        halo = QColor(colour)
        halo.setAlpha(90)
        painter.setPen(QPen(halo, width + 6))
        painter.drawRoundedRect(rect, 16, 16)
        painter.setPen(QPen(colour, width))
        painter.drawRoundedRect(rect, 16, 16)
