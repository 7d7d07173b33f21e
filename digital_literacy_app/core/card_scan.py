"""Reading QR codes from a camera picture, and telling a learner card from any other QR.

The webcam hands over each picture as plain grayscale bytes (no Qt here), so the same
code serves the app, the self-check and the tests. `read_qr_texts` is not tied to cards:
the certificate check reads a certificate's QR with it too. Only QR codes are looked for,
which keeps one picture well under the time between two camera frames on a slow PC.
A learner card is a QR that starts with `QR_PREFIX`; anything else (a certificate, a
bank's payment QR) is reported as "a QR that is not a learner card" so the screen can
say so instead of staying silent.
"""

from dataclasses import dataclass


from digital_literacy_app.core.card_codes import QR_PREFIX, parse_learner_code


@dataclass(frozen=True)
class CardScan:
    """What one picture showed: a learner card's id, and whether some other QR was there."""

    learner_id: str | None = None
    other_qr: bool = False


def read_qr_texts(pixels: bytes, width: int, height: int, row_bytes: int = 0) -> list[str]:
    """The text of every QR code in a grayscale picture (one byte a pixel), in reading order.

    `row_bytes` is the length of one row in `pixels` when rows are padded (0: `width`).
    """
    if width <= 0 or height <= 0:
        return []
    import zxingcpp  # lazy: only the webcam screens read QR codes

    view = zxingcpp.ImageView(pixels, width, height, zxingcpp.ImageFormat.Lum, row_bytes or width)
    return [_text(found) for found in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)]


def _text(found) -> str:
    """The QR's text. Byte segments are UTF-8 in every QR this app prints (a certificate's
    name and ward), so the raw bytes are read as UTF-8 when they are valid UTF-8."""
    try:
        return bytes(found.bytes).decode("utf-8")
    except UnicodeDecodeError:
        return found.text


def learner_id_in_qr(text: str) -> str | None:
    """The learner id in a learner card's QR, or None for any other QR.

    Unlike typing, the prefix is required: a shop's QR that happens to hold ten letters
    must never open somebody's lessons.
    """
    if not (text or "").strip().upper().startswith(QR_PREFIX):
        return None
    return parse_learner_code(text)


def learner_card_in(texts: list[str]) -> CardScan:
    """The first learner card among the QR texts of one picture; other QRs are noted."""
    ids = [learner_id_in_qr(text) for text in texts]
    found = next((learner_id for learner_id in ids if learner_id), None)
    return CardScan(found, any(learner_id is None for learner_id in ids))


def read_learner_card(pixels: bytes, width: int, height: int, row_bytes: int = 0) -> CardScan:
    """The learner card shown in a grayscale picture, if any (see `read_qr_texts`)."""
    return learner_card_in(read_qr_texts(pixels, width, height, row_bytes))
