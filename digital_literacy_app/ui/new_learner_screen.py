""""Người học mới" (new learner): the learner form (ui/widgets/learner_form.py), name first,
the rest optional, then straight into learning.

A mistake is explained in plain words right under the field, and the screen never closes
on an error. Someone whose name (and birth year) is already here is asked whether that is
them before a second record is made: "Đúng, là tôi" goes on as that learner.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.frame import ScreenFrame, scroll_area
from digital_literacy_app.ui.widgets.learner_form import LearnerForm
from digital_literacy_app.ui.widgets.same_person import SamePersonPanel


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
        self.form = LearnerForm(seat)
        self.form.submitted.connect(self.save)
        self.same = SamePersonPanel(self.tr("Yes, that is me"), self.tr("No, I am someone else"),
                                    self.tr("No, I am someone else: add me as a new learner"))
        self.same.same.clicked.connect(lambda: self.created.emit(self.same.match))
        self.same.new.clicked.connect(self._add_as_new)
        set_role(self.same.same, "primary")
        form_layout = self.form.layout()
        ends_in_stretch = form_layout.count() and form_layout.itemAt(form_layout.count() - 1).spacerItem()
        form_layout.insertWidget(form_layout.count() - 1 if ends_in_stretch else form_layout.count(), self.same)
        self.form.name.textChanged.connect(self._forget_answer)
        self.form.year.textChanged.connect(self._forget_answer)
        self.body_layout.addWidget(scroll_area(self.form, self.tr("New learner form")), 1)
        self.someone_new = False  # answered "No, I am someone else" for the name as it is

        self.save_button = set_role(QPushButton(self.tr("Start learning  \u203a")), "primary")
        self.save_button.setAccessibleName(self.tr("Start learning"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.bottom.addWidget(self.cancel_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.save_button)

    # The form's fields, for the tests and the screenshots.
    name = property(lambda self: self.form.name)
    year = property(lambda self: self.form.year)
    name_error = property(lambda self: self.form.name_error)
    year_error = property(lambda self: self.form.year_error)
    group_buttons = property(lambda self: self.form.group_buttons)

    def initial_focus(self):
        return self.form.name

    def _forget_answer(self, *_args) -> None:
        self.someone_new = False
        self.same.hide()

    def _add_as_new(self) -> None:
        self.someone_new = True
        self.save()

    def _ask_same_person(self, values: dict) -> bool:
        """Whether the person was asked "is that you?" (a learner of that name and year is here)."""
        if self.someone_new:
            return False
        found = self.seat.trainer.learners.same_person(values["name"], values["birth_year"])
        if not found:
            return False
        self.same.ask(found[0], self.tr("{who} is already learning on this computer. Is that you?"))
        return True

    def save(self) -> None:
        """Check each field, say what is wrong next to it, and add the learner if all is well."""
        if not self.form.check():
            return
        values = self.form.values()
        if self._ask_same_person(values):
            return
        try:
            learner = self.seat.trainer.learners.add(values["name"], values["birth_year"], values["group"])
        except InvalidInputError as exc:
            self.form.refused(exc)
            return
        self.created.emit(learner)
