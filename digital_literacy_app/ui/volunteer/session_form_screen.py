"""Recording a teaching session: when, where, on what, and who came.

The volunteer's name is filled in from the signed-in account (changeable, for a class
given together). People are ticked from the list; someone new is added on the spot
with just a name and ticked at once. Dates are typed the Vietnamese way (14/03/2025).

The same form corrects a session already saved: filled in with what it says now, the
people who came ticked; saving records the complete new fields as a correction.
"""

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.errors import DlaError, InvalidInputError
from digital_literacy_app.core.records import AREAS
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.labels import area_name
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.volunteer.words import show_date
from digital_literacy_app.ui.widgets.choice_list import choice_list
from digital_literacy_app.ui.widgets.frame import error_label, scroll_area
from digital_literacy_app.ui.widgets.learner_checklist import LearnerChecklist

DATE_FORMAT = "dd/MM/yyyy"


def parse_date(text: str) -> str | None:
    """"14/3/2025" or "14/03/2025" as 2025-03-14; None if it is not a date."""
    for pattern in ("d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "yyyy-MM-dd"):
        found = QDate.fromString(text.strip(), pattern)
        if found.isValid():
            return found.toString("yyyy-MM-dd")
    return None


class SessionFormPage(ToolPage):
    logged = Signal(object)  # TeachingSession
    corrected = Signal(object)  # TeachingSession, as it reads after the correction

    def __init__(self, seat, today: date | None = None, editing=None, parent=None):
        super().__init__(seat, "", self.tr("\u2039  Sessions"), self.tr("Back to the list of sessions"),
                         parent=parent)
        self.editing = editing  # the TeachingSession being corrected, or None for a new one
        self.title.setText(self.tr("Correct a teaching session") if editing else self.tr("Record a teaching session"))
        form = QWidget()
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 16, 0)
        grid.setVerticalSpacing(8)
        today = today or date.today()
        self.date = self._field(grid, 0, self.tr("Date (day/month/year)"), today.strftime("%d/%m/%Y"))
        self.place = self._field(grid, 1, self.tr("Place"), "", self.tr("For example: Nhà văn hoá tổ 5"))
        self.topic = self._field(grid, 2, self.tr("Topic"), "", self.tr("For example: Cài và đăng nhập VNeID"))
        self.area = choice_list(self.tr("Lesson area"))
        self.area.addItem(self.tr("No particular area"), "")
        for area in AREAS:
            self.area.addItem(area_name(area), area)
        self._row(grid, 3, self.tr("Lesson area"), self.area)
        self.minutes = self._field(grid, 4, self.tr("Minutes"), "60")
        self.minutes.setValidator(QIntValidator(1, 600, self.minutes))
        self.minutes.setMaximumWidth(200)
        self.volunteer = self._field(grid, 5, self.tr("Volunteer"), self.volunteer_name)
        grid.setColumnStretch(1, 1)

        people = QWidget()
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(set_role(QLabel(self.tr("Who came? Tick each person.")), "lead"))
        self.attendees = LearnerChecklist(self.trainer.learners, self.tr("Learners who came"))
        self.attendees.changed.connect(self._count)
        people_layout.addWidget(self.attendees, 1)
        new_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name of someone new"))
        self.new_name.setAccessibleName(self.tr("Name of a new learner who came"))
        self.new_name.returnPressed.connect(self.add_new_person)
        self.add_button = QPushButton(self.tr("Add and tick"))
        self.add_button.setAccessibleName(self.tr("Add this new learner and tick them"))
        self.add_button.clicked.connect(self.add_new_person)
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(self.add_button)
        people_layout.addLayout(new_row)
        self.count_label = set_role(QLabel(), "muted")
        people_layout.addWidget(self.count_label)

        holder = QWidget()
        wide = theme_scale() <= 125
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom, holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(32)
        row.addWidget(form, 1)
        row.addWidget(people, 1)
        if wide:
            self.body_layout.addWidget(holder, 1)
        else:
            people.setMinimumHeight(420)
            self.body_layout.addWidget(scroll_area(holder, self.tr("Session form")), 1)
        self.error = error_label()
        self.body_layout.addWidget(self.error)
        self.save_button = set_role(QPushButton(self.tr("Save the changes") if editing
                                                else self.tr("Save the session")), "primary")
        self.save_button.clicked.connect(self.save)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.save_button)
        if editing is not None:
            self._fill(editing)
        self._count()

    def initial_focus(self):
        return self.date if self.editing else self.place

    def _fill(self, editing) -> None:
        """What the session says now; the people who came ticked (as they are known today:
        a merged record as the person kept; an erased person cannot be ticked again)."""
        self.date.setText(show_date(editing.date))
        self.place.setText(editing.place)
        self.topic.setText(editing.topic)
        self.area.setCurrentIndex(max(0, self.area.findData(editing.area)))
        self.minutes.setText(str(editing.minutes))
        self.volunteer.setText(editing.volunteer)
        for learner_id, name in self.trainer.sessions.attendee_names(editing):
            box = self.attendees.boxes.get(learner_id)
            if box is not None:
                box.setChecked(True)
            elif name is not None:  # beyond the names drawn: ticked all the same
                self.attendees.ticked[learner_id] = self.trainer.learners.get(learner_id)

    def _field(self, grid, row: int, caption: str, value: str, example: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(example)
        edit.setAccessibleName(caption)
        self._row(grid, row, caption, edit)
        return edit

    def _row(self, grid, row: int, caption: str, widget) -> None:
        label = QLabel(caption)
        label.setWordWrap(True)
        label.setBuddy(widget)
        grid.addWidget(label, row, 0)
        grid.addWidget(widget, row, 1)

    def _count(self) -> None:
        self.count_label.setText(self.tr("{count} people ticked.").format(count=len(self.attendees.chosen())))

    def add_new_person(self) -> None:
        name = self.new_name.text()
        try:
            learner = self.trainer.learners.add(name)
        except InvalidInputError:
            self._problem(self.tr("Type the new person's name first (at most 80 letters)."))
            return
        self.new_name.clear()
        self.error.hide()
        self.attendees.tick(learner)

    def save(self) -> None:
        day = parse_date(self.date.text())
        if day is None:
            self._problem(self.tr("The date is not right. Write it as day/month/year, for example 14/03/2025."),
                          self.date)
            return
        checks = [(self.place, self.tr("Please type where the session was.")),
                  (self.topic, self.tr("Please type what the session was about.")),
                  (self.volunteer, self.tr("Please type the volunteer's name.")),
                  (self.minutes, self.tr("Please type how many minutes it lasted (1 to 600)."))]
        for edit, message in checks:
            if not edit.text().strip():
                self._problem(message, edit)
                return
        if not self.attendees.chosen():
            self._problem(self.tr("Tick at least one person who came."))
            return
        fields = {"date": day, "place": self.place.text(), "volunteer": self.volunteer.text(),
                  "topic": self.topic.text(), "minutes": self.minutes.text(),
                  "attendees": [r.id for r in self.attendees.chosen()], "area": self.area.currentData()}
        book = self.trainer.sessions
        try:
            saved = (book.log(**fields) if self.editing is None
                     else book.correct(self.editing.key, corrected_by=self.volunteer_name, **fields))
        except DlaError as exc:
            self._problem(self.tr("The session could not be saved: {reason}").format(reason=reason(exc)))
            return
        (self.logged if self.editing is None else self.corrected).emit(saved)

    def _problem(self, text: str, focus=None) -> None:
        self.error.setText(text)
        self.error.show()
        if focus is not None:
            focus.setFocus()
