"""One learner: correct their details, and reach their story, certificates or erasure.

Changes are saved with "Save" (a volunteer may correct several fields at once) through
the same learner form a new learner fills in (ui/widgets/learner_form.py); a mistake is
explained under its field and nothing is saved until all are right. Records joined into
this one are listed below, each with "Undo the join" (core/store/joins.py).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.core.records import learner_code
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.frame import reveal_soon, scroll_area
from digital_literacy_app.ui.widgets.learner_form import LearnerForm


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
        self.form = LearnerForm(seat, learner, with_ward=True)
        self.form.submitted.connect(self.save)
        layout.addWidget(self.form)
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
        self._joined_records(layout)
        layout.addStretch(1)
        self.body_layout.addWidget(scroll_area(form, self.tr("Learner details")), 1)

        self.erase_button = set_role(QPushButton(self.tr("Erase this learner\u2026")), "danger")
        self.erase_button.clicked.connect(lambda: self.erase_requested.emit(self.learner))
        self.save_button = set_role(QPushButton(self.tr("Save changes")), "primary")
        self.save_button.clicked.connect(self.save)
        self.bottom.addWidget(self.erase_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.save_button)

    def _joined_records(self, layout) -> None:
        """"Joined into this record", one line each with its undo, and the note that says
        what an undo did."""
        self.joined_note = set_role(QLabel(), "good")
        self.joined_note.setWordWrap(True)
        self.joined_note.hide()
        self.undo_buttons: dict[str, QPushButton] = {}
        joined = self.trainer.learners.joined(self.learner.id)
        if joined:
            layout.addSpacing(12)
            heading = set_role(QLabel(self.tr("Records joined into this one")), "lead")
            layout.addWidget(heading)
        for record in joined:
            row = QHBoxLayout()
            words = QLabel(" \u00b7 ".join([record.name, str(record.birth_year or self.tr("year unknown")),
                                            record.ward or self.tr("no ward")]))
            words.setWordWrap(True)
            undo = QPushButton(self.tr("Undo the join"))
            undo.setAccessibleName(self.tr("Undo the join of {record}").format(record=words.text()))
            undo.clicked.connect(lambda _=False, r=record, w=words: self.undo_join(r, w))
            row.addWidget(words, 1)
            row.addWidget(undo)
            layout.addLayout(row)
            self.undo_buttons[record.id] = undo
        layout.addWidget(self.joined_note)

    def undo_join(self, record, words: QLabel) -> None:
        """Part this record from the one shown; it is its own learner in the list again."""
        button = self.undo_buttons.pop(record.id)
        try:
            self.trainer.learners.unmerge([record.id])
            self.joined_note.setText(self.tr("Join undone: {name} is a learner of their own again, "
                                             "with the progress that record held.").format(name=record.name))
        except InvalidInputError as exc:
            self.joined_note.setText(reason(exc))
        self.joined_note.setAccessibleName(self.joined_note.text())
        self.joined_note.show()
        button.hide()
        words.hide()
        (next(iter(self.undo_buttons.values()), None) or self.timeline_button).setFocus()
        reveal_soon(self.joined_note)
        announce(self.joined_note, self.joined_note.text())

    # The form's fields, for the tests and the screenshots.
    name = property(lambda self: self.form.name)
    year = property(lambda self: self.form.year)
    ward = property(lambda self: self.form.ward)
    name_error = property(lambda self: self.form.name_error)
    year_error = property(lambda self: self.form.year_error)
    group_buttons = property(lambda self: self.form.group_buttons)

    def initial_focus(self):
        return self.form.name

    def save(self) -> None:
        if not self.form.check():
            return
        checked = self.trainer.learners.check(**{k: v for k, v in self.form.values().items() if k != "ward"})
        cleaned = {**checked, "ward": " ".join(self.form.values()["ward"].split())}
        current = {"name": self.learner.name, "birth_year": self.learner.birth_year,
                   "group": self.learner.group, "ward": self.learner.ward}
        changed = {key: value for key, value in cleaned.items() if value != current[key]}
        if changed:
            try:
                self.learner = self.trainer.learners.update(self.learner.id, **changed)
            except InvalidInputError as exc:
                self.form.refused(exc)
                return
            self.title.setText(self.learner.name)
        self.saved_note.setText(self.tr("Saved.") if changed else self.tr("Nothing was changed."))
        self.saved_note.show()
        self.saved.emit(self.learner)
