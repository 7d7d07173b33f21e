"""The simulated phone a learner practises on.

`PhoneView` draws a practice step's declared screens inside a phone case and reports every
tap on a tappable element through `tapped(screen_id, element_id)`, right or wrong. It
decides nothing and records nothing: the lesson player asks the core what a tap means,
then calls `show_screen`, `show_hint` or `highlight`. Typed text and ticks are read with
`field_values()` when the player records a tap.

The phone keeps its case at about 380 × 760 pixels and fits whatever room it is given;
the learner's text size grows the text on the phone (the case widens with it, and in a
room too short for a tall phone it stays wide and gets squatter rather than narrower), and
the screen scrolls when the text no longer fits.

Everything on the phone comes from the lesson, in `lang`, except its own few words ("Hint",
"Got it", the "SAMPLE – NOT PAYABLE" banner, names for screen readers). Those are interface
text: translated through Qt (context "Phone", assets/translations), they follow the
interface language installed by `i18n.set_language`, which the lesson player keeps equal
to `lang`.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QRegion
from PySide6.QtWidgets import QApplication, QLineEdit, QSizePolicy, QWidget

from digital_literacy_app.core.records import PracticeStep
from digital_literacy_app.core.records import right_element, unmet_fields
from digital_literacy_app.ui.phone.elements import DialogCard
from digital_literacy_app.ui.phone.pointer import PointerArrow
from digital_literacy_app.ui.phone.screen import ScreenDisplay
from digital_literacy_app.ui.phone.style import PhoneFonts, PhoneLook, palette_for
from digital_literacy_app.ui.phone.taps import BigCheckBox
from digital_literacy_app.ui.keyboard import focus_reason, keyboard_in_use

PHONE_WIDTH = 380
PHONE_HEIGHT = 760
SQUATTEST = 0.9  # widest case for its height: about an unfolded folding phone
GUTTER = 44  # left of the case: the strip where "Chỉ cho tôi" points in from (ui/phone/pointer.py)
LANGS = ("vi", "en")


class PhoneView(QWidget):
    """A phone showing one practice step's screens; see the module docstring for the contract."""

    tapped = Signal(str, str)

    def __init__(self, step: PracticeStep, lang: str = "vi", parent: QWidget | None = None, *,
                 text_scale: int = 100, high_contrast: bool = False):
        super().__init__(parent)
        self._step = step
        self._lang = lang if lang in LANGS else "vi"
        self._percent = max(100, min(200, int(text_scale)))  # built once in the learner's look
        self._text_percent = self._percent  # see text_percent()
        self._high_contrast = bool(high_contrast)
        self._screen_id = step.start or next(iter(step.screens))
        self._hint: tuple[str, bool] | None = None
        self._highlight: str | None = None
        self._display: ScreenDisplay | None = None
        self._pointer: PointerArrow | None = None
        self._settled = QTimer(self)
        self._settled.setSingleShot(True)
        self._settled.setInterval(0)
        self._settled.timeout.connect(self.keep_in_view)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("Phone", "Practice phone"))
        self._rebuild(keep_state=False)

    # --- the contract ---------------------------------------------------------------------
    def show_screen(self, screen_id: str) -> None:
        """Show another screen of the step; its fields start empty, hint and ring are cleared."""
        if screen_id not in self._step.screens:
            raise KeyError(f"step '{self._step.id}' has no screen '{screen_id}'")
        self._screen_id = screen_id
        self._hint = None
        self._highlight = None
        self._rebuild(keep_state=False)

    def current_screen(self) -> str:
        return self._screen_id

    def field_values(self) -> dict:
        """What the learner typed (str) or ticked (bool), by field id, on this screen."""
        values = {}
        for element in self._step.screens[self._screen_id].fields():
            widget = self._display.widgets.get(element.id)
            if isinstance(widget, QLineEdit):
                values[element.id] = widget.text()
            elif isinstance(widget, BigCheckBox):
                values[element.id] = widget.isChecked()
        return values

    def highlight(self, element_id: str | None) -> None:
        """Ring one element ("Chỉ cho tôi"); None takes the ring away."""
        if element_id is not None and element_id not in self._display.widgets:
            raise KeyError(f"screen '{self._screen_id}' has no element '{element_id}'")
        self._highlight = element_id
        self._mark(self.element_widget(element_id) if element_id else None)

    def show_hint(self, text: str, warning: bool = False) -> None:
        self._hint = (text, warning)
        self._display.set_hint(text, warning, self.clear_hint)

    def clear_hint(self) -> None:
        self._hint = None
        self._display.set_hint(None, False, self.clear_hint)

    def set_lang(self, lang: str) -> None:
        if lang in LANGS and lang != self._lang:
            self._lang = lang
            self.setAccessibleName(QCoreApplication.translate("Phone", "Practice phone"))
            self._rebuild()

    def set_text_scale(self, percent: int) -> None:
        percent = max(100, min(200, int(percent)))
        if percent != self._percent:
            self._percent = percent
            self.updateGeometry()
            self._rebuild()

    def set_high_contrast(self, on: bool) -> None:
        if bool(on) != self._high_contrast:
            self._high_contrast = bool(on)
            self._rebuild()
            self.update()

    def element_widget(self, element_id: str) -> QWidget:
        """The widget of a tappable element or field on this screen (KeyError if none)."""
        return self._display.widgets[element_id]

    # --- conveniences for the player and tests -------------------------------------------
    def hint_text(self) -> str | None:
        return self._hint[0] if self._hint else None

    def highlighted(self) -> str | None:
        return self._highlight

    def focus_first(self, reason: Qt.FocusReason | None = None) -> None:
        """Put the focus on the screen's message (or its dialog), with its ring shown only
        when the person is using the keyboard or a screen reader (see ui/keyboard.py)."""
        target = self.first_focus_target()
        if target is not None:
            target.setFocus(reason if reason is not None else focus_reason())

    def first_focus_target(self) -> QWidget | None:
        """What is read first: a dialog's message before its buttons, else the screen's
        message (its words), else the first element that is not a dangerous choice, so
        neither a keyboard nor a screen reader starts on the unsafe answer."""
        dialogs = self._display.findChildren(DialogCard)
        if dialogs:
            return dialogs[0]
        if self._display.has_message():
            return self._display.scroll
        return self._display.first_safe_element()

    # --- building -----------------------------------------------------------------------
    def _on_tap(self, element_id: str) -> None:
        self.tapped.emit(self._screen_id, element_id)

    def _look(self) -> PhoneLook:
        fonts = PhoneFonts(self.font().family(), self._text_percent)
        return PhoneLook(palette_for(self._high_contrast), fonts, self._lang)

    def _rebuild(self, keep_state: bool = True) -> None:
        """Draw the current screen anew (new language, text size or theme), keeping what was typed."""
        old = self._display
        values = self.field_values() if keep_state and old is not None else {}
        focused = QApplication.focusWidget()
        focus_inside = old is not None and focused is not None and old.isAncestorOf(focused)
        focus_id = self._element_id_of(focused) if focus_inside and keep_state else None
        by_keyboard = focus_inside and getattr(focused, "keyboard_focus", False)
        self._text_percent = self._percent
        self._display = self._new_display(values)
        while self.isVisible() and self._text_percent > 100 and not self._display.fits(self.needed_elements()):
            self._text_percent = max(100, self._text_percent - 25)
            self._display.hide()
            self._display.deleteLater()
            self._display = self._new_display(values)
        self._display.show()
        self.keep_in_view()
        self._display.content_resized = self._content_changed
        self._display.needed = self.needed_elements
        if focus_inside:
            self._move_focus(focus_id, by_keyboard)
        if old is not None:
            old.hide()
            old.deleteLater()  # may be inside its own button's click: never delete at once
        self._mark(self._display.widgets[self._highlight] if self._highlight is not None else None)
        if self._hint is not None:
            self._display.set_hint(*self._hint, self.clear_hint)

    def _new_display(self, values: dict) -> ScreenDisplay:
        display = ScreenDisplay(self._step.screens[self._screen_id], self._look(), self._on_tap, self)
        for element_id, value in values.items():
            widget = display.widgets[element_id]
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setChecked(bool(value))
        for widget in display.widgets.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._field_changed)
            elif isinstance(widget, BigCheckBox):
                widget.toggled.connect(self._field_changed)
        self._display = display
        display.show()  # before it is placed: Qt lays out only what is shown (fits() reads sizes)
        self._place_display()
        return display

    def text_percent(self) -> int:
        """The size of the text on the phone: the learner's, or less where at that size what
        the step needs would be taller than the phone's screen (a small window at 200 %)."""
        return self._text_percent

    def needed_elements(self) -> list[QWidget]:
        """What the step needs on this screen, in the order the learner uses it: the first
        box still to fill (or tick), then the element to tap."""
        screen = self._step.screens[self._screen_id]
        unmet = unmet_fields(screen, self.field_values())[:1]
        right = right_element(self._step, self._screen_id)
        wanted = [*unmet, right] if right is not None else unmet
        return [self._display.widgets[e.id] for e in wanted if e.id in self._display.widgets]

    def keep_in_view(self) -> None:
        """Scroll the phone so what the step needs is in view (at large text or in a small
        window a screen is taller than the phone), unless finding it by scrolling is the
        practice (`learner_scrolls`). The arrows at the edge say there is more."""
        if not self._step.screens[self._screen_id].learner_scrolls:
            self._display.bring_into_view(self.needed_elements())

    def _content_changed(self) -> None:
        """The screen was laid out anew: keep its element in view now, and once more when
        the layout has settled (a grid of tiles places its tiles on a later pass)."""
        self.keep_in_view()
        self._settled.start()

    def _field_changed(self, *_args) -> None:
        """Once every box holds what it should, bring the button that sends them into view."""
        wanted = self.needed_elements()
        if len(wanted) == 1 and not self._step.screens[self._screen_id].learner_scrolls:
            self._display.bring_into_view(wanted)  # scrolls only if it is not clear in view

    def _move_focus(self, focus_id: str | None, by_keyboard: bool) -> None:
        """Keep keyboard users in the phone; a mouse user's focus rests on the phone itself,
        where no ring shows, so no element looks picked out on the new screen."""
        reason = Qt.FocusReason.TabFocusReason if by_keyboard else Qt.FocusReason.MouseFocusReason
        if focus_id in self._display.widgets:
            self._display.widgets[focus_id].setFocus(reason)
        elif by_keyboard or keyboard_in_use():
            self.focus_first(Qt.FocusReason.TabFocusReason)  # the new screen's message or dialog first
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _element_id_of(self, widget: QWidget) -> str | None:
        return next((i for i, w in self._display.widgets.items() if w is widget), None)

    # --- the case -------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(GUTTER + self._case_width(), PHONE_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(GUTTER + 240, 480)

    def case_left(self) -> int:
        """Where the case begins: left of it is the strip the pointer arrow uses."""
        return int(self._case_rect().left())

    def pointer(self) -> "PointerArrow | None":
        """The arrow of "Chỉ cho tôi", while it points."""
        return self._pointer

    def _mark(self, widget: QWidget | None) -> None:
        """Ring `widget` on the screen (scrolled into view) and point the arrow at it; None
        takes both away."""
        self._display.set_highlight(widget)
        if self._pointer is not None:
            self._pointer.stop()
            self._pointer = None
        if widget is not None:
            self._pointer = PointerArrow(widget, self._display, palette_for(self._high_contrast), self)
            self._pointer.show()

    def _case_width(self) -> int:
        return PHONE_WIDTH + round((self._percent - 100) * 1.4)

    def _least_width(self) -> float:
        """How narrow the case may get in a short room: at 100 % text to four fifths of its
        hinted width (room for a bottom bar of three names); at 200 % not at all, since the
        learner's large letters need that room whatever the height."""
        return self._case_width() * (0.8 + 0.2 * (self._percent - 100) / 100)

    def _case_rect(self) -> QRectF:
        """The largest phone of the hinted proportions that fits, centred; in a room too
        short for those proportions, a squatter phone (as wide as a folding one at most)
        rather than a narrower one, so large text keeps its room."""
        aspect = self._case_width() / PHONE_HEIGHT
        room = QRectF(self.rect()).adjusted(4 + GUTTER, 4, -4, -4)
        width = min(room.width(), max(room.height() * aspect, self._least_width()))
        height = min(room.height(), width / aspect)
        width = min(width, height * SQUATTEST)
        return QRectF(room.center().x() - width / 2, room.center().y() - height / 2, width, height)

    def _bezel(self) -> float:
        return max(8.0, self._case_rect().width() * 0.03)

    def _place_display(self) -> None:
        case = self._case_rect()
        bezel = self._bezel()
        glass = case.adjusted(bezel, bezel, -bezel, -bezel).toRect()
        self._display.setGeometry(glass)
        path = QPainterPath()
        radius = case.width() * 0.11 - bezel
        path.addRoundedRect(QRectF(0, 0, glass.width(), glass.height()), radius, radius)
        self._display.setMask(QRegion(path.toFillPolygon().toPolygon()))
        self._display.share_height()
        self._display.layout().activate()
        self._display.scroll.widget().layout().activate()
        # The scroll areas size their content on posted layout requests (a scroll bar that
        # appears narrows the content and text wraps taller): settle them before measuring.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._display.place_overlays()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._display is None:
            return
        self._place_display()
        if self._text_percent < self._percent or not self._display.fits(self.needed_elements()):
            self._rebuild()  # the room changed: the text may now fit larger, or must be smaller
        else:
            self.keep_in_view()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Built while hidden (a new step), the screen could not be measured: measure it now."""
        super().showEvent(event)
        if self._display is not None and not event.spontaneous():
            self._place_display()
            if self._text_percent == self._percent and not self._display.fits(self.needed_elements()):
                self._rebuild()
            else:
                self.keep_in_view()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        case = self._case_rect()
        palette = palette_for(self._high_contrast)
        radius = case.width() * 0.11
        painter.setBrush(QColor("#5a6069") if not palette.high_contrast else QColor("#ffffff"))
        painter.setPen(Qt.PenStyle.NoPen)
        for top, length in ((0.18, 0.09), (0.3, 0.06)):  # power and volume keys
            painter.drawRoundedRect(QRectF(case.right() - 2, case.top() + case.height() * top, 4,
                                           case.height() * length), 2, 2)
        painter.setBrush(palette.color("body"))
        painter.setPen(QPen(QColor("#ffffff"), 2) if palette.high_contrast else Qt.PenStyle.NoPen)
        painter.drawRoundedRect(case.adjusted(1, 1, -1, -1), radius, radius)
