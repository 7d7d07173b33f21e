"""Tappable parts of the simulated phone: buttons, list rows, app tiles, links, call buttons.

Each is a real focusable button: a single click, Enter or Space taps it once; a double
click still counts as one tap (older learners often double-click out of habit); its label
is its accessible name; the focus ring is drawn clearly around it. Nothing here knows
which element is the right one: they all look alike whatever they lead to.
"""

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QSizePolicy, QWidget

from digital_literacy_app.ui import accessible_roles
from digital_literacy_app.ui.phone.paint import (
    draw_chevron,
    draw_focus_ring,
    draw_text,
    text_height,
)
from digital_literacy_app.ui.phone.style import PhoneLook

MIN_TAP = 48   # smallest tap target, in pixels
RING = 6       # room kept around a body for the focus ring
LABEL_PAD = 6  # room either side of the name under an icon, so two names never touch
CENTER = Qt.AlignmentFlag.AlignHCenter
KEYBOARD_REASONS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                    Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)


def _activate_on_enter(button: QAbstractButton, event: QKeyEvent) -> bool:
    button.keyboard_focus = True
    button.update()
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if not event.isAutoRepeat():
            button.click()
        return True
    return False


def _note_focus_reason(button: QAbstractButton, reason: Qt.FocusReason) -> None:
    """Ring only keyboard focus: after a mouse click a ring would look like a hint."""
    button.keyboard_focus = reason in KEYBOARD_REASONS


class TapTarget(QAbstractButton):
    """Base of every tappable element; subclasses say how tall they are and paint the body."""

    radius = 12.0
    ring_inside = False  # rows and tiles draw the ring inside their edge
    keyboard_focus = False

    def __init__(self, label: str, look: PhoneLook, parent: QWidget | None = None):
        super().__init__(parent)
        self.look = look
        self.setText(label)
        self.setAccessibleName(label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        # Preferred, not Fixed, height: side by side in a row, targets share the row's height.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # --- size -----------------------------------------------------------------------
    def content_height(self, width: int) -> int:
        raise NotImplementedError

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(MIN_TAP + 2 * RING, self.content_height(width - 2 * RING) + 2 * RING)

    def sizeHint(self) -> QSize:
        width = self.look.px(300)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_TAP + 2 * RING, MIN_TAP + 2 * RING)

    # --- input ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _activate_on_enter(self, event):
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        event.accept()  # the first click of the pair already tapped

    def focusInEvent(self, event) -> None:
        _note_focus_reason(self, event.reason())
        super().focusInEvent(event)

    # --- paint ----------------------------------------------------------------------
    def body_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(RING, RING, -RING, -RING)

    def paint_body(self, painter: QPainter, body: QRectF) -> None:
        raise NotImplementedError

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_body(painter, self.body_rect())
        if self.isDown() or self.underMouse():
            shade = QColor(0, 0, 0, 40 if self.isDown() else 16)
            if self.look.palette.high_contrast:
                shade = QColor(255, 255, 0, 60 if self.isDown() else 30)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawRoundedRect(self.body_rect(), self.radius, self.radius)
        if self.hasFocus() and self.keyboard_focus:
            ring = QRectF(self.rect())
            draw_focus_ring(painter, ring.adjusted(2, 2, -2, -2) if self.ring_inside else ring,
                            self.radius + (0 if self.ring_inside else 2), self.look.palette)


class PhoneButton(TapTarget):
    """A full-width app button: primary (filled), plain, secondary (outlined) or danger (red)."""

    def __init__(self, label: str, style: str, look: PhoneLook, parent=None, compact: bool = False):
        super().__init__(label, look, parent)
        self.style_name = style or "plain"
        self.radius = look.px(24)
        self.compact = compact  # less padding: the hint's "Got it" leaves the room to the hint

    def _pad(self) -> int:
        return self.look.px(6 if self.compact else 12)

    def content_height(self, width: int) -> int:
        return text_height(self.text(), self.look.font("button"), width - 4 * self._pad()) + 2 * self._pad()

    def colours(self) -> tuple[QColor, QColor, QColor | None]:
        """(fill, text, border) for this button's style."""
        c = self.look.color
        return {
            "primary": (c("primary"), c("on_primary"), None),
            "danger": (c("danger"), c("on_danger"), c("on_danger") if self.look.palette.high_contrast else None),
            "secondary": (c("secondary"), c("on_secondary"), c("secondary_border")),
            "plain": (c("tonal"), c("on_tonal"), c("secondary_border") if self.look.palette.high_contrast else None),
        }[self.style_name]

    def paint_body(self, painter: QPainter, body: QRectF) -> None:
        fill, ink, border = self.colours()
        painter.setBrush(fill)
        painter.setPen(QPen(border, 2) if border is not None else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(body.adjusted(1, 1, -1, -1), self.radius, self.radius)
        pad = self._pad()
        draw_text(painter, body.adjusted(2 * pad, 0, -2 * pad, 0), self.text(),
                  self.look.font("button"), ink, CENTER)


class ListRow(TapTarget):
    """One row of a list card: a label, an optional detail line, and a chevron."""

    ring_inside = True
    radius = 8.0

    def __init__(self, label: str, detail: str, look: PhoneLook, last: bool, parent=None):
        super().__init__(label, look, parent)
        self.detail = detail
        self.last = last
        if detail:
            self.setAccessibleDescription(detail)

    def _text_width(self, width: int) -> int:
        return width - self.look.px(16) - self.look.px(36)

    def content_height(self, width: int) -> int:
        w = self._text_width(width)
        detail = text_height(self.detail, self.look.font("small"), w) if self.detail else 0
        return text_height(self.text(), self.look.font("body"), w) + detail + self.look.px(20)

    def body_rect(self) -> QRectF:
        return QRectF(self.rect())

    def paint_body(self, painter: QPainter, body: QRectF) -> None:
        look = self.look
        painter.fillRect(body, look.color("surface"))
        w = self._text_width(int(body.width()))
        x, y = body.left() + look.px(16), body.top() + look.px(10)
        title_h = text_height(self.text(), look.font("body"), w)
        if self.detail:
            total = title_h + text_height(self.detail, look.font("small"), w)
            y = body.top() + (body.height() - total) / 2
        else:
            y = body.top() + (body.height() - title_h) / 2
        draw_text(painter, QRectF(x, y, w, title_h), self.text(), look.font("body"), look.color("text"))
        if self.detail:
            draw_text(painter, QRectF(x, y + title_h, w, body.bottom() - y - title_h), self.detail,
                      look.font("small"), look.color("muted"), centre_vertically=False)
        chevron = look.px(22)
        draw_chevron(painter, QRectF(body.right() - look.px(12) - chevron, body.center().y() - chevron / 2,
                                     chevron, chevron), look.color("muted"))
        if not self.last:
            painter.fillRect(QRectF(x, body.bottom() - 1, body.width() - x, 1), look.color("divider"))


class LinkButton(TapTarget):
    """An underlined link inside a text message; long addresses wrap anywhere. A screen
    reader hears a link, not a button (ui/accessible_roles.py)."""

    radius = 6.0

    def __init__(self, label: str, look: PhoneLook, parent: QWidget | None = None):
        accessible_roles.install()
        super().__init__(label, look, parent)

    def content_height(self, width: int) -> int:
        return text_height(self.text(), self.look.font("body"), width - 8) + 8

    def paint_body(self, painter: QPainter, body: QRectF) -> None:
        draw_text(painter, body.adjusted(4, 0, -4, 0), self.text(), self.look.font("body"),
                  self.look.color("link"), underline=True)


accessible_roles.register(LinkButton, accessible_roles.LINK)


class BigCheckBox(QCheckBox):
    """A checkbox with a 32-pixel box and a wrapping label; the whole row ticks it."""

    keyboard_focus = False

    def __init__(self, label: str, look: PhoneLook, parent=None):
        super().__init__(label, parent)
        self.look = look
        self.setAccessibleName(label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def box(self) -> int:
        return max(32, self.look.px(32))

    def _text_width(self, width: int) -> int:
        return width - 2 * RING - self.box() - self.look.px(14) - 4

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text = text_height(self.text(), self.look.font("body"), self._text_width(width))
        return max(MIN_TAP, self.box() + 8, text + self.look.px(12)) + 2 * RING

    def sizeHint(self) -> QSize:
        width = self.look.px(300)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_TAP + 2 * RING, MIN_TAP + 2 * RING)

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _activate_on_enter(self, event):
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        event.accept()

    def focusInEvent(self, event) -> None:
        _note_focus_reason(self, event.reason())
        super().focusInEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        look, box = self.look, self.box()
        body = QRectF(self.rect()).adjusted(RING, RING, -RING, -RING)
        square = QRectF(body.left() + 4, body.center().y() - box / 2, box, box)
        ticked = self.isChecked()
        painter.setPen(QPen(look.color("tick") if ticked else look.color("input_border"), 2.5))
        painter.setBrush(look.color("tick") if ticked else look.color("input_bg"))
        painter.drawRoundedRect(square, 6, 6)
        if ticked:
            pen = QPen(look.color("on_primary"), max(3.0, box / 9))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPolyline([square.topLeft() + p for p in (
                QPointF(box * 0.22, box * 0.52), QPointF(box * 0.42, box * 0.72), QPointF(box * 0.78, box * 0.3))])
        text = QRectF(square.right() + look.px(14), body.top(), self._text_width(self.width()), body.height())
        draw_text(painter, text, self.text(), look.font("body"), look.color("text"))
        if self.hasFocus() and self.keyboard_focus:
            draw_focus_ring(painter, QRectF(self.rect()).adjusted(1, 1, -1, -1), 10, look.palette)
