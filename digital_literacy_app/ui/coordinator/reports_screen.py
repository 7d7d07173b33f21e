"""Reports for the city (coordinators): choose how to split the figures, filter, read, save.

The figures are the ones `dla report` prints: learners registered, active, lessons done,
certificates, teaching sessions, attendance and volunteer hours, split by any of ward,
group, area, month and competence. A filter (one ward, a range of months) is applied
before counting, so its totals are right. The report is built off the GUI thread each
time a choice changes; it shows as a table (the same rows and titles as the saved files)
or as a bar chart, and saves as CSV, Excel, PDF or JSON.
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.records import DIMENSIONS, ReportFilter
from digital_literacy_app.ui.coordinator.report_chart import ReportChart
from digital_literacy_app.ui.coordinator.report_model import ReportTableModel
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.widgets.drive_picker import dialog_folder
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.notice import Notice
from digital_literacy_app.ui.widgets.table import read_only_table

FORMATS = ("csv", "xlsx", "pdf", "json")
DEBOUNCE_MS = 250


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
        super().__init__(seat, "", plain_back=True, parent=parent)
        self.title.setText(self.tr("Reports"))
        self.task = None
        self.save_task = None
        self._again = False
        self.options: tuple[list[str], list[str]] | None = None
        self.ask_save_path = self._ask_save_path_dialog
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.build)

        # Up to 125 % the choices sit in a column beside the figures, the filters in a row
        # above them. With larger text the figures need the whole width: the choices become
        # a page of their own, a third button beside "Table" and "Chart".
        self.large = theme_scale() > 125
        filters = self._filters()
        choices = self._choices(filters if self.large else None)
        if self.large:
            self.body_layout.addLayout(self._results(None, choices), 1)
        else:
            row = QHBoxLayout()
            row.setSpacing(24)
            row.addWidget(choices, 0)
            row.addLayout(self._results(filters, None), 1)
            self.body_layout.addLayout(row, 1)
        self._save_bar()
        QTimer.singleShot(0, self.build)

    # --- choices ----------------------------------------------------------------------------------
    def dimension_name(self, dimension: str) -> str:
        return {"ward": self.tr("Ward"), "group": self.tr("Learner group"), "area": self.tr("Lesson area"),
                "month": self.tr("Month"), "competence": self.tr("Digital competence")}[dimension]

    def _choices(self, filters: QWidget | None) -> QWidget:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(6)
        heading = set_role(QLabel(self.tr("Split by")), "section")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.split: dict[str, QCheckBox] = {}
        for dimension in DIMENSIONS:
            box = QCheckBox(self.dimension_name(dimension))
            box.setAccessibleName(self.tr("Split by: {what}").format(what=self.dimension_name(dimension)))
            box.setChecked(dimension == "ward")
            box.toggled.connect(self.rebuild)
            self.split[dimension] = box
            layout.addWidget(box)
        if filters is not None:
            layout.addWidget(filters)
        layout.addStretch(1)
        area = scroll_area(content, self.tr("Report choices"))
        if not self.large:
            area.setFixedWidth(TypeSizes(theme_scale()).px(340))
        return area

    def _filters(self) -> QWidget:
        """One ward, a range of months: each label above its box, three side by side (or,
        with large text, one under the other in the choices column)."""
        host = QWidget()
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        if self.large:
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
            grid.addWidget(label, 1 + 2 * number, 0)
            grid.addWidget(combo, 2 + 2 * number, 0)
        else:
            grid.addWidget(label, 0, number)
            grid.addWidget(combo, 1, number)
            grid.setColumnStretch(number, 1)
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

    # --- results ---------------------------------------------------------------------------------------
    def _results(self, filters: QWidget | None, choices: QWidget | None) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.setSpacing(10)
        if filters is not None:
            layout.addWidget(filters)
        self.model = ReportTableModel(self)
        self.table = read_only_table(self.model, self.tr("Report table"), wrap=False)
        self.chart = ReportChart()
        self.chart_page = self.chart.area
        self.pages = QStackedWidget()
        self.views = QButtonGroup(self)
        switch = QHBoxLayout()
        self.choices_button = None
        if choices is not None:
            self.choices_button = self._view_button(switch, self.tr("Split and filter"),
                                                    self.tr("Choose how to split and filter the figures"), choices)
        self.table_button = self._view_button(switch, self.tr("Table"), self.tr("Show the figures as a table"),
                                              self.table)
        self.chart_button = self._view_button(switch, self.tr("Chart"), self.tr("Show the figures as a bar chart"),
                                              self.chart_page)
        self.table_button.setChecked(True)
        self.pages.setCurrentWidget(self.table)
        self.views.idToggled.connect(self._view_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        set_role(self.status, "muted")
        if self.large:
            switch.addStretch(1)
            layout.addLayout(switch)
            layout.addWidget(self.status)
        else:
            switch.addWidget(self.status, 1)
            layout.addLayout(switch)
        layout.addWidget(self.pages, 1)
        self.notice = Notice()
        layout.addWidget(self.notice)
        return layout

    def _view_button(self, row: QHBoxLayout, text: str, name: str, page: QWidget) -> QPushButton:
        button = set_role(QPushButton(text), "toggle")
        button.setCheckable(True)
        button.setAccessibleName(name)
        self.views.addButton(button, self.pages.addWidget(page))
        row.addWidget(button)
        return button

    def _view_changed(self, view_id: int, on: bool) -> None:
        if on:
            self.pages.setCurrentIndex(view_id)
            if self.pages.currentWidget() is self.chart_page:
                self.chart.show_report(self.model.report)

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

        def work(own, task):
            return own.reports.build(by, where), report_options(own) if need_options else None

        self.task = run_in_background(work, on_success=self._built, on_failure=self._build_failed,
                                      trainer=self.seat.trainer)

    def _built(self, outcome) -> None:
        self.task = None
        report, options = outcome
        if options is not None:
            self.options = options
            self._fill_options(*options)
        self.model.set_report(report)
        self.status.setText(self.tr("{rows} row(s), made {date}").format(
            rows=len(report.rows), date=date.today().strftime("%d/%m/%Y")))
        if self.pages.currentWidget() is self.chart_page:
            self.chart.show_report(report)
        self.report_ready.emit()
        if self._again:
            self._again = False
            self.build()

    def _build_failed(self, error: Exception) -> None:
        self.task = None
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
        self.bottom.addStretch(1)

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

        desk = self.seat.trainer.reports

        def work(task):
            return desk.write(report, fmt, target)  # touches no database: fine on a worker

        self.save_task = run_in_background(work, on_success=self._saved, on_failure=self._save_failed)

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
        return self.split["ward"]
