"""What the screens and the command line may hold of the core: records and constants.

Together with `core.trainer.Trainer` (the door) and `core.errors` (refusals), this is all
of the core that the layers above import (tests/core/test_layers.py holds them to it).
Records are plain frozen values; the few functions here work on values alone and never
touch a database, so any thread may call them.
"""



def qr_modules(text: str) -> list[list[bool]]:
    """The modules of the QR code a certificate or learner card prints for `text` (no quiet
    zone): what a picture of that paper shows a webcam."""
    from digital_literacy_app.core.certificates.code import qr_segments
    from digital_literacy_app.core.printing import qr_matrix

    modules, _ = qr_matrix(qr_segments(text) if text.startswith("DLC") else text)
    return modules


__all__ = [name for name in dir() if not name.startswith("_")]
