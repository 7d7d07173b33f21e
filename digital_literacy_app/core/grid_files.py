"""The progress grid, as the volunteer filtered it, saved as a spreadsheet or printed.

Both spell the cells in words ("Xong", "Đang học – bước 3/8", "Chưa học") under the
lessons' names, so the paper needs no key. The spreadsheet goes through core/tables.py;
the PDF is A4 landscape in the bundled Noto fonts (like the other printed papers), with
at most `LESSONS_A_PAGE` lessons side by side: a wider grid continues on further pages,
each repeating the names, and rows run on with the header repeated. Both are written
whole or not at all.
"""

from datetime import date
from xml.sax.saxutils import escape

from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.learners import GROUP_NAMES_VI
from digital_literacy_app.core.progress_grid import ProgressGrid, cell_words
from digital_literacy_app.core.reports.formats import AREA_NAMES
from digital_literacy_app.core.tables import write_table

HEADER = ["Họ và tên", "Năm sinh", "Nhóm", "Phường/xã", "Cần giúp"]
LESSONS_A_PAGE = 8
TITLE = "Tiến độ học"


def grid_rows(grid: ProgressGrid) -> tuple[list[str], list[list]]:
    """The grid as a header (fixed columns, then the lessons' Vietnamese names) and rows."""
    header = HEADER + [lesson.title.vi for lesson in grid.lessons]
    rows = []
    for learner in grid.learners:
        rows.append([learner.name, learner.birth_year or "", GROUP_NAMES_VI.get(learner.group, learner.group or ""),
                     learner.ward or "", "Cần giúp" if learner.id in grid.flagged else ""]
                    + [cell_words(grid.cell(learner.id, lesson.id)) for lesson in grid.lessons])
    return header, rows


def write_grid_table(grid: ProgressGrid, target):
    """The grid as .xlsx or .csv (by the file name's ending); the path written."""
    header, rows = grid_rows(grid)
    return write_table(header, rows, target, TITLE)


def write_grid_pdf(grid: ProgressGrid, target, description: str = ""):
    """The grid as an A4 landscape PDF; `description` says which learners (the filters)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from digital_literacy_app.core.printing import SANS, clean, register_fonts

    register_fonts()
    styles = _styles()
    made = date.today().strftime("%d/%m/%Y")
    intro = f"{len(grid.learners)} người học, {len(grid.lessons)} bài. Lập ngày {made}."
    story = []
    chunks = [grid.lessons[i:i + LESSONS_A_PAGE] for i in range(0, len(grid.lessons), LESSONS_A_PAGE)] or [()]
    for number, lessons in enumerate(chunks):
        if number:
            story.append(PageBreak())
        story.append(Paragraph(_p(TITLE), styles["title"]))
        story.append(Paragraph(_p(" ".join(t for t in (description, intro) if t)), styles["body"]))
        if len(chunks) > 1:
            first = number * LESSONS_A_PAGE + 1
            story.append(Paragraph(_p(f"Bài {first}–{first + len(lessons) - 1} trên {len(grid.lessons)}"),
                                   styles["body"]))
        story.append(Spacer(1, 3 * mm))
        story.append(_table(grid, lessons, styles))
    with atomic_output_file(target) as handle:
        document = SimpleDocTemplate(handle, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                                     topMargin=12 * mm, bottomMargin=12 * mm, title=clean(TITLE),
                                     author="Digital-literacy trainer", initialFontName=SANS)
        document.build(story)
    return target


def _p(text: str) -> str:
    from digital_literacy_app.core.printing import clean

    return escape(clean(str(text)))


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from digital_literacy_app.core.printing import SANS, SANS_BOLD

    return {
        "title": ParagraphStyle("title", fontName=SANS_BOLD, fontSize=18, leading=23,
                                textColor=colors.HexColor("#0F766E")),
        "body": ParagraphStyle("body", fontName=SANS, fontSize=10, leading=14),
        "head": ParagraphStyle("head", fontName=SANS_BOLD, fontSize=8, leading=10, textColor=colors.white),
        "cell": ParagraphStyle("cell", fontName=SANS, fontSize=8.5, leading=10.5),
        # "Chưa học" is most of a new class's grid: grey, so what was done stands out.
        "quiet": ParagraphStyle("quiet", fontName=SANS, fontSize=8.5, leading=10.5,
                                textColor=colors.HexColor("#475569")),
    }


def _table(grid: ProgressGrid, lessons, styles):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    from digital_literacy_app.core.printing import SANS

    name_width = 52 * mm
    lesson_width = (273 * mm - name_width) / max(len(lessons), 1) if lessons else 0
    data = [[Paragraph(_p("Họ và tên"), styles["head"])]
            + [Paragraph(_p(lesson.title.vi), styles["head"]) for lesson in lessons]]
    shading = []
    for row, learner in enumerate(grid.learners, start=1):
        name = learner.name + (" (cần giúp)" if learner.id in grid.flagged else "")
        line = [Paragraph(_p(name), styles["cell"])]
        for column, lesson in enumerate(lessons, start=1):
            cell = grid.cell(learner.id, lesson.id)
            line.append(Paragraph(_p(cell_words(cell)), styles["cell" if cell.state != "not_started" else "quiet"]))
            if cell.state == "done":
                shading.append(("BACKGROUND", (column, row), (column, row), colors.HexColor("#DCFCE7")))
            elif cell.state == "in_progress":
                shading.append(("BACKGROUND", (column, row), (column, row), colors.HexColor("#FEF9C3")))
        data.append(line)
    table = Table(data, colWidths=[name_width] + [lesson_width] * len(lessons), repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#0F766E")),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#64748B")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
    ] + shading))
    return table


def describe(trainer, chosen) -> str:
    """Which learners a GridFilter keeps, in Vietnamese words for the printed page."""
    parts = []
    if chosen.session:
        session = trainer.sessions.get(chosen.session)
        day = "/".join(reversed(session.date.split("-")))
        parts.append(f"Buổi học {day} “{session.topic}”")
    if chosen.ward:
        parts.append(chosen.ward)
    if chosen.group:
        parts.append(f"nhóm {GROUP_NAMES_VI.get(chosen.group, chosen.group)}")
    if chosen.area:
        parts.append(f"bài về {AREA_NAMES.get(chosen.area, chosen.area)}")
    if chosen.name:
        parts.append(f"tên có “{chosen.name}”")
    if chosen.needs_help:
        parts.append("chỉ người cần giúp")
    return ("Lọc: " + ", ".join(parts) + ".") if parts else ""
