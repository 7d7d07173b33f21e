"""The month chart's axis labels as Qt Charts draws them: whole, never cut to "..." and
never hidden, at every text size, in a wide window and a narrow one, a tall chart and a
short one (the coordinator reads the figures off them)."""

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QGraphicsTextItem

from digital_literacy_app.core.reports.chart import CHART_FIGURES, MonthChart, month_label
from digital_literacy_app.ui import theme
from digital_literacy_app.ui.coordinator.report_chart import MONTH_ONLY, NUMBER_ONLY, ONE_LINE, TWO_LINES, ReportChart

TEXT_ITEM = 8  # QGraphicsTextItem's type(): the items Qt Charts draws its labels in


def drawn_labels(chart: ReportChart) -> list[str]:
    """The axis labels and titles on screen, as Qt Charts set their text (after cutting)."""
    labels = []
    for item in chart.view.scene().items():
        if item.type() == TEXT_ITEM and item.isVisible() and item.toGraphicsObject() is not None:
            pointer = shiboken6.getCppPointer(item.toGraphicsObject())[0]
            labels.append(shiboken6.wrapInstance(pointer, QGraphicsTextItem).toPlainText())
    return labels


def months_from(first: str, count: int) -> tuple[str, ...]:
    year, month = int(first[:4]), int(first[5:7])
    return tuple(f"{year + (month - 1 + i) // 12}-{(month - 1 + i) % 12 + 1:02d}" for i in range(count))


def shown(qtbot, months, top: int, size: tuple[int, int]) -> ReportChart:
    """The chart at `size` with one series whose tallest column is `top`, laid out."""
    values = {figure: {"elderly": [(i * 5) % (top + 1) for i in range(len(months))]} for figure in CHART_FIGURES}
    for figure in CHART_FIGURES:
        values[figure]["elderly"][0] = top
    chart = ReportChart()
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    chart.show_chart(MonthChart("group", months, ("elderly",), values))
    qtbot.waitUntil(lambda: not chart._refit.isActive())
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not chart._refit.isActive())
    return chart


def wanted_labels(chart: ReportChart) -> set[str]:
    ticks = range(0, int(chart.axis_y.max()) + 1, int(chart.axis_y.tickInterval()))
    return {label.replace("<br>", "\n") for label in chart.axis_x.categories()} | {str(tick) for tick in ticks}


@pytest.mark.parametrize("scale", [100, 125, 150, 200])
def test_every_axis_label_is_drawn_whole(qtbot, app, scale):
    """With a tallest column of 5 the six steps up the side used to be drawn "..." each, and
    twelve months "T10/20..." in the reports screen's width."""
    theme.apply(app, False, scale)
    for months in (months_from("2026-01", 12), months_from("2025-10", 7), months_from("2026-05", 3)):
        for top in (5, 37, 1200):
            for size in ((520, 230), (900, 318), (1300, 420), (1300, 600)):
                chart = shown(qtbot, months, top, size)
                drawn = drawn_labels(chart)
                assert not [label for label in drawn if "..." in label], (scale, len(months), top, size, drawn)
                assert wanted_labels(chart) <= set(drawn), (scale, len(months), top, size, drawn)
                chart.close()


def test_the_labels_take_the_roomiest_form_that_fits(qtbot, app):
    """One line in a wide chart, the year under the month when narrower, the month alone
    with the span said under the chart when narrower still (in a narrow window its
    number), or when the chart is too short for two lines; the way back when it grows."""
    theme.apply(app, False, 100)
    months = months_from("2025-10", 12)
    chart = shown(qtbot, months, 5, (1800, 400))
    assert chart.axis_x.categories() == [month_label(m) for m in months]
    assert chart._label_form == ONE_LINE and chart.note.isHidden()

    chart.resize(1000, 400)
    qtbot.waitUntil(lambda: chart._label_form == TWO_LINES)
    assert chart.axis_x.categories()[0] == "T10<br>2025"

    chart.resize(820, 400)
    qtbot.waitUntil(lambda: chart._label_form == MONTH_ONLY)
    assert chart.axis_x.categories()[:4] == ["T10", "T11", "T12", "T1"]
    assert chart.note.text() == "Các tháng T10/2025 \u2013 T9/2026." and chart.note.isVisibleTo(chart)

    chart.resize(560, 400)
    qtbot.waitUntil(lambda: chart._label_form == NUMBER_ONLY)
    assert chart.axis_x.categories()[:4] == ["10", "11", "12", "1"]
    assert chart.note.text() == "Các tháng T10/2025 \u2013 T9/2026."

    chart.resize(1100, 400)
    qtbot.waitUntil(lambda: chart._label_form == TWO_LINES)
    chart.view.setMinimumHeight(60)  # squeezed further than the reports screen lets it be
    chart.layout().activate()
    chart.resize(1100, 230)
    qtbot.waitUntil(lambda: chart._label_form == MONTH_ONLY)
    assert not [label for label in drawn_labels(chart) if "..." in label]
    chart.resize(1100, 400)
    qtbot.waitUntil(lambda: chart._label_form == TWO_LINES)

    chart.resize(1800, 400)
    qtbot.waitUntil(lambda: chart._label_form == ONE_LINE)
    assert chart.note.isHidden()


def test_a_short_chart_has_fewer_steps_up_the_side_and_a_tall_one_more(qtbot, app):
    theme.apply(app, False, 100)
    chart = shown(qtbot, months_from("2026-01", 6), 5, (900, 230))
    assert chart.axis_y.tickInterval() == 5 and chart.axis_y.max() == 5
    chart.resize(900, 700)
    qtbot.waitUntil(lambda: chart.axis_y.tickInterval() == 1)
    assert chart.axis_y.max() == 5
    assert {"0", "1", "2", "3", "4", "5"} <= set(drawn_labels(chart))
