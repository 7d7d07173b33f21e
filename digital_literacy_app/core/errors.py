"""Errors the user can do something about.

Every refusal the command line or the app reports is a `DlaError` whose message is one
plain sentence; anything else is a bug.
"""


class DlaError(Exception):
    """A refusal with a message for the user."""


class DataDirError(DlaError):
    """The data directory is missing, cannot be created, or is not writable."""


class NewerDatabaseError(DlaError):
    """The database was written by a newer version of the app."""


class DiskFullError(DlaError):
    """The disk holding the database is full."""


class NotFoundError(DlaError):
    """A learner, lesson or step that does not exist."""


class InvalidInputError(DlaError):
    """Input that breaks a rule (a birth year in the future, an unknown group...)."""
