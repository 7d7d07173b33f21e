"""A Stop reaches the worker processes that check a city import's files (core/sync/checking.py):
they look for the import's stop file at each chunk of lines, so a Stop does not wait for a
large file to be checked to its end."""

import pytest

from digital_literacy_app.core.errors import Cancelled
from digital_literacy_app.core.sync import checking, incoming
from digital_literacy_app.core.sync.checked_ahead import CheckedAhead
from digital_literacy_app.core.sync.exporter import export, work_file
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES


@pytest.fixture
def ward_files(tmp_path):
    files = []
    for index in range(3):
        with Trainer.open(tmp_path / f"ward{index}", lesson_dirs=[FIXTURES / "lessons"]) as ward:
            ward.seed_demo(4, index + 1)
            files.append(export(ward, tmp_path / f"ward{index}.dlsync").path)
    return files


@pytest.fixture
def coordinator(tmp_path):
    with Trainer.open(tmp_path / "coordinator", lesson_dirs=[FIXTURES / "lessons"]) as trainer:
        yield trainer


def jobs_for(trainer, files):
    return [(path, work_file(trainer, "import"), work_file(trainer, "import-plain"),
             work_file(trainer, "import-rows"), None) for path in files]


def test_a_worker_leaves_its_file_at_the_next_chunk_once_the_stop_file_is_there(coordinator, ward_files,
                                                                               monkeypatch):
    monkeypatch.setattr(incoming, "CHUNK", 10)  # a chunk boundary early in this small file
    seat = checking.Seat.of(coordinator)
    [job] = jobs_for(coordinator, ward_files[:1])
    stop = work_file(coordinator, "import-stop")
    assert checking.check_job(seat, job, stop).lines_error is None  # no stop file: checked whole
    [job] = jobs_for(coordinator, ward_files[:1])
    stop.touch()
    with pytest.raises(Cancelled):
        checking.check_job(seat, job, stop)
    assert not any(path.exists() for path in job[1:4])  # its work files are gone


def test_a_stop_while_workers_check_makes_the_stop_file_and_leaves_nothing(coordinator, ward_files,
                                                                           monkeypatch):
    """The Stop comes while the workers check: the stop file is there while the import
    waits for them, every file comes back stopped, and no work file stays."""
    seen_at_abandon = []
    real_abandon = checking.abandon_checks

    def abandon(futures, jobs, stop):
        real_abandon(futures, jobs, stop)
        seen_at_abandon.append(stop.exists())

    monkeypatch.setattr(checking, "abandon_checks", abandon)
    monkeypatch.setattr(checking, "WORKERS", 2)
    checks = CheckedAhead(coordinator, ward_files, lambda *_: None, lambda: True)
    stop = checks.stop
    try:
        found = [checks.take(index) for index in range(len(ward_files))]
    finally:
        checks.close()
    assert seen_at_abandon == [True]
    assert [item.cancelled for item in found] == [True, True, True]
    assert not stop.exists()
    assert [path for path in (coordinator.data_dir / "tmp").iterdir()] == []
