"""The city store's address as the app keeps it: never its password, hostile files refused
(core/store/city_address.py; against a real server: tests/ui/test_city_store_app.py)."""

import json

from digital_literacy_app.core.store.city_address import ADDRESS_FILE, MAX_FILE_BYTES
from digital_literacy_app.core.trainer import Trainer

stores = Trainer.city_stores


def test_a_password_goes_in_for_connecting_and_out_for_saving_and_showing():
    plain = "postgresql://dla@db.city.example:5433/dla_city?sslmode=require"
    secret = "p@ss:/ word"
    with_it = stores.with_password(plain, secret)
    assert with_it == "postgresql://dla:p%40ss%3A%2F%20word@db.city.example:5433/dla_city?sslmode=require"
    assert stores.has_password(with_it) and not stores.has_password(plain)
    assert stores.without_password(with_it) == plain
    assert stores.shown(with_it) == "dla@db.city.example:5433/dla_city"
    assert stores.shown("postgresql://dla@/city?host=/run/postgresql") == "dla@/run/postgresql/city"
    in_query = "postgresql://dla@db.city.example/dla_city?password=" + secret.replace(" ", "%20") + "&sslmode=require"
    assert stores.has_password(in_query) and stores.without_password(in_query) == \
        "postgresql://dla@db.city.example/dla_city?sslmode=require"
    for no_url in ("postgresql://dla@db:port/x?password=a", "postgresql://[db/x"):
        assert not stores.has_password(no_url)  # nothing to take out: the box keeps what was typed


def test_save_keeps_the_address_without_its_password_and_forget_removes_it(tmp_path):
    assert stores.saved(tmp_path) is None
    kept = stores.save(tmp_path, "  postgresql://dla:hemmelig@db/dla_city ")
    assert kept == "postgresql://dla@db/dla_city"
    assert "hemmelig" not in (tmp_path / ADDRESS_FILE).read_text(encoding="utf-8")
    assert stores.saved(tmp_path) == kept
    assert stores.forget(tmp_path) is True
    assert stores.saved(tmp_path) is None and stores.forget(tmp_path) is False


def test_a_file_that_is_not_ours_opens_the_pcs_own_data(tmp_path):
    path = tmp_path / ADDRESS_FILE
    for content in (b"\xff\xfe not json", b"[1, 2]", json.dumps({"address": 5}).encode(),
                    json.dumps({"address": "sqlite:///x.db"}).encode(),
                    json.dumps({"address": "postgresql://" + "x" * MAX_FILE_BYTES}).encode()):
        path.write_bytes(content)
        assert stores.saved(tmp_path) is None, content[:40]
    path.write_text(json.dumps({"address": "postgresql://dla:leaked@db/city"}), encoding="utf-8")
    assert stores.saved(tmp_path) == "postgresql://dla@db/city", "a password written by hand is never used"


def test_an_address_that_is_not_postgresql_is_answered_without_connecting():
    for wrong in ("", "mysql://x/y", "C:\\data\\dla.db", "postgresql://"):
        check = stores.check(wrong)
        assert check.code == "city.not_an_address" and not check.works
        assert check.say("vi").startswith("Đây không phải địa chỉ của kho dữ liệu thành phố")


def test_a_password_in_the_settings_part_or_a_wrong_address_is_never_shown():
    """libpq also reads `?password=`; a mistyped scheme or a broken address must not put a
    password on the screen or the terminal either."""
    from digital_literacy_app.core.store.postgres import safe_url

    assert stores.without_password("postgresql://db.city.example/dla?password=S3cret&sslmode=require") == \
        "postgresql://db.city.example/dla?sslmode=require"
    assert safe_url("postgresql://dla:S3cret@db/dla?PassWord=S3cret") == "postgresql://dla@db/dla"
    assert safe_url("postgresql://dla:S3cret@[db/dla") == "postgresql://…"
    assert "S3cret" not in stores.without_password("postgressql://dla:S3cret@db/dla")


def test_the_command_line_never_echoes_a_password_it_refuses(tmp_path):
    from tests.cli.test_cli import dla

    result = dla("--data-dir", str(tmp_path), "--database", "mysql://dla:S3cret@db.city.example/dla", "report")
    assert result.returncode == 2 and "S3cret" not in result.stderr + result.stdout
    assert "mysql://dla@db.city.example/dla" in result.stderr and "Traceback" not in result.stderr
