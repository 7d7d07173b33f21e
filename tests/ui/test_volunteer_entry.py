"""Into and out of volunteer mode: the PIN, the lock, the way back, the idle return, and
the learner card code on the start screen."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.card_codes import learner_code
from digital_literacy_app.core.volunteers import LOCK_SECONDS, VolunteerBook
from digital_literacy_app.ui.volunteer import registry

from .conftest import click, press, type_text


class Clock:
    def __init__(self):
        self.now = 1_750_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(window, trainer):
    """The PIN screen's clock, moved by hand."""
    fake = Clock()
    window.volunteer_mode.book = VolunteerBook(trainer, fake)
    return fake


@pytest.fixture
def accounts(trainer):
    book = trainer.volunteers
    return book.add("Trần Thu Hà", "coordinator", "2468"), book.add("Phạm Minh", "volunteer", "1357")


def open_pin_screen(qtbot, window):
    start = window.show_start()
    assert start.volunteer_button.text() == "Tình nguyện viên"
    click(qtbot, start.volunteer_button)
    assert window.screen_name == "volunteer-pin"
    return window.screen


def test_the_start_screen_button_pin_and_digit_pad_open_the_volunteer_home(qtbot, window, accounts, clock):
    """Pick a name, press the digits on screen, "Mở": the home greets that volunteer."""
    pin = open_pin_screen(qtbot, window)
    click(qtbot, pin.name_buttons[accounts[1].id])
    for digit in "1357":
        click(qtbot, pin.pad.digit_buttons[digit])
    assert pin.pad.field.text() == "1357" and QApplication.focusWidget() is pin.pad.field
    click(qtbot, pin.pad.ok_button)
    assert window.screen_name == "volunteer-home"
    assert window.seat.volunteer.id == accounts[1].id
    assert window.screen.title.text() == "Công cụ tình nguyện viên – Phạm Minh"


def test_typing_the_pin_and_enter_works_too(qtbot, window, accounts, clock):
    """Keyboard only: arrows to the name, digits, Enter."""
    pin = open_pin_screen(qtbot, window)
    pin.name_buttons[accounts[0].id].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is pin.pad.field
    qtbot.keyClicks(pin.pad.field, "2468")
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "volunteer-home"


def test_five_wrong_pins_lock_the_pad_for_a_minute_even_after_reopening(qtbot, window, accounts, clock):
    """Tries left are counted down in words (and heard, assertively); the fifth locks the pad
    with a countdown, said once; going back and opening the PIN screen again is still
    locked; after the minute it opens."""
    from digital_literacy_app.ui.announce import listen

    heard = []
    stop = listen(lambda source, text, assertive: heard.append((text, assertive)))
    pin = open_pin_screen(qtbot, window)
    click(qtbot, pin.name_buttons[accounts[0].id])
    for expected in (4, 3, 2, 1):
        qtbot.keyClicks(pin.pad.field, "0000")
        press(qtbot, Qt.Key.Key_Return)
        assert pin.message.text() == f"Mã PIN chưa đúng. Còn {expected} lần thử, sau đó phải đợi một phút."
        assert heard[-1] == (pin.message.text(), True)
        assert pin.pad.field.text() == ""
    pin.try_pin("0000")
    assert not pin.pad.field.isEnabled() and not pin.pad.ok_button.isEnabled()
    assert pin.message.text() == f"Đã nhập sai 5 lần. Bạn đợi {LOCK_SECONDS} giây rồi thử lại."
    assert heard[-1] == (pin.message.text(), True)
    said = len(heard)
    pin._tick()
    stop()
    assert len(heard) == said, "the countdown's seconds are not said again and again"
    click(qtbot, pin.back_button)
    pin = open_pin_screen(qtbot, window)
    assert not pin.pad.ok_button.isEnabled()
    pin.try_pin("2468")
    assert window.screen_name == "volunteer-pin", "the right PIN does not open during the lock"
    clock.now += LOCK_SECONDS - 10
    pin._tick()
    assert "10 giây" in pin.message.text()
    clock.now += 10
    pin._tick()
    assert pin.pad.ok_button.isEnabled() and not pin.message.isVisible()
    click(qtbot, pin.name_buttons[accounts[0].id])
    pin.try_pin("2468")
    assert window.screen_name == "volunteer-home"


def test_leaving_volunteer_mode_returns_to_who_is_learning(qtbot, window, accounts):
    """"Thoát chế độ tình nguyện viên" ends volunteer mode and shows the names again."""
    window.volunteer_mode.sign_in(accounts[0])
    home = window.screen
    assert home.exit_button.text() == "‹  Thoát chế độ tình nguyện viên"
    click(qtbot, home.exit_button)
    assert window.screen_name == "start" and window.seat.volunteer is None
    assert window.screen.title.text() == "Ai đang học?"


def test_the_idle_return_also_ends_volunteer_mode(qtbot, window, accounts):
    """A volunteer who walks away from an open tool is signed out like a learner would be."""
    window.volunteer_mode.sign_in(accounts[0])
    window.idle.set_idle_ms(150)
    window.overlay.countdown_s = 1
    window.volunteer_mode.open_tool(registry.tools_for("coordinator")[0])
    qtbot.waitUntil(lambda: window.overlay.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: window.screen_name == "start", timeout=5000)
    assert window.seat.volunteer is None


def test_a_volunteer_sees_only_the_tools_of_their_role(qtbot, window, accounts):
    """A tool registered for coordinators only is not on a volunteer's home, and cannot be
    opened by a volunteer even by calling it directly."""
    opened = []
    secret = registry.Tool("test-only", lambda: "Chỉ điều phối viên", frozenset({"coordinator"}),
                           lambda seat, go_home: opened.append(seat) or QApplication.focusWidget())
    registry.register(secret)
    try:
        window.volunteer_mode.sign_in(accounts[1])
        assert "test-only" not in window.screen.buttons
        assert list(window.screen.buttons)[:4] == ["learners", "progress", "sessions", "certificates"]
        window.volunteer_mode.open_tool(secret)
        assert opened == [] and window.screen_name == "volunteer-home"
        window.volunteer_mode.sign_in(accounts[0])
        assert "test-only" in window.screen.buttons
    finally:
        registry.unregister("test-only")


def test_i_have_a_card_opens_the_learner_from_the_typed_code(qtbot, window, trainer):
    """"Tôi có thẻ": the code from the card, typed in small letters with a dash, opens that
    learner's lessons; a code of nobody here is explained."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1950)
    start = window.show_start()
    assert start.card_button.text() == "Tôi có thẻ"
    click(qtbot, start.card_button)
    screen = window.screen
    assert window.screen_name == "card-code" and QApplication.focusWidget() is screen.code
    type_text(screen.code, "abcde fghjk")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.error.text() == "Trên máy này chưa có ai mang mã đó. Bạn xem lại mã, hoặc nhờ tình nguyện viên giúp."
    screen.code.clear()
    type_text(screen.code, "12")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.error.text().startswith("Mã này chưa đúng.")
    screen.code.clear()
    type_text(screen.code, learner_code(hoa.id).lower().replace(" ", "-"))
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "catalogue" and window.seat.learner.id == hoa.id


def test_a_card_opened_from_the_volunteer_home_ends_volunteer_mode(qtbot, window, trainer, accounts):
    """The volunteer hands the PC to the learner: their lessons open, the volunteer is out."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1950)
    window.volunteer_mode.sign_in(accounts[0])
    click(qtbot, window.screen.card_button)
    window.screen.code.setText(learner_code(hoa.id))
    click(qtbot, window.screen.open_button)
    assert window.seat.learner.id == hoa.id and window.seat.volunteer is None


def test_a_screen_that_goes_stops_its_timers_so_nothing_reads_a_closed_database(qtbot, window, accounts, clock):
    """The PIN screen counts a lock down every second from the database; once the screen
    goes (or the window closes), its timer is stopped before the data folder closes."""
    pin = open_pin_screen(qtbot, window)
    click(qtbot, pin.name_buttons[accounts[0].id])
    for _ in range(5):
        pin.try_pin("0000")
    assert pin.countdown.isActive(), "locked: the countdown runs"
    click(qtbot, pin.back_button)
    assert not pin.countdown.isActive()


def test_the_pin_pad_does_not_move_when_a_message_shows(qtbot, window, accounts, clock):
    """The next press after "Mã PIN chưa đúng…" or the lock lands on the same digit: the
    message shows in room kept for it above the pad."""
    pin = open_pin_screen(qtbot, window)
    click(qtbot, pin.name_buttons[accounts[0].id])
    buttons = [pin.pad.ok_button, pin.pad.field, *pin.pad.findChildren(type(pin.pad.ok_button))]

    def places():
        return [button.mapTo(window, button.rect().topLeft()) for button in buttons]

    before = places()
    assert not pin.message.isVisible()
    pin.try_pin("0000")
    assert pin.message.isVisible() and places() == before
    for _ in range(4):
        pin.try_pin("0000")
    assert "60" in pin.message.text() and places() == before
