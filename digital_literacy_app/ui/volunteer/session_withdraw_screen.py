"""Removing a teaching session (logged twice, or never held), after saying what that means.

The removal is a `session.withdrawn` event: it travels in the next sync file and wins
over every correction made anywhere, before or after. It cannot be undone, so the page
names the session by its date and place, and the safe choice ("Keep") has the focus.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.volunteer.words import show_date
from digital_literacy_app.ui.widgets.frame import error_label, paragraphs_area


class SessionWithdrawPage(ToolPage):
    withdrawn = Signal(object)  # the TeachingSession removed
    kept = Signal()

    def __init__(self, seat, teaching_session, parent=None):
        super().__init__(seat, "", self.tr("\u2039  Keep and go back"),
                         self.tr("Do not remove: back to the list of sessions"), parent=parent)
        self.teaching_session = teaching_session
        self.back.connect(self.kept)
        where = {"date": show_date(teaching_session.date), "place": teaching_session.place}
        self.title.setText(self.tr("Remove the session of {date} at {place}?").format(**where))
        texts = [
            (self.tr("Topic: \u201c{topic}\u201d. People who came: {count}.").format(
                topic=teaching_session.topic, count=len(teaching_session.attendees)), "lead"),
            (self.tr("Removing it takes it out of the list of sessions, out of each learner's story and "
                     "out of the coordinator's reports."), "lead"),
            (self.tr("The removal goes out with the next sync file, so the other computers and the "
                     "coordinator remove it too."), "lead"),
            (self.tr("This cannot be undone. If only something in it is wrong, go back and choose "
                     "\u201cCorrect\u201d instead."), "error"),
        ]
        self.error = error_label()
        self.body_layout.addWidget(paragraphs_area(texts, self.tr("What removing a session means"),
                                                   after=(self.error,), focusable=True), 1)
        self.keep_button = QPushButton(self.tr("Keep this session"))
        self.keep_button.clicked.connect(self.kept)
        self.withdraw_button = set_role(QPushButton(self.tr("Remove for good")), "danger")
        self.withdraw_button.setAccessibleName(
            self.tr("Remove the session of {date} at {place} for good").format(**where))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.bottom.addWidget(self.keep_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.withdraw_button)

    def initial_focus(self):
        return self.keep_button

    def withdraw(self) -> None:
        try:
            self.trainer.sessions.withdraw(self.teaching_session.key, withdrawn_by=self.volunteer_name)
        except DlaError as exc:
            self.error.setText(self.tr("The session could not be removed: {reason}").format(reason=reason(exc)))
            self.error.show()
            return
        self.withdrawn.emit(self.teaching_session)
