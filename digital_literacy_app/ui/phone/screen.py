"""The glass of the simulated phone showing one practice screen.

Top to bottom: the status bar (time, signal, Wi-Fi, battery), the app bar with the app's
name, the screen's elements in a scroll area (large text may need it), bottom navigation
bars, and the gesture bar. Dialogs, the hint bubble and the "show me" ring lie on top.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from digital_literacy_app.core.records import Screen
from digital_literacy_app.ui.phone.elements import CallPanel, make_label
from digital_literacy_app.ui.phone.factory import ElementFactory
from digital_literacy_app.ui.phone.taps import KEYBOARD_REASONS
from digital_literacy_app.ui.phone.in_view import all_fit, bring_into_view, whole_in_view
from digital_literacy_app.ui.phone.overlays import (
    DialogOverlay,
    HighlightRing,
    HintBubble,
    ScrollCue,
)
from digital_literacy_app.ui.phone.paint import draw_focus_ring, draw_status_icons
from digital_literacy_app.ui.phone.style import PhoneLook, app_colour, scroll_bar_sheet

STATUS_TIME = "09:41"  # a fixed time keeps screenshots and handouts identical


def screen_words(screen: Screen, lang: str, limit: int = 400) -> str:
    """What a phone screen says, in order (its app, headings, texts, a message, a dialog):
    the description of the screen's message, and the announcement of a new screen."""
    parts = [screen.app.get(lang)] if screen.app is not None else []
    for element in screen.elements:
        for attribute in ("sender", "caller", "title", "text", "caption"):
            value = getattr(element, attribute, None)
            if value is not None and hasattr(value, "get") and value.get(lang):
                parts.append(value.get(lang))
    said = ". ".join(part.strip().rstrip(".") for part in parts if part.strip())
    return said if len(said) <= limit else said[: limit - 1] + "\u2026"


class ScreenScroll(QScrollArea):
    """The scrolling part of a screen, which is also the screen's message: it takes the focus
    before any element, named "Phone screen" and described by what the screen says, so a
    screen reader reads the screen before its choices. Tab from it goes to the first safe
    element (see `ScreenDisplay.first_safe_element`)."""

    def __init__(self, display: "ScreenDisplay"):
        super().__init__(display)
        self.display = display
        self.keyboard_focus = False

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.keyboard_focus = event.reason() in KEYBOARD_REASONS
        self.display.show_message_ring(self.keyboard_focus)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.display.show_message_ring(False)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        target = self.display.first_safe_element() if forward and self.hasFocus() else None
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().focusNextPrevChild(forward)


class MessageRing(QWidget):
    """The focus ring round the screen's message, drawn over it (a border would move it)."""

    def __init__(self, look: PhoneLook, parent: QWidget):
        super().__init__(parent)
        self.look = look
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        draw_focus_ring(QPainter(self), QRectF(self.rect()), 8, self.look.palette)


class StatusBar(QWidget):
    """Time on the left, the camera in the middle, signal, Wi-Fi and battery on the right."""

    def __init__(self, background: str, ink: str, look: PhoneLook, parent=None):
        super().__init__(parent)
        self.background, self.ink, self.look = QColor(background), QColor(ink), look
        self.setFixedHeight(30)
        self.setAccessibleName(STATUS_TIME)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.background)
        font = self.look.font("status")
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(self.ink)
        painter.drawText(QRect(22, 0, 80, self.height()), Qt.AlignmentFlag.AlignVCenter, STATUS_TIME)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#0a0a0a"))
        painter.drawEllipse(QRectF(self.width() / 2 - 6, self.height() / 2 - 6, 12, 12))
        draw_status_icons(painter, self.width() - 20, self.height() / 2, 16, self.ink)


class AppBar(QWidget):
    """The coloured bar with the app's name, as at the top of a real app."""

    def __init__(self, name: str, background: str, ink: str, look: PhoneLook, parent=None):
        super().__init__(parent)
        self.background = QColor(background)
        self.look = look
        layout = QHBoxLayout(self)
        layout.setContentsMargins(look.px(18), look.px(10), look.px(18), look.px(12))
        self.title = make_label(name, look, "appbar", ink, self)
        layout.addWidget(self.title)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.background)
        if self.look.palette.high_contrast:
            painter.fillRect(0, self.height() - 2, self.width(), 2, self.look.color("divider"))


class GestureBar(QWidget):
    """The strip with the home pill at the bottom of a modern phone."""

    def __init__(self, look: PhoneLook, background: str, parent=None):
        super().__init__(parent)
        self.look = look
        self.background = background
        self.setFixedHeight(22)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.look.color(self.background))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.look.color("call_text" if self.background == "call_bg_end" else "text"))
        painter.drawRoundedRect(QRectF(self.width() / 2 - 55, 9, 110, 5), 2.5, 2.5)


class ScreenDisplay(QWidget):
    """One practice screen, built once; a new screen gets a new display."""

    def __init__(self, screen: Screen, look: PhoneLook, on_tap: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.screen = screen
        self.look = look
        self.factory = ElementFactory(look, on_tap)
        self.bubble: HintBubble | None = None
        self.ring: HighlightRing | None = None
        # What the step needs on this screen (the phone sets it): the hint bubble leaves room for it.
        self.needed: Callable[[], list[QWidget]] = list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.status = self._status_and_app_bars(layout)
        self.scroll, pinned, dialogs = self._content(layout)
        self.navs = [self.factory.call_buttons(e) if e.type == "call" else self.factory.nav_bar(e)
                     for e in pinned]
        for nav in self.navs:
            layout.addWidget(nav)
        self.gesture = GestureBar(look, "call_bg_end" if self.has_call else "surface", self)
        layout.addWidget(self.gesture)
        self.dialog = None
        if dialogs:
            self.dialog = DialogOverlay([self.factory.dialog(d) for d in dialogs], look, self)
            for covered in [self.scroll, *self.navs]:
                covered.setEnabled(False)  # under a modal dialog nothing else can be tapped
        self.widgets = self.factory.widgets
        self.message_ring = MessageRing(look, self)
        scrolls = [self.dialog.scroll] if self.dialog is not None else [self.scroll]  # what can be seen
        self.cues = [ScrollCue(scroll, downward, look, self) for scroll in scrolls for downward in (False, True)]
        self.content_resized: Callable[[], None] | None = None  # the phone keeps its element in view
        for scroll in scrolls:
            scroll.widget().installEventFilter(self)
            scroll.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def _range_changed(self, *_args) -> None:
        """Text that wrapped anew made the screen longer or shorter after it was scrolled."""
        if self.content_resized is not None:
            self.content_resized()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """A scrolling part whose content was laid out anew (a scroll bar came and narrowed
        it, so a grid of tiles took another shape) may have moved the needed element away."""
        if event.type() == QEvent.Type.Resize and self.content_resized is not None:
            self.content_resized()
        return False

    def bring_into_view(self, wanted: list[QWidget]) -> None:
        """Scroll so each of `wanted` is whole in view, clear of the scroll arrows; where not
        all fit, the first wins (the box to fill before the button that sends it)."""
        bring_into_view(wanted, self, ScrollCue.height_for(self.look) + self.look.px(8))
        self.place_overlays()

    def fits(self, wanted: list[QWidget]) -> bool:
        """Whether each of `wanted` can be shown whole (clear of the scroll arrows), and a
        dialog whole with all its buttons: else the phone's text must be smaller."""
        if self.dialog is not None and not self.dialog.fits():
            return False
        return all_fit(wanted, self, ScrollCue.height_for(self.look) + self.look.px(8))

    def in_view(self, widget: QWidget) -> bool:
        """Whether `widget` is whole inside every scrolling part that holds it, and the glass."""
        return whole_in_view(widget, self)

    def has_message(self) -> bool:
        """Whether the screen says anything to read before its elements."""
        return self.dialog is None and bool(self.scroll.accessibleDescription())

    def first_safe_element(self) -> QWidget | None:
        """The first element that can take the focus and is not a dangerous choice (one with
        a warning: the scam link, "Vẫn chuyển tiền"); a dangerous one only if nothing else is."""
        unsafe = {e.id for e in self.screen.tappables() if e.warning is not None}
        reachable = [(element_id, widget) for element_id, widget in self.widgets.items()
                     if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus]
        safe = [widget for element_id, widget in reachable if element_id not in unsafe]
        return (safe or [widget for _, widget in reachable] or [None])[0]

    def show_message_ring(self, shown: bool) -> None:
        self.message_ring.setGeometry(self.scroll.geometry())
        self.message_ring.setVisible(shown)
        self.message_ring.raise_()

    def _status_and_app_bars(self, layout: QVBoxLayout) -> StatusBar:
        palette = self.look.palette
        name = self.factory.say(self.screen.app)
        if palette.high_contrast:
            bar, ink = palette.screen, palette.text
        elif name:
            bar, ink = app_colour(name), "#ffffff"
        else:
            bar, ink = palette.screen, palette.text
        status = StatusBar(bar, ink, self.look, self)
        layout.addWidget(status)
        self.app_bar = None
        if name:
            self.app_bar = AppBar(name, bar, palette.link if palette.high_contrast else ink, self.look, self)
            layout.addWidget(self.app_bar)
        return status

    def _content(self, layout: QVBoxLayout) -> tuple[QScrollArea, list, list]:
        scroll = ScreenScroll(self)
        scroll.setObjectName("screen-message")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The screen's message: focused before its elements (see ScreenScroll); every focus
        # change scrolls its element into view, and Page Up / Page Down pressed on any
        # element still reach the scroll area.
        scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        scroll.setAccessibleName(QCoreApplication.translate("Phone", "Phone screen"))
        scroll.setAccessibleDescription(screen_words(self.screen, self.look.lang))
        scroll.verticalScrollBar().setStyleSheet(scroll_bar_sheet(self.look.palette))
        content = QWidget()
        content.setObjectName("phone-content")
        content.setAutoFillBackground(True)
        colours = content.palette()
        colours.setColor(QPalette.ColorRole.Window, self.look.color("screen"))
        content.setPalette(colours)
        scroll.viewport().setAutoFillBackground(True)
        scroll.viewport().setPalette(colours)
        column = QVBoxLayout(content)
        column.setSpacing(0)
        pinned, dialogs = [], []
        for element in self.screen.elements:
            if element.type in ("nav", "call"):
                pinned.append(element)  # bottom bars and call buttons stay in sight, under the scroll
            if element.type == "dialog":
                dialogs.append(element)
                continue
            widget = self.factory.build(element)
            if widget is not None:
                column.addWidget(widget, 1 if isinstance(widget, CallPanel) else 0)
        self.has_call = any(e.type == "call" for e in self.screen.elements)
        column.setContentsMargins(0, 0, 0, 0 if self.has_call else self.look.px(8))
        if not self.has_call:
            column.addStretch(1)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        return scroll, pinned, dialogs

    def share_height(self) -> None:
        """Tell the bars pinned under the screen how tall they may be at this size, so that
        the scrolling part keeps at least its smallest height (see `IconGrid.room`)."""
        width = self.width()
        used = self.status.height() + self.gesture.height() + self.scroll.minimumSizeHint().height()
        if self.app_bar is not None:
            used += self.app_bar.layout().totalHeightForWidth(width)
        left = self.height() - used
        for nav in self.navs:
            margins = nav.layout().contentsMargins()
            nav.grid.room = max(0, left - margins.top() - margins.bottom())
            nav.grid.updateGeometry()
            left -= nav.layout().totalHeightForWidth(width)

    # --- overlays -----------------------------------------------------------------------
    def set_hint(self, text: str | None, warning: bool, on_close: Callable[[], None]) -> None:
        if self.bubble is not None:
            self.bubble.hide()
            self.bubble.deleteLater()
            self.bubble = None
        if text:
            self.bubble = HintBubble(text, warning, self.look, self)
            self.bubble.closed.connect(on_close)
            self.bubble.show()
        self.place_overlays()  # a bubble gone gives its room back

    def set_highlight(self, target: QWidget | None) -> None:
        if self.ring is not None:
            self.ring.animation.stop()
            self.ring.hide()
            self.ring.deleteLater()
            self.ring = None
        if target is None:
            self.place_overlays()
            return
        self.ring = HighlightRing(target, self.look, self)
        self.ring.show()
        self.bring_into_view([target])  # clear of the arrows, in the screen or in a pop-up

    def place_overlays(self) -> None:
        below_status = QRect(0, self.status.height(), self.width(), self.height() - self.status.height())
        if self.dialog is not None:
            self.dialog.setGeometry(below_status)
            self.dialog.raise_()
        if self.bubble is not None:
            self._place_bubble()
        elif self.dialog is None:
            self._make_room(0)
        if self.ring is not None:
            self.ring.follow()
        if self.message_ring.isVisible():
            self.message_ring.setGeometry(self.scroll.geometry())
        for cue in getattr(self, "cues", ()):
            cue.follow()

    def _place_bubble(self) -> None:
        """Dock the bubble at the top of the screen, under the status bar, and move what it
        would cover below it: a hint never hides the element it speaks of, nor the text the
        step asks the learner to check (the recipient's name above the amount): that text
        is at most scrolled, never under the bubble. The bubble takes the room the element
        the step needs leaves (`needed`): the whole hint where it fits (a long one's letters
        shrink a little, then it scrolls: `HintBubble.fit`), else only its title, which
        points to the same words beside the phone, else nothing in the phone at all."""
        margin = self.look.px(8)
        seen = self.dialog.geometry() if self.dialog is not None else self.scroll.geometry()
        top = self.status.height()
        width = self.width() - 2 * margin
        inside = self.dialog.scroll if self.dialog is not None else self.scroll
        keep = max([w.height() for w in self.needed() if w.isVisible() and inside.isAncestorOf(w)] + [0])
        keep = keep + ScrollCue.height_for(self.look) + 2 * margin if keep else self.look.px(48)
        if self.dialog is not None:
            keep += 2 * self.dialog.margin()  # the pop-up's card sits inside its shade
        room = seen.bottom() - top - keep - 2 * margin
        bubble = self.bubble
        bubble.set_compact(False)
        if bubble.least_height(width) > room:
            bubble.set_compact(True)
        if bubble.isHidden() != (bubble.compact_height(width) > room):
            bubble.setVisible(bubble.compact_height(width) <= room)
        if bubble.isHidden():
            self._make_room(0)
            return
        if not bubble.scroll.isHidden():
            bubble.fit(width, room)
        height = min(bubble.heightForWidth(width), room) if not bubble.scroll.isHidden() else \
            bubble.compact_height(width)
        bubble.setGeometry(QRect(margin, top + margin, width, height))
        self._make_room(max(0, top + height + 2 * margin - seen.top()))
        bubble.raise_()
        if self.ring is not None:
            self.ring.raise_()

    def _make_room(self, top: int) -> None:
        """Start what can be seen `top` pixels lower (0: the whole height again)."""
        if self.dialog is not None:
            self.dialog.setGeometry(self.dialog.geometry().adjusted(0, top, 0, 0))
        else:
            self.scroll.setViewportMargins(0, top, 0, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.place_overlays()
