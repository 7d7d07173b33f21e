"""Errors the user can do something about, each with a reason code.

Every refusal the command line or the app reports is a `DlaError` carrying a reason code
(`"learner.birth_year_range"`) and its arguments (`year=2031, last=2026`). The words come
from one table per language (core/wording/en.py and vi.py): `error.say("vi")` for the
screens, `str(error)` for English (logs, support, the command line's default). Screens
decide what to do by the code, never by the wording, so rewording a sentence never
changes behaviour. Anything that is not a DlaError is a bug.
"""

from digital_literacy_app.core import wording
from digital_literacy_app.core.wording import LANGUAGES, say  # noqa: F401 (the door's words)


class Note:
    """Something worth saying that is not a refusal ("3 events carry an implausible date"):
    a code and its arguments, worded like an error."""

    def __init__(self, code: str, **details):
        self.code = code
        self.details = details

    def say(self, lang: str = "en") -> str:
        """The sentence in plain words, in `lang` ("vi" or "en")."""
        return wording.say(self.code, lang, **self.details)

    def __str__(self) -> str:
        return self.say("en")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.details!r})"

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and (other.code, other.details) == (self.code, self.details)

    __hash__ = None


class DlaError(Exception):
    """A refusal: a reason code and its arguments."""

    def __init__(self, code: str, **details):
        super().__init__(code)
        self.code = code
        self.details = details

    def say(self, lang: str = "en") -> str:
        """The reason in plain words, in `lang` ("vi" or "en")."""
        return wording.say(self.code, lang, **self.details)

    def __str__(self) -> str:
        return self.say("en")

    def __reduce__(self):  # keep code and details across pickling (worker processes, tests)
        return (_rebuild, (type(self), self.code, self.details))


def _rebuild(cls, code, details):
    error = cls.__new__(cls)
    DlaError.__init__(error, code, **details)
    return error


class DataDirError(DlaError):
    """The data directory is missing, cannot be created, or is not writable."""


class NewerDatabaseError(DlaError):
    """The database was written by a newer version of the app."""


class DamagedDatabaseError(DlaError):
    """The database is damaged, emptied or missing while this PC had one: never replaced
    silently. `backup_info` is the newest backup that checks good (or None); the reason
    goes on to say how to restore it (or how to start empty, keeping the damaged file)."""

    backup_info = None

    def __init__(self, code: str, backup_info=None, **details):
        super().__init__(code, **details)
        self.backup_info = backup_info

    def say(self, lang: str = "en") -> str:
        offer = "database.offer_backup" if self.backup_info is not None else "database.offer_empty"
        return wording.say(self.code, lang, **self.details) + " " + wording.say(offer, lang, **self.details)

    def __reduce__(self):
        return (_rebuild, (type(self), self.code, self.details))


class DiskFullError(DlaError):
    """The disk holding the database (or a file being written) is full."""


class NotFoundError(DlaError):
    """A learner, lesson, step, session or account that does not exist."""


class InvalidInputError(DlaError):
    """Input that breaks a rule (a birth year in the future, an unknown group...)."""


class PinLockedError(DlaError):
    """Too many wrong PINs: entry is closed for `seconds` more."""

    def __init__(self, code: str = "pin.locked", **details):
        super().__init__(code, **details)
        self.seconds = details.get("seconds", 0)


class Cancelled(DlaError):
    """The user stopped long work; what the operation says about what was kept."""


def from_database_error(exc, path) -> DlaError:
    """A SQLite failure as a refusal (full disk, not a database, read-only...)."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError("database.disk_full", path=str(path))
    if "not a database" in text or "malformed" in text:
        return DlaError("database.not_a_database", path=str(path), detail=str(exc))
    if "locked" in text or "busy" in text:
        return DlaError("database.locked", path=str(path))
    if "readonly" in text or "unable to open" in text:
        return DlaError("database.read_only", path=str(path), detail=str(exc))
    return DlaError("database.failed", path=str(path), detail=str(exc))
