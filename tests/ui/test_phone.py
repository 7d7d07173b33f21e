"""The simulated phone: what it draws, what it reports, and how it can be used without a mouse.

The lesson in fixtures/phone-lesson uses every element type; its screens are home (grid,
nav), scan (VietQR, text styles, pictures, buttons of every style), form (inputs,
checkbox, list, plain QR), messages (SMS with a link), call and permission (dialog).
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

from digital_literacy_app.core.lessons import parse_lesson_file
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui import i18n
from digital_literacy_app.ui.phone.view import PhoneView
from digital_literacy_app.ui.phone.elements import AppGrid
from digital_literacy_app.ui.phone.style import (
    DEFAULT, HIGH_CONTRAST, _APP_COLOURS, _CALM_COLOURS, PhoneFonts, PhoneLook, contrast,
)
from digital_literacy_app.ui.phone.icons import AppTile
from digital_literacy_app.ui.phone.qr import QrCard, QrImage

from .phone_fit import whole_words


FIXTURE = Path(__file__).parent / "fixtures" / "phone-lesson" / "lesson.yaml"
ASSETS = Path(__file__).resolve().parents[2] / "assets" / "fonts"
VIETQR = ("00020101021238540010A00000072701240006999999011001234567890208QRIBFTTA"
          "530370454061500005802VN62220818TIEN DIEN THANG 1163043B31")


@pytest.fixture(scope="module", autouse=True)
def fonts(qapp):
    """Draw with the bundled Noto Sans, as the app does, whatever fonts the machine has."""
    for path in sorted(ASSETS.glob("NotoSans-*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    qapp.setFont(qapp.font().__class__("Noto Sans", 12))


@pytest.fixture
def interface(qapp):
    """Switch the interface language as the app does (`i18n.set_language`); Vietnamese after."""
    yield i18n.set_language
    i18n.set_language("vi")


@pytest.fixture
def step():
    lesson, problems = parse_lesson_file(FIXTURE)
    assert lesson is not None, [str(p) for p in problems]
    return lesson.steps[0]


@pytest.fixture
def phone(qtbot, step):
    view = PhoneView(step, "vi")
    qtbot.addWidget(view)
    view.resize(400, 780)
    view.show()
    qtbot.waitExposed(view)
    return view


def beside_instructions(qtbot, step, lang="vi", percent=100):
    """The phone as a practice step shows it: beside the instruction, in a 1366 × 768 window."""
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1366, 768)
    layout = QHBoxLayout(host)
    layout.addWidget(QLabel("Hướng dẫn"), 1)
    view = PhoneView(step, lang)
    view.set_text_scale(percent)
    layout.addWidget(view)
    host.show()
    qtbot.waitExposed(host)
    return host, view


@pytest.fixture
def taps(phone):
    seen = []
    phone.tapped.connect(lambda screen, element: seen.append((screen, element)))
    return seen


def shown(phone, kind, name=None):
    """The one visible child of that kind (screens replaced a moment ago are hidden, not yet gone)."""
    found = [w for w in phone.findChildren(kind, name) if w.isVisible()] if name else \
        [w for w in phone.findChildren(kind) if w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def commit_text(widget, text):
    """Type as a Vietnamese keyboard (Telex, VNI) does: the input method commits whole letters."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def test_clicking_a_button_emits_tapped_with_screen_and_element(qtbot, phone):
    """A single click on a button reports (screen id, element id); a wrong button reports too."""
    phone.show_screen("scan")
    with qtbot.waitSignal(phone.tapped) as blocker:
        click(qtbot, phone.element_widget("continue"))
    assert blocker.args == ["scan", "continue"]
    with qtbot.waitSignal(phone.tapped) as blocker:
        click(qtbot, phone.element_widget("later"))
    assert blocker.args == ["scan", "later"]


@pytest.mark.parametrize("screen_id, element_id", [
    ("home", "scan"), ("home", "nav-personal"), ("form", "saved-mother"),
    ("messages", "sms-link"), ("call", "decline"), ("call", "read-otp"), ("permission", "deny"),
])
def test_every_kind_of_tappable_element_reports_its_tap(qtbot, phone, taps, screen_id, element_id):
    """Grid tiles, nav items, list rows, the SMS link, call and dialog buttons are all tappable."""
    phone.show_screen(screen_id)
    click(qtbot, phone.element_widget(element_id))
    assert taps == [(screen_id, element_id)]


def test_a_double_click_counts_as_one_tap(qtbot, phone, taps):
    """Older learners often double-click: the phone must not take that as two taps."""
    phone.show_screen("scan")
    widget = phone.element_widget("later")
    centre = widget.rect().center()
    click(qtbot, widget)  # a real double click: press, release, double-click press, release
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=centre)
    assert taps == [("scan", "later")]


def test_the_player_can_change_screen_inside_the_tap(qtbot, phone):
    """The player calls show_screen from its tapped slot, while the tapped button is still
    inside its click; the new screen then works as usual."""
    phone.tapped.connect(lambda screen, element: phone.show_screen("form") if element == "continue" else None)
    phone.show_screen("scan")
    click(qtbot, phone.element_widget("continue"))
    assert phone.current_screen() == "form"
    with qtbot.waitSignal(phone.tapped) as blocker:
        click(qtbot, phone.element_widget("send"))
    assert blocker.args == ["form", "send"]


def test_typing_shows_in_field_values_and_number_fields_take_digits_only(qtbot, phone):
    """What the learner types is read back by id; a number keyboard refuses letters."""
    phone.show_screen("form")
    commit_text(phone.element_widget("name"), "Nguyễn Văn Mẫu")
    qtbot.keyClicks(phone.element_widget("account"), "01ab23")
    assert phone.field_values() == {"name": "Nguyễn Văn Mẫu", "account": "0123", "agree": False}


def test_checkbox_ticks_with_click_and_space_without_reporting_a_tap(qtbot, phone, taps):
    """Ticking is not a tap (the core would call it a wrong one); the value shows in field_values."""
    phone.show_screen("form")
    box = phone.element_widget("agree")
    assert box.box() >= 32 and box.height() >= 48
    click(qtbot, box)
    assert phone.field_values()["agree"] is True
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert phone.field_values()["agree"] is False
    assert taps == []


def test_enter_and_space_activate_the_focused_element(qtbot, phone, taps):
    """Keyboard users tap with Enter or Space, once per key press."""
    phone.show_screen("scan")
    button = phone.element_widget("continue")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert taps == [("scan", "continue"), ("scan", "continue")]


def ring_shown(widget) -> bool:
    """Is the dark outer focus ring painted at the top edge of this button?"""
    colour = widget.grab().toImage().pixelColor(widget.width() // 2, 2)
    return colour.red() < 80 and colour.green() < 90 and colour.blue() < 140


def test_focus_ring_shows_for_keyboard_users_only(qtbot, phone):
    """A button clicked with the mouse shows no ring (it would look like a hint); Tab shows it."""
    phone.show_screen("scan")
    later = phone.element_widget("later")
    phone.activateWindow()
    click(qtbot, later)
    assert later.hasFocus() and not ring_shown(later)
    qtbot.keyClick(later, Qt.Key.Key_Tab)
    cancel = phone.element_widget("cancel")
    assert cancel.hasFocus() and ring_shown(cancel)


def test_keyboard_users_stay_in_the_phone_when_the_screen_changes(qtbot, phone):
    """Enter on the way on shows the next screen with its message focused and ringed, and
    Tab goes on to its first element; a mouse tap leaves nothing of the next screen ringed."""
    phone.tapped.connect(lambda screen, element: phone.show_screen("form" if screen == "scan" else "scan"))
    phone.show_screen("scan")
    phone.activateWindow()
    qtbot.waitUntil(phone.isActiveWindow)
    button = phone.element_widget("continue")
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    message = phone._display.scroll
    assert phone.current_screen() == "form" and message.hasFocus() and phone._display.message_ring.isVisible()
    qtbot.keyClick(message, Qt.Key.Key_Tab)
    assert phone.element_widget("name").hasFocus() and not phone._display.message_ring.isVisible()
    send = phone.element_widget("send")
    click(qtbot, send)
    assert phone.current_screen() == "scan"
    assert not any(ring_shown(phone.element_widget(i)) for i in ("continue", "later", "cancel", "help"))


def test_tab_reaches_every_element_of_a_screen_in_order(qtbot, phone):
    """Tab walks from the screen's message through every tappable element and field, top to
    bottom, each with its name."""
    phone.show_screen("form")
    expected = ["screen-message", "name", "account", "agree", "saved-mother", "saved-shop", "send"]
    phone.focus_first()
    reached = []
    for _ in expected:
        focused = phone.focusWidget()
        reached.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert reached == expected
    labels = {"name": "Tên người nhận", "agree": "Tôi đã kiểm tra tên và số tài khoản", "send": "Chuyển",
              "saved-mother": "Mẹ"}
    for element_id, label in labels.items():
        assert phone.element_widget(element_id).accessibleName() == label


def test_tap_targets_are_at_least_48_pixels(phone):
    """Every tappable element on every screen is at least 48 pixels high and wide."""
    for screen_id in phone._step.screens:
        phone.show_screen(screen_id)
        for element in phone._step.screens[screen_id].tappables():
            widget = phone.element_widget(element.id)
            assert widget.height() >= 48 and widget.width() >= 48, (screen_id, element.id, widget.size())


def test_highlight_draws_a_visible_ring_around_the_element(qtbot, phone):
    """"Chỉ cho tôi" rings the element; None takes the ring away; an unknown id is an error."""
    phone.show_screen("scan")
    phone.highlight("continue")
    ring = shown(phone, QWidget, "phone-highlight")
    target = phone.element_widget("continue")
    spot = target.rect().translated(target.mapTo(ring.parentWidget(), QPoint(0, 0)))
    assert ring.geometry().contains(spot)
    assert ring.ring_width() >= 5
    image = ring.grab().toImage()
    edge = image.pixelColor(ring.MARGIN // 2, image.height() // 2)
    assert edge.red() > 200 and edge.blue() < 100  # the ring is painted in orange
    phone.highlight(None)
    assert not any(w.isVisible() for w in phone.findChildren(QWidget, "phone-highlight"))
    with pytest.raises(KeyError):
        phone.highlight("no-such-element")


def test_hint_bubble_shows_the_text_and_warnings_are_red(qtbot, phone):
    """A hint appears over the phone; a warning has a red border; "Đã hiểu" or clear_hint hides it."""
    phone.show_screen("scan")
    phone.show_hint("Bấm “Tiếp tục”.")
    bubble = shown(phone, QWidget, "phone-hint")
    assert bubble.label.text() == "Bấm “Tiếp tục”."
    assert phone.rect().contains(bubble.geometry().translated(bubble.parentWidget().pos()))
    phone.show_hint("Đừng bấm link.", warning=True)
    bubble = shown(phone, QWidget, "phone-hint")
    assert bubble.warning and DEFAULT.hint_warning_border in bubble.styleSheet()
    click(qtbot, bubble.close_button)
    assert phone.hint_text() is None
    assert not any(b.isVisible() for b in phone.findChildren(QWidget, "phone-hint"))


def test_the_hint_does_not_cover_the_element_to_tap(qtbot, phone):
    """On the scan screen the way on is at the bottom, so the bubble goes to the top."""
    phone.show_screen("scan")
    phone.highlight("continue")
    phone.show_hint("Kiểm tra tên người nhận, rồi bấm “Tiếp tục”.")
    bubble = shown(phone, QWidget, "phone-hint")
    target = phone.element_widget("continue")
    spot = target.rect().translated(target.mapTo(bubble.parentWidget(), QPoint(0, 0)))
    assert not bubble.geometry().intersects(spot)


def grab_png(widget, path):
    assert widget.grab().save(str(path))
    from PIL import Image
    return Image.open(path)


@pytest.mark.parametrize("lang, banner", [("vi", "MẪU – KHÔNG THANH TOÁN"), ("en", "SAMPLE – NOT PAYABLE")])
def test_vietqr_is_a_real_code_with_the_sample_banner(qtbot, step, tmp_path, interface, lang, banner):
    """The drawn VietQR decodes to the lesson's payload, and the red banner sits under it."""
    import zxingcpp

    interface(lang)
    view = PhoneView(step, lang)
    qtbot.addWidget(view)
    view.resize(400, 780)
    view.show_screen("scan")
    view.show()
    qtbot.waitExposed(view)
    card = shown(view, QrCard)
    label = shown(view, QWidget, "sample-banner")
    assert label.text() == banner
    assert label.mapTo(card, QPoint(0, 0)).y() > card.image.geometry().bottom()
    results = zxingcpp.read_barcodes(grab_png(card, tmp_path / "vietqr.png"))
    assert [r.text for r in results] == [VIETQR]


def test_a_plain_qr_has_no_banner_and_still_decodes(qtbot, phone, tmp_path):
    """Only VietQR payloads carry the sample banner; any payload is drawn as a real code."""
    import zxingcpp

    phone.show_screen("form")
    image = shown(phone, QrImage)
    assert shown(phone, QrCard).banner is None
    assert [r.text for r in zxingcpp.read_barcodes(grab_png(image, tmp_path / "qr.png"))] == ["MAU-KHONG-PHAI-VIETQR"]


def test_dialog_dims_the_screen_and_nothing_beneath_can_be_tapped(qtbot, phone, taps):
    """A dialog is modal: the list under it is disabled and a click on it does nothing."""
    phone.show_screen("permission")
    overlay = shown(phone, QWidget, "phone-dialog")
    beneath = phone.element_widget("app-bank")
    assert not beneath.isEnabled()
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    click(qtbot, phone.element_widget("allow"))
    assert taps == [("permission", "allow")]


def test_show_screen_changes_screen_and_refuses_unknown_ones(phone):
    """show_screen switches the elements; element_widget only knows the current screen's."""
    assert phone.current_screen() == "home"
    phone.show_screen("form")
    assert phone.current_screen() == "form"
    assert phone.element_widget("send").text() == "Chuyển"
    with pytest.raises(KeyError):
        phone.element_widget("continue")
    with pytest.raises(KeyError):
        phone.show_screen("no-such-screen")


def test_language_text_size_and_theme_keep_what_was_typed(qtbot, phone):
    """Changing language, text size or theme redraws the screen without losing typed text."""
    phone.show_screen("form")
    commit_text(phone.element_widget("name"), "Mẫu")
    phone.element_widget("agree").setChecked(True)
    body = phone.element_widget("send").look.font("button").pointSizeF()
    phone.set_lang("en")
    phone.set_text_scale(200)
    phone.set_high_contrast(True)
    assert phone.element_widget("send").text() == "Send"
    assert phone.element_widget("send").look.font("button").pointSizeF() == pytest.approx(2 * body)
    assert phone.field_values() == {"name": "Mẫu", "account": "", "agree": True}


def test_high_contrast_draws_black_white_and_yellow(qtbot, phone):
    """In high contrast the screen is black and the primary button yellow."""
    phone.show_screen("scan")
    phone.set_high_contrast(True)
    content = shown(phone, QWidget, "phone-content")
    assert content.palette().window().color().name() == "#000000"
    button = phone.element_widget("continue")
    image = button.grab().toImage()
    assert image.pixelColor(button.width() // 6, button.height() // 2).name() == "#ffff00"


@pytest.mark.parametrize("palette, ratio", [(DEFAULT, 4.5), (HIGH_CONTRAST, 7.0)])
def test_every_text_colour_pair_meets_its_contrast(palette, ratio):
    """4.5:1 in the default theme, 7:1 in high contrast, for every pair that carries text."""
    low = [(what, round(contrast(fg, bg), 2)) for what, fg, bg in palette.text_pairs() if contrast(fg, bg) < ratio]
    assert low == []


def test_app_bar_colours_carry_white_text():
    """Every app bar colour keeps its white title at 4.5:1 or more."""
    colours = [c for _, c in _APP_COLOURS] + list(_CALM_COLOURS)
    assert all(contrast("#ffffff", c) >= 4.5 for c in colours)


def test_at_200_percent_every_screen_fits_a_1366_by_768_window(qtbot, step):
    """Beside an instruction panel, at 200 % text, the phone fits the window and no screen
    is wider than the phone (long words wrap, the screen scrolls instead)."""
    host, view = beside_instructions(qtbot, step, "vi", 200)
    assert view.sizeHint().height() <= 760 and view.geometry().bottom() < 768
    for screen_id in step.screens:
        view.show_screen(screen_id)
        qtbot.wait(1)
        display = view._display
        assert host.rect().contains(display.geometry().translated(view.pos()))
        content = display.scroll.widget()
        assert content.minimumSizeHint().width() <= display.scroll.viewport().width(), screen_id
        assert content.width() <= display.scroll.viewport().width(), screen_id


def test_every_bundled_practice_screen_can_be_drawn(qtbot, tmp_path):
    """Each practice screen of the bundled lessons builds, with a widget for every tappable."""
    with Trainer.open(tmp_path / "data") as trainer:
        steps = [s for lesson in trainer.lessons.lessons for s in lesson.steps if s.kind == "practice"]
    assert steps
    for practice in steps:
        view = PhoneView(practice, "vi")
        qtbot.addWidget(view)
        for screen_id, screen in practice.screens.items():
            view.show_screen(screen_id)
            assert all(view.element_widget(e.id) for e in screen.tappables())


# --- keyboard focus inside the phone -----------------------------------------------------

def focusable_in(phone):
    return [w for w in phone.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_only_what_can_be_tapped_or_typed_in_takes_the_focus_and_each_has_a_name(qtbot, phone):
    """On every screen (a dialog's too, with a hint showing) Tab lands only on elements,
    the screen's message or a dialog's (read before the buttons) and the hint's "Got it",
    never on a frame, and each has a name."""
    from digital_literacy_app.ui.phone.elements import DialogCard

    for screen_id in phone._step.screens:
        phone.show_screen(screen_id)
        phone.show_hint("Bấm “Tiếp tục”.")
        display = phone._display
        targets = {*display.widgets.values(), display.bubble.close_button, *display.findChildren(DialogCard),
                   display.scroll}
        focusable = focusable_in(phone)
        assert focusable and set(focusable) <= targets, (screen_id, [type(w).__name__ for w in focusable])
        assert [w for w in focusable if not w.accessibleName().strip()] == [], screen_id


def test_tab_goes_from_the_phone_to_its_first_element(qtbot, step):
    """Tab from the control before the phone lands on the screen's message, and the next
    Tab on the phone's first element."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QHBoxLayout(host)
    before = QPushButton("Trước")
    layout.addWidget(before)
    view = PhoneView(step, "vi")
    layout.addWidget(view)
    host.resize(900, 780)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    view.show_screen("form")
    before.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view._display.scroll
    qtbot.keyClick(view._display.scroll, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.element_widget("name")


def test_page_down_on_an_element_scrolls_the_phone_screen(qtbot, phone):
    """The screen takes no focus, yet a keyboard user can still scroll it from any element."""
    phone.set_text_scale(200)
    phone.show_screen("scan")
    bar = phone._display.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    button = phone.element_widget("continue")
    button.setFocus()
    bar.setValue(0)
    qtbot.keyClick(button, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(button, Qt.Key.Key_PageUp)
    assert bar.value() == 0


# --- names under icons, and the hint bubble, at large text --------------------------------
# Every bundled practice screen's names under icons and hints are checked in the walks of
# test_phone_fit_100.py and _200.py (phone_fit.py), which build each screen once for all checks.


def test_a_name_too_wide_for_its_tile_shrinks_or_gets_a_wider_tile(qtbot):
    """At 200 %: "Messages" in three columns is drawn a little smaller, whole; a word that
    cannot fit three columns even at the smallest size allowed makes two wider ones. All names
    of a grid keep one size, never below three quarters of the learner's size."""
    look = PhoneLook(DEFAULT, PhoneFonts(QApplication.font().family(), 200))
    full, floor = look.font("tile").pointSizeF(), look.smallest("tile")

    def grid_of(*names):
        grid = AppGrid([AppTile(name, look) for name in names], look)
        qtbot.addWidget(grid)
        grid.resize(456, grid.heightForWidth(456))
        grid.show()
        return grid

    short = grid_of("Phone", "Notes", "Camera")
    assert short.columns(456) == 3
    assert {t.label_font().pointSizeF() for t in short.tiles} == {full}
    shrunk = grid_of("Phone", "Messages", "Camera")
    assert shrunk.columns(456) == 3
    sizes = {t.label_font().pointSizeF() for t in shrunk.tiles}
    assert len(sizes) == 1 and floor <= sizes.pop() < full
    wider = grid_of("Phone", "Messages", "Camera", "Administrative")
    assert wider.columns(456) == 2
    for grid in (short, shrunk, wider):
        for tile in grid.tiles:
            assert whole_words(tile.label_lines()) == tile.text().split(), tile.text()
            assert tile.height() >= tile.height_for(tile.width())


def test_a_hint_longer_than_the_screen_scrolls_instead_of_being_cut(qtbot, phone):
    """Even a hint too long for the smallest letters allowed is never cut short: it scrolls,
    and Page Down on "Got it" scrolls it."""
    phone.set_text_scale(200)
    phone.resize(560, 1000)  # room for the hint beside the element the step needs
    phone.show_screen("scan")
    phone.show_hint(" ".join(["Kiểm tra tên người nhận, rồi bấm “Tiếp tục”."] * 12))
    bubble = shown(phone, QWidget, "phone-hint")
    bar = bubble.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    assert bubble.label.height() == bubble.label.heightForWidth(bubble.label.width())
    assert bubble.close_button.isVisible() and bubble.rect().contains(bubble.close_button.geometry())
    bubble.close_button.setFocus()
    qtbot.keyClick(bubble.close_button, Qt.Key.Key_PageDown)
    assert bar.value() > 0


def ink_height(widget) -> int:
    """Rows of `widget`'s picture holding dark (text) pixels, top to bottom."""
    image = widget.grab().toImage()
    rows = [y for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < 100 for x in range(image.width()))]
    return rows[-1] - rows[0] + 1 if rows else 0


def test_the_apps_style_sheet_leaves_the_phones_text_sizes_alone(qtbot, app, step):
    """The learner app's style sheet gives every widget the body font size; the phone's
    amount (24 pt) must still be drawn larger than body text, not flattened to it."""
    view = PhoneView(step, "vi")
    qtbot.addWidget(view)
    view.resize(400, 780)
    view.show()
    qtbot.waitExposed(view)
    amount = next(w for w in view._display.findChildren(QWidget)
                  if getattr(w, "text", None) and callable(w.text) and w.text() == "12.500.000 đ")
    pixels = 24 * amount.logicalDpiY() / 72
    assert ink_height(amount) >= 0.6 * pixels  # digits and "đ" stand about 0.7 of the size


# --- the phone's own words -----------------------------------------------------------------

class MarkingTranslator(QTranslator):
    """Brackets every string asked of the "Phone" context, to show where the phone's words come from."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"[{source}]" if context == "Phone" else ""


def test_the_phones_own_words_come_from_qts_translations(qtbot, step, interface):
    """"Hint", "Careful", "Got it", the sample banner and the phone's names for screen readers
    are asked of Qt's translators under the context "Phone" (a word table would not be)."""
    interface("vi")
    marking = MarkingTranslator()
    QApplication.instance().installTranslator(marking)
    try:
        view = PhoneView(step, "vi")
        qtbot.addWidget(view)
        view.resize(400, 780)
        view.show()
        view.show_screen("scan")
        view.show_hint("Bấm “Tiếp tục”.")
        bubble = shown(view, QWidget, "phone-hint")
        assert (bubble.title.text(), bubble.close_button.text()) == ("[Hint]", "[Got it]")
        assert shown(view, QWidget, "sample-banner").text() == "[SAMPLE – NOT PAYABLE]"
        assert shown(view, QrImage).accessibleName() == "[QR code]"
        assert view.accessibleName() == "[Practice phone]"
        assert view._display.scroll.accessibleName() == "[Phone screen]"
        assert "[Back]" in {w.accessibleName() for w in view._display.findChildren(QWidget)}
        view.show_hint("Đừng bấm link.", warning=True)
        assert shown(view, QWidget, "phone-hint").title.text() == "[Careful]"
    finally:
        QApplication.instance().removeTranslator(marking)


@pytest.mark.parametrize("lang, words", [
    ("vi", ("Gợi ý", "Cẩn thận", "Đã hiểu", "Điện thoại tập")),
    ("en", ("Hint", "Careful", "Got it", "Practice phone")),
])
def test_the_phones_own_words_are_translated_in_both_languages(qtbot, step, interface, lang, words):
    """With the app's compiled translations the phone speaks the learner's language."""
    interface(lang)
    view = PhoneView(step, lang)
    qtbot.addWidget(view)
    view.resize(400, 780)
    view.show()
    view.show_screen("scan")
    view.show_hint("…")
    hint = shown(view, QWidget, "phone-hint")
    title, close = hint.title.text(), hint.close_button.text()
    view.show_hint("…", warning=True)
    careful = shown(view, QWidget, "phone-hint").title.text()
    assert (title, careful, close, view.accessibleName()) == words
