"""Writing a report as JSON, CSV (UTF-8 with BOM, so Excel shows Vietnamese), XLSX or PDF.

Column titles and group names are in Vietnamese with English, as the city's officers read
them; JSON keeps the stable codes for other tools.
"""

import csv
import io
from pathlib import Path

from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.learners import GROUP_NAMES_VI
from digital_literacy_app.core.reports.build import METRICS, Report

FORMATS = ("json", "csv", "xlsx", "pdf")
TITLES = {
    "ward": "Phường/xã (ward)", "group": "Nhóm (group)", "area": "Lĩnh vực (area)",
    "month": "Tháng (month)", "competence": "Năng lực số (competence)",
    "learners": "Người học (learners)", "active_learners": "Đang học (active)",
    "lessons_completed": "Bài đã xong (lessons completed)", "certificates": "Chứng nhận (certificates)",
    "sessions": "Buổi học (sessions)", "attendance": "Lượt tham dự (attendance)",
    "volunteer_hours": "Giờ tình nguyện (volunteer hours)",
}
AREA_NAMES = {"e-services": "Dịch vụ công trực tuyến", "cashless": "Thanh toán không tiền mặt",
              "apps": "Cài ứng dụng an toàn", "safety": "Phòng chống lừa đảo", "basics": "Kỹ năng cơ bản",
              "unknown": "Bài học khác", "": "—"}


def shown(dimension: str, value) -> str:
    """A dimension value as a person reads it (codes become Vietnamese names)."""
    if dimension == "group":
        return GROUP_NAMES_VI.get(value, value or "—")
    if dimension == "area":
        return AREA_NAMES.get(value, value)
    return str(value) if value != "" else "—"


def table(report: Report) -> tuple[list[str], list[list]]:
    header = [TITLES[d] for d in report.by] + [TITLES[m] for m in METRICS]
    body = [[shown(d, row[d]) for d in report.by] + [row[m] for m in METRICS] for row in report.rows]
    total = (["Tổng (total)"] + [""] * (len(report.by) - 1) if report.by else []) + [report.totals[m] for m in METRICS]
    return header, body + [total]


def to_csv(report: Report) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    header, rows = table(report)
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(report: Report, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Báo cáo"
    header, rows = table(report)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for index, title in enumerate(header, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(14, min(40, len(title) + 2))
    sheet.freeze_panes = "A2"
    # Into memory first: openpyxl leaves its zip open when a write fails, which would keep
    # the temporary file from being removed on Windows. A report's sheet is small.
    data = io.BytesIO()
    book.save(data)
    with atomic_output_file(target) as handle:
        handle.write(data.getvalue())


def write(report: Report, fmt: str, target: Path) -> None:
    if fmt == "xlsx":
        write_xlsx(report, target)
        return
    if fmt == "pdf":
        from digital_literacy_app.core.reports.pdf import write_pdf
        write_pdf(report, target)
        return
    data = report.as_json().encode("utf-8") if fmt == "json" else to_csv(report)
    with atomic_output_file(target) as handle:
        handle.write(data)
