"""An error no check names, met while a sync file is checked or merged: it may be a file
crafted to provoke it, or a mistake of this app's. Either way that file alone is refused
as damaged and the store is left as it was; and the error's traceback is written to the
data folder's log (core/crash_log.py), where support can tell which it was. Before, the
refusal was all that was left of it.

On both engines (the `coordinator_on_each_engine` fixture: SQLite, and a real PostgreSQL
server). One file per import, so a city store checks it in this process, where the
error is provoked.
"""

import pytest

from digital_literacy_app.core.crash_log import LOG_DIR, LOG_FILE
from digital_literacy_app.core.sync import incoming, rotation
from digital_literacy_app.core.sync.importer import import_files
from tests.core.test_postgres_sync import everything, ward_files


def _fail(error: Exception):
    def failing(*args, **kwargs):
        raise error
    return failing


@pytest.mark.parametrize("where, name, error, caller", [
    (incoming, "payload_problem", KeyError("checking went wrong in a test"), "parse"),  # its lines checked
    (rotation, "adopt_trusted", TypeError("merging went wrong in a test"), "_import_checked"),  # the turn
], ids=["checking", "merging"])
def test_an_unexpected_error_refuses_that_file_as_damaged_and_logs_its_traceback(
        coordinator_on_each_engine, tmp_path, monkeypatch, where, name, error, caller):
    store = coordinator_on_each_engine
    files = ward_files(tmp_path, learners=3, seed=5)
    before = everything(store)
    monkeypatch.setattr(where, name, _fail(error))

    [result] = import_files(store, files[:1])

    assert result.status == "refused"
    assert result.error.code == "sync.file_damaged"
    assert result.error.details["detail"] == type(error).__name__
    log_path = store.data_dir / LOG_DIR / LOG_FILE
    assert f"được lưu lại. Chi tiết cho người hỗ trợ kỹ thuật ở {log_path}. Hãy chép lại" in result.error.say("vi")
    assert f"Details for support are in {log_path}." in result.error.say("en")
    assert everything(store) == before
    log = log_path.read_text(encoding="utf-8")
    assert f"the sync file {files[0].name}, refused as damaged" in log
    assert f"{type(error).__name__}: " in log and error.args[0] in log
    assert f", in {caller}\n" in log  # the traceback, down to the app's code that met the error

    monkeypatch.undo()
    [again, other] = import_files(store, files[:2])
    assert again.status == other.status == "imported" and again.events_new > 0
