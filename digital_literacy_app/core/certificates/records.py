"""The records of certificates: what the screens hold after issuing or checking one.

Kept apart from book.py so that holding them loads no PDF or QR library.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from digital_literacy_app.core.certificates.code import (
    FORGED, MALFORMED, MISTYPED, NEWER_FORMAT, RETIRED, UNKNOWN_ISSUER, VALID, CertificateFacts,
)
from digital_literacy_app.core.certificates.eligibility import Achievement, Standing
from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.keys import KnownDevice
from digital_literacy_app.core.lessons.model import Text
from digital_literacy_app.core.text import search_key

STATUS_TEXT = {
    VALID: Text("Giấy chứng nhận hợp lệ.", "Valid certificate."),
    FORGED: Text("Giấy chứng nhận không hợp lệ: mã đã bị sửa hoặc không do máy này cấp.",
                  "Invalid certificate: the code was changed, or was not signed by the device it names."),
    UNKNOWN_ISSUER: Text("Chưa thể xác nhận: hãy nhập một tệp đồng bộ từ máy đã cấp giấy này trước.",
                         "Cannot confirm: import a sync file from the issuing computer first."),
    MALFORMED: Text("Đây không phải mã của giấy chứng nhận.", "This is not a certificate code."),
    RETIRED: Text("Giấy chứng nhận không hợp lệ: máy cấp giấy đã bị điều phối viên thu hồi (mất, bị lấy "
                  "cắp hoặc thay thế) trước ngày cấp.",
                  "Invalid certificate: the issuing computer was retired by the coordinator (lost, stolen "
                  "or replaced) before the day it was issued."),
    MISTYPED: Text("Mã gõ vào có chỗ sai (thiếu, thừa hoặc nhầm một ký tự). Hãy so lại từng nhóm 5 ký tự với "
                   "mã in dưới mã QR rồi gõ lại.",
                   "The typed code has a mistake (a character missing, extra or wrong). Compare it group by "
                   "group with the code printed under the QR code, and type it again."),
    NEWER_FORMAT: Text("Mã này do phiên bản mới hơn tạo ra; hãy cập nhật ứng dụng.",
                       "This code was made by a newer version; update the app."),
}


class NotEligibleError(DlaError):
    """The learner has not completed an area or a course (or not the one asked for)."""

    def __init__(self, code: str = "certificate.not_eligible", standing: Standing | None = None, **details):
        super().__init__(code, **details)
        self.standing = standing

    def __reduce__(self):  # the standing travels too
        return (_rebuild_not_eligible, (self.code, self.standing, self.details))


def _rebuild_not_eligible(code, standing, details):
    return NotEligibleError(code, standing, **details)


@dataclass(frozen=True)
class IssuedCertificate:
    learner_id: str
    path: Path
    facts: CertificateFacts
    code: str
    achievement: Achievement


@dataclass
class BatchResult:
    issued: list[IssuedCertificate] = field(default_factory=list)
    skipped: list[tuple[str, DlaError]] = field(default_factory=list)  # (learner id, why)
    cancelled: bool = False
    failed: DlaError | None = None  # why the batch stopped early (a full disk...)


@dataclass(frozen=True)
class Verification:
    """The outcome of checking a code. `facts` is set when the code could be read at all."""

    status: str
    facts: CertificateFacts | None = None
    issuer: KnownDevice | None = None
    title: Text | None = None
    detail: str = ""

    @property
    def valid(self) -> bool:
        return self.status == VALID

    def message(self, lang: str = "vi") -> str:
        return STATUS_TEXT[self.status].get(lang)


@dataclass(frozen=True)
class CertificateRecord:
    """One row of the certificates table (derived from certificate.issued events)."""

    device_id: str
    certificate_id: str
    learner_id: str
    what: str
    volunteer: str
    issued_on: str
    ward: str


def file_stem(name: str) -> str:
    """A file name from a learner's name that every USB stick and Windows accepts."""
    stem = re.sub(r"[^a-z0-9]+", "-", search_key(name)).strip("-")
    return stem[:40] or "learner"
