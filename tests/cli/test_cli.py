"""The `dla` command line as a coordinator's script would use it: real processes, real files."""

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path


FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lessons"


LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def dla(*args, env=None):
    """Run `dla` as a script would, in English unless `env` says otherwise (a tester's own
    Vietnamese system must not change what these tests read)."""
    machine = {k: v for k, v in os.environ.items() if k not in LANGUAGE_VARIABLES}
    full_env = {**machine, "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8", **(env or {})}
    full_env.pop("DLA_DATA_DIR", None) if env is None or "DLA_DATA_DIR" not in env else None
    return subprocess.run([sys.executable, "-m", "digital_literacy_app", *args],
                          capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=120)


def assert_refused(result, needle):
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_add_and_list_learners_as_json(tmp_path):
    """`learner add` prints the new id; `learner list --json` has the documented fields, NFC."""
    name = unicodedata.normalize("NFD", "Hoàng Thị Thu")
    added = dla("learner", "add", "--name", name, "--birth-year", "1951", "--group", "elderly",
                "--ward", "Phường Ba Đình", "--data-dir", str(tmp_path))
    assert added.returncode == 0, added.stderr
    new_id = added.stdout.strip()
    listed = dla("learner", "list", "--json", "--data-dir", str(tmp_path))
    rows = json.loads(listed.stdout)
    assert rows == [{"id": new_id, "name": "Hoàng Thị Thu", "birth_year": 1951, "group": "elderly",
                     "ward": "Phường Ba Đình"}]


def test_data_dir_from_the_environment(tmp_path):
    """DLA_DATA_DIR chooses the data directory when --data-dir is not given."""
    assert dla("learner", "add", "--name", "Env", env={"DLA_DATA_DIR": str(tmp_path)}).returncode == 0
    assert (tmp_path / "trainer.sqlite3").exists()


def test_bad_birth_year_is_refused_and_changes_nothing(tmp_path):
    """Bad input: exit 1, one plain sentence, no traceback, the database as it was."""
    dla("learner", "add", "--name", "Có Sẵn", "--data-dir", str(tmp_path))
    result = dla("learner", "add", "--name", "Tương Lai", "--birth-year", "2090", "--data-dir", str(tmp_path))
    assert_refused(result, "birth year")
    assert len(json.loads(dla("learner", "list", "--json", "--data-dir", str(tmp_path)).stdout)) == 1


def test_wrong_usage_exits_2(tmp_path):
    """A missing required option or an unknown command is a usage error."""
    assert dla("learner", "add", "--data-dir", str(tmp_path)).returncode == 2
    assert dla("frobnicate").returncode == 2
    assert dla("learner", "add", "--name", "X", "--birth-year", "abc").returncode == 2


def test_data_dir_that_cannot_be_created(tmp_path):
    """A data directory below a plain file gets its own message."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert_refused(dla("learner", "list", "--data-dir", str(blocker / "sub")), "cannot be created")
    assert_refused(dla("learner", "list", "--data-dir", str(blocker)), "is a file, not a folder")


def test_database_from_a_newer_version_is_refused(tmp_path):
    """A database written by a newer app is refused by name and left alone."""
    import sqlite3
    dla("learner", "add", "--name", "Cũ", "--data-dir", str(tmp_path))
    conn = sqlite3.connect(tmp_path / "trainer.sqlite3")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('digital_literacy_app', '0999_future', 'x')")
    conn.commit()
    conn.close()
    assert_refused(dla("learner", "list", "--data-dir", str(tmp_path)), "newer version")


def test_validate_reports_file_and_line(tmp_path):
    """`lessons validate` exits 0 on good lessons and 1 with file:line on a broken one."""
    assert dla("lessons", "validate", str(FIXTURES)).returncode == 0
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "lesson.yaml").write_text(
        (FIXTURES / "sample-lesson" / "lesson.yaml").read_text(encoding="utf-8").replace("kind: quiz", "kind: puzzle"),
        encoding="utf-8")
    result = dla("lessons", "validate", str(broken))
    assert result.returncode == 1
    assert f"{broken / 'lesson.yaml'}:" in result.stderr and "unknown step kind 'puzzle'" in result.stderr
    assert "Traceback" not in result.stderr
    missing = dla("lessons", "validate", str(tmp_path / "nope"))
    assert missing.returncode == 1 and "no such file or folder" in missing.stderr


def test_bundled_lessons_validate_and_list_as_json():
    """The shipped lessons pass validation; `lessons list --json` has the documented fields."""
    validated = dla("lessons", "validate")
    assert validated.returncode == 0, validated.stderr
    lessons = json.loads(dla("lessons", "list", "--json").stdout)
    assert {"e-services", "cashless", "apps"} <= {lesson["area"] for lesson in lessons}
    for lesson in lessons:
        assert {"id", "version", "area", "title", "steps", "minutes"} <= set(lesson)
        assert lesson["title"]["vi"] and lesson["title"]["en"]


def test_demo_seed_is_deterministic_and_survives_restart(tmp_path):
    """The same seed gives the same people; they are there when the next command runs."""
    names = []
    for folder in ("a", "b"):
        result = dla("demo", "seed", "--learners", "30", "--seed", "7", "--data-dir", str(tmp_path / folder))
        assert result.returncode == 0, result.stderr
        rows = json.loads(dla("learner", "list", "--json", "--data-dir", str(tmp_path / folder)).stdout)
        names.append(sorted((r["name"], r["birth_year"], r["group"]) for r in rows))
    assert len(names[0]) == 30 and names[0] == names[1]
    other = dla("demo", "seed", "--learners", "30", "--seed", "8", "--data-dir", str(tmp_path / "c"))
    assert other.returncode == 0
    rows = json.loads(dla("learner", "list", "--json", "--data-dir", str(tmp_path / "c")).stdout)
    assert sorted((r["name"], r["birth_year"], r["group"]) for r in rows) != names[0]


def test_messages_speak_vietnamese_on_a_vietnamese_system_or_when_asked(tmp_path):
    """The same refusal in the system's language: English by default, Vietnamese on a
    Vietnamese system or with --lang vi (before or after the command), and --lang en wins."""
    args = ("learner", "add", "--name", " ", "--data-dir", str(tmp_path))
    english = dla(*args)
    assert_refused(english, "dla: The name is empty; type the learner's name.")
    vietnamese_system = dla(*args, env={"LANG": "vi_VN.UTF-8"})
    assert_refused(vietnamese_system, "dla: Hãy gõ họ và tên.")
    assert_refused(dla("--lang", "vi", *args), "dla: Hãy gõ họ và tên.")
    assert_refused(dla(*args, "--lang", "vi"), "dla: Hãy gõ họ và tên.")
    assert_refused(dla(*args, "--lang", "en", env={"LANGUAGE": "vi"}), "The name is empty")


def test_what_a_command_did_is_said_in_the_chosen_language(tmp_path):
    seeded = dla("--lang", "vi", "demo", "seed", "--learners", "3", "--data-dir", str(tmp_path))
    assert seeded.returncode == 0 and seeded.stdout.startswith("Đã thêm 3 người học")
    wrong = dla("--lang", "vi", "report", "--by", "planet", "--data-dir", str(tmp_path))
    assert_refused(wrong, "Không có cách chia báo cáo planet")


def test_the_system_language_is_read_from_the_usual_variables():
    from digital_literacy_app.cli_words import system_language

    assert system_language({"LANG": "vi_VN.UTF-8"}) == "vi"
    assert system_language({"LANGUAGE": "vi:en", "LANG": "en_US.UTF-8"}) == "vi"
    assert system_language({"LC_ALL": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"}) == "en"
    assert system_language({"LANG": "C.UTF-8"}) == "en"
