"""The one object the app and the command line talk to.

`Trainer.open(data_dir)` prepares the data directory, the device identity and the
database, and hangs one book per domain off itself: `lessons`, `learners`, `progress`.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from digital_literacy_app.core.device import DeviceIdentity, load_or_create_identity
from digital_literacy_app.core.learners import LearnerBook
from digital_literacy_app.core.lessons import LessonCatalogue, load_catalogue
from digital_literacy_app.core.paths import (
    DATABASE_FILE, bundled_lessons_dir, prepare_data_dir, resolve_data_dir,
)
from digital_literacy_app.core.progress import ProgressBook
from digital_literacy_app.core.store import open_database
from digital_literacy_app.core.store.events import EventLog
from digital_literacy_app.core.store.fold import rebuild
from digital_literacy_app.core.sync.importer import fold_is_pending

if TYPE_CHECKING:
    from digital_literacy_app.core.certificates import CertificateBook


@dataclass
class Trainer:
    data_dir: Path
    device: DeviceIdentity
    db: Database
    log: EventLog
    learners: LearnerBook
    progress: ProgressBook
    lesson_dirs: list[Path]
    _lessons: LessonCatalogue | None = None
    _certificates: "CertificateBook | None" = None

    @classmethod
    def open(cls, data_dir=None, lesson_dirs: list[Path] | None = None) -> "Trainer":
        folder = prepare_data_dir(resolve_data_dir(data_dir))
        device = load_or_create_identity(folder)
        db = open_database(folder / DATABASE_FILE)
        if fold_is_pending(db):  # a crash between merging a sync file and folding it
            with db.atomic():
                rebuild(db.conn)
                db.conn.execute("DELETE FROM sync_state")
        if device.replaced_device_id and device.replaced_public_key:
            # The certificates and events this folder made under its old identity must
            # still verify here: that identity becomes a known device.
            from digital_literacy_app.core.keys import KnownDevices

            KnownDevices(db, device).remember(device.replaced_device_id, device.replaced_public_key,
                                              device.name, device.ward)
        log = EventLog(db, device.device_id)
        learners = LearnerBook(log, default_ward=device.ward)
        return cls(folder, device, db, log, learners, ProgressBook(log, learners),
                   lesson_dirs or [bundled_lessons_dir()])

    @property
    def lessons(self) -> LessonCatalogue:
        """Loaded on first use, so opening the database alone stays fast."""
        if self._lessons is None:
            self._lessons = load_catalogue(self.lesson_dirs)
        return self._lessons

    @property
    def certificates(self) -> "CertificateBook":
        """Eligibility, issuing and verifying; created on first use (it loads reportlab)."""
        if self._certificates is None:
            from digital_literacy_app.core.certificates import CertificateBook

            self._certificates = CertificateBook(self)
        return self._certificates

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> "Trainer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
