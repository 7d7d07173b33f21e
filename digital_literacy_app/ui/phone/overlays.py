"""What lies over a practice screen: a system dialog, the hint bubble and the "show me" ring."""

import math

from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from digital_literacy_app.ui.phone.elements import DialogCard, Painted, make_label
from digital_literacy_app.ui.phone.paint import draw_text
from digital_literacy_app.ui.phone.style import BASE_POINTS, PhoneLook, scroll_bar_sheet
from digital_literacy_app.ui.phone.taps import PhoneButton
from digital_literacy_app.ui.widgets.animation import looping


def _transparent_scroll(look: PhoneLook, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setStyleSheet("QScrollArea { background: transparent; border: none; }")
    scroll.verticalScrollBar().setStyleSheet(scroll_bar_sheet(look.palette))
    scroll.viewport().setAutoFillBackground(False)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons; Page Down still scrolls
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

    def margin(self) -> int:
        return self.look.px(18)

    def fits(self) -> bool:
        """Whether the dialog shows whole, every button in sight, without scrolling."""
        margin = self.look.px(18)
        return self.holder.layout().totalHeightForWidth(max(10, self.width() - 2 * margin)) <= \
            self.height() - 2 * margin

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
        self.look = look
        palette = look.palette
        background = palette.hint_warning_bg if warning else palette.hint_bg
        border = palette.hint_warning_border if warning else palette.hint_border
        ink = palette.hint_warning_text if warning else palette.hint_text
        self.setStyleSheet(f"QFrame#phone-hint {{ background: {background};"
                           f" border: {4 if warning else 3}px solid {border}; border-radius: 16px; }}")
        if warning:
            title = QCoreApplication.translate("Phone", "Careful")
        else:
            title = QCoreApplication.translate("Phone", "Hint")
        self.setAccessibleName(text)
        self.setAccessibleDescription(title)
        layout = QVBoxLayout(self)
        pad = look.px(12)
        layout.setContentsMargins(pad, look.px(10), pad, look.px(6))
        layout.setSpacing(look.px(6))
        # The icon sits beside the short title, not beside the text: at 200 % text the text
        # then has the bubble's whole width instead of a narrow column.
        top = QHBoxLayout()
        top.setSpacing(look.px(8))
        ink_on_icon = background if palette.high_contrast else "#ffffff"
        top.addWidget(self._icon(look, border, ink_on_icon, warning), 0, Qt.AlignmentFlag.AlignVCenter)
        self.title = make_label(title, look, "button", ink, self)
        top.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(top)
        self.top = top
        # A long hint's letters shrink a little to fit (`fit`); one longer than the whole
        # screen even then scrolls: it is never cut short.
        self.scroll = _transparent_scroll(look, self)
        self.label = make_label(text, look, "hint", ink)
        self.scroll.setWidget(self.label)
        self.label.setAutoFillBackground(False)
        layout.addWidget(self.scroll, 1)
        self.close_button = PhoneButton(QCoreApplication.translate("Phone", "Got it"), "secondary", look, self,
                                        compact=True)
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
        return Painted(look.px(30), paint)

    def heightForWidth(self, width: int) -> int:
        """Tall enough for the whole text; the phone gives less only to a hint longer than the screen."""
        layout = self.layout()
        margins = layout.contentsMargins()
        frame = 2 * self.frameWidth()
        inner = width - frame - margins.left() - margins.right()
        top = self.top.heightForWidth(inner) if self.top.hasHeightForWidth() else self.top.sizeHint().height()
        parts = (top, self.label.heightForWidth(inner), self.close_button.heightForWidth(inner))
        return frame + margins.top() + margins.bottom() + 2 * layout.spacing() + sum(parts)

    def set_compact(self, compact: bool) -> None:
        """On a phone too small for the hint beside the element the step needs, the bubble
        keeps only its title, which sends the learner to the same words shown at full size
        left of the phone, and "Got it"; a screen reader still hears the whole hint."""
        self.scroll.setVisible(not compact)
        if compact and self.warning:
            self.title.set_text(QCoreApplication.translate("Phone", "Careful: read it on the left"))
        elif compact:
            self.title.set_text(QCoreApplication.translate("Phone", "Hint: read it on the left"))
        elif self.warning:
            self.title.set_text(QCoreApplication.translate("Phone", "Careful"))
        else:
            self.title.set_text(QCoreApplication.translate("Phone", "Hint"))

    def compact_height(self, width: int) -> int:
        return self.least_height(width) - 2 * QFontMetrics(self.label.text_font).lineSpacing() - \
            self.layout().spacing()

    def least_height(self, width: int) -> int:
        """The title, two lines of the text and "Got it" whole: less would cut the button."""
        inner = width - 2 * self.frameWidth() - self.layout().contentsMargins().left() - \
            self.layout().contentsMargins().right()
        lines = 2 * QFontMetrics(self.label.text_font).lineSpacing()
        return self.heightForWidth(width) - self.label.heightForWidth(inner) + int(lines)

    def fit(self, width: int, room: int) -> None:
        """Make a long hint's text smaller until the bubble fits `room` pixels at `width`,
        but never below the body size at 100 % text (16 pt): the lesson player shows the
        same words at the learner's full size beside the phone. Only a hint that still does
        not fit scrolls."""
        font = self.look.font("hint")
        floor = BASE_POINTS["hint"]
        self.label.set_text_font(font)
        while self.heightForWidth(width) > room and font.pointSizeF() > floor:
            font.setPointSizeF(max(floor, font.pointSizeF() - 1))
            self.label.set_text_font(font)
        # No scroll bar unless it must scroll: one shown for a moment while the phone is laid
        # out would narrow the text, which would then need it for good.
        fits = self.heightForWidth(width) <= room
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits
                                               else Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def keyPressEvent(self, event) -> None:
        """Page Up / Page Down on "Got it" scroll a long hint, as they scroll the phone's screen."""
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
        else:
            super().keyPressEvent(event)


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
        self.animation = looping(self, 1400, self._tick)
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


class ScrollCue(QWidget):
    """An arrow at the top or bottom edge of a scrolling part of the phone, shown while there
    is more of the screen that way: someone who never scrolled sees that the screen goes on
    (the phone may have scrolled down to the element the step needs). It lets every click
    through and never takes the focus; a screen reader follows the focus, which scrolls."""

    def __init__(self, scroll: QScrollArea, downward: bool, look: PhoneLook, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("phone-scroll-cue-down" if downward else "phone-scroll-cue-up")
        self.scroll, self.downward, self.look = scroll, downward, look
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if downward:
            self.setAccessibleName(QCoreApplication.translate("Phone", "More below"))
        else:
            self.setAccessibleName(QCoreApplication.translate("Phone", "More above"))
        bar = scroll.verticalScrollBar()
        bar.valueChanged.connect(self.follow)
        bar.rangeChanged.connect(self.follow)
        self.hide()

    @staticmethod
    def height_for(look: PhoneLook) -> int:
        return look.px(30)

    def follow(self, *_args) -> None:
        """Sit on the edge of the scroll's viewport; shown only while more is that way."""
        bar = self.scroll.verticalScrollBar()
        more = bar.value() < bar.maximum() if self.downward else bar.value() > bar.minimum()
        viewport = self.scroll.viewport()
        corner = viewport.mapTo(self.parentWidget(), QPoint(0, 0))
        width, height = self.look.px(64), self.height_for(self.look)
        top = corner.y() + (viewport.height() - height - self.look.px(4) if self.downward else self.look.px(4))
        self.setGeometry(corner.x() + (viewport.width() - width) // 2, top, width, height)
        self.setVisible(more and not viewport.isHidden())
        self.raise_()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.look.palette
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(palette.text if palette.high_contrast else "#ffffff"), 2))
        painter.setBrush(QColor(palette.screen if palette.high_contrast else palette.highlight))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        ink = QColor(palette.text if palette.high_contrast else "#ffffff")
        painter.setPen(QPen(ink, max(2.5, rect.height() * 0.12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        middle, half, rise = rect.center(), rect.height() * 0.38, rect.height() * 0.2
        tip = rise if self.downward else -rise
        painter.drawPolyline([QPoint(round(middle.x() - half), round(middle.y() - tip)),
                              QPoint(round(middle.x()), round(middle.y() + tip)),
                              QPoint(round(middle.x() + half), round(middle.y() - tip))])
