""""Người học mới" (new learner): a short form, name first, the rest optional.

Only what teaching and reporting need: the name, the birth year if the person wants to
give it, and one of the five learner groups of the city's plan. A mistake is explained in
plain words right under the field, and the form never closes on an error.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.learners import GROUPS, MAX_NAME_LENGTH, clean_birth_year, clean_name
from digital_literacy_app.core.text import nfc
from digital_literacy_app.ui.labels import group_name
from digital_literacy_app.ui.theme import set_role, set_state
from digital_literacy_app.ui.widgets.frame import ScreenFrame, error_label, scroll_area


class NewLearnerScreen(ScreenFrame):
    created = Signal(object)
    cancelled = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        self.title.setText(self.tr("New learner"))
        self.back_button = self.add_top_left(QPushButton(self.tr("\u2039  Back")))
        self.back_button.setAccessibleName(self.tr("Back to \u201cWho is learning?\u201d"))
        self.back_button.clicked.connect(self.cancelled)

        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setSpacing(10)
        layout.setContentsMargins(0, 0, 16, 0)
        self.name = self._field(layout, self.tr("Your name"), self.tr("For example: Nguyễn Thị Hoa"))
        self.name.setMaxLength(MAX_NAME_LENGTH + 10)
        self.name_error = self._error(layout)
        self.year = self._field(layout, self.tr("Year of birth (you may leave it empty)"),
                                self.tr("For example: 1958"))
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(320)
        self.year_error = self._error(layout)

        group_label = set_role(QLabel(self.tr("Which group are you in?")), "lead")
        layout.addSpacing(8)
        layout.addWidget(group_label)
        self.groups = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.group_buttons: dict[str, QRadioButton] = {}
        for index, group in enumerate(GROUPS):
            button = QRadioButton(group_name(group))
            button.setAccessibleName(group_name(group))
            self.groups.addButton(button, index)
            self.group_buttons[group] = button
            grid.addWidget(button, index // 2, index % 2)
        # Nothing chosen in advance: a guessed group would skew the city's reports ("other" if left).
        layout.addLayout(grid)
        layout.addStretch(1)
        self.body_layout.addWidget(scroll_area(form, self.tr("New learner form")), 1)

        self.save_button = set_role(QPushButton(self.tr("Start learning  \u203a")), "primary")
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.bottom.addWidget(self.cancel_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.save_button)
        self.name.returnPressed.connect(self.year.setFocus)
        self.year.returnPressed.connect(self.save)

    def initial_focus(self):
        return self.name

    def _field(self, layout, label_text: str, placeholder: str) -> QLineEdit:
        label = set_role(QLabel(label_text), "lead")
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label_text)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit)
        return edit

    def _error(self, layout) -> QLabel:
        label = error_label()
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(label)
        return label

    def chosen_group(self) -> str:
        checked = self.groups.checkedId()
        return GROUPS[checked] if checked >= 0 else "other"

    def save(self) -> None:
        """Check each field, say what is wrong next to it, and add the learner if all is well."""
        name_problem = self.name_problem(self.name.text())
        year_problem = self.year_problem(self.year.text())
        self._show(self.name, self.name_error, name_problem)
        self._show(self.year, self.year_error, year_problem)
        if name_problem or year_problem:
            (self.name if name_problem else self.year).setFocus()
            return
        try:
            learner = self.seat.trainer.learners.add(self.name.text(), self.year.text().strip() or None,
                                                        self.chosen_group())
        except InvalidInputError:
            self._show(self.name, self.name_error, self.tr("This name cannot be saved. Please check it."))
            return
        self.created.emit(learner)

    def name_problem(self, text: str) -> str:
        cleaned = nfc(text or "")
        if not cleaned:
            return self.tr("Please type your name.")
        if len(cleaned) > MAX_NAME_LENGTH:
            return self.tr("The name is too long. Please type at most {count} letters.").format(
                count=MAX_NAME_LENGTH)
        try:
            clean_name(text)
        except InvalidInputError:
            return self.tr("The name has a character that cannot be used. Please type it again.")
        return ""

    def year_problem(self, text: str) -> str:
        try:
            clean_birth_year(text.strip() or None)
        except InvalidInputError:
            if text.strip() and not text.strip().isdigit():
                return self.tr("Please type the year in digits only, for example 1958.")
            return self.tr("The year must be between 1900 and {year}.").format(year=date.today().year)
        return ""

    def _show(self, edit: QLineEdit, label: QLabel, problem: str) -> None:
        label.setText(problem)
        label.setVisible(bool(problem))
        set_state(edit, "invalid", "true" if problem else "false")
        edit.setAccessibleDescription(problem)
