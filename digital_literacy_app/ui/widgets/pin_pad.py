"""A PIN field with big digit buttons, for people more at home with a phone than a keyboard.

The digits can be typed on the keyboard or pressed on screen; the on-screen buttons never
take the focus, so the typed and pressed digits always land in the one field, and Enter
there (or the OK button) hands the PIN over. The field shows dots only.
"""

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from digital_literacy_app.core.records import PIN_MAX
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale


class PinPad(QWidget):
    submitted = Signal(str)

    def __init__(self, ok_text: str, parent=None):
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_MAX)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_MAX}}}"), self))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setAccessibleName(self.tr("PIN"))
        self.field.returnPressed.connect(self.submit)
        grid = QGridLayout()
        grid.setSpacing(10)
        side = TypeSizes(theme_scale()).px(72)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit(digit, side), index // 3, index % 3)
        self.clear_button = self._key(self.tr("\u232b  Delete"), side, self.delete_last)
        self.clear_button.setAccessibleName(self.tr("Delete the last digit"))
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._digit("0", side), 3, 1)
        self.ok_button = set_role(QPushButton(ok_text), "primary")
        self.ok_button.setMinimumHeight(side)
        self.ok_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.ok_button, 3, 2)
        keys = [self.clear_button, self.ok_button, *self.digit_buttons.values()]
        widest = max(key.sizeHint().width() for key in keys)
        for key in keys:  # three equal columns, however long "Delete" or "Open" reads
            key.setMinimumWidth(widest)
        self.setMaximumWidth(3 * widest + 2 * grid.horizontalSpacing())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.field)
        layout.addLayout(grid)

    def _digit(self, digit: str, side: int) -> QPushButton:
        button = self._key(digit, side, lambda: self.press(digit))
        self.digit_buttons[digit] = button
        return button

    def _key(self, text: str, side: int, action) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumSize(side, side)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        button.clicked.connect(action)
        return button

    def press(self, digit: str) -> None:
        if len(self.field.text()) < PIN_MAX:
            self.field.setText(self.field.text() + digit)
        self.field.setFocus()

    def delete_last(self) -> None:
        self.field.setText(self.field.text()[:-1])
        self.field.setFocus()

    def submit(self) -> None:
        self.submitted.emit(self.field.text())

    def clear(self) -> None:
        self.field.clear()

    def set_enabled(self, enabled: bool) -> None:
        for child in [self.field, self.ok_button, self.clear_button, *self.digit_buttons.values()]:
            child.setEnabled(enabled)
