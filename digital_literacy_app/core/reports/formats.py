"""Writing a report as JSON, CSV (UTF-8 with BOM, so Excel shows Vietnamese), XLSX or PDF.

Column titles and group names are in Vietnamese with English, as the city's officers read
them; JSON keeps the stable codes for other tools.
"""

from pathlib import Path

from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.learners import GROUP_NAMES_VI
from digital_literacy_app.core.reports.build import METRICS, Report
from digital_literacy_app.core.tables import to_csv as rows_to_csv

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
    return rows_to_csv(*table(report))


def write_xlsx(report: Report, target: Path) -> None:
    """Months as dates, ward subtotals and a sheet saying how it was made (reports.xlsx)."""
    from digital_literacy_app.core.reports.xlsx import to_xlsx

    data = to_xlsx(report)
    with atomic_output_file(target) as handle:
        handle.write(data)


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
