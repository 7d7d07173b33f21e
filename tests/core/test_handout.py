"""The large-print handout: what it says, how large, with which fonts, and what it never prints."""

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from digital_literacy_app.core import handout
from digital_literacy_app.core.errors import DlaError, NotFoundError
from digital_literacy_app.core.handout import (
    MIN_SIZE, SIZES, WORDS, find_lesson, missing_glyphs, practice_words, printable, right_path, write_handout,
)
from digital_literacy_app.core.lessons import load_catalogue
from digital_literacy_app.core.lessons.model import Element, ExplainStep, PracticeStep, QuizStep, Screen, Text
from digital_literacy_app.core.paths import bundled_lessons_dir
from tests.pdf_pages import save_pages

LESSONS = bundled_lessons_dir()
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lessons"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue([LESSONS])


def flat(text: str) -> str:
    return " ".join(text.split())


def handout_text(pdf: Path, lesson, lang: str) -> str:
    """The handout's words in reading order, the footers taken out, whitespace collapsed."""
    words = WORDS[lang]
    footer = printable(words["footer"].format(id=lesson.id, version=lesson.version))
    pages = PdfReader(pdf).pages
    parts = []
    for number, page in enumerate(pages, start=1):
        text = flat(page.extract_text())
        text = text.replace(footer, " ").replace(words["page"].format(page=number, pages=len(pages)), " ")
        parts.append(text)
    return flat(" ".join(parts))


def step_words(step, lang: str) -> list[str]:
    """The texts of one step a learner must find on paper, in order."""
    texts = [step.title.get(lang)]
    if isinstance(step, ExplainStep):
        texts.append(step.text.get(lang))
    elif isinstance(step, PracticeStep):
        texts.append(step.text.get(lang))
    elif isinstance(step, QuizStep):
        texts.append(step.question.get(lang))
        texts += [c.text.get(lang) for c in step.choices if c.correct]
        texts.append(step.explanation.get(lang))
    return [flat(printable(t)) for t in texts]


@pytest.mark.parametrize("lesson_id, lang", [("vietqr-pay", "vi"), ("basics-using-this-app", "en")])
def test_the_handout_holds_the_title_summary_every_step_and_what_was_learned_in_order(
        tmp_path, catalogue, lesson_id, lang):
    """Extracted from the PDF, the NFC title, summary, each step's title and text (a quiz's
    question, right answer and explanation) and the learned points appear, in lesson order."""
    lesson = catalogue.get(lesson_id)
    pdf = write_handout(lesson, tmp_path / "handout.pdf", lang, catalogue)
    text = handout_text(pdf, lesson, lang)
    position = 0
    expected = [flat(printable(lesson.title.get(lang))), flat(printable(lesson.summary.get(lang)))]
    for step in lesson.steps:
        expected += step_words(step, lang)
    expected += [flat(printable(point.get(lang))) for point in lesson.learned]
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, f"not found after position {position}: {piece!r}"
        position = found + len(piece)
    assert printable(lesson.title.get(lang)) == lesson.title.get(lang) or lang == "en"


def test_every_bundled_lesson_prints_in_both_languages_with_embedded_fonts_and_large_type(tmp_path, catalogue):
    """For every lesson and language: every font on every page is an embedded TrueType Noto
    face (/FontFile2), no unembedded base font sneaks in, and no text is set under 16 pt."""
    assert min(SIZES.values()) >= MIN_SIZE >= 16
    assert SIZES["title"] > SIZES["heading"] > SIZES["body"] >= 16
    assert len(catalogue.lessons) >= 16
    for lesson in catalogue.lessons:
        for lang in ("vi", "en"):
            pdf = write_handout(lesson, tmp_path / f"{lesson.id}-{lang}.pdf", lang, catalogue)
            reader = PdfReader(pdf)
            for number, page in enumerate(reader.pages, start=1):
                where = f"{lesson.id} ({lang}) page {number}"
                fonts = page["/Resources"]["/Font"]
                assert fonts, where
                for font in fonts.values():
                    font = font.get_object()
                    assert font["/Subtype"] == "/TrueType", where
                    assert "NotoSans" in font["/BaseFont"], where
                    assert "/FontFile2" in font["/FontDescriptor"], f"{where}: {font['/BaseFont']} not embedded"
                stream = ContentStream(page.get_contents(), reader)
                sizes = [float(operands[1]) for operands, operator in stream.operations if operator == b"Tf"]
                assert sizes and min(sizes) >= MIN_SIZE, f"{where}: text set at {min(sizes)} pt"


def test_every_text_of_every_lesson_has_its_letters_in_the_printed_font(catalogue):
    """No word prints with blank boxes: every character of every text a handout can show
    is in the bundled Noto Sans (after the few look-alike swaps)."""
    problems = []
    for lesson in catalogue.lessons:
        for lang in ("vi", "en"):
            texts = [lesson.title, lesson.summary, *lesson.learned]
            for step in lesson.steps:
                texts += [step.title, getattr(step, "text", None), getattr(step, "question", None),
                          getattr(step, "explanation", None)]
                texts += [c.text for c in getattr(step, "choices", [])]
                for screen in getattr(step, "screens", {}).values():
                    texts += [e.label for e in screen.tappables() + screen.fields()]
                    texts += [e.warning for e in screen.tappables()]
                    texts += [e.caption for e in screen.elements]
            for text in texts:
                if text is not None and missing_glyphs(text.get(lang)):
                    problems.append((lesson.id, lang, missing_glyphs(text.get(lang)), text.get(lang)[:60]))
    assert problems == []
    assert missing_glyphs("Bấm ⋮ rồi chọn → Gửi") == set(), "the swapped signs print"
    assert missing_glyphs("✓") == {"✓"}, "the check itself can see a missing letter"


def pages_as_images(pdf: Path, folder: Path) -> list[Path]:
    return save_pages(pdf, folder / "page", 100)


def barcodes(png: Path) -> list:
    import zxingcpp
    from PIL import Image

    with Image.open(png) as image:
        return zxingcpp.read_barcodes(image.convert("L"))


def test_printed_handouts_carry_no_scannable_code_though_the_lessons_show_practice_qr_codes(tmp_path, catalogue):
    """The lessons with practice QR codes print them as words only: rendered at 100 dpi, no
    page holds a barcode zxing can read. The same pipeline does read a QR when one is printed."""
    from digital_literacy_app.core.printing import SANS, draw_qr, new_canvas, qr_matrix

    for lesson_id in ("vietqr-pay", "public-service-portal"):
        lesson = catalogue.get(lesson_id)
        assert any(e.type == "qr" for s in lesson.steps for sc in getattr(s, "screens", {}).values()
                   for e in sc.elements), f"{lesson_id} should have a practice QR code to leave out"
        pdf = write_handout(lesson, tmp_path / f"{lesson_id}.pdf", "vi", catalogue)
        folder = tmp_path / lesson_id
        folder.mkdir()
        pngs = pages_as_images(pdf, folder)
        assert pngs
        for png in pngs:
            assert barcodes(png) == [], f"{png.name} of {lesson_id} holds a scannable code"
        assert "không in mã QR" in handout_text(pdf, lesson, "vi")

    control = tmp_path / "control.pdf"
    canvas = new_canvas(str(control), (595, 842))
    canvas.setFont(SANS, 16)
    modules, _ = qr_matrix("00020101021138540010A00000072701240006999999011000012345670208QRIBFTTA"
                           "53037045802VN6304DABC")
    draw_qr(canvas, modules, 150, 400, 200)
    canvas.save()
    folder = tmp_path / "control"
    folder.mkdir()
    assert barcodes(pages_as_images(control, folder)[0]), "the check can see a printed QR code"


def test_handouts_print_no_web_link_from_a_practice_message(tmp_path, catalogue):
    """A scam SMS link on a practice screen is told as "the link in the message", never
    printed: an address on paper could be typed in at home."""
    for lesson_id in ("sms-links", "fake-police-calls"):
        lesson = catalogue.get(lesson_id)
        links = [e.link.label.vi for s in lesson.steps for sc in getattr(s, "screens", {}).values()
                 for e in sc.elements if e.type == "sms" and e.link is not None]
        assert links, f"{lesson_id} should have a practice SMS link"
        text = handout_text(write_handout(lesson, tmp_path / f"{lesson_id}.pdf", "vi", catalogue), lesson, "vi")
        for link in links:
            assert link not in text
        assert "http" not in text
        assert WORDS["vi"]["dont_link"] in text


def t(vi, en=""):
    return Text(vi, en)


def looping_step(refuse=False) -> PracticeStep:
    """Home → a form (a box, a tick, a QR) → a dialog whose first button loops back."""
    home = Screen("home", [
        Element("grid", items=[
            Element("item", id="strange", label=t("Ứng dụng lạ", "Strange app"),
                    warning=t("Đừng mở.", "Don't.")),
            Element("item", id="bank", label=t("Ngân hàng", "Bank"), goto="form"),
        ]),
        Element("sms", text=t("Tin"), link=Element("link", id="link", label=t("http://lua-dao.xyz"),
                                                    warning=t("Link lạ.", "Strange link."))),
    ])
    form = Screen("form", [
        Element("qr", payload="000201", caption=t("Mã ở quầy", "The code at the counter")),
        Element("input", id="amount", label=t("Số tiền", "Amount"), expect="45000"),
        Element("checkbox", id="sure", label=t("Tôi đã xem tên", "I checked the name"), expect=True),
        Element("checkbox", id="save", label=t("Lưu người nhận", "Save the recipient"), expect=False),
        Element("button", id="ok", label=t("Xác nhận", "Confirm"), goto="dialog"),
    ])
    dialog = Screen("dialog", [Element("dialog", title=t("Chắc chưa?"), buttons=[
        Element("button", id="back", label=t("Quay lại", "Go back"), goto="form"),
        Element("button", id="bank-again", label=t("Ngân hàng", "Bank"), warning=t("Không.", "No.")),
        Element("button", id="send", label=t("Gửi", "Send"), goto="done"),
    ])])
    return PracticeStep("try", "practice", t("Thử"), 1, text=t("Làm thử."), refuse=refuse,
                        screens={"home": home, "form": form, "dialog": dialog})


def test_the_right_path_is_the_shortest_way_to_done_and_never_loops_back():
    """"Quay lại" on the dialog leads on too, but back: the path takes "Gửi" instead."""
    path = right_path(looping_step())
    assert [(screen.id, element.id) for screen, element in path] == [
        ("home", "bank"), ("form", "ok"), ("dialog", "send")]
    stuck = looping_step()
    stuck.screens["dialog"].elements[0].buttons[2].goto = None
    with pytest.raises(ValueError, match="cannot be finished"):
        right_path(stuck)


def test_a_practice_is_told_as_taps_typing_and_ticks_in_order_with_the_taps_to_avoid():
    """Boxes are filled before the tap that needs them, a QR is a note in words, a link is
    never spelled out, and a label tapped on the way is not also listed as a "don't"."""
    told = practice_words(looping_step(), "vi")
    assert told.actions == [
        ("do", "Bấm “Ngân hàng”."),
        ("note", "Lúc này màn hình hiện một mã QR tập: “Mã ở quầy”. Tờ giấy này không in mã QR."),
        ("do", "Gõ “45000” vào ô “Số tiền”."),
        ("do", "Đánh dấu vào ô “Tôi đã xem tên”."),
        ("do", "Để trống ô “Lưu người nhận”."),
        ("do", "Bấm “Xác nhận”."),
        ("do", "Bấm “Gửi”."),
    ]
    assert told.donts == [("Đừng bấm “Ứng dụng lạ”.", "Đừng mở."),
                          ("Đừng bấm vào đường link trong tin nhắn.", "Link lạ.")]
    english = practice_words(looping_step(refuse=True), "en")
    assert english.refuse
    assert english.actions[0] == ("do", "Tap “Bank” (“Ngân hàng”).")
    assert ("do", "Type “45000” in the box “Amount” (“Số tiền”).") in english.actions


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, catalogue, monkeypatch):
    """Written under a temporary name and renamed: when drawing fails half way, the file
    that was there is untouched and nothing else is left in the folder."""
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"the old handout")

    def broken(*args):
        raise RuntimeError("picture could not be read")

    monkeypatch.setattr(handout, "_picture", broken)
    with pytest.raises(RuntimeError):
        write_handout(catalogue.get("vietqr-pay"), target, "vi", catalogue)
    assert target.read_bytes() == b"the old handout"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]
    monkeypatch.undo()
    with pytest.raises(DlaError, match="does not exist.*nothing was saved"):
        write_handout(catalogue.get("vietqr-pay"), tmp_path / "missing" / "h.pdf", "vi", catalogue)


def test_finding_a_lesson_by_id_or_folder_and_plain_words_when_it_is_not_there(tmp_path):
    """An id or a folder finds the lesson; an unknown id names the close ones; a broken
    lesson says to run validate."""
    lesson, found_in = find_lesson("vietqr-pay", [LESSONS])
    assert lesson.id == "vietqr-pay" and found_in.get("sms-links") is not None
    assert find_lesson(str(LESSONS / "sms-links"), [LESSONS])[0].id == "sms-links"
    with pytest.raises(NotFoundError, match=re.escape("Did you mean: vietqr-pay?")):
        find_lesson("vietqr", [LESSONS])
    with pytest.raises(NotFoundError, match="dla lessons list"):
        find_lesson("zzzz", [LESSONS])
    broken = tmp_path / "lessons" / "sample-lesson"
    broken.mkdir(parents=True)
    source = (FIXTURES / "sample-lesson" / "lesson.yaml").read_text(encoding="utf-8")
    (broken / "lesson.yaml").write_text(source.replace("kind: quiz", "kind: riddle"), encoding="utf-8")
    with pytest.raises(NotFoundError, match=r"has \d+ error"):
        find_lesson("sample-lesson", [tmp_path / "lessons"])
