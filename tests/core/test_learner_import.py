"""Adding learners from a list made in Excel: every row checked, duplicates flagged,
the good rows added in one go, hostile files refused whole (core/learner_import.py)."""

import pytest

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.learner_file import MAX_ROWS

from tests.core.learner_files import HEADER, csv_bytes, thirty_with_two_bad, windows_1258, xlsx_bytes


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_thirty_learners_with_two_bad_rows(trainer, tmp_path):
    """The preview names each bad row and why; adding keeps the 28 good ones, nothing else."""
    path = write(tmp_path, "lop.csv", csv_bytes(thirty_with_two_bad()))
    checked = trainer.learners.import_preview(path)
    assert checked.encoding == "utf-8-sig" and len(checked.rows) == 30
    assert [(row.line, [p.code for p in row.problems]) for row in checked.bad] == [
        (6, ["import.name_missing"]), (12, ["learner.birth_year_range"])]
    assert trainer.learners.count() == 0, "nothing saved by the preview"
    result = trainer.learners.import_rows(checked)
    assert len(result.added) == 28 and [row.line for row in result.skipped] == [6, 12]
    hoa = next(r for r in trainer.learners.all() if r.name == "Nguyễn Thị Hường 0")
    assert (hoa.birth_year, hoa.group, hoa.ward) == (1940, "elderly", "Phường Kim Mã")
    groups = {r.group for r in trainer.learners.all()}
    assert groups == {"elderly", "farmer", "freelance", "suburban", "other"}
    assert [e.kind for e in trainer.log.all()] == ["learner.created"] * 28


def test_duplicates_are_flagged_before_saving(trainer, tmp_path):
    """Someone already here (accents and capitals aside) and a row repeated in the file."""
    here = trainer.learners.add("Hoàng Văn Thành", 1960, "elderly")
    rows = [["hoang van thanh", 1960, "", ""], ["Lê Thị Lụa", 1955, "nông dân", ""],
            ["Le Thi Lua", "1955", "Farmer", ""], ["Đỗ Văn Nam", "", "other", "Xã Ba Vì"]]
    checked = trainer.learners.import_preview(write(tmp_path, "l.csv", csv_bytes(rows)))
    first, lua, twice, nam = checked.rows
    assert [r.id for r in first.same_here] == [here.id] and first.ok
    assert twice.same_as_line == lua.line == 3 and not twice.ok
    assert nam.birth_year is None and nam.ward == "Xã Ba Vì"
    result = trainer.learners.import_rows(checked)
    assert sorted(r.name for r in result.added) == ["Lê Thị Lụa", "Đỗ Văn Nam"]
    assert trainer.learners.count() == 3
    again = trainer.learners.import_preview(write(tmp_path, "m.csv", csv_bytes(rows[:1])))
    trainer.learners.import_rows(again, with_same_here=True)
    assert trainer.learners.count() == 4, "added anyway when the volunteer says so"


def test_an_xlsx_made_with_excel_reads_numbers_and_english_headers(trainer, tmp_path):
    rows = [["Phạm Thị Ngọc", 1950.0, "Older people", "Phường Kim Mã"], ["Vũ Văn Đức", 1962, "", None],
            [1234, 1950, "", ""], ["Trần Văn Lâm", "năm 50", "", ""]]
    path = write(tmp_path, "list.xlsx", xlsx_bytes(rows, header=["Name", "Birth year", "Group", "Ward", "Phone"]))
    checked = trainer.learners.import_preview(path)
    assert checked.encoding == "xlsx" and checked.ignored_columns == ["Phone"]
    ngoc, duc, number, words = checked.rows
    assert (ngoc.birth_year, ngoc.group, duc.ward) == (1950, "elderly", trainer.device.ward)
    assert [p.code for p in number.problems] == ["import.name_not_text"]
    assert [p.code for p in words.problems] == ["learner.birth_year_not_number"]
    trainer.learners.import_rows(checked)
    assert trainer.learners.get(trainer.learners.all()[0].id).ward in ("Phường Kim Mã", trainer.device.ward)


def test_the_list_this_app_saves_reads_back(trainer, tmp_path):
    trainer.learners.add("Nguyễn Thị Hường", 1956, "farmer", "Phường Kim Mã")
    saved = trainer.learners.export(tmp_path / "list.xlsx", [r.id for r in trainer.learners.all()])
    checked = trainer.learners.import_preview(saved)
    [row] = checked.rows
    assert (row.name, row.birth_year, row.group, row.ward) == ("Nguyễn Thị Hường", 1956, "farmer", "Phường Kim Mã")
    assert row.same_here, "the same person, flagged"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1258"])
def test_the_encodings_excel_writes_give_the_same_nfc_names(trainer, tmp_path, encoding):
    rows = [["Nguyễn Thị Hường", 1956, "Người cao tuổi", "Phường Hàng Bồ"]]
    data = csv_bytes(rows, encoding=encoding, delimiter=";")
    assert (encoding != "cp1258") or b"\xde" in data or b"\xcc" in data or b"\xd2" in data
    checked = trainer.learners.import_preview(write(tmp_path, "l.csv", data))
    assert checked.encoding == encoding
    [row] = checked.rows
    assert (row.name, row.group, row.ward) == ("Nguyễn Thị Hường", "elderly", "Phường Hàng Bồ")


def test_windows_1258_decomposes_tones(tmp_path):
    assert windows_1258("ễ") == "ê".encode("cp1258") + b"\xde"


@pytest.mark.parametrize("name, data, code", [
    ("big.csv", b"Ho ten\r\n" + b"x" * (5 * 1024 * 1024), "import.too_large"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20, "import.not_a_table"),
    ("photo.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20, "import.not_a_table"),
    ("odd.csv", "Họ tên\r\nAn\r\n".encode("utf-8") + b"\x81\x8d", "import.encoding"),
    ("list.txt", b"Ho ten\r\nAn\r\n", "import.format"),
    ("empty.csv", b"\xef\xbb\xbf\r\n , \r\n", "import.empty"),
    ("noname.csv", b"Phone,Address\r\n1,2\r\n", "import.no_name_column"),
])
def test_hostile_or_wrong_files_are_refused_whole(trainer, tmp_path, name, data, code):
    with pytest.raises(InvalidInputError) as caught:
        trainer.learners.import_preview(write(tmp_path, name, data))
    assert caught.value.code == code
    assert caught.value.say("vi") and trainer.learners.count() == 0


def test_too_many_rows_are_refused(trainer, tmp_path):
    rows = [[f"Người {n}", 1950, "", ""] for n in range(MAX_ROWS + 1)]
    with pytest.raises(InvalidInputError, match="more than 5000"):
        trainer.learners.import_preview(write(tmp_path, "many.csv", csv_bytes(rows)))


def test_a_failure_while_adding_adds_nobody(trainer, tmp_path, monkeypatch):
    """All or nothing: a failure at the 3rd learner leaves none of the file."""
    checked = trainer.learners.import_preview(write(tmp_path, "l.csv", csv_bytes(thirty_with_two_bad())))
    from digital_literacy_app.core.store import fold

    original, seen = fold.apply, []

    def failing(conn, event):
        seen.append(event)
        if len(seen) == 3:
            raise InvalidInputError("learner.name_empty")
        original(conn, event)

    monkeypatch.setattr(fold, "apply", failing)
    with pytest.raises(InvalidInputError):
        trainer.learners.import_rows(checked)
    monkeypatch.setattr(fold, "apply", original)
    assert trainer.learners.count() == 0 and trainer.log.count() == 0


def test_header_words_in_both_languages(trainer, tmp_path):
    header = ["STT", "HỌ VÀ TÊN", "năm sinh", "Nhóm đối tượng", "Xã/Phường"]
    data = csv_bytes([[1, "An", 1950, "Nông dân", "Xã Ba Vì"]], header=header)
    [row] = trainer.learners.import_preview(write(tmp_path, "l.csv", data)).rows
    assert (row.name, row.birth_year, row.group, row.ward) == ("An", 1950, "farmer", "Xã Ba Vì")
    assert HEADER[0] == "Họ tên"
