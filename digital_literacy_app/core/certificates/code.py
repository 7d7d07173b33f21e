"""The signed certificate code: the text inside the QR and printed under it (format DLC1).

    DLC1:<id>:<date>:<device>:<what>:<name>:<ward>:<signature>

The signature is Ed25519 by the issuing device over the UTF-8 bytes of everything
before the last colon, in base32 without padding. The fields before the name use only
characters of the QR alphanumeric mode and the signature too, so the QR encodes them
at 5.5 bits a character and only the name and the ward as UTF-8 bytes: the whole code
fits a version 10 QR at error correction M. docs/certificate-format.md is the reference.

The code printed under the QR is its *typed form* (`typed_code`): the same signed bytes in
base32, no diacritics, in groups of five, with a 4-letter check at the end, so that a person
without a camera can type it and a typing slip is told apart from a changed certificate.
"""

import base64
import binascii
import hashlib
import re
import secrets
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable


VALID, FORGED, UNKNOWN_ISSUER, MALFORMED, NEWER_FORMAT, RETIRED, MISTYPED = (
    "valid", "invalid", "unknown_issuer", "malformed", "newer_format", "retired", "mistyped")
FORMAT = "DLC1"
SEPARATOR = ":"
ID_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud and typed
ID_LENGTH = 8
MAX_NAME_BYTES = 56
MAX_WARD_BYTES = 32
SIGNATURE_CHARS = 103  # 64 bytes in base32 without the trailing '='
ELLIPSIS = "…"

_ID = re.compile(rf"^[{ID_ALPHABET}]{{{ID_LENGTH}}}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DEVICE = re.compile(r"^[0-9A-F]{16}$")
_WHAT = re.compile(r"^([AC])\.([A-Z0-9][A-Z0-9-]{0,23})$")
_SIGNATURE = re.compile(rf"^[A-Z2-7]{{{SIGNATURE_CHARS}}}$")
_OTHER_VERSION = re.compile(r"^DLC\d+$")
_WHAT_KINDS = {"A": "area", "C": "course"}
SIGNATURE_BYTES = 64
TYPED_GROUP = 5  # letters a group of the typed form
TYPED_CHECK = 4  # check letters at its end: 20 bits, a slip passes once in a million
TYPED_MIN = 20  # fewer letters (after spaces and dashes) is a number or nothing, not a typed code
_TYPED_SPACING = re.compile(r"[\s\-.·_]")
_TYPED = re.compile(r"^[A-Z2-7]+$")
_LOOKALIKES = str.maketrans("018", "OIB")  # base32 has no 0, 1 or 8: they can only mean O, I, B


class CodeError(ValueError):
    """Text that is not a certificate code this version can read."""

    def __init__(self, status: str, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class CertificateFacts:
    """What a certificate code states. `what` is "area:<id>" or "course:<id>"."""

    certificate_id: str
    issued_on: str
    device_id: str
    what: str
    name: str
    ward: str


@dataclass(frozen=True)
class ParsedCode:
    facts: CertificateFacts
    message: bytes
    signature: bytes


def read_number(text: str) -> str | None:
    """The certificate number a person typed from the paper ("fe5r dmp2", "FE5R-DMP2"), or
    None when it cannot be one (the printed number is 8 letters and digits of ID_ALPHABET)."""
    compact = re.sub(r"[\s\-.·]", "", unicodedata.normalize("NFKC", text or "")).upper()
    return compact if _ID.match(compact) else None


def new_certificate_id() -> str:
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


def free_text(text: str, max_bytes: int) -> str:
    """A name or ward as the code carries it: NFC, no colon, at most `max_bytes` in UTF-8.

    A longer text is cut at a letter and ends with "…"; the code then certifies the
    shortened form, while the PDF still prints the whole name.
    """
    text = " ".join(unicodedata.normalize("NFC", text or "").replace(SEPARATOR, " ").split())
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    budget = max_bytes - len(ELLIPSIS.encode("utf-8"))
    while len(text.encode("utf-8")) > budget:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def fit(facts: CertificateFacts) -> CertificateFacts:
    """The facts as they will be signed: free texts cleaned and shortened to fit the QR."""
    return replace(facts, name=free_text(facts.name, MAX_NAME_BYTES),
                   ward=free_text(facts.ward, MAX_WARD_BYTES))


def _head(facts: CertificateFacts) -> str:
    kind, _, ident = facts.what.partition(":")
    letter = {"area": "A", "course": "C"}.get(kind)
    what = f"{letter}.{ident.upper()}" if letter else ""
    head = SEPARATOR.join([FORMAT, facts.certificate_id, facts.issued_on, facts.device_id.upper(), what])
    if not _WHAT.match(what) or not _ID.match(facts.certificate_id) or not _DATE.match(facts.issued_on) \
            or not _DEVICE.match(facts.device_id.upper()):
        raise ValueError(f"these facts cannot be written as a certificate code: {head}")
    return head + SEPARATOR


def make_code(facts: CertificateFacts, sign: Callable[[bytes], bytes]) -> str:
    """Sign the (already fitted) facts and return the whole code."""
    message = signed_part(facts)
    signature = base64.b32encode(sign(message.encode("utf-8"))).decode("ascii").rstrip("=")
    return f"{message}{SEPARATOR}{signature}"


def signed_part(facts: CertificateFacts) -> str:
    if facts != fit(facts):
        raise ValueError("call fit() on the facts before signing them")
    return f"{_head(facts)}{facts.name}{SEPARATOR}{facts.ward}"


def qr_segments(code: str) -> list:
    """The code as three QR segments (qrcode QRData): alphanumeric head, UTF-8 name and
    ward, signature."""
    from qrcode.util import MODE_8BIT_BYTE, MODE_ALPHA_NUM, QRData  # lazy: qrcode is heavy

    parts = code.split(SEPARATOR)
    head = SEPARATOR.join(parts[:5]) + SEPARATOR
    middle = SEPARATOR.join(parts[5:7]) + SEPARATOR
    return [QRData(head, MODE_ALPHA_NUM), QRData(middle.encode("utf-8"), MODE_8BIT_BYTE),
            QRData(parts[7], MODE_ALPHA_NUM)]


def normalise_input(text: str) -> str:
    """A code as scanned or typed: NFC, line breaks of the printed form removed."""
    text = unicodedata.normalize("NFC", text or "")
    return text.replace("\r", "").replace("\n", "").strip()


def parse_code(text: str) -> ParsedCode:
    """Split a code (as in the QR, or its typed form) into its facts and signature, or raise
    CodeError saying why not."""
    if looks_typed(text):
        text = from_typed(text)
    text = normalise_input(text)
    parts = text.split(SEPARATOR)
    if _OTHER_VERSION.match(parts[0]) and parts[0] != FORMAT:
        raise CodeError(NEWER_FORMAT, f"the code is in format {parts[0]}, which this version cannot read")
    if parts[0] != FORMAT or len(parts) != 8:
        raise CodeError(MALFORMED, "a code starts with DLC1: and has 8 parts separated by colons, or is "
                                   "typed as the groups of five letters printed under the QR")
    _, cert_id, issued_on, device, what, name, ward, signature = parts
    match = _WHAT.match(what)
    checks = (
        (_ID.match(cert_id), "the certificate id"), (_valid_date(issued_on), "the date"),
        (_DEVICE.match(device), "the device id"), (match, "what was completed"),
        (_SIGNATURE.match(signature), "the signature"),
    )
    for ok, field in checks:
        if not ok:
            raise CodeError(MALFORMED, f"{field} in the code is not well formed")
    facts = CertificateFacts(cert_id, issued_on, device.lower(),
                             f"{_WHAT_KINDS[match.group(1)]}:{match.group(2).lower()}", name, ward)
    message = text[: text.rindex(SEPARATOR)].encode("utf-8")
    raw = base64.b32decode(signature + "=" * (-len(signature) % 8))
    if base64.b32encode(raw).decode("ascii").rstrip("=") != signature:
        # The last letter carries 3 unused bits; only the canonical letter is accepted,
        # so that no changed character ever passes.
        raise CodeError(FORGED, "the signature was changed")
    return ParsedCode(facts, message, raw)


def typed_code(code: str) -> str:
    """The code as printed under the QR for typing: base32 (A-Z, 2-7) of the signed bytes
    after "DLC1:" followed by the 64 signature bytes, then 4 check letters, in groups of 5."""
    parsed = parse_code(code)
    letters = base64.b32encode(parsed.message[len(FORMAT) + 1:] + parsed.signature).decode("ascii").rstrip("=")
    letters += _typed_check(letters)
    return " ".join(letters[i:i + TYPED_GROUP] for i in range(0, len(letters), TYPED_GROUP))


def _typed_check(letters: str) -> str:
    digest = hashlib.sha256(f"{FORMAT}-typed:{letters}".encode("ascii")).digest()
    return base64.b32encode(digest[:5]).decode("ascii")[:TYPED_CHECK]


def looks_typed(text: str) -> bool:
    """Whether text is meant as a typed code: letters and digits only, longer than a number."""
    compact = _TYPED_SPACING.sub("", unicodedata.normalize("NFKC", text or ""))
    return len(compact) >= TYPED_MIN and compact.isascii() and compact.isalnum()


def from_typed(text: str) -> str:
    """The DLC1 code back from its typed form, forgiving spaces, dashes, lower case and 0/1/8
    for O/I/B; CodeError(MISTYPED) when a letter is wrong, missing or extra."""
    compact = _TYPED_SPACING.sub("", unicodedata.normalize("NFKC", text)).upper().translate(_LOOKALIKES)
    letters, check = compact[:-TYPED_CHECK], compact[-TYPED_CHECK:]
    if not _TYPED.match(compact):
        raise CodeError(MISTYPED, "the typed code holds a character it never has (only A-Z and 2-7)")
    if _typed_check(letters) != check:
        raise CodeError(MISTYPED, "a character of the typed code is wrong, missing or extra")
    try:
        raw = base64.b32decode(letters + "=" * (-len(letters) % 8))
        message = raw[:-SIGNATURE_BYTES].decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise CodeError(MALFORMED, "the typed code does not hold a certificate") from None
    signature = base64.b32encode(raw[-SIGNATURE_BYTES:]).decode("ascii").rstrip("=")
    return f"{FORMAT}{SEPARATOR}{message}{SEPARATOR}{signature}"


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
