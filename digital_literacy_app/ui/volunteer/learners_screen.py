"""Learners: find anyone, narrow the list by group, ward or progress, and open one.

Search ignores case and accents like the start screen. The filters are plain lists of
choices. One click on a row picks it (never a double-click); Enter or "Open" opens it.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.records import PROGRESS_FILTERS, GROUPS
from digital_literacy_app.ui.labels import group_name
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.volunteer.learner_table_model import LearnerRow, LearnerTableModel
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.choice_list import choice_list
from digital_literacy_app.ui.widgets.fold import Fold, room_for_rows
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import read_only_table


class LearnersPage(ToolPage):
    open_learner = Signal(object)  # LearnerRecord
    duplicates_requested = Signal()
    add_requested = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Learners"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name"))
        self.search.setAccessibleName(self.tr("Find a learner"))
        self.search.setClearButtonEnabled(True)
        self.group = self._combo(self.tr("Group"), [("", self.tr("All groups"))] +
                                 [(g, group_name(g)) for g in GROUPS])
        wards = sorted({r.ward for r in self.trainer.learners.all("name") if r.ward})
        self.ward = self._combo(self.tr("Ward"), [("", self.tr("All wards"))] + [(w, w) for w in wards])
        self.progress = self._combo(self.tr("Progress"), [(key, self.progress_name(key))
                                                          for key in PROGRESS_FILTERS])
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        fields = [(self.tr("Find:"), self.search), (self.tr("Group:"), self.group),
                  (self.tr("Ward:"), self.ward), (self.tr("Progress:"), self.progress)]
        per_row = 2
        for index, (caption, widget) in enumerate(fields):
            label = QLabel(caption)
            label.setBuddy(widget)
            grid.addWidget(label, index // per_row, (index % per_row) * 2)
            grid.addWidget(widget, index // per_row, (index % per_row) * 2 + 1)
        for column in range(1, per_row * 2, 2):
            grid.setColumnStretch(column, 1)

        self.model = LearnerTableModel(parent=self)
        # At large text the columns keep their width and the table scrolls sideways,
        # rather than squeezing names into one word a line.
        self.table = read_only_table(self.model, self.tr("Learners"), stretch=(0,) if theme_scale() <= 125 else (),
                                     wrap=False)  # one line a row: a ward may have thousands
        room_for_rows(self.table, self.body_layout)
        self.fold = Fold(grid, self.table)  # the filters, above the table; folded at 200 %
        self.body_layout.insertWidget(0, self.fold)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.count_label = set_role(QLabel(), "muted")
        self.body_layout.addWidget(self.table, 1)
        self.count_label.setWordWrap(theme_scale() > 150)
        self.add_top_right(self.count_label)  # up there the table keeps the room of its rows
        self.add_top_right(self.fold.button)
        self.notice = Notice()
        self.body_layout.addWidget(self.notice)

        self.add_button = QPushButton(self.tr("Add learners…"))
        self.add_button.setAccessibleName(self.tr("Add learners, one after another or from a file"))
        self.add_button.clicked.connect(self.add_requested)
        self.export_button = QPushButton(self.tr("Save the list\u2026"))
        self.export_button.setAccessibleName(self.tr("Save the learners shown as a spreadsheet"))
        self.export_button.clicked.connect(self.export_list)
        self.duplicates_button = QPushButton()
        self.duplicates_button.clicked.connect(self.duplicates_requested)
        self.open_button = set_role(QPushButton(self.tr("Open  \u203a")), "primary")
        self.open_button.setAccessibleName(self.tr("Open the chosen learner"))
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.bottom.addWidget(self.add_button)
        self.bottom.addWidget(self.export_button)
        self.bottom.addWidget(self.duplicates_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.open_button)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.group, self.ward, self.progress):
            combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def progress_name(self, key: str) -> str:
        return {"all": self.tr("Everyone"), "not_started": self.tr("Not started yet"),
                "learning": self.tr("Learning now"), "finished_some": self.tr("Finished a lesson"),
                "needs_help": self.tr("Needs help")}[key]

    def _combo(self, name: str, items: list[tuple[str, str]]):
        return choice_list(name, items)

    def initial_focus(self):
        return self.search if self.fold.is_open else self.table

    def refresh(self) -> None:
        """Show who matches the search and every filter, by name."""
        trainer = self.trainer
        found = trainer.learners.search(self.search.text(), order="name")
        group, ward = self.group.currentData(), self.ward.currentData()
        found = [r for r in found if (not group or r.group == group) and (not ward or r.ward == ward)]
        found = trainer.overview.filter_by_progress(found, self.progress.currentData())
        counts = trainer.overview.lesson_counts()
        flagged = trainer.overview.needs_help()
        self.model.set_rows([LearnerRow(r, *counts.get(r.id, (0, 0)), r.id in flagged) for r in found])
        if found:
            self.table.selectRow(0)
        self.count_label.setText(self.tr("{count} of {total} learners shown.").format(
            count=len(found), total=trainer.learners.count()))
        self.open_button.setEnabled(bool(found))
        groups = len(trainer.learners.likely_duplicates())
        self.duplicates_button.setText(self.tr("Possible duplicates ({count})").format(count=groups))
        self.duplicates_button.setAccessibleName(self.tr("Learners who may have been entered twice: {count}")
                                                 .format(count=groups))

    def _open_row(self, row: int) -> None:
        learner = self.model.learner_at(row)
        if learner is not None:
            self.open_learner.emit(learner)

    def eventFilter(self, watched, event) -> bool:
        """Enter on a row opens it (QTableView's own `activated` needs a platform hint)."""
        from PySide6.QtCore import QEvent

        if watched is self.table and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    def export_list(self) -> None:
        """The learners the list shows now (search and filters applied), as .xlsx or .csv."""
        path = files.ask_save_table(self, self.tr("Save the list of learners"), self.tr("learners.xlsx"))
        if path is None:
            return
        shown = [row.learner.id for row in self.model.rows]
        try:
            self.trainer.learners.export(path, shown)
        except DlaError as exc:
            self.notice.show_message("bad", self.tr("The list could not be saved: {reason}").format(
                reason=reason(exc)), detail(exc))
            return
        self.notice.show_message("good", self.tr("Saved {count} learners in {path}.").format(
            count=len(shown), path=str(path)))
