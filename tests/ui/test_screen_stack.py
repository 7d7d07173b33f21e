"""Changing screens (ui/widgets/frame.py's show_in_stack): the main window, the city store's
window and a tool's pages show a screen in place of the last, which goes at once."""

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget
from shiboken6 import isValid

from digital_literacy_app.ui.widgets.frame import ScreenFrame, show_in_stack


class Seat(QObject):
    changed = Signal()


def _screen(seat: Seat, heard: list, name: str) -> ScreenFrame:
    """A screen listening to the seat, with a countdown running, as real screens have."""
    screen = ScreenFrame(name)
    screen.listen(seat.changed, lambda: heard.append(name))
    countdown = QTimer(screen)
    countdown.start(60_000)
    return screen


def test_the_screen_replaced_stops_listening_and_goes_and_a_kept_one_stays_hidden(qtbot):
    stack, seat, heard = QStackedWidget(), Seat(), []
    qtbot.addWidget(stack)
    first, kept = _screen(seat, heard, "first"), _screen(seat, heard, "kept")
    show_in_stack(stack, first, None)
    show_in_stack(stack, kept, first)
    countdown = first.findChild(QTimer)
    assert stack.currentWidget() is kept and stack.indexOf(first) < 0
    assert not countdown.isActive()  # a countdown must not read a database that closes
    seat.changed.emit()
    assert heard == ["kept"]  # the screen that went is never called again

    last = _screen(seat, heard, "last")
    show_in_stack(stack, last, kept, keep=kept)  # the catalogue, kept between sign-ins
    assert stack.currentWidget() is last and stack.indexOf(kept) >= 0 and kept.findChild(QTimer).isActive()
    show_in_stack(stack, kept, last, keep=kept)  # shown again, not added twice
    assert stack.count() == 1 and stack.currentWidget() is kept

    qtbot.waitUntil(lambda: not isValid(first) and not isValid(last))  # deleted once the event loop runs
    assert isValid(kept)
