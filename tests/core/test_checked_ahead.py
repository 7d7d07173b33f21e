"""A city import checks its later files while the first ones merge (core/sync/checked_ahead.py):
the turn does not wait for every check, a Stop between two files keeps what merged, and the
progress bar never goes back. (A pool that breaks: tests/core/test_postgres_sync.py.)"""

import concurrent.futures
import threading

from digital_literacy_app.core.sync import checking, importer
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES
from tests.core.test_postgres_sync import city, everything, ward_files


class HeldFuture(concurrent.futures.Future):
    """A pending check that, cancelled, says so to those waiting, as an executor does when
    it reaches a cancelled job."""

    def cancel(self) -> bool:
        cancelled = super().cancel()
        if cancelled:
            self.set_running_or_notify_cancel()
        return cancelled


class HeldPool:
    """Checks each file at once, in the caller's thread, as a worker would; answers the
    first file at once and holds the others' answers until `release()`."""

    def __init__(self):
        self.held: list[tuple[concurrent.futures.Future, object]] = []
        self.answered = False

    def __call__(self):  # stands for checking.worker_pool
        return self

    def submit(self, function, *args):
        future, answer = HeldFuture(), function(*args)
        if self.answered:
            self.held.append((future, answer))  # pending: a Stop can still cancel it
        else:
            self.answered = True
            future.set_result(answer)
        return future

    def release(self) -> None:
        for future, answer in self.held:
            if not future.done():
                future.set_result(answer)


def held_checks(tmp_path, monkeypatch, seed: int):
    """Three ward files, a pool that holds all checks but the first, and an event set when
    the first file's merge begins."""
    files, pool = ward_files(tmp_path, learners=3, seed=seed), HeldPool()
    monkeypatch.setattr(checking, "worker_pool", pool)
    monkeypatch.setattr(checking, "WORKERS", 2)
    return files, pool, merging_spy(monkeypatch, files[0].name)


def merging_spy(monkeypatch, first_name: str) -> threading.Event:
    """An event set when the first file's merge begins."""
    merging, real = threading.Event(), importer._import_one

    def spy(trainer, item, touched):
        if item.path.name == first_name:
            merging.set()
        return real(trainer, item, touched)

    monkeypatch.setattr(importer, "_import_one", spy)
    return merging


def test_the_first_file_merges_while_the_later_ones_are_still_being_checked(tmp_path, postgres_url, monkeypatch):
    files, pool, merging = held_checks(tmp_path, monkeypatch, seed=31)
    with city(tmp_path / "district", postgres_url) as district:
        with concurrent.futures.ThreadPoolExecutor(1) as runner:
            running = runner.submit(import_files, district, files)
            began = merging.wait(20)
            still_checking = [not future.done() for future, _ in pool.held]
            pool.release()
            results = running.result(timeout=60)
        assert began, "the turn waited for every file's check"
        assert still_checking == [True, True]
        assert [r.status for r in results] == ["imported"] * 3
        merged = everything(district)
    assert not list((tmp_path / "district" / "tmp").glob("*")), "work files left behind"
    with Trainer.open(tmp_path / "sqlite", lesson_dirs=[FIXTURES / "lessons"]) as small:
        import_files(small, files)
        assert merged == everything(small)


def test_a_stop_while_a_later_file_is_checked_keeps_the_files_merged_before(tmp_path, postgres_url, monkeypatch):
    files, pool, merging = held_checks(tmp_path, monkeypatch, seed=41)
    with city(tmp_path / "district", postgres_url) as district:
        with concurrent.futures.ThreadPoolExecutor(1) as runner:
            running = runner.submit(import_files, district, files, cancelled=merging.is_set)
            try:
                results = running.result(timeout=30)
            finally:
                pool.release()  # an import that waits for every check would wait here for ever
        assert [r.status for r in results] == ["imported", "cancelled", "cancelled"]
        assert [r.error.code for r in results[1:]] == ["sync.import_stopped_before"] * 2
        stored = district.db.conn.execute("SELECT file_name FROM imported_files").fetchall()
        assert stored == [(files[0].name,)]
    assert all(future.cancelled() for future, _ in pool.held)  # the held checks were stopped
    assert not list((tmp_path / "district" / "tmp").glob("*")), "work files left behind"


def test_a_city_imports_progress_never_goes_back_and_ends_full(tmp_path, postgres_url):
    files = ward_files(tmp_path, learners=3, seed=51)
    seen = []
    with city(tmp_path / "district", postgres_url) as district:
        results = import_files(district, files, on_progress=lambda i, n, fraction, name: seen.append(
            (i + fraction, n, name)))
    assert [r.status for r in results] == ["imported"] * 3
    values = [value for value, _, _ in seen]
    assert values == sorted(values), "the bar went back"
    assert values[-1] == 3 and {n for _, n, _ in seen} == {3}
    assert {name for _, _, name in seen} == {path.name for path in files}
    assert any(value <= 1.5 for value in values)  # the checks fill the first half

