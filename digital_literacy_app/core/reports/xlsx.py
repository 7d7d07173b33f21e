"""The report as an Excel workbook an officer can sort, filter and sum in.

- The month is a real date (the first of the month, shown "mm/yyyy"), so Excel sorts and
  filters it as a date rather than as text.
- Split by ward and something else, each ward's rows end in a subtotal line. Its figures
  are counted, not summed (`Report.ward_totals`): a learner active in two months is one
  learner of the ward, which a SUM of the rows above would count twice.
- A second sheet, "Thông tin", says how the report was split and filtered and the day it
  was made. The JSON never holds that date, so two PCs with the same events still give the
  same JSON bytes.
"""

import io
from datetime import date

from digital_literacy_app.core.reports.build import METRICS, Report, ReportFilter
from digital_literacy_app.core.reports.formats import TITLES, shown

MONTH_FORMAT = "mm/yyyy"
DAY_FORMAT = "dd/mm/yyyy"
SHEET = "Báo cáo"
ABOUT_SHEET = "Thông tin"


def month_date(month: str):
    """"2026-10" as the date 1/10/2026 (None for a fact without a month)."""
    try:
        return date(int(month[:4]), int(month[5:7]), 1)
    except (TypeError, ValueError):
        return None


def _cells(report: Report, row: dict) -> list:
    values = [month_date(row[d]) if d == "month" else shown(d, row[d]) for d in report.by]
    return values + [row[m] for m in METRICS]


def _body(report: Report) -> list[tuple[str, list]]:
    """(kind, cells) lines: "row", "subtotal" (after each ward's rows) and "total"."""
    lines = []
    if report.ward_totals is not None and "ward" in report.by:
        wards = sorted({row["ward"] for row in report.rows})
        blank = [""] * len(report.by)
        first = report.by.index("ward")
        for ward in wards:
            lines += [("row", _cells(report, row)) for row in report.rows if row["ward"] == ward]
            label = blank[:]
            label[first] = f"Cộng {shown('ward', ward)}"
            figures = report.ward_totals.get(ward, {})
            lines.append(("subtotal", label + [figures.get(m, 0) for m in METRICS]))
    else:
        lines = [("row", _cells(report, row)) for row in report.rows]
    total = ["Tổng (total)"] + [""] * (len(report.by) - 1) if report.by else []
    lines.append(("total", total + [report.totals[m] for m in METRICS]))
    return lines


def to_xlsx(report: Report, made_on: date | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    header = [TITLES[d] for d in report.by] + [TITLES[m] for m in METRICS]
    sheet.append(header)
    bold, shade = Font(bold=True), PatternFill("solid", fgColor="E3EAF4")
    for cell in sheet[1]:
        cell.font = bold
    month_column = report.by.index("month") + 1 if "month" in report.by else None
    for kind, cells in _body(report):
        sheet.append(cells)
        if month_column:
            sheet.cell(sheet.max_row, month_column).number_format = MONTH_FORMAT
        if kind != "row":
            for cell in sheet[sheet.max_row]:
                cell.font = bold
                if kind == "subtotal":
                    cell.fill = shade
    for index, title in enumerate(header, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, min(40, len(title) + 4))
    if report.by:
        sheet.column_dimensions["A"].width = 30
    sheet.freeze_panes = "A2"
    _about(book.create_sheet(ABOUT_SHEET), report, made_on or date.today())
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _about(sheet, report: Report, made_on: date) -> None:
    """What the figures are: split by, the filter, the day the report was made."""
    from openpyxl.styles import Font

    where = report.where or ReportFilter()
    split = ", ".join(TITLES[d] for d in report.by) or "Toàn bộ (không chia)"
    rows = [
        ("Báo cáo", "Bình dân học vụ số — số liệu người học"),
        ("Chia theo", split),
        ("Phường/xã", where.ward or "Tất cả"),
        ("Từ tháng", month_date(where.month_from) or "Từ đầu"),
        ("Đến tháng", month_date(where.month_to) or "Đến nay"),
        ("Ngày lập", made_on),
        ("Buổi học", "Chia theo nhóm, mỗi buổi học được tính ở mỗi nhóm có người đến học; "
                     "dòng Tổng tính mỗi buổi một lần."),
    ]
    for label, value in rows:
        sheet.append([label, value])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        if isinstance(value, date):
            sheet.cell(sheet.max_row, 2).number_format = DAY_FORMAT if label == "Ngày lập" else MONTH_FORMAT
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 70
