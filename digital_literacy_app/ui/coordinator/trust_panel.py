"""Trust between coordinators and ward PCs: this PC's fingerprint, trusting a coordinator, retiring a PC.

A ward PC (or a district above a coordinator) types the coordinator's fingerprint once;
from then on the coordinator's sync files teach it the keys of every PC the coordinator
knows, and the PCs it retired. Retiring is for a lost, stolen or replaced PC: its records
so far stay, later ones never count. Both go through `trainer.trust` (core/sync/trust.py).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.ui.reasons import detail, reason
from digital_literacy_app.ui.phone.qr import QrImage, qr_matrix
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.widgets.confirmation import confirmation
from digital_literacy_app.ui.widgets.notice import Notice


class TrustPanel(QWidget):
    """The fingerprint and the "trust a coordinator" form, above the list of computers."""

    def __init__(self, seat, parent=None):
        super().__init__(parent)
        self.trust = seat.trainer.trust
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        own = self.trust.fingerprint()
        self.fingerprint_label = set_role(QLabel(), "section")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setWordWrap(True)
        self.show_fingerprint(own)
        explain = QLabel(self.tr(
            "If this computer is a coordinator: on each ward computer, type this fingerprint once under "
            "\u201cTrust a coordinator\u201d. Those computers then learn from your sync files which computers "
            "you know and which you retired."))
        explain.setWordWrap(True)
        self._build_rotate()
        heading = set_role(QLabel(self.tr("Trust a coordinator")), "section")
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.fingerprint_edit.setAccessibleName(self.tr("The coordinator\u2019s fingerprint, 16 letters and digits"))
        self.fingerprint_edit.returnPressed.connect(self.trust_coordinator)
        self.trust_button = QPushButton(self.tr("Trust this coordinator"))
        self.trust_button.clicked.connect(self.trust_coordinator)
        row = QHBoxLayout()
        row.addWidget(self.fingerprint_edit, 1)
        row.addWidget(self.trust_button)
        self.trusted_label = set_role(QLabel(), "muted")
        self.trusted_label.setWordWrap(True)
        self.notice = Notice()
        layout.addWidget(self.fingerprint_label)
        # The same fingerprint as a QR: a hand scanner that types what it reads fills the
        # "Trust a coordinator" field of a ward PC without a typing slip.
        self.fingerprint_qr = QrImage(own, TypeSizes(theme_scale()).px(150))
        self.fingerprint_qr.setAccessibleName(self.tr("QR code of this computer\u2019s fingerprint"))
        layout.addWidget(self.fingerprint_qr, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(explain)
        layout.addWidget(self.rotate_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.rotate_box)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.trusted_label)
        layout.addWidget(self.notice)
        self.show_trusted()

    def _build_rotate(self) -> None:
        """"Make a new key…" and its confirmation, hidden until asked."""
        self.rotate_button = QPushButton(self.tr("Make a new key for this computer\u2026"))
        self.rotate_button.clicked.connect(self.ask_rotate)
        self.rotate_question = QLabel(self.tr(
            "Make a new key only if this computer\u2019s key may have been copied (the computer was "
            "repaired elsewhere, or a copy of its data folder was lost). The fingerprint changes; computers "
            "that trust this one follow by themselves with its next sync file."))
        self.rotate_question.setWordWrap(True)
        self.rotate_confirm = QPushButton(self.tr("Yes, make a new key"))
        self.rotate_cancel = QPushButton(self.tr("Cancel"))
        self.rotate_confirm.clicked.connect(self.rotate)
        self.rotate_cancel.clicked.connect(self.cancel_rotate)
        self.rotate_box = confirmation(self.rotate_question, self.rotate_confirm, self.rotate_cancel)

    def show_fingerprint(self, own: str) -> None:
        if hasattr(self, "fingerprint_qr"):
            self.fingerprint_qr.matrix = qr_matrix(own)
            self.fingerprint_qr.payload = own
            self.fingerprint_qr.update()
        unbroken = own.replace("-", "\u2011")  # non-breaking: the fingerprint never wraps inside
        self.fingerprint_label.setText(self.tr("This computer\u2019s fingerprint: {fingerprint}").format(
            fingerprint=unbroken))
        self.fingerprint_label.setAccessibleName(self.tr("This computer\u2019s fingerprint: {fingerprint}").format(
            fingerprint=" ".join(own)))

    def ask_rotate(self) -> None:
        self.rotate_box.show()
        self.rotate_cancel.setFocus()

    def cancel_rotate(self) -> None:
        self.rotate_box.hide()
        self.rotate_button.setFocus()

    def rotate(self) -> None:
        self.rotate_box.hide()
        try:
            new = self.trust.rotate_key()
        except (DlaError, OSError) as exc:
            self.notice.show_message("bad", reason(exc) if isinstance(exc, DlaError) else str(exc), "")
            return
        self.show_fingerprint(new)
        self.notice.show_message("good", self.tr(
            "This computer has a new key. Its fingerprint is now {fingerprint}: give it to the computers "
            "that will trust this one from now on.").format(fingerprint=new))

    def show_trusted(self) -> None:
        trusted = self.trust.coordinators()
        if not trusted:
            self.trusted_label.setText(self.tr("This computer trusts no coordinator yet."))
            return
        names = ", ".join(f"{fp} ({name})" if name else fp for fp, name in trusted)
        self.trusted_label.setText(self.tr("Trusted coordinators: {names}").format(names=names))

    def trust_coordinator(self) -> None:
        try:
            clean = self.trust.trust_coordinator(self.fingerprint_edit.text())
        except DlaError as exc:
            self.notice.show_message("bad", reason(exc), detail(exc))
            self.fingerprint_edit.setFocus()
            return
        self.fingerprint_edit.clear()
        self.show_trusted()
        self.notice.show_message("good", self.tr(
            "This computer now trusts the coordinator {fingerprint}. Their list applies from their next "
            "sync file imported here.").format(fingerprint=clean))


class RetirePanel(QWidget):
    """"Retire the chosen computer…", then a plain confirmation with the consequences."""

    retired = Signal(str)

    def __init__(self, seat, parent=None):
        super().__init__(parent)
        self.trust = seat.trainer.trust
        self.device_id, self.device_name = "", ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.retire_button = QPushButton(self.tr("Retire the chosen computer\u2026"))
        self.retire_button.setEnabled(False)
        self.retire_button.clicked.connect(self.ask)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Yes, retire it"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.confirm_button.clicked.connect(self.retire)
        self.cancel_button.clicked.connect(self.cancel)
        self.confirm_box = confirmation(self.question, self.confirm_button, self.cancel_button)
        self.notice = Notice()
        layout.addWidget(self.retire_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.notice)

    def choose(self, device_id: str, name: str) -> None:
        self.device_id, self.device_name = device_id, name
        self.retire_button.setEnabled(bool(device_id))
        self.confirm_box.hide()

    def ask(self) -> None:
        self.question.setText(self.tr(
            "Retire {name}? Do this only for a computer that was lost, stolen or replaced. Its records "
            "so far stay; records it makes later, and certificates it issues after today, will never count, "
            "here and on every computer that trusts this one. This cannot be undone.").format(
            name=self.device_name or self.device_id))
        self.confirm_box.show()
        self.cancel_button.setFocus()

    def cancel(self) -> None:
        self.confirm_box.hide()
        self.retire_button.setFocus()

    def retire(self) -> None:
        self.confirm_box.hide()
        try:
            self.trust.retire(self.device_id)
        except DlaError as exc:
            self.notice.show_message("bad", reason(exc), detail(exc))
            return
        self.notice.show_message("good", self.tr(
            "{name} is retired. Other computers learn it from this computer\u2019s next sync file.").format(
            name=self.device_name or self.device_id))
        self.retired.emit(self.device_id)
