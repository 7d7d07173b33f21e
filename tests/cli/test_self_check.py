"""`dla --self-check` from source: what it checks, what it reports, and what it never touches."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from digital_literacy_app import self_check
from digital_literacy_app.cli import main
from tests.certificate_pack import write_pack

REPO = Path(__file__).resolve().parents[2]
CHECKS = ("lessons", "database", "certificate", "qt", "voice", "start screen", "handout print", "camera", "card scan",
          "city store")


def lines_of(text: str) -> dict[str, str]:
    """Each check's line, by check name ('ok', 'note' or 'FAIL' and the detail)."""
    found = {}
    for line in text.splitlines():
        match = re.match(r"(ok|note|FAIL) +([^:]+): (.*)$", line)
        if match:
            found[match[2]] = f"{match[1]} {match[3]}"
    return found


@pytest.fixture
def pack(tmp_path) -> Path:
    return write_pack(tmp_path / "lessons")


@pytest.fixture
def no_real_data(tmp_path, monkeypatch) -> Path:
    """Point every way to a real data folder at the test's own, to prove it stays untouched."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.delenv("DLA_DATA_DIR", raising=False)
    return home


def untouched(home: Path) -> bool:
    """No data folder of the app and no database anywhere in HOME. Other programs may write
    there (speech-dispatcher's client does when the voice is probed): that is not ours."""
    from digital_literacy_app.core.trainer import Trainer

    folder, how = Trainer.locate_data()
    assert how == "user" and home in folder.parents
    return not folder.exists() and not any(home.rglob("*.sqlite3")) and not any(home.rglob("device.json"))


def test_every_check_passes_on_a_good_pack(qapp, pack, capsys, no_real_data):
    """Lessons, database, certificate, Qt, voice and start screen each print a line; exit 0."""
    code = self_check.run(lesson_dirs=[pack])
    out = capsys.readouterr().out
    found = lines_of(out)
    assert code == 0, out
    assert set(CHECKS) <= set(found)
    assert found["lessons"].startswith("ok 4 lessons and 1 course(s) valid")
    assert "QR version" in found["certificate"] and "code verified" in found["certificate"]
    assert found["start screen"].startswith("ok 'start' screen painted")
    assert found["voice"].split()[0] in ("ok", "note")
    assert re.fullmatch(r"ok psycopg 3\.\S+ \((binary|c)\) with libpq \d+\.\d+, SSL supported", found["city store"])
    assert out.rstrip().endswith(f"Self-check passed ({len(CHECKS)} checks).")
    assert untouched(no_real_data), "the self-check made or opened a real data folder"


def test_invalid_lesson_fails_the_check_and_names_it(qapp, pack, capsys, no_real_data):
    """One broken lesson file makes the check exit 1 with the file named; the rest still run."""
    (pack / "broken").mkdir()
    (pack / "broken" / "lesson.yaml").write_text("id: broken\nsteps: [\n", encoding="utf-8")
    code = self_check.run(lesson_dirs=[pack])
    captured = capsys.readouterr()
    found = lines_of(captured.out)
    assert code == 1
    assert found["lessons"].startswith("FAIL 1 problem(s)") and "broken" in found["lessons"]
    assert found["certificate"].startswith("ok")
    assert "self-check failed: lessons." in captured.err


def test_missing_text_to_speech_module_is_a_failure(qapp, pack, capsys, monkeypatch, no_real_data):
    """A bundle without Qt TextToSpeech is broken: the voice check fails and says why."""
    def missing():
        raise ModuleNotFoundError("No module named 'PySide6.QtTextToSpeech'")

    monkeypatch.setattr(self_check, "_load_text_to_speech", missing)
    code = self_check.run(lesson_dirs=[pack])
    captured = capsys.readouterr()
    assert code == 1
    assert lines_of(captured.out)["voice"].startswith("FAIL the QtTextToSpeech module is missing")
    assert "self-check failed: voice." in captured.err


def test_no_voice_on_this_pc_is_only_a_note(qapp, pack, capsys, monkeypatch, no_real_data):
    """A system library for speech missing (no voice here) is reported but passes."""
    def no_library():
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr(self_check, "_load_text_to_speech", no_library)
    code = self_check.run(lesson_dirs=[pack])
    found = lines_of(capsys.readouterr().out)
    assert code == 0
    assert found["voice"].startswith("note none") and "libpulse.so.0" in found["voice"]


def test_missing_native_platform_plugin_fails_the_qt_check(qapp, pack, capsys, monkeypatch, no_real_data):
    """Without the plugin for a real window (xcb, windows) the app could not open: exit 1."""
    monkeypatch.setattr(self_check, "_platform_plugins", lambda: {"offscreen", "minimal"})
    code = self_check.run(lesson_dirs=[pack])
    found = lines_of(capsys.readouterr().out)
    native = self_check.NATIVE_PLATFORM.get(sys.platform, "xcb")
    assert code == 1
    assert found["qt"].startswith(f"FAIL the '{native}' platform plugin is missing")


def test_checks_that_need_the_database_are_not_tried_without_it(qapp, pack, capsys, monkeypatch, no_real_data):
    """A database that cannot be made fails that check and names what could not be tried."""
    from digital_literacy_app.core.errors import DataDirError
    from digital_literacy_app.core.trainer import Trainer

    def refuse(*args, **kwargs):
        raise DataDirError("The disk holding the data folder is full.")

    monkeypatch.setattr(Trainer, "open", refuse)
    code = self_check.run(lesson_dirs=[pack])
    captured = capsys.readouterr()
    found = lines_of(captured.out)
    assert code == 1
    assert found["database"] == "FAIL DataDirError: The disk holding the data folder is full."
    assert found["certificate"] == "FAIL not tried: the database check failed"
    assert "database, certificate, start screen" in captured.err


def test_data_dir_is_used_for_a_throwaway_folder_only(qapp, pack, tmp_path, capsys, no_real_data):
    """With --data-dir, the check works in a new folder inside it and leaves the data as it was."""
    data = tmp_path / "real-data"
    data.mkdir()
    (data / "trainer.sqlite3").write_bytes(b"a learner's real database")
    before = sorted(p.name for p in data.iterdir())
    code = self_check.run(data, lesson_dirs=[pack])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"{data}{os.sep}dla-self-check-" in lines_of(out)["database"]
    assert sorted(p.name for p in data.iterdir()) == before
    assert (data / "trainer.sqlite3").read_bytes() == b"a learner's real database"


def test_data_dir_that_is_a_file_fails_cleanly(qapp, tmp_path, capsys, no_real_data):
    """A --data-dir that cannot hold a folder is reported as one failed check, exit 1."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["--self-check", "--data-dir", str(blocker)]) == 1
    assert lines_of(capsys.readouterr().out)["data folder"].startswith("FAIL cannot make a folder")


def test_from_source_on_the_bundled_lessons(tmp_path):
    """`python -m digital_literacy_app --self-check` passes on the shipped lessons, exit 0,
    and never creates the per-user data folder."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "DLA_DATA_DIR"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "digital_literacy_app", "--self-check"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    found = lines_of(done.stdout)
    assert set(CHECKS) <= set(found)
    assert f"valid in {REPO / 'lessons'}" in found["lessons"]
    assert not home.exists()


def test_an_installation_without_the_postgresql_driver_says_so_and_passes(qapp, pack, capsys, no_real_data,
                                                                           monkeypatch):
    """A ward PC's installation (the one-folder app leaves psycopg out): a note, not a failure."""
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    code = self_check.run(lesson_dirs=[pack])
    found = lines_of(capsys.readouterr().out)
    assert code == 0
    assert found["city store"] == ("note no PostgreSQL driver in this installation (ward PCs need none; a city "
                                   "coordinator's PC: docs/install.md, section 6)")
