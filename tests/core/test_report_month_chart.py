"""Issue 17, item 7: sessions in their own columns, the month chart's figures and axis, the
Excel file's dates, ward subtotals and notes sheet, and the PDF's month charts."""

import json
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from digital_literacy_app.core import demo
from digital_literacy_app.core.reports import ReportFilter, build_report
from digital_literacy_app.core.reports.build import METRICS, Report
from digital_literacy_app.core.reports.chart import (
    MAX_MONTHS, MAX_SERIES, OTHERS, SERIES_COLOURS, month_chart, month_label, whole_number_axis,
)
from digital_literacy_app.core.reports.formats import write
from tests.pdf_pages import render_pages


@pytest.fixture
def taught(trainer):
    """Four learners in two wards; two sessions in Ba Vì (elderly + farmer, then elderly only)."""
    people = {name: trainer.learners.add(name, 1950, group, ward) for name, group, ward in (
        ("Nguyễn Thị Một", "elderly", "Xã Ba Vì"), ("Lê Văn Hai", "farmer", "Xã Ba Vì"),
        ("Trần Thị Ba", "elderly", "Xã Ba Vì"), ("Phạm Bốn", "freelance", "Phường Ba Đình"))}
    ids = [learner.id for learner in people.values()]
    trainer.log.record("session.logged", None, {"date": "2026-11-20", "ward": "Xã Ba Vì", "area": "cashless",
                                                "minutes": 90, "attendees": ids[:2]})
    trainer.log.record("session.logged", None, {"date": "2026-11-27", "ward": "Xã Ba Vì", "area": "safety",
                                                "minutes": 60, "attendees": [ids[0], ids[2]]})
    return trainer


def test_split_by_group_a_session_counts_under_each_group_that_came(taught):
    """No row with group "—" and 0 learners for a session: each session counts (sessions,
    hours) under each group of its attendees, attendance under each attendee's group, and
    once in the totals."""
    report = build_report(taught, ["ward", "group"])
    rows = {(r["ward"], r["group"]): r for r in report.rows}
    assert all(r["group"] != "" and r["learners"] > 0 for r in report.rows)
    elderly, farmer = rows[("Xã Ba Vì", "elderly")], rows[("Xã Ba Vì", "farmer")]
    assert (elderly["sessions"], elderly["attendance"], elderly["volunteer_hours"]) == (2, 3, 2.5)
    assert (farmer["sessions"], farmer["attendance"], farmer["volunteer_hours"]) == (1, 1, 1.5)
    assert rows[("Phường Ba Đình", "freelance")]["sessions"] == 0
    assert (report.totals["sessions"], report.totals["attendance"], report.totals["volunteer_hours"]) == (2, 4, 2.5)
    by_month = build_report(taught, ["ward", "group", "month"])
    assert {r["group"] for r in by_month.rows if r["sessions"]} == {"elderly", "farmer"}
    assert by_month.as_json() == build_report(taught, ["ward", "group", "month"]).as_json()


def test_without_a_group_split_a_session_counts_once_under_its_ward(taught):
    rows = {r["ward"]: r for r in build_report(taught, ["ward"]).rows}
    assert (rows["Xã Ba Vì"]["sessions"], rows["Xã Ba Vì"]["volunteer_hours"]) == (2, 2.5)
    assert rows["Phường Ba Đình"]["sessions"] == 0


def test_a_session_whose_people_were_all_erased_counts_in_the_totals_only(taught):
    """Split by group it has no group to go under; it never makes a row of its own."""
    for learner in taught.learners.all():
        if learner.ward == "Xã Ba Vì":
            taught.learners.erase(learner.id)
    report = build_report(taught, ["ward", "group"])
    assert [(r["ward"], r["group"]) for r in report.rows] == [("Phường Ba Đình", "freelance")]
    assert report.totals["sessions"] == 2 and report.totals["attendance"] == 0
    assert build_report(taught, ["ward"]).rows[-1]["sessions"] == 2  # by ward alone it still shows


@pytest.mark.parametrize("largest, expected", [
    (0, (1, 1)), (1, (1, 1)), (4, (4, 1)), (6, (6, 1)), (7, (8, 2)), (23, (25, 5)), (130, (150, 50))])
def test_the_axis_counts_in_whole_numbers(largest, expected):
    """Never "0.5 learner": steps of 1, 2, 5, 10…, at most six, reaching the largest column."""
    top, step = whole_number_axis(largest)
    assert (top, step) == expected
    assert isinstance(step, int) and top % step == 0 and top >= largest and top // step <= 6


def test_month_labels_are_written_the_vietnamese_way():
    assert [month_label(m) for m in ("2026-01", "2026-10", "2027-12")] == ["T1/2026", "T10/2026", "T12/2027"]


def test_the_chart_has_a_column_per_month_and_group_from_the_report(trainer):
    """Every month from the first to the last (a quiet month as 0), one series per group,
    the figures of the report by month and group."""
    demo.seed(trainer, 30, 5)
    report = build_report(trainer, ["month", "group"])
    chart = month_chart(report, "group")
    months = sorted({r["month"] for r in report.rows})
    assert chart.months[0] == months[0] and chart.months[-1] == months[-1]
    assert len(chart.months) == len(set(chart.months)) and list(chart.months) == sorted(chart.months)
    assert set(chart.series) == {r["group"] for r in report.rows}
    for row in report.rows:
        column = chart.months.index(row["month"])
        for figure in ("learners", "lessons_completed"):
            assert chart.values[figure][row["group"]][column] == row[figure]
    assert sum(sum(v) for v in chart.values["learners"].values()) == report.totals["learners"]


def test_a_long_range_keeps_the_last_twelve_months_and_many_wards_share_an_other_column():
    rows = [{"month": f"{2025 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}", "ward": f"Phường {w}",
             **{metric: w + 1 for metric in METRICS}} for m in range(1, 19) for w in range(9)]
    report = Report(["month", "ward"], rows, {m: 0 for m in METRICS})
    chart = month_chart(report, "ward")
    assert len(chart.months) == MAX_MONTHS and chart.months[0] == "2025-07" and chart.earlier_months == 6
    assert len(chart.series) == MAX_SERIES and chart.series[-1] == OTHERS
    assert chart.values["learners"]["Phường 8"] == [9] * MAX_MONTHS  # the largest are kept by name
    assert chart.values["learners"][OTHERS] == [1 + 2 + 3 + 4] * MAX_MONTHS


def test_xlsx_months_are_dates_wards_have_subtotals_and_a_sheet_says_how(taught, trainer, tmp_path):
    demo.seed(trainer, 20, 7)
    where = ReportFilter(month_from="2026-08")
    report = trainer.reports.complete(build_report(trainer, ["ward", "group", "month"], where))
    target = tmp_path / "bao-cao.xlsx"
    write(report, "xlsx", target)
    book = load_workbook(target)
    sheet = book["Báo cáo"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    body = values[1:-1]
    months = [sheet.cell(n, 3) for n in range(2, sheet.max_row) if not str(values[n - 1][0]).startswith("Cộng ")]
    assert months and all(isinstance(c.value, datetime) and c.value.day == 1 for c in months)
    assert all(c.number_format == "mm/yyyy" for c in months)
    assert min(c.value for c in months) >= datetime(2026, 8, 1)
    by_ward = {r["ward"]: r for r in build_report(trainer, ["ward"], where).rows}
    subtotals = [row for row in body if str(row[0]).startswith("Cộng ")]
    assert [row[0] for row in subtotals] == [f"Cộng {ward}" for ward in sorted(by_ward)]
    for row in subtotals:
        ward = row[0].removeprefix("Cộng ")
        assert row[3:] == [by_ward[ward][m] for m in METRICS]
        # each subtotal follows its own ward's rows
    wards_in_order = [row[0] for row in body]
    for ward in by_ward:
        last_row = max(i for i, name in enumerate(wards_in_order) if name == ward)
        assert wards_in_order[last_row + 1] == f"Cộng {ward}"
    assert values[-1][0] == "Tổng (total)" and values[-1][3] == report.totals["learners"]
    about = {row[0]: row[1] for row in book["Thông tin"].iter_rows(values_only=True)}
    assert about["Phường/xã"] == "Tất cả" and about["Từ tháng"] == datetime(2026, 8, 1)
    assert about["Đến tháng"] == "Đến nay" and about["Ngày lập"].date() == date.today()
    assert "Tháng (month)" in about["Chia theo"]
    assert "made" not in report.as_json() and json.loads(report.as_json()).keys() == {"by", "rows", "totals"}


def test_the_pdf_charts_learners_and_lessons_by_month_with_a_legend(trainer, tmp_path):
    """Two month charts on the first page: their titles, "T…/2026" labels, the groups'
    names in the legend, whole-number ticks; drawn in the series' colours."""
    demo.seed(trainer, 30, 5)
    report = trainer.reports.complete(build_report(trainer, ["ward", "group", "month"]))
    target = tmp_path / "bao-cao.pdf"
    write(report, "pdf", target)
    first = PdfReader(target).pages[0].extract_text()
    assert "Người học mới theo tháng" in first and "Bài đã học xong theo tháng" in first
    for month in report.chart.months:
        assert month_label(month) in first
    assert "Người cao tuổi" in first and "Nông dân" in first
    assert "0.5" not in first and "1.5" not in first
    top, step = whole_number_axis(report.chart.top("learners"))
    assert all(str(tick) in first for tick in range(0, top + 1, step))
    page = render_pages(target, 40, 1, 1)[0]
    colours = {colour for _, colour in page.getcolors(1 << 20)}
    for hex_colour in SERIES_COLOURS[:len(report.chart.series)]:
        rgb = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        assert any(sum(abs(a - b) for a, b in zip(rgb, c)) < 12 for c in colours), hex_colour
