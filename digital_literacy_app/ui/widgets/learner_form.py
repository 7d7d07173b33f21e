"""The one form for a learner's details: a new learner's own, or a volunteer's correction.

Only what teaching and reporting need: the name, the birth year if the person wants to
give it, one of the five learner groups of the city's plan, and (for volunteers) the ward.
Each field is checked by the core as it would be saved (`trainer.learners.check`); a
mistake is explained in the core's plain words right under its field, the field is marked
for screen readers, and nothing is saved until all are right.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.records import GROUPS, MAX_NAME_LENGTH
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.labels import group_name
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role, set_state, theme_scale
from digital_literacy_app.ui.widgets.frame import error_label

FIELD_WIDTH = 760


class LearnerForm(QWidget):
    """`learner` fills the fields (a correction); without it nothing is chosen in advance:
    a guessed group would skew the city's reports ("other" is saved if none is chosen)."""

    submitted = Signal()  # Enter in the last text field

    def __init__(self, seat, learner=None, with_ward: bool = False, parent=None):
        super().__init__(parent)
        self.seat = seat
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.name = self._field(layout, self.tr("Full name"), self.tr("For example: Nguyễn Thị Hoa"),
                                learner.name if learner else "")
        self.name.setMaxLength(MAX_NAME_LENGTH + 10)
        self.name_error = self._error(layout)
        self.year = self._field(layout, self.tr("Year of birth (may be left empty)"), self.tr("For example: 1958"),
                                str(learner.birth_year or "") if learner else "")
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(320)
        self.year_error = self._error(layout)
        self.ward = None
        if with_ward:
            self.ward = self._field(layout, self.tr("Ward"), "", learner.ward if learner else seat.trainer.device.ward)
        self.name.returnPressed.connect(self.year.setFocus)
        if self.ward is not None:  # Enter goes from field to field, and the last one submits
            self.year.returnPressed.connect(self.ward.setFocus)
            self.ward.returnPressed.connect(self.submitted)
        else:
            self.year.returnPressed.connect(self.submitted)
        self._groups(layout, learner.group if learner else None)

    def _field(self, layout, caption: str, placeholder: str, value: str) -> QLineEdit:
        label = set_role(QLabel(caption), "lead")
        label.setWordWrap(True)
        edit = QLineEdit(value)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(caption)
        edit.setMaximumWidth(FIELD_WIDTH)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit)
        return edit

    def _error(self, layout) -> QLabel:
        label = error_label()
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(label)
        return label

    def _groups(self, layout, chosen: str | None) -> None:
        layout.addSpacing(8)
        layout.addWidget(set_role(QLabel(self.tr("Group")), "lead"))
        self.groups = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.group_buttons: dict[str, QRadioButton] = {}
        per_row = 2 if theme_scale() <= 150 else 1
        for index, group in enumerate(GROUPS):
            button = QRadioButton(group_name(group))
            button.setAccessibleName(group_name(group))
            button.setChecked(group == chosen)
            self.groups.addButton(button, index)
            self.group_buttons[group] = button
            grid.addWidget(button, index // per_row, index % per_row)
        layout.addLayout(grid)

    def chosen_group(self) -> str:
        checked = self.groups.checkedId()
        return GROUPS[checked] if checked >= 0 else "other"

    def values(self) -> dict:
        """What the form holds, as `trainer.learners.add/update` take it."""
        values = {"name": self.name.text(), "birth_year": self.year.text().strip() or None,
                  "group": self.chosen_group()}
        if self.ward is not None:
            values["ward"] = self.ward.text()
        return values

    def check(self) -> bool:
        """Say under each field what is wrong with it; focus the first wrong one. True if all is well."""
        learners = self.seat.trainer.learners
        problems = {}
        for edit, label, field in ((self.name, self.name_error, {"name": self.name.text()}),
                                   (self.year, self.year_error, {"birth_year": self.year.text().strip()})):
            try:
                learners.check(**field)
                problems[edit] = ""
            except InvalidInputError as exc:
                problems[edit] = reason(exc)
            self.show_problem(edit, label, problems[edit])
        wrong = [edit for edit, problem in problems.items() if problem]
        if wrong:
            wrong[0].setFocus()
        return not wrong

    def refused(self, error: InvalidInputError) -> None:
        """The core refused on saving: say it under the field the reason is about."""
        on_year = "birth_year" in error.code
        edit, label = (self.year, self.year_error) if on_year else (self.name, self.name_error)
        self.show_problem(edit, label, reason(error))
        edit.setFocus()

    @staticmethod
    def show_problem(edit: QLineEdit, label: QLabel, problem: str) -> None:
        label.setText(problem)
        label.setVisible(bool(problem))
        set_state(edit, "invalid", "true" if problem else "false")
        edit.setAccessibleDescription(problem)
        if problem:
            announce(label, problem, assertive=True)  # heard even when the focus is already on the box
