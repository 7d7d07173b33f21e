"""One app per data folder, with real second processes: a second start brings the first
window forward and exits; a writing command waits, then refuses; reading works."""

import os
import subprocess
import sys
import time

import pytest

from digital_literacy_app.core.data_lock import DataLock
from digital_literacy_app.ui.single_instance import InstanceServer, bring_forward
from tests.cli.test_cli import dla

pytestmark = pytest.mark.skipif(os.name != "posix", reason="starts the app as a process")


def app_process(folder) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    return subprocess.Popen([sys.executable, "-m", "digital_literacy_app", "--data-dir", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def wait_until_holding(folder, process, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        if bring_forward(folder, 200):
            return
        time.sleep(0.2)
    raise AssertionError("the app did not start")


@pytest.fixture
def running_app(tmp_path):
    folder = tmp_path / "data"
    assert dla("learner", "add", "--name", "Nguyễn Thị Lan", "--data-dir", str(folder)).returncode == 0
    process = app_process(folder)
    try:
        wait_until_holding(folder, process)
        yield folder
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_second_start_brings_the_first_forward_and_ends(running_app):
    started = time.monotonic()
    second = app_process(running_app)
    out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    assert "brought forward" in out and "Traceback" not in err
    assert time.monotonic() - started < 20


def test_while_the_app_runs_a_writing_command_refuses_and_a_reading_one_works(running_app):
    refused = dla("learner", "add", "--name", "Lê Thị Hoa", "--data-dir", str(running_app),
                  env={"DLA_WRITER_WAIT_S": "1"})
    assert refused.returncode == 1 and "is using the data" in refused.stderr
    assert "Traceback" not in refused.stderr
    listed = dla("learner", "list", "--data-dir", str(running_app))
    assert listed.returncode == 0 and "Nguyễn Thị Lan" in listed.stdout
    assert not DataLock(running_app).try_hold(0)  # still held by the app


def test_the_window_is_asked_forward(app, qtbot, tmp_path):
    server = InstanceServer(tmp_path)
    try:
        assert server.listening
        with qtbot.waitSignal(server.asked, timeout=3000):
            assert bring_forward(tmp_path)
    finally:
        server.close()
    assert not bring_forward(tmp_path, 300)  # nobody listens any more
