"""Adding learners from the volunteer tools: the learner form with the ward, one after
another (a class registering at the start of a session), each checked as it is saved;
"Add from a file…" (top right) takes a whole list made in Excel instead.

Someone whose name and birth year are already here is not added again silently: the page
names the learner already recorded and offers to open that record or to add a new one
anyway (two people may share a name and a year). After each learner the form empties for
the next and says who was added; "Open" goes to the one just added.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.labels import group_name
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.learner_form import LearnerForm
from digital_literacy_app.ui.widgets.same_person import SamePersonPanel
from digital_literacy_app.ui.widgets.tool_page import ToolPage


class AddLearnerPage(ToolPage):
    open_learner = Signal(object)  # LearnerRecord
    import_requested = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(seat, "", self.tr("\u2039  All learners"), self.tr("Back to the list of learners"),
                         parent=parent)
        self.title.setText(self.tr("Add learners"))
        self.import_button = QPushButton(self.tr("Add from a file…"))
        self.import_button.setAccessibleName(self.tr("Add learners from an Excel or CSV file"))
        self.import_button.clicked.connect(self.import_requested)
        self.add_top_right(self.import_button)
        self.added = None  # the learner added last
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(0, 0, 16, 0)
        self.layout_.setSpacing(8)
        self.note = set_role(QLabel(), "good")
        self.note.setWordWrap(True)
        self.note.hide()
        self.layout_.addWidget(self.note)
        self.same = SamePersonPanel(self.tr("Open that learner"), self.tr("Add a new learner anyway"))
        self.same.same.clicked.connect(lambda: self.open_learner.emit(self.same.match))
        self.same.new.clicked.connect(lambda: self.add(anyway=True))
        self.layout_.addWidget(self.same)
        self.form = self._new_form()
        self.layout_.addStretch(1)
        self.body_layout.addWidget(scroll_area(content, self.tr("New learner form")), 1)
        self.open_button = QPushButton(self.tr("Open the one just added"))
        self.open_button.clicked.connect(lambda: self.open_learner.emit(self.added))
        self.open_button.hide()
        self.add_button = set_role(QPushButton(self.tr("Add this learner")), "primary")
        self.add_button.clicked.connect(self.add)
        self.bottom.addWidget(self.open_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.add_button)

    def initial_focus(self):
        return self.form.name

    def _new_form(self) -> LearnerForm:
        form = LearnerForm(self.seat, with_ward=True)
        form.submitted.connect(self.add)
        form.name.textChanged.connect(self.same.hide)  # a changed name is a new question
        form.year.textChanged.connect(self.same.hide)
        self.layout_.insertWidget(1, form)
        return form

    def add(self, anyway: bool = False) -> None:
        """Check the form, ask about a learner of the same name and year, then add."""
        if not self.form.check():
            return
        values = self.form.values()
        learners = self.trainer.learners
        found = [] if anyway else learners.same_person(values["name"], values["birth_year"])
        if found:
            self.same.ask(found[0], self.tr("{who} is already on the list. The same person?"))
            return
        try:
            self.added = learners.add(values["name"], values["birth_year"], values["group"], values["ward"])
        except InvalidInputError as exc:
            self.form.refused(exc)
            return
        self.same.hide()
        self._next_form()
        text = self.tr("Added {name} ({group}, {ward}). The form is ready for the next learner.").format(
            name=self.added.name, group=group_name(self.added.group), ward=self.added.ward or "\u2013")
        self.note.setText(text)
        self.note.show()
        self.open_button.show()
        announce(self.note, text)

    def _next_form(self) -> None:
        """An empty form for the next learner, with the same ward (a class is one place)."""
        ward = self.form.ward.text()
        self.form.hide()
        self.form.deleteLater()
        self.form = self._new_form()
        self.form.ward.setText(ward)
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
