"""Certificates owed: everyone who has earned a certificate not given yet.

Narrowed to the people of one teaching session, it is the list for handing out
certificates at the end of a class; "Save for everyone" issues them all in one go.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.widgets.fold import Fold, room_for_rows
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.session_choice import session_choice
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table


class OwedTableModel(RowsTableModel):
    """Rows of (LearnerRecord, [Achievement]): who is owed which certificates."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent=parent)
        self.lang = lang

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Has earned")]

    def cell(self, item, column: int) -> str:
        learner, earned = item
        if column == 0:
            return learner.name
        return "; ".join(a.title.get(self.lang) for a in earned)


class OwedPage(ToolPage):
    open_learner = Signal(object)
    batch_requested = Signal(list, str)  # learner ids, what the batch is for (in words)

    def __init__(self, seat, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Certificates"))
        self.count = set_role(QLabel(), "lead")
        self.count.setWordWrap(True)
        filters = QVBoxLayout()  # the count and the choice of whose: they fold away at 200 %
        filters.addWidget(self.count)
        self.scope = session_choice(self.trainer, self.tr("Whose certificates"), self.tr("Everyone"))
        scope_label = QLabel(self.tr("Show:"))
        scope_label.setBuddy(self.scope)
        row = QHBoxLayout()
        row.addWidget(scope_label)
        row.addWidget(self.scope, 1)
        filters.addLayout(row)
        self.model = OwedTableModel(seat.lang, self)
        self.table = room_for_rows(read_only_table(self.model, self.tr("People owed a certificate"), stretch=(1,)),
                                   self.body_layout)
        self.fold = Fold(filters, self.table)
        self.body_layout.addWidget(self.fold)
        self.add_top_right(self.fold.button)
        self.body_layout.addWidget(self.table, 1)
        self.open_button = QPushButton(self.tr("Open this person"))
        self.open_button.setAccessibleName(self.tr("See the certificates of the chosen person"))
        self.open_button.clicked.connect(self._open)
        self.batch_button = set_role(QPushButton(), "primary")
        self.batch_button.clicked.connect(self._batch)
        self.export_button = QPushButton(self.tr("Certificates given\u2026"))
        self.export_button.setAccessibleName(self.tr("Save every certificate given as a spreadsheet"))
        self.export_button.clicked.connect(self.export_issued)
        self.notice = Notice()
        self.body_layout.addWidget(self.notice)
        self.bottom.addWidget(self.open_button)
        self.bottom.addWidget(self.export_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.batch_button)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def initial_focus(self):
        return self.batch_button if self.batch_button.isEnabled() or not self.fold.is_open else self.scope

    def refresh(self) -> None:
        key = self.scope.currentData()  # a session: exactly its people, as they are today
        owed = self.trainer.certificates.owed(None if key is None else
                                              [r.id for r in self.trainer.sessions.attendees(key)])
        rows = sorted(((self.trainer.learners.get(i), earned) for i, earned in owed.items()),
                      key=lambda row: (row[0].name, row[0].id))
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.count.setText(self.tr("{count} people have finished an area or a course and not yet received "
                                   "its certificate.").format(count=len(rows)) if rows
                           else self.tr("Nobody here is waiting for a certificate."))
        self.batch_button.setText(self.tr("Save for all {count}\u2026").format(count=len(rows)))
        self.batch_button.setAccessibleName(self.tr("Save a certificate for each of the {count} people").format(
            count=len(rows)))
        self.batch_button.setEnabled(bool(rows))
        self.open_button.setEnabled(bool(rows))

    def _open(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.rows):
            self.open_learner.emit(self.model.rows[row][0])

    def _batch(self) -> None:
        self.batch_requested.emit([learner.id for learner, _ in self.model.rows], self.scope.currentText())

    def export_issued(self) -> None:
        path = files.ask_save_table(self, self.tr("Save the list of certificates given"),
                                    self.tr("certificates-given.xlsx"))
        if path is None:
            return
        try:
            self.trainer.certificates.export_issued(path)
        except DlaError as exc:
            self.notice.show_message("bad", self.tr("The list could not be saved: {reason}").format(
                reason=reason(exc)), detail(exc))
            return
        self.notice.show_message("good", self.tr("Saved the list of certificates given in {path}.").format(
            path=str(path)))
