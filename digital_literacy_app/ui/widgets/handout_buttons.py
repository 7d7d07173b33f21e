"""The take-home handout of a lesson, from the screen that ends it: print it, or save it.

The handout is the large-print A4 PDF the command line also writes (`dla lessons handout`,
core/handout.py). "In tờ hướng dẫn" writes it to a temporary file off the GUI thread and
prints it through the PC's own print dialog; "Lưu thành tệp PDF" writes it where the
person chooses. While the file is being made the pressed button says so at once, and
what happened is shown and announced in plain words.
"""

import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.records import Lesson
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.icons import put_icon
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import set_role


# Pages are drawn as pictures: 300 dots per inch is sharp for large print on paper. A
# printer's own resolution (600 to 1,200 dpi) made each A4 page a picture of 35 to 140
# million pixels, seconds of work and hundreds of megabytes per page.
PRINT_DPI = 300


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Print every page of `pdf` on `printer`, each page scaled to the printable area and
    drawn from a picture of at most PRINT_DPI; returns the number of pages printed (0 when
    the file cannot be read)."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        sharpness = min(1.0, PRINT_DPI / printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
            picture = QSize(round(target.width() * sharpness), round(target.height() * sharpness))
            painter.drawImage(target, document.render(page, picture))
    finally:
        painter.end()
    return document.pageCount()


class HandoutButtons(QWidget):
    """"In tờ hướng dẫn mang về" and "Lưu thành tệp PDF" side by side, for the bottom bar of
    the screen, with a line after them saying what happened."""

    printed = Signal(int)  # pages sent to the printer

    def __init__(self, seat, lesson: Lesson, parent=None):
        super().__init__(parent)
        self.seat = seat
        self.lesson = lesson
        self.task = None
        self.saved_path: Path | None = None
        explain = self.tr("The steps of this lesson in large print on A4 paper, to take home and read again.")
        self.print_button = QPushButton(self.tr("Print the take-home handout"))
        self.print_button.setAccessibleDescription(explain)
        self.print_button.clicked.connect(self.print_handout)
        put_icon(self.print_button, "printer")
        self.save_button = QPushButton(self.tr("Save as a PDF file"))
        self.save_button.setAccessibleName(self.tr("Save the take-home handout as a PDF file"))
        self.save_button.setAccessibleDescription(explain)
        self.save_button.clicked.connect(self.save_handout)
        self.result = set_role(QLabel(), "lead")
        self.result.setWordWrap(True)
        self.result.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.print_button)
        layout.addWidget(self.save_button)
        layout.addWidget(self.result, 1)
        layout.addStretch(1)  # while nothing is said, the buttons keep their own width

    # --- the two actions ---------------------------------------------------------------------
    def print_handout(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="dla-handout-"))
        self._make(folder / f"{self.lesson.id}.pdf", self.print_button, self._print_made)

    def save_handout(self) -> None:
        from digital_literacy_app.ui.volunteer.files import ask_save_pdf

        suggested = self.tr("handout-{lesson}.pdf").format(lesson=self.lesson.id)
        path = ask_save_pdf(self, self.tr("Save the take-home handout"), suggested)
        if path is not None:
            self._make(path, self.save_button, self._saved)

    # --- making the file off the GUI thread ----------------------------------------------------
    def _make(self, path: Path, pressed: QPushButton, done) -> None:
        """Write the handout in the background; the pressed button says "Making…" at once."""
        if self.task is not None:
            return
        self._busy(pressed, True)
        lesson, lang, catalogue = self.lesson, self.seat.lang, self.seat.trainer.lessons
        self.task = run_in_background(
            lambda task: Trainer.lesson_files.write_handout(lesson, path, lang, catalogue),
            on_success=lambda written: self._finished(pressed, done, written),
            on_failure=lambda error: self._finished(pressed, self._failed, error))

    def _finished(self, pressed: QPushButton, then, value) -> None:
        self.task = None
        self._busy(pressed, False)
        then(value)

    def _busy(self, pressed: QPushButton, busy: bool) -> None:
        if busy:
            pressed.setProperty("idle_text", pressed.text())
            pressed.setText(self.tr("Making the handout\u2026"))
        else:
            pressed.setText(pressed.property("idle_text") or pressed.text())
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _print_made(self, pdf: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the take-home handout"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = print_pdf(pdf, printer)
        if pages:
            self._say(self.tr("The handout went to the printer ({pages} pages).").format(pages=pages))
            self.printed.emit(pages)
        else:
            self._say(self.tr("The handout could not be printed. Please ask a volunteer."), bad=True)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self._say(self.tr("The handout is saved in {path}.").format(path=str(path)))

    def _failed(self, error) -> None:
        why = reason(error) if isinstance(error, DlaError) else str(error)
        self._say(self.tr("The handout could not be made: {reason}").format(reason=why), bad=True)

    def _say(self, text: str, bad: bool = False) -> None:
        self.layout().setStretch(3, 0)
        set_role(self.result, "error" if bad else "lead")
        self.result.setText(text)
        self.result.show()
        announce(self.result, text, assertive=bad)
