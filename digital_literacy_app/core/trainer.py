"""The one door into the core: the app's screens and the command line talk only to this.

`Trainer.open(data_dir)` prepares the data folder, the device identity and the database,
and hangs one book per domain off itself, each built once:

    lessons       the lesson catalogue (loaded on first use: opening stays fast)
    learners      add, update, erase, merge, find duplicates, learner cards
    progress      what a learner did in a lesson
    sessions      teaching sessions a volunteer gave
    volunteers    accounts and the PIN guard
    first_start   the first-start wizard's answers
    settings      learner, volunteer and device settings
    devices       this PC's identity and the PCs it knows
    sync          sync files: export, import
    reports       figures for the city
    certificates  eligibility, issuing, verifying (loaded on first use: it loads reportlab)
    achievements  areas and courses, how far a learner is toward each (light: for screens)
    overview      the progress grid, who needs help, a learner's timeline
    backups       copies of the database: make, list, copy to a stick (restore: Trainer.restore)
    lesson_files  (on the class) lesson files on disk: check, list, find, handout

Every operation that changes data runs in one transaction, returns a record of what it
made, or raises a DlaError with a reason code; then it announces what changed on
`trainer.hub` (core/changes.py). Work off the GUI thread uses `trainer.for_worker()`: a
Trainer of its own connection (SQLite connections stay on their thread).
"""

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from digital_literacy_app.core.backup_desk import BackupDesk
from digital_literacy_app.core.backup_desk import restore as restore_backup
from digital_literacy_app.core.certificates.achievements import AchievementDesk
from digital_literacy_app.core.changes import ChangeHub
from digital_literacy_app.core.data_lock import DataLock
from digital_literacy_app.core.device import IDENTITY_FILE, DeviceIdentity, load_or_create_identity
from digital_literacy_app.core.errors import DlaError, from_database_error
from digital_literacy_app.core.first_start import FirstStart
from digital_literacy_app.core.keys import KnownDevices
from digital_literacy_app.core.learners import LearnerBook
from digital_literacy_app.core.lessons import LessonCatalogue, load_catalogue
from digital_literacy_app.core.lessons.desk import LessonFiles
from digital_literacy_app.core.overview import Overview
from digital_literacy_app.core.paths import (
    DATABASE_FILE, bundled_lessons_dir, data_dir_kind, prepare_data_dir, resolve_data_dir,
)
from digital_literacy_app.core.progress import ProgressBook
from digital_literacy_app.core.reports import ReportDesk
from digital_literacy_app.core.sessions import SessionBook
from digital_literacy_app.core.settings import SettingsBook
from digital_literacy_app.core.store import backups, health, open_database
from digital_literacy_app.core.store.backups import BackupInfo
from digital_literacy_app.core.store.health import RestoreResult
from digital_literacy_app.core.sync.exporter import clear_work_files
from digital_literacy_app.core.sync.trust import TrustDesk
from digital_literacy_app.core.store.events import EventLog
from digital_literacy_app.core.store.city_address import CityStores
from digital_literacy_app.core.store.fold import rebuild
from digital_literacy_app.core.sync import SyncDesk
from digital_literacy_app.core.sync.importer import fold_is_pending
from digital_literacy_app.core.volunteers import VolunteerBook

if TYPE_CHECKING:
    from digital_literacy_app.core.certificates import CertificateBook


def _open_store(folder: Path, identity_existed: bool, database: str | None, check: bool = True):
    """The folder's SQLite database, or the city's PostgreSQL store when a URL is given."""
    if database:
        from digital_literacy_app.core.store.postgres import open_postgres

        return open_postgres(database, migrate=check)
    if check:
        health.check_file(folder / DATABASE_FILE, identity_existed)
    return open_database(folder / DATABASE_FILE, check=check)


class Trainer:
    # Lesson files on disk, usable before any data folder is opened (`dla lessons ...`).
    lesson_files = LessonFiles
    # The city store's address: test, save (never its password), forget (city_address.py).
    city_stores = CityStores

    def __init__(self, data_dir: Path, device: DeviceIdentity, db: Database, lesson_dirs: list[Path],
                 hub: ChangeHub | None = None, lessons: LessonCatalogue | None = None):
        self.data_dir = data_dir
        self.device = device
        self.db = db
        self.lesson_dirs = lesson_dirs
        self.hub = hub or ChangeHub()
        self.log = EventLog(db, device.device_id)
        self._lessons = lessons
        self._certificates: "CertificateBook | None" = None
        self.achievements = AchievementDesk(self)
        self.learners = LearnerBook(self)
        self.progress = ProgressBook(self)
        self.sessions = SessionBook(self)
        self.settings = SettingsBook(self)
        self.volunteers = VolunteerBook(self)
        self.first_start = FirstStart(self)
        self.devices = KnownDevices(self)
        self.sync = SyncDesk(self)
        self.trust = TrustDesk(self)
        self.reports = ReportDesk(self)
        self.overview = Overview(self)
        self.backups = BackupDesk(self)
        self.data_lock: DataLock | None = None  # set by open(hold_s=...)

    @classmethod
    def open(cls, data_dir=None, lesson_dirs: list[Path] | None = None,
             hold_s: float | None = None, database: str | None = None) -> "Trainer":
        """Open a data folder. The database is checked at every start: a damaged, emptied or
        missing one is refused (DamagedDatabaseError, naming the newest good backup), never
        replaced. With `hold_s`, this Trainer holds the folder (the app, a writing command),
        waiting up to that many seconds for another holder, else DlaError "data.in_use".
        With `database` (a postgresql:// URL), the synced records live in that city store
        instead (core/store/postgres.py); the folder keeps this PC's identity."""
        folder = prepare_data_dir(resolve_data_dir(data_dir))
        lock = DataLock(folder).hold(hold_s) if hold_s is not None else None
        try:
            trainer = cls._open_held(folder, lesson_dirs, database)
        except sqlite3.DatabaseError as exc:  # a write at start met a lock, a full disk...
            if lock is not None:
                lock.release()
            raise from_database_error(exc, folder / DATABASE_FILE) from exc
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        trainer.data_lock = lock
        return trainer

    @classmethod
    def _open_held(cls, folder: Path, lesson_dirs: list[Path] | None, database: str | None = None) -> "Trainer":
        identity_existed = (folder / IDENTITY_FILE).exists()
        device = load_or_create_identity(folder)
        clear_work_files(folder)  # a sealed file's plain archive left by a crash, say
        db = _open_store(folder, identity_existed, database)
        if fold_is_pending(db):  # a crash between merging a sync file and folding it
            with db.atomic():
                rebuild(db.conn)
                db.conn.execute("DELETE FROM sync_state")
        trainer = cls(folder, device, db, lesson_dirs or [bundled_lessons_dir()])
        if device.replaced_device_id and device.replaced_public_key:
            # The certificates and events this folder made under its old identity must
            # still verify here: that identity becomes a known device.
            trainer.devices.remember(device.replaced_device_id, device.replaced_public_key,
                                     device.name, device.ward)
        return trainer

    @classmethod
    def restore(cls, data_dir, backup: Path | None, hold_s: float | None = None) -> RestoreResult:
        """Put a backup (None: an empty database) in place of this folder's database, which
        may be damaged; the old file is kept aside in `kept/`. RestoreResult says what happened."""
        folder = prepare_data_dir(resolve_data_dir(data_dir))
        lock = DataLock(folder).hold(hold_s) if hold_s is not None else None
        try:
            return restore_backup(cls, folder, Path(backup) if backup is not None else None)
        except OSError as exc:  # a file another program keeps open (Windows), a full disk
            raise DlaError("backup.restore_failed", path=str(folder), detail=exc.strerror or str(exc)) from exc
        finally:
            if lock is not None:
                lock.release()

    @staticmethod
    def is_city_store(address) -> bool:
        """Whether `address` names a city store on PostgreSQL (postgresql://...)."""
        from digital_literacy_app.core.store.postgres import is_postgres_url

        return is_postgres_url(address)

    @staticmethod
    def backups_in(data_dir=None) -> list[BackupInfo]:
        """The backups of a data folder, newest first; usable when its database is not."""
        return backups.list_backups(resolve_data_dir(data_dir))

    @staticmethod
    def log_crash(data_dir, error: BaseException, where: str) -> Path:
        """Write an unexpected error with its traceback to the data folder's rotated log
        (core/crash_log.py); the path, for the one calm sentence people see instead."""
        from digital_literacy_app.core.crash_log import write_crash

        return write_crash(data_dir, error, where)

    @staticmethod
    def locate_data(data_dir=None) -> tuple[Path, str]:
        """Where the data folder is and how it was chosen ("given", "environment",
        "portable", "user"), looked at only: nothing is created or opened."""
        return data_dir_kind(data_dir)

    @staticmethod
    def prepare_folder(path) -> Path:
        """Make a folder for data (or a check's scratch space), or DataDirError saying why not."""
        return prepare_data_dir(Path(path).expanduser())

    def for_worker(self) -> "Trainer":
        """A Trainer on the same data with a connection of its own, to be used and closed
        on one worker thread. It shares the lessons already loaded and the change hub, so
        what the worker changes reaches the screens."""
        url = getattr(self.db, "url", None)
        db = _open_store(self.data_dir, True, url, check=False)
        return Trainer(self.data_dir, self.device, db, self.lesson_dirs, self.hub, self._lessons)

    @property
    def city_store(self) -> str:
        """The city store this Trainer works on, as shown (user@host/database, never the
        password); "" on this PC's own SQLite store."""
        url = getattr(self.db, "url", None)
        return CityStores.shown(url) if url else ""

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

    def seed_demo(self, learners: int, seed: int = 1):
        """Realistic synthetic learners and progress, through the app's own operations."""
        from digital_literacy_app.core import demo

        with self.hub.batch():
            return demo.seed(self, learners, seed)

    def close(self) -> None:
        self.db.conn.close()
        if self.data_lock is not None:
            self.data_lock.release()

    def __enter__(self) -> "Trainer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
