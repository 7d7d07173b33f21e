"""The report as a PDF for the city: a title, what it covers, charts by month, the table.

The charts are the month chart (`Report.chart`, added by `ReportDesk.complete`): columns
of learners and of lessons completed for each month, one colour per group or ward, with
a legend, an axis of whole numbers and "T10/2026" month labels, the same as the screen.
"""

from datetime import date
from pathlib import Path

from reportlab.graphics import shapes
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.printing import SANS, SANS_BOLD, clean, register_fonts
from digital_literacy_app.core.reports.build import Report, ReportFilter
from digital_literacy_app.core.reports.chart import (
    OTHERS, SERIES_COLOURS, OTHERS_COLOUR, MonthChart, month_label, whole_number_axis,
)
from digital_literacy_app.core.reports.formats import TITLES, shown, table

TEAL = colors.HexColor("#0F766E")
CHARTED = ("learners", "lessons_completed")
CHART_TITLES = {"learners": "Người học mới theo tháng (new learners by month)",
                "lessons_completed": "Bài đã học xong theo tháng (lessons completed by month)"}
SPLIT_NAMES = {"group": "nhóm người học (learner group)", "ward": "phường/xã (ward)"}


def write_pdf(report: Report, target: Path) -> None:
    register_fonts()
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=20, leading=26, textColor=TEAL)
    body = ParagraphStyle("body", fontName=SANS, fontSize=11, leading=15)
    by = ", ".join(TITLES[d] for d in report.by) or "toàn bộ (overall)"
    story = [
        Paragraph(clean("Báo cáo Bình dân học vụ số — Digital literacy report"), title),
        Paragraph(clean(f"Theo (by): {by}. {_filter_words(report.where)} "
                        f"Ngày lập (made on): {date.today().strftime('%d/%m/%Y')}."), body),
        Spacer(1, 4 * mm),
        Paragraph(clean(f"Tổng (totals): {report.totals['learners']} người học (learners), "
                        f"{report.totals['lessons_completed']} bài đã xong (lessons completed), "
                        f"{report.totals['certificates']} chứng nhận (certificates), "
                        f"{report.totals['sessions']} buổi học (sessions), "
                        f"{report.totals['attendance']} lượt tham dự (attendance)."), body),
        Spacer(1, 6 * mm),
    ]
    chart = report.chart
    if chart is not None and chart.months:
        for figure in CHARTED:
            story.append(_month_chart(chart, figure))
            story.append(Spacer(1, 4 * mm))
        if chart.earlier_months:
            story.append(Paragraph(clean(f"Biểu đồ cho thấy {len(chart.months)} tháng gần nhất; "
                                         f"bảng có đủ mọi tháng (the last {len(chart.months)} months; the table has them all)."),
                                   body))
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


def _filter_words(where: ReportFilter | None) -> str:
    where = where or ReportFilter()
    ward = where.ward or "tất cả (all)"
    months = f"{month_label(where.month_from) if where.month_from else 'từ đầu'} – " \
             f"{month_label(where.month_to) if where.month_to else 'đến nay'}"
    return f"Phường/xã (ward): {ward}. Tháng (months): {months}."


def _build(story: list, target: Path) -> None:
    with atomic_output_file(target) as handle:
        document = SimpleDocTemplate(handle, pagesize=landscape(A4), leftMargin=14 * mm,
                                     rightMargin=14 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                                     title="Báo cáo Bình dân học vụ số", author="Digital-literacy trainer",
                                     initialFontName=SANS)
        document.build(story)


def _series_name(chart: MonthChart, value: str) -> str:
    if value == OTHERS:
        return "Phường/xã khác (other wards)" if chart.split == "ward" else "Nhóm khác (other groups)"
    return clean(shown(chart.split, value))


def _month_chart(chart: MonthChart, figure: str) -> Drawing:
    """Columns per month, one colour per group or ward, whole-number axis, legend at the right."""
    drawing = Drawing(760, 180)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 40, 24, 500, 128
    bars.data = [chart.values[figure][name] for name in chart.series]
    bars.categoryAxis.categoryNames = [month_label(m) for m in chart.months]
    bars.categoryAxis.labels.fontName = SANS
    bars.categoryAxis.labels.fontSize = 9 if len(chart.months) <= 8 else 7.5  # 12 "T10/2026" fit 500 pt
    bars.categoryAxis.labels.dy = -4
    top, step = whole_number_axis(chart.top(figure))
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, top, step
    bars.valueAxis.labelTextFormat = "%d"
    bars.valueAxis.labels.fontName = SANS
    bars.valueAxis.labels.fontSize = 9
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#CBD5E1")
    bars.groupSpacing = 8
    legend = Legend()
    legend.x, legend.y = 560, 150
    legend.fontName, legend.fontSize = SANS, 9
    legend.alignment = "right"
    legend.columnMaximum = 8
    pairs = []
    for index, name in enumerate(chart.series):
        colour = colors.HexColor(OTHERS_COLOUR if name == OTHERS else SERIES_COLOURS[index % len(SERIES_COLOURS)])
        bars.bars[index].fillColor = colour
        bars.bars[index].strokeColor = colors.white
        pairs.append((colour, _series_name(chart, name)))
    legend.colorNamePairs = pairs
    drawing.add(bars)
    drawing.add(legend)
    heading = f"{CHART_TITLES[figure]}, theo {SPLIT_NAMES[chart.split]}"
    drawing.add(String(0, 166, clean(heading), fontName=SANS_BOLD, fontSize=12, fillColor=TEAL))
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
