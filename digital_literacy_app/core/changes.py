"""What an operation changed, told once to whoever listens (the screens, through the seat).

Every core operation that changes data announces the domains it touched after its
transaction commits; the app re-emits that as one Qt signal and each open screen redraws
only what concerns it (the way Anki's operations return their changes). A sync import
touches many domains through many smaller operations: `batch()` folds their
announcements into one.
"""

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps

LEARNERS, PROGRESS, SESSIONS, CERTIFICATES = "learners", "progress", "sessions", "certificates"
DEVICES, SETTINGS, VOLUNTEERS = "devices", "settings", "volunteers"
DOMAINS = (LEARNERS, PROGRESS, SESSIONS, CERTIFICATES, DEVICES, SETTINGS, VOLUNTEERS)

Listener = Callable[[frozenset], None]


class ChangeHub:
    """Listeners of one data folder's changes; shared by a Trainer and its worker Trainers.

    Listeners are called on the thread that made the change; the app's listener only
    emits a Qt signal, which Qt queues to the GUI thread.
    """

    def __init__(self):
        self._listeners: list[Listener] = []
        self._local = threading.local()

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns the function that removes it again."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def announce(self, *domains: str) -> None:
        pending = getattr(self._local, "pending", None)
        if pending is not None:
            pending.update(domains)
            return
        changed = frozenset(domains)
        if changed:
            for listener in list(self._listeners):
                listener(changed)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Collect the announcements made inside; announce them once at the end, if no error."""
        if getattr(self._local, "pending", None) is not None:
            yield  # already inside a batch: the outer one announces
            return
        self._local.pending = set()
        try:
            yield
            changed = self._local.pending
        finally:
            self._local.pending = None
        self.announce(*changed)


def announces(*domains: str):
    """Decorate a method of a book that holds `self.hub`: after it returns, tell the hub."""
    def decorate(method):
        @wraps(method)
        def wrapper(self, *args, **kwargs):
            result = method(self, *args, **kwargs)
            self.hub.announce(*domains)
            return result
        return wrapper
    return decorate
