"""Every file written for a person is whole or absent (issue 13).

The writers are the real ones (reportlab, openpyxl, plain bytes); only the disk is fake: a
folder that fills after a few kilobytes, so each writer fails half way through its own
writes, as on a full USB stick. After a failure the final name holds what it held before
(or nothing) and no temporary file is left; after a normal write the folder holds exactly
the final file.
"""

import builtins
import errno
import io
import os
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from digital_literacy_app.core import atomic
from digital_literacy_app.core.atomic import (
    atomic_output, atomic_path, atomic_write_bytes, atomic_write_text, temporary_name,
)
from digital_literacy_app.core.cards import write_card_sheet
from digital_literacy_app.core.errors import DiskFullError, DlaError
from digital_literacy_app.core.handout import write_handout
from digital_literacy_app.core.lessons import load_catalogue
from digital_literacy_app.core.paths import bundled_lessons_dir
from digital_literacy_app.core.reports import build_report
from digital_literacy_app.core.reports.formats import FORMATS, write
from digital_literacy_app.core.trainer import Trainer
from tests.certificate_pack import COURSE_LESSONS, complete, write_pack

OLD = b"the file printed last week"


class _FillingFile:
    """A file handle whose writes stop with ENOSPC once the shared room is used up
    (the bytes that fitted are written, as a real full disk does)."""

    def __init__(self, handle, disk: dict):
        self._handle, self._disk = handle, disk

    def write(self, data):
        room = self._disk["room"]
        if len(data) > room:
            self._handle.write(data[:room])
            self._disk["room"] = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._disk["room"] = room - len(data)
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __iter__(self):
        return iter(self._handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._handle.close()


@pytest.fixture
def full_disk(monkeypatch):
    """`full_disk(folder, room)`: writes into `folder` fail once `room` bytes were written."""
    real_open = io.open

    def make(folder: Path, room: int = 3000) -> dict:
        disk = {"room": room, "folder": Path(folder).resolve()}

        def opener(file, mode="r", *args, **kwargs):
            handle = real_open(file, mode, *args, **kwargs)
            writing = any(flag in mode for flag in "wax+")
            inside = isinstance(file, (str, os.PathLike)) and Path(file).resolve().parent == disk["folder"]
            return _FillingFile(handle, disk) if writing and inside else handle

        monkeypatch.setattr(builtins, "open", opener)
        monkeypatch.setattr(io, "open", opener)
        return disk

    return make


def holds_only(folder: Path, *names: str) -> bool:
    return sorted(p.name for p in folder.iterdir()) == sorted(names)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


# -- the helper itself -----------------------------------------------------------------------------

def test_a_normal_write_leaves_exactly_the_final_file(out):
    atomic_write_bytes(out / "a.json", b"{}")
    atomic_write_text(out / "b.txt", "Xin chào\n")
    assert (out / "a.json").read_bytes() == b"{}"
    assert (out / "b.txt").read_text(encoding="utf-8") == "Xin chào\n"
    assert holds_only(out, "a.json", "b.txt")


def test_the_temporary_name_is_hidden_beside_the_file_and_never_looks_finished(out):
    final = out / "chung-nhan.pdf"
    first, second = temporary_name(final), temporary_name(final)
    assert first.parent == final.parent and first != second
    assert first.name.startswith(".chung-nhan.pdf.partial-")
    assert first.suffix != ".pdf"


def test_a_failure_half_way_keeps_the_old_file_and_removes_the_temporary_one(out):
    final = out / "report.csv"
    final.write_bytes(OLD)
    with pytest.raises(RuntimeError, match="half way"):
        with atomic_path(final) as temporary:
            temporary.write_bytes(b"half a rep")
            raise RuntimeError("half way")
    assert final.read_bytes() == OLD
    assert holds_only(out, "report.csv")


def test_a_stop_half_way_leaves_no_new_file_either(out):
    """Ctrl+C (or a closing app) is not an Exception, and cleans up all the same."""
    with pytest.raises(KeyboardInterrupt):
        with atomic_path(out / "new.pdf") as temporary:
            temporary.write_bytes(b"%PDF-1.4 half")
            raise KeyboardInterrupt
    assert holds_only(out)


def test_the_file_reaches_the_disk_before_it_takes_its_name(out, monkeypatch):
    """fsync of the temporary file comes before the rename, and the folder is flushed after."""
    calls = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        calls.append(("fsync", os.readlink(f"/proc/self/fd/{fd}") if Path("/proc/self/fd").is_dir() else fd))
        real_fsync(fd)

    def replace(source, target):
        calls.append(("replace", str(source)))
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    atomic_write_bytes(out / "key.json", b"{}")
    kinds = [kind for kind, _ in calls]
    assert kinds[:2] == ["fsync", "replace"]
    assert ".key.json.partial-" in str(calls[0][1]) or isinstance(calls[0][1], int)
    if hasattr(os, "O_DIRECTORY"):
        assert kinds[2:] == ["fsync"]


def test_a_full_disk_propagates_as_the_system_error_and_leaves_nothing(out, full_disk):
    full_disk(out, room=10)
    with pytest.raises(OSError) as raised:
        atomic_write_bytes(out / "big.bin", b"x" * 100)
    assert raised.value.errno == errno.ENOSPC
    assert holds_only(out)


def test_a_rename_that_fails_removes_the_temporary_file(out, monkeypatch):
    (out / "a.pdf").write_bytes(OLD)

    def refuse(source, target):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(DlaError) as raised:
        with atomic_output(out / "a.pdf") as temporary:
            temporary.write_bytes(b"new")
    assert raised.value.code == "file.not_allowed"
    assert (out / "a.pdf").read_bytes() == OLD and holds_only(out, "a.pdf")


def test_plain_words_for_a_full_disk_and_a_pulled_stick(out, full_disk, tmp_path):
    with pytest.raises(DlaError) as raised:
        with atomic_output(tmp_path / "pulled" / "a.pdf") as temporary:
            temporary.write_bytes(b"x")
    assert raised.value.code == "file.no_folder"
    full_disk(out, room=1)
    with pytest.raises(DiskFullError):
        with atomic_output(out / "a.pdf") as temporary:
            temporary.write_bytes(b"xx")
    assert holds_only(out)


# -- every writer ----------------------------------------------------------------------------------

@pytest.fixture
def certificate_trainer(tmp_path):
    pack = write_pack(tmp_path / "pack")
    with Trainer.open(tmp_path / "data", lesson_dirs=[pack]) as trainer:
        trainer.certificates.today = lambda: date(2025, 6, 1)
        learner = trainer.learners.add(unicodedata.normalize("NFD", "Nguyễn Thị Hương"), 1952, "elderly")
        complete(trainer, learner.id, COURSE_LESSONS)
        yield trainer, learner


def test_a_certificate_is_whole_or_absent_and_recorded_only_when_whole(certificate_trainer, out, full_disk):
    trainer, learner = certificate_trainer
    final = out / "chung-nhan.pdf"
    final.write_bytes(OLD)
    disk = full_disk(out)
    with pytest.raises(DiskFullError):
        trainer.certificates.issue(learner.id, "Trần Văn Tình", final)
    assert final.read_bytes() == OLD and holds_only(out, "chung-nhan.pdf")
    assert trainer.certificates.issued() == []
    disk["room"] = 10**9
    trainer.certificates.issue(learner.id, "Trần Văn Tình", final)
    assert final.read_bytes().startswith(b"%PDF") and holds_only(out, "chung-nhan.pdf")


def test_a_card_sheet_is_whole_or_absent(trainer, out, full_disk):
    learners = [trainer.learners.add(f"Học Viên {n}") for n in range(3)]
    disk = full_disk(out)
    with pytest.raises(DiskFullError):
        write_card_sheet(out / "the.pdf", learners)
    assert holds_only(out)
    disk["room"] = 10**9
    write_card_sheet(out / "the.pdf", learners)
    assert (out / "the.pdf").read_bytes().startswith(b"%PDF") and holds_only(out, "the.pdf")


def test_a_handout_is_whole_or_absent(out, full_disk):
    catalogue = load_catalogue([bundled_lessons_dir() / "vietqr-pay"])
    lesson = catalogue.get("vietqr-pay")
    final = out / "vietqr.pdf"
    final.write_bytes(OLD)
    disk = full_disk(out)
    with pytest.raises(DiskFullError):
        write_handout(lesson, final, "vi", catalogue)
    assert final.read_bytes() == OLD and holds_only(out, "vietqr.pdf")
    disk["room"] = 10**9
    write_handout(lesson, final, "vi", catalogue)
    assert final.read_bytes().startswith(b"%PDF") and holds_only(out, "vietqr.pdf")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_is_whole_or_absent_in_every_format(trainer, out, full_disk, fmt):
    for number in range(40):  # enough rows that no format fits in the room left
        trainer.learners.add(f"Người Học {number}", 1950, "elderly", f"Phường Số {number}")
    report = build_report(trainer, ["ward"])
    final = out / f"bao-cao.{fmt}"
    final.write_bytes(OLD)
    disk = full_disk(out, room=1000)
    with pytest.raises(DiskFullError):
        write(report, fmt, final)
    assert final.read_bytes() == OLD and holds_only(out, final.name)
    disk["room"] = 10**9
    write(report, fmt, final)
    assert final.read_bytes() != OLD and holds_only(out, final.name)


def test_the_public_key_file_is_whole_or_absent(trainer, out, full_disk):
    final = out / "khoa.dlakey"
    final.write_bytes(OLD)
    disk = full_disk(out, room=40)
    with pytest.raises(DlaError) as raised:
        trainer.devices.write_public_key(final)
    assert raised.value.code == "key_file.cannot_write"
    assert final.read_bytes() == OLD and holds_only(out, "khoa.dlakey")
    disk["room"] = 10**9
    trainer.devices.write_public_key(final)
    assert trainer.devices.read_public_key(final).public_key == trainer.device.public_key_hex
    assert holds_only(out, "khoa.dlakey")
