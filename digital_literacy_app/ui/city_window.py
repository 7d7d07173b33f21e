"""The app on the city store: the coordinator screens only, under a banner naming the store.

A city store holds the records of every ward; nobody learns or is taught on it. So this
window shows no "Who is learning?" and no lessons: a coordinator of this PC signs in with
their own PIN (the PC's accounts: volunteer accounts and their looks stay on the PC), then
finds the tools that work on the city's records: import sync files, reports for the city,
known computers (with the imported files and the trust list) and the certificate check.
The volunteer tools that belong to one ward's PC (learners, sessions, certificates and
cards, backups of the PC's database file, volunteer accounts, writing a sync file) stay
with the PC's own data, one press away ("Back to this computer's data" in the banner).
The city's backups are the server's (pg_dump, docs/city-scale.md), never the app's.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from digital_literacy_app.ui.idle import IdleWatcher
from digital_literacy_app.ui.seat import Seat
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer import registry
from digital_literacy_app.ui.widgets.frame import ScreenFrame, leave_screen, scroll_area, show_in_stack

CITY_TOOLS = ("sync-import", "reports", "known-devices", "verify")


class CityBanner(QWidget):
    """Which store is open, on every screen of this window, and the way back."""

    back_requested = Signal()

    def __init__(self, address: str, parent=None):
        super().__init__(parent, objectName="TopBar")
        self.address = address
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 8)
        self.label = set_role(QLabel(), "lead")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        layout.addWidget(self.back_button)
        self.retranslate()

    def retranslate(self) -> None:
        """In the language of whoever uses the window now (the screens under it are made
        anew in it; the banner stays)."""
        self.label.setText(self.tr("City store open: {address}").format(address=self.address))
        self.label.setAccessibleName(self.label.text())
        self.back_button.setText(self.tr("Back to this computer's data"))
        self.back_button.setAccessibleName(self.tr("Close the city store and open this computer's own data"))


class CityHome(ScreenFrame):
    """The coordinator's tools that work on the city store, as big buttons."""

    tool_chosen = Signal(object)
    leave_requested = Signal()
    settings_requested = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(parent=parent)
        from digital_literacy_app.ui.volunteer.home_screen import load_tools
        from digital_literacy_app.ui.widgets.card_button import CardButton

        self.title.setText(self.tr("City store \u2013 {name}").format(name=seat.volunteer.name))
        self.exit_button = self.add_top_left(QPushButton(self.tr("\u2039  Sign out")))
        self.exit_button.setAccessibleName(self.tr("Sign out of the city store's tools"))
        self.exit_button.clicked.connect(self.leave_requested)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(16)
        intro = QLabel(self.tr(
            "These tools work on the city's records. Learners, lessons, teaching sessions, certificates and "
            "backups stay on each ward's computer; the city store's backups are made by the city's IT staff."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        load_tools()
        self.tools = [tool for tool in registry.tools_for(seat.volunteer.role) if tool.key in CITY_TOOLS]
        self.buttons = {}
        for tool in self.tools:
            button = CardButton(tool.title(), role="tile")
            button.clicked.connect(lambda _=False, t=tool: self.tool_chosen.emit(t))
            column.addWidget(button)
            self.buttons[tool.key] = button
        column.addStretch(1)
        self.body_layout.addWidget(scroll_area(content, self.tr("The city store's tools")), 1)
        self.settings_button = QPushButton(self.tr("Settings and city store"))
        self.settings_button.setAccessibleName(self.tr("Your text size and colours, and the city store's address"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.bottom.addWidget(self.settings_button)
        self.bottom.addStretch(1)

    def initial_focus(self):
        return next(iter(self.buttons.values()), self.exit_button)


class CityWindow(QMainWindow):
    """`own_data_requested`: the coordinator goes back to this PC's own data (ui/app_run.py)."""

    own_data_requested = Signal()
    screen_changed = Signal(str)

    def __init__(self, trainer, pc_trainer, parent=None):
        super().__init__(parent)
        self.pc_trainer = pc_trainer
        self.seat = Seat(trainer, parent=self)
        self.seat.settings = pc_trainer.settings  # the PC's start language and its volunteers' looks
        self.seat.values = self.seat.nobody_values()
        self.seat.store_requested.connect(lambda address: address or self.own_data_requested.emit())
        self.seat.appearance_changed.connect(self._appearance_changed)
        host = QWidget()
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = CityBanner(trainer.city_store)
        self.banner.back_requested.connect(self.own_data_requested)
        column.addWidget(self.banner)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.setCentralWidget(host)
        self.screen = None
        self.screen_name = ""
        # left alone, the city's tools lock again (the PIN), as the volunteer tools do
        self.idle = IdleWatcher(self.seat.idle_minutes() * 60_000, self)
        QApplication.instance().installEventFilter(self.idle)
        self.idle.idle.connect(lambda: self.seat.volunteer is not None and self.show_pin())
        self.show_pin()

    def _set_screen(self, screen, name: str):
        old, self.screen, self.screen_name = self.screen, screen, name
        show_in_stack(self.stack, screen, old)
        page = getattr(screen, "page", None) or screen
        heading = page.title.text().strip() if isinstance(page, ScreenFrame) else ""
        app_name = self.tr("Digital literacy trainer \u2013 city store")
        self.setWindowTitle(f"{heading} \u2013 {app_name}" if heading else app_name)
        start = getattr(screen, "focus_start", None)
        if start is not None:
            start()
        self.screen_changed.emit(name)
        return screen

    def show_pin(self, notice: str = ""):
        from digital_literacy_app.ui.volunteer.pin_screen import PinScreen

        self.idle.stop()
        self.seat.sign_out()
        screen = PinScreen(self.seat, self.pc_trainer.volunteers)
        screen.title.setText(self.tr("City store: a coordinator's PIN"))
        screen.back_button.setText(self.tr("\u2039  This computer's data"))
        screen.back_button.setAccessibleName(self.tr("Close the city store and open this computer's own data"))
        screen.signed_in.connect(self.sign_in)
        screen.cancelled.connect(self.own_data_requested)
        if notice:
            screen._say(notice)
        return self._set_screen(screen, "city-pin")

    def sign_out(self) -> None:
        """After an unexpected error (ui/crash.py), as after idle: back to the PIN."""
        self.show_pin()

    def sign_in(self, account) -> None:
        if not account.is_coordinator:
            self.show_pin(self.tr("Only a coordinator can open the city store. {name} is a volunteer on "
                                  "this computer.").format(name=account.name))
            return
        self.seat.sign_in_volunteer(account)
        self.idle.start()
        self.show_home()

    def show_home(self):
        if self.seat.volunteer is None:
            return self.show_pin()
        screen = CityHome(self.seat)
        screen.tool_chosen.connect(self.open_tool)
        screen.leave_requested.connect(lambda: self.show_pin())
        screen.settings_requested.connect(self.show_settings)
        return self._set_screen(screen, "city-home")

    def open_tool(self, tool):
        if self.seat.volunteer is None or tool.key not in CITY_TOOLS:
            return self.show_home()
        try:
            screen = tool.make_screen(self.seat, self.show_home)
        except Exception as error:  # the city store stopped answering or refused: say so, stay on the tools
            lost = self.seat.trainer.city_stores.lost_or_refused(error)
            if lost is None:
                raise
            return self._tell_lost(lost)
        page = getattr(screen, "page", None) or screen
        back = getattr(page, "back_button", None)
        if back is not None:  # it leads to the city store's tools here, not the volunteer tools
            back.setText(self.tr("\u2039  City store"))
            back.setAccessibleName(self.tr("Back to the city store's tools"))
        return self._set_screen(screen, f"tool:{tool.key}")

    def _tell_lost(self, error):
        from PySide6.QtWidgets import QMessageBox

        from digital_literacy_app.ui.reasons import reason

        text = reason(error)
        title = (self.tr("The city store does not answer") if getattr(error, "code", "") == "city.lost"
                 else self.tr("The city store refused the work"))
        self.lost = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        self.lost.setAccessibleName(text)
        self.lost.open()
        return self.screen

    def show_settings(self, focus_key: str = ""):
        from digital_literacy_app.ui.settings_screen import SettingsScreen

        screen = SettingsScreen(self.seat)
        screen.done.connect(self.show_home)
        self._set_screen(screen, "settings")
        if focus_key:
            screen.focus_setting(focus_key)
        return screen

    def _appearance_changed(self, key: str) -> None:
        if key in ("", "language"):  # a sign-in, a sign-out or a choice on the settings screen
            self.banner.retranslate()
        if self.screen_name == "settings" and key:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: self.show_settings(key))

    def closeEvent(self, event) -> None:
        if self.screen is not None:
            leave_screen(self.screen)
        self.idle.stop()
        QApplication.instance().removeEventFilter(self.idle)
        super().closeEvent(event)
