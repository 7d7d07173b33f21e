"""Issue 17, items 7 and 8 on the reports screen: the month chart's data and axes, its names
for a screen reader, the fold at 200 %, headers in one language, the way back."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core import demo
from digital_literacy_app.core.reports import ReportDesk, build_report
from digital_literacy_app.core.reports.chart import month_chart, month_label, whole_number_axis
from digital_literacy_app.ui import i18n, theme
from digital_literacy_app.ui.coordinator.report_chart import HIGH_CONTRAST_COLOURS
from digital_literacy_app.ui.coordinator.reports_screen import ReportsScreen
from digital_literacy_app.ui.seat import Seat
from digital_literacy_app.ui.widgets.fold import rows_fully_shown

from .conftest import FakeVoice, click

DOCS = Path(__file__).parents[2] / "docs"


@pytest.fixture
def seeded(trainer):
    demo.seed(trainer, 30, 5)
    return trainer


def opened(qtbot, trainer, scale=100, high_contrast=False, lang="vi"):
    i18n.set_language(lang)
    theme.apply(QApplication.instance(), high_contrast, scale)
    widget = ReportsScreen(Seat(trainer, FakeVoice()))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.report_ready, timeout=10000):
        widget.show()
    qtbot.waitUntil(lambda: widget.task is None and not widget.debounce.isActive(), timeout=10000)
    return widget


def rebuilt(qtbot, screen, change):
    with qtbot.waitSignal(screen.report_ready, timeout=10000):
        change()
    qtbot.waitUntil(lambda: screen.task is None and not screen.debounce.isActive(), timeout=10000)


def drawn(chart) -> dict[str, list[int]]:
    """The columns Qt Charts holds: series name -> value per month."""
    series = chart.chart.series()[0]
    return {bar_set.label(): [round(bar_set.at(i)) for i in range(bar_set.count())] for bar_set in series.barSets()}


def test_the_chart_holds_each_month_per_group_on_a_whole_number_axis(qtbot, app, seeded):
    """Columns per month and group are those of the report by month and group; the month
    labels are "T…/2026"; the axis runs 0..top in whole steps, labelled without decimals."""
    screen = opened(qtbot, seeded)
    assert screen.panel.is_open  # at 100 % the chart shows above the table
    chart = screen.chart
    expected = month_chart(build_report(seeded, ["month", "group"]), "group")
    # "T6/2026", or "T6" over "2026" where the columns are narrow (tests/ui/test_chart_labels.py)
    labels = [label.replace("<br>", "/") for label in chart.axis_x.categories()]
    assert labels == [month_label(m) for m in expected.months]
    assert all(label.startswith("T") and label.endswith("/2026") for label in labels)
    names = {"elderly": "Người cao tuổi", "farmer": "Nông dân", "freelance": "Lao động tự do",
             "suburban": "Người dân ngoại thành", "other": "Khác"}
    assert drawn(chart) == {names[g]: expected.values["learners"][g] for g in expected.series}
    top, step = whole_number_axis(expected.top("learners"))
    assert (chart.axis_y.min(), chart.axis_y.max(), chart.axis_y.tickInterval()) == (0, top, step)
    assert step == int(step) >= 1 and chart.axis_y.labelFormat() == "%d"
    assert chart.legend_names() == [names[g] for g in expected.series]

    chart.figure_box.setCurrentIndex(chart.figure_box.findData("lessons_completed"))
    assert drawn(chart) == {names[g]: expected.values["lessons_completed"][g] for g in expected.series}
    assert chart.axis_y.max() == whole_number_axis(expected.top("lessons_completed"))[0]


def test_the_chart_splits_by_ward_when_asked(qtbot, app, seeded, monkeypatch):
    """Only the chart is counted again: the table's figures stay as they were."""
    screen = opened(qtbot, seeded)
    counted, real_build = [], ReportDesk.build
    monkeypatch.setattr(ReportDesk, "build", lambda desk, by, where=None: counted.append(list(by))
                        or real_build(desk, by, where))
    table = screen.model.report.rows
    rebuilt(qtbot, screen, lambda: screen.chart.split_box.setCurrentIndex(screen.chart.split_box.findData("ward")))
    assert counted == [["month", "ward"]]
    assert screen.model.report.rows == table and screen.chart.isEnabled()
    expected = month_chart(build_report(seeded, ["month", "ward"]), "ward")
    assert screen.model.report.chart == expected
    columns = drawn(screen.chart)
    assert sum(sum(v) for v in columns.values()) == sum(sum(v) for v in expected.values["learners"].values())
    assert set(columns) == {screen.chart.series_name(s) for s in expected.series}


def test_a_screen_reader_hears_the_chart_and_is_pointed_to_the_table(qtbot, app, seeded):
    screen = opened(qtbot, seeded)
    view = screen.chart.view
    assert view.accessibleName() == "Biểu đồ: Người học mới theo tháng, theo nhóm người học"
    description = view.accessibleDescription()
    first = screen.model.report.chart.months[0]
    assert description.startswith(month_label(first) + ": ")
    assert description.endswith("Mọi số liệu cũng có trong Bảng số liệu bên dưới.")
    assert screen.table.accessibleName() == "Bảng số liệu"


def test_at_200_percent_the_choices_fold_and_the_table_shows_eight_rows(qtbot, app, seeded):
    """1366x768 at 200 %: the panel starts folded, eight rows or more of the table show; the
    button opens it (the chart first, the focus on its first choice) and folds it again."""
    screen = opened(qtbot, seeded, scale=200)
    rebuilt(qtbot, screen, lambda: screen.split["month"].setChecked(True))
    assert screen.model.rowCount() > 10
    assert not screen.panel.is_open and not screen.chart.isVisible()
    assert rows_fully_shown(screen.table) >= 8
    assert screen.fold_button.accessibleName() == "Hiện các lựa chọn và biểu đồ"
    assert screen.fold_button.height() >= 48
    click(qtbot, screen.fold_button)
    assert screen.panel.is_open and screen.chart.isVisible() and screen.chart.figure_box.hasFocus()
    assert screen.fold_button.accessibleName() == "Ẩn các lựa chọn và biểu đồ"
    click(qtbot, screen.fold_button)
    assert not screen.panel.is_open
    qtbot.waitUntil(lambda: rows_fully_shown(screen.table) >= 8, timeout=2000)


@pytest.mark.parametrize("scale, high_contrast", [(200, True), (100, True)])
def test_in_high_contrast_the_columns_are_bright_on_black(qtbot, app, seeded, scale, high_contrast):
    screen = opened(qtbot, seeded, scale=scale, high_contrast=high_contrast)
    series = screen.chart.chart.series()[0]
    for bar_set in series.barSets():
        colour = bar_set.color().name().upper()
        assert colour in HIGH_CONTRAST_COLOURS
        assert theme.contrast_ratio(colour, "#000000") >= 7
    assert screen.chart.chart.backgroundBrush().color().name() == "#000000"


def test_vietnamese_headers_have_no_english_and_the_way_back_is_the_guides(qtbot, app, seeded):
    screen = opened(qtbot, seeded)
    for dimension in ("group", "area", "month", "competence"):
        rebuilt(qtbot, screen, lambda d=dimension: screen.split[d].setChecked(True))
    header = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
    assert header == ["Phường/xã", "Nhóm người học", "Lĩnh vực bài học", "Tháng", "Năng lực số", "Người học",
                      "Đang học", "Bài đã xong", "Chứng nhận", "Buổi học", "Lượt tham dự", "Giờ tình nguyện"]
    assert screen.model.data(screen.model.index(screen.model.rowCount() - 1, 0)) == "Tổng"
    back = screen.back_button.text().replace("  ", " ")
    assert back == "‹ Công cụ tình nguyện viên"
    assert f"**{back}**" in (DOCS / "volunteer-guide.md").read_text(encoding="utf-8")
    assert f"**{back}**" in (DOCS / "coordinator-guide.md").read_text(encoding="utf-8")


def test_in_english_the_headers_are_english(qtbot, app, seeded):
    screen = opened(qtbot, seeded, lang="en")
    header = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
    assert header[:3] == ["Ward", "Learners", "Active"]
    assert screen.fold_button.text().startswith("Choices and chart")


@pytest.mark.parametrize("scale", [100, 200])
def test_tab_goes_from_the_way_back_through_the_choices_and_chart_to_the_table(qtbot, app, seeded, scale):
    """The keyboard reads the screen top to bottom: back, the fold button, the choices and
    the chart (one stop; at 200 % the chart comes first), the table, the save buttons."""
    screen = opened(qtbot, seeded, scale=scale)
    if not screen.panel.is_open:
        click(qtbot, screen.fold_button)
    order, widget = [], screen.back_button
    for _ in range(1000):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is screen.back_button:
            break
    choices = [screen.split["ward"], screen.ward_filter, screen.to_filter]
    chart = [screen.chart.figure_box, screen.chart.split_box, screen.chart.view]
    panel = chart + choices if scale == 200 else choices + chart
    wanted = [screen.back_button, screen.fold_button, *panel, screen.table, screen.save_buttons["csv"]]
    assert [w for w in order if w in wanted] == wanted
    assert order.index(screen.table) == order.index(panel[-1]) + 1


def test_excel_saved_from_the_screen_has_dates_subtotals_and_the_filters(qtbot, app, seeded, tmp_path):
    """By ward and month, filtered from a month: the file's months are dates, each ward
    ends in its counted subtotal, and the "Thông tin" sheet names the filter."""
    from datetime import datetime

    from openpyxl import load_workbook

    screen = opened(qtbot, seeded)
    rebuilt(qtbot, screen, lambda: screen.split["month"].setChecked(True))
    first = screen.from_filter.itemData(2)
    rebuilt(qtbot, screen, lambda: screen.from_filter.setCurrentIndex(2))
    target = tmp_path / "bao-cao.xlsx"
    screen.ask_save_path = lambda kind, name: str(target)
    click(qtbot, screen.save_buttons["xlsx"])
    qtbot.waitUntil(lambda: screen.save_task is None, timeout=20000)
    assert screen.notice.property("role") == "good"
    book = load_workbook(target)
    rows = list(book["Báo cáo"].iter_rows(values_only=True))
    subtotals = {row[0].removeprefix("Cộng "): row for row in rows if str(row[0]).startswith("Cộng ")}
    by_ward = {r["ward"]: r for r in build_report(seeded, ["ward"], screen.chosen_filter()).rows}
    assert set(subtotals) == set(by_ward)
    assert all(subtotals[w][2] == by_ward[w]["learners"] for w in by_ward)
    assert all(isinstance(row[1], datetime) for row in rows[1:-1] if not str(row[0]).startswith("Cộng "))
    about = {row[0]: row[1] for row in book["Thông tin"].iter_rows(values_only=True)}
    assert about["Từ tháng"] == datetime(int(first[:4]), int(first[5:]), 1)
