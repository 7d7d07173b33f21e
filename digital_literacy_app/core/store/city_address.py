"""The city store's address as a coordinator's PC keeps it, and a plain test of it.

A coordinator's PC is often shared, so the password is never written to disk: the
address is saved without it (`city-store.json` in the data folder) and the app asks for
the password when it opens the store, keeping it in memory only. Where the city's IT
staff set up libpq's password file (PGPASSFILE, %APPDATA%\\postgresql\\pgpass.conf or
~/.pgpass), the address alone connects and nobody is asked: that file is theirs, guarded
by the system's file rights, and the app never writes it.

`CityStores.check(address)` answers in one reason code whether an address works, without
changing anything on the server (no tables made): the settings screen's "Test" and the
app's opening use it, so a wrong password or an unreachable server is said plainly
before any store is opened.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit, urlunsplit

from digital_literacy_app.core.atomic import atomic_write_text
from digital_literacy_app.core.errors import DlaError, Note
from digital_literacy_app.core.text import nfc

ADDRESS_FILE = "city-store.json"
MAX_FILE_BYTES = 4096  # an address is a line; anything larger is not ours
MAX_ADDRESS = 1000
CONNECT_TIMEOUT_S = 5  # a test must answer while the coordinator waits
SCHEMES = ("postgresql", "postgres")

WORKS, WORKS_EMPTY = "city.works", "city.works_empty"
NEEDS_PASSWORD, WRONG_PASSWORD = "city.password_needed", "city.wrong_password"
READ_ONLY = "city.read_only"
NOT_UTF8 = "city.not_utf8"


@dataclass(frozen=True)
class CityStoreCheck:
    """What testing an address found: `code` is "city.works" or "city.works_empty" when
    it can be opened, else the reason it cannot (worded in core/wording)."""

    code: str
    address: str  # shown: without any password
    detail: str = ""

    @property
    def works(self) -> bool:
        return self.code in (WORKS, WORKS_EMPTY)

    @property
    def needs_password(self) -> bool:
        return self.code in (NEEDS_PASSWORD, WRONG_PASSWORD)

    def say(self, lang: str = "en") -> str:
        return Note(self.code, address=self.address, detail=self.detail).say(lang)


def _parts(address: str):
    parts = urlsplit(address)
    if parts.scheme not in SCHEMES or not parts.hostname and not parts.path.strip("/"):
        return None
    return parts


def is_address(address) -> bool:
    """A postgresql:// (or postgres://) address naming a server or a database."""
    if not isinstance(address, str) or not address or len(address) > MAX_ADDRESS:
        return False
    try:
        return _parts(address) is not None
    except ValueError:  # a malformed port or bracket
        return False


def without_password(address: str) -> str:
    """The address with any password taken out (what may be saved and shown): the one
    after the user name and a `password=` setting (libpq reads both). Text that is not
    even a URL shows only its scheme."""
    try:
        parts = urlsplit(address)
        parts.port  # noqa: B018 - a port that is not a number raises here, as a bracket out of place does above
    except ValueError:
        return address.partition("://")[0] + "://…"
    query = "&".join(item for item in parts.query.split("&") if item.split("=", 1)[0].lower() != "password")
    if parts.password is None and query == parts.query:
        return address
    netloc = parts.netloc
    if parts.password is not None:
        user = netloc.rpartition("@")[0].split(":", 1)[0]
        netloc = f"{user}@{netloc.rpartition('@')[2]}"
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def with_password(address: str, password: str) -> str:
    """The address with this password in it, for connecting (kept in memory only)."""
    parts = urlsplit(without_password(address))
    user, _, host = parts.netloc.rpartition("@")
    netloc = f"{user}:{quote(password, safe='')}@{host}" if user else f":{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def has_password(address: str) -> bool:
    """Whether the address holds a password, after the user name or as a `password=`
    setting: either must be taken out before the address is shown or kept."""
    try:
        parts = urlsplit(address)
        parts.port  # noqa: B018 - as in without_password: text that is no URL holds nothing to take out
    except ValueError:
        return False
    return parts.password is not None or any(
        item.split("=", 1)[0].lower() == "password" for item in parts.query.split("&"))


def shown(address: str) -> str:
    """user@host:port/database: how the screens name a store (never the password)."""
    try:
        parts = urlsplit(address)
        host = parts.hostname or parse_qs(parts.query).get("host", ["localhost"])[0]
        port = f":{parts.port}" if parts.port else ""
        user = f"{unquote(parts.username)}@" if parts.username else ""
    except ValueError:
        return "?"
    return f"{user}{host}{port}{parts.path or '/'}"


def saved(folder: Path) -> str | None:
    """The address saved in this data folder, or None (also for a file that is not ours:
    the app then opens the PC's own data, as before anything was saved)."""
    path = Path(folder) / ADDRESS_FILE
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    address = data.get("address") if isinstance(data, dict) else None
    if not is_address(address):
        return None
    return without_password(nfc(address))


def save(folder: Path, address: str) -> str:
    """Keep the address (without its password) for the next start; the address kept."""
    kept = without_password(nfc(address.strip()))
    atomic_write_text(Path(folder) / ADDRESS_FILE, json.dumps({"address": kept}, ensure_ascii=False) + "\n")
    return kept


def forget(folder: Path) -> bool:
    """Open the PC's own data again from the next start on; whether an address was saved."""
    try:
        (Path(folder) / ADDRESS_FILE).unlink()
        return True
    except FileNotFoundError:
        return False


def check(address: str) -> CityStoreCheck:
    """Connect and look, changing nothing: does this address lead to a city store?"""
    address = nfc((address or "").strip())
    if not is_address(address):
        return CityStoreCheck("city.not_an_address", shown(address) if address else "")
    name = shown(address)
    try:
        import psycopg
    except ImportError:
        return CityStoreCheck("city.psycopg_missing", name)
    try:
        conn = psycopg.connect(address, autocommit=True, client_encoding="UTF8", connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:
        return CityStoreCheck(_connect_refusal(str(exc)), name, _first_line(exc))
    try:
        encoding = server_encoding(conn)
        if encoding != "UTF8":
            return CityStoreCheck(NOT_UTF8, name, encoding)
        return CityStoreCheck(_what_is_there(conn), name)
    except psycopg.Error as exc:
        return CityStoreCheck("city.cannot_reach", name, _first_line(exc))
    finally:
        conn.close()


def _connect_refusal(message: str) -> str:
    text = message.lower()
    if "no password supplied" in text:
        return NEEDS_PASSWORD
    if "password authentication failed" in text or ("role" in text and "does not exist" in text):
        return WRONG_PASSWORD
    if "database" in text and "does not exist" in text:
        return "city.no_database"
    return "city.cannot_reach"


def server_encoding(conn) -> str:
    """The database's encoding, as the server told it at connecting (no query). Only UTF8
    holds every Vietnamese name: in LATIN1 the names were stored garbled without an error,
    in WIN1258 reading them back failed, and SQL_ASCII gave bytes back instead of text."""
    return conn.info.parameter_status("server_encoding") or ""


def _what_is_there(conn) -> str:
    from digital_literacy_app.core.store import pg_migrations

    applied = pg_migrations.applied(conn)
    if applied and applied - set(pg_migrations.KNOWN):
        return "city.newer"
    if conn.execute("SHOW transaction_read_only").fetchone()[0] == "on":  # a standby, or read only by setting
        return READ_ONLY
    if applied:
        return WORKS
    return pg_migrations.not_to_set_up(conn, applied) or WORKS_EMPTY


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


def driver_refusal(error: BaseException, code: str = "database.postgres_failed", **details) -> DlaError | None:
    """A failure of the PostgreSQL driver as a refusal: `code` (one worded with a {detail},
    such as "database.postgres_failed" or "city.lost") with the driver's first line as the
    detail. None for anything else, which stays a bug. Told apart by the error's module, so
    asking never imports the driver (the screens ask CityStores.lost_or_refused)."""
    if not type(error).__module__.startswith("psycopg"):
        return None
    return DlaError(code, detail=_first_line(error), **details)


# The connection itself went: the driver lost it (no SQLSTATE), a connection exception
# (class 08), or the server shutting down or restarting.
LOST_STATES = ("08", "57P01", "57P02", "57P03")
READ_ONLY_STATE = "25006"  # read_only_sql_transaction: a standby server, or a store set read only


def lost_or_refused(error: BaseException) -> DlaError | None:
    """A driver failure met while working on the city store: "city.lost" (check the network
    and the server) only when the connection went, "city.read_only_work" when the server
    only reads (ask for the main server's address), else "database.postgres_failed" (the
    store refused: a full disk, a broken rule), each with the driver's first line. None for
    anything that is not the driver's."""
    state = getattr(error, "sqlstate", None)
    if state == READ_ONLY_STATE:
        return driver_refusal(error, "city.read_only_work")
    lost = state is None or str(state).startswith(LOST_STATES)
    return driver_refusal(error, "city.lost" if lost else "database.postgres_failed")


@dataclass(frozen=True)
class Driver:
    """This installation's PostgreSQL driver (the self-check's "city store" line)."""

    version: str  # its name and version: "psycopg 3.3.9"
    implementation: str  # "binary", "c" or "python"
    libpq: str
    ssl: bool  # whether its libpq can use SSL, which a city's server asks for


def driver() -> Driver | None:
    """The PostgreSQL driver, or None where it is left out (the ward PCs' one-folder app)."""
    try:
        import psycopg
    except ImportError:
        return None
    number = psycopg.pq.version()
    ssl = True
    try:  # libpq refuses sslmode=require before connecting when it was built without SSL
        psycopg.connect("host=127.0.0.1 port=1 sslmode=require connect_timeout=2").close()
    except psycopg.Error as exc:
        ssl = "compiled" not in str(exc).lower()
    return Driver(f"psycopg {psycopg.__version__}", psycopg.pq.__impl__, f"{number // 10000}.{number % 10000}", ssl)


class CityStores:
    """The door the screens and the command line use (Trainer.city_stores)."""

    is_address = staticmethod(is_address)
    check = staticmethod(check)
    saved = staticmethod(saved)
    save = staticmethod(save)
    forget = staticmethod(forget)
    shown = staticmethod(shown)
    without_password = staticmethod(without_password)
    with_password = staticmethod(with_password)
    has_password = staticmethod(has_password)
    lost_or_refused = staticmethod(lost_or_refused)  # the driver's failure as a DlaError, or None
    driver = staticmethod(driver)  # this installation's PostgreSQL driver, or None
