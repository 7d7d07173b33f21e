"""`dla --database postgresql://...` (or DLA_DATABASE_URL): a coordinator's commands against
the city store, compared with the same commands on SQLite (a real server: tests/postgres.py)."""

import json
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from openpyxl import load_workbook

from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.trainer import Trainer
from tests.certificate_pack import complete, write_pack
from tests.cli.test_cli import assert_refused, dla
from tests.postgres import with_database


def test_import_report_in_every_format_and_verify_against_the_city_store(tmp_path, postgres_url):
    pack = write_pack(tmp_path / "pack")
    files = []
    for name, seed in (("a", "1"), ("b", "2")):
        assert dla("demo", "seed", "--learners", "12", "--seed", seed, "--data-dir", str(tmp_path / name)).returncode == 0
    with Trainer.open(tmp_path / "a", lesson_dirs=[pack]) as ward:  # a certificate to check
        person = ward.learners.add("Đặng Thị Lan")
        complete(ward, person.id, ["safe-calls", "safe-otp"])
        ward.certificates.issue(person.id, "Trần Văn Tình", tmp_path / "lan.pdf")
    for name in ("a", "b"):
        with Trainer.open(tmp_path / name) as ward:
            files.append(str(export(ward, tmp_path / f"{name}.dlsync").path))
    city = ["--database", postgres_url, "--data-dir", str(tmp_path / "city")]
    small = ["--data-dir", str(tmp_path / "small")]
    imported = dla(*city, "sync", "import", *files)
    assert imported.returncode == 0 and "new learners" in imported.stdout, imported.stderr
    assert dla(*small, "sync", "import", *reversed(files)).returncode == 0
    again = dla("sync", "import", files[0], "--data-dir", str(tmp_path / "city"), env={"DLA_DATABASE_URL": postgres_url})
    assert again.returncode == 0 and "imported before" in again.stdout
    for fmt in ("json", "csv"):
        printed = [dla(*where, "report", "--by", "ward,group,area,month", "--format", fmt).stdout
                   for where in (city, small)]
        assert printed[0] == printed[1] and printed[0]
    assert json.loads(printed[0] if fmt == "json" else dla(*city, "report").stdout)["totals"]["learners"] == 25
    for fmt in ("xlsx", "pdf"):
        target = tmp_path / f"city.{fmt}"
        assert dla(*city, "report", "--by", "ward", "--format", fmt, "--out", str(target)).returncode == 0
    assert load_workbook(tmp_path / "city.xlsx").active.max_row > 1
    assert (tmp_path / "city.pdf").read_bytes().startswith(b"%PDF")
    verified = dla(*city, "certificate", "verify", "--pdf", str(tmp_path / "lan.pdf"))
    assert verified.returncode == 0 and "Đặng Thị Lan" in verified.stdout, verified.stderr


def test_a_store_that_is_not_postgresql_or_not_there_is_refused_in_plain_words(tmp_path):
    wrong = dla("--database", "mysql://x", "report", "--data-dir", str(tmp_path))
    assert wrong.returncode == 2 and "postgresql://" in wrong.stderr
    unreachable = dla("--database", f"postgresql://u:secret@/none?host={tmp_path}", "report", "--data-dir", str(tmp_path))
    assert_refused(unreachable, "could not be reached")
    assert "secret" not in unreachable.stderr


def test_another_programs_database_is_refused_in_plain_words_and_left_as_it_was(tmp_path, postgres_server):
    """`dla --database` (or DLA_DATABASE_URL) leading to a database with tables of its own:
    refused in one sentence, in English or Vietnamese, and nothing is made there."""
    url = postgres_server.new_database(migrated=False)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE orders (id bigint PRIMARY KEY)")
    assert dla("demo", "seed", "--learners", "3", "--data-dir", str(tmp_path / "ward")).returncode == 0
    assert dla("sync", "export", "--out", str(tmp_path / "w.dlsync"), "--data-dir", str(tmp_path / "ward")).returncode == 0
    english = dla("--lang", "en", "--database", url, "sync", "import", str(tmp_path / "w.dlsync"),
                  "--data-dir", str(tmp_path / "city"))
    assert_refused(english, "holds other tables: it is not a city store of this app")
    vietnamese = dla("--lang", "vi", "report", "--data-dir", str(tmp_path / "city"), env={"DLA_DATABASE_URL": url})
    assert_refused(vietnamese, "chứa các bảng khác: đây không phải kho dữ liệu thành phố")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall() == [("orders",)]


def test_coordinator_migrate_moves_a_store_up_and_says_it_was_proved(tmp_path, postgres_url):
    assert dla("demo", "seed", "--learners", "8", "--data-dir", str(tmp_path / "ward")).returncode == 0
    assert dla("sync", "export", "--out", str(tmp_path / "w.dlsync"), "--data-dir", str(tmp_path / "ward")).returncode == 0
    small = ["--data-dir", str(tmp_path / "small")]
    assert dla(*small, "sync", "import", str(tmp_path / "w.dlsync")).returncode == 0
    moved = dla("coordinator", "migrate", "--to", postgres_url, *small)
    assert moved.returncode == 0 and "byte for byte" in moved.stdout, moved.stderr
    from digital_literacy_app.core.reports.city_facts import current

    with Trainer.open(tmp_path / "small", database=postgres_url) as city:
        assert current(city), "the move proved the reports the city counts from its report facts"
    assert dla(*small, "--database", postgres_url, "report").stdout == dla(*small, "report").stdout
    assert_refused(dla("coordinator", "migrate", "--to", postgres_url, *small), "already holds records")
    assert dla("coordinator", "migrate", "--to", "sqlite:///x", *small).returncode == 2


@pytest.mark.parametrize("error,said", [
    (psycopg.OperationalError("server closed the connection unexpectedly\nThis probably means..."),
     "The city store stopped answering (server closed the connection unexpectedly). Check the network cable"),
    (psycopg.errors.DiskFull("could not extend file"), "The city store refused this work (could not extend file)"),
])
def test_a_driver_failure_during_a_command_is_one_plain_sentence(tmp_path, monkeypatch, capsys, error, said):
    """The city store goes away, or refuses, while a command works on it: one sentence that
    says which (the network, or the store itself), exit 1, no traceback and no crash log."""
    from digital_literacy_app import cli

    def fails(args):
        raise error

    monkeypatch.setitem(cli._HANDLERS, ("report", None), fails)
    assert cli.main(["--lang", "en", "report", "--data-dir", str(tmp_path)]) == cli.EXIT_REFUSED
    told = capsys.readouterr().err
    assert said in told and len(told.strip().splitlines()) == 1 and "Traceback" not in told
    assert not list(tmp_path.rglob("*.log"))


def test_a_city_store_that_only_reads_is_named_so_and_left_as_it_was(tmp_path, postgres_url):
    """The address leads to a server that only reads: a standby of the city's (streaming
    replication, docs/city-scale.md), or a database set read only. Testing the address and
    every command that writes (an import; a report, whose temporary tables are writes too)
    say so and ask for the main server's address: exit 1, one sentence, no traceback.
    (`default_transaction_read_only` refuses with the same SQLSTATE, 25006, as a standby.)"""
    assert dla("demo", "seed", "--learners", "3", "--data-dir", str(tmp_path / "ward")).returncode == 0
    assert dla("sync", "export", "--out", str(tmp_path / "w.dlsync"), "--data-dir", str(tmp_path / "ward")).returncode == 0
    city = ["--database", postgres_url, "--data-dir", str(tmp_path / "city")]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        name = conn.execute("SELECT current_database()").fetchone()[0]
        conn.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
        count = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    check = Trainer.city_stores.check(postgres_url)
    assert check.code == "city.read_only" and not check.works
    assert "only reads: it is a standby server" in check.say("en") and Trainer.city_stores.shown(postgres_url) \
        in check.say("vi")
    assert_refused(dla("--lang", "en", *city, "sync", "import", str(tmp_path / "w.dlsync")),
                   "The city store only reads now (a standby server, or set to read only), so this was not done")
    assert_refused(dla("--lang", "vi", *city, "report"), "Kho dữ liệu thành phố lúc này chỉ cho đọc (máy chủ dự phòng")
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == count


@pytest.mark.parametrize("encoding", ["LATIN1", "WIN1258", "SQL_ASCII"])
def test_a_database_not_in_utf8_is_refused_before_anything_is_written(tmp_path, postgres_server, encoding):
    """A database made in another encoding (a server's default on a Windows or old Linux
    install): in LATIN1 every Vietnamese name was stored garbled without an error, in
    WIN1258 reading them back failed, and SQL_ASCII gave bytes back. The settings' test and
    every command now refuse it in one sentence, and nothing is made there."""
    name = f"{postgres_server.prefix}_{encoding.lower()}"
    with postgres_server.admin() as conn:
        conn.execute(f"CREATE DATABASE {name} ENCODING '{encoding}' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    postgres_server.made.append(name)
    url = with_database(postgres_server.url, name)
    check = Trainer.city_stores.check(url)
    assert (check.code, check.detail, check.works) == ("city.not_utf8", encoding, False)
    assert dla("demo", "seed", "--learners", "3", "--data-dir", str(tmp_path / "ward")).returncode == 0
    assert dla("sync", "export", "--out", str(tmp_path / "w.dlsync"), "--data-dir", str(tmp_path / "ward")).returncode == 0
    english = dla("--lang", "en", "--database", url, "sync", "import", str(tmp_path / "w.dlsync"),
                  "--data-dir", str(tmp_path / "city"))
    assert_refused(english, f"is not in UTF-8 ({encoding}): Vietnamese names would be garbled in it, so nothing")
    vietnamese = dla("--lang", "vi", "report", "--data-dir", str(tmp_path / "city"), env={"DLA_DATABASE_URL": url})
    assert_refused(vietnamese, f"không dùng bảng mã UTF-8 ({encoding}): tên tiếng Việt lưu vào đó sẽ bị sai chữ")
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0


def test_a_user_who_may_not_create_the_tables_is_told_before_the_first_opening(tmp_path, postgres_server):
    """The database owned by another role, this one allowed only to connect (PostgreSQL 15
    and later no longer let every role create tables in the public schema): the address's
    test said "empty, it will be set up", then the first opening failed with "permission
    denied for schema public". Now both say what the IT staff must change."""
    role = f"{postgres_server.prefix}_reader"
    url = postgres_server.new_database(migrated=False)
    parts = urlsplit(url)
    as_reader = urlunsplit((parts.scheme, f"{role}@{parts.netloc.rpartition('@')[2]}", parts.path, parts.query, ""))
    with postgres_server.admin() as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
    try:
        check = Trainer.city_stores.check(as_reader)
        assert (check.code, check.works) == ("city.no_rights", False)
        assert check.say("vi").startswith("Máy chủ trả lời, nhưng tài khoản này không được tạo các bảng")
        refused = dla("--lang", "en", "--database", as_reader, "report", "--data-dir", str(tmp_path / "city"))
        assert_refused(refused, "this user may not create the app's tables in the database")
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0
    finally:
        with postgres_server.admin() as conn:
            conn.execute(f"DROP ROLE {role}")
