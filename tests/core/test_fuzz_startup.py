"""Random damage to a real data folder, then start-up: never a traceback, never a silent
empty start. Each case either opens with every learner there, or is refused in words.

The long run of the same cases is `python -m benchmarks reliability` (docs/reliability.md).
"""

import shutil

import pytest
from hypothesis import HealthCheck, given, settings

from digital_literacy_app.cli import main
from tests.startup_damage import DAMAGES, damage_cases, learners_in, outcome


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A real PC's data folder: 12 learners with progress, checkpointed into one file."""
    from digital_literacy_app.core.trainer import Trainer

    folder = tmp_path_factory.mktemp("template") / "data"
    with Trainer.open(folder) as trainer:
        trainer.seed_demo(12, seed=3)
        trainer.backups.make()
        trainer.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=damage_cases())
def test_start_up_after_random_damage_opens_whole_or_refuses_in_words(template, tmp_path_factory, case):
    folder = tmp_path_factory.mktemp("case") / "data"
    shutil.copytree(template, folder)
    expected = learners_in(template)
    result = outcome(folder, case)
    assert result.kind in ("opened", "refused"), result
    if result.kind == "opened":
        assert result.learners == expected, f"{case}: opened with {result.learners} of {expected} learners"
    else:
        assert result.code and result.message and "Traceback" not in result.message


@pytest.mark.parametrize("name", sorted(DAMAGES))
def test_every_kind_of_damage_through_the_command_line(template, tmp_path, capsys, name):
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    DAMAGES[name](folder, 7)
    code = main(["learner", "list", "--data-dir", str(folder)])
    captured = capsys.readouterr()
    assert code in (0, 1) and "Traceback" not in captured.err + captured.out
    if code == 0:
        assert captured.out.count("\n") >= learners_in(template)  # never an empty list
    else:
        assert captured.err.startswith("dla: ") and len(captured.err.strip().splitlines()) == 1


def test_a_database_another_program_holds_is_refused_in_words_when_the_start_must_write(template, tmp_path,
                                                                                         monkeypatch):
    """A copied folder writes at its first start (its old identity becomes a known device);
    with another program holding the write lock that is a plain refusal, not a traceback."""
    from digital_literacy_app.core.store import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)  # the real wait is 5 s
    folder = tmp_path / "copy"
    shutil.copytree(template, folder)  # another place: a new identity at start
    result = outcome(folder, ("locked", 1))
    assert (result.kind, result.code) == ("refused", "database.locked")
    assert "đóng" in result.message
