"""Shared fixtures: a real data directory and a real SQLite file per test."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The same verdict on every machine: the command line speaks the system's language, so the
# tests run it in English unless a test asks for Vietnamese.
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"
# A city store named in the tester's environment must not take over the tests' commands.
os.environ.pop("DLA_DATABASE_URL", None)

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# A PIN's scrypt costs 16 MiB and about 40 ms by design (core/volunteers.py), and the tests
# make some 400 of them: in this process they use a work factor 16 times smaller. The hash
# keeps its parameters, so checking works the same; the shipped cost is asserted by
# test_volunteers.py (marked `real_pin_cost`) and used by every command run as a process.
TEST_SCRYPT_N = 2 ** 10


@pytest.fixture(autouse=True)
def _cheaper_pin_hashes(request, monkeypatch):
    if request.node.get_closest_marker("real_pin_cost") is None:
        from digital_literacy_app.core import volunteers

        monkeypatch.setattr(volunteers, "SCRYPT_N", TEST_SCRYPT_N)


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory) -> Path:
    """A database made once by the real migrations, for tests to start from a copy of it:
    a test's data folder then costs a file copy, not the migrations and their fsyncs."""
    from digital_literacy_app.core.paths import DATABASE_FILE
    from digital_literacy_app.core.trainer import Trainer

    folder = tmp_path_factory.mktemp("template") / "data"
    Trainer.open(folder, lesson_dirs=[FIXTURES / "lessons"]).close()
    return folder / DATABASE_FILE


def new_data_dir(folder: Path, migrated_database: Path) -> Path:
    """An empty data folder holding a copy of the migrated database (no device identity:
    each test's PC makes its own at the first open, as a new installation does)."""
    import shutil

    folder.mkdir(parents=True)
    shutil.copyfile(migrated_database, folder / migrated_database.name)
    return folder


@pytest.fixture
def trainer(tmp_path, migrated_database):
    from digital_literacy_app.core.trainer import Trainer

    folder = new_data_dir(tmp_path / "data", migrated_database)
    with Trainer.open(folder, lesson_dirs=[FIXTURES / "lessons"]) as opened:
        yield opened


@pytest.fixture
def sample_lesson(trainer):
    return trainer.lessons.get("sample-lesson")


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server, started once per test process (tests/postgres.py), or the
    one DLA_TEST_POSTGRES_URL names. If it cannot start, the tests that need it fail."""
    from tests.postgres import TestServer

    server = TestServer.start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A new database of the city store's schema, for this test alone."""
    return postgres_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def coordinator_on_each_engine(request, tmp_path):
    """A coordinator's store with the test lessons, once on SQLite and once on PostgreSQL."""
    from digital_literacy_app.core.trainer import Trainer

    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    with Trainer.open(tmp_path / "coordinator", lesson_dirs=[FIXTURES / "lessons"], database=url) as opened:
        yield opened


# The slowest files, slowest first (seconds on 2026-12-07, two workers): 43, 34, 24, 24, 19,
# 16, 15, 15 and 12. `make test` passes --no-loadscope-reorder, or pytest-xdist hands out the
# files with the most tests first and these single long walks last, one worker alone at the end.
SLOW_FILES = ("test_phone_fit_200.py", "test_phone_fit_100.py", "test_lesson_walkthrough.py",
              "test_screenshots.py", "test_certificate_cli.py", "test_postgres_cli.py", "test_phone_fit_150.py",
              "test_sync_cli.py", "test_sync_attacks.py")


def pytest_configure(config):
    config.addinivalue_line("markers", "real_pin_cost: PINs are hashed at the shipped scrypt cost")


def pytest_collection_modifyitems(config, items):
    """Hand the slowest files out first: with two workers taking whole files (`make test`),
    one that starts a long walk last keeps the other waiting at the end (56 s of 256 s when
    the walks came last)."""
    rank = {name: place for place, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))
