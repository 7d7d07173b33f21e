"""Checking a certificate someone shows: type or paste its code, or choose its PDF.

Checked offline against the keys this PC knows. A genuine one shows who, what, when,
where and which computer issued it; otherwise the plain reason from the core
(STATUS_TEXT): changed, not a certificate code, or from a computer this one has never
met (import a sync file from it first).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.volunteer.tool_screen import ToolPage
from digital_literacy_app.ui.volunteer.words import achievement_title, show_date
from digital_literacy_app.ui.widgets.frame import scroll_area


class VerifyPage(ToolPage):
    def __init__(self, session, parent=None):
        super().__init__(session, "", parent=parent)
        self.title.setText(self.tr("Check a certificate"))
        intro = set_role(QLabel(self.tr("Type or paste the code printed under the QR code (it starts with "
                                        "DLC1), or choose the certificate's PDF file.")), "lead")
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("DLC1:\u2026")
        self.code.setAccessibleName(self.tr("Certificate code"))
        self.code.returnPressed.connect(self.check_code)
        caption = QLabel(self.tr("Code:"))
        caption.setBuddy(self.code)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.code, 1)
        self.check_button = set_role(QPushButton(self.tr("Check")), "primary")
        self.check_button.setAccessibleName(self.tr("Check the code"))
        self.check_button.clicked.connect(self.check_code)
        row.addWidget(self.check_button)
        self.pdf_button = QPushButton(self.tr("Choose a PDF\u2026"))
        self.pdf_button.setAccessibleName(self.tr("Check a certificate PDF file"))
        self.pdf_button.clicked.connect(self.check_pdf)
        self.result = QFrame()
        self.result_layout = QVBoxLayout(self.result)
        self.result_layout.setContentsMargins(18, 12, 18, 12)
        self.verdict = set_role(QLabel(), "title")
        self.verdict.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_layout.addWidget(self.verdict)
        self.result_layout.addWidget(self.facts)
        self.result.hide()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.body_layout.addWidget(scroll_area(content, self.tr("Check a certificate")), 1)
        self.verification = None
        self.hide_bottom()

    def initial_focus(self):
        return self.code

    def check_code(self) -> None:
        if not self.code.text().strip():
            self.code.setFocus()
            return
        self.show_verification(self.trainer.certificates.verify_code(self.code.text()))

    def check_pdf(self) -> None:
        path = files.ask_open_pdf(self, self.tr("Choose a certificate PDF"))
        if path is None:
            return
        try:
            verification = self.trainer.certificates.verify_pdf(path)
        except DlaError as exc:
            self._show("bad", self.tr("The file could not be read: {reason}").format(reason=str(exc)), "")
            return
        self.show_verification(verification)

    def show_verification(self, verification) -> None:
        self.verification = verification
        lang = self.session.lang
        facts = verification.facts
        lines = []
        if facts is not None:
            what = (verification.title.get(lang) if verification.title
                    else achievement_title(self.trainer, facts.what, lang))
            issuer = verification.issuer
            device = (f"{issuer.name} ({issuer.ward})" if issuer and issuer.ward else
                      issuer.name if issuer and issuer.name else facts.device_id)
            if issuer is not None and issuer.this_device:
                device = self.tr("{device}, this computer").format(device=device)
            lines = [self.tr("Name: {name}").format(name=facts.name),
                     self.tr("Completed: {what}").format(what=what),
                     self.tr("Date: {date}").format(date=show_date(facts.issued_on)),
                     self.tr("Ward: {ward}").format(ward=facts.ward or "\u2013"),
                     self.tr("Issued by computer: {device}").format(device=device),
                     self.tr("Certificate number: {id}").format(id=facts.certificate_id)]
        self._show("good" if verification.valid else "bad", verification.message(lang), "\n".join(lines))

    def _show(self, kind: str, verdict: str, facts: str) -> None:
        set_role(self.result, kind)
        self.verdict.setText(verdict)
        self.facts.setText(facts)
        self.facts.setVisible(bool(facts))
        self.result.setAccessibleName(verdict)
        self.result.show()
