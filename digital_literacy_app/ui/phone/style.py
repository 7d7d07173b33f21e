"""Colours and fonts of the simulated phone.

The phone looks like a calm, ordinary Vietnamese phone app in the default theme, and
black/white/yellow in the high-contrast theme. Danger stays red and "answer" stays green
in both themes, because lesson hints say "the red button" to learners.

Every colour pair that carries text is listed in `text_pairs`, so a test can hold each
theme to its contrast ratio (4.5:1 default, 7:1 high contrast).
"""

import zlib
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

# Point sizes at 100 % text; every one grows with the learner's text size.
BASE_POINTS = {
    "body": 16.0, "small": 14.0, "title": 19.0, "amount": 24.0, "header": 18.0,
    "appbar": 17.0, "button": 16.0, "tile": 14.0, "nav": 13.0, "caller": 24.0,
    "hint": 16.0, "banner": 14.0, "status": 11.0, "callbutton": 14.0,
}
BOLD_ROLES = {"title", "amount", "header", "appbar", "button", "caller", "banner"}
FIXED_ROLES = {"status"}  # the status bar is chrome: it does not grow with the text
DAMPED_ROLES = {"caller", "amount", "appbar", "nav", "callbutton"}  # large, or chrome: they grow half as fast

@dataclass(frozen=True)
class PhonePalette:
    """Every colour the phone paints, named by what it is for."""

    high_contrast: bool
    body: str = "#23272e"            # the phone's case
    screen: str = "#f3f5f8"          # app background
    surface: str = "#ffffff"         # cards, list rows, dialogs
    text: str = "#1b1f24"
    muted: str = "#474e57"           # details, times, captions
    divider: str = "#cfd5dc"
    primary: str = "#0b57d0"
    on_primary: str = "#ffffff"
    tonal: str = "#dde7f8"
    on_tonal: str = "#0a2d6e"
    secondary: str = "#ffffff"
    secondary_border: str = "#5b636d"
    on_secondary: str = "#1b1f24"
    danger: str = "#c62828"
    on_danger: str = "#ffffff"
    link: str = "#0842a0"
    bubble: str = "#e6eaf0"          # an incoming SMS
    warning_bg: str = "#fdecea"
    warning_text: str = "#8c1d18"
    input_bg: str = "#ffffff"
    input_border: str = "#6b7380"
    placeholder: str = "#5c636b"
    call_bg: str = "#16212c"
    call_bg_end: str = "#0b1117"
    call_text: str = "#ffffff"
    call_muted: str = "#cfd8e1"
    answer: str = "#1e8e3e"
    hang_up: str = "#d93025"
    call_neutral: str = "#3c4854"
    focus_outer: str = "#0d2a5c"
    focus_inner: str = "#ffffff"
    highlight: str = "#e8590c"
    hint_bg: str = "#fff7df"
    hint_border: str = "#b88300"
    hint_text: str = "#1b1f24"
    hint_warning_bg: str = "#fdecea"
    hint_warning_text: str = "#1b1f24"
    hint_warning_border: str = "#c62828"
    dim: str = "#8c000000"           # ARGB: the shade behind a dialog
    banner: str = "#b3261e"
    on_banner: str = "#ffffff"
    tick: str = "#0b57d0"

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every pair that carries text."""
        return [
            ("body text", self.text, self.screen), ("text on cards", self.text, self.surface),
            ("details", self.muted, self.surface), ("details on app bg", self.muted, self.screen),
            ("primary button", self.on_primary, self.primary),
            ("plain button", self.on_tonal, self.tonal),
            ("secondary button", self.on_secondary, self.secondary),
            ("danger button", self.on_danger, self.danger), ("link in SMS", self.link, self.bubble),
            ("SMS text", self.text, self.bubble), ("warning text", self.warning_text, self.warning_bg),
            ("typed text", self.text, self.input_bg), ("placeholder", self.placeholder, self.input_bg),
            ("caller", self.call_text, self.call_bg), ("call note", self.call_muted, self.call_bg),
            ("call note (end)", self.call_muted, self.call_bg_end),
            ("hint", self.hint_text, self.hint_bg), ("warning hint", self.hint_warning_text, self.hint_warning_bg),
            ("sample banner", self.on_banner, self.banner),
        ]


DEFAULT = PhonePalette(high_contrast=False)

HIGH_CONTRAST = PhonePalette(
    high_contrast=True, body="#000000", screen="#000000", surface="#000000", text="#ffffff",
    muted="#ffffff", divider="#ffffff", primary="#ffff00", on_primary="#000000",
    tonal="#000000", on_tonal="#ffffff", secondary="#000000", secondary_border="#ffffff",
    on_secondary="#ffffff", danger="#9b0000", on_danger="#ffffff", link="#ffff00",
    bubble="#000000", warning_bg="#000000", warning_text="#ffff00", input_bg="#000000",
    input_border="#ffffff", placeholder="#d0d0d0", call_bg="#000000", call_bg_end="#000000",
    call_text="#ffffff", call_muted="#ffffff", answer="#006b1f", hang_up="#9b0000",
    call_neutral="#000000", focus_outer="#ffff00", focus_inner="#000000", highlight="#ffff00",
    hint_bg="#000000", hint_border="#ffff00", hint_text="#ffffff", hint_warning_bg="#ffff00",
    hint_warning_text="#000000", hint_warning_border="#000000", dim="#c0000000", banner="#9b0000", on_banner="#ffffff",
    tick="#ffff00",
)


def palette_for(high_contrast: bool) -> PhonePalette:
    return HIGH_CONTRAST if high_contrast else DEFAULT


def luminance(color: str) -> float:
    q = QColor(color)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(q.redF()) + 0.7152 * channel(q.greenF()) + 0.0722 * channel(q.blueF())


def contrast(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two opaque colours."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# App bar colours of the kinds of app lessons show; other names get a calm colour by hash.
_APP_COLOURS = (
    (("vneid",), "#b71c1c"), (("dịch vụ công", "dichvucong", "public service"), "#0d47a1"),
    (("tin nhắn", "messages"), "#1a5fb4"), (("điện thoại", "phone"), "#1e6b34"),
    (("ch play", "play"), "#1b6e4a"), (("cài đặt", "settings"), "#455a64"),
    (("ngân hàng", "bank"), "#00695c"), (("thanh toán", "payment"), "#283593"),
)
_CALM_COLOURS = ("#00695c", "#1565c0", "#4527a0", "#2e7d32", "#37474f", "#6a1b9a", "#ad1457")


def app_colour(name: str) -> str:
    """The app bar colour for an app name (white text on it is at least 4.5:1)."""
    folded = name.casefold()
    for keys, colour in _APP_COLOURS:
        if any(key in folded for key in keys):
            return colour
    return _CALM_COLOURS[zlib.crc32(folded.encode("utf-8")) % len(_CALM_COLOURS)]


@dataclass(frozen=True)
class PhoneFonts:
    """Fonts by role at the learner's text size; `px` scales spacing with the text."""

    family: str
    percent: int = 100

    def font(self, role: str) -> QFont:
        font = QFont(self.family)
        growth = self.percent / 100 - 1
        factor = 1.0 if role in FIXED_ROLES else 1 + growth / (2 if role in DAMPED_ROLES else 1)
        font.setPointSizeF(BASE_POINTS[role] * factor)
        font.setBold(role in BOLD_ROLES)
        return font

    def smallest(self, role: str) -> float:
        """The point size a label in `role` may shrink to so its longest word fits: a quarter
        below the learner's size at most, and never below the size at 100 % text."""
        return max(BASE_POINTS[role], self.font(role).pointSizeF() * 0.75)

    def px(self, value: float) -> int:
        """A spacing that grows half as fast as the text, so layouts stay compact at 200 %."""
        return round(value * (1 + (self.percent - 100) / 200))


@dataclass(frozen=True)
class PhoneLook:
    """What every element needs to draw itself: colours, fonts and the language."""

    palette: PhonePalette
    fonts: PhoneFonts
    lang: str = "vi"

    def font(self, role: str) -> QFont:
        return self.fonts.font(role)

    def smallest(self, role: str) -> float:
        return self.fonts.smallest(role)

    def px(self, value: float) -> int:
        return self.fonts.px(value)

    def color(self, name: str) -> QColor:
        return self.palette.color(name)


def scroll_bar_sheet(palette: PhonePalette) -> str:
    """A slim scroll bar, like a phone's, but always visible: it tells that more is below."""
    handle = palette.text if palette.high_contrast else "#7d8590"
    return ("QScrollBar:vertical { background: transparent; width: 10px; margin: 4px 2px 4px 0; }"
            f" QScrollBar::handle:vertical {{ background: {handle}; border-radius: 4px; min-height: 40px; }}"
            " QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
            " QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }")
