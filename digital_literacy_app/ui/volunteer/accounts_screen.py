"""Volunteer accounts of this PC: change your own PIN; coordinators add and remove people.

A PC with no coordinator (the first account chose "volunteer") lets any volunteer add
accounts, so nobody is ever locked out of adding a colleague. The last coordinator
cannot be removed.
"""

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
    QWidget,
)

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.records import COORDINATOR, PIN_MAX, VOLUNTEER
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.widgets.fold import ROWS, hold_rows, room_for_rows
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.frame import error_label, scroll_area
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table


class AccountsModel(RowsTableModel):
    """The accounts as the page words them: (name, role, account) a row."""

    def __init__(self, titles: list[str], rows: list[tuple], parent=None):
        super().__init__(rows, parent)
        self.given_titles = titles

    def headers(self) -> list[str]:
        return self.given_titles

    def cell(self, item, column: int) -> str:
        return item[column]


class AccountsPage(ToolPage):
    changed = Signal(str)  # what happened, to say on the page drawn afresh

    def __init__(self, seat, notice: str = "", parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Volunteer accounts"))
        self.book = self.trainer.volunteers
        self.me = seat.volunteer
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(0, 0, 16, 0)
        self.layout_.setSpacing(10)
        self.notice = set_role(QLabel(notice), "lead")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.layout_.addWidget(self.notice)
        self._accounts()
        self._my_pin()
        if self.may_manage():
            self._new_account()
        self.layout_.addStretch(1)
        self.body_layout.addWidget(scroll_area(content, self.tr("Volunteer accounts")), 1)
        self.hide_bottom()

    def may_manage(self) -> bool:
        coordinators = [a for a in self.book.all() if a.is_coordinator]
        return self.me.is_coordinator or not coordinators

    def initial_focus(self):
        return self.my_pin if theme_scale() <= 150 else self.accounts_table  # the list first, on screen

    def role_name(self, role: str) -> str:
        return self.tr("Coordinator") if role == COORDINATOR else self.tr("Volunteer")

    def _section(self, text: str) -> None:
        label = set_role(QLabel(text), "section")
        label.setWordWrap(True)
        self.layout_.addWidget(label)

    def _accounts(self) -> None:
        """The accounts as a table (eight rows on screen at 200 %), one button for the chosen."""
        if theme_scale() <= 150:  # at 200 % the table's name says it; its rows need the room
            self._section(self.tr("People who can open the volunteer tools"))
        accounts = self.book.all()
        rows = [(f"{a.name}{self.tr(' (you)') if a.id == self.me.id else ''}", self.role_name(a.role), a)
                for a in accounts]
        self.accounts_model = AccountsModel([self.tr("Name"), self.tr("Role")], rows, self)
        self.accounts_table = read_only_table(self.accounts_model, self.tr("People who can open the volunteer tools"),
                                              stretch=(0,), wrap=theme_scale() <= 150)
        hold_rows(room_for_rows(self.accounts_table, self.body_layout), min(ROWS, len(rows)))
        self.layout_.addWidget(self.accounts_table)
        self.remove_button = None
        if self.may_manage() and len(accounts) > 1:
            self.remove_button = set_role(QPushButton(self.tr("Remove the chosen account")), "danger")
            self.remove_button.clicked.connect(self._remove_chosen)
            self.layout_.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
            self.accounts_table.selectionModel().currentRowChanged.connect(lambda current, _: self._chosen())
            self.accounts_table.selectRow(0)  # the button always says whom it would remove
            self._chosen()

    def _chosen(self) -> None:
        """Anyone but yourself can be removed: the button names who it would remove."""
        account = self._chosen_account()
        self.remove_button.setEnabled(account is not None and account.id != self.me.id)
        self.remove_button.setAccessibleName(
            self.tr("Remove the account of {name}").format(name=account.name) if self.remove_button.isEnabled()
            else self.tr("Remove the chosen account"))

    def _chosen_account(self):
        index = self.accounts_table.currentIndex()
        return self.accounts_model.rows[index.row()][2] if index.isValid() else None

    def _remove_chosen(self) -> None:
        account = self._chosen_account()
        if account is not None and account.id != self.me.id:
            self.remove(account)

    def _pin_field(self, grid, row: int, caption: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_MAX}}}"), field))
        field.setMaxLength(PIN_MAX)
        field.setMaximumWidth(320)
        field.setAccessibleName(caption)
        label = QLabel(caption)
        label.setBuddy(field)
        label.setWordWrap(True)
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)
        return field

    def _error(self) -> QLabel:
        label = error_label()
        self.layout_.addWidget(label)
        return label

    def _my_pin(self) -> None:
        self._section(self.tr("Change my PIN"))
        grid = QGridLayout()
        self.my_pin = self._pin_field(grid, 0, self.tr("New PIN (4 to 8 digits)"))
        self.my_pin_again = self._pin_field(grid, 1, self.tr("The new PIN again"))
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.my_pin_error = self._error()
        self.change_button = QPushButton(self.tr("Change my PIN"))
        self.change_button.clicked.connect(self.change_pin)
        self.my_pin_again.returnPressed.connect(self.change_pin)
        self.layout_.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _new_account(self) -> None:
        self._section(self.tr("Add a volunteer"))
        grid = QGridLayout()
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Name of the new volunteer"))
        self.new_name.setMaximumWidth(600)
        name_label = QLabel(self.tr("Name"))
        name_label.setBuddy(self.new_name)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.new_name, 0, 1)
        self.new_pin = self._pin_field(grid, 1, self.tr("Their PIN (4 to 8 digits)"))
        self.new_pin_again = self._pin_field(grid, 2, self.tr("Their PIN again"))
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        roles = QFrame()
        roles_layout = QHBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_group = QButtonGroup(self)
        self.role_buttons = {}
        for role in (VOLUNTEER, COORDINATOR):
            button = QRadioButton(self.role_name(role))
            button.setAccessibleName(self.tr("Role: {role}").format(role=self.role_name(role)))
            button.setChecked(role == VOLUNTEER)
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            roles_layout.addWidget(button)
        roles_layout.addStretch(1)
        self.layout_.addWidget(roles)
        self.new_error = self._error()
        self.add_button = QPushButton(self.tr("Add this volunteer"))
        self.add_button.clicked.connect(self.add_account)
        self.layout_.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _pin_problem(self, pin: str, again: str) -> str:
        try:
            self.trainer.volunteers.check_pin_form(pin)
        except InvalidInputError as exc:
            if exc.code != "volunteer.pin_form":
                return reason(exc)  # a pattern that is easy to guess: which, and what to do
            return self.tr("A PIN is 4 to 8 digits, for example 2468.")
        if pin != again:
            return self.tr("The two PINs are not the same.")
        return ""

    def _say(self, label: QLabel, text: str, focus=None) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            announce(label, text, assertive=label.property("role") == "error")
        if text and focus is not None:
            focus.setFocus()

    def change_pin(self) -> None:
        problem = self._pin_problem(self.my_pin.text(), self.my_pin_again.text())
        self._say(self.my_pin_error, problem, self.my_pin)
        if problem:
            return
        self.book.change_pin(self.me.id, self.my_pin.text())
        self.reopen(self.tr("Your PIN was changed."))

    def add_account(self) -> None:
        try:
            self.trainer.volunteers.check_name(self.new_name.text())
        except InvalidInputError:
            self._say(self.new_error, self.tr("Please type the new volunteer's name."), self.new_name)
            return
        problem = self._pin_problem(self.new_pin.text(), self.new_pin_again.text())
        self._say(self.new_error, problem, self.new_pin)
        if problem:
            return
        role = next(r for r, b in self.role_buttons.items() if b.isChecked())
        try:
            account = self.book.add(self.new_name.text(), role, self.new_pin.text())
        except InvalidInputError:
            self._say(self.new_error, self.tr("There is already a volunteer with this name."), self.new_name)
            return
        self.reopen(self.tr("{name} can now open the volunteer tools with their PIN.").format(name=account.name))

    def remove(self, account) -> None:
        try:
            self.book.remove(account.id)
        except InvalidInputError:
            self.reopen(self.tr("{name} is the only coordinator and cannot be removed.").format(name=account.name))
            return
        self.reopen(self.tr("The account of {name} was removed.").format(name=account.name))

    def reopen(self, notice: str) -> None:
        """Ask the tool to draw the page again with the change, saying what happened."""
        self.changed.emit(notice)
