"""The tests' own PostgreSQL server (tests/postgres.py): a server that a killed test run
left running is stopped and its folder deleted by the next run, never one in use."""

import os
import subprocess
import sys

from tests.postgres import OWNER, PREFIX, _running, start_embedded, sweep_abandoned


def test_a_server_a_killed_test_run_left_is_stopped_and_deleted_by_the_next(tmp_path):
    folder = tmp_path / (PREFIX + "left")
    server = start_embedded(folder)
    postmaster = int((folder / "data" / "postmaster.pid").read_text().splitlines()[0])
    try:
        (folder / OWNER).write_text(str(os.getpid()))  # its test process still runs
        (tmp_path / (PREFIX + "being-made")).mkdir()  # no owner yet
        assert sweep_abandoned(tmp_path) == [] and _running(postmaster)
        gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True).stdout.strip()
        (folder / OWNER).write_text(gone)  # killed: its process is gone, its server not
        assert sweep_abandoned(tmp_path) == [folder]
        assert not _running(postmaster) and not folder.exists()
        assert (tmp_path / (PREFIX + "being-made")).exists()
    finally:
        if _running(postmaster):
            server.cleanup()
