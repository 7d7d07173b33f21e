"""A real, scannable QR code drawn with QPainter, and the card that shows it on the phone.

The code is made with the `qrcode` package, imported on first use so that starting the app
does not pay for it. Modules are whole pixels, so the picture stays sharp and decodes.
Any VietQR payload (starting "000201") is shown with a red "SAMPLE – NOT PAYABLE" banner
under it: learners must never mistake a practice code for one that pays.
"""

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from digital_literacy_app.ui.phone.style import PhoneLook
from digital_literacy_app.ui.phone.text import PhoneText

VIETQR_PREFIX = "000201"


def is_vietqr(payload: str) -> bool:
    return payload.startswith(VIETQR_PREFIX)


@lru_cache(maxsize=32)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix of `payload` at error correction M, with the 4-module quiet zone."""
    import qrcode  # lazy: only practice screens with a QR code need it
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


class QrImage(QWidget):
    """Black modules on white, square, as large as the width allows up to `max_side`."""

    def __init__(self, payload: str, max_side: int, parent=None):
        super().__init__(parent)
        self.payload = payload
        self.max_side = max_side
        self.matrix = qr_matrix(payload)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(QCoreApplication.translate("Phone", "QR code"))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(width, self.max_side)

    def sizeHint(self) -> QSize:
        return QSize(self.max_side, self.max_side)

    def minimumSizeHint(self) -> QSize:
        side = 2 * len(self.matrix)  # two pixels a module is still readable
        return QSize(side, side)

    def paintEvent(self, event) -> None:
        count = len(self.matrix)
        side = min(self.width(), self.height())
        module = max(1, side // count)
        drawn = module * count
        left = (self.width() - drawn) // 2
        top = (self.height() - drawn) // 2
        painter = QPainter(self)
        painter.fillRect(left, top, drawn, drawn, QColor("#ffffff"))
        black = QColor("#000000")
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(left + x * module, top + y * module, module, module, black)


def sample_banner(look: PhoneLook, parent: QWidget) -> PhoneText:
    """The red "MẪU – KHÔNG THANH TOÁN" band shown with every practice VietQR."""
    palette = look.palette
    words = QCoreApplication.translate("Phone", "SAMPLE – NOT PAYABLE")
    banner = PhoneText(words, look, "banner", palette.on_banner, parent,
                       background=palette.banner, pad=look.px(8),
                       border=palette.on_banner if palette.high_contrast else None)
    banner.setObjectName("sample-banner")
    banner.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return banner


class QrCard(QWidget):
    """The QR code on a white card, the sample banner for VietQR, and the caption."""

    def __init__(self, payload: str, caption: str, look: PhoneLook, parent=None):
        super().__init__(parent)
        self.look = look
        self.vietqr = is_vietqr(payload)
        layout = QVBoxLayout(self)
        pad = look.px(12)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(look.px(8))
        self.image = QrImage(payload, look.px(230), self)
        layout.addWidget(self.image, 0, Qt.AlignmentFlag.AlignHCenter)
        self.banner = sample_banner(look, self) if self.vietqr else None
        if self.banner is not None:
            layout.addWidget(self.banner)
        self.caption = None
        if caption:
            self.caption = PhoneText(caption, look, "body", look.palette.text, self)
            self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(self.caption)
        words = [t for t in (caption, self.banner and self.banner.text()) if t]
        self.setAccessibleName(" – ".join(words) or self.image.accessibleName())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.look.palette
        border = palette.banner if self.vietqr else palette.divider
        painter.setPen(QPen(QColor(border), 3 if self.vietqr else 1))
        painter.setBrush(palette.color("surface"))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 14, 14)
