"""The progress grid screen: lesson names as headers, filters behind a button, one lesson
across the class, the grid saved and printed as shown, eight rows at 200 %."""

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from pypdf import PdfReader

from digital_literacy_app.ui import announce
from digital_literacy_app.ui.volunteer import files, registry
from digital_literacy_app.ui.volunteer.lesson_progress_screen import LessonProgressPage
from digital_literacy_app.ui.volunteer.progress_model import FIXED_COLUMNS
from digital_literacy_app.ui.volunteer.progress_screen import ProgressPage

from .conftest import FIRST, REFUSE, click, type_text


def open_grid(window, trainer, scale=100):
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    trainer.settings.set_for_volunteer(account.id, "text_scale", scale)
    window.volunteer_mode.sign_in(account)
    tool = next(t for t in registry.tools_for("coordinator") if t.key == "progress")
    return window.volunteer_mode.open_tool(tool)


@pytest.fixture
def ward_class(trainer):
    """Four learners in two wards; Hoa finished the first lesson, Nam is at step 2 of it;
    a session with Nam and Lan."""
    first = trainer.lessons.get(FIRST)
    add = trainer.learners.add
    hoa = add("Nguyễn Thị Hoa", 1950, "elderly", "Phường Kim Mã")
    nam = add("Lê Văn Nam", 1961, "farmer", "Phường Kim Mã")
    lan = add("Trần Thị Lan", 1958, "elderly", "Xã Sóc Sơn")
    add("Phạm Văn Dũng", 1962, "farmer", "Xã Sóc Sơn")
    trainer.progress.complete_lesson(hoa.id, first)
    trainer.progress.start_lesson(nam.id, first)
    trainer.progress.complete_step(nam.id, first, first.steps[0].id)
    session = trainer.sessions.log(date="2025-03-14", place="Nhà văn hoá", volunteer="Hà", topic="Cài VNeID",
                                   minutes=60, attendees=[nam.id, lan.id])
    return session


def open_filters(qtbot, page):
    """The fold decides once the grid shows: at 1366 × 768 the grid has no room for eight
    rows under the open filters, so they fold; the button opens them."""
    qtbot.waitUntil(lambda: not page.fold.is_open)
    click(qtbot, page.fold.button)
    assert page.fold.is_open and page.filters.isVisible()


def shown(page):
    return [r.name for r in page.model.learners]


def test_lesson_names_head_the_columns_wrapped_on_at_most_three_lines(qtbot, window, trainer, ward_class):
    """No numbers and no key: each lesson column is headed by its title, broken at spaces
    into at most three lines that fit the column; the header is three lines high."""
    page = open_grid(window, trainer).page
    header = page.header
    for column, lesson in enumerate(page.model.lessons, start=FIXED_COLUMNS):
        assert page.model.headerData(column, Qt.Orientation.Horizontal) == lesson.title.vi
        lines = header.wrapped_lines(lesson.title.vi, header.sectionSize(column) - 2 * header._padding())
        assert 1 <= len(lines) <= 3
        assert " ".join(lines) == lesson.title.vi or lines[-1].endswith("…")
    assert header.height() >= 3 * header.fontMetrics().lineSpacing()
    assert not hasattr(page, "legend")


def test_filters_fold_away_and_narrow_by_ward_group_session_and_name_together(qtbot, window, trainer, ward_class):
    """Folded at first; opened by its button; each choice narrows the grid, the button
    counts the filters on, and the new number of people is announced."""
    heard = []
    stop = announce.listen(lambda source, text, assertive: heard.append(text))
    try:
        page = open_grid(window, trainer).page
        filters = page.filters
        qtbot.waitUntil(lambda: not filters.isVisible())
        assert page.fold.button.text() == "Bộ lọc  \u25be" and page.fold.button.parent() is page.top_bar
        open_filters(qtbot, page)
        assert heard[-1] == "Đang hiện bộ lọc."
        assert window.focusWidget() is filters.area  # the fold moves the focus into the panel
        page.search.setFocus()
        qtbot.keyClick(page.search, Qt.Key.Key_Tab)  # Tab as the eye reads: the search, then the filters
        assert window.focusWidget() is filters.area
        filters.session.setCurrentIndex(filters.session.findData(ward_class.key))
        assert shown(page) == ["Lê Văn Nam", "Trần Thị Lan"]
        assert heard[-1] == "Đang hiện 2 người học."
        filters.ward.setCurrentIndex(filters.ward.findData("Xã Sóc Sơn"))
        assert shown(page) == ["Trần Thị Lan"]
        filters.session.setCurrentIndex(0)
        filters.group.setCurrentIndex(filters.group.findData("farmer"))
        assert shown(page) == ["Phạm Văn Dũng"]
        assert page.filter_count.text() == "Đang dùng 2"
        filters.ward.setCurrentIndex(0)
        type_text(page.search, "nam")
        qtbot.waitUntil(lambda: shown(page) == ["Lê Văn Nam"])
    finally:
        stop()


def test_a_session_withdrawn_meanwhile_is_said_and_dropped_from_the_filter(qtbot, window, trainer, ward_class):
    """Chosen, then withdrawn (as a sync file from another PC would): the next refresh says
    the session is gone, shows everyone again and no longer offers it."""
    page = open_grid(window, trainer).page
    open_filters(qtbot, page)
    page.filters.session.setCurrentIndex(page.filters.session.findData(ward_class.key))
    assert len(shown(page)) == 2
    trainer.sessions.withdraw(ward_class.key, withdrawn_by="Trần Thu Hà")
    page.refresh()
    assert page.notice.message.text().startswith("Trên máy này không có buổi học")
    assert len(shown(page)) == 4 and page.filters.session.findData(ward_class.key) == -1
    assert page.filter_count.text() == ""


def test_a_lesson_header_opens_that_lesson_across_the_class_and_back_keeps_the_filters(
        qtbot, window, trainer, ward_class):
    """Clicking the first lesson's header: finished, at step 2 with its title, not started,
    the average mistakes; "‹ Tiến độ học" returns to the grid with the ward still chosen."""
    flow = open_grid(window, trainer)
    page = flow.page
    open_filters(qtbot, page)
    page.filters.ward.setCurrentIndex(page.filters.ward.findData("Phường Kim Mã"))
    first = trainer.lessons.get(FIRST)
    column = FIXED_COLUMNS + [lesson.id for lesson in page.model.lessons].index(FIRST)
    page.table.scrollTo(page.model.index(0, column))
    x = page.header.sectionViewportPosition(column) + page.header.sectionSize(column) // 2
    qtbot.mouseClick(page.header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, page.header.height() // 2))
    lesson_page = flow.page
    assert isinstance(lesson_page, LessonProgressPage)
    assert lesson_page.title.text() == first.title.vi
    model = lesson_page.model
    rows = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    assert rows == [["Lê Văn Nam", f"Đang ở bước 2/{len(first.steps)}: {first.steps[1].title.vi}", "0"],
                    ["Nguyễn Thị Hoa", "Đã xong", "0"]]
    assert lesson_page.summary.text() == ("Đã xong: 1. Đang học: 1. Chưa học: 0. "
                                          "Số lỗi trung bình của mỗi người đã mở bài: 0.")
    click(qtbot, lesson_page.back_button)
    assert isinstance(flow.page, ProgressPage)
    assert shown(flow.page) == ["Lê Văn Nam", "Nguyễn Thị Hoa"]
    assert flow.page.filters.ward.currentData() == "Phường Kim Mã"
    assert flow.page.fold.is_open and flow.page.filter_count.text() == "Đang dùng 1"


def test_this_lesson_opens_the_lesson_of_the_current_column_from_the_keyboard(qtbot, window, trainer, ward_class):
    """The current cell's column decides the lesson; an empty class shows nobody has opened it."""
    flow = open_grid(window, trainer)
    page = flow.page
    column = FIXED_COLUMNS + [lesson.id for lesson in page.model.lessons].index(REFUSE)
    page.table.setCurrentIndex(page.model.index(0, column))
    click(qtbot, page.lesson_button)
    assert flow.page.title.text() == trainer.lessons.get(REFUSE).title.vi
    assert flow.page.summary.text().endswith("Chưa ai mở bài này.")


def test_the_grid_is_saved_as_shown_to_xlsx_and_printed_to_a_pdf(qtbot, window, trainer, ward_class,
                                                                  monkeypatch, tmp_path):
    """Only the learners the filters keep, lesson names as headers, cells in words; the PDF
    is A4 landscape and names the filter."""
    monkeypatch.setattr(files, "ask_save_table", lambda parent, title, name: tmp_path / "grid.xlsx")
    monkeypatch.setattr(files, "ask_save_pdf", lambda parent, title, name: tmp_path / "grid.pdf")
    page = open_grid(window, trainer).page
    open_filters(qtbot, page)
    page.filters.session.setCurrentIndex(page.filters.session.findData(ward_class.key))
    click(qtbot, page.save_button)
    assert not page.print_button.isEnabled()  # one file at a time, written off the GUI thread
    qtbot.waitUntil(lambda: page.save_task is None, timeout=20000)
    assert page.notice.message.text() == f"Đã lưu bảng của 2 người học vào {tmp_path / 'grid.xlsx'}."
    rows = list(load_workbook(tmp_path / "grid.xlsx").active.iter_rows(values_only=True))
    first = trainer.lessons.get(FIRST)
    column = rows[0].index(first.title.vi)
    assert [(row[0], row[column]) for row in rows[1:]] == [
        ("Lê Văn Nam", f"Đang học – bước 2/{len(first.steps)}"), ("Trần Thị Lan", "Chưa học")]
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: page.save_task is None, timeout=20000)
    reader = PdfReader(tmp_path / "grid.pdf")
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [842, 595]
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Buổi học 14/03/2025 “Cài VNeID”" in text and "Lê Văn Nam" in text and "Nguyễn Thị Hoa" not in text


def test_the_names_stay_in_place_while_the_lessons_scroll_sideways(qtbot, window, trainer, ward_class):
    """At 200 % on a 1024 × 768 screen, scrolled to the last lesson, the names still show at
    the left edge, row for row with the grid; a click on a name there chooses that person."""
    for number in range(20):
        trainer.learners.add(f"Người Học {number:02d}")
    window.resize(1024, 768)
    page = open_grid(window, trainer, 200).page
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() > 0)
    table, frozen = page.table, page.frozen
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: frozen.verticalScrollBar().value() == table.verticalScrollBar().value())
    assert table.horizontalScrollBar().value() > 0 and frozen.isVisible()
    assert frozen.geometry().left() <= table.frameWidth() and frozen.columnWidth(0) == table.columnWidth(0)
    assert all(frozen.isColumnHidden(c) for c in range(1, page.model.columnCount()))
    last = page.model.rowCount() - 1
    assert frozen.rowViewportPosition(last) == table.rowViewportPosition(last)
    spot = frozen.visualRect(page.model.index(last, 0)).center()
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert page.chosen().name == page.model.learners[last].name
    assert page.reasons.text().startswith(page.model.learners[last].name)


def fully_visible_rows(table) -> int:
    height = table.viewport().height()
    return sum(1 for row in range(table.model().rowCount())
               if table.rowViewportPosition(row) >= 0
               and table.rowViewportPosition(row) + table.rowHeight(row) <= height)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_at_200_percent_the_grid_shows_at_least_eight_rows_at_1366_by_768(qtbot, window, trainer, high_contrast):
    """The filters, the search and the words about the chosen learner fold away behind the
    button in the top bar; opened, they scroll instead of pushing the window past 768. The
    page of one lesson shows eight rows as well."""
    for number in range(12):
        trainer.learners.add(f"Người Học {number:02d}")
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    trainer.settings.set_for_volunteer(account.id, "text_scale", 200)
    trainer.settings.set_for_volunteer(account.id, "high_contrast", high_contrast)
    window.volunteer_mode.sign_in(account)
    flow = window.volunteer_mode.open_tool(next(t for t in registry.tools_for("coordinator") if t.key == "progress"))
    page = flow.page
    qtbot.waitUntil(lambda: fully_visible_rows(page.table) >= 8)
    assert window.height() == 768
    assert page.fold.button.parent() is page.top_bar
    click(qtbot, page.fold.button)
    assert page.search.isVisible() and page.reasons.isVisible()
    assert window.focusWidget() is page.search  # first in the panel, as it is read
    qtbot.keyClick(page.search, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.filters.area
    assert window.height() == 768
    assert page.timeline_button.isVisible()
    click(qtbot, page.fold.button)
    qtbot.waitUntil(lambda: fully_visible_rows(page.table) >= 8)
    click(qtbot, page.lesson_button)  # one lesson across the class: eight rows there too
    assert isinstance(flow.page, LessonProgressPage)
    qtbot.waitUntil(lambda: fully_visible_rows(flow.page.table) >= 8)
    assert window.height() == 768


def test_a_grid_that_cannot_be_saved_says_why_and_leaves_nothing_behind(qtbot, window, trainer, ward_class,
                                                                         monkeypatch, tmp_path):
    """A folder that is not there (a stick taken out): the notice says so in words; no file."""
    gone = tmp_path / "stick-removed" / "grid.xlsx"
    monkeypatch.setattr(files, "ask_save_table", lambda parent, title, name: gone)
    page = open_grid(window, trainer).page
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.save_task is None, timeout=20000)
    assert page.notice.message.text().startswith("Chưa lưu được bảng: ")
    assert not gone.parent.exists()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_coordinators_home_fits_a_1024_wide_screen_at_200_percent(qtbot, window, trainer, lang):
    """The home's bottom bar (the settings button names the city store for a coordinator)
    must not make the window wider than a 1024 × 768 screen: a longer label once did, and
    every tool opened from it then lost its sideways scroll."""
    from digital_literacy_app.ui import i18n

    i18n.set_language(lang)
    try:
        account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
        trainer.settings.set_for_volunteer(account.id, "text_scale", 200)
        window.volunteer_mode.sign_in(account)
        window.resize(1024, 768)
        qtbot.wait(50)
        assert window.minimumSizeHint().width() <= 1024
    finally:
        i18n.set_language("vi")
