"""Certificates of completion: eligibility, the signed code, the PDF, verification."""

from digital_literacy_app.core.certificates.book import (
    FORGED, MALFORMED, NEWER_FORMAT, STATUS_TEXT, UNKNOWN_ISSUER, VALID, BatchResult, CertificateBook,
    CertificateRecord, IssuedCertificate, NotEligibleError, Verification,
)
from digital_literacy_app.core.certificates.code import CertificateFacts
from digital_literacy_app.core.certificates.eligibility import Achievement, Standing

__all__ = [
    "FORGED", "MALFORMED", "NEWER_FORMAT", "STATUS_TEXT", "UNKNOWN_ISSUER", "VALID", "Achievement",
    "BatchResult", "CertificateBook", "CertificateFacts", "CertificateRecord", "IssuedCertificate",
    "NotEligibleError", "Standing", "Verification",
]
