"""Progress at a glance: every learner against every lesson, and who needs help.

Lessons head their columns by name, wrapped on three lines (ui/widgets/wrapped_header.py),
and the names stay in place while the lessons scroll sideways (frozen_columns.py). The grid
narrows by a name typed, and by area, ward, group and teaching session (progress_filters.py)
behind the shared "Filters" fold (ui/widgets/fold.py), which folds where the grid would
show fewer than eight rows; at 150 % and more the search folds away too. Choosing a
lesson's header (or "This lesson" for the column of the current cell) shows that lesson
across the class. What the grid shows can be saved as a spreadsheet or a PDF to print.
Picking a row says why that person needs help, in words, and opens their story.
"""

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.records import GridFilter
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.volunteer.progress_filters import GridFilters
from digital_literacy_app.ui.volunteer.progress_model import FIXED_COLUMNS, ProgressTableModel
from digital_literacy_app.ui.widgets.fold import Fold, room_for_rows
from digital_literacy_app.ui.widgets.frozen_columns import FrozenColumns
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.table import read_only_table
from digital_literacy_app.ui.widgets.wrapped_header import WrappedHeader


LARGE = 150  # text scale from which the grid gets the whole body


class _TextHighRows(QHeaderView):
    """The grid's hidden row header, asking no height of its own: rows are as high as
    their cells' text (the table's column fitter takes the larger of the two)."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        return QSize(0, 0)


class ProgressPage(ToolPage):
    timeline_requested = Signal(object)
    lesson_requested = Signal(str, object)  # lesson id, the GridFilter in force

    def __init__(self, seat, chosen: GridFilter = GridFilter(), filters_shown: bool | None = None, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Progress at a glance"))
        self.search = QLineEdit(chosen.name)
        self.search.setPlaceholderText(self.tr("Type a name"))
        self.search.setAccessibleName(self.tr("Find a learner"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Find:"))
        search_label.setBuddy(self.search)
        self.filters = GridFilters(self.trainer, chosen)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        self.reasons = set_role(QLabel(), "lead")
        self.reasons.setWordWrap(True)
        self.model = ProgressTableModel(seat.lang, self)
        self.model.help_words = self.reason_sentence
        # One line a row: measuring every wrapped cell of the grid took seconds for 200 learners.
        self.table = read_only_table(self.model, self.tr("Learners and lessons"), stretch=(), wrap=False)
        self.header = WrappedHeader(FIXED_COLUMNS, lines=3 if theme_scale() < LARGE else 2, parent=self.table)
        self.table.setHorizontalHeader(self.header)
        self.header.sectionClicked.connect(self._header_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_reasons())
        self.fold = Fold(self.filters, self.table)
        if filters_shown is not None:  # the volunteer's own choice, before the lesson or story they opened
            self.fold.chosen = True
            self.fold.set_open(filters_shown)
        self.filter_count = set_role(QLabel(), "muted")
        self.add_top_right(self.filter_count)
        self.add_top_right(self.fold.button)
        if theme_scale() < LARGE:
            self.body_layout.addLayout(search_row)
            self.body_layout.addWidget(self.fold)
            self.body_layout.addWidget(self.table, 1)
            self.body_layout.addWidget(self.reasons)
        else:
            self._large_text_layout(search_row)
        self.notice = Notice()
        self.body_layout.addWidget(self.notice)
        # Tab as the eye reads: the name search, the filters, then the grid (the search was
        # made first, but joined its place after the filters).
        order = [self.search, *self.filters.controls(), self.table]
        for before, after in zip(order, order[1:]):
            self.setTabOrder(before, after)

        self.save_button = QPushButton(self.tr("Save\u2026"))
        self.save_button.setAccessibleName(self.tr("Save the grid as shown as a spreadsheet"))
        self.save_button.clicked.connect(self.save_grid)
        self.print_button = QPushButton(self.tr("Print\u2026"))
        self.print_button.setAccessibleName(self.tr("Save the grid as shown as a PDF to print"))
        self.print_button.clicked.connect(self.print_grid)
        self.lesson_button = QPushButton(self.tr("This lesson  \u203a"))
        self.lesson_button.setAccessibleName(self.tr("The lesson of the chosen column, across the class"))
        self.lesson_button.clicked.connect(self._lesson_of_current)
        self.timeline_button = set_role(QPushButton(self.tr("Their story  \u203a")), "primary")
        self.timeline_button.setAccessibleName(self.tr("The story of the chosen learner"))
        self.timeline_button.clicked.connect(self._open_timeline)
        for button in (self.save_button, self.print_button):
            self.bottom.addWidget(button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.lesson_button)
        self.bottom.addWidget(self.timeline_button)
        self.save_task = None  # a file being written, off the GUI thread
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._narrowed)
        self.search.textChanged.connect(self._debounce.start)
        self.filters.changed.connect(self._narrowed)
        self.refresh()
        # The names stay in place while the lessons scroll sideways.
        self.frozen = FrozenColumns(self.table, 1, WrappedHeader(FIXED_COLUMNS, lines=self.header.lines))
        # Open filters scroll rather than leave the grid less than three rows.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.header.sizeHint().height() + 3 * rows
                                    + self.table.horizontalScrollBar().sizeHint().height() + 8)

    def initial_focus(self):
        return self.table

    def _large_text_layout(self, search_row) -> None:
        """At 150 % and more the grid takes the body: the search and the words about the
        chosen learner fold away with the filters; the grid's text grows like the bars'
        (half as fast, `room_for_rows`), so at 200 % eight rows show."""
        self.filters.content.insertLayout(0, search_row)
        self.filters.content.insertWidget(self.filters.content.count() - 1, self.reasons)
        self.body_layout.setSpacing(8)
        self.body_layout.addWidget(self.fold, 2)
        self.body_layout.addWidget(self.table, 1)
        room_for_rows(self.table, self.body_layout)
        sizes = TypeSizes(theme_scale())
        size = sizes.chrome.body
        # Rows as tall as their text: the cells are short signs, and the padding of 200 %
        # would cost a row.
        self.table.setStyleSheet(
            f"QTableView, QHeaderView {{ font-size: {size}pt; }}"
            f"QTableView::item {{ padding: 0px {sizes.px(8)}px; }}"
            f"QHeaderView::section:horizontal {{ padding: 2px {sizes.px(8)}px; }}")
        rows = _TextHighRows(self.table)
        rows.hide()
        self.table.setVerticalHeader(rows)

    def chosen_filter(self) -> GridFilter:
        return self.filters.chosen(self.search.text())

    def refresh(self) -> None:
        try:
            grid = self.trainer.overview.grid(self.chosen_filter())
        except DlaError as exc:  # the session was withdrawn by a sync file meanwhile
            self.notice.show_message("bad", reason(exc), detail(exc))
            self.filters.forget_session()
            grid = self.trainer.overview.grid(self.chosen_filter())
        self.model.set_grid(list(grid.learners), list(grid.lessons), grid.cells, grid.flagged)
        if grid.learners:
            self.table.selectRow(0)
        self.timeline_button.setEnabled(bool(grid.learners))
        for button in (self.save_button, self.print_button):
            button.setEnabled(bool(grid.learners) and self.save_task is None)
        self.lesson_button.setEnabled(bool(grid.lessons))
        self._count_filters()
        self.show_reasons()

    def chosen(self):
        row = self.table.currentIndex().row()
        return self.model.learners[row] if 0 <= row < len(self.model.learners) else None

    def show_reasons(self) -> None:
        learner = self.chosen()
        if learner is None:
            self.reasons.setText(self.tr("Nobody to show."))
            return
        self.reasons.setText(self.reason_sentence(learner))

    def reason_sentence(self, learner) -> str:
        """Why this learner needs help, or that they do not; also the help cell's tooltip
        and spoken text, since at large text this line folds away with the filters."""
        found = self.model.flagged.get(learner.id, [])
        if not found:
            return self.tr("{name}: no sign of trouble.").format(name=learner.name)
        return self.tr("{name} needs help: {reasons}.").format(
            name=learner.name, reasons="; ".join(self.reason_words(r) for r in found))

    def reason_words(self, reason) -> str:
        lesson = self.trainer.lessons.get(reason.lesson_id)
        title = lesson.title.get(self.seat.lang) if lesson else reason.lesson_id
        if reason.kind == "stalled":
            return self.tr("nothing done for {days} days, \u201c{lesson}\u201d unfinished").format(
                days=reason.amount, lesson=title)
        if reason.kind == "mistakes":
            return self.tr("{count} mistakes in \u201c{lesson}\u201d").format(count=reason.amount, lesson=title)
        return self.tr("{count} hints in \u201c{lesson}\u201d").format(count=reason.amount, lesson=title)

    def _open_timeline(self) -> None:
        learner = self.chosen()
        if learner is not None:
            self.timeline_requested.emit(learner)

    def _count_filters(self) -> None:
        count = self.filters.active()
        self.filter_count.setText(self.tr("{count} on").format(count=count) if count else "")
        self.filter_count.setAccessibleName(self.tr("Filters on: {count}").format(count=count))

    def _narrowed(self) -> None:
        """A name typed or a filter chosen: show and say how many people the grid holds now."""
        self.refresh()
        announce(self.table, self.tr("{count} learners shown.").format(count=self.model.rowCount()))

    def _header_clicked(self, section: int) -> None:
        if section >= FIXED_COLUMNS:
            self.lesson_requested.emit(self.model.lessons[section - FIXED_COLUMNS].id, self.chosen_filter())

    def _lesson_of_current(self) -> None:
        """The lesson of the current cell's column (the first lesson from the name columns)."""
        if self.model.lessons:
            column = max(self.table.currentIndex().column(), FIXED_COLUMNS)
            self.lesson_requested.emit(self.model.lessons[column - FIXED_COLUMNS].id, self.chosen_filter())

    def save_grid(self) -> None:
        """The grid as shown (name and filters applied) as .xlsx or .csv."""
        path = files.ask_save_table(self, self.tr("Save the progress grid"), self.tr("progress.xlsx"))
        if path is not None:
            self._write("export_grid", path)

    def print_grid(self) -> None:
        """The grid as shown as an A4 landscape PDF, to print."""
        path = files.ask_save_pdf(self, self.tr("Save the progress grid to print"), self.tr("progress.pdf"))
        if path is not None:
            self._write("print_grid", path)

    def _write(self, operation: str, path) -> None:
        """Off the GUI thread: the PDF of 200 learners takes about two seconds."""
        if self.save_task is not None:
            return
        chosen, count = self.chosen_filter(), self.model.rowCount()
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.notice.show_message("hint", self.tr("Saving {name}\u2026").format(name=path.name))

        def work(own, task):
            return getattr(own.overview, operation)(path, chosen)

        self._saving = (count, path)
        self.save_task = run_in_background(work, trainer=self.trainer, on_success=self._saved,
                                           on_failure=self._save_failed)

    def _saved(self, _written) -> None:
        count, path = self._saving
        self._save_done()
        self.notice.show_message("good", self.tr("Saved the grid of {count} learners in {path}.").format(
            count=count, path=str(path)))

    def _save_failed(self, error: Exception) -> None:
        self._save_done()
        self.notice.show_message("bad", self.tr("The grid could not be saved: {reason}").format(
            reason=reason(error)), detail(error))

    def _save_done(self) -> None:
        self.save_task = None
        for button in (self.save_button, self.print_button):
            button.setEnabled(self.model.rowCount() > 0)
