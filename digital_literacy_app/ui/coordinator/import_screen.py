"""Import the sync files of a whole USB stick or folder (coordinators).

The coordinator presses the stick's name; every *.dlsync file on it is checked completely
and merged, off the GUI thread, with a bar for the file in progress and one for all files.
"Stop" takes effect within the file being read: nothing of that file is merged (files
finished before it stay merged), and the screen says so. At the end a table says, per
file, what it brought or why it was refused.
"""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from digital_literacy_app.ui.coordinator.import_results import ImportResultsModel
from digital_literacy_app.ui.widgets.fold import Fold, hold_rows, room_for_rows
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.widgets.drive_picker import DrivePicker, removable_drives
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import read_only_table

STEPS = 1000  # progress bar resolution


class ImportScreen(ToolPage):
    def __init__(self, seat, list_drives=removable_drives, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Import sync files"))
        self.task = None
        self.results: list = []
        self.checks_first = bool(seat.trainer.city_store)  # a city store checks files before merging them
        self.pages = QStackedWidget()
        self.body_layout.addWidget(self.pages, 1)
        self._build_choice(list_drives)
        self._build_running()
        self._build_results()
        self.hide_bottom()  # shown with the results, for "Done"

    # --- 1. choose a stick or folder -------------------------------------------------------------
    def _build_choice(self, list_drives) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(14)
        intro = set_role(QLabel(self.tr(
            "Plug in a USB stick with sync files from the ward computers, then press its name. "
            "Every sync file on it is checked, then added; a file that was changed or damaged "
            "is refused whole.")), "lead")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.picker = DrivePicker(list_drives)
        self.picker.chosen.connect(self.import_from)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        self.choice_page = scroll_area(content, self.tr("Choose where the sync files are"))
        self.pages.addWidget(self.choice_page)

    # --- 2. importing -----------------------------------------------------------------------------
    def _build_running(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addStretch(1)
        self.file_label = set_role(QLabel(), "lead")
        self.file_label.setWordWrap(True)
        self.file_bar = self._bar(self.tr("The file being imported"))
        self.all_label = QLabel()
        self.all_label.setWordWrap(True)
        self.all_bar = self._bar(self.tr("All files"))
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setAccessibleName(self.tr("Stop importing"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_note = QLabel(self.tr(
            "If you stop, nothing from the file being read is added; files finished before stay added."))
        self.cancel_note.setWordWrap(True)
        set_role(self.cancel_note, "muted")
        for widget in (self.file_label, self.file_bar, self.all_label, self.all_bar, self.cancel_note):
            layout.addWidget(widget)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.running_page = page
        self.pages.addWidget(page)

    def _bar(self, name: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, STEPS)
        bar.setAccessibleName(name)
        return bar

    # --- 3. what happened -------------------------------------------------------------------------
    def _build_results(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(12)
        self.summary = Notice()
        layout.addWidget(self.summary)
        roomy = theme_scale() > 150  # one line a file, scrolling sideways: eight files at 200 %
        self.model = ImportResultsModel(compact=theme_scale() > 125 and not roomy, parent=self)
        self.table = read_only_table(self.model, self.tr("What each file brought"),
                                     stretch=() if roomy else (self.model.outcome_column(),), wrap=not roomy)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        layout.addWidget(self.table, 1)
        self.row_details = QLabel()
        self.row_details.setWordWrap(True)
        self.row_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row_details.hide()
        layout.addWidget(self.row_details)
        buttons = QHBoxLayout()
        self.details_button = set_role(QPushButton(self.tr("Details")), "toggle")
        self.details_button.setAccessibleName(self.tr("Details of the chosen file"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_row_details)
        self.again_button = QPushButton(self.tr("Import another stick"))
        self.again_button.setAccessibleName(self.tr("Import the sync files of another USB stick"))
        self.again_button.clicked.connect(self.choose_again)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # With large text and the details open the page can be taller than the window.
        self.table.setMinimumHeight(TypeSizes(theme_scale()).px(220))
        if roomy:
            hold_rows(room_for_rows(self.table, self.body_layout))
        self.summary_fold = Fold.gather(layout, [self.summary], self.table, words=(
            self.tr("Summary"), self.tr("Show the summary of the import"), self.tr("Hide the summary"),
            self.tr("The summary is shown."), self.tr("The summary is hidden.")))
        self.add_top_right(self.summary_fold.button)
        self.summary_fold.button.hide()  # with the results only
        self.results_page = scroll_area(page, self.tr("Import results"))
        self.pages.addWidget(self.results_page)
        self.done_button = set_role(QPushButton(self.tr("Done  \u203a")), "primary")
        self.done_button.setAccessibleName(self.tr("Done: back to the volunteer tools"))
        self.done_button.clicked.connect(self.close_tool)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.done_button)

    # --- the work -----------------------------------------------------------------------------------
    def import_from(self, folder: Path) -> None:
        """Import every sync file in `folder` off the GUI thread."""
        if self.task is not None:
            return
        self.cancel_note.setText(self.tr(
            "If you stop, nothing from the file being read is added; files finished before stay added."))
        self.file_label.setText(self.tr("Looking for sync files in {folder}\u2026").format(folder=folder))
        self.all_label.setText("")
        self.file_bar.setValue(0)
        self.all_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.back_button.setEnabled(False)
        self.pages.setCurrentWidget(self.running_page)
        self.cancel_button.setFocus()
        self.folder = folder
        # The import itself never raises Cancelled: a stopped file is a result of its own.
        self.task = run_in_background(lambda own, task: own.sync.import_files([folder], task),
                                      on_success=self._finished, on_failure=self._failed,
                                      on_progress=self._progressed, trainer=self.seat.trainer)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.file_label.setText(self.tr("Stopping\u2026"))

    def _progressed(self, done: float, total: float, name: str) -> None:
        """`done` is the file index plus the fraction of that file read (core/sync). On a
        city store the files are checked before they merge: the checks until the first
        merge are the first half of `done`'s way, the merges the second
        (core/sync/checked_ahead.py, Progress)."""
        count = max(int(total), 1)
        checking, position = False, done
        if self.checks_first:
            checking = done * 2 < count
            position = done * 2 - (0 if checking else count)
        index = min(int(position), count - 1)
        self._moved(index, count, position - index, name, checking, done / count)

    def _moved(self, index: int, count: int, fraction: float, name: str, checking: bool = False,
               overall: float | None = None) -> None:
        if self.task is not None and self.task.is_cancelled():
            return
        self.file_bar.setValue(round(fraction * STEPS))
        overall = (index + fraction) / max(count, 1) if overall is None else overall
        self.all_bar.setValue(round(overall * STEPS))
        if index + 1 == count and fraction >= 1.0:
            # Every file is in; folding them can take seconds on a large first import and
            # cannot be stopped half-way, so Stop goes and the wait is explained instead.
            self.file_label.setText(self.tr("Putting the figures together\u2026"))
            self.cancel_button.setEnabled(False)
            self.cancel_note.setText(self.tr(
                "Every file has been read. Putting the figures together can take a little while "
                "after a large import; please wait."))
        elif checking:
            self.file_label.setText(self.tr("Checking {name}").format(name=name))
        else:
            self.file_label.setText(self.tr("Importing {name}").format(name=name))
        self.all_label.setText(self.tr("File {number} of {count}").format(number=index + 1, count=count))

    def _finished(self, results: list) -> None:
        self.task = None
        self.results = results
        self.back_button.setEnabled(True)
        self.model.set_results(results)
        self.details_button.setChecked(False)
        self.details_button.setEnabled(bool(results))
        kind, text = self.summary_text(results)
        self.summary.show_message(kind, text)
        if not results:  # nothing in the table: the summary is all there is to read
            self.summary_fold.keep_open()
        self.summary_fold.button.show()
        self.pages.setCurrentWidget(self.results_page)
        self.bottom_bar.show()
        if results:
            self.table.selectRow(0)
        self.done_button.setFocus()

    def summary_text(self, results: list) -> tuple[str, str]:
        """One paragraph: how many files went in, what they brought, what was refused or stopped."""
        if not results:
            return "hint", self.tr("No sync files (.dlsync) were found in {folder}.").format(folder=self.folder)
        count = {status: sum(r.status == status for r in results) for status in
                 ("imported", "already", "refused", "cancelled")}
        locale = QLocale()
        parts = [self.tr("{files} file(s) imported: {events} new records, {learners} new learners.").format(
            files=count["imported"], events=locale.toString(sum(r.events_new for r in results)),
            learners=locale.toString(sum(r.learners_new for r in results)))]
        held = sum(r.events_held for r in results)
        if held:
            parts.append(self.tr("{records} records of other computers were kept aside and not counted: "
                                 "they count once a file made on those computers is imported.").format(
                records=locale.toString(held)))
        if count["already"]:
            parts.append(self.tr("{files} file(s) had been imported before.").format(files=count["already"]))
        if count["refused"]:
            parts.append(self.tr("{files} file(s) refused; the table says why and what to do.").format(
                files=count["refused"]))
        if count["cancelled"]:
            parts.append(self.tr("You stopped the import: nothing from the file being read was added, "
                                 "and the files after it were not read. Files finished before stay added."))
        return self._summary_kind(count), " ".join(parts)

    @staticmethod
    def _summary_kind(count: dict) -> str:
        """Red only when nothing could be taken in: files that went in while others were
        refused are a mixed result, shown as a hint, not as a failure."""
        if count["refused"] and not (count["imported"] or count["already"]):
            return "bad"
        return "hint" if count["refused"] or count["cancelled"] else "good"

    def _failed(self, error: Exception) -> None:
        self.task = None
        self.back_button.setEnabled(True)
        self._finished([])
        self.summary.show_message("bad", self.tr("The import failed; nothing was added.") + " " + reason(error),
                                  detail(error))

    def choose_again(self) -> None:
        self.summary.clear()
        self.bottom_bar.hide()
        self.summary_fold.button.hide()
        self.pages.setCurrentWidget(self.choice_page)
        self.picker.first_button().setFocus()

    # --- details ------------------------------------------------------------------------------------
    def _row_chosen(self, current, previous) -> None:
        if current.isValid():
            self.row_details.setText(self.model.details(current.row()))

    def _show_row_details(self, on: bool) -> None:
        self.row_details.setVisible(on)

    def initial_focus(self):
        return self.picker.first_button()
