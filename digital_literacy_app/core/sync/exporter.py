"""Writing a sync file: every event this computer knows, signed, optionally sealed.

The file is written under a temporary name next to the target, flushed to the stick,
renamed, then read back and verified, so a full or pulled stick never leaves a half file
under a good name, and "you can remove the stick now" is only said when it is true.
"""

import hashlib
import os
import secrets
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from digital_literacy_app import __version__
from digital_literacy_app.core.device import note_shared
from digital_literacy_app.core.errors import Cancelled, DiskFullError, DlaError
from digital_literacy_app.core.store.events import EVENT_COLUMNS, utc_now
from digital_literacy_app.core.sync import archive, chain, rotation, sealing, trust
from digital_literacy_app.core.sync.keyfile import PublicKeyFile
from digital_literacy_app.core.tasks import NO_TASK, Task

SUFFIX = ".dlsync"
WORK_FOLDER = "tmp"


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
    """Write, flush, rename, read back. A sealed file's plain archive is built inside the
    data folder and removed in every path: only sealed bytes ever reach the stick."""
    out = Path(out)
    if out.is_dir():
        out = out / default_file_name(trainer.device, sealed=seal_to is not None)
    folder = out.parent
    if not folder.is_dir():
        raise DlaError("export.no_folder", folder=str(folder))
    temporary = folder / f".{out.name}.partial"
    plain = work_file(trainer, "export") if seal_to is not None else temporary
    # Before any byte leaves: the highest own seq a file may carry is kept outside the
    # database, so a restored backup never reuses a number another PC may hold.
    own_high = trainer.db.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE origin_device_id = ?",
                                       (trainer.device.device_id,)).fetchone()[0]
    note_shared(trainer.data_dir, trainer.device, own_high)
    try:
        count, ranges = _write_zip(trainer, plain, task)
        if seal_to is not None:
            with open(plain, "rb") as source, open(temporary, "wb") as target:
                sealing.seal_stream(source, target, seal_to.device_id, seal_to.public_key)
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
    finally:
        if plain != temporary:
            plain.unlink(missing_ok=True)
    return ExportResult(out, count, len(ranges), out.stat().st_size,
                        seal_to.device_id if seal_to else None)


def work_file(trainer, purpose: str) -> Path:
    """A temporary file inside the data folder (`tmp/`), emptied at every start."""
    folder = Path(trainer.data_dir) / WORK_FOLDER
    folder.mkdir(exist_ok=True)
    return folder / f"{purpose}-{os.getpid()}-{secrets.token_hex(6)}.partial"


def clear_work_files(data_dir: Path) -> None:
    """Remove what an export or import left in `tmp/` when it was killed mid-way.

    A file whose process still runs (the app and a `dla` command at once) is left alone;
    where that cannot be asked (Windows), only files older than an hour go.
    """
    folder = Path(data_dir) / WORK_FOLDER
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return  # a read-only data folder: nothing was ever written there either
    for leftover in folder.glob("*.partial"):
        try:
            pid = int(leftover.name.split("-")[-2])
        except (IndexError, ValueError):
            pid = 0
        try:
            if not _running(pid, leftover.stat().st_mtime):
                leftover.unlink(missing_ok=True)
        except OSError:
            continue


def _running(pid: int, modified: float) -> bool:
    if os.name == "nt" or pid <= 0:
        return time.time() - modified < 3600
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != os.getpid() or time.time() - modified < 3600


def relayable(trainer) -> dict[str, dict]:
    """The proof to pass on for each other origin, when this PC's copy still matches it.

    Only events covered by their origin's proof are relayed: a PC can never extend or
    change another PC's chain. A copy that no longer hashes to the proof (a person erased
    here before format 2) is not relayed; the origin's own file brings those events.
    """
    conn, own = trainer.db.conn, trainer.device.device_id
    proofs = {}
    for origin, seq, head, signature in conn.execute(
            "SELECT origin, seq, head, signature FROM chain_proofs WHERE origin != ? ORDER BY origin", (own,)):
        computed = chain.stored_head(conn, origin, seq)
        if computed is not None and computed.hex() == head:
            proofs[origin] = {"seq": seq, "head": head, "signature": signature}
    return proofs


def _write_zip(trainer, path: Path, task: Task) -> tuple[int, dict]:
    conn, own = trainer.db.conn, trainer.device.device_id
    proofs = relayable(trainer)
    limits = {origin: proof["seq"] for origin, proof in proofs.items()}
    limits[own] = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE origin_device_id = ?",
                               (own,)).fetchone()[0]
    digest, count, ranges, total = hashlib.sha256(), 0, {}, sum(limits.values())
    own_head = chain.genesis(own)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        with zf.open(archive.EVENTS, "w", force_zip64=True) as stream:
            for origin in sorted(limits):
                rows = conn.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE origin_device_id = ? AND seq <= ? "
                                    "ORDER BY seq", (origin, limits[origin]))
                for row in rows:
                    text = chain.event_line(*row)
                    line = (text + "\n").encode("utf-8")
                    if origin == own:
                        own_head = chain.step(own_head, chain.chained_row(*row) if row[3] in chain.PERSONAL_KINDS
                                              else line[:-1])
                    digest.update(line)
                    stream.write(line)
                    count += 1
                    first_last = ranges.setdefault(origin, [row[1], row[1]])
                    first_last[1] = row[1]
                    if count % 20000 == 0:
                        if task.is_cancelled():
                            raise Cancelled("sync.export_cancelled")
                        task.progress(count, total)
        if limits[own]:
            proofs[own] = chain.make_proof(own, limits[own], own_head, trainer.device.sign)
        listed = trust.own_list(trainer)
        if listed is not None:
            zf.writestr(archive.TRUST, listed)
        zf.writestr(archive.MANIFEST, archive.manifest_json(
            _manifest(trainer, count, ranges, digest.hexdigest(), proofs)))
        zf.comment = archive.PLACEHOLDER_V2
    archive.sign_in_place(path, trainer.device.sign)
    return count, ranges


def _manifest(trainer, count: int, ranges: dict, sha: str, proofs: dict) -> dict:
    device = trainer.device
    known = trainer.db.conn.execute(
        "SELECT device_id, name, ward FROM known_devices ORDER BY device_id").fetchall()
    return {
        "format": archive.FORMAT, "version": archive.VERSION,
        "min_reader_version": archive.MIN_READER_VERSION, "app_version": __version__,
        "created_at": utc_now(),
        "device": {"id": device.device_id, "name": device.name, "ward": device.ward,
                   "public_key": device.public_key_hex,
                   "key_history": rotation.history(trainer.db.conn, device.device_id)},
        "known_devices": [{"id": d, "name": n, "ward": w} for d, n, w in known],
        "counts": {"events": count},
        "ranges": {origin: pair for origin, pair in sorted(ranges.items())},
        "proofs": {origin: proofs[origin] for origin in sorted(ranges) if origin in proofs},
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
    if sealed:
        with open(path, "rb") as handle:
            if not sealing.is_sealed(handle.read(len(sealing.SEALED_V2))):
                raise DlaError("export.read_back_failed", path=str(path))
        return
    copy = work_file(trainer, "read-back")
    try:
        opened = archive.open_sync_file(archive.stage(path, copy, path.name), path.name)
        try:
            for _ in opened.event_lines():
                pass
        finally:
            opened.close()
    finally:
        copy.unlink(missing_ok=True)


__all__ = ["ExportResult", "export"]
