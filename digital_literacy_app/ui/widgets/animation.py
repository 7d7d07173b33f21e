"""The gentle, endless movements of the app: the "show me" ring, its arrow, the pulsing button."""

from PySide6.QtCore import QVariantAnimation


def looping(parent, duration_ms: int, on_value, peak: float | None = None) -> QVariantAnimation:
    """An animation, not yet started, that runs for as long as it is not stopped: from 0 to 1
    each `duration_ms`, or, with `peak`, from 0 up to `peak` and back (a nudge); `on_value`
    gets each value."""
    animation = QVariantAnimation(parent)
    animation.setStartValue(0.0)
    if peak is None:
        animation.setEndValue(1.0)
    else:
        animation.setKeyValueAt(0.5, float(peak))
        animation.setEndValue(0.0)
    animation.setDuration(duration_ms)
    animation.setLoopCount(-1)
    animation.valueChanged.connect(on_value)
    return animation
