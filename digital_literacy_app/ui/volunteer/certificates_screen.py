"""One learner's certificates: what they have earned, what is still missing, what they got.

Each area or course reads either "Earned" with a button to save the certificate, or the
lessons still missing. The volunteer chooses where the PDF goes; their name (from the
signed-in account) is printed on it.
"""

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.records import file_stem
from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.volunteer.words import achievement_title, lesson_title, show_date
from digital_literacy_app.ui.widgets.frame import scroll_area


class CertificatesPage(ToolPage):
    issued = Signal(object)  # IssuedCertificate

    def __init__(self, seat, learner, back_to_learner: bool = False, parent=None):
        back = (self.tr("\u2039  Back to {name}").format(name=learner.name) if back_to_learner
                else self.tr("\u2039  Certificates"))
        super().__init__(seat, "", back, self.tr("Back to the screen before"), parent=parent)
        self.learner = learner
        self.title.setText(self.tr("Certificates of {name}").format(name=learner.name))
        self.issue_buttons: dict[str, QPushButton] = {}
        self.notice = set_role(QLabel(), "lead")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.body_layout.addWidget(self.notice)
        self.saved_path = None
        self.content: QWidget | None = None
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.open_button.setAccessibleName(self.tr("Open the certificate just saved"))
        self.open_button.clicked.connect(self.open_pdf)
        self.open_button.hide()
        self.bottom.addWidget(self.open_button)
        self.bottom.addStretch(1)
        self.refresh()

    def initial_focus(self):
        return next(iter(self.issue_buttons.values()), self.back_button)

    def refresh(self) -> None:
        book = self.trainer.certificates
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(12)
        self.issue_buttons = {}
        self.reprint_buttons = {}
        records = book.issued(self.learner.id)
        given = {record.what: record for record in records}  # the latest of each kind
        layout.addWidget(set_role(QLabel(self.tr("Areas and courses")), "section"))
        for standing in book.standings(self.learner.id):
            layout.addWidget(self._standing_card(standing, given.get(standing.achievement.key)))
        layout.addWidget(set_role(QLabel(self.tr("Certificates received")), "section"))
        for record in records:
            line = QLabel(self.tr("{date}: {what}, given by {volunteer} (number {id})").format(
                date=show_date(record.issued_on), what=achievement_title(self.trainer, record.what, self.lang),
                volunteer=record.volunteer or "\u2013", id=record.certificate_id))
            line.setWordWrap(True)
            layout.addWidget(line)
        if not records:
            layout.addWidget(QLabel(self.tr("None yet.")))
        layout.addStretch(1)
        self.content = self.replace_body(self.content, scroll_area(content, self.tr("Certificates")))

    @property
    def lang(self) -> str:
        return self.seat.lang

    def _standing_card(self, standing, given=None) -> QFrame:
        """One area or course: what is still missing, or "Save certificate" once earned, or,
        once a certificate was given, its date and number with "Print again" (never a
        second certificate for the same thing)."""
        achievement = standing.achievement
        card = set_role(QFrame(), "good" if standing.complete else "card")
        row = QHBoxLayout(card)
        row.setContentsMargins(18, 10, 18, 10)
        texts = QVBoxLayout()
        name = set_role(QLabel(achievement.title.get(self.lang)), "card-title")
        name.setWordWrap(True)
        texts.addWidget(name)
        if given is not None:
            state = self.tr("Certificate given on {date} (number {id}).").format(
                date=show_date(given.issued_on), id=given.certificate_id)
        elif standing.complete:
            state = self.tr("Earned: every lesson is finished.")
        else:
            missing = ", ".join(lesson_title(self.trainer, lesson, self.lang) for lesson in standing.missing)
            state = self.tr("Still to finish ({count}): {lessons}").format(count=len(standing.missing),
                                                                             lessons=missing)
        detail = QLabel(state)
        detail.setWordWrap(True)
        texts.addWidget(detail)
        row.addLayout(texts, 1)
        if given is not None:
            if given.device_id == self.trainer.device.device_id:  # signed here: this PC can print it again
                button = QPushButton(self.tr("Print again"))
                button.setAccessibleName(self.tr("Save the certificate for {what} again, to print it").format(
                    what=achievement.title.get(self.lang)))
                button.clicked.connect(lambda: self.reprint(given))
                row.addWidget(button)
                self.reprint_buttons[achievement.key] = button
        elif standing.complete:
            button = set_role(QPushButton(self.tr("Save certificate")), "primary")
            button.setAccessibleName(self.tr("Save the certificate for {what}").format(
                what=achievement.title.get(self.lang)))
            button.clicked.connect(lambda: self.issue(achievement))
            row.addWidget(button)
            self.issue_buttons[achievement.key] = button
        return card

    def issue(self, achievement) -> None:
        path = self._save(self.tr("Save the certificate"), f"{file_stem(self.learner.name)}-{achievement.id}.pdf",
                          lambda path: self.trainer.certificates.issue(self.learner.id, self.volunteer_name, path,
                                                                       achievement.key))
        if path is not None:
            self.refresh()
            self._say("lead", self.tr("Saved the certificate in {path}. Open it to print it.").format(path=str(path)))
            self.issued.emit(self.made)

    def reprint(self, record) -> None:
        path = self._save(self.tr("Save the certificate again"),
                          f"{file_stem(self.learner.name)}-{record.certificate_id}.pdf",
                          lambda path: self.trainer.certificates.reprint(record.certificate_id, path))
        if path is not None:
            self._say("lead", self.tr("Saved certificate {id} again in {path}. Open it to print it.").format(
                id=record.certificate_id, path=str(path)))

    def _save(self, title: str, suggested: str, make):
        """Ask where, then `make(path)`; the path once saved (the certificate in `made`),
        None when the volunteer cancelled or it could not be saved (said why)."""
        path = files.ask_save_pdf(self, title, suggested)
        if path is None:
            return None
        try:
            self.made = make(path)
        except DlaError as exc:
            self._say("error", self.tr("The certificate could not be saved: {reason}").format(reason=reason(exc)))
            return None
        self.saved_path = path
        self.open_button.show()
        return path

    def _say(self, role: str, text: str) -> None:
        set_role(self.notice, role)
        self.notice.setText(text)
        self.notice.show()
        announce(self.notice, text, assertive=role == "error")

    def open_pdf(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))
