"""The SQLite store: one database file, numbered migrations, the event log and its fold."""

from digital_literacy_app.core.store.database import open_database

__all__ = ["open_database"]
