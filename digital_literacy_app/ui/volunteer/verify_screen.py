"""Checking a certificate someone shows: hold its QR to the webcam, type the number printed
large on it or the code printed under the QR (groups of five, or the DLC1 text a scanner
types), or choose its PDF.

Checked offline against the keys this PC knows. A genuine one shows who, what, when,
where and which computer issued it; otherwise the plain reason from the core
(STATUS_TEXT): changed, not a certificate code, or from a computer this one has never
met (import a sync file from it first). A typed number is looked up in the certificates
this PC holds (its own, and those in the sync files it imported): found, it shows the same
facts to compare with the paper; not found, it says so and asks for the QR code.

The camera and the typed code sit side by side, as on "Tôi có thẻ": a QR read by the
camera is put in the code box and checked exactly as if it had been typed, so both ways
end in the same verdict under the code box. A QR that is not a certificate (a learner
card, a payment QR) is said to be so by the camera and checks nothing. The verdict fits
the window at normal text; at larger text the page scrolls to it when it appears.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.records import MALFORMED, looks_typed
from digital_literacy_app.core.errors import DlaError, InvalidInputError
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.volunteer.words import achievement_title, show_date
from digital_literacy_app.ui.widgets.camera_scanner import CameraScanner
from digital_literacy_app.ui.widgets.frame import reveal, scroll_area, titled_column

class VerifyPage(ToolPage):
    def __init__(self, seat, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Check a certificate"))
        self.scanner = CameraScanner(
            self.tr("Hold the certificate up to the camera, with its QR code inside the square."),
            self.tr("You can type the code or choose the PDF instead."))
        self.scanner.decoded.connect(self.check_scanned)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("FE5RDMP2, or the code under the QR: KBFFM R2GIV \u2026"))
        self.code.setAccessibleName(self.tr("Certificate number or code"))
        self.code.returnPressed.connect(self.check_code)
        self.check_button = set_role(QPushButton(self.tr("Check")), "primary")
        self.check_button.setAccessibleName(self.tr("Check the code"))
        self.check_button.clicked.connect(self.check_code)
        self.pdf_button = QPushButton(self.tr("Choose a PDF\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Check a certificate PDF file"))
        self.pdf_button.clicked.connect(self.check_pdf)
        self.result = self._result_panel()
        row = QWidget()
        columns = QHBoxLayout(row)
        columns.setContentsMargins(0, 0, 16, 0)
        columns.setSpacing(40)
        columns.addLayout(titled_column(self.tr("Show the QR code"), [self.scanner], stretch=False), 1)
        columns.addLayout(titled_column(self.tr("Or type the code"), self._typing_side()), 1)
        self.scroll = scroll_area(row, self.tr("Check a certificate"))
        self.body_layout.addWidget(self.scroll, 1)
        self.verification = None
        self.hide_bottom()

    def _typing_side(self) -> list[QWidget]:
        """The code box with its button, the PDF choice, and the verdict under them."""
        intro = QLabel(self.tr("Type the certificate number printed large on it (8 letters and digits), "
                               "or the code printed under the QR code (groups of five letters and digits; "
                               "spaces and small letters do not matter)."))
        intro.setWordWrap(True)
        intro.setBuddy(self.code)  # the code box's caption; the box gets the whole width
        code_row = QWidget()
        row = QHBoxLayout(code_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        return [intro, code_row, self.pdf_button, self.result]

    def _result_panel(self) -> QFrame:
        result = QFrame()
        layout = QVBoxLayout(result)
        layout.setContentsMargins(18, 12, 18, 12)
        self.verdict = set_role(QLabel(), "card-title")  # a long reason stays on two lines
        self.verdict.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        layout.addWidget(self.facts)
        result.hide()
        return result

    def initial_focus(self):
        return self.code

    def check_code(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.code.setFocus()
            return
        if text.upper().startswith("DLC") or looks_typed(text):
            self.show_verification(self.trainer.certificates.verify_code(text))
            return
        try:
            found = self.trainer.certificates.verify_number(text)
        except InvalidInputError:
            self._show("bad", self.tr("This is neither a certificate number nor a certificate code. The number "
                                      "is 8 letters and digits printed large on the certificate, for example "
                                      "FE5RDMP2; the code under the QR code is groups of five letters and "
                                      "digits."), "")
            return
        self.show_found(text, found)

    def show_found(self, typed: str, found: list) -> None:
        """What the records hold under a typed number: the facts to compare with the paper."""
        number = "".join(typed.split()).upper()
        if not found:
            self.verification = None
            self._show("bad", self.tr("This computer holds no certificate number {number}. Hold its QR code to "
                                      "the camera, or import the sync files of the computer that issued it "
                                      "first.").format(number=number), "")
            return
        self.verification = found[0]
        trusted = [v for v in found if v.valid]
        if not trusted:
            self.show_verification(found[0])
            return
        verdict = self.tr("Certificate {number} was issued. Compare with the paper:").format(
            number=trusted[0].facts.certificate_id)
        self._show("good", verdict, "\n\n".join("\n".join(self._fact_lines(v)) for v in trusted))

    def check_scanned(self, text: str) -> None:
        """A QR seen by the camera: a certificate is checked as if its code were typed;
        any other QR is said to be one and checks nothing (the verdict shown stays). A QR
        holds the code itself, never its typed form: a bank's all-digit payment QR is not a
        mistyped certificate code."""
        verification = None if not text.upper().startswith("DLC") else self.trainer.certificates.verify_code(text)
        if verification is None or verification.status == MALFORMED:
            self.scanner.show_problem(self.tr("This QR code is not a certificate. "
                                              "Show the QR code printed on the certificate."))
            self.reveal(self.scanner.status)
            return
        self.code.setText(text)
        self.code.setCursorPosition(0)  # the start reads "DLC1:", as printed
        self.show_verification(verification)

    def check_pdf(self) -> None:
        path = files.ask_open_pdf(self, self.tr("Choose a certificate PDF"))
        if path is None:
            return
        try:
            verification = self.trainer.certificates.verify_pdf(path)
        except DlaError as exc:
            self._show("bad", self.tr("The file could not be read: {reason}").format(reason=reason(exc)), "")
            return
        self.show_verification(verification)

    def show_verification(self, verification) -> None:
        self.verification = verification
        lines = self._fact_lines(verification) if verification.facts is not None else []
        self._show("good" if verification.valid else "bad", verification.message(self.seat.lang), "\n".join(lines))

    def _fact_lines(self, verification) -> list[str]:
        """Who, what, when, where and which computer, one a line."""
        lang, facts, issuer = self.seat.lang, verification.facts, verification.issuer
        what = (verification.title.get(lang) if verification.title
                else achievement_title(self.trainer, facts.what, lang))
        device = (f"{issuer.name} ({issuer.ward})" if issuer and issuer.ward else
                  issuer.name if issuer and issuer.name else facts.device_id)
        if issuer is not None and issuer.this_device:
            device = self.tr("{device}, this computer").format(device=device)
        return [self.tr("Name: {name}").format(name=facts.name or "\u2013"),
                self.tr("Completed: {what}").format(what=what),
                self.tr("Date: {date}").format(date=show_date(facts.issued_on)),
                self.tr("Ward: {ward}").format(ward=facts.ward or "\u2013"),
                self.tr("Issued by computer: {device}").format(device=device),
                self.tr("Certificate number: {id}").format(id=facts.certificate_id)]

    def _show(self, kind: str, verdict: str, facts: str) -> None:
        set_role(self.result, kind)
        self.verdict.setText(verdict)
        self.facts.setText(facts)
        self.facts.setVisible(bool(facts))
        self.result.setAccessibleName(verdict)
        self.result.show()
        self.reveal(self.result)

    def reveal(self, widget: QWidget) -> None:
        """Only needed at large text, where the page scrolls (ui/widgets/frame.py)."""
        reveal(self.scroll, widget)
