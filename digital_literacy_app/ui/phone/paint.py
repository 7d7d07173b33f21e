"""Painting helpers of the simulated phone: wrapped text, focus rings and small icons.

Tappable elements are painted by hand (not styled QPushButtons) so that long Vietnamese
labels wrap instead of being cut off, and so the focus ring and the "show me" ring look
the same on every element. Icons are drawn with paths, not font glyphs, because ward PCs
may lack emoji or symbol fonts.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)

from digital_literacy_app.ui.phone.style import PhonePalette


def _layout(text: str, font: QFont, width: float, align: Qt.AlignmentFlag) -> tuple[QTextLayout, float]:
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


_HEIGHTS: dict[tuple[str, str, float], int] = {}
_HEIGHTS_KEPT = 4096


def text_height(text: str, font: QFont, width: float) -> int:
    """Height of `text` wrapped into `width` pixels (long words break anywhere).

    Remembered: Qt asks each element's height for many widths while it lays a screen out,
    and the phone lays a screen out again at each text size it tries."""
    if not text:
        return 0
    key = (text, font.key(), width)
    height = _HEIGHTS.get(key)
    if height is None:
        if len(_HEIGHTS) >= _HEIGHTS_KEPT:
            _HEIGHTS.clear()
        height = _HEIGHTS[key] = int(_layout(text, font, width, Qt.AlignmentFlag.AlignLeft)[1] + 0.999)
    return height


def wrapped_lines(text: str, font: QFont, width: float) -> list[str]:
    """The lines `draw_text` breaks `text` into at `width`, as drawn (tests compare them with the words)."""
    if not text:
        return []
    layout = _layout(text, font, width, Qt.AlignmentFlag.AlignLeft)[0]
    lines = (layout.lineAt(index) for index in range(layout.lineCount()))
    return [text[line.textStart():line.textStart() + line.textLength()] for line in lines]


def widest_word(text: str, font: QFont) -> float:
    """Width of the widest space-separated word of `text` in `font`."""
    metrics = QFontMetricsF(font)
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)


def font_fitting_words(text: str, font: QFont, width: float, floor_points: float) -> QFont:
    """`font`, smaller if need be but not below `floor_points`, so that every word of `text`
    fits `width` whole: a label then breaks between words, never inside one ("Messag es").

    Shrinking, not eliding: a learner must be able to read the whole label. Whether the
    result fits is for the caller to check (`widest_word`); an app grid then uses fewer,
    wider tiles.
    """
    size = font.pointSizeF()
    widest = widest_word(text, font)
    room = width - 1  # a pixel of slack for rounding between font metrics and text layout
    if widest <= room or size <= floor_points:
        return font
    fitted = QFont(font)
    size = max(floor_points, int(size * room / widest * 2) / 2)  # halves of a point, rounded down
    fitted.setPointSizeF(size)
    while size > floor_points and widest_word(text, fitted) > room:  # hinting is not quite linear
        size = max(floor_points, size - 0.5)
        fitted.setPointSizeF(size)
    return fitted


def draw_text(painter: QPainter, rect: QRectF, text: str, font: QFont, color: QColor,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, underline: bool = False,
              centre_vertically: bool = True) -> None:
    """Draw wrapped text inside `rect`, centred vertically unless told otherwise."""
    if not text:
        return
    if underline:
        font = QFont(font)
        font.setUnderline(True)
    layout, height = _layout(text, font, rect.width(), align)
    top = rect.top() + (max(0.0, (rect.height() - height) / 2) if centre_vertically else 0)
    painter.save()
    painter.setPen(color)
    layout.draw(painter, QPointF(rect.left(), top))
    painter.restore()


def draw_focus_ring(painter: QPainter, rect: QRectF, radius: float, palette: PhonePalette) -> None:
    """A double ring (light inside, dark outside) that shows on light and dark backgrounds."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(palette.color("focus_outer"), 3.5))
    painter.drawRoundedRect(rect.adjusted(1.75, 1.75, -1.75, -1.75), radius + 3, radius + 3)
    painter.setPen(QPen(palette.color("focus_inner"), 2))
    painter.drawRoundedRect(rect.adjusted(4.5, 4.5, -4.5, -4.5), radius, radius)
    painter.restore()


def _stroke(painter: QPainter, color: QColor, width: float) -> None:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def draw_back_arrow(painter: QPainter, rect: QRectF, color: QColor) -> None:
    s = min(rect.width(), rect.height())
    c = rect.center()
    _stroke(painter, color, max(2.0, s / 10))
    painter.drawLine(QPointF(c.x() - s * 0.3, c.y()), QPointF(c.x() + s * 0.3, c.y()))
    painter.drawLine(QPointF(c.x() - s * 0.3, c.y()), QPointF(c.x() - s * 0.05, c.y() - s * 0.25))
    painter.drawLine(QPointF(c.x() - s * 0.3, c.y()), QPointF(c.x() - s * 0.05, c.y() + s * 0.25))


def draw_chevron(painter: QPainter, rect: QRectF, color: QColor) -> None:
    s = min(rect.width(), rect.height())
    c = rect.center()
    _stroke(painter, color, max(2.0, s / 9))
    painter.drawLine(QPointF(c.x() - s * 0.12, c.y() - s * 0.25), QPointF(c.x() + s * 0.13, c.y()))
    painter.drawLine(QPointF(c.x() + s * 0.13, c.y()), QPointF(c.x() - s * 0.12, c.y() + s * 0.25))


def draw_handset(painter: QPainter, rect: QRectF, color: QColor, hang_up: bool = False) -> None:
    """A telephone handset; turned down for "hang up"."""
    s = min(rect.width(), rect.height())
    painter.save()
    painter.translate(rect.center())
    painter.rotate(135 if hang_up else 0)
    path = QPainterPath()
    path.moveTo(-s * 0.32, -s * 0.08)
    path.cubicTo(-s * 0.3, s * 0.25, -s * 0.05, s * 0.36, s * 0.3, s * 0.33)
    _stroke(painter, color, s * 0.13)
    painter.drawPath(path)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(-s * 0.3, -s * 0.14), s * 0.11, s * 0.13)
    painter.drawEllipse(QPointF(s * 0.33, s * 0.3), s * 0.13, s * 0.11)
    painter.restore()


def draw_dots(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """Three dots: "another action" on a call screen."""
    s = min(rect.width(), rect.height())
    c = rect.center()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    for dx in (-0.25, 0, 0.25):
        painter.drawEllipse(QPointF(c.x() + dx * s, c.y()), s * 0.07, s * 0.07)


def _house(p: QPainter, c: QPointF, s: float) -> None:
    path = QPainterPath()
    path.moveTo(c.x() - s * 0.35, c.y() - s * 0.02)
    path.lineTo(c.x(), c.y() - s * 0.35)
    path.lineTo(c.x() + s * 0.35, c.y() - s * 0.02)
    path.moveTo(c.x() - s * 0.25, c.y() - s * 0.1)
    path.lineTo(c.x() - s * 0.25, c.y() + s * 0.33)
    path.lineTo(c.x() + s * 0.25, c.y() + s * 0.33)
    path.lineTo(c.x() + s * 0.25, c.y() - s * 0.1)
    p.drawPath(path)


def _person(p: QPainter, c: QPointF, s: float) -> None:
    p.drawEllipse(QPointF(c.x(), c.y() - s * 0.15), s * 0.15, s * 0.15)
    p.drawArc(QRectF(c.x() - s * 0.32, c.y() + s * 0.06, s * 0.64, s * 0.55), 0, 180 * 16)


def _bubble(p: QPainter, c: QPointF, s: float) -> None:
    p.drawRoundedRect(QRectF(c.x() - s * 0.35, c.y() - s * 0.3, s * 0.7, s * 0.48), s * 0.12, s * 0.12)
    p.drawLine(QPointF(c.x() - s * 0.15, c.y() + s * 0.18), QPointF(c.x() - s * 0.25, c.y() + s * 0.35))


def _qr(p: QPainter, c: QPointF, s: float) -> None:
    for dx, dy in ((-0.3, -0.3), (0.08, -0.3), (-0.3, 0.08)):
        p.drawRect(QRectF(c.x() + dx * s, c.y() + dy * s, s * 0.22, s * 0.22))
    p.drawLine(QPointF(c.x() + s * 0.1, c.y() + s * 0.1), QPointF(c.x() + s * 0.3, c.y() + s * 0.3))


def _arrows(p: QPainter, c: QPointF, s: float) -> None:
    for dy, sign in ((-0.14, 1), (0.14, -1)):
        y = c.y() + dy * s
        tip = c.x() + sign * s * 0.32
        p.drawLine(QPointF(c.x() - sign * s * 0.32, y), QPointF(tip, y))
        p.drawLine(QPointF(tip, y), QPointF(tip - sign * s * 0.12, y - s * 0.1))
        p.drawLine(QPointF(tip, y), QPointF(tip - sign * s * 0.12, y + s * 0.1))


def _clock(p: QPainter, c: QPointF, s: float) -> None:
    p.drawEllipse(c, s * 0.34, s * 0.34)
    p.drawLine(c, QPointF(c.x(), c.y() - s * 0.2))
    p.drawLine(c, QPointF(c.x() + s * 0.15, c.y() + s * 0.08))


def _gear(p: QPainter, c: QPointF, s: float) -> None:
    p.drawEllipse(c, s * 0.2, s * 0.2)
    for index in range(8):
        p.save()
        p.translate(c)
        p.rotate(index * 45)
        p.drawLine(QPointF(0, -s * 0.27), QPointF(0, -s * 0.37))
        p.restore()


def _camera(p: QPainter, c: QPointF, s: float) -> None:
    p.drawRoundedRect(QRectF(c.x() - s * 0.36, c.y() - s * 0.2, s * 0.72, s * 0.5), s * 0.08, s * 0.08)
    p.drawEllipse(QPointF(c.x(), c.y() + s * 0.05), s * 0.13, s * 0.13)
    p.drawLine(QPointF(c.x() - s * 0.12, c.y() - s * 0.28), QPointF(c.x() + s * 0.12, c.y() - s * 0.28))


def _play(p: QPainter, c: QPointF, s: float) -> None:
    path = QPainterPath()
    path.moveTo(c.x() - s * 0.22, c.y() - s * 0.32)
    path.lineTo(c.x() + s * 0.3, c.y())
    path.lineTo(c.x() - s * 0.22, c.y() + s * 0.32)
    path.closeSubpath()
    p.drawPath(path)


def _card(p: QPainter, c: QPointF, s: float) -> None:
    p.drawRoundedRect(QRectF(c.x() - s * 0.32, c.y() - s * 0.25, s * 0.64, s * 0.5), s * 0.08, s * 0.08)
    p.drawLine(QPointF(c.x() - s * 0.32, c.y() - s * 0.05), QPointF(c.x() + s * 0.32, c.y() - s * 0.05))


# Words in an app or tab name, and the outline icon that goes with them (first match wins).
_ICONS = (
    (("trang chủ", "home", "màn hình chính"), _house),
    (("cá nhân", "tài khoản", "personal", "account", "profile"), _person),
    (("tin nhắn", "message", "chat", "zalo"), _bubble),
    (("qr", "quét", "scan"), _qr),
    (("chuyển", "transfer", "thanh toán", "pay"), _arrows),
    (("lịch sử", "history", "giao dịch"), _clock),
    (("cài đặt", "settings", "thiết lập"), _gear),
    (("máy ảnh", "camera", "ảnh"), _camera),
    (("ch play", "play", "cửa hàng", "store"), _play),
)


def draw_nav_icon(painter: QPainter, rect: QRectF, label: str, color: QColor) -> None:
    """A small outline icon for an app tile or a bottom-bar item, chosen from its words."""
    folded = label.casefold()
    size = min(rect.width(), rect.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _stroke(painter, color, max(1.8, size / 12))
    if any(k in folded for k in ("điện thoại", "phone", "gọi", "call")):
        draw_handset(painter, rect.adjusted(size * 0.1, size * 0.1, -size * 0.1, -size * 0.1), color)
    else:
        draw = next((icon for words, icon in _ICONS if any(w in folded for w in words)), _card)
        draw(painter, rect.center(), size)
    painter.restore()


def draw_status_icons(painter: QPainter, right: float, mid: float, h: float, color: QColor) -> None:
    """Signal bars, Wi-Fi and a battery, drawn right to left ending at `right`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    body = QRectF(right - h * 1.25, mid - h * 0.3, h * 1.1, h * 0.6)
    painter.drawRoundedRect(body, 2, 2)
    painter.fillRect(QRectF(body.right(), mid - h * 0.12, h * 0.12, h * 0.24), color)
    painter.fillRect(body.adjusted(2.5, 2.5, -2.5 - body.width() * 0.25, -2.5), color)
    x = body.left() - h * 0.5
    _stroke(painter, color, max(1.6, h / 9))
    for radius in (0.15, 0.32, 0.5):
        arc = QRectF(x - h * radius, mid + h * 0.3 - h * radius, 2 * h * radius, 2 * h * radius)
        painter.drawArc(arc, 50 * 16, 80 * 16)
    x -= h * 1.25
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    for index in range(4):
        bar_h = h * (0.22 + 0.16 * index)
        painter.drawRect(QRectF(x + index * h * 0.22, mid + h * 0.32 - bar_h, h * 0.14, bar_h))
    painter.restore()
