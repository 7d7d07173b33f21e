"""The report as a PDF for the city: a title, bar charts of the main figures, the table."""

from datetime import date
from pathlib import Path

from reportlab.graphics import shapes
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.printing import SANS, SANS_BOLD, clean, register_fonts
from digital_literacy_app.core.reports.build import Report
from digital_literacy_app.core.reports.formats import TITLES, shown, table

TEAL = colors.HexColor("#0F766E")
CHARTED = ("learners", "lessons_completed", "certificates")
MAX_BARS = 25


def write_pdf(report: Report, target: Path) -> None:
    register_fonts()
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=20, leading=26, textColor=TEAL)
    body = ParagraphStyle("body", fontName=SANS, fontSize=11, leading=15)
    by = ", ".join(TITLES[d] for d in report.by) or "toàn bộ (overall)"
    story = [
        Paragraph(clean("Báo cáo Bình dân học vụ số — Digital literacy report"), title),
        Paragraph(clean(f"Theo (by): {by}. Ngày lập (made on): {date.today().isoformat()}."), body),
        Spacer(1, 4 * mm),
        Paragraph(clean(f"Tổng (totals): {report.totals['learners']} người học (learners), "
                        f"{report.totals['lessons_completed']} bài đã xong (lessons completed), "
                        f"{report.totals['certificates']} chứng nhận (certificates), "
                        f"{report.totals['sessions']} buổi học (sessions)."), body),
        Spacer(1, 6 * mm),
    ]
    if report.by and report.rows:
        for metric in (m for m in CHARTED if any(r[m] for r in report.rows)):
            story.append(_chart(report, metric))
            story.append(Spacer(1, 4 * mm))
        story.append(PageBreak())
    story.append(_table(report))
    # Charts start every drawing in reportlab's default font (Helvetica, not embedded)
    # unless the drawing state says otherwise.
    defaults = shapes.STATE_DEFAULTS
    previous, defaults["fontName"] = defaults["fontName"], SANS
    try:
        _build(story, target)
    finally:
        defaults["fontName"] = previous


def _build(story: list, target: Path) -> None:
    with atomic_output_file(target) as handle:
        document = SimpleDocTemplate(handle, pagesize=landscape(A4), leftMargin=14 * mm,
                                     rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                                     title="Báo cáo Bình dân học vụ số", author="Digital-literacy trainer",
                                     initialFontName=SANS)
        document.build(story)


def _label(report: Report, row: dict) -> str:
    return clean(" · ".join(shown(d, row[d]) for d in report.by))[:48]


def _chart(report: Report, metric: str) -> Drawing:
    rows = sorted(report.rows, key=lambda r: (-r[metric], _label(report, r)))[:MAX_BARS]
    rows.reverse()
    height = 40 + 14 * max(1, len(rows))
    drawing = Drawing(760, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 240, 10, 480, height - 40
    chart.data = [[r[metric] for r in rows] or [0]]
    chart.categoryAxis.categoryNames = [_label(report, r) for r in rows] or ["—"]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = TEAL
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    drawing.add(chart)
    drawing.add(String(0, height - 14, clean(TITLES[metric]), fontName=SANS_BOLD, fontSize=12, fillColor=TEAL))
    return drawing


def _table(report: Report) -> Table:
    header, rows = table(report)
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=colors.white)
    data = [[Paragraph(clean(str(h)), head) for h in header]]
    data += [[Paragraph(clean(str(v)), cell) for v in row] for row in rows]
    grid = Table(data, repeatRows=1)
    grid.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F0FDFA")]),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#CCFBF1")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#94A3B8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
    ]))
    return grid
