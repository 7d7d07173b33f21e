"""The look of every screen: two palettes, type sizes that scale, and one stylesheet.

Screens never pick colours or sizes themselves. They give a widget a *role* (a dynamic
property such as `role="primary"`) and this module decides how that role looks, so the
high-contrast theme and the 100-200 % text sizes apply everywhere at once.

The palettes are checked (tests/ui/test_theme.py): every text colour on its background
reaches 4.5:1 in the default theme and 7:1 in the high-contrast theme.
"""

from dataclasses import dataclass, fields

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

FONT_FAMILY = "Noto Sans"
BODY_PT = 16  # body text at 100 %; never smaller anywhere
CELL_PADDING = 8  # left and right of a table cell, in px at 100 % (grows like other paddings)


@dataclass(frozen=True)
class Palette:
    window: str        # screen background
    text: str          # body text on window
    muted: str         # secondary text on window
    panel: str         # cards, tiles, inputs
    panel_text: str
    border: str
    primary: str       # the one next action
    on_primary: str
    secondary: str     # every other button
    on_secondary: str
    focus: str         # the focus ring
    good: str          # "right" feedback background
    on_good: str
    bad: str           # "not yet" feedback background
    on_bad: str
    hint: str          # hint and note boxes
    on_hint: str
    disabled: str
    on_disabled: str
    backdrop: str      # behind the idle question (with alpha)


DEFAULT = Palette(
    window="#F6F3EC", text="#1A1A1A", muted="#3F3F3F", panel="#FFFFFF", panel_text="#1A1A1A",
    border="#6B6B6B", primary="#0B4F9C", on_primary="#FFFFFF", secondary="#E3EAF4",
    on_secondary="#0A2E5C", focus="#C25100", good="#DDF1E1", on_good="#0F4A22", bad="#FBE3E0",
    on_bad="#7D1A10", hint="#FFF1C7", on_hint="#4A3300", disabled="#DEDBD4", on_disabled="#4F4F4F",
    backdrop="rgba(20, 20, 20, 170)",
)

HIGH_CONTRAST = Palette(
    window="#000000", text="#FFFFFF", muted="#FFFFFF", panel="#000000", panel_text="#FFFFFF",
    border="#FFFFFF", primary="#FFE600", on_primary="#000000", secondary="#000000",
    on_secondary="#FFFFFF", focus="#00E5FF", good="#000000", on_good="#8CFF8C", bad="#000000",
    on_bad="#FFB3B3", hint="#000000", on_hint="#FFE600", disabled="#000000", on_disabled="#D0D0D0",
    backdrop="rgba(0, 0, 0, 220)",
)

# (foreground, background) pairs that carry text.
TEXT_PAIRS = (
    ("text", "window"), ("muted", "window"), ("panel_text", "panel"), ("on_primary", "primary"),
    ("on_secondary", "secondary"), ("on_good", "good"), ("on_bad", "bad"), ("on_hint", "hint"),
    ("on_disabled", "disabled"), ("text", "panel"), ("muted", "panel"),
)
# Non-text contrast (borders of controls, the focus ring) needs 3:1.
UI_PAIRS = (("border", "window"), ("border", "panel"), ("focus", "window"), ("focus", "panel"))


def palette_for(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else DEFAULT


def _luminance(colour: str) -> float:
    c = QColor(colour)
    channels = []
    for value in (c.redF(), c.greenF(), c.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two opaque colours."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class TypeSizes:
    """Point sizes for one text scale. The body is 16 pt at 100 %."""

    scale: int

    def pt(self, base: float) -> int:
        return round(base * self.scale / 100)

    @property
    def body(self) -> int:
        return self.pt(BODY_PT)

    @property
    def lead(self) -> int:      # lesson text, quiz questions
        return self.pt(20)

    @property
    def button(self) -> int:
        return self.pt(18)

    @property
    def title(self) -> int:
        return self.pt(24)

    @property
    def headline(self) -> int:
        return self.pt(32)

    def px(self, base: int) -> int:
        """Pixel sizes (button heights, paddings) grow with the text, less steeply."""
        return round(base * (1 + (self.scale - 100) / 200))

    @property
    def chrome(self) -> "TypeSizes":
        """Sizes for the top and bottom bars: they grow half as fast as the lesson text,
        so at 200 % the lesson itself (and the practice phone) keeps the room it needs."""
        return TypeSizes(100 + (self.scale - 100) // 2)


def stylesheet(p: Palette, scale: int) -> str:
    t = TypeSizes(scale)
    c = t.chrome
    hc = p is HIGH_CONTRAST
    border_w = 3 if hc else 2
    check_mark = _check_mark(p.on_primary)
    return f"""
QWidget {{ color: {p.text}; font-family: "{FONT_FAMILY}"; font-size: {t.body}pt; }}
QMainWindow, QWidget#Screen, QStackedWidget, QScrollArea, QWidget#ScrollBody {{ background: {p.window}; }}
QLabel {{ background: transparent; }}
QLabel[role="headline"] {{ font-size: {t.headline}pt; font-weight: bold; }}
QLabel[role="title"] {{ font-size: {t.title}pt; font-weight: bold; }}
QLabel[role="lead"] {{ font-size: {t.lead}pt; }}
QLabel[reading="true"] {{ border: {t.px(3)}px solid transparent; border-radius: 6px; }}
QLabel[reading="true"][ring="true"] {{ border-color: {p.focus}; }}
QLabel[role="bar-title"] {{ font-size: {t.lead}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="section"] {{ font-size: {t.title}pt; font-weight: bold; padding-top: {t.px(12)}px; }}
QLabel[role="busy-cue"] {{ color: {p.on_primary}; background: {p.primary}; font-weight: bold;
    border: {t.px(3)}px solid {p.focus}; border-radius: 10px; padding: 0 {t.px(8)}px; }}
QLabel[role="error"] {{ color: {p.on_bad}; background: {p.bad}; font-weight: bold;
    padding: {t.px(6)}px {t.px(10)}px; border-radius: 6px; }}
QWidget#TopBar {{ background: {p.panel}; border-bottom: {border_w}px solid {p.border}; }}
QWidget#BottomBar {{ background: {p.panel}; border-top: {border_w}px solid {p.border}; }}
QFrame[role="card"] {{ background: {p.panel}; border: {border_w}px solid {p.border}; border-radius: 12px; }}
QFrame[role="good"] {{ background: {p.good}; border: {border_w}px solid {p.on_good}; border-radius: 12px; }}
QFrame[role="good"] QLabel {{ color: {p.on_good}; }}
QFrame[role="bad"] {{ background: {p.bad}; border: {border_w}px solid {p.on_bad}; border-radius: 12px; }}
QFrame[role="bad"] QLabel {{ color: {p.on_bad}; }}
QFrame[role="hint"] {{ background: {p.hint}; border: {border_w}px solid {p.on_hint}; border-radius: 12px; }}
QFrame[role="hint"] QLabel {{ color: {p.on_hint}; }}
QFrame[role="good"]:focus, QFrame[role="bad"]:focus, QFrame[role="hint"]:focus {{
    border: {t.px(4)}px solid {p.focus}; }}
QFrame[role="card"] QLabel {{ color: {p.panel_text}; }}
QPushButton {{
    background: {p.secondary}; color: {p.on_secondary}; font-size: {t.button}pt;
    border: {border_w}px solid {p.border}; border-radius: 10px;
    min-height: {t.px(52)}px; padding: {t.px(6)}px {t.px(18)}px;
}}
QPushButton:hover {{ border-color: {p.on_secondary}; }}
QPushButton[role="primary"] {{
    background: {p.primary}; color: {p.on_primary}; font-weight: bold;
    border-color: {p.primary}; min-height: {t.px(64)}px; padding: {t.px(8)}px {t.px(30)}px;
}}
QPushButton[role="tile"], QPushButton[role="lesson"] {{
    background: {p.panel}; color: {p.panel_text}; text-align: left;
    padding: {t.px(10)}px {t.px(18)}px; border-radius: 12px;
}}
QPushButton[role="tile"] {{ font-size: {t.lead}pt; font-weight: bold; min-height: {t.px(72)}px; }}
QPushButton[role="lesson"] QLabel {{ color: {p.panel_text}; }}
QLabel[role="card-title"] {{ font-size: {t.lead}pt; font-weight: bold; }}
QLabel[role="card-detail"] {{ font-size: {t.body}pt; }}
QPushButton[role="tile"] QLabel, QPushButton[role="choice"] QLabel {{ color: {p.panel_text}; }}
QPushButton[role="primary-card"] {{
    background: {p.primary}; border: {border_w}px solid {p.primary}; border-radius: 12px;
    min-height: {t.px(72)}px; padding: {t.px(8)}px {t.px(18)}px;
}}
QPushButton[role="primary-card"] QLabel {{ color: {p.on_primary}; }}
QPushButton[role="primary-card"]:focus {{ border: {t.px(4)}px solid {p.focus}; }}
QPushButton[role="choice"] QLabel[role="card-title"] {{ font-weight: normal; }}
QPushButton[role="choice"][state="right"] QLabel {{ color: {p.on_good}; font-weight: bold; }}
QPushButton[role="choice"][state="wrong"] QLabel {{ color: {p.on_bad}; }}
QPushButton[role="choice"] {{
    background: {p.panel}; color: {p.panel_text}; font-size: {t.lead}pt; text-align: left;
    min-height: {t.px(64)}px; padding: {t.px(8)}px {t.px(20)}px;
}}
QPushButton[role="choice"][state="right"] {{
    background: {p.good}; color: {p.on_good}; border-color: {p.on_good}; }}
QPushButton[role="choice"][state="wrong"] {{
    background: {p.bad}; color: {p.on_bad}; border-color: {p.on_bad}; }}
QPushButton:disabled {{ background: {p.disabled}; color: {p.on_disabled};
    border-color: {p.on_disabled if hc else p.disabled}; }}
QPushButton[role="choice"]:disabled {{ background: {p.panel}; border-color: {p.disabled}; }}
QPushButton[role="choice"] QLabel:disabled {{ color: {p.on_disabled}; }}
QPushButton[role="choice"][state="right"] QLabel:disabled {{ color: {p.on_good}; }}
QPushButton[role="choice"][state="wrong"] QLabel:disabled {{ color: {p.on_bad}; }}
QPushButton[role="choice"]:disabled[state="right"] {{ background: {p.good}; border-color: {p.on_good}; }}
QPushButton[role="choice"]:disabled[state="wrong"] {{ background: {p.bad}; border-color: {p.on_bad}; }}
QPushButton:focus {{ border: {t.px(4)}px solid {p.focus}; }}
QPushButton[role="primary"]:focus {{ border: {t.px(4)}px solid {p.focus}; }}
QLineEdit {{
    background: {p.panel}; color: {p.panel_text}; border: {border_w}px solid {p.border};
    border-radius: 8px; min-height: {t.px(48)}px; padding: 0 {t.px(10)}px; font-size: {t.lead}pt;
    selection-background-color: {p.primary}; selection-color: {p.on_primary};
    margin: {max(0, t.px(4) - border_w)}px;
}}
QLineEdit:focus {{ border: {t.px(4)}px solid {p.focus}; margin: 0; }}
QLineEdit[invalid="true"] {{ border-color: {p.on_bad}; }}
QCheckBox, QRadioButton {{
    font-size: {t.lead}pt; spacing: {t.px(14)}px; padding: {t.px(8)}px {t.px(12)}px;
    border: {t.px(4)}px solid transparent; border-radius: 8px; min-height: {t.px(44)}px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {p.focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {t.px(28)}px; height: {t.px(28)}px; }}
QCheckBox::indicator {{ border: {border_w}px solid {p.text}; background: {p.panel}; border-radius: 4px; }}
QCheckBox::indicator:checked {{ background: {p.primary}; border-color: {p.primary};
    image: url("{check_mark}"); }}
QRadioButton::indicator {{ border: {border_w}px solid {p.text}; background: {p.panel};
    border-radius: {t.px(14) + border_w}px; }}
QRadioButton::indicator:checked {{ border-color: {p.primary}; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
    stop: 0 {p.primary}, stop: 0.55 {p.primary}, stop: 0.62 {p.panel}, stop: 1 {p.panel}); }}
QProgressBar {{ background: {p.disabled}; border: 1px solid {p.border}; border-radius: 6px;
    min-height: {t.px(16)}px; max-height: {t.px(16)}px; text-align: center; color: transparent; }}
QProgressBar::chunk {{ background: {p.primary}; border-radius: 5px; }}
QScrollArea {{ border: none; }}
QScrollArea:focus {{ border: {t.px(3)}px solid {p.focus}; }}
QScrollArea#screen-message:focus {{ border: none; }}  /* the phone draws its own ring */
QScrollBar:vertical {{ background: {p.window}; width: {t.px(22)}px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {p.border}; min-height: 48px; border-radius: 8px; margin: 3px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar:horizontal {{ height: 0; }}
QWidget#IdleOverlay {{ background: {p.backdrop}; }}
QWidget#TopBar QPushButton, QWidget#BottomBar QPushButton {{
    font-size: {c.button}pt; min-height: {c.px(52)}px; padding: {c.px(6)}px {c.px(18)}px;
}}
QWidget#TopBar QPushButton[role="primary"], QWidget#BottomBar QPushButton[role="primary"] {{
    min-height: {c.px(60)}px; padding: {c.px(6)}px {c.px(28)}px;
}}
QWidget#TopBar QLabel, QWidget#BottomBar QLabel {{ font-size: {c.body}pt; }}
QWidget#TopBar QLabel[role="bar-title"] {{ font-size: {c.lead}pt; font-weight: bold; }}
QWidget#TopBar QLabel[role="headline"] {{ font-size: {t.headline}pt; font-weight: bold; }}
QWidget#TopBar QPushButton:focus, QWidget#BottomBar QPushButton:focus {{
    border: {c.px(4)}px solid {p.focus}; }}
QPushButton[role="toggle"]:checked {{ background: {p.primary}; color: {p.on_primary}; border-color: {p.primary}; }}
QPushButton[role="toggle"]:checked:focus {{ border: {t.px(4)}px solid {p.focus}; }}
QTableView {{
    background: {p.panel}; color: {p.panel_text}; alternate-background-color: {p.window};
    gridline-color: {p.border}; border: {border_w}px solid {p.border};
    selection-background-color: {p.primary}; selection-color: {p.on_primary};
}}
QTableView:focus {{ border: {t.px(3)}px solid {p.focus}; }}
QTableView::item {{ padding: {t.px(2)}px {t.px(CELL_PADDING)}px; }}
QHeaderView::section {{
    background: {p.secondary}; color: {p.on_secondary}; font-weight: bold;
    padding: {t.px(4)}px {t.px(8)}px; border: none;
    border-right: 1px solid {p.border}; border-bottom: {border_w}px solid {p.border};
}}
QTableView QScrollBar:horizontal {{ background: {p.window}; height: {t.px(22)}px; margin: 0; }}
QTableView QScrollBar::handle:horizontal {{ background: {p.border}; min-width: 48px; border-radius: 8px; margin: 3px; }}
QComboBox {{
    background: {p.panel}; color: {p.panel_text}; border: {border_w}px solid {p.border};
    border-radius: 8px; min-height: {t.px(48)}px; padding: 0 {t.px(10)}px;
}}
QComboBox:focus {{ border: {t.px(4)}px solid {p.focus}; }}
QComboBox::drop-down {{ width: {t.px(40)}px; border: none; }}
QComboBox::down-arrow {{ image: url("{_arrow(p.panel_text)}"); width: {t.px(22)}px; height: {t.px(22)}px; }}
QComboBox QAbstractItemView {{
    background: {p.panel}; color: {p.panel_text};
    selection-background-color: {p.primary}; selection-color: {p.on_primary};
}}
QPushButton[role="danger"] {{ background: {p.bad}; color: {p.on_bad}; border-color: {p.on_bad};
    font-weight: bold; }}
QPushButton[role="danger"]:focus {{ border: {t.px(4)}px solid {p.focus}; }}
"""


def _check_mark(colour: str) -> str:
    """The tick drawn in checked boxes, in the colour that sits on the primary colour."""
    from digital_literacy_app.core.records import assets_dir

    name = "tick-black.svg" if QColor(colour).lightness() < 128 else "tick-white.svg"
    return (assets_dir() / "icons" / name).as_posix()


def _arrow(colour: str) -> str:
    """The arrow of drop-down lists, dark on light panels and light on dark ones."""
    from digital_literacy_app.core.records import assets_dir

    name = "chevron-down-dark.svg" if QColor(colour).lightness() < 128 else "chevron-down-light.svg"
    return (assets_dir() / "icons" / name).as_posix()


def apply(app: QApplication, high_contrast: bool, scale: int) -> None:
    """Set the font, palette and stylesheet of the whole application in one go.

    Re-polishing every widget takes most of a second on a full window, so a look that is
    already on screen (the next learner uses the same text size and colours, as most do)
    is left as it is: signing in and out then costs nothing here."""
    if is_current(app, high_contrast, scale):
        return
    p = palette_for(high_contrast)
    sheet = stylesheet(p, scale)
    font = QFont(FONT_FAMILY)
    font.setPointSize(TypeSizes(scale).body)
    app.setFont(font)
    app.setPalette(_qpalette(p))
    app.setStyleSheet(sheet)
    app.setProperty("dla_theme", (high_contrast, scale))


def is_current(app: QApplication, high_contrast: bool, scale: int) -> bool:
    """Whether this look is the one on screen (then applying it again costs nothing).

    The font and stylesheet are compared too, not only the remembered look: anything
    else that set the application's font or sheet in between makes the look apply again."""
    font = app.font()
    return (app.property("dla_theme") is not None
            and current(app) == (high_contrast, scale)
            and font.family() == FONT_FAMILY
            and font.pointSize() == TypeSizes(scale).body
            and app.styleSheet() == stylesheet(palette_for(high_contrast), scale))


def current(app: QApplication) -> tuple[bool, int]:
    value = app.property("dla_theme")
    return tuple(value) if value else (False, 100)


def theme_scale() -> int:
    """The text scale in use right now (100 before any theme was applied)."""
    return current(QApplication.instance())[1]


def _qpalette(p: Palette) -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.Window: p.window, QPalette.WindowText: p.text, QPalette.Base: p.panel,
        QPalette.Text: p.panel_text, QPalette.Button: p.secondary, QPalette.ButtonText: p.on_secondary,
        QPalette.Highlight: p.primary, QPalette.HighlightedText: p.on_primary,
        QPalette.PlaceholderText: p.muted, QPalette.ToolTipBase: p.panel, QPalette.ToolTipText: p.panel_text,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def set_role(widget: QWidget, role: str, **extra) -> QWidget:
    """Give a widget a look from the stylesheet (and re-polish when it changes later).

    A widget not yet polished picks its look up when first shown, so only a change on a
    widget already on screen pays for re-polishing.
    """
    widget.setProperty("role", role)
    for name, value in extra.items():
        widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        repolish(widget)
    return widget


def set_state(widget: QWidget, name: str, value) -> None:
    widget.setProperty(name, value)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet to a widget and its children (their look may depend on it)."""
    for each in [widget, *widget.findChildren(QWidget)]:
        style = each.style()
        style.unpolish(each)
        style.polish(each)


def palette_fields() -> list[str]:
    return [f.name for f in fields(Palette)]
