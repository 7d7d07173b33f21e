"""The settings screen's city store section, for coordinators: address, test, save, forget.

The address is saved without its password (core/store/city_address.py says why): the
password box here serves the test only and is emptied once the test has answered (or the
screen is left). The test runs off the GUI thread (a server that does not answer takes a
few seconds) and its plain answer is shown and announced. Saving makes the app open the
city store at every start; "Open the city store now" (or, on the city store, "Back to this
PC's data") asks the app to switch at once (Seat.store_requested, ui/app_run.py).
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.i18n import current_language
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import set_role

EXAMPLE = "postgresql://dla@db.city.example/dla_city"
SCROLL_AFTER_MS = 100  # the answer's new height is laid out first


class CityStorePanel(QWidget):
    def __init__(self, seat, parent=None):
        super().__init__(parent)
        self.seat = seat
        self.stores = seat.trainer.city_stores
        self.folder = seat.trainer.data_dir
        self.task = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        heading = set_role(QLabel(self.tr("City store (for coordinators)")), "section")
        heading.setWordWrap(True)  # at 200 % it is wider than the screen
        layout.addWidget(heading)
        intro = QLabel(self.tr("The city's records on a PostgreSQL server, set up by the city's IT staff. "
                               "The password is never saved on this computer: the app asks for it each "
                               "time it opens the city store."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        wide = seat.text_scale <= 150
        self.address = QLineEdit(self.stores.saved(self.folder) or "")
        self.address.setPlaceholderText(EXAMPLE)
        self.address.setAccessibleName(self.tr("Address of the city store"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password, for the test only (never saved)"))
        for row, (label, field) in enumerate(((self.tr("Address"), self.address),
                                              (self.tr("Password (test only)"), self.password))):
            name = QLabel(label)
            name.setWordWrap(not wide)  # beside its box a wrapped label would overlap the next row
            name.setBuddy(field)
            grid.addWidget(name, row * (1 if wide else 2), 0)
            grid.addWidget(field, row * (1 if wide else 2) + (0 if wide else 1), 1 if wide else 0)
        grid.setColumnStretch(1 if wide else 0, 1)
        layout.addLayout(grid)

        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setAccessibleName(self.tr("Test the connection to the city store"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the address: the app opens the city store at every start"))
        self.save_button.clicked.connect(self.save)
        self.forget_button = QPushButton(self.tr("Forget"))
        self.forget_button.setAccessibleName(self.tr("Forget the address: the app opens this computer's own data"))
        self.forget_button.clicked.connect(self.forget)
        on_city = bool(seat.trainer.city_store)
        self.switch_button = QPushButton(self.tr("Back to this computer's data") if on_city
                                         else self.tr("Open the city store now"))
        self.switch_button.setAccessibleName(self.switch_button.text())
        self.switch_button.clicked.connect(self.switch)
        buttons = QHBoxLayout() if seat.text_scale <= 125 else QVBoxLayout()
        for button in (self.test_button, self.save_button, self.forget_button, self.switch_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.answer = set_role(QLabel(), "lead")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setAccessibleName(self.tr("Answer of the city store"))
        layout.addWidget(self.answer)
        self._show_state()

    def _typed(self) -> str:
        return self.address.text().strip()  # NFC-normalised by the core (city_address.py)

    def _show_state(self) -> None:
        saved = self.stores.saved(self.folder)
        on = self.seat.trainer.city_store
        if on:
            text = self.tr("Open now: the city store {address}.").format(address=on)
        else:
            text = self.tr("Open now: this computer's own data.")
        text += " " + (self.tr("At every start the app opens the city store {address}.").format(
            address=self.stores.shown(saved)) if saved else self.tr("At every start the app opens this computer's own data."))
        self.state.setText(text)
        self.forget_button.setEnabled(bool(saved))
        self.switch_button.setEnabled(bool(on) or bool(saved))

    def _say(self, text: str, assertive: bool = False) -> None:
        self.answer.setText(text)
        announce(self.answer, text, assertive)
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:  # at 200 % the answer is below the buttons: bring it into view, once laid out
            QTimer.singleShot(SCROLL_AFTER_MS, self.answer, lambda: area.ensureWidgetVisible(self.answer))

    def test(self) -> None:
        """Connect and look (changing nothing); the answer in plain words."""
        address = self._typed()
        if self.password.text():
            address = self.stores.with_password(self.stores.without_password(address), self.password.text())
        self.test_button.setEnabled(False)
        self._say(self.tr("Testing the connection to the city store\u2026"))
        self.task = run_in_background(lambda task: self.stores.check(address),
                                      on_success=self._tested, on_failure=self._test_failed)

    def _forget_password(self) -> None:
        """Kept no longer than the test: the password box, and one typed into the address."""
        self.password.clear()
        if self.stores.has_password(self._typed()):
            self.address.setText(self.stores.without_password(self._typed()))

    def _tested(self, check) -> None:
        if self.task is None:  # the screen was left (leave())
            return
        self.task = None
        self._forget_password()
        self.test_button.setEnabled(True)
        self._say(check.say(current_language()), assertive=not check.works)

    def _test_failed(self, error) -> None:
        if self.task is None:  # the screen was left (leave())
            return
        self.task = None
        self._forget_password()
        self.test_button.setEnabled(True)
        self._say(self.tr("The test could not be run ({problem}).").format(problem=type(error).__name__), True)

    def save(self) -> None:
        address = self._typed()
        if not self.stores.is_address(address):
            self._say(self.stores.check(address).say(current_language()), assertive=True)
            self.address.setFocus()
            return
        kept = self.stores.save(self.folder, address)
        self.address.setText(kept)
        self._show_state()
        text = self.tr("Saved. From the next start the app opens the city store {address} and asks for "
                       "its password.").format(address=self.stores.shown(kept))
        if self.stores.has_password(address):
            text += " " + self.tr("The password typed in the address was taken out: it is never saved.")
        self._say(text)

    def forget(self) -> None:
        self.stores.forget(self.folder)
        self._show_state()
        self._say(self.tr("Forgotten. From the next start the app opens this computer's own data."))

    def switch(self) -> None:
        """Open the other store now: the app closes this window and opens it."""
        if self.seat.trainer.city_store:
            self.seat.store_requested.emit("")
        else:
            self.seat.store_requested.emit(self.stores.saved(self.folder) or "")

    def leave(self) -> None:
        """The settings screen goes (SettingsScreen.leave): the typed password goes at once,
        and a test still running answers nobody. The check itself cannot be stopped half-way
        (the driver is connecting), so its answer is dropped rather than said over the next
        screen."""
        self.task = None
        self._forget_password()
