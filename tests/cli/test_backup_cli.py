"""`dla backup`, `dla restore`, a damaged database, one writer at a time, calm crashes:
real processes on real files, and a real second process holding the data folder."""

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.cli.test_cli import assert_refused, dla

HOLDER = """
import sys, time
from digital_literacy_app.core.trainer import Trainer
trainer = Trainer.open(sys.argv[1], hold_s=0)
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
trainer.close()
"""


@pytest.fixture
def folder(tmp_path):
    data = tmp_path / "data"
    assert dla("learner", "add", "--name", "Nguyễn Thị Lan", "--birth-year", "1950",
               "--data-dir", str(data)).returncode == 0
    return data


def hold(folder, seconds: float) -> subprocess.Popen:
    """Another process (the app, say) holding the data folder for `seconds`."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder), str(seconds)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "holding"
    return process


def test_backup_list_and_restore_after_the_database_was_wiped(folder):
    made = dla("backup", "--data-dir", str(folder))
    assert made.returncode == 0 and "1 learners" in made.stdout and "checked good" in made.stdout
    assert dla("learner", "add", "--name", "Trần Văn Minh", "--data-dir", str(folder)).returncode == 0
    for side in ("", "-wal", "-shm"):
        path = folder / f"trainer.sqlite3{side}"
        if path.exists():
            path.write_bytes(b"") if side == "" else path.unlink()
    refused = dla("learner", "list", "--data-dir", str(folder))
    assert_refused(refused, "is empty (0 bytes)")
    assert "dla restore" in refused.stderr and "backups" in refused.stderr
    assert (folder / "trainer.sqlite3").stat().st_size == 0  # never replaced by an empty database
    listed = dla("backup", "--list", "--data-dir", str(folder))
    assert listed.returncode == 0 and "manual" in listed.stdout and "1 learners" in listed.stdout
    restored = dla("restore", "--newest", "--data-dir", str(folder))
    assert restored.returncode == 0, restored.stderr
    assert "Restored the backup" in restored.stdout and "kept at" in restored.stdout
    names = dla("learner", "list", "--data-dir", str(folder)).stdout
    assert "Nguyễn Thị Lan" in names and "Trần Văn Minh" not in names


def test_a_damaged_database_is_said_in_vietnamese_with_the_way_out(folder):
    (folder / "trainer.sqlite3").write_bytes(os.urandom(4096))
    for side in ("-wal", "-shm"):
        (folder / f"trainer.sqlite3{side}").unlink(missing_ok=True)
    refused = dla("report", "--data-dir", str(folder), "--lang", "vi")
    assert_refused(refused, "bị hỏng")
    assert "Không có bản sao lưu" in refused.stderr and "dla restore --empty" in refused.stderr


def test_restoring_something_that_is_not_a_backup_changes_nothing(folder, tmp_path):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("not a database")
    assert_refused(dla("restore", str(bogus), "--data-dir", str(folder)), "not a whole backup")
    assert "Nguyễn Thị Lan" in dla("learner", "list", "--data-dir", str(folder)).stdout


def test_a_writing_command_waits_then_refuses_while_another_process_holds_the_data(folder):
    holder = hold(folder, 30)
    try:
        started = time.monotonic()
        refused = dla("learner", "add", "--name", "Lê Thị Hoa", "--data-dir", str(folder),
                      env={"DLA_WRITER_WAIT_S": "1.5"})  # 5 s unless a script says otherwise
        waited = time.monotonic() - started
        assert_refused(refused, "is using the data")
        assert waited >= 1.4  # it waited for the holder first
        reading = dla("learner", "list", "--data-dir", str(folder))  # reading never waits
        assert reading.returncode == 0 and "Nguyễn Thị Lan" in reading.stdout
    finally:
        holder.kill()
        holder.wait()


def test_a_writing_command_goes_ahead_once_the_holder_finishes(folder):
    holder = hold(folder, 1.5)
    added = dla("learner", "add", "--name", "Lê Thị Hoa", "--data-dir", str(folder))
    holder.wait()
    assert added.returncode == 0, added.stderr


@pytest.mark.skipif(os.name != "posix", reason="kill -9")
def test_the_lock_of_a_process_killed_mid_work_is_never_stale(folder):
    holder = hold(folder, 60)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (folder / "trainer.lock").exists()  # the file stays, the lock does not
    added = dla("learner", "add", "--name", "Lê Thị Hoa", "--data-dir", str(folder))
    assert added.returncode == 0, added.stderr


def test_an_unexpected_error_is_one_sentence_and_a_log_never_a_traceback(folder):
    script = ("import sys; from digital_literacy_app import cli\n"
              "def broken(args): raise RuntimeError('simulated bug')\n"
              "cli._HANDLERS[('learner', 'list')] = broken\n"
              f"sys.exit(cli.main(['learner', 'list', '--data-dir', {str(folder)!r}]))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env={**os.environ, "LANG": "C.UTF-8"}, timeout=60)
    assert_refused(result, "Something went wrong inside dla")
    log = folder / "logs" / "dla.log"
    assert str(log) in result.stderr
    assert "RuntimeError: simulated bug" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize("value, seconds", [(None, 5.0), ("2", 2.0), ("-3", 0.0), ("9999", 600.0), ("soon", 5.0)])
def test_how_long_a_writing_command_waits(monkeypatch, value, seconds):
    from digital_literacy_app.cli_backups import WAIT_VARIABLE, writer_wait_s

    if value is None:
        monkeypatch.delenv(WAIT_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(WAIT_VARIABLE, value)
    assert writer_wait_s() == seconds
