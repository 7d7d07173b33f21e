"""Certificates of completion: eligibility, the signed code, the PDF, verification.

The records load nothing heavy; `CertificateBook` (reportlab, qrcode) is imported on
first use.
"""

from digital_literacy_app.core.certificates.code import (
    FORGED, MALFORMED, MISTYPED, NEWER_FORMAT, UNKNOWN_ISSUER, VALID, CertificateFacts,
)
from digital_literacy_app.core.certificates.eligibility import Achievement, Standing
from digital_literacy_app.core.certificates.records import (
    STATUS_TEXT, BatchResult, CertificateRecord, IssuedCertificate, NotEligibleError, Verification,
)

__all__ = [
    "FORGED", "MALFORMED", "MISTYPED", "NEWER_FORMAT", "STATUS_TEXT", "UNKNOWN_ISSUER", "VALID", "Achievement",
    "BatchResult", "CertificateBook", "CertificateFacts", "CertificateRecord", "IssuedCertificate",
    "NotEligibleError", "Standing", "Verification",
]


def __getattr__(name):
    if name == "CertificateBook":
        from digital_literacy_app.core.certificates.book import CertificateBook

        return CertificateBook
    raise AttributeError(name)
