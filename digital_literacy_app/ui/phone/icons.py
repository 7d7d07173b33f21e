"""Tappable icons with a name under them: app tiles, bottom-bar items, call buttons.

Like every tap target (taps.py) they are real focusable buttons; the name under an icon
breaks only between words and never touches its neighbour's.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from digital_literacy_app.ui.phone.paint import (
    draw_dots,
    draw_handset,
    draw_nav_icon,
    draw_text,
    font_fitting_words,
    text_height,
    widest_word,
    wrapped_lines,
)
from digital_literacy_app.ui.phone.style import PhoneLook, app_colour
from digital_literacy_app.ui.phone.taps import (
    CENTER,
    LABEL_PAD,
    MIN_TAP,
    RING,
    TapTarget,
)


class LabelledIcon(TapTarget):
    """A tappable icon with its name centred under it: app tiles, bottom-bar items, call buttons.

    The name breaks only between words. When its longest word is wider than the tile, the
    name's font shrinks (no further than `PhoneLook.smallest`) until the word fits, so
    "Messages" never reads "Messag es" at 200 % text; it is never cut short. A grid whose
    names still do not fit uses fewer, wider tiles (`IconGrid.columns`).
    """

    ring_inside = True
    radius = 14.0
    role = "tile"  # the font role of the name
    label_pad = LABEL_PAD
    shared_points: float | None = None  # set by its grid, so that all the grid's names are one size

    def icon_size(self) -> int:
        raise NotImplementedError

    def gap(self) -> int:
        """Room between the icon and the name."""
        raise NotImplementedError

    def paint_icon(self, painter: QPainter, icon: QRectF) -> None:
        raise NotImplementedError

    def label_colour(self) -> QColor:
        return self.look.color("text")

    # --- the name -------------------------------------------------------------------
    def label_width(self, width: int) -> float:
        return width - 2 * self.label_pad

    def fitted_font(self, width: int) -> QFont:
        """The name's own font in a tile `width` pixels wide, shrunk if a word needs it."""
        return font_fitting_words(self.text(), self.look.font(self.role), self.label_width(width),
                                  self.look.smallest(self.role))

    def label_font(self, width: int | None = None, points: float | None = None) -> QFont:
        """The font the name is drawn in: its fitted font, or smaller `points` (by default
        `shared_points`) so that it matches the other names of its grid."""
        font = self.fitted_font(self.width() if width is None else width)
        points = self.shared_points if points is None else points
        if points is not None and points < font.pointSizeF():
            font = QFont(font)
            font.setPointSizeF(points)
        return font

    def words_fit(self, width: int) -> bool:
        """Does every word of the name fit whole in a tile `width` pixels wide?"""
        return widest_word(self.text(), self.fitted_font(width)) <= self.label_width(width) - 1

    def label_lines(self) -> list[str]:
        """The name's lines as painted at this tile's width."""
        return wrapped_lines(self.text(), self.label_font(), self.label_width(self.width()))

    # --- size and paint ------------------------------------------------------------
    def height_for(self, width: int, points: float | None = None) -> int:
        label = text_height(self.text(), self.label_font(width, points), self.label_width(width))
        return max(MIN_TAP + 2 * RING, RING + self.icon_size() + self.gap() + label + RING)

    def heightForWidth(self, width: int) -> int:
        return self.height_for(width)

    def body_rect(self) -> QRectF:
        return QRectF(self.rect())

    def paint_body(self, painter: QPainter, body: QRectF) -> None:
        size = self.icon_size()
        icon = QRectF(body.center().x() - size / 2, body.top() + RING, size, size)
        self.paint_icon(painter, icon)
        top = icon.bottom() + self.gap()
        label = QRectF(body.left() + self.label_pad, top, self.label_width(int(body.width())), body.bottom() - top)
        draw_text(painter, label, self.text(), self.label_font(int(body.width())), self.label_colour(),
                  CENTER, centre_vertically=False)


class AppTile(LabelledIcon):
    """An app icon with its name under it, as on a phone's home screen."""

    def icon_size(self) -> int:
        return self.look.px(56)

    def gap(self) -> int:
        return self.look.px(8)

    def paint_icon(self, painter: QPainter, icon: QRectF) -> None:
        look, size = self.look, icon.width()
        hc = look.palette.high_contrast
        painter.setBrush(QColor("#000000") if hc else QColor(app_colour(self.text())))
        painter.setPen(QPen(look.color("text"), 2) if hc else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(icon, size * 0.28, size * 0.28)
        draw_nav_icon(painter, icon.adjusted(size * 0.18, size * 0.18, -size * 0.18, -size * 0.18),
                      self.text(), QColor("#ffffff"))


class NavItem(LabelledIcon):
    """One item of the bottom navigation bar: an outline icon over a short label."""

    role = "nav"
    label_pad = 3  # short names in a row of their own: they need less space between them

    def icon_size(self) -> int:
        return self.look.px(30)

    def gap(self) -> int:
        return self.look.px(4)

    def paint_icon(self, painter: QPainter, icon: QRectF) -> None:
        draw_nav_icon(painter, icon, self.text(), self.look.color("muted"))


class CallButton(LabelledIcon):
    """A big round call button (green answer, red hang up, grey other) with its label below."""

    radius = 16.0
    role = "callbutton"

    def __init__(self, label: str, style: str, look: PhoneLook, parent=None):
        super().__init__(label, look, parent)
        self.style_name = style or "secondary"

    def icon_size(self) -> int:
        return min(self.look.px(60), 72)  # the circle stays smallish: the call's text needs the room

    def gap(self) -> int:
        return self.look.px(6)

    def label_colour(self) -> QColor:
        return self.look.color("call_text")

    def paint_icon(self, painter: QPainter, circle: QRectF) -> None:
        look, size = self.look, circle.width()
        fill = {"primary": "answer", "danger": "hang_up"}.get(self.style_name, "call_neutral")
        painter.setBrush(look.color(fill))
        neutral = fill == "call_neutral"
        border = look.palette.high_contrast or neutral
        painter.setPen(QPen(look.color("call_text"), 2) if border else Qt.PenStyle.NoPen)
        painter.drawEllipse(circle)
        glyph = circle.adjusted(size * 0.24, size * 0.24, -size * 0.24, -size * 0.24)
        if neutral:
            draw_dots(painter, glyph, look.color("call_text"))
        else:
            draw_handset(painter, glyph, QColor("#ffffff"), hang_up=self.style_name == "danger")
