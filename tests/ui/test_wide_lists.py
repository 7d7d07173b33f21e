"""Usable at 200 %: every volunteer and coordinator list shows at least eight whole rows at
the volunteer's own 200 % text size on a 1366 × 768 screen, its filters folded away behind
"Bộ lọc ▾" and one press from coming back with the focus in them (issue 17, item 2).

The progress grid and the reports screen have their own tests (test_volunteer_progress*,
test_reports_screen)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from .conftest import click
from .wide_lists import (
    assert_eight_rows, assert_filters_reachable, grab, open_tool, seed, settle, sign_in_at, sync_files,
)

@pytest.fixture(scope="module")
def stick(tmp_path_factory):
    """Nine ward computers' sync files, made once for the tests that import them."""
    return sync_files(tmp_path_factory.mktemp("wards"))


THEMES = [pytest.param(False, id="plain"), pytest.param(True, id="high-contrast")]


@pytest.mark.parametrize("high_contrast", THEMES)
def test_learners_show_eight_rows_with_the_filters_folded_and_one_press_away(qtbot, window, trainer,
                                                                            high_contrast):
    """Learners at 200 %: eight learners in full, the count up in the bar; "Bộ lọc ▾"
    brings the search and the three lists back with the focus in the search, and they
    still narrow the list."""
    seed(trainer)
    sign_in_at(window, trainer, 200, high_contrast)
    page = open_tool(window, "learners").page
    assert_eight_rows(qtbot, page.table)
    assert page.count_label.isVisible() and page.count_label.text().startswith("Đang hiện 50 trên 50")
    assert window.focusWidget() is page.table  # (offscreen windows lose activation)
    assert_filters_reachable(qtbot, page.fold)
    assert window.focusWidget() is page.search
    page.progress.setCurrentIndex(page.progress.findData("finished_some"))
    assert len(page.model.rows) == 12


def test_learners_at_100_percent_keep_their_filters_open(qtbot, window, trainer):
    """At the usual size there is room: the filters stay open above eight rows and more,
    and the search has the focus as before."""
    seed(trainer)
    sign_in_at(window, trainer, 100)
    page = open_tool(window, "learners").page
    assert_eight_rows(qtbot, page.table)
    assert page.fold.is_open and page.search.isVisible()
    assert page.fold.button.text() == "Bộ lọc  \u25b4"
    qtbot.waitUntil(lambda: window.focusWidget() is page.search, timeout=2000)


@pytest.mark.parametrize("high_contrast", THEMES)
def test_sessions_show_eight_sessions_one_line_each(qtbot, window, trainer, high_contrast):
    """Sessions at 200 %: one line a session (the table scrolls sideways rather than
    folding a session into four lines), eight sessions in full."""
    seed(trainer)
    sign_in_at(window, trainer, 200, high_contrast)
    page = open_tool(window, "sessions").page
    assert page.model.columnCount() == 6
    assert_eight_rows(qtbot, page.table)


@pytest.mark.parametrize("high_contrast", THEMES)
def test_certificates_owed_show_eight_people_and_the_choice_of_whose_folds_away(qtbot, window, trainer,
                                                                               high_contrast):
    """Certificates at 200 %: eight of the twelve people owed one in full; the count and
    "Hiện:" come back behind "Bộ lọc ▾", and choosing a session still narrows the list."""
    seed(trainer)
    sign_in_at(window, trainer, 200, high_contrast)
    page = open_tool(window, "certificates").page
    assert len(page.model.rows) == 12
    assert_eight_rows(qtbot, page.table)
    assert_filters_reachable(qtbot, page.fold)
    assert page.window().focusWidget() is page.scope and page.count.isVisible()
    page.scope.setCurrentIndex(1)
    assert len(page.model.rows) == 5


@pytest.mark.parametrize("high_contrast", THEMES)
def test_backups_show_eight_backups_on_screen_with_the_explanation_folded(qtbot, window, trainer, high_contrast):
    """Backups at 200 %: the page scrolls, and eight backups are on screen when it opens,
    the explanation one press away ("Giải thích ▾"), the focus on "Sao lưu ngay"."""
    seed(trainer)
    sign_in_at(window, trainer, 200, high_contrast)
    page = open_tool(window, "backups").page
    qtbot.waitUntil(lambda: len(page.model.rows) >= 9, timeout=5000)  # read off the GUI thread
    assert_eight_rows(qtbot, page.table)
    assert page.fold.button.text() == "Giải thích  \u25be"
    assert page.window().focusWidget() is page.make_button
    click(qtbot, page.fold.button)
    assert page.fold.is_open and page.fold.isVisible()


@pytest.mark.parametrize("high_contrast", THEMES)
def test_known_computers_show_eight_computers_with_the_details_folded(qtbot, window, trainer, stick,
                                                                      high_contrast):
    """Known computers at 200 %, nine imported: eight whole rows when the page opens; the
    note on quiet computers, this computer's key and the trust settings come back behind
    "Chi tiết ▾" with the focus on the first of them."""
    trainer.sync.import_files([stick])
    sign_in_at(window, trainer, 200, high_contrast)
    page = open_tool(window, "known-devices")
    assert page.model.rowCount() == 9
    assert_eight_rows(qtbot, page.table)
    grab(page, f"devices-200-{high_contrast}")
    assert page.fold.button.text() == "Chi tiết  \u25be"
    assert page.window().focusWidget() is page.table
    assert_filters_reachable(qtbot, page.fold)
    assert page.save_key_button.isVisible() and page.trust_panel.isVisible()
    grab(page, f"devices-200-{high_contrast}-open")


@pytest.mark.parametrize("high_contrast", THEMES)
def test_import_results_show_eight_files_with_the_summary_folded(qtbot, window, trainer, stick, high_contrast):
    """Nine ward files imported at 200 %: eight files' results in full, one line each, the
    summary behind "Tóm tắt ▾" (it was announced); opened, it shows with the focus in it."""
    sign_in_at(window, trainer, 200, high_contrast)
    screen = open_tool(window, "sync-import")
    assert not screen.summary_fold.button.isVisible()
    screen.import_from(stick)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.results_page, timeout=20000)
    assert screen.model.rowCount() == 9
    grab(screen, f"import-200-{high_contrast}")
    assert_eight_rows(qtbot, screen.table)
    assert screen.summary_fold.button.text() == "Tóm tắt  \u25be"
    click(qtbot, screen.summary_fold.button)
    assert screen.summary.isVisible() and screen.summary.message.text().startswith("Đã nhập 9 tệp")


def test_import_that_brings_nothing_keeps_its_summary_open(qtbot, window, trainer, tmp_path):
    """An empty stick at 200 %: no table rows to make room for, the summary is what there is
    to read, and it stays open."""
    sign_in_at(window, trainer, 200)
    screen = open_tool(window, "sync-import")
    empty = tmp_path / "empty-stick"
    empty.mkdir()
    screen.import_from(empty)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.results_page, timeout=20000)
    settle(qtbot)
    assert screen.summary_fold.is_open and screen.summary.isVisible()


@pytest.mark.parametrize("high_contrast", THEMES)
def test_cards_show_eight_people_to_tick_with_the_search_at_hand(qtbot, window, trainer, high_contrast):
    """Learner cards at 200 %: the search and "tick all" stay, the explanation and the choice
    of a session fold behind "Thêm ▾", and eight people's boxes (48 px, the bars' size) show
    in full."""
    from PySide6.QtWidgets import QScrollArea

    seed(trainer)
    sign_in_at(window, trainer, 200, high_contrast)
    page = open_tool(window, "cards").page
    ticks = page.checklist.findChild(QScrollArea)
    assert_eight_rows(qtbot, ticks)
    grab(page, f"cards-200-{high_contrast}")
    assert page.checklist.search.isVisible() and page.checklist.all_button.isVisible()
    assert min(box.height() for box in page.checklist.boxes.values()) >= 48
    assert page.fold.button.text() == "Thêm  \u25be"
    click(qtbot, page.fold.button)
    assert page.fold.isVisible() and page.session.isVisible()


@pytest.mark.parametrize("high_contrast", THEMES)
def test_accounts_show_eight_accounts_first_on_the_page(qtbot, window, trainer, high_contrast):
    """Volunteer accounts at 200 %, eleven of them: a table of eight whole rows on screen
    when the page opens, the keyboard on it; one button removes the chosen colleague."""
    seed(trainer)
    sign_in_at(window, trainer, 200, high_contrast)
    page = open_tool(window, "accounts").page
    assert page.accounts_model.rowCount() == 11
    assert_eight_rows(qtbot, page.accounts_table)
    grab(page, f"accounts-200-{high_contrast}")
    assert page.window().focusWidget() is page.accounts_table
    page.accounts_table.selectRow(1)
    assert page.remove_button.isEnabled() and page.remove_button.accessibleName().startswith("Xoá tài khoản của")


@pytest.mark.parametrize("high_contrast", THEMES)
def test_duplicates_show_eight_pairs_one_line_each_with_the_explanation_folded(qtbot, window, trainer,
                                                                              high_contrast):
    """Possible duplicates at 200 % (ten pairs): a table of pairs, one line each (names,
    year, ward, why), eight of them whole; the explanation behind "Giải thích ▾"; the
    chosen pair's records and "Gộp vào hồ sơ đã chọn" are under the list, a Tab away."""
    seed(trainer)
    sign_in_at(window, trainer, 200, high_contrast)
    learners = open_tool(window, "learners")
    page = learners.tool.show_duplicates()
    assert page.model.rowCount() == 10
    assert_eight_rows(qtbot, page.table)
    grab(page, f"duplicates-200-{high_contrast}")
    assert page.fold.button.text() == "Giải thích  \u25be"
    assert page.window().focusWidget() is page.table
    page.table.selectRow(3)
    assert [b.text() for b in page.keep_buttons] == ["Tran Thi Trung 03", "Trần Thị Trùng 03"]
    settle(qtbot)
    order = []
    for _ in range(2):  # Tab from the list: the chosen pair's records (one stop, as a radio group), the join
        window.focusNextChild()
        order.append(window.focusWidget())
    kept, other = sorted(page.keep_buttons, key=lambda button: not button.isChecked())
    assert order == [kept, page.merge_button]
    kept.setFocus()
    QTest.keyClick(kept, Qt.Key.Key_Down)  # the arrows choose the other record
    assert other.isChecked() and other.hasFocus() and not kept.isChecked()
    click(qtbot, page.merge_button)
    assert page.question.isVisible() and page.window().focusWidget() is page.question.no
    assert "Trần Thị Trùng 03" in page.question.words.text() and "Tran Thi Trung 03" in page.question.words.text()
    click(qtbot, page.fold.button)
    assert page.fold.isVisible()


@pytest.mark.parametrize("high_contrast", THEMES)
def test_learner_import_preview_shows_eight_rows_with_the_explanation_folded(qtbot, window, trainer, tmp_path,
                                                                            high_contrast):
    """Adding learners from a file at 200 % (thirty rows, two bad, one already here): eight
    rows of the preview in full, one line each; the summary and the choice to add the one
    already here behind "Giải thích ▾", one press away with the focus in them."""
    from tests.core.learner_files import csv_bytes, thirty_with_two_bad

    rows = thirty_with_two_bad()
    trainer.learners.add(rows[0][0], int(rows[0][1]))
    path = tmp_path / "lop-thang-11.csv"
    path.write_bytes(csv_bytes(rows))
    sign_in_at(window, trainer, 200, high_contrast)
    page = open_tool(window, "learners").tool.show_import()
    page.load(path)
    assert page.model.rowCount() == 30
    assert_eight_rows(qtbot, page.table)
    grab(page, f"import-learners-200-{high_contrast}")
    assert page.fold.button.text() == "Giải thích  \u25be"
    assert page.window().focusWidget() is page.table
    assert_filters_reachable(qtbot, page.fold)
    assert page.summary.isVisible() and page.with_same_here.isVisible()
    assert page.add_button.isVisible() and page.add_button.text() == "Thêm 27 người học"
    click(qtbot, page.fold.button)  # folded again by the person; adding says what it did all the same
    assert not page.fold.isVisible()
    click(qtbot, page.add_button)
    assert page.fold.isVisible() and page.notice.message.text() == "Đã thêm 27 người học. Không thêm: dòng 2, 6, 12."


def test_learner_import_refusal_at_200_percent_opens_the_folded_words(qtbot, window, trainer, tmp_path):
    """A good file at 200 % folds the words away; a picture renamed .csv chosen next is
    refused, and the reason shows without a press (nothing else is on the page to read)."""
    from tests.core.learner_files import csv_bytes, thirty_with_two_bad

    good = tmp_path / "lop.csv"
    good.write_bytes(csv_bytes(thirty_with_two_bad()))
    picture = tmp_path / "anh.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    sign_in_at(window, trainer, 200)
    page = open_tool(window, "learners").tool.show_import()
    page.load(good)
    assert_eight_rows(qtbot, page.table)
    assert not page.fold.is_open
    page.load(picture)
    settle(qtbot)
    assert page.fold.is_open and page.notice.isVisible()
    assert page.notice.message.text().startswith("Không dùng được anh.csv:")
