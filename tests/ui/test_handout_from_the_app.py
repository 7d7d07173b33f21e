"""The take-home handout from the screen that ends a lesson: saved as a real PDF, printed
through a real QPrinter (to a PDF file here), the pressed button busy meanwhile."""

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from digital_literacy_app.ui.announce import listen
from digital_literacy_app.ui.widgets.handout_buttons import print_pdf

from .conftest import FIRST, click


def finish(window, learner, lesson_id=FIRST):
    window.sign_in(learner)
    return window.show_completion(lesson_id)


def test_the_end_of_a_lesson_offers_the_handout_and_saves_it_where_asked(qtbot, window, trainer, learner,
                                                                        tmp_path, monkeypatch):
    from digital_literacy_app.ui.volunteer import files

    target = tmp_path / "to-keep.pdf"
    monkeypatch.setattr(files, "ask_save_pdf", lambda parent, title, name: target)
    screen = finish(window, learner)
    handout = screen.handout
    assert handout.print_button.text().strip() == "In tờ hướng dẫn mang về" and handout.print_button.isVisible()
    heard = []
    stop = listen(lambda source, text, assertive: heard.append(text))
    click(qtbot, handout.save_button)
    assert not handout.save_button.isEnabled() and handout.save_button.text().startswith("Đang")
    qtbot.waitUntil(lambda: handout.saved_path is not None, timeout=10000)
    stop()
    pages = PdfReader(target).pages
    lesson = trainer.lessons.get(FIRST)
    assert len(pages) >= 1 and lesson.title.vi.split()[0] in pages[0].extract_text()
    assert handout.save_button.isEnabled() and handout.save_button.text() == "Lưu thành tệp PDF"
    assert heard[-1] == handout.result.text() and str(target) in heard[-1]


def test_printing_sends_every_page_of_the_handout_to_the_printer(app, tmp_path, trainer):
    from digital_literacy_app.core.trainer import Trainer

    lesson = trainer.lessons.get(FIRST)
    pdf = Trainer.lesson_files.write_handout(lesson, tmp_path / "handout.pdf", "vi", trainer.lessons)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pdf(pdf, printer)
    assert pages == len(PdfReader(pdf).pages) >= 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
    assert print_pdf(tmp_path / "missing.pdf", printer) == 0


def inked_box(pdf, page: int = 0):
    """Where a page rendered at 50 dpi has ink: (left, top, right, bottom)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    image = document.render(page, QSize(413, 585))  # A4 at 50 dpi
    inked = [(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
             if image.pixelColor(x, y).lightness() < 200]
    xs, ys = [x for x, _ in inked], [y for _, y in inked]
    return min(xs), min(ys), max(xs), max(ys)


def test_a_high_resolution_printer_gets_pages_of_300_dpi_in_the_same_place(app, tmp_path, trainer):
    """A printer's own 1,200 dpi made each page a picture of 140 million pixels (seconds and
    half a gigabyte a page); 300 dpi is sharp for large print and lands where the page was."""
    from pypdf import PdfReader

    from digital_literacy_app.core.trainer import Trainer

    lesson = trainer.lessons.get(FIRST)
    pdf = Trainer.lesson_files.write_handout(lesson, tmp_path / "handout.pdf", "vi", trainer.lessons)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printer.resolution() >= 600
    assert print_pdf(pdf, printer) >= 1
    printed = PdfReader(tmp_path / "printed.pdf")
    width, height = printed.pages[0].images[0].image.size
    assert 2000 < width <= round(8.27 * 300) and 2800 < height <= round(11.7 * 300)
    original, on_paper = inked_box(pdf), inked_box(tmp_path / "printed.pdf")
    assert all(abs(a - b) <= 12 for a, b in zip(original, on_paper)), (original, on_paper)
