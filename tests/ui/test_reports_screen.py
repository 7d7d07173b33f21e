"""The coordinator's report screen: the same figures as `build_report`, filters, chart, files."""

import csv
import io
import json
import threading

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from digital_literacy_app.core import demo
from digital_literacy_app.core.reports import ReportFilter, build_report
from digital_literacy_app.core.reports.formats import table
from digital_literacy_app.ui.coordinator.report_model import shown_number
from digital_literacy_app.ui.coordinator.reports_screen import ReportsScreen
from digital_literacy_app.ui.seat import Seat

from .conftest import FakeVoice, click


@pytest.fixture
def seeded(trainer):
    demo.seed(trainer, 12, 5)
    return trainer


@pytest.fixture
def screen(qtbot, app, seeded):
    widget = ReportsScreen(Seat(seeded, FakeVoice()))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.report_ready, timeout=10000):
        widget.show()
    return widget


def rebuilt(qtbot, screen, change):
    """Make a change on the screen and wait for the report built after it."""
    with qtbot.waitSignal(screen.report_ready, timeout=10000):
        change()
    qtbot.waitUntil(lambda: screen.task is None and not screen.debounce.isActive(), timeout=10000)


def tick(qtbot, box) -> None:
    """Tick a box the way a keyboard user does: focus it, press Space."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def cells(model) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def expected_cells(report) -> list[list[str]]:
    """formats.table (what the CSV, Excel and PDF hold), each number as the screen writes it."""
    _, rows = table(report)
    dimensions = len(report.by)
    return [[str(value) if index < dimensions or value == "" else shown_number(value)
             for index, value in enumerate(row)] for row in rows]


def test_the_table_matches_build_report_and_follows_the_ticks(qtbot, screen, seeded):
    """By ward at first; ticking "Tháng" rebuilds by ward and month. Every cell, the total
    line and the Vietnamese column titles are those of build_report and formats.table."""
    assert screen.chosen_by() == ["ward"]
    assert cells(screen.model)[:-1] == expected_cells(build_report(seeded, ["ward"]))[:-1]
    assert screen.model.headerData(0, Qt.Orientation.Horizontal) == "Phường/xã"
    assert cells(screen.model)[-1][0] == "Tổng"
    assert cells(screen.model)[-1][1:] == expected_cells(build_report(seeded, ["ward"]))[-1][1:]

    rebuilt(qtbot, screen, lambda: tick(qtbot, screen.split["month"]))
    assert screen.model.report.by == ["ward", "month"]
    assert cells(screen.model)[:-1] == expected_cells(build_report(seeded, ["ward", "month"]))[:-1]
    header = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
    assert header[:4] == ["Phường/xã", "Tháng", "Người học", "Đang học"]


def test_the_report_is_built_off_the_gui_thread(qtbot, screen, monkeypatch):
    """Counting never runs on the window's thread (it can take seconds on a city's data)."""
    threads = []
    desk = type(screen.seat.trainer.reports)
    real = desk.build

    def spy(self, by, where=None):
        threads.append(threading.get_ident())
        return real(self, by, where)

    monkeypatch.setattr(desk, "build", spy)
    rebuilt(qtbot, screen, lambda: tick(qtbot, screen.split["group"]))
    assert threads and threading.get_ident() not in threads


def test_the_table_shows_before_the_month_chart_is_counted(qtbot, screen, monkeypatch, tmp_path):
    """On a city store the chart takes seconds where the table takes a tenth: the rows show
    (and can be saved, the PDF with its chart) while the chart is still being counted."""
    desk = type(screen.seat.trainer.reports)
    real, gate = desk.with_chart, threading.Event()

    def slow(self, report, chart_by="group"):
        gate.wait(20)
        return real(self, report, chart_by)

    monkeypatch.setattr(desk, "with_chart", slow)
    tick(qtbot, screen.split["group"])
    qtbot.waitUntil(lambda: screen.model.report is not None and screen.model.report.by == ["ward", "group"],
                    timeout=10000)
    assert screen.model.rowCount() > 1 and screen.model.report.chart is None
    assert not screen.chart.isEnabled()  # the last chart, greyed until this one is drawn
    target = tmp_path / "bao-cao.pdf"
    screen.ask_save_path = lambda kind, name: str(target)
    click(qtbot, screen.save_buttons["pdf"])  # saved while the chart is still being counted
    with qtbot.waitSignal(screen.report_ready, timeout=20000):
        gate.set()
    qtbot.waitUntil(lambda: screen.save_task is None, timeout=20000)
    assert screen.model.report.chart is not None and screen.chart.month_chart is screen.model.report.chart
    assert screen.chart.isEnabled()
    assert "Người học mới theo tháng" in PdfReader(target).pages[0].extract_text()


def test_leaving_while_the_report_is_counted_is_safe(qtbot, app, seeded, monkeypatch):
    """Back pressed while the table is counted: the screen is gone when the count ends,
    and nothing may touch it then (a lambda callback once did, and crashed)."""
    desk = type(seeded.reports)
    real, gate, done = desk.build, threading.Event(), threading.Event()

    def slow(self, by, where=None):
        gate.wait(20)
        try:
            return real(self, by, where)
        finally:
            done.set()

    monkeypatch.setattr(desk, "build", slow)
    widget = ReportsScreen(Seat(seeded, FakeVoice()))
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.task is not None, timeout=10000)
    widget.deleteLater()
    qtbot.wait(50)
    gate.set()
    qtbot.waitUntil(done.is_set, timeout=20000)
    qtbot.wait(300)  # the finished count's callbacks run here, on a deleted screen


def test_a_ward_and_month_filter_counts_only_inside_them(qtbot, screen, seeded):
    """The filter lists offer the wards and months there are; choosing one ward and a first
    month gives exactly build_report with that filter, totals included."""
    wards = [screen.ward_filter.itemData(i) for i in range(1, screen.ward_filter.count())]
    months = [screen.from_filter.itemData(i) for i in range(1, screen.from_filter.count())]
    assert wards == sorted(set(demo.WARDS) & set(wards)) and len(wards) >= 2
    assert months == sorted(months) and len(months) >= 2
    ward, first = wards[1], months[1]
    rebuilt(qtbot, screen, lambda: screen.ward_filter.setCurrentIndex(2))
    rebuilt(qtbot, screen, lambda: screen.from_filter.setCurrentIndex(2))
    where = ReportFilter(ward=ward, month_from=first)
    assert screen.chosen_filter() == where
    expected = build_report(seeded, ["ward"], where)
    assert cells(screen.model)[:-1] == expected_cells(expected)[:-1]
    assert [row["ward"] for row in expected.rows] == [ward]
    assert screen.model.report.totals == expected.totals != build_report(seeded, ["ward"]).totals


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf", "json"])
def test_each_save_button_writes_a_real_file(qtbot, screen, seeded, tmp_path, fmt):
    """CSV with a BOM and the Vietnamese titles, an Excel file openpyxl reads with the same
    figures, a PDF, and the deterministic JSON, written off the GUI thread where asked."""
    target = tmp_path / f"bao-cao.{fmt}"
    asked = []
    screen.ask_save_path = lambda kind, name: asked.append((kind, name)) or str(target)
    click(qtbot, screen.save_buttons[fmt])
    qtbot.waitUntil(lambda: screen.save_task is None, timeout=20000)
    assert asked[0][0] == fmt and asked[0][1].startswith("bao-cao-") and asked[0][1].endswith("." + fmt)
    assert screen.notice.property("role") == "good" and str(target) in screen.notice.message.text()
    report = build_report(seeded, ["ward"])
    header, rows = table(report)
    if fmt == "csv":
        data = target.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert read[0] == header and len(read) == len(rows) + 1
    elif fmt == "xlsx":
        sheet = load_workbook(target).active
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert values[0] == header
        assert values[1:] == [list(row) for row in rows]
    elif fmt == "pdf":
        assert target.read_bytes().startswith(b"%PDF")
    else:
        assert target.read_text(encoding="utf-8") == report.as_json()
        assert json.loads(target.read_text(encoding="utf-8"))["by"] == ["ward"]


def test_a_folder_that_cannot_be_written_is_explained(qtbot, screen, tmp_path):
    """Saving into a folder that does not exist says so; the buttons work again after."""
    screen.ask_save_path = lambda kind, name: str(tmp_path / "missing" / "bao-cao.csv")
    click(qtbot, screen.save_buttons["csv"])
    qtbot.waitUntil(lambda: screen.save_task is None, timeout=10000)
    assert screen.notice.property("role") == "bad"
    assert screen.notice.message.text() == ("Không lưu được báo cáo vào chỗ đó. Không thấy thư mục "
                                            f"{tmp_path / 'missing'} (USB đã bị rút ra?); chưa lưu gì ở đó.")
    assert all(button.isEnabled() for button in screen.save_buttons.values())
