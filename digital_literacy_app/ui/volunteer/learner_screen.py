"""One learner: correct their details, and reach their story, certificates or erasure.

Changes are saved with "Save" (a volunteer may correct several fields at once); a
mistake is explained under its field and nothing is saved until all are right.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
    QWidget,
)

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.learners import GROUPS, MAX_NAME_LENGTH, clean_birth_year, clean_name
from digital_literacy_app.core.card_codes import learner_code
from digital_literacy_app.ui.labels import group_name
from digital_literacy_app.ui.theme import set_role, set_state, theme_scale
from digital_literacy_app.ui.volunteer.tool_screen import ToolPage
from digital_literacy_app.ui.widgets.frame import error_label, scroll_area


class LearnerPage(ToolPage):
    saved = Signal(object)
    timeline_requested = Signal(object)
    certificates_requested = Signal(object)
    erase_requested = Signal(object)

    def __init__(self, seat, learner, parent=None):
        super().__init__(seat, "", self.tr("\u2039  All learners"), self.tr("Back to the list of learners"),
                         parent=parent)
        self.learner = learner
        self.title.setText(learner.name)
        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(8)
        code = set_role(QLabel(self.tr("Card code: {code}").format(code=learner_code(learner.id))), "muted")
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(code)
        self.name = self._field(layout, self.tr("Name"), learner.name)
        self.name.setMaxLength(MAX_NAME_LENGTH + 10)
        self.name_error = self._error(layout)
        self.year = self._field(layout, self.tr("Year of birth (may be empty)"), str(learner.birth_year or ""))
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(320)
        self.year_error = self._error(layout)
        self.ward = self._field(layout, self.tr("Ward"), learner.ward)
        layout.addWidget(set_role(QLabel(self.tr("Group")), "lead"))
        self.groups = QButtonGroup(self)
        grid = QGridLayout()
        self.group_buttons: dict[str, QRadioButton] = {}
        per_row = 2 if theme_scale() <= 150 else 1
        for index, group in enumerate(GROUPS):
            button = QRadioButton(group_name(group))
            button.setAccessibleName(group_name(group))
            button.setChecked(group == learner.group)
            self.groups.addButton(button, index)
            self.group_buttons[group] = button
            grid.addWidget(button, index // per_row, index % per_row)
        layout.addLayout(grid)
        self.saved_note = set_role(QLabel(), "muted")
        self.saved_note.hide()
        layout.addWidget(self.saved_note)
        actions = QHBoxLayout()
        self.timeline_button = QPushButton(self.tr("Their story"))
        self.timeline_button.setAccessibleName(self.tr("What this learner has done, in order"))
        self.timeline_button.clicked.connect(lambda: self.timeline_requested.emit(self.learner))
        self.certificates_button = QPushButton(self.tr("Certificates"))
        self.certificates_button.setAccessibleName(self.tr("Certificates of this learner"))
        self.certificates_button.clicked.connect(lambda: self.certificates_requested.emit(self.learner))
        actions.addWidget(self.timeline_button)
        actions.addWidget(self.certificates_button)
        actions.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.body_layout.addWidget(scroll_area(form, self.tr("Learner details")), 1)

        self.erase_button = set_role(QPushButton(self.tr("Erase this learner\u2026")), "danger")
        self.erase_button.clicked.connect(lambda: self.erase_requested.emit(self.learner))
        self.save_button = set_role(QPushButton(self.tr("Save changes")), "primary")
        self.save_button.clicked.connect(self.save)
        self.bottom.addWidget(self.erase_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.save_button)

    def initial_focus(self):
        return self.name

    def _field(self, layout, caption: str, value: str) -> QLineEdit:
        label = set_role(QLabel(caption), "lead")
        edit = QLineEdit(value)
        edit.setAccessibleName(caption)
        edit.setMaximumWidth(760)
        edit.returnPressed.connect(self.save)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit)
        return edit

    def _error(self, layout) -> QLabel:
        label = error_label()
        layout.addWidget(label)
        return label

    def chosen_group(self) -> str:
        return GROUPS[max(self.groups.checkedId(), 0)]

    def save(self) -> None:
        problems = {self.name: (self.name_error, self._name_problem()),
                    self.year: (self.year_error, self._year_problem())}
        for edit, (label, problem) in problems.items():
            label.setText(problem)
            label.setVisible(bool(problem))
            set_state(edit, "invalid", "true" if problem else "false")
            edit.setAccessibleDescription(problem)
        wrong = [edit for edit, (_, problem) in problems.items() if problem]
        if wrong:
            wrong[0].setFocus()
            return
        changes = {"name": self.name.text(), "birth_year": self.year.text().strip() or None,
                   "group": self.chosen_group(), "ward": self.ward.text()}
        current = {"name": self.learner.name, "birth_year": self.learner.birth_year,
                   "group": self.learner.group, "ward": self.learner.ward}
        cleaned = {"name": clean_name(changes["name"]), "birth_year": clean_birth_year(changes["birth_year"]),
                   "group": changes["group"], "ward": " ".join(changes["ward"].split())}
        changed = {k: v for k, v in cleaned.items() if v != current[k]}
        if changed:
            self.learner = self.trainer.learners.update(self.learner.id, **changed)
            self.title.setText(self.learner.name)
        self.saved_note.setText(self.tr("Saved.") if changed else self.tr("Nothing was changed."))
        self.saved_note.show()
        self.saved.emit(self.learner)

    def _name_problem(self) -> str:
        try:
            clean_name(self.name.text())
        except InvalidInputError:
            if not self.name.text().strip():
                return self.tr("Please type the name.")
            return self.tr("The name is too long or has a character that cannot be used.")
        return ""

    def _year_problem(self) -> str:
        try:
            clean_birth_year(self.year.text().strip() or None)
        except InvalidInputError:
            return self.tr("Type a year between 1900 and this year, in digits, or leave it empty.")
        return ""
