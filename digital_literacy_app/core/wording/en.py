"""English words for every reason code (see core/wording/__init__.py)."""

MESSAGES = {
    # -- long work --------------------------------------------------------------------
    "task.cancelled": "Stopped.",
    # -- the database -----------------------------------------------------------------
    "database.disk_full": "The disk holding {path} is full; free some space and try again.",
    "database.not_a_database": "The file {path} is not a working database of this app ({detail}).",
    "database.read_only": "The database {path} cannot be opened for writing ({detail}).",
    "database.failed": "The database {path} could not be used: {detail}.",
}
