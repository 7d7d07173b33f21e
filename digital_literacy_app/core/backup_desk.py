"""Backups for people: make one, list them, copy one to a USB stick, restore one.

`trainer.backups` is the door for an open data folder; `Trainer.restore` (restore() here)
works on a folder whose database cannot be opened, which is when restoring matters most.
The mechanics (SQLite's backup API, checks, rotation) are in core/store/backups.py and
the rules for damage and identities in core/store/health.py.
"""

from pathlib import Path

from digital_literacy_app.core.device import load_or_create_identity, renew_identity
from digital_literacy_app.core.device import IDENTITY_FILE
from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.paths import DATABASE_FILE
from digital_literacy_app.core.store import backups, health, open_database
from digital_literacy_app.core.store.backups import BackupInfo
from digital_literacy_app.core.store.health import RestoreResult
from digital_literacy_app.core.sync import chain


class BackupDesk:
    def __init__(self, trainer):
        self.trainer = trainer

    def make(self, kind: str = "manual", out: Path | None = None) -> BackupInfo:
        """A checked copy of the database now: in `backups/` (rotated by kind), or at `out`."""
        if out is not None and Path(out).is_dir():
            out = Path(out) / f"{self.trainer.device.name or 'may'}-{_stamp()}.sqlite3".replace(" ", "_")
        return backups.make_backup(self.trainer.db.conn, self.trainer.data_dir, kind, out)

    def daily(self) -> BackupInfo | None:
        """Today's daily copy, when there is none yet (the app calls this once it has painted)."""
        if not backups.is_due_today(self.trainer.data_dir):
            return None
        return self.make("daily")

    @staticmethod
    def describe(path: Path) -> BackupInfo:
        """What a backup file anywhere (a USB stick) holds; `good` False when it is not whole."""
        return backups.describe(Path(path))

    def list(self) -> list[BackupInfo]:
        """Every copy in `backups/`, newest first, with what it holds."""
        return backups.list_backups(self.trainer.data_dir)

    def copy_to(self, backup: Path, folder: Path) -> Path:
        """Copy a backup onto a stick: checked again, temporary name, then renamed."""
        source = Path(backup)
        if not source.is_file():
            raise DlaError("backup.not_found", path=str(source))
        health.check_backup(source)
        if not Path(folder).is_dir():
            raise DlaError("file.no_folder", folder=str(folder))
        name = f"{self.trainer.device.name or 'may'}-{source.name}".replace(" ", "_")
        out = Path(folder) / name
        health.put_in_place(source, out)
        return out


def restore(trainer_cls, data_dir: Path, source: Path | None) -> RestoreResult:
    """Put a backup (or, with None, an empty database) in place of the database.

    The current file is moved into `kept/`, never deleted. When a sync file may already
    have carried events the copy lacks, the PC takes a new identity (health.py says why)
    and signs a proof of its old chain with its old key, so those events still verify.
    """
    db_path = Path(data_dir) / DATABASE_FILE
    identity_existed = (Path(data_dir) / IDENTITY_FILE).exists()
    identity = load_or_create_identity(Path(data_dir))
    info = health.check_backup(Path(source)) if source is not None else None
    theirs = (health.own_events(Path(source), identity.device_id) or 0) if source is not None else 0
    renew = identity_existed and identity.shared_seq > theirs
    kept = health.keep_aside(db_path)
    if source is not None:
        health.put_in_place(Path(source), db_path)
    else:  # an empty start, asked for by a person
        open_database(db_path).conn.close()
    old = identity
    if renew:
        identity = renew_identity(Path(data_dir), identity)
    with trainer_cls.open(data_dir) as trainer:
        if renew:
            _vouch_for_old_identity(trainer, old, theirs)
    return RestoreResult(info, kept, renew, old.device_id, identity.device_id)


def _vouch_for_old_identity(trainer, old, upto: int) -> None:
    """The old identity becomes a known device, and its chain in the copy is signed."""
    trainer.devices.remember(old.device_id, old.public_key_hex, old.name, old.ward)
    if upto <= 0:
        return
    conn = trainer.db.conn
    head = chain.stored_head(conn, old.device_id, upto)
    if head is None:
        return
    proof = chain.make_proof(old.device_id, upto, head, old.sign)
    with trainer.db.atomic():
        conn.execute("""INSERT INTO chain_proofs (origin, seq, head, signature) VALUES (?, ?, ?, ?)
                        ON CONFLICT(origin) DO UPDATE SET seq = excluded.seq, head = excluded.head,
                            signature = excluded.signature""",
                     (old.device_id, proof["seq"], proof["head"], proof["signature"]))


def _stamp() -> str:
    from datetime import datetime

    return datetime.now().strftime("%Y%m%d-%H%M%S")
