"""Opening the city store from the app: the password asked for, a refusal said plainly.

The address comes from `dla --database`, DLA_DATABASE_URL or the settings screen (saved
without its password). It is tested first (core/store/city_address.py, nothing changed on
the server): where the server asks for a password that neither the address nor libpq's
password file gives, the coordinator types it here and it stays in memory only. Any other
answer (cannot reach, wrong database, a newer version, not a city store) is said in plain
words with two ways on: try again, or this computer's own data. The password is never
shown: the dialogs name the store as user@host/database.
"""

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.i18n import current_language
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role

OWN_DATA, TRY_AGAIN = "own", "again"


@contextmanager
def _busy():
    """The wait cursor while the city store is asked: the window cannot answer until the
    server does or the connection times out (seconds, core/store/postgres.py)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()



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
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CityStore", "The city store cannot be opened"), text, parent=parent)
    again = box.addButton(QCoreApplication.translate("CityStore", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    own = box.addButton(QCoreApplication.translate("CityStore", "This computer's own data"), QMessageBox.ButtonRole.RejectRole)
    again.setAccessibleName(QCoreApplication.translate("CityStore", "Try to open the city store again"))
    own.setAccessibleName(QCoreApplication.translate("CityStore", "Open this computer's own data"))
    box.setAccessibleName(text)
    box.setDefaultButton(own)
    box.exec()
    return TRY_AGAIN if box.clickedButton() is again else OWN_DATA


def open_city(data_dir, address: str, parent=None, ask=None, tell=None) -> Trainer | None:
    """A Trainer on the city store (this PC's identity in `data_dir`, already held by the
    app), or None when the coordinator chose this computer's own data."""
    stores = Trainer.city_stores
    ask, tell = ask or ask_password, tell or tell_refusal
    while True:
        with _busy():
            check = stores.check(address)
        while check.needs_password:
            password = ask(stores.shown(address), check.say(current_language()), parent)
            if password is None:
                return None
            with_password = stores.with_password(address, password)
            with _busy():
                check = stores.check(with_password)
            if check.works:
                address = with_password
        if check.works:
            try:
                with _busy():
                    return Trainer.open(data_dir, database=address)
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

