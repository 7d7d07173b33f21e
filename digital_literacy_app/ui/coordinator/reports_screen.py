"""Reports for the city (coordinators): choose how to split the figures, filter, read, save.

The figures are the ones `dla report` prints: learners registered, active, lessons done,
certificates, teaching sessions, attendance and volunteer hours, split by any of ward,
group, area, month and competence. A filter (one ward, a range of months) is applied
before counting, so its totals are right. The report is built off the GUI thread each
time a choice changes, with its month chart (learners and lessons completed by month,
per group or ward); it saves as CSV, Excel (with each ward's subtotals, counted when
saving), PDF or JSON.

The table is the screen's main content. The choices and the chart sit above it in a
panel that folds away behind "Lựa chọn và biểu đồ ▾" (top right; ui.widgets.fold). It
starts folded whenever the table would otherwise show too few rows: with large text fewer
than eight (at 200 % and 1366x768 it shows eight or more, its text at the bars' size
through `room_for_rows`); up to 125 % fewer than three, which happens only in a short
window, such as the city store's under its banner on a 1366x768 screen. The panel scrolls
when it has less height than it asks, so the screen never needs more than such a screen
has (the window would otherwise grow past it, the save buttons out of reach).
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget,
)

from digital_literacy_app.core.records import DIMENSIONS, METRICS, ReportFilter
from digital_literacy_app.ui.coordinator.report_chart import ReportChart
from digital_literacy_app.ui.coordinator.report_model import ReportTableModel
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.widgets.fold import ROWS, Fold, room_for_rows
from digital_literacy_app.ui.widgets.drive_picker import dialog_folder
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import read_only_table

FORMATS = ("csv", "xlsx", "pdf", "json")
DEBOUNCE_MS = 250
SMALL_ROWS = 3  # up to 125 %: the table's rows the choices and chart may not take


def report_options(trainer) -> tuple[list[str], list[str]]:
    """The wards and months there is anything to report about (for the filters).

    One report by ward and month holds every ward and every month that has a fact, so it
    answers both at once (two reports took twice as long over a million events).
    """
    rows = trainer.reports.build(["ward", "month"]).rows
    wards = sorted({row["ward"] for row in rows if row["ward"]})
    months = sorted({row["month"] for row in rows if row["month"]})
    return wards, months


class ReportsScreen(ToolPage):
    report_ready = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Reports"))
        self.task = None
        self.save_task = None
        self._again = False
        self._chart_split = "group"  # the chart's split of the build running
        self.options: tuple[list[str], list[str]] | None = None
        self.ask_save_path = self._ask_save_path_dialog
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.build)
        self.large = theme_scale() > 125
        self._results()
        self.panel = Fold(self._panel(), self.table, rows=ROWS if self.large else SMALL_ROWS, words=(
            self.tr("Choices and chart"), self.tr("Show the choices and the chart"),
            self.tr("Hide the choices and the chart"), self.tr("The choices and the chart are shown."),
            self.tr("The choices and the chart are hidden.")))
        # Up to 125 % the panel takes the height its content asks (the chart's wanted
        # height) and the table the rest; in a short window both give way.
        self.body_layout.insertWidget(0, self.panel, 5 if self.large else 0)
        self.fold_button = self.add_top_right(self.panel.button)
        room_for_rows(self.table, self.body_layout)
        # Tab as the eye reads: back, the fold button, the choices and chart, then the table.
        QWidget.setTabOrder(self.to_filter if self.large else self.chart.view, self.table)
        QWidget.setTabOrder(self.back_button, self.fold_button)
        self._save_bar()
        QTimer.singleShot(0, self.build)

    # --- the fold-away panel: choices and chart ------------------------------------------------------
    def _panel(self) -> QWidget:
        """Split-by boxes and filters beside the chart (under it with large text), in an
        area that scrolls when the window is too short for them."""
        content = QWidget()
        layout = QVBoxLayout(content) if self.large else QHBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24 if not self.large else 12)
        self.chart = ReportChart()
        self.chart.choice_changed.connect(self.rechart)
        if self.large:  # the chart first, where the eye lands on opening; the choices below it
            layout.addWidget(self.chart, 1)
            layout.addWidget(self._choices(), 0)
            return scroll_area(content, self.tr("Report choices and chart"))
        choices = scroll_area(self._choices(), self.tr("Report choices"))
        choices.setFixedWidth(TypeSizes(theme_scale()).px(340) + 24)
        # It scrolls: its content's height must not be what the whole panel asks for.
        choices.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        layout.addWidget(choices, 0)
        layout.addWidget(self.chart, 1)
        return scroll_area(content, self.tr("Report choices and chart"), fitted=True)

    def dimension_name(self, dimension: str) -> str:
        return {"ward": self.tr("Ward"), "group": self.tr("Learner group"), "area": self.tr("Lesson area"),
                "month": self.tr("Month"), "competence": self.tr("Digital competence")}[dimension]

    def metric_name(self, metric: str) -> str:
        return {"learners": self.tr("Learners"), "active_learners": self.tr("Active"),
                "lessons_completed": self.tr("Lessons completed"), "certificates": self.tr("Certificates"),
                "sessions": self.tr("Sessions"), "attendance": self.tr("Attendance"),
                "volunteer_hours": self.tr("Volunteer hours")}[metric]

    def column_titles(self) -> dict[str, str]:
        """The table's column titles in the interface language only."""
        return {**{d: self.dimension_name(d) for d in DIMENSIONS}, **{m: self.metric_name(m) for m in METRICS}}

    def _choices(self) -> QWidget:
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 12, 0)
        grid.setVerticalSpacing(6)
        grid.setHorizontalSpacing(16)
        heading = set_role(QLabel(self.tr("Split by")), "section")
        heading.setWordWrap(True)
        grid.addWidget(heading, 0, 0, 1, 2)
        self.split: dict[str, QCheckBox] = {}
        columns = 2 if self.large else 1
        for index, dimension in enumerate(DIMENSIONS):
            box = QCheckBox(self.dimension_name(dimension))
            box.setAccessibleName(self.tr("Split by: {what}").format(what=self.dimension_name(dimension)))
            box.setChecked(dimension == "ward")
            box.toggled.connect(self.rebuild)
            self.split[dimension] = box
            grid.addWidget(box, 1 + index // columns, index % columns)
        filters = self._filters()
        grid.addWidget(filters, 1 + (len(DIMENSIONS) + columns - 1) // columns, 0, 1, 2)
        grid.setRowStretch(grid.rowCount(), 1)
        return content

    def _filters(self) -> QWidget:
        """One ward, a range of months: each label above its box, in a column beside the
        chart (or, with large text, three side by side under the split boxes)."""
        host = QWidget()
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.addWidget(set_role(QLabel(self.tr("Only")), "section"), 0, 0)
        self.ward_filter = self._combo(grid, 0, self.tr("Ward"), self.tr("All wards"))
        self.from_filter = self._combo(grid, 1, self.tr("From month"), self.tr("From the start"))
        self.to_filter = self._combo(grid, 2, self.tr("To month"), self.tr("Up to now"))
        return host

    def _combo(self, grid: QGridLayout, number: int, label_text: str, everything: str) -> QComboBox:
        label = QLabel(label_text)
        combo = QComboBox()
        combo.addItem(everything, "")
        combo.setAccessibleName(label_text)
        # Ward names can be long: the box may be narrower than its longest entry (the open
        # list shows them whole), so the filters never push past the window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(self.rebuild)
        if self.large:
            grid.addWidget(label, 1, number)
            grid.addWidget(combo, 2, number)
            grid.setColumnStretch(number, 1)
        else:
            grid.addWidget(label, 1 + 2 * number, 0)
            grid.addWidget(combo, 2 + 2 * number, 0)
        return combo

    def _fill_options(self, wards: list[str], months: list[str]) -> None:
        for combo, values in ((self.ward_filter, wards), (self.from_filter, months), (self.to_filter, months)):
            combo.blockSignals(True)
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)

    def chosen_by(self) -> list[str]:
        return [d for d in DIMENSIONS if self.split[d].isChecked()]

    def chosen_filter(self) -> ReportFilter:
        return ReportFilter(self.ward_filter.currentData() or "", self.from_filter.currentData() or "",
                            self.to_filter.currentData() or "")

    # --- the table ---------------------------------------------------------------------------------------
    def _results(self) -> None:
        self.model = ReportTableModel(self)
        self.table = read_only_table(self.model, self.tr("Report table"), wrap=False)
        self.table.setAccessibleDescription(self.tr("The report's figures, one row per line; the last line is the total."))
        self.status = QLabel()  # in the bottom bar, after the save buttons: the table keeps the height
        self.status.setWordWrap(True)
        set_role(self.status, "muted")
        self.body_layout.addWidget(self.table, 2 if self.large else 1)
        self.notice = Notice()
        self.body_layout.addWidget(self.notice)

    # --- building -------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """A choice changed: build again once the choices rest for a moment."""
        self.debounce.start()

    def build(self) -> None:
        if self.task is not None:
            self._again = True  # build once more when the running one ends
            return
        by, where, need_options = self.chosen_by(), self.chosen_filter(), self.options is None
        self.status.setText(self.tr("Counting\u2026"))

        split = self.chart.chosen_split()

        def work(own, task):
            return own.reports.build(by, where), report_options(own) if need_options else None

        self._chart_split = split  # a bound method, not a lambda: Qt drops it if the screen is gone
        self.task = run_in_background(work, on_success=self._built, on_failure=self._build_failed,
                                      trainer=self.seat.trainer)

    def _built(self, outcome) -> None:
        """The table shows at once; the month chart is counted next, in the same turn of
        building: on a city store it can take seconds where the table takes a tenth."""
        report, options = outcome
        if options is not None:
            self.options = options
            self._fill_options(*options)
        self.model.set_report(report, self.column_titles(), self.tr("Total"))
        if options is not None:  # the first rows: the fold rule can count them now
            self.panel.fit_soon()
        self.status.setText(self.tr("{rows} row(s), made {date}").format(
            rows=len(report.rows), date=date.today().strftime("%d/%m/%Y")))
        self.chart.setEnabled(False)  # greyed: the chart shown is the last one until this one is drawn
        split = self._chart_split
        self.task = run_in_background(lambda own, task: own.reports.with_chart(report, split),
                                      on_success=self._charted, on_failure=self._build_failed,
                                      trainer=self.seat.trainer)

    def rechart(self) -> None:
        """The chart's split changed: the table stays as it is, only the chart is counted
        again (unless a build is waiting or running: it draws the split chosen by then)."""
        report = self.model.report
        if report is None or self.task is not None or self.debounce.isActive():
            self.rebuild()
            return
        self.chart.setEnabled(False)
        split = self._chart_split = self.chart.chosen_split()
        self.task = run_in_background(lambda own, task: own.reports.with_chart(report, split),
                                      on_success=self._charted, on_failure=self._build_failed,
                                      trainer=self.seat.trainer)

    def _charted(self, report) -> None:
        self.task = None
        self.model.report = report  # the same rows, now with the chart a PDF draws
        self.chart.show_chart(report.chart)
        self.chart.setEnabled(True)
        self.report_ready.emit()
        if self._again:
            self._again = False
            self.build()

    def _build_failed(self, error: Exception) -> None:
        self.task = None
        self.chart.setEnabled(True)
        self.status.setText("")
        self.notice.show_message("bad", self.tr("The report could not be made.") + " " + reason(error),
                                 detail(error))

    # --- saving ---------------------------------------------------------------------------------------
    def _save_bar(self) -> None:
        label = QLabel(self.tr("Save the report as:"))
        self.bottom.addWidget(label)
        names = {"csv": "CSV", "xlsx": "Excel", "pdf": "PDF", "json": "JSON"}
        self.save_buttons: dict[str, QPushButton] = {}
        for fmt in FORMATS:
            button = QPushButton(names[fmt])
            button.setAccessibleName(self.tr("Save the report as a {kind} file").format(kind=names[fmt]))
            button.clicked.connect(lambda _=False, fmt=fmt: self.save_as(fmt))
            self.save_buttons[fmt] = button
            self.bottom.addWidget(button)
        self.bottom.addSpacing(16)
        self.bottom.addWidget(self.status, 1)

    def save_as(self, fmt: str) -> None:
        report = self.model.report
        if report is None or self.save_task is not None:
            return
        suggested = self.tr("report-{date}").format(date=date.today().isoformat()) + "." + fmt
        target = self.ask_save_path(fmt, suggested)
        if not target:
            return
        target = Path(target)
        for button in self.save_buttons.values():
            button.setEnabled(False)
        self.notice.show_message("hint", self.tr("Saving {name}\u2026").format(name=target.name))

        split = self.chart.chosen_split()

        def work(own, task):
            # The Excel file's ward subtotals are counted only when saving one (on the
            # worker's own connection), so choosing on screen stays as fast as before.
            complete = own.reports.with_ward_totals(report) if fmt == "xlsx" else report
            if fmt == "pdf" and complete.chart is None:  # saved before the chart was drawn
                complete = own.reports.with_chart(complete, split)
            return own.reports.write(complete, fmt, target)

        self.save_task = run_in_background(work, on_success=self._saved, on_failure=self._save_failed,
                                           trainer=self.seat.trainer)

    def _saved(self, target: Path) -> None:
        self._save_done()
        self.notice.show_message("good", self.tr("Saved: {path}").format(path=target))

    def _save_failed(self, error: Exception) -> None:
        self._save_done()
        self.notice.show_message("bad", self.tr("The report could not be saved there.") + " " + reason(error),
                                 detail(error))

    def _save_done(self) -> None:
        self.save_task = None
        for button in self.save_buttons.values():
            button.setEnabled(True)

    def _ask_save_path_dialog(self, fmt: str, name: str) -> str:
        folder = dialog_folder()
        patterns = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)", "json": "JSON (*.json)"}
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), str(Path(folder) / name),
                                                patterns[fmt])
        if chosen and not chosen.lower().endswith("." + fmt):
            chosen += "." + fmt
        return chosen

    def initial_focus(self):
        return self.split["ward"] if self.panel.is_open else self.table
