"""Writing a sync file: every event this computer knows, signed, optionally sealed.

The file is written under a temporary name next to the target, flushed to the stick,
renamed, then read back and verified, so a full or pulled stick never leaves a half file
under a good name, and "you can remove the stick now" is only said when it is true.
"""

import hashlib
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from digital_literacy_app import __version__
from digital_literacy_app.core.errors import Cancelled, DiskFullError, DlaError
from digital_literacy_app.core.store.events import utc_now
from digital_literacy_app.core.sync import archive
from digital_literacy_app.core.sync.keyfile import PublicKeyFile
from digital_literacy_app.core.tasks import NO_TASK, Task

SUFFIX = ".dlsync"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    events: int
    devices: int
    size_bytes: int
    sealed_for: str | None


def default_file_name(device, sealed: bool = False) -> str:
    """"<PC name>-<id>-<UTC time>[-sealed].dlsync": a sealed file is told apart by its name."""
    stamp = utc_now()[:16].replace(":", "").replace("-", "").replace("T", "-")
    mark = "-sealed" if sealed else ""
    return f"{device.name or 'may'}-{device.device_id[:6]}-{stamp}{mark}{SUFFIX}".replace(" ", "_")


def export(trainer, out: Path, seal_to: PublicKeyFile | None = None, task: Task = NO_TASK) -> ExportResult:
    out = Path(out)
    if out.is_dir():
        out = out / default_file_name(trainer.device, sealed=seal_to is not None)
    folder = out.parent
    if not folder.is_dir():
        raise DlaError("export.no_folder", folder=str(folder))
    temporary = folder / f".{out.name}.partial"
    try:
        count, ranges = _write_zip(trainer, temporary, task)
        if seal_to is not None:
            data = temporary.read_bytes()
            _write_bytes(temporary, archive.seal(data, seal_to.device_id, seal_to.public_key))
        _flush(temporary)
        os.replace(temporary, out)
        _flush_folder(folder)
        _verify_written(out, trainer, sealed=seal_to is not None)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        if exc.errno == 28:
            raise DiskFullError("export.disk_full", folder=str(folder)) from exc
        raise DlaError("export.cannot_write", folder=str(folder), detail=exc.strerror or str(exc)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return ExportResult(out, count, len(ranges), out.stat().st_size,
                        seal_to.device_id if seal_to else None)


def _write_zip(trainer, path: Path, task: Task) -> tuple[int, dict]:
    conn = trainer.db.conn
    digest, count, ranges = hashlib.sha256(), 0, {}
    total = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        with zf.open(archive.EVENTS, "w", force_zip64=True) as stream:
            rows = conn.execute("SELECT origin_device_id, seq, lamport, kind, learner_id, wall_time, payload "
                                "FROM events ORDER BY origin_device_id, seq")
            for row in rows:
                line = (archive.event_line(*row) + "\n").encode("utf-8")
                digest.update(line)
                stream.write(line)
                count += 1
                first_last = ranges.setdefault(row[0], [row[1], row[1]])
                first_last[1] = row[1]
                if count % 20000 == 0:
                    if task.is_cancelled():
                        raise Cancelled("sync.export_cancelled")
                    task.progress(count, total)
        zf.writestr(archive.MANIFEST, archive.manifest_json(_manifest(trainer, count, ranges, digest.hexdigest())))
        zf.comment = archive.PLACEHOLDER
    _sign_in_place(path, trainer.device.sign)
    return count, ranges


def _sign_in_place(path: Path, sign) -> None:
    """Overwrite the placeholder at the end of the file with the file's signature."""
    data = path.read_bytes()
    signed_tail = archive.sign_file_bytes(data, sign)[-archive.SIGNATURE_HEX:]
    with open(path, "rb+") as handle:
        handle.seek(len(data) - archive.SIGNATURE_HEX)
        handle.write(signed_tail)


def _manifest(trainer, count: int, ranges: dict, sha: str) -> dict:
    device = trainer.device
    known = trainer.db.conn.execute(
        "SELECT device_id, public_key, name, ward FROM known_devices ORDER BY device_id").fetchall()
    return {
        "format": archive.FORMAT, "version": archive.VERSION,
        "min_reader_version": archive.MIN_READER_VERSION, "app_version": __version__,
        "created_at": utc_now(),
        "device": {"id": device.device_id, "name": device.name, "ward": device.ward,
                   "public_key": device.public_key_hex},
        "known_devices": [{"id": d, "public_key": k, "name": n, "ward": w} for d, k, n, w in known],
        "counts": {"events": count},
        "ranges": {origin: pair for origin, pair in sorted(ranges.items())},
        "events_sha256": sha,
    }


def _write_bytes(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)


def _flush(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _verify_written(path: Path, trainer, sealed: bool) -> None:
    """Read the file back from the stick and check it whole before saying it is safe."""
    data = path.read_bytes()
    if sealed:
        if not data.startswith(archive.SEALED_MAGIC):
            raise DlaError("export.read_back_failed", path=str(path))
        return
    opened = archive.open_sync_file(data, path.name)
    for _ in opened.event_lines():
        pass


__all__ = ["ExportResult", "export"]
