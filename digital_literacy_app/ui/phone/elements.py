"""The pieces a practice screen is built from (by factory.py): labels, cards, images,
header, icon grids, nav bar, call panel and buttons, SMS and dialog cards. Layout only:
what a tap means is decided by the lesson player and the core.
"""

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from digital_literacy_app.ui import accessible_roles
from digital_literacy_app.ui.phone.icons import CallButton, LabelledIcon, NavItem
from digital_literacy_app.ui.phone.paint import draw_back_arrow, draw_text
from digital_literacy_app.ui.phone.style import PhoneLook, app_colour
from digital_literacy_app.ui.phone.taps import MIN_TAP, LinkButton, PhoneButton
from digital_literacy_app.ui.phone.text import PhoneText

TEXT_ROLES = {"": "body", "normal": "body", "title": "title", "small": "small",
              "warning": "body", "amount": "amount"}


def make_label(text: str, look: PhoneLook, role: str, colour: str, parent: QWidget | None = None,
               **box) -> PhoneText:
    """Wrapped phone text in a role's font; `box` may add background, border, bar and pad."""
    return PhoneText(text, look, role, colour, parent, **box)


def inset(widget: QWidget, look: PhoneLook, horizontal: int = 14, vertical: int = 6) -> QWidget:
    """Wrap a widget with the screen's side margins (headers and call panels go edge to edge)."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(look.px(horizontal), look.px(vertical), look.px(horizontal), look.px(vertical))
    layout.addWidget(widget)
    return holder


class Painted(QWidget):
    """A small widget drawn by a function: the back arrow of a header, a sender's avatar."""

    def __init__(self, size: int, paint: Callable[[QPainter, QRectF], None], parent=None):
        super().__init__(parent)
        self.setFixedSize(size, size)
        self._paint = paint

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, QRectF(self.rect()))


def avatar(name: str, size: int, look: PhoneLook, parent=None) -> Painted:
    """A round avatar with the first letter of a name, as messages and call apps show."""
    initial = (name.strip()[:1] or "?").upper()

    def paint(painter: QPainter, rect: QRectF) -> None:
        hc = look.palette.high_contrast
        painter.setBrush(QColor("#000000" if hc else app_colour(name)))
        painter.setPen(QColor("#ffffff") if hc else Qt.PenStyle.NoPen)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        font = look.font("title")
        font.setPixelSize(max(10, int(rect.height() * 0.45)))
        draw_text(painter, rect, initial, font, QColor("#ffffff"), Qt.AlignmentFlag.AlignHCenter)
    return Painted(size, paint, parent)


class Card(QFrame):
    """A rounded surface (list, message bubble, dialog) whose colours follow the theme."""

    def __init__(self, look: PhoneLook, background: str | None = None, radius: int = 14,
                 name: str = "card", parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        palette = look.palette
        border = f"2px solid {palette.divider}" if palette.high_contrast else f"1px solid {palette.divider}"
        self.setStyleSheet(f"QFrame#{name} {{ background: {background or palette.surface};"
                           f" border: {border}; border-radius: {radius}px; }}")


class ImageView(QWidget):
    """A lesson picture (SVG or PNG), scaled to the width and never taller than `max_height`;
    a graphic named with its `alt` text for screen readers."""

    def __init__(self, path: Path, max_height: int, alt: str = "", parent=None):
        super().__init__(parent)
        accessible_roles.install()
        self.setAccessibleName(alt)
        self.max_height = max_height
        self.renderer = None
        self.pixmap = None
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgRenderer  # lazy: most screens have no picture
            self.renderer = QSvgRenderer(str(path), self)
            natural = self.renderer.defaultSize()
        else:
            self.pixmap = QPixmap(str(path))
            natural = self.pixmap.size()
        self.aspect = natural.height() / natural.width() if natural.width() > 0 else 0.6
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(self.max_height, int(width * self.aspect))

    def sizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(300))

    def paintEvent(self, event) -> None:
        width = min(self.width(), self.height() / self.aspect if self.aspect else self.width())
        height = width * self.aspect
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self.renderer is not None:
            self.renderer.render(painter, target)
        elif self.pixmap is not None and not self.pixmap.isNull():
            painter.drawPixmap(target, self.pixmap, QRectF(self.pixmap.rect()))


accessible_roles.register(ImageView, accessible_roles.GRAPHIC)


class HeaderBar(QWidget):
    """The white title bar inside an app screen, with a back arrow when the lesson asks."""

    def __init__(self, text: str, back: bool, look: PhoneLook, parent=None):
        super().__init__(parent)
        self.look = look
        layout = QHBoxLayout(self)
        layout.setContentsMargins(look.px(12), look.px(10), look.px(14), look.px(10))
        layout.setSpacing(look.px(10))
        if back:
            arrow = Painted(look.px(28), lambda p, r: draw_back_arrow(p, r, look.color("text")), self)
            arrow.setAccessibleName(QCoreApplication.translate("Phone", "Back"))
            layout.addWidget(arrow, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title = make_label(text, look, "header", look.palette.text, self)
        layout.addWidget(self.title, 1)
        self.setMinimumHeight(MIN_TAP)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.look.color("surface"))
        painter.fillRect(0, self.height() - 1, self.width(), 1, self.look.color("divider"))


class IconGrid(QWidget):
    """Icons with their names in rows, as many to a row as fit; subclasses say how many at most.

    A name's word never breaks: names shrink a little to keep their words whole (see
    `LabelledIcon`), and a row takes fewer, wider icons while some word still does not fit.
    All names of a grid share one size, the smallest any of them needs, as the names on a
    real phone are all one size.
    """

    centre_rows = False  # a short last row is centred rather than left-aligned
    room: int | None = None  # the most height a grid pinned under the screen may take

    def __init__(self, tiles: list[LabelledIcon], look: PhoneLook, parent=None):
        super().__init__(parent)
        self.tiles = tiles
        self.look = look
        for tile in tiles:
            tile.setParent(self)
        # Preferred, not Fixed: a Fixed widget is never taller than its sizeHint, and the rows
        # here grow when a narrower phone puts fewer icons in a row.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def most_columns(self, width: int) -> int:
        raise NotImplementedError

    def columns(self, width: int) -> int:
        """`most_columns`, or fewer (down to one) while some name has a word too wide for its
        tile even in the smallest font allowed."""
        for count in range(self.most_columns(width), 1, -1):
            if all(tile.words_fit(width // count) for tile in self.tiles):
                return count
        return 1

    def _layout(self, width: int) -> tuple[int, float, list[tuple[list[LabelledIcon], int]]]:
        """(tile width, the names' one point size, rows with their heights) at `width`.

        A grid with a `room` (the call buttons under a call) shrinks its names further,
        within their floor, until the rows fit it: long labels must not push the call
        itself off the screen."""
        cols = self.columns(width)
        tile_w = width // cols
        points = min((tile.fitted_font(tile_w).pointSizeF() for tile in self.tiles), default=0.0)
        floor = max((tile.look.smallest(tile.role) for tile in self.tiles), default=0.0)
        while True:
            rows = []
            for start in range(0, len(self.tiles), cols):
                row = self.tiles[start:start + cols]
                rows.append((row, max(t.height_for(tile_w, points) for t in row)))
            if self.room is None or sum(h for _, h in rows) <= self.room or points <= floor:
                return tile_w, points, rows
            points = max(floor, points - 0.5)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return sum(height for _, height in self._layout(width)[2])

    def sizeHint(self) -> QSize:
        width = self.look.px(330)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        tile_w, points, rows = self._layout(self.width())
        y = 0
        for row, height in rows:
            left = (self.width() - tile_w * len(row)) // 2 if self.centre_rows else 0
            for index, tile in enumerate(row):
                tile.shared_points = points
                tile.setGeometry(left + index * tile_w, y, tile_w, height)
                tile.update()
            y += height


class AppGrid(IconGrid):
    """App tiles on a home screen: up to four a row, fewer when the text is large."""

    def most_columns(self, width: int) -> int:
        return max(2, min(4, width // self.look.px(100)))


class CallButtonGrid(IconGrid):
    """The buttons of a call: up to three a row, sharing the row, the last row centred."""

    centre_rows = True

    def most_columns(self, width: int) -> int:
        return max(1, min(3, len(self.tiles)))


class NavGrid(IconGrid):
    """The items of a bottom bar, all in one row unless a name cannot fit its share."""

    centre_rows = True

    def most_columns(self, width: int) -> int:
        return max(1, len(self.tiles))


class NavBar(QWidget):
    """The bottom navigation bar of an app, pinned under the scrolling content."""

    def __init__(self, items: list[NavItem], look: PhoneLook, parent=None):
        super().__init__(parent)
        self.look = look
        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.px(4), 2, look.px(4), 0)
        self.grid = NavGrid(items, look, self)
        layout.addWidget(self.grid)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.look.color("surface"))
        painter.fillRect(0, 0, self.width(), 2 if self.look.palette.high_contrast else 1,
                         self.look.color("divider"))


class CallPanel(QWidget):
    """An incoming call: who calls, the number and what they say. Its buttons are pinned
    below the scrolling part (`CallButtons`), so they stay in sight at any text size."""

    def __init__(self, caller: str, number: str, note: str, look: PhoneLook, parent=None):
        super().__init__(parent)
        self.look = look
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        pad = look.px(18)
        layout.setContentsMargins(pad, look.px(24), pad, look.px(12))
        layout.setSpacing(look.px(8))
        layout.addWidget(avatar(caller, look.px(64), look, self), 0, Qt.AlignmentFlag.AlignHCenter)
        for text, role, colour in ((caller, "caller", look.palette.call_text),
                                   (number, "body", look.palette.call_muted),
                                   (note, "body", look.palette.call_muted)):
            if text:
                label = make_label(text, look, role, colour, self)
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                layout.addWidget(label)
        layout.addStretch(1)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0, self.look.color("call_bg"))
        gradient.setColorAt(1, self.look.color("call_bg_end"))
        painter.fillRect(self.rect(), gradient)


class CallButtons(QWidget):
    """The round answer / hang-up buttons of a call, pinned under the call's scrolling part."""

    def __init__(self, buttons: list[CallButton], look: PhoneLook, parent=None):
        super().__init__(parent)
        self.look = look
        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.px(10), look.px(4), look.px(10), look.px(8))
        self.grid = CallButtonGrid(buttons, look, self)
        layout.addWidget(self.grid)

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), self.look.color("call_bg_end"))


class SmsCard(QWidget):
    """A received text message: sender and time above a grey bubble with the underlined link."""

    def __init__(self, sender: str, time: str, text: str, link: LinkButton | None, look: PhoneLook,
                 parent=None):
        super().__init__(parent)
        palette = look.palette
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(look.px(6))
        top = QHBoxLayout()
        top.setSpacing(look.px(10))
        top.addWidget(avatar(sender, look.px(40), look, self))
        top.addWidget(make_label(sender, look, "button", palette.text, self), 1)
        if time:
            top.addWidget(make_label(time, look, "small", palette.muted, self), 0)
        layout.addLayout(top)
        self.bubble = Card(look, palette.bubble, look.px(18), "bubble", self)
        inner = QVBoxLayout(self.bubble)
        inner.setContentsMargins(look.px(14), look.px(10), look.px(8), look.px(8))
        inner.setSpacing(look.px(2))
        inner.addWidget(make_label(text, look, "body", palette.text, self.bubble))
        if link is not None:
            link.setParent(self.bubble)
            inner.addWidget(link)
        layout.addWidget(self.bubble)


class DialogCard(Card):
    """A system dialog: title, text and its buttons, shown over the dimmed screen."""

    def __init__(self, title: str, text: str, buttons: list[PhoneButton], look: PhoneLook, parent=None,
                 warns: bool = False):
        super().__init__(look, None, look.px(22), "dialog", parent)
        self.warns = warns  # holds a dangerous choice: heard as an alert, not a plain dialog
        layout = QVBoxLayout(self)
        pad = look.px(18)
        layout.setContentsMargins(pad, pad, pad, look.px(12))
        layout.setSpacing(look.px(10))
        if title:
            layout.addWidget(make_label(title, look, "header", look.palette.text, self))
        if text:
            layout.addWidget(make_label(text, look, "body", look.palette.text, self))
        for button in buttons:
            button.setParent(self)
            layout.addWidget(button)
        # The message is read before any choice: the card takes the focus first (named with
        # its title, described by its text), and Tab goes on to its buttons.
        accessible_roles.install()  # the Dialog role (ui/accessible_roles.py)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title or text)
        self.setAccessibleDescription(text if title else "")
        chain = [self, *buttons]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)


accessible_roles.register(DialogCard, accessible_roles.DIALOG)
