"""Teaching sessions: the classes given on this PC (and imported ones), newest first."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from digital_literacy_app.core.sessions import SessionBook
from digital_literacy_app.ui.labels import area_name
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer.tool_screen import ToolPage
from digital_literacy_app.ui.volunteer.words import show_date
from digital_literacy_app.ui.widgets.table import read_only_table


class SessionTableModel(QAbstractTableModel):
    def __init__(self, sessions, parent=None):
        super().__init__(parent)
        self.sessions = sessions

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Date"), self.tr("Topic"), self.tr("Place"), self.tr("Volunteer"),
                    self.tr("Minutes"), self.tr("People")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        s = self.sessions[index.row()]
        topic = s.topic + (f" ({area_name(s.area)})" if s.area else "")
        return [show_date(s.date), topic, s.place, s.volunteer, str(s.minutes), str(len(s.attendees))][index.column()]


class SessionsPage(ToolPage):
    new_requested = Signal()

    def __init__(self, session, notice: str = "", parent=None):
        super().__init__(session, "", parent=parent)
        self.title.setText(self.tr("Teaching sessions"))
        self.notice = set_role(QLabel(notice), "lead")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.body_layout.addWidget(self.notice)
        self.sessions = SessionBook(self.trainer).all()
        self.model = SessionTableModel(self.sessions, self)
        self.table = read_only_table(self.model, self.tr("Past sessions"), stretch=(1, 2))
        self.body_layout.addWidget(self.table, 1)
        if not self.sessions:
            empty = set_role(QLabel(self.tr("No session recorded yet.")), "lead")
            self.body_layout.addWidget(empty)
        self.new_button = set_role(QPushButton(self.tr("Record a session  \u203a")), "primary")
        self.new_button.setAccessibleName(self.tr("Record a new teaching session"))
        self.new_button.clicked.connect(self.new_requested)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.new_button)

    def initial_focus(self):
        return self.new_button
