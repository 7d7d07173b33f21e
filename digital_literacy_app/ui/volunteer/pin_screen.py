"""Entering volunteer mode: pick your name, type your PIN.

The PIN can be typed or pressed on big digit buttons. After a wrong PIN the screen says
how many tries are left; after the fifth, entry is locked for a minute (kept by the core,
so restarting the app does not help a guesser) and the screen counts the seconds down.
"""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QButtonGroup, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.errors import PinLockedError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.widgets.message_slot import MessageSlot
from digital_literacy_app.ui.widgets.frame import ScreenFrame, error_label, scroll_area
from digital_literacy_app.ui.widgets.pin_pad import PinPad


class PinScreen(ScreenFrame):
    signed_in = Signal(object)  # VolunteerAccount
    cancelled = Signal()

    def __init__(self, seat, book=None, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        self.book = book or seat.trainer.volunteers
        self.title.setText(self.tr("Volunteer tools"))
        self.back_button = self.add_top_left(QPushButton(self.tr("\u2039  Back")))
        self.back_button.setAccessibleName(self.tr("Back to \u201cWho is learning?\u201d"))
        self.back_button.clicked.connect(self.cancelled)

        self.accounts = self.book.all()
        names = QWidget()
        names_layout = QVBoxLayout(names)
        names_layout.setContentsMargins(0, 0, 0, 0)
        names_layout.addWidget(set_role(QLabel(self.tr("Who are you?")), "title"))
        self.group = QButtonGroup(self)
        self.name_buttons: dict[str, QRadioButton] = {}
        for account in self.accounts:
            button = QRadioButton(account.name)
            button.setAccessibleName(account.name)
            button.toggled.connect(lambda on, a=account: on and self._chose(a))
            self.group.addButton(button)
            self.name_buttons[account.id] = button
            names_layout.addWidget(button)
        names_layout.addStretch(1)

        pin_column = QWidget()
        pin_layout = QVBoxLayout(pin_column)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        self.prompt = set_role(QLabel(self.tr("Your PIN")), "title")
        self.prompt.setWordWrap(True)
        self.pad = PinPad(self.tr("Open"))
        self.pad.ok_button.setAccessibleName(self.tr("Open the volunteer tools"))
        self.pad.submitted.connect(self.try_pin)
        self.message = error_label()
        # Above the pad, in sight even at 200 %, in room kept for it: the pad never moves.
        self.message_slot = MessageSlot(self.message, [
            self.tr("That PIN is not right. {count} tries left before a one-minute wait.").format(count=4),
            self.tr("Five wrong PINs. Please wait {seconds} seconds, then try again.").format(seconds=60),
            self.tr("First press your name.")])
        pin_layout.addWidget(self.prompt)
        pin_layout.addWidget(self.message_slot)
        pin_layout.addWidget(self.pad)
        pin_layout.addStretch(1)

        holder = QWidget()
        wide = theme_scale() <= 150
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom, holder)
        row.setContentsMargins(0, 0, 16, 0)
        row.setSpacing(48)
        row.addWidget(names, 1)
        row.addWidget(pin_column, 1)
        self.body_layout.addWidget(scroll_area(holder, self.tr("Volunteer sign-in")), 1)

        self.hide_bottom()
        self.countdown = QTimer(self, interval=1000)
        self.countdown.timeout.connect(self._tick)
        self.chosen = None
        if len(self.accounts) == 1:
            self.name_buttons[self.accounts[0].id].setChecked(True)
        self._tick()

    def initial_focus(self):
        return self.pad.field if self.chosen is not None else next(iter(self.name_buttons.values()), None)

    def _chose(self, account) -> None:
        self.chosen = account
        self.prompt.setText(self.tr("PIN of {name}").format(name=account.name))
        self.pad.clear()
        if self.isVisible():
            self.pad.field.setFocus()

    def try_pin(self, pin: str) -> None:
        if self.chosen is None:
            self._say(self.tr("First press your name."))
            return
        try:
            result = self.book.check_pin(self.chosen.id, pin)
        except PinLockedError:
            self._tick()
            return
        self.pad.clear()
        if result.ok:
            self.signed_in.emit(result.account)
        elif result.locked_seconds:
            self._tick()
        else:
            self._say(self.tr("That PIN is not right. {count} tries left before a one-minute wait.").format(
                count=result.tries_left))

    def _tick(self) -> None:
        """Show the lock and its countdown while it lasts; open the pad when it ends."""
        seconds = self.book.locked_seconds()
        self.pad.set_enabled(seconds == 0)
        if seconds:
            # Said once when the wait starts; the countdown then only changes the number shown.
            self._say(self.tr("Five wrong PINs. Please wait {seconds} seconds, then try again.").format(
                seconds=seconds), heard=not self.countdown.isActive())
            if not self.countdown.isActive():
                self.countdown.start()
        elif self.countdown.isActive():
            self.countdown.stop()
            self.message.hide()
            self.pad.field.setFocus()

    def _say(self, text: str, heard: bool = True) -> None:
        self.message_slot.say(text)
        if heard:
            announce(self.message, text, assertive=True)
