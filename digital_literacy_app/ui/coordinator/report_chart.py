"""The report as a bar chart: one figure at a time, one bar per row, largest first.

The coordinator picks the figure (learners, active learners, lessons completed,
certificates, teaching sessions); the rows' ward, group, area, month or competence name
each bar in the city's words, as in the table and the PDF.
"""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from digital_literacy_app.core.records import Report
from digital_literacy_app.core.records import shown_value as shown
from digital_literacy_app.ui.coordinator.report_model import shown_number
from digital_literacy_app.ui.widgets.bar_chart import BarChart
from digital_literacy_app.ui.widgets.frame import scroll_area

CHARTED = ("learners", "active_learners", "lessons_completed", "certificates", "sessions")


class ReportChart(QWidget):
    """`area` is the scrolling page to put on screen; `show_report(report)` redraws it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report: Report | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("Figure shown:"))
        self.metric_box = QComboBox()
        self.metric_box.setAccessibleName(self.tr("Figure shown in the chart"))
        self.metric_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for metric in CHARTED:
            self.metric_box.addItem(self.metric_name(metric), metric)
        label.setBuddy(self.metric_box)
        self.metric_box.currentIndexChanged.connect(self.draw)
        row.addWidget(label)
        row.addWidget(self.metric_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.chart = BarChart()
        layout.addWidget(self.chart)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.area: QScrollArea = scroll_area(self, self.tr("Bar chart"))

    def metric_name(self, metric: str) -> str:
        return {"learners": self.tr("Learners"), "active_learners": self.tr("Active learners"),
                "lessons_completed": self.tr("Lessons completed"), "certificates": self.tr("Certificates"),
                "sessions": self.tr("Teaching sessions")}[metric]

    def chosen_metric(self) -> str:
        return self.metric_box.currentData() or CHARTED[0]

    def show_report(self, report: Report) -> None:
        self.report = report
        self.draw()

    def draw(self) -> None:
        report = self.report
        if report is None:
            return
        metric = self.chosen_metric()
        bars = [(" \u00b7 ".join(shown(d, row[d]) for d in report.by), row[metric], shown_number(row[metric]))
                for row in report.rows if row[metric]]
        self.chart.set_bars(self.metric_name(metric), bars)
        if not report.by:
            note = self.tr("Tick at least one way to split the figures to compare them in a chart.")
        elif not bars:
            note = self.tr("Nothing to show for this figure yet.")
        elif len(bars) > len(self.chart.bars):
            note = self.tr("The {count} largest of {total} are shown; the table has them all.").format(
                count=len(self.chart.bars), total=len(bars))
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
