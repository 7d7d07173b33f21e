"""Whole files or none: every file the app writes for a person goes through here.

A certificate, a card sheet, a handout, a report or a key file is written under a
temporary name in the target folder (`.name.partial-<random>`, hidden and with an ending
no program opens), flushed to the disk, then renamed over the final name in one step.
A USB stick pulled out mid-way or a full disk therefore never leaves half a file under a
good name, and an older file of that name stays as it was until the new one is whole.

`atomic_path`, `atomic_file` and the `atomic_write_*` functions raise the system's OSError
as it came; `atomic_output` and `atomic_output_file` turn it into a DlaError with plain
words for the screens and the command line. Small on purpose: no Qt, no reportlab, so a JSON report or a key file can use it
without loading the PDF machinery.
"""

import errno
import os
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from digital_literacy_app.core.errors import DiskFullError, DlaError

PARTIAL = ".partial-"


def temporary_name(final: Path) -> Path:
    """A fresh name beside `final` that no one would take for the finished file."""
    return final.with_name(f".{final.name}{PARTIAL}{secrets.token_hex(4)}")


@contextmanager
def atomic_path(final) -> Iterator[Path]:
    """Yield a temporary path beside `final`; the block writes the whole file there.

    On leaving the block normally the file is fsync'd and renamed onto `final`; on any
    exception (the block's or the flush's) the temporary file is removed and the
    exception goes on unchanged, leaving `final` as it was.
    """
    final = Path(final)
    temporary = temporary_name(final)
    try:
        yield temporary
        _flush_file(temporary)
        os.replace(temporary, final)
    except BaseException:
        _remove(temporary)
        raise
    _flush_folder(final.parent)


@contextmanager
def atomic_file(final) -> Iterator[BinaryIO]:
    """`atomic_path` as an open binary file, closed before it is renamed or removed.

    Writers draw into this handle rather than opening the path themselves: reportlab and
    openpyxl leave their own handle open when a write fails, and Windows can neither
    remove nor rename a file that is still open, so the half file would stay behind.
    """
    with atomic_path(final) as temporary:
        with open(temporary, "xb") as handle:
            yield handle


def atomic_write_bytes(final, data: bytes) -> Path:
    """Write `data` as the whole content of `final`, or leave `final` untouched."""
    final = Path(final)
    with atomic_file(final) as handle:
        handle.write(data)
    return final


def atomic_write_text(final, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` as `Path.write_text` would (same newline handling), all or nothing."""
    final = Path(final)
    with atomic_path(final) as temporary:
        with open(temporary, "x", encoding=encoding) as handle:
            handle.write(text)
    return final


@contextmanager
def atomic_output(target) -> Iterator[Path]:
    """`atomic_path` whose OSError becomes a DlaError in plain words (full disk, missing
    folder, no permission), for writers whose caller shows the reason to a person."""
    target = Path(target)
    try:
        with atomic_path(target) as temporary:
            yield temporary
    except OSError as exc:
        raise plain_os_error(exc, target) from exc


@contextmanager
def atomic_output_file(target) -> Iterator[BinaryIO]:
    """`atomic_file` with the plain-words errors of `atomic_output`."""
    target = Path(target)
    try:
        with atomic_file(target) as handle:
            yield handle
    except OSError as exc:
        raise plain_os_error(exc, target) from exc


def plain_os_error(exc: OSError, target: Path) -> DlaError:
    """The common failures get words of their own; the system's words (often English)
    are kept only for the rare ones."""
    number = getattr(exc, "errno", None)
    if number == errno.ENOSPC:
        return DiskFullError("file.disk_full", path=str(target.parent), name=target.name)
    if number == errno.ENOENT:
        return DlaError("file.no_folder", path=str(target), folder=str(target.parent))
    if number in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DlaError("file.not_allowed", path=str(target), folder=str(target.parent))
    return DlaError("file.cannot_write", path=str(target), detail=exc.strerror or str(exc))


def _flush_file(path: Path) -> None:
    """Push the written bytes to the disk (a writer's own close only empties Python's
    buffers). Opened for update because Windows flushes only a writable handle."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it (not on Windows, where
    the rename is written through). The file is already whole and in place, so a folder
    that refuses this is not a failure of the write."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
