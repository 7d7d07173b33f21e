"""The learners tool: find, narrow, correct, erase (after a plain warning), join duplicates."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.errors import NotFoundError
from digital_literacy_app.ui.volunteer import registry

from .conftest import FIRST, REFUSE, click, press, type_text


@pytest.fixture
def coordinator(window, trainer):
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    window.volunteer_mode.sign_in(account)
    return account


def open_learners(window):
    tool = next(t for t in registry.tools_for("coordinator") if t.key == "learners")
    return window.volunteer_mode.open_tool(tool)


def shown(page):
    return [row.learner.name for row in page.model.rows]


def test_search_ignores_accents_and_filters_narrow_by_group_ward_and_progress(qtbot, window, trainer, coordinator):
    """"huong" finds "Hường"; group, ward and progress filters each narrow the list."""
    hoa = trainer.learners.add("Nguyễn Thị Hường", 1956, "elderly", "Phường Kim Mã")
    trainer.learners.add("Lò Văn Páo", 1960, "farmer", "Xã Sóc Sơn")
    trainer.learners.add("Đỗ Văn Nam", 1970, "farmer", "Phường Kim Mã")
    trainer.progress.complete_lesson(hoa.id, trainer.lessons.get(FIRST))
    page = open_learners(window).page
    assert shown(page) == ["Đỗ Văn Nam", "Lò Văn Páo", "Nguyễn Thị Hường"]
    type_text(page.search, "huong")
    qtbot.waitUntil(lambda: shown(page) == ["Nguyễn Thị Hường"], timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(shown(page)) == 3, timeout=2000)
    page.group.setCurrentIndex(page.group.findData("farmer"))
    assert shown(page) == ["Đỗ Văn Nam", "Lò Văn Páo"]
    page.ward.setCurrentIndex(page.ward.findData("Xã Sóc Sơn"))
    assert shown(page) == ["Lò Văn Páo"]
    page.group.setCurrentIndex(0)
    page.ward.setCurrentIndex(0)
    page.progress.setCurrentIndex(page.progress.findData("finished_some"))
    assert shown(page) == ["Nguyễn Thị Hường"]
    assert page.model.lessons_text(page.model.rows[0]) == "Xong 1, đang học 0"
    page.progress.setCurrentIndex(page.progress.findData("not_started"))
    assert shown(page) == ["Đỗ Văn Nam", "Lò Văn Páo"]
    assert page.count_label.text() == "Đang hiện 2 trên 3 người học."


def test_enter_on_a_row_opens_the_learner_and_saving_corrects_their_details(qtbot, window, trainer, coordinator):
    """Keyboard: arrows to the row, Enter; correct the name, year, group and ward; Save.
    The change is an event (it syncs), and a wrong year is explained, not saved."""
    trainer.learners.add("Lê Thị An")
    pao = trainer.learners.add("Lo Van Pao", 1960, "farmer")
    page = open_learners(window).page
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    learner_page = window.screen.page
    assert learner_page.title.text() == "Lo Van Pao"
    learner_page.name.setText("Lò Văn Páo")
    learner_page.year.setText("19x0")
    click(qtbot, learner_page.save_button)
    assert learner_page.year_error.isVisible() and trainer.learners.get(pao.id).name == "Lo Van Pao"
    learner_page.year.setText("1961")
    learner_page.ward.setText("Xã Sóc Sơn")
    click(qtbot, learner_page.group_buttons["suburban"])
    click(qtbot, learner_page.save_button)
    saved = trainer.learners.get(pao.id)
    assert (saved.name, saved.birth_year, saved.group, saved.ward) == ("Lò Văn Páo", 1961, "suburban", "Xã Sóc Sơn")
    assert learner_page.saved_note.text() == "Đã lưu."
    [update] = [e for e in trainer.log.all() if e.kind == "learner.updated"]
    assert update.payload == {"name": "Lò Văn Páo", "birth_year": 1961, "group": "suburban", "ward": "Xã Sóc Sơn",
                              "salt": update.payload["salt"]}  # see core/sync/chain.py


def test_erasing_explains_itself_defaults_to_keep_and_then_erases(qtbot, window, trainer, coordinator):
    """The warning says it travels in sync files and survives every merge; "Keep" has the
    focus (Enter keeps); "Xoá hẳn" records the erase event and the person is gone."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1950)
    trainer.progress.start_lesson(hoa.id, trainer.lessons.get(FIRST))
    flow = open_learners(window)
    learner_page = flow.tool.show_learner(hoa)
    click(qtbot, learner_page.erase_button)
    erase = flow.page
    words = " ".join(label.text() for label in erase.findChildren(type(erase.title)))
    assert "tệp đồng bộ" in words and "gộp" in words and "Không thể khôi phục" in words
    assert QApplication.focusWidget() is erase.keep_button
    press(qtbot, Qt.Key.Key_Return)
    assert flow.page.title.text() == "Nguyễn Thị Hoa" and trainer.learners.exists(hoa.id)
    click(qtbot, flow.page.erase_button)
    click(qtbot, flow.page.erase_button)
    assert not trainer.learners.exists(hoa.id)
    assert [e.kind for e in trainer.log.all()][-1] == "learner.erased"
    assert shown(flow.page) == []
    with pytest.raises(NotFoundError):
        trainer.learners.get(hoa.id)


def test_likely_duplicates_are_shown_and_joined_with_all_their_progress(qtbot, window, trainer, coordinator):
    """Two records of one person (accents, capitals): the button counts them, the page
    suggests the record with more done, and joining keeps both records' lessons."""
    first = trainer.learners.add("Nguyễn Thị Hường", 1956)
    second = trainer.learners.add("nguyen thi huong", 1956)
    trainer.learners.add("Nguyễn Thị Hường", 1957)
    trainer.progress.complete_lesson(first.id, trainer.lessons.get(FIRST))
    refuse = trainer.lessons.get(REFUSE)
    for step in refuse.steps:
        trainer.progress.complete_step(second.id, refuse, step.id)
    flow = open_learners(window)
    assert flow.page.duplicates_button.text() == "Có thể bị trùng (1)"
    click(qtbot, flow.page.duplicates_button)
    page = flow.page
    [group] = page.groups
    assert page.model.rowCount() == 1 and page.chosen_group is group
    assert page.model.cell(group, 0) == "Nguyễn Thị Hường / nguyen thi huong"
    assert page.model.cell(group, 3) == "Cùng tên nếu bỏ dấu và chữ hoa, cùng năm sinh"
    assert [r.id for r in group] == [first.id, second.id]
    kept = group[[b.isChecked() for b in page.keep_buttons].index(True)]
    assert kept.id == second.id, "the record with more steps done is suggested"
    click(qtbot, page.keep_buttons[0])
    click(qtbot, page.merge_button)
    question = page.question
    assert question.isVisible() and question.no.hasFocus(), "asked first, with 'Không gộp' ready"
    words = question.words.text()
    assert words.startswith("Giữ Nguyễn Thị Hường · 1956") and "nguyen thi huong · 1956" in words
    assert trainer.learners.exists(second.id), "nothing joined before the answer"
    click(qtbot, question.no)
    assert not question.isVisible() and trainer.learners.exists(second.id)
    assert page.table.hasFocus(), "kept apart: back on the list"
    click(qtbot, page.merge_button)
    click(qtbot, page.question.yes)
    assert not trainer.learners.exists(second.id)
    progress = trainer.progress.for_learner(first.id)
    assert progress[FIRST].status == "completed"
    assert progress[REFUSE].steps_done == len(refuse.steps)
    assert flow.page.groups == [], "the page shows the list again, now without that pair"
    assert flow.page.done_note.isVisible()
    assert flow.page.done_note.text().startswith("Đã gộp: mọi thứ giờ ở hồ sơ của Nguyễn Thị Hường · 1956")


def test_their_story_reads_in_words(qtbot, window, trainer, coordinator):
    """The learner's story names the lesson they worked on and the steps done, in Vietnamese."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1950)
    first = trainer.lessons.get(FIRST)
    trainer.progress.start_lesson(hoa.id, first)
    trainer.progress.complete_step(hoa.id, first, first.steps[0].id)
    flow = open_learners(window)
    learner_page = flow.tool.show_learner(hoa)
    click(qtbot, learner_page.timeline_button)
    story = flow.page
    assert story.title.text() == "Quá trình học của Nguyễn Thị Hoa"
    assert story.lines[0].endswith("Bắt đầu tham gia.")
    assert story.lines[1].endswith(f"Học bài “{first.title.vi}”: làm xong 1 bước (tới bước 1 trên "
                                   f"{len(first.steps)}).")
    click(qtbot, story.back_button)
    assert flow.page.title.text() == "Nguyễn Thị Hoa"


def test_a_volunteer_adds_a_class_one_after_another_with_their_ward(qtbot, window, trainer, coordinator):
    """"Thêm người học…": name, year, group and ward; the form empties for the next person
    and keeps the ward; a name and year already here asks first (open it, or add anyway)."""
    trainer.learners.add("Hoàng Văn Thành", 1960, "elderly", "Phường Kim Mã")
    flow = open_learners(window)
    click(qtbot, flow.page.add_button)
    page = flow.page
    assert page.title.text() == "Thêm người học" and page.form.name.hasFocus()
    type_text(page.form.name, "Lê Thị Năm")
    type_text(page.form.year, "1958")
    click(qtbot, page.form.group_buttons["farmer"])
    page.form.ward.setText("Xã Sóc Sơn")
    click(qtbot, page.add_button)
    [nam] = trainer.learners.search("Lê Thị Năm")
    assert (nam.birth_year, nam.group, nam.ward) == (1958, "farmer", "Xã Sóc Sơn")
    assert page.note.text() == "Đã thêm Lê Thị Năm (Nông dân, Xã Sóc Sơn). Có thể nhập người tiếp theo."
    assert page.form.name.text() == "" and page.form.ward.text() == "Xã Sóc Sơn" and page.form.name.hasFocus()

    type_text(page.form.name, "hoang van thanh")
    type_text(page.form.year, "1960")
    click(qtbot, page.add_button)
    assert page.same.isVisible() and trainer.learners.count() == 2
    assert page.same.words.text() == ("Hoàng Văn Thành, sinh năm 1960, Phường Kim Mã đã có trong danh sách. "
                                     "Có phải cùng một người không?")
    click(qtbot, page.same.new)
    assert trainer.learners.count() == 3 and not page.same.isVisible()
    click(qtbot, page.open_button)
    assert flow.page.learner.name == "hoang van thanh"  # saved as typed: the volunteer corrects it there


def test_the_list_as_shown_is_saved_as_a_spreadsheet_excel_opens(qtbot, window, trainer, coordinator, tmp_path,
                                                                  monkeypatch):
    """"Lưu danh sách…" writes the learners the filters show, read back with openpyxl; a CSV
    too (UTF-8 with a BOM, so Excel shows the accents)."""
    from openpyxl import load_workbook

    from digital_literacy_app.core.card_codes import learner_code
    from digital_literacy_app.ui.volunteer import files

    hoa = trainer.learners.add("Nguyễn Thị Hường", 1956, "elderly", "Phường Kim Mã")
    trainer.learners.add("Lò Văn Páo", 1960, "farmer", "Xã Sóc Sơn")
    trainer.progress.complete_lesson(hoa.id, trainer.lessons.get(FIRST))
    target = tmp_path / "danh-sach.xlsx"
    monkeypatch.setattr(files, "ask_save_table", lambda parent, title, name: target)
    page = open_learners(window).page
    page.group.setCurrentIndex(page.group.findData("elderly"))
    qtbot.waitUntil(lambda: shown(page) == ["Nguyễn Thị Hường"], timeout=2000)
    click(qtbot, page.export_button)
    assert page.notice.message.text() == f"Đã lưu 1 người học vào {target}."
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][0] == "Họ và tên (name)" and len(rows) == 2
    assert rows[1][:6] == ("Nguyễn Thị Hường", 1956, "Người cao tuổi", "Phường Kim Mã", learner_code(hoa.id), 1)
    csv_target = tmp_path / "danh-sach.csv"
    monkeypatch.setattr(files, "ask_save_table", lambda parent, title, name: csv_target)
    click(qtbot, page.export_button)
    text = csv_target.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and "Nguyễn Thị Hường" in text.decode("utf-8-sig")


def test_a_join_is_undone_from_the_duplicates_page_and_from_the_kept_record(qtbot, window, trainer, coordinator):
    """After "Đã gộp", "Hoàn tác" parts the records (they show as possible duplicates again);
    the kept record lists the records joined into it, each with its own undo."""
    first = trainer.learners.add("Nguyễn Thị Hường", 1956, "elderly", "Phường Kim Mã")
    second = trainer.learners.add("nguyen thi huong", 1956)
    lesson = trainer.lessons.get(FIRST)
    trainer.progress.complete_step(second.id, lesson, lesson.steps[0].id)
    flow = open_learners(window)
    click(qtbot, flow.page.duplicates_button)
    click(qtbot, flow.page.merge_button)
    click(qtbot, flow.page.question.yes)
    page = flow.page
    assert page.undo_button.isVisible() and page.undo_button.text() == "Hoàn tác"
    assert page.undo_button.hasFocus(), "focus goes to the undo, right after the join"
    assert trainer.learners.count() == 1
    click(qtbot, page.undo_button)
    assert trainer.learners.count() == 2
    assert lesson.steps[0].id in trainer.progress.steps_done(second.id, lesson.id)
    assert lesson.steps[0].id not in trainer.progress.steps_done(first.id, lesson.id)
    page = flow.page
    assert page.done_note.text().startswith("Đã hoàn tác việc gộp:")
    assert not page.undo_button.isVisible() and len(page.groups) == 1
    # Joined again, then parted from the kept record's own page.
    click(qtbot, page.merge_button)
    click(qtbot, page.question.yes)
    kept_id = next(r.id for r in trainer.learners.all())
    joined_id = ({first.id, second.id} - {kept_id}).pop()
    learner_page = flow.tool.show_learner(trainer.learners.get(kept_id))
    button = learner_page.undo_buttons[joined_id]
    assert button.text() == "Hoàn tác việc gộp" and button.accessibleName().startswith("Hoàn tác việc gộp hồ sơ")
    click(qtbot, button)
    assert trainer.learners.exists(joined_id) and trainer.learners.joined(kept_id) == []
    assert learner_page.joined_note.isVisible() and "Đã hoàn tác việc gộp" in learner_page.joined_note.text()
    assert learner_page.timeline_button.hasFocus()
