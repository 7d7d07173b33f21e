"""The large-print take-home handout of one lesson: an A4 PDF a learner reads at home.

Who reads it: often someone over 60, at home, without the app. So the type is large
(nothing under 16 pt; the sizes live in `SIZES`), each step is shown in order with its
picture, a practice step is told in words as the right path through its screens ("tap
this, then type that"), a quiz shows its right answer and why, and the page ends with a
footer naming the lesson, its version and the page.

Printed handouts never carry a scannable payment code (facts.md): a practice QR code is
described in words, and web links from practice SMS are not printed either.

Pictures are the lessons' SVG files drawn as vectors by svglib (pure Python, on top of
reportlab). It was chosen over rendering PNGs with Qt's QtSvg because core/ never imports
Qt, the command line then needs no display plugin, and vectors print sharp at any size;
all 62 bundled pictures were compared side by side with QtSvg's rendering and match (the
lesson rules keep pictures to plain shapes: no text, styles, or embedded images).
"""

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate, Frame, Image, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

from digital_literacy_app.core.atomic import atomic_output_file
from digital_literacy_app.core.handout_words import WORDS, practice_words, right_path  # noqa: F401 (re-exported)
from digital_literacy_app.core.lessons.catalogue import LessonCatalogue
from digital_literacy_app.core.lessons.find import find_lesson  # noqa: F401 (re-exported)
from digital_literacy_app.core.lessons.model import (
    ExplainStep, Lesson, PracticeStep, QuizStep, Text,
)
from digital_literacy_app.core.printing import SANS, SANS_BOLD, clean, register_fonts

# Every type size in the handout, in points. Nothing is smaller than MIN_SIZE, so a
# learner who reads large print at home can read every word, the footer included.
SIZES = {"title": 30, "summary": 19, "heading": 22, "body": 17, "label": 17, "footer": 16}
MIN_SIZE = 16
LANGS = ("vi", "en")

INK = colors.HexColor("#111827")
MUTED = colors.HexColor("#374151")
ACCENT = colors.HexColor("#0F5F59")
PRACTICE_FILL = colors.HexColor("#E8F5F2")
DANGER = colors.HexColor("#9F1239")
DANGER_FILL = colors.HexColor("#FDECEF")
RULE = colors.HexColor("#9CA3AF")

PAGE = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * mm, 16 * mm, 24 * mm
PICTURE_MAX = (125 * mm, 82 * mm)
ICON_SIZE = 30 * mm
SHORT_BOX_ROWS = 6
# Signs the lessons use that the bundled Noto Sans lacks (the app gets them from a system
# font), printed as look-alikes the font has, so no blank box appears on paper.
SUBSTITUTES = {"\u22ee": "\u205d", "\u2192": "\u203a"}  # ⋮ as ⁝ (menu dots), → as ›

def printable(text: str) -> str:
    """NFC text with the few signs the font lacks swapped for look-alikes it has."""
    text = clean(text)
    for sign, stand_in in SUBSTITUTES.items():
        text = text.replace(sign, stand_in)
    return text


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` that would print as blank boxes in the handout's fonts."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (SANS, SANS_BOLD)]
    return {ch for ch in printable(text) if ch.isprintable() and not ch.isspace()
            and not all(ord(ch) in face for face in faces)}


# --- the document ------------------------------------------------------------------------------
def write_handout(lesson: Lesson, target: Path, lang: str = "vi",
                  catalogue: LessonCatalogue | None = None) -> Path:
    """Write the handout of `lesson` to `target` (atomically); returns the path written."""
    if lang not in LANGS:
        raise ValueError(f"language must be one of {LANGS}")
    register_fonts()
    target = Path(target)
    with atomic_output_file(target) as handle:
        document = BaseDocTemplate(
            handle, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, initialFontName=SANS,
            title=clean(lesson.title.get(lang)), author="Bình dân học vụ số",
            creator="Digital-literacy trainer (Bình dân học vụ số)", lang=lang)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, PAGE[0] - 2 * MARGIN_X, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        document.addPageTemplates([PageTemplate(id="handout", frames=[frame])])
        footer = clean(WORDS[lang]["footer"].format(id=lesson.id, version=lesson.version))
        document.build(_Story(lesson, lang, catalogue).build(),
                       canvasmaker=_numbered_canvas(footer, WORDS[lang]["page"]))
    return target


def _numbered_canvas(footer: str, page_words: str):
    """A canvas class that holds each page until the end, so the footer can say "2/5"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, number: int, pages: int) -> None:
            y = MARGIN_BOTTOM - 12 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.8)
            self.line(MARGIN_X, y + SIZES["footer"] + 4, PAGE[0] - MARGIN_X, y + SIZES["footer"] + 4)
            self.setFillColor(MUTED)
            self.setFont(SANS, SIZES["footer"])
            self.drawString(MARGIN_X, y, footer)
            self.drawRightString(PAGE[0] - MARGIN_X, y, clean(page_words.format(page=number, pages=pages)))
            self.restoreState()

    return NumberedCanvas


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=SANS, fontSize=SIZES["body"], leading=SIZES["body"] * 1.42,
                          textColor=INK, alignment=TA_LEFT, spaceAfter=6)
    return {
        "kicker": ParagraphStyle("kicker", body, fontSize=SIZES["footer"], leading=SIZES["footer"] * 1.3,
                                 textColor=MUTED, spaceAfter=4),
        "title": ParagraphStyle("title", body, fontName=SANS_BOLD, fontSize=SIZES["title"],
                                leading=SIZES["title"] * 1.2, textColor=ACCENT, spaceAfter=8),
        "summary": ParagraphStyle("summary", body, fontSize=SIZES["summary"], leading=SIZES["summary"] * 1.4),
        "about": ParagraphStyle("about", body, fontName=SANS_BOLD, textColor=MUTED),
        "kind": ParagraphStyle("kind", body, fontName=SANS_BOLD, fontSize=SIZES["label"], textColor=ACCENT,
                               spaceBefore=14, spaceAfter=0),
        "heading": ParagraphStyle("heading", body, fontName=SANS_BOLD, fontSize=SIZES["heading"],
                                  leading=SIZES["heading"] * 1.25, spaceAfter=8),
        "body": body,
        "bold": ParagraphStyle("bold", body, fontName=SANS_BOLD),
        "item": ParagraphStyle("item", body, leftIndent=11 * mm, firstLineIndent=-11 * mm, spaceAfter=4),
        "danger": ParagraphStyle("danger", body, fontName=SANS_BOLD, textColor=DANGER, spaceAfter=2),
        "note": ParagraphStyle("note", body, leftIndent=11 * mm, textColor=MUTED, spaceAfter=4),
    }


class _Story:
    """Turns one lesson into the flowables of its handout, in reading order."""

    def __init__(self, lesson: Lesson, lang: str, catalogue: LessonCatalogue | None):
        self.lesson, self.lang, self.catalogue = lesson, lang, catalogue
        self.words = WORDS[lang]
        self.style = _styles()

    def text(self, text: Text | str) -> str:
        raw = text.get(self.lang) if isinstance(text, Text) else text
        return escape(printable(raw))

    def para(self, text: Text | str, style: str = "body") -> Paragraph:
        return Paragraph(self.text(text), self.style[style])

    def build(self) -> list:
        story = self.opening()
        for number, step in enumerate(self.lesson.steps, start=1):
            story.extend(self.step(number, step))
        story.extend(self.closing())
        return story

    def opening(self) -> list:
        lesson = self.lesson
        head = [self.para(self.words["kicker"], "kicker"), self.para(lesson.title, "title")]
        icon = _picture(lesson.icon, (ICON_SIZE, ICON_SIZE)) if lesson.icon else None
        if icon is not None:
            width = PAGE[0] - 2 * MARGIN_X
            table = Table([[head, icon]], colWidths=[width - ICON_SIZE - 6 * mm, ICON_SIZE + 6 * mm])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), SANS),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
            head = [table]
        about = self.words["about"].format(minutes=lesson.minutes, steps=len(lesson.steps))
        return head + [self.para(lesson.summary, "summary"), self.para(about, "about")]

    def step(self, number: int, step) -> list:
        kind = {PracticeStep: self.words["practice"], QuizStep: self.words["quiz"]}.get(type(step))
        label = self.words["step"].format(number=number) + (f" · {kind}" if kind else "")
        top = [_Rule(), self.para(label, "kind")]
        if clean(step.title.get(self.lang)) != kind:  # a quiz titled just "Câu hỏi" says it once
            top.append(self.para(step.title, "heading"))
        if isinstance(step, ExplainStep):
            picture = _picture(step.image, PICTURE_MAX) if step.image else None
            if picture is None:
                return [KeepTogether(top + [self.para(step.text)])]
            # The heading stays with its picture; the text may flow on to the next page.
            return [KeepTogether(top + [picture, Spacer(1, 4 * mm)]), self.para(step.text)]
        if isinstance(step, QuizStep):
            return [KeepTogether(top + self.quiz(step))]
        return [KeepTogether(top + [self.para(step.text)])] + self.practice(step)

    def quiz(self, step: QuizStep) -> list:
        right = [c for c in step.choices if c.correct]
        parts = [self.para(step.question, "bold"), self.para(self.words["answer"], "kind")]
        parts += [self.para(choice.text) for choice in right]
        parts += [self.para(self.words["why"], "kind"), self.para(step.explanation)]
        return parts

    def practice(self, step: PracticeStep) -> list:
        """The right path as numbered actions, notes (a QR on screen) unnumbered, then the
        taps to avoid with the reason the app gives; each box kept whole when it fits."""
        told = practice_words(step, self.lang)
        lead = self.words["refuse_way"] if told.refuse else self.words["right_way"]
        rows: list[list] = [[self.para(lead, "bold")]]
        number = 0
        for kind, text in told.actions:
            if kind == "note":
                line = self.para(text, "note")
            else:
                number += 1
                line = Paragraph(f"{number}.\u00a0\u00a0{self.text(text)}", self.style["item"])
            if len(rows) == 1 and len(rows[0]) == 1:
                rows[0].append(line)  # the lead-in never ends a page alone
            else:
                rows.append([line])
        flow = _kept_if_short([Spacer(1, 2 * mm), _box(rows, PRACTICE_FILL, ACCENT)], len(rows))
        if told.donts:
            pairs = [[self.para(dont, "danger"), self.para(why)] for dont, why in told.donts]
            box = _box(pairs, DANGER_FILL, DANGER, gap=3.5 * mm)
            flow += _kept_if_short([Spacer(1, 3 * mm), box], len(pairs) * 2)
        return flow

    def closing(self) -> list:
        lesson, story = self.lesson, []
        if lesson.learned:
            items = [Paragraph(f"•\u00a0\u00a0{self.text(t)}", self.style["item"]) for t in lesson.learned]
            story.append(KeepTogether([_Rule(), self.para(self.words["learned"], "heading"), *items]))
        if lesson.next and self.catalogue is not None:
            titles = [self.catalogue.get(i).title for i in lesson.next if self.catalogue.get(i) is not None]
            if titles:
                items = [Paragraph(f"•\u00a0\u00a0{self.text(t)}", self.style["item"]) for t in titles]
                story.append(KeepTogether([self.para(self.words["next"], "heading"), *items]))
        return story


def _kept_if_short(flowables: list, lines: int) -> list:
    """A short box moves whole to the next page rather than leave one line behind; a long
    one may break between its rows, so no half page stays empty."""
    return [KeepTogether(flowables)] if lines <= SHORT_BOX_ROWS else flowables


def _box(rows: list[list], fill, bar, gap: float = 1.5 * mm) -> Table:
    """Rows of paragraphs on a tinted background with a thick bar on the left.

    Each row is one cell holding a few paragraphs that belong together; a page may break
    between rows, never inside one.
    """
    table = Table([[row] for row in rows], colWidths=[PAGE[0] - 2 * MARGIN_X])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LINEBEFORE", (0, 0), (0, -1), 5, bar),
        ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), gap),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
    ]))
    return table


class _Rule(Spacer):
    """A thin line across the frame that starts each step."""

    def __init__(self):
        super().__init__(1, 5 * mm)

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.height

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, self.height, self.width, self.height)


def _picture(path: Path, box: tuple[float, float]):
    """The picture scaled to fit `box`, centred: SVG as vectors, PNG/JPEG as an image."""
    if path.suffix.lower() != ".svg":
        image = Image(str(path))
        scale = min(box[0] / image.imageWidth, box[1] / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.hAlign = "CENTER"
        return image
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(str(path))
    if drawing is None or not drawing.width or not drawing.height:
        return None
    scale = min(box[0] / drawing.width, box[1] / drawing.height)
    drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
    drawing.scale(scale, scale)
    drawing.hAlign = "CENTER"
    drawing.initialFontName = SANS  # else the renderer selects Helvetica, listed unembedded
    return drawing
