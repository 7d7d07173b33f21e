"""Adding learners from a list made in Excel (.xlsx or .csv): a preview, then one "Add".

The volunteer chooses the file; every row is shown with what is wrong with it (no name, a
birth year that is not a year, a group the app does not know), or that it looks like
someone already on this computer, or that it repeats an earlier row. Nothing is saved
until "Add"; then the good rows are added together (core/learner_import.py) and the page
says who was added and which rows were not. A file that cannot be read is refused whole,
saying why and what to do.

At the volunteer's 200 % text the preview keeps one line a row and the words above it
(the explanation, the summary, the choice to add people already here) fold behind
"Giải thích ▾", so eight rows of the file show; what the page must say (a refusal, who was
added) opens them again.
"""

from PySide6.QtWidgets import QLabel, QPushButton

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.labels import group_name
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.widgets.fold import ROWS, Fold, explanation_words, room_for_rows
from digital_literacy_app.ui.widgets.learner_checklist import RowCheckBox
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table
from digital_literacy_app.ui.widgets.tool_page import ToolPage


class ImportRowsModel(RowsTableModel):
    """One line of the file a row: its number, what it says, and what the check found."""

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Name"), self.tr("Born"), self.tr("Group"), self.tr("Ward"),
                self.tr("Check")]

    def cell(self, row, column: int) -> str:
        if column == 0:
            return str(row.line)
        if column == 1:
            return row.name
        if column == 2:
            return str(row.birth_year) if row.birth_year else row.birth_year_text
        if column == 3:
            return group_name(row.group) if row.group else row.group_text
        if column == 4:
            return row.ward
        return self.verdict(row)

    def verdict(self, row) -> str:
        if row.problems:
            return " ".join(reason(problem) for problem in row.problems)
        if row.same_as_line is not None:
            return self.tr("Same person as row {line}: not added twice.").format(line=row.same_as_line)
        if row.same_here:
            return self.tr("Looks like {names}, already on this computer.").format(
                names="; ".join(f"{r.name} ({r.birth_year or '?'})" for r in row.same_here))
        return self.tr("Ready to add")


class ImportLearnersPage(ToolPage):

    def __init__(self, seat, parent=None):
        super().__init__(seat, "", self.tr("\u2039  All learners"), self.tr("Back to the list of learners"),
                         parent=parent)
        self.title.setText(self.tr("Add learners from a file"))
        self.checked = None  # the ImportPreview shown
        self.intro = intro = set_role(QLabel(self.tr(
            "Choose an Excel (.xlsx) or CSV file. Its first row names the columns: Họ tên (name), "
            "Năm sinh (birth year), Nhóm (group), Phường/xã (ward). Nothing is saved before "
            "\u201cAdd\u201d.")), "lead")
        intro.setWordWrap(True)
        self.body_layout.addWidget(intro)
        self.notice = Notice()
        self.body_layout.addWidget(self.notice)
        self.summary = QLabel()  # what the preview found, in body text: the room goes to the rows
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.body_layout.addWidget(self.summary)
        self.with_same_here = RowCheckBox()  # the whole row answers a click
        self.with_same_here.toggled.connect(self._update_add)
        self.with_same_here.hide()
        self.body_layout.addWidget(self.with_same_here)
        self.model = ImportRowsModel(parent=self)
        # At large text the columns keep their width and the table scrolls sideways.
        self.table = read_only_table(self.model, self.tr("The rows of the file"),
                                     stretch=(1, 5) if theme_scale() <= 125 else (), wrap=theme_scale() <= 125)
        room_for_rows(self.table, self.body_layout)
        self.table.hide()
        self.body_layout.addWidget(self.table, 1)
        self.body_layout.addStretch(0)  # takes the room only while the table is hidden
        self.fold = Fold.gather(self.body_layout, [intro, self.notice, self.summary, self.with_same_here],
                                self.table, words=explanation_words())
        self.add_top_right(self.fold.button)
        self.choose_button = QPushButton(self.tr("Choose a file\u2026"))
        self.choose_button.setAccessibleName(self.tr("Choose the Excel or CSV file of learners"))
        self.choose_button.clicked.connect(self.choose)
        self.add_button = set_role(QPushButton(self.tr("Add")), "primary")
        self.add_button.clicked.connect(self.add)
        self.add_button.setEnabled(False)
        self.bottom.addWidget(self.choose_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.add_button)

    def initial_focus(self):
        return self.choose_button

    def choose(self) -> None:
        path = files.ask_open_table(self, self.tr("Choose the list of learners"))
        if path is not None:
            self.load(path)

    def load(self, path) -> None:
        """Read and check the file; show every row, or say why the file cannot be used."""
        try:
            self.checked = self.trainer.learners.import_preview(path)
        except DlaError as exc:
            self.checked = None
            self.model.set_rows([])
            self.table.hide()
            self.summary.hide()
            self.intro.hide()  # the reason says what to do, and needs the room at 200 %
            self.with_same_here.hide()
            self._update_add()
            self.fold.set_open(True)
            self.notice.show_message("bad", self.tr("{file} cannot be used: {reason}").format(
                file=path.name, reason=reason(exc)), detail(exc))
            return
        checked = self.checked
        self.model.set_rows(checked.rows)
        self.fold.rows = max(1, min(ROWS, len(checked.rows)))  # a short file's rows fit with the words
        self.intro.hide()  # the room goes to the rows
        self.table.show()
        here = len(checked.same_here)
        # A check box's words never wrap: short, with the reason for screen readers.
        self.with_same_here.setText(self.tr("Also add the {count} already here").format(count=here))
        self.with_same_here.setAccessibleDescription(self.tr(
            "Two people can share a name and a year of birth: tick it only if they are other people."))
        self.with_same_here.setChecked(False)
        self.with_same_here.setVisible(here > 0)
        self._update_add()
        self.notice.clear()
        self.summary.setText(self.tr("{file}: {good} to add, {bad} rows with a problem, {here} already here.").format(
            file=checked.file_name, good=len(checked.good) - here, bad=len(checked.bad), here=here))
        self.summary.show()
        announce(self.summary, self.summary.text())
        self.table.setFocus()

    def _count_to_add(self) -> int:
        if self.checked is None:
            return 0
        return len([r for r in self.checked.good if self.with_same_here.isChecked() or not r.same_here])

    def _update_add(self) -> None:
        count = self._count_to_add()
        self.add_button.setText(self.tr("Add {count} learners").format(count=count) if count else self.tr("Add"))
        self.add_button.setEnabled(count > 0)

    def add(self) -> None:
        """Add the good rows, all together; then the page says who and which rows not."""
        try:
            result = self.trainer.learners.import_rows(self.checked, self.with_same_here.isChecked())
        except DlaError as exc:
            self.notice.show_message("bad", self.tr("Nobody was added: {reason}").format(reason=reason(exc)),
                                     detail(exc))
            return
        self.checked = None
        self._update_add()
        self.with_same_here.hide()
        self.summary.hide()
        skipped = ", ".join(str(row.line) for row in result.skipped)
        text = self.tr("Added {count} learners.").format(count=len(result.added))
        if skipped:
            text += " " + self.tr("Not added: rows {rows}.").format(rows=skipped)
        self.fold.set_open(True)
        self.back_button.setFocus()  # first: the notice's one announcement is not cut off by the focus move
        self.notice.show_message("good", text)
