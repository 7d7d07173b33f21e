"""A guard against a reference-counting bug in PySide6 6.12.0 on Python 3.11.

In that combination every call to a Qt method that returns nothing (setText, setPen,
show...) hands Python a `None` it never counted. Python 3.12 and later do not count
references to `None` at all, so nothing happens there; on 3.11 the count of `None` sinks by
one per call until Python stops with "deallocating None" after a few thousand calls:
a learner's window would crash within minutes. PySide6 6.11 does not have the bug.

The guard measures whether the bug is present and, only then, raises the count of `None`
far beyond anything a session can use up, which is what Python 3.12 does for every
program. The real fix is a PySide6 without the bug (or Python 3.12); the guard does
nothing once that is installed.
"""

import ctypes
import sys

_RESERVE = 1 << 40  # more void calls than a PC makes in years
_applied = False


def void_calls_leak_none() -> bool:
    """True when a Qt method returning nothing lowers the reference count of None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(50):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 25


def guard_none_refcount() -> bool:
    """Apply the guard where the bug is present; returns whether it was needed."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if not void_calls_leak_none():
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += _RESERVE
    _applied = True
    return True
