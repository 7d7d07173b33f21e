"""Teaching sessions: the classes given on this PC (and imported ones), newest first.

Choosing one offers to correct it (the logging form, filled in) or to remove it (after
a confirmation); both are events, so the fix reaches every PC and the reports. A
corrected session says so next to its topic.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.labels import area_name
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.widgets.fold import room_for_rows
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.volunteer.words import show_date
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table


class SessionTableModel(RowsTableModel):
    """Six columns; `compact` (large text) folds them into three two-line columns, so the
    topic and place keep room to be read instead of hiding behind a sideways scroll."""

    def __init__(self, sessions, compact: bool = False, parent=None):
        super().__init__(sessions, parent)
        self.compact = compact

    def headers(self) -> list[str]:
        if self.compact:
            return [self.tr("Date"), self.tr("Topic and place"), self.tr("Volunteer")]
        return [self.tr("Date"), self.tr("Topic"), self.tr("Place"), self.tr("Volunteer"),
                self.tr("Minutes"), self.tr("People")]

    def cell(self, s, column: int) -> str:
        topic = s.topic + (f" ({area_name(s.area)})" if s.area else "")
        if s.corrected:
            topic = self.tr("{topic} \u00b7 corrected").format(topic=topic)
        if self.compact:
            length = self.tr("{minutes} minutes, {count} people").format(minutes=s.minutes, count=len(s.attendees))
            return [show_date(s.date), f"{topic}\n{s.place}", f"{s.volunteer}\n{length}"][column]
        return [show_date(s.date), topic, s.place, s.volunteer, str(s.minutes), str(len(s.attendees))][column]


class SessionsPage(ToolPage):
    new_requested = Signal()
    correct_requested = Signal(object)  # TeachingSession
    withdraw_requested = Signal(object)  # TeachingSession

    def __init__(self, seat, notice: str = "", parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Teaching sessions"))
        self.notice = set_role(QLabel(notice), "lead")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.body_layout.addWidget(self.notice)
        self.sessions = self.trainer.sessions.all()
        roomy = theme_scale() > 150  # one line a row at the bars' size, eight rows at 200 %
        compact = theme_scale() > 125 and not roomy
        self.model = SessionTableModel(self.sessions, compact, self)
        self.table = read_only_table(self.model, self.tr("Past sessions"), stretch=() if roomy else (1, 2),
                                     wrap=not roomy)
        room_for_rows(self.table, self.body_layout)
        self.body_layout.addWidget(self.table, 1)
        if not self.sessions:
            empty = set_role(QLabel(self.tr("No session recorded yet.")), "lead")
            self.body_layout.addWidget(empty)
        self.correct_button = QPushButton(self.tr("Correct"))
        self.correct_button.setMinimumWidth(self.correct_button.fontMetrics().horizontalAdvance("0") * 8)
        self.correct_button.clicked.connect(lambda: self._chosen_to(self.correct_requested))
        self.withdraw_button = set_role(QPushButton(self.tr("Remove session")), "danger")
        self.withdraw_button.clicked.connect(lambda: self._chosen_to(self.withdraw_requested))
        self.sheet_button = QPushButton(self.tr("Save who came\u2026"))
        self.sheet_button.clicked.connect(self.export_attendance)
        self.new_button = set_role(QPushButton(self.tr("Record a session  \u203a")), "primary")
        self.new_button.setAccessibleName(self.tr("Record a new teaching session"))
        self.new_button.clicked.connect(self.new_requested)
        self.bottom.addWidget(self.correct_button)
        self.bottom.addWidget(self.withdraw_button)
        self.bottom.addWidget(self.sheet_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.new_button)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_choice())
        if self.sessions:
            self.table.selectRow(0)
        self._show_choice()

    def initial_focus(self):
        return self.new_button

    def chosen(self):
        row = self.table.currentIndex().row()
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

    def _show_choice(self) -> None:
        """The two buttons act on the chosen row, and their names say which session it is."""
        chosen = self.chosen()
        for button in (self.correct_button, self.withdraw_button, self.sheet_button):
            button.setEnabled(chosen is not None)
            button.setVisible(bool(self.sessions))
        if chosen is None:
            return
        where = {"date": show_date(chosen.date), "place": chosen.place}
        self.correct_button.setAccessibleName(self.tr("Correct the session of {date} at {place}").format(**where))
        self.withdraw_button.setAccessibleName(self.tr("Remove the session of {date} at {place}").format(**where))
        self.sheet_button.setAccessibleName(self.tr("Save who came to the session of {date} at {place}, "
                                                    "as a spreadsheet").format(**where))

    def export_attendance(self) -> None:
        """The chosen session's attendance as .xlsx or .csv, to print and sign."""
        chosen = self.chosen()
        if chosen is None:
            return
        path = files.ask_save_table(self, self.tr("Save who came"),
                                    self.tr("attendance-{date}.xlsx").format(date=chosen.date))
        if path is None:
            return
        try:
            self.trainer.sessions.export_attendance(chosen, path)
        except DlaError as exc:
            self._say("error", self.tr("The list could not be saved: {reason}").format(reason=reason(exc)))
            return
        self._say("good", self.tr("Saved who came to the session of {date} in {path}.").format(
            date=show_date(chosen.date), path=str(path)))

    def _say(self, role: str, text: str) -> None:
        set_role(self.notice, role)
        self.notice.setText(text)
        self.notice.show()
        announce(self.notice, text, assertive=role == "error")

    def _chosen_to(self, signal) -> None:
        chosen = self.chosen()
        if chosen is not None:
            signal.emit(chosen)
