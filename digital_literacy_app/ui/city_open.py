"""Opening the city store from the app: the password asked for, a refusal said plainly.

The address comes from `dla --database`, DLA_DATABASE_URL or the settings screen (saved
without its password). It is tested first (core/store/city_address.py, nothing changed on
the server): where the server asks for a password that neither the address nor libpq's
password file gives, the coordinator types it here and it stays in memory only. Any other
answer (cannot reach, wrong database, a newer version, not a city store) is said in plain
words with two ways on: try again, or this computer's own data. The password is never
shown: the dialogs name the store as user@host/database.

Every question to the server runs on a worker thread (`_wait_for`): a server that takes
the connection and never answers holds it for up to 15 s, and a first opening that
upgrades a large store for half a minute. Meanwhile a window says what the app waits for
(heard by a screen reader), the pointer shows it, and a button gives up waiting for this
computer's own data.
"""

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout, QDialog, QDialogButtonBox, QLabel, QLayout, QLineEdit, QPushButton, QVBoxLayout,
)

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.i18n import current_language
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.widgets.busy import BusyPanel

OWN_DATA, TRY_AGAIN = "own", "again"
SHOW_WAIT_AFTER_MS = 300  # a server that answers at once never flashes the waiting window


class StoppedWaiting(Exception):
    """The coordinator chose this computer's own data while the city store was asked."""


class WaitDialog(QDialog):
    """What the app is waiting for while the city store is asked, and the way out."""

    def __init__(self, address: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CityStore", "The city store"))
        message = QCoreApplication.translate("CityStore", "Opening the city store {address}\u2026").format(address=address)
        self.setAccessibleName(message)
        layout = QVBoxLayout(self)
        self.panel = BusyPanel(message)
        layout.addWidget(self.panel)
        self.hint = QLabel(QCoreApplication.translate(
            "CityStore", "A server that does not answer is given up after 15 seconds."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.own_button = QPushButton(QCoreApplication.translate("CityStore", "This computer's own data"))
        self.own_button.setAccessibleName(QCoreApplication.translate(
            "CityStore", "Stop waiting; open this computer's own data"))
        self.own_button.clicked.connect(self.reject)
        layout.addWidget(self.own_button, 0, Qt.AlignmentFlag.AlignRight)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.own_button.setFocus()
        announce(self.panel.label, self.panel.label.text())


def _wait_for(work, address: str, parent=None):
    """`work()`'s result, run on a worker thread while the waiting window shows (after
    SHOW_WAIT_AFTER_MS) and the event loop runs; its exception raised here. StoppedWaiting
    when the coordinator gave up: a store the work opens after that is closed unused."""
    outcome: dict = {}
    loop = QEventLoop()

    def arrived(kind: str, value) -> None:  # on the GUI thread, in the order things happened
        if "stopped" in outcome:
            _close_unused(value)
            return
        outcome[kind] = value
        loop.quit()

    dialog = WaitDialog(address, parent)
    dialog.rejected.connect(lambda: arrived("stopped", None))
    run_in_background(lambda _task: work(), on_success=lambda result: arrived("result", result),
                      on_failure=lambda error: arrived("error", error))
    timer = QTimer(singleShot=True, interval=SHOW_WAIT_AFTER_MS)
    timer.timeout.connect(dialog.open)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        timer.start()
        if not outcome:
            loop.exec()
    finally:
        timer.stop()
        QGuiApplication.restoreOverrideCursor()
        dialog.hide()
        dialog.deleteLater()
    if "stopped" in outcome:
        raise StoppedWaiting()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _close_unused(result) -> None:
    if isinstance(result, Trainer):
        result.close()


class PasswordDialog(QDialog):
    """The city store's password, asked for when it is opened; kept by the caller in memory."""

    def __init__(self, address: str, message: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CityStore", "Password of the city store"))
        layout = QVBoxLayout(self)
        self.message = set_role(QLabel(message), "lead")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        label = QLabel(QCoreApplication.translate("CityStore", "Password for {address}").format(address=address))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(QCoreApplication.translate("CityStore", "Password for {address}").format(address=address))
        label.setBuddy(self.field)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(QCoreApplication.translate("CityStore", "Open the city store"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(QCoreApplication.translate("CityStore", "Open the city store with this password"))
        self.own_button = buttons.addButton(QCoreApplication.translate("CityStore", "This computer's own data"), QDialogButtonBox.ButtonRole.RejectRole)
        self.own_button.setAccessibleName(QCoreApplication.translate("CityStore", "Do not open the city store; open this computer's own data"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()
        announce(self.message, message)

    def password(self) -> str:
        return self.field.text()


def ask_password(address: str, message: str, parent=None) -> str | None:
    dialog = PasswordDialog(address, message, parent)
    try:
        return dialog.password() if dialog.exec() == QDialog.DialogCode.Accepted and dialog.password() else None
    finally:
        dialog.field.clear()


def tell_refusal(text: str, parent=None) -> str:
    """The plain answer with its two ways on: OWN_DATA or TRY_AGAIN."""
    dialog = RefusalDialog(text, parent)
    dialog.exec()
    return dialog.choice


class RefusalDialog(QDialog):
    """Why the city store cannot be opened, and the two ways on. Not a QMessageBox: that
    one caps its width (the screen's less 480 px, 886 px on a 1366x768 screen) and cut
    "Dữ liệu của chính máy này" at 200 %; here the answers go one under another at large
    text sizes, as confirmation.py's do, and each reads whole."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.choice = OWN_DATA  # also what closing the window means
        self.setWindowTitle(QCoreApplication.translate("CityStore", "The city store cannot be opened"))
        self.setAccessibleName(text)
        layout = QVBoxLayout(self)
        self.message = set_role(QLabel(text), "lead")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.again_button = QPushButton(QCoreApplication.translate("CityStore", "Try again"))
        self.again_button.setAccessibleName(QCoreApplication.translate("CityStore", "Try to open the city store again"))
        self.own_button = QPushButton(QCoreApplication.translate("CityStore", "This computer's own data"))
        self.own_button.setAccessibleName(QCoreApplication.translate("CityStore", "Open this computer's own data"))
        self.again_button.clicked.connect(lambda: self._chosen(TRY_AGAIN))
        self.own_button.clicked.connect(lambda: self._chosen(OWN_DATA))
        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight if theme_scale() <= 150
                             else QBoxLayout.Direction.TopToBottom)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.own_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # as tall as the wrapped text needs
        self.own_button.setDefault(True)
        self.own_button.setFocus()
        announce(self.message, text, True)

    def _chosen(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def open_city(data_dir, address: str, parent=None, ask=None, tell=None) -> Trainer | None:
    """A Trainer on the city store (this PC's identity in `data_dir`, already held by the
    app), or None when the coordinator chose this computer's own data."""
    try:
        return _open_city(data_dir, address, parent, ask or ask_password, tell or tell_refusal)
    except StoppedWaiting:
        return None


def _open_city(data_dir, address: str, parent, ask, tell) -> Trainer | None:
    stores = Trainer.city_stores
    shown = stores.shown(address)
    while True:
        check = _wait_for(lambda: stores.check(address), shown, parent)
        while check.needs_password:
            password = ask(shown, check.say(current_language()), parent)
            if password is None:
                return None
            with_password = stores.with_password(address, password)
            check = _wait_for(lambda: stores.check(with_password), shown, parent)
            if check.works:
                address = with_password
        if check.works:
            try:
                return _wait_for(lambda: Trainer.open(data_dir, database=address), shown, parent)
            except DlaError as error:  # it went away between the test and the opening
                text = reason(error)
            except Exception as error:  # the server refused the set-up (no right to make tables, say)
                refused = stores.lost_or_refused(error)
                if refused is None:
                    raise
                text = reason(refused)
        else:
            text = check.say(current_language())
        if tell(text, parent) == OWN_DATA:
            return None

