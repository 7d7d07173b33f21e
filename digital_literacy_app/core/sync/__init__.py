"""Sync files: signed (and optionally sealed) archives of events, carried on USB sticks."""
