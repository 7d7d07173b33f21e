"""The code on a learner card, typed or read from its QR: light, so any screen may use it.

The code is the learner id itself (10 letters and digits without 0/O, 1/I/L), printed in
capitals in two groups of five so it can be read aloud; the QR holds it after "DLAL:",
which tells a learner card from a certificate when the webcam reads it.
"""

import re

from digital_literacy_app.core.learners import ID_ALPHABET

QR_PREFIX = "DLAL:"
_CODE = re.compile(rf"^[{ID_ALPHABET}]{{10}}$")


def learner_code(learner_id: str) -> str:
    """The code as printed: capitals, two groups of five ("ABCDE FGHJK")."""
    upper = learner_id.upper()
    return f"{upper[:5]} {upper[5:]}"


def qr_text(learner_id: str) -> str:
    return QR_PREFIX + learner_id.upper()


def parse_learner_code(text: str) -> str | None:
    """The learner id in a scanned QR or a typed code, or None if it cannot be one.

    Typing is forgiving: any case, spaces or dashes between the groups.
    """
    cleaned = (text or "").strip().upper()
    if cleaned.startswith(QR_PREFIX):
        cleaned = cleaned[len(QR_PREFIX):]
    cleaned = re.sub(r"[\s\-.]", "", cleaned).lower()
    return cleaned if _CODE.match(cleaned) else None
