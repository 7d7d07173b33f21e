"""Building a practice screen's widgets from the lesson's declarations.

`ElementFactory.build(element)` turns one `Element` into a widget (the pieces live in
elements.py) and registers every tappable part and every field under its id, so the phone
can report taps and read what the learner typed. Layout only: what a tap means is decided
by the lesson player and the core.
"""

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from digital_literacy_app.core.records import Element, Text
from digital_literacy_app.ui.phone.elements import (
    TEXT_ROLES,
    AppGrid,
    CallButtons,
    CallPanel,
    Card,
    DialogCard,
    HeaderBar,
    ImageView,
    NavBar,
    SmsCard,
    inset,
    make_label,
)
from digital_literacy_app.ui.phone.icons import AppTile, CallButton, NavItem
from digital_literacy_app.ui.phone.qr import QrCard
from digital_literacy_app.ui.phone.style import PhoneLook
from digital_literacy_app.ui.phone.taps import (
    MIN_TAP,
    BigCheckBox,
    LinkButton,
    ListRow,
    PhoneButton,
    TapTarget,
)


class ElementFactory:
    """Builds the widgets of one screen and remembers every tappable part and field by id."""

    def __init__(self, look: PhoneLook, on_tap: Callable[[str], None]):
        self.look = look
        self.on_tap = on_tap
        self.widgets: dict[str, QWidget] = {}

    def say(self, text: Text | None) -> str:
        return text.get(self.look.lang) if text is not None else ""

    def _register(self, element: Element, widget: QWidget) -> QWidget:
        if element.id:
            widget.setObjectName(element.id)
            self.widgets[element.id] = widget
        if isinstance(widget, TapTarget) and element.id:
            element_id = element.id
            widget.clicked.connect(lambda: self.on_tap(element_id))
        return widget

    def button(self, element: Element) -> PhoneButton:
        return self._register(element, PhoneButton(self.say(element.label), element.style, self.look))

    def build(self, element: Element) -> QWidget | None:
        """The widget of a flowing element; nav bars, call buttons and dialogs have their own methods."""
        builder = getattr(self, f"_build_{element.type}", None)
        return builder(element) if builder else None

    def nav_bar(self, element: Element) -> NavBar:
        items = [self._register(item, NavItem(self.say(item.label), self.look)) for item in element.items]
        return NavBar(items, self.look)

    def call_buttons(self, element: Element) -> CallButtons:
        buttons = [self._register(b, CallButton(self.say(b.label), b.style, self.look))
                   for b in element.buttons]
        return CallButtons(buttons, self.look)

    def dialog(self, element: Element) -> DialogCard:
        buttons = [self.button(b) for b in element.buttons]
        warns = any(b.warning is not None for b in element.buttons)
        return DialogCard(self.say(element.title), self.say(element.text), buttons, self.look, warns=warns)

    # --- one builder per element type ---------------------------------------------------
    def _build_header(self, element: Element) -> QWidget:
        return HeaderBar(self.say(element.text), element.back, self.look)

    def _build_text(self, element: Element) -> QWidget:
        palette, style = self.look.palette, element.style
        colour = {"small": palette.muted, "warning": palette.warning_text}.get(style, palette.text)
        box = {}
        if style == "warning":
            box = {"background": palette.warning_bg, "pad": self.look.px(10),
                   **({"border": palette.warning_text} if palette.high_contrast else {"bar": palette.danger})}
        return inset(make_label(self.say(element.text), self.look, TEXT_ROLES[style], colour, **box), self.look)

    def _build_image(self, element: Element) -> QWidget | None:
        if element.image is None:
            return None
        return inset(ImageView(element.image, self.look.px(220), self.say(element.alt)), self.look)

    def _build_input(self, element: Element) -> QWidget:
        look, palette = self.look, self.look.palette
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(look.px(14), look.px(6), look.px(14), look.px(6))
        layout.setSpacing(look.px(4))
        label = make_label(self.say(element.label), look, "small", palette.text, holder)
        edit = QLineEdit(holder)
        edit.setAccessibleName(self.say(element.label))
        edit.setPlaceholderText(self.say(element.placeholder))
        if element.secret:
            # A password, PIN or OTP: dots, as a real app shows, and a password field to a screen reader.
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if element.keyboard == "number":
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), edit))
            edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        font = look.font("body")
        edit.setFont(font)
        edit.setMinimumHeight(max(MIN_TAP, look.px(52)))
        focus = palette.focus_outer if not palette.high_contrast else palette.highlight
        edit.setStyleSheet(
            f"QLineEdit {{ background: {palette.input_bg}; color: {palette.text};"
            f" border: 2px solid {palette.input_border}; border-radius: 10px;"
            f" padding: 4px {look.px(12)}px; font-size: {font.pointSizeF():.1f}pt;"
            f" selection-background-color: {palette.primary}; selection-color: {palette.on_primary}; }}"
            f" QLineEdit:focus {{ border: 4px solid {focus}; padding: 2px {look.px(12) - 2}px; }}")
        text_palette = edit.palette()
        text_palette.setColor(text_palette.ColorRole.PlaceholderText, QColor(palette.placeholder))
        edit.setPalette(text_palette)
        layout.addWidget(label)
        layout.addWidget(edit)
        self._register(element, edit)
        return holder

    def _build_checkbox(self, element: Element) -> QWidget:
        box = BigCheckBox(self.say(element.label), self.look)
        self._register(element, box)
        return inset(box, self.look, 8, 2)

    def _build_button(self, element: Element) -> QWidget:
        return inset(self.button(element), self.look, 8, 2)

    def _build_list(self, element: Element) -> QWidget:
        card = Card(self.look)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        for index, item in enumerate(element.items):
            row = ListRow(self.say(item.label), self.say(item.detail), self.look,
                          last=index == len(element.items) - 1)
            layout.addWidget(self._register(item, row))
        return inset(card, self.look, 10, 6)

    def _build_grid(self, element: Element) -> QWidget:
        tiles = [self._register(item, AppTile(self.say(item.label), self.look)) for item in element.items]
        return inset(AppGrid(tiles, self.look), self.look, 6, 6)

    def _build_qr(self, element: Element) -> QWidget:
        return inset(QrCard(element.payload, self.say(element.caption), self.look), self.look, 24, 8)

    def _build_sms(self, element: Element) -> QWidget:
        link = None
        if element.link is not None:
            link = self._register(element.link, LinkButton(self.say(element.link.label), self.look))
        card = SmsCard(self.say(element.sender), element.time, self.say(element.text), link, self.look)
        return inset(card, self.look, 12, 10)

    def _build_call(self, element: Element) -> QWidget:
        return CallPanel(self.say(element.caller), element.number, self.say(element.note), self.look)
