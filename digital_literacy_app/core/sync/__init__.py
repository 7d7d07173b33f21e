"""Sync files: signed (and optionally sealed) archives of events, carried on USB sticks.

`trainer.sync` is the door: `export` writes one file, `import_files` merges many. Both
take a task (core/tasks.py) for progress and Stop.
"""

from pathlib import Path

from digital_literacy_app.core.changes import CERTIFICATES, DEVICES, LEARNERS, PROGRESS, SESSIONS
from digital_literacy_app.core.tasks import NO_TASK, Task


class SyncDesk:
    def __init__(self, trainer):
        self.trainer = trainer
        self.hub = trainer.hub

    def default_file_name(self, sealed: bool = False) -> str:
        from digital_literacy_app.core.sync.exporter import default_file_name

        return default_file_name(self.trainer.device, sealed)

    def export(self, out, seal_to=None, task: Task = NO_TASK):
        """Write every event this PC knows to `out` (a file, or a folder to name it in),
        sealed to a coordinator's PublicKeyFile if given; read back and checked before
        this returns an ExportResult."""
        from digital_literacy_app.core.sync.exporter import export

        return export(self.trainer, Path(out), seal_to, task)

    def move_to_city(self, url: str):
        """Copy this coordinator's store into an empty city store on PostgreSQL and prove
        it by comparing reports (core/store/city_move.py); a CityMove, or DlaError."""
        from digital_literacy_app.core.store.city_move import move_to_postgres

        return move_to_postgres(self.trainer, url)

    @staticmethod
    def find_files(paths) -> list[Path]:
        """Files as given, and every sync file inside given folders (a USB drive, say)."""
        from digital_literacy_app.core.sync.importer import find_sync_files

        return find_sync_files(list(paths))

    def import_files(self, paths, task: Task = NO_TASK) -> list:
        """Merge sync files (or every one in given folders), each checked whole first, after
        a backup of the database (kind "import"); one FileResult each. Progress: `task.progress(file index + fraction, files, name)`."""
        from digital_literacy_app.core.sync.importer import import_files

        def moved(index: int, count: int, fraction: float, name: str) -> None:
            task.progress(index + fraction, count, name)

        paths = list(paths)
        # A file that merges badly can always be undone by restoring this copy; a city store
        # on PostgreSQL is backed up by its server (pg_dump, replicas: docs/city-scale.md).
        if paths and not getattr(self.trainer.db, "is_postgres", False):
            self.trainer.backups.make("import")
        results = import_files(self.trainer, paths, moved, task.is_cancelled)
        if any(result.events_new for result in results):
            self.hub.announce(LEARNERS, PROGRESS, SESSIONS, CERTIFICATES, DEVICES)
        return results
