"""The month chart on the reports screen (Qt Charts): columns per month, split by group or ward.

The coordinator picks the figure (new learners, active learners, lessons completed) and
the split (learner group or ward); the columns, the whole-number axis and the "T10/2026"
labels come from `MonthChart` (core.reports.chart), the same record the PDF draws, so
screen and paper agree. The axes fit the plot Qt Charts lays out: fewer steps up the side
when the chart is short, the year under the month when the columns are narrow (Qt cuts a
label that has no room to "...", which tells nobody anything). Text follows the theme's
size, colours its palette (high contrast included). For a screen reader the chart has a
name, and its description reads the figures per month and points to the report table,
which holds every figure.
"""

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication, QComboBox, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.records import (
    CHART_COLOURS as SERIES_COLOURS, CHART_FIGURES, CHART_OTHERS as OTHERS, CHART_OTHERS_COLOUR as OTHERS_COLOUR,
    CHART_SPLITS, MonthChart, month_label, whole_number_axis,
)
from digital_literacy_app.core.records import shown_value as shown
from digital_literacy_app.ui import theme

# On black (the high-contrast theme), the same hues lightened to 7:1 or more.
HIGH_CONTRAST_COLOURS = ("#56B4E9", "#FFE600", "#8CFF8C", "#FF9DE2", "#FFB3B3", "#FFFFFF")
HIGH_CONTRAST_OTHERS = "#D0D0D0"
MIN_PLOT_VIEW = 180  # px at 100 %: two steps up the side and a line of months under them
WANTED_VIEW = 200  # px at 100 %: the chart's height when the window has room
MOST_STEPS = 6  # up the side: as in the PDF when there is room
QT_LABEL_PADDING = 4  # px Qt Charts keeps free on each side of an axis label
TEXT_MARGIN = 4  # px: the margin of the text document Qt Charts draws a label in
SPARE = 8  # px more than a roomier form of the month labels needs before it comes back
ONE_LINE, TWO_LINES, MONTH_ONLY, NUMBER_ONLY = range(4)  # the month labels' forms, roomiest first


class ChartView(QChartView):
    """Asks for `WANTED_VIEW` px of height, not its scene's size (which is whatever it was
    last given, and would make the reports screen ask for more than a 1366x768 screen)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), theme.TypeSizes(theme.theme_scale()).px(WANTED_VIEW))


class ReportChart(QWidget):
    """`show_chart(chart)` redraws; `choice_changed` asks the screen for a chart split the other way."""

    choice_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.month_chart: MonthChart | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        self.figure_box = self._choice(choices, 0, self.tr("Figure"), [(f, self.figure_name(f)) for f in CHART_FIGURES])
        self.split_box = self._choice(choices, 1, self.tr("Columns for each"),
                                      [("group", self.tr("Learner group")), ("ward", self.tr("Ward"))])
        self.figure_box.currentIndexChanged.connect(self.draw)
        self.split_box.currentIndexChanged.connect(self.choice_changed)
        layout.addLayout(choices)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # The legend is drawn below as labels that wrap onto rows (Qt's own legend cuts
        # long ward names, or takes the width the month labels need).
        self.chart.legend().setVisible(False)
        self.view = ChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(theme.TypeSizes(theme.theme_scale()).px(MIN_PLOT_VIEW))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop, not two
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # (after: the viewport's policy passes to the view)
        layout.addWidget(self.view, 1)
        self.legend = QWidget()
        layout.addWidget(self.legend)
        self.note = QLabel()
        self.note.setWordWrap(True)
        theme.set_role(self.note, "muted")
        layout.addWidget(self.note)
        self.axis_x: QBarCategoryAxis | None = None
        self._label_form = ONE_LINE
        self.axis_y: QValueAxis | None = None
        self._refit = QTimer(self, singleShot=True, interval=0)  # after Qt Charts' layout settles
        self._refit.timeout.connect(self.fit_axes)
        self.chart.plotAreaChanged.connect(self._refit.start)

    def _choice(self, grid: QGridLayout, column: int, label_text: str, items) -> QComboBox:
        label = QLabel(label_text)
        box = QComboBox()
        for value, text in items:
            box.addItem(text, value)
        box.setAccessibleName(self.tr("Chart: {what}").format(what=label_text))
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(box)
        grid.addWidget(label, 0, 2 * column)
        grid.addWidget(box, 0, 2 * column + 1)
        grid.setColumnStretch(4, 1)
        return box

    def figure_name(self, figure: str) -> str:
        return {"learners": self.tr("New learners"), "active_learners": self.tr("Active learners"),
                "lessons_completed": self.tr("Lessons completed")}[figure]

    def chosen_figure(self) -> str:
        return self.figure_box.currentData() or CHART_FIGURES[0]

    def chosen_split(self) -> str:
        return self.split_box.currentData() or CHART_SPLITS[0]

    def series_name(self, value: str) -> str:
        if value == OTHERS:
            return self.tr("Other wards") if self.chosen_split() == "ward" else self.tr("Other groups")
        return shown(self.month_chart.split, value)

    def show_chart(self, chart: MonthChart) -> None:
        self.month_chart = chart
        self.draw()

    def draw(self) -> None:
        chart = self.month_chart
        if chart is None:
            return
        figure = self.chosen_figure()
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        palette = theme.palette_for(theme.current(QApplication.instance())[0])
        high_contrast = palette is theme.HIGH_CONTRAST
        colours = HIGH_CONTRAST_COLOURS if high_contrast else SERIES_COLOURS
        series = QBarSeries()
        for index, name in enumerate(chart.series):
            bar_set = QBarSet(self.series_name(name))
            bar_set.append([float(v) for v in chart.values[figure][name]])
            colour = (HIGH_CONTRAST_OTHERS if high_contrast else OTHERS_COLOUR) if name == OTHERS \
                else colours[index % len(colours)]
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(palette.panel))
            series.append(bar_set)
        self.chart.addSeries(series)
        self._legend([(self.series_name(n), series.barSets()[i].color()) for i, n in enumerate(chart.series)])
        self._axes(series, chart, figure)
        self._style(palette)
        self._describe(chart, figure)

    def month_labels(self, months) -> list[str]:
        """Under each column "T10/2026" when that fits; else the year under the month
        ("T10" over "2026") if the chart is tall enough for two lines; else the month alone
        ("T10", in a narrow window "10"), with the months' span said under the chart
        ("T1/2026 – T12/2026": at most twelve months, so no two columns share a name).
        Never cut to "T10/2…"."""
        labels = [month_label(m) for m in months]
        self._label_form = self._form_that_fits(labels, self._label_form)
        return [self._shaped(label, self._label_form) for label in labels]

    @staticmethod
    def _shaped(label: str, form: int) -> str:
        month = label.partition("/")[0]
        return {ONE_LINE: label, TWO_LINES: label.replace("/", "<br>"), MONTH_ONLY: month,
                NUMBER_ONLY: month.lstrip("T")}[form]

    def _form_that_fits(self, labels: list[str], form_now: int) -> int:
        """The roomiest form whose widest label Qt Charts draws whole: it gives a label
        the plot's width shared by the columns and two more, less its padding; two lines
        also need the plot to keep two steps up the side under them. Before a plot is
        laid out, the widget's width stands in for it. A roomier form than the one shown
        needs `SPARE` px to spare, so a few pixels do not switch it to and fro."""
        if not labels:
            return ONE_LINE
        plot = self.chart.plotArea().width()
        if plot <= 1:
            plot = max(self.width(), 400) - QFontMetrics(self.axis_font()).horizontalAdvance("0000") - 40
        room = plot / (len(labels) + 2) - 2 * QT_LABEL_PADDING
        for form in (ONE_LINE, TWO_LINES, MONTH_ONLY):
            spare = SPARE if form < form_now else 0
            parts = [part for label in labels for part in self._shaped(label, form).split("<br>")]
            if max(self._label_size(part).width() for part in parts) + spare <= room and \
                    (form != TWO_LINES or self._two_lines_leave_steps(spare)):
                return form
        return NUMBER_ONLY

    def _two_lines_leave_steps(self, spare: int) -> bool:
        """Whether the plot keeps two steps up the side with month labels of two lines
        (a second line takes one line's height from the plot)."""
        plot = self.chart.plotArea().height()
        if plot <= 1:
            return True
        if self._label_form != TWO_LINES:
            plot -= QFontMetrics(self.axis_font()).lineSpacing()
        return plot - spare >= 2 * (self._label_size("0").height() + 2 * QT_LABEL_PADDING)

    def steps_that_fit(self) -> int:
        """How many steps the y axis has room for. Qt Charts gives each label the plot's
        height shared by all the ticks, less its padding, and cuts a taller one to "..."."""
        plot = self.chart.plotArea().height()
        if plot <= 1:
            return MOST_STEPS
        line = self._label_size("0").height() + 2 * QT_LABEL_PADDING
        return max(1, min(MOST_STEPS, int(plot // line) - 1))

    def _label_size(self, text: str) -> QSizeF:
        """A label's size as Qt Charts measures it: the text with its document's margins."""
        metrics = QFontMetrics(self.axis_font())
        return QSizeF(metrics.horizontalAdvance(text) + 2 * TEXT_MARGIN, metrics.height() + 2 * TEXT_MARGIN)

    def fit_axes(self) -> None:
        """The plot was laid out anew (drawn, resized, shown after folding): fewer or more
        steps up the side, one line or two or the month alone under the columns, as its size
        allows now."""
        chart = self.month_chart
        if chart is None or self.axis_y is None:
            return
        if self._form_that_fits([month_label(m) for m in chart.months], self._label_form) != self._label_form:
            self.draw()
            return
        top, step = whole_number_axis(chart.top(self.chosen_figure()), self.steps_that_fit())
        if (self.axis_y.max(), self.axis_y.tickInterval()) != (top, step):
            self.axis_y.setRange(0, top)
            self.axis_y.setTickInterval(step)

    def _legend(self, entries: list[tuple[str, QColor]]) -> None:
        """A swatch and a name per series, three a row (long ward names stay whole), in
        the axes' text size."""
        legend = QWidget()
        grid = QGridLayout(legend)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        columns = 3
        font = self.axis_font()
        side = QFontMetrics(font).height() * 2 // 3
        for index, (name, colour) in enumerate(entries):
            swatch = QLabel()
            picture = QPixmap(side, side)
            picture.fill(colour)
            swatch.setPixmap(picture)
            label = QLabel(name)
            label.setWordWrap(True)
            label.setStyleSheet(f"font-size: {font.pointSize()}pt;")
            row, column = divmod(index, columns)
            grid.addWidget(swatch, row, 2 * column)
            grid.addWidget(label, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        self.layout().replaceWidget(self.legend, legend)
        self.legend.hide()
        self.legend.deleteLater()
        self.legend = legend

    def axis_font(self) -> QFont:
        """Axis and legend text: the body size at 100 % (16 pt, never smaller), growing half
        as fast as the body after that, like the top and bottom bars (24 pt at 200 %)."""
        font = QFont(self.font())
        font.setPointSize(theme.TypeSizes(theme.theme_scale()).chrome.body)
        return font

    def legend_names(self) -> list[str]:
        return [label.text() for label in self.legend.findChildren(QLabel) if label.text()]

    def _axes(self, series: QBarSeries, chart: MonthChart, figure: str) -> None:
        self.axis_x = QBarCategoryAxis()
        self.axis_x.append(self.month_labels(chart.months) or ["—"])
        top, step = whole_number_axis(chart.top(figure), self.steps_that_fit())
        self.axis_y = QValueAxis()
        self.axis_y.setRange(0, top)
        self.axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        self.axis_y.setTickAnchor(0)
        self.axis_y.setTickInterval(step)
        self.axis_y.setLabelFormat("%d")
        self.axis_y.setMinorTickCount(0)
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self.axis_x)
        series.attachAxis(self.axis_y)

    def _style(self, palette) -> None:
        """The theme's text size and colours: Qt Charts ignores the style sheet."""
        text, font = QColor(palette.text), self.axis_font()
        self.chart.setBackgroundBrush(QColor(palette.panel))
        self.chart.setBackgroundPen(QPen(QColor(palette.border)))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)  # (9 px more each side by default)
        for axis in (self.axis_x, self.axis_y):
            axis.setLabelsFont(font)
            axis.setLabelsColor(text)
            axis.setLinePenColor(QColor(palette.border))
            axis.setGridLineColor(QColor(palette.border if palette is theme.HIGH_CONTRAST else "#D5D9DE"))
        self.axis_x.setGridLineVisible(False)

    def _describe(self, chart: MonthChart, figure: str) -> None:
        """The chart's name and, for a screen reader, its figures month by month."""
        what = self.figure_name(figure)
        by = self.tr("by learner group") if chart.split == "group" else self.tr("by ward")
        name = self.tr("Chart: {figure} by month, {split}").format(figure=what, split=by)
        self.chart.setTitle("")
        self.view.setAccessibleName(name)
        months = []
        for column, month in enumerate(chart.months):
            parts = ", ".join(f"{self.series_name(s)} {chart.values[figure][s][column]}" for s in chart.series)
            months.append(f"{month_label(month)}: {parts}")
        table = self.tr("Every figure is also in the report table.")
        self.view.setAccessibleDescription("; ".join(months + [table]))
        notes = []
        if not chart.months:
            notes.append(self.tr("Nothing to show for these months yet."))
        elif chart.earlier_months:
            notes.append(self.tr("The last {count} months are shown; the table has them all.").format(
                count=len(chart.months)))
        if chart.months and self._label_form >= MONTH_ONLY:  # the labels lack the year
            notes.insert(0, self.tr("Months {first} \u2013 {last}.").format(
                first=month_label(chart.months[0]), last=month_label(chart.months[-1])))
        note = " ".join(notes)
        self.note.setText(note)
        self.note.setVisible(bool(note))
