"""Adding learners from a file made in Excel, through the Learners screen: a preview with
each row's problem, then one "Add" for the good rows."""

import pytest

from digital_literacy_app.ui.announce import listen
from digital_literacy_app.ui.volunteer import files, registry
from tests.core.learner_files import csv_bytes, thirty_with_two_bad, xlsx_bytes

from .conftest import click


@pytest.fixture
def coordinator(window, trainer):
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    window.volunteer_mode.sign_in(account)
    return account


def open_import(qtbot, window, monkeypatch, path):
    tool = next(t for t in registry.tools_for("coordinator") if t.key == "learners")
    flow = window.volunteer_mode.open_tool(tool)
    click(qtbot, flow.page.add_button)  # "Thêm người học…": one by one, or from a file
    assert flow.page.import_button.text() == "Nhập từ tệp\u2026"
    click(qtbot, flow.page.import_button)
    monkeypatch.setattr(files, "ask_open_table", lambda parent, title: path)
    click(qtbot, flow.page.choose_button)
    return flow


def test_thirty_learners_with_two_bad_rows_through_the_screen(qtbot, window, trainer, coordinator, monkeypatch,
                                                             tmp_path):
    path = tmp_path / "lop-thang-11.csv"
    path.write_bytes(csv_bytes(thirty_with_two_bad()))
    flow = open_import(qtbot, window, monkeypatch, path)
    page = flow.page
    assert page.model.rowCount() == 30 and page.table.isVisible()
    assert page.summary.text() == "lop-thang-11.csv: thêm được 28, 2 dòng có lỗi, 0 người đã có trên máy."
    verdicts = {row.line: page.model.verdict(row) for row in page.model.rows}
    assert verdicts[6] == "Dòng này không có họ tên."
    assert verdicts[12].startswith("Năm sinh phải từ 1900 đến")
    assert verdicts[2] == "Sẵn sàng thêm"
    assert trainer.learners.count() == 0, "nothing saved before Add"
    assert page.add_button.text() == "Thêm 28 người học" and not page.with_same_here.isVisible()
    heard = []  # what a screen reader hears (QAccessibleAnnouncementEvent), and where the focus was then
    stop = listen(lambda source, text, assertive: heard.append((text, page.back_button.hasFocus())))
    try:
        click(qtbot, page.add_button)
    finally:
        stop()
    assert heard == [("Đã thêm 28 người học. Không thêm: dòng 6, 12.", True)], "said once, after the focus moved"
    assert trainer.learners.count() == 28
    assert page.notice.message.text() == "Đã thêm 28 người học. Không thêm: dòng 6, 12."
    assert not page.add_button.isEnabled(), "the same file is not added twice by a second press"
    assert page.back_button.hasFocus()


def test_someone_already_here_is_added_only_when_ticked(qtbot, window, trainer, coordinator, monkeypatch, tmp_path):
    trainer.learners.add("Hoàng Văn Thành", 1960)
    path = tmp_path / "lop.xlsx"
    path.write_bytes(xlsx_bytes([["Hoang van Thanh", 1960, "", ""], ["Lò Văn Páo", 1958, "Nông dân", ""]]))
    page = open_import(qtbot, window, monkeypatch, path).page
    assert page.with_same_here.isVisible() and page.add_button.text() == "Thêm 1 người học"
    assert "đã có trên máy này" in page.model.verdict(page.model.rows[0])
    click(qtbot, page.with_same_here)
    assert page.add_button.text() == "Thêm 2 người học"
    click(qtbot, page.add_button)
    assert trainer.learners.count() == 3


def test_a_picture_renamed_csv_is_refused_and_nothing_changes(qtbot, window, trainer, coordinator, monkeypatch,
                                                             tmp_path):
    path = tmp_path / "anh.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    page = open_import(qtbot, window, monkeypatch, path).page
    assert page.notice.isVisible() and page.notice.message.text().startswith("Không dùng được anh.csv:")
    assert not page.table.isVisible() and not page.add_button.isEnabled()
    assert trainer.learners.count() == 0
