"""The fold-away panel: filters give their room to the table's rows when the window is
small, come back behind one named button, and the person's choice is theirs."""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.ui import announce, theme
from digital_literacy_app.ui.widgets.choice_list import choice_list
from digital_literacy_app.ui.widgets.frame import ScreenFrame
from digital_literacy_app.ui.widgets.fold import Fold, hold_rows, room_for_rows, rows_fully_shown, rows_height
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table

from .conftest import click


class Numbers(RowsTableModel):
    def headers(self):
        return ["Number", "Square"]

    def cell(self, item, column):
        return str(item if column == 0 else item * item)


@pytest.fixture
def heard():
    said = []
    stop = announce.listen(lambda source, text, assertive: said.append(text))
    yield said
    stop()


def make_screen(qtbot, height: int, rows: int = 30):
    """A screen like the Learners one: filters (a field, a list), the table below them."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    filters = QFormLayout()
    search = QLineEdit()
    search.setAccessibleName("Find")
    filters.addRow("Find:", search)
    for name in ("Group", "Ward", "Progress"):
        filters.addRow(f"{name}:", choice_list(name, [("", "All"), ("x", "Some")]))
    table = read_only_table(Numbers(range(rows)), "Numbers", wrap=False)
    fold = Fold(filters, table)
    layout.addWidget(fold.button)
    layout.addWidget(fold)
    layout.addWidget(table, 1)
    host.resize(1366, height)
    host.show()
    qtbot.waitExposed(host)
    return host, fold, table, search


def settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def test_the_filters_fold_away_only_when_the_table_would_show_fewer_than_eight_rows(app, qtbot):
    """Tall window: open, eight rows and more. At 200 % in 768 px: folded, eight rows shown
    in full; the button says how to get them back."""
    host, fold, table, _ = make_screen(qtbot, 1400)
    settle(qtbot)
    assert fold.is_open and fold.isVisible() and rows_fully_shown(table) >= 8
    theme.apply(app, False, 200)
    host.resize(1366, 768)
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    settle(qtbot)
    assert not fold.isVisible() and rows_fully_shown(table) >= 8
    assert fold.button.text() == "Bộ lọc  \u25be"
    assert fold.button.accessibleName() == "Hiện bộ lọc"
    assert fold.button.isCheckable() and not fold.button.isChecked()
    assert fold.button.height() >= 48 and fold.button.width() >= 48
    host.resize(1366, 1400)  # room again (no one chose yet): the filters come back
    qtbot.waitUntil(lambda: fold.is_open, timeout=2000)


def test_the_button_opens_with_the_focus_on_the_first_filter_and_says_so(app, qtbot, heard):
    """A click opens the panel, the focus lands on the first filter, a screen reader hears
    it; a second click folds it and says so; the name and the arrow follow."""
    theme.apply(app, False, 200)
    host, fold, table, search = make_screen(qtbot, 768)
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    click(qtbot, fold.button)
    assert fold.is_open and search.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)
    assert heard[-1] == "Đang hiện bộ lọc."
    assert fold.button.text() == "Bộ lọc  \u25b4" and fold.button.accessibleName() == "Ẩn bộ lọc"
    assert fold.button.isChecked()
    seen = QAccessible.queryAccessibleInterface(fold.button)  # what a screen reader is given
    assert seen.text(QAccessible.Text.Name) == "Ẩn bộ lọc" and seen.state().checkable and seen.state().checked
    click(qtbot, fold.button)
    assert not fold.is_open and not search.isVisible()
    assert heard[-1] == "Đã ẩn bộ lọc."


def test_the_keyboard_works_the_button_and_the_choice_outlives_a_resize(app, qtbot, heard):
    """Enter and Space press the button; what the person chose stands when the window
    changes size, and a new screen starts again from the size rule (nothing remembered)."""
    theme.apply(app, False, 200)
    host, fold, table, search = make_screen(qtbot, 768)
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    fold.button.setFocus()
    qtbot.keyClick(fold.button, Qt.Key.Key_Return)
    assert fold.is_open
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)
    fold.button.setFocus()
    qtbot.keyClick(fold.button, Qt.Key.Key_Space)
    assert not fold.is_open and heard[-1] == "Đã ẩn bộ lọc."
    qtbot.keyClick(fold.button, Qt.Key.Key_Space)
    assert fold.is_open
    host.resize(1366, 700)
    settle(qtbot)
    assert fold.is_open  # the person opened it: a resize does not fold it again
    second, again, _, _ = make_screen(qtbot, 768)
    qtbot.waitUntil(lambda: not again.is_open, timeout=2000)


def test_a_screen_can_keep_the_panel_open_over_the_size_rule(app, qtbot):
    """A failure message in the panel must be read: kept open, a resize does not fold it;
    the person can still fold it."""
    theme.apply(app, False, 200)
    host, fold, table, _ = make_screen(qtbot, 768)
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    fold.keep_open()
    host.resize(1366, 700)
    settle(qtbot)
    assert fold.is_open and fold.isVisible()
    click(qtbot, fold.button)
    assert not fold.is_open


def test_folding_under_the_focus_hands_it_to_the_table(app, qtbot):
    """The screen put the focus on its search; the size rule folds it away: the focus
    goes to the table, never to nowhere."""
    host, fold, table, search = make_screen(qtbot, 1400)
    settle(qtbot)
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=2000)
    theme.apply(app, False, 200)
    host.resize(1366, 768)
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    assert QApplication.focusWidget() is table


def test_with_few_rows_the_fold_measures_rows_like_the_last_one(app, qtbot):
    """Two rows in the list: the fold still keeps the room of eight (the list will grow)."""
    theme.apply(app, False, 200)
    host, fold, table, _ = make_screen(qtbot, 768, rows=2)
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    assert rows_height(table, 8) == 8 * table.rowHeight(1) > 8 * 40


@pytest.mark.parametrize("high_contrast", [False, True])
def test_at_200_percent_a_list_given_room_shows_eight_rows_under_its_folded_filters(app, qtbot, high_contrast):
    """A screen's bars and a 32 pt row leave room for six rows at most: the rows and header
    take the bars' size (24 pt, never under 16) and the body's thin margins, and eight
    rows show in full below the folded filters, in both themes. At 100 % nothing changes."""
    theme.apply(app, high_contrast, 200)
    frame = ScreenFrame("Learners")
    qtbot.addWidget(frame)
    frame.add_top_left(QPushButton("\u2039  Volunteer tools"))
    frame.bottom.addWidget(QPushButton("Open  \u203a"))
    search = QLineEdit()
    table = room_for_rows(read_only_table(Numbers(range(30)), "Numbers", wrap=False), frame.body_layout)
    fold = Fold(search, table)
    frame.add_top_right(fold.button)
    frame.body_layout.addWidget(fold)
    frame.body_layout.addWidget(table, 1)
    frame.resize(1366, 768)
    frame.show()
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    settle(qtbot)
    assert table.font().pointSize() == 24 and table.horizontalHeader().font().pointSize() == 24
    assert rows_fully_shown(table) >= 8
    theme.apply(app, high_contrast, 100)
    plain = room_for_rows(read_only_table(Numbers(range(3)), "Numbers", wrap=False), frame.body_layout)
    plain.ensurePolished()
    assert plain.font().pointSize() == 16


def test_on_a_page_that_scrolls_the_fold_counts_the_rows_on_screen(app, qtbot):
    """A tall table below a long explanation on a scrolling page: the table has room for
    its rows, but not on screen; the explanation folds so the rows show at the top."""
    from digital_literacy_app.ui.widgets.frame import scroll_area

    theme.apply(app, False, 200)
    content = QWidget()
    layout = QVBoxLayout(content)
    intro = QLabel("This computer copies its data every day it is used. " * 6)
    intro.setWordWrap(True)
    table = hold_rows(room_for_rows(read_only_table(Numbers(range(12)), "Numbers", wrap=False)))
    fold = Fold(intro, table, words=("About", "Show the explanation", "Hide the explanation",
                                     "The explanation is shown.", "The explanation is hidden."))
    layout.addWidget(fold)
    layout.addWidget(table)
    page = scroll_area(content, "Backups")
    qtbot.addWidget(page)
    page.resize(1366, 660)
    page.show()
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    settle(qtbot)
    assert fold.button.text() == "About  \u25be" and fold.button.accessibleName() == "Show the explanation"
    assert rows_fully_shown(table) >= 8
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    settle(qtbot)
    assert rows_fully_shown(table) < 12  # the count is of rows on screen, not in the table
    page.verticalScrollBar().setValue(0)
    page.resize(1366, 1300)  # a tall screen: opened, the explanation pushes the table down, not off
    qtbot.waitUntil(lambda: fold.is_open, timeout=2000)
    settle(qtbot)
    assert rows_fully_shown(table) >= 8


def test_gather_folds_widgets_already_laid_out_in_their_place_and_order(app, qtbot):
    """A screen built first, folded after: the widgets keep their order and alignment and
    the fold takes the place of the first; the ones not named stay where they were."""
    from PySide6.QtCore import Qt

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    heading, note, key, table = QLabel("Heading"), QLabel("Note"), QPushButton("Key"), read_only_table(
        Numbers(range(3)), "Numbers")
    layout.addWidget(heading)
    layout.addWidget(note)
    layout.addWidget(key, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(table)
    fold = Fold.gather(layout, [note, key], table)
    assert layout.indexOf(heading) == 0 and layout.indexOf(fold) == 1 and layout.indexOf(table) == 2
    inner = fold.layout()
    assert [inner.itemAt(i).widget() for i in range(inner.count())] == [note, key]
    assert inner.itemAt(1).alignment() == Qt.AlignmentFlag.AlignLeft
    assert fold.isAncestorOf(key) and not fold.isAncestorOf(heading)


def test_a_short_table_wholly_on_screen_keeps_the_panel_open(app, qtbot):
    """On a scrolling page a table of four rows' height, wholly on screen, would show no
    more rows with the panel folded: the panel stays open."""
    from digital_literacy_app.ui.widgets.frame import scroll_area

    content = QWidget()
    layout = QVBoxLayout(content)
    summary = QLabel("Imported 9 files: 18 new records, 9 new learners.")
    table = read_only_table(Numbers(range(12)), "Numbers")
    table.setMinimumHeight(200)
    fold = Fold(summary, table)
    layout.addWidget(fold)
    layout.addWidget(table)
    layout.addStretch(1)
    page = scroll_area(content, "Results")
    qtbot.addWidget(page)
    page.resize(1366, 660)
    page.show()
    settle(qtbot)
    qtbot.wait(50)
    assert fold.is_open and summary.isVisible() and rows_fully_shown(table) < 8


@pytest.mark.parametrize("high_contrast", [False, True])
def test_tick_boxes_in_a_scroll_area_count_as_rows(app, qtbot, high_contrast):
    """A list of tick boxes (whose cards to print) at 200 %: boxes at the bars' size and
    48 px high, eight of them on screen under the folded explanation, in both themes."""
    from PySide6.QtWidgets import QCheckBox

    from digital_literacy_app.ui.widgets.fold import explanation_words
    from digital_literacy_app.ui.widgets.frame import scroll_area

    theme.apply(app, high_contrast, 200)
    frame = ScreenFrame("Learner cards")
    qtbot.addWidget(frame)
    frame.add_top_left(QPushButton("\u2039  Volunteer tools"))
    frame.bottom.addWidget(QPushButton("Save 0 cards"))
    intro = QLabel("Tick the people who need a card. Eight cards fit one A4 page; cut along the dotted lines.")
    intro.setWordWrap(True)
    host = QWidget()
    column = QVBoxLayout(host)
    column.setSpacing(2)
    boxes = [QCheckBox(f"Nguyễn Văn Học Viên {n:02d} (19{40 + n})") for n in range(30)]
    for box in boxes:
        column.addWidget(box)
    area = room_for_rows(scroll_area(host, "Learners to print cards for"), frame.body_layout)
    fold = Fold(intro, area, words=explanation_words())
    frame.add_top_right(fold.button)
    frame.body_layout.addWidget(fold)
    frame.body_layout.addWidget(area, 1)
    frame.resize(1366, 768)
    frame.show()
    settle(qtbot)
    qtbot.waitUntil(lambda: not fold.is_open, timeout=2000)
    settle(qtbot)
    assert fold.button.text() == "Giải thích  \u25be" and fold.button.accessibleName() == "Hiện phần giải thích"
    assert boxes[0].font().pointSize() == 24 and boxes[0].height() >= 48
    assert rows_fully_shown(area) >= 8


class WindowsShown(QObject):
    """The top-level windows that show while it listens."""

    def __init__(self):
        super().__init__()
        self.shown: list[QWidget] = []

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(watched)
        return False


def test_a_fold_shows_no_window_of_its_own_while_its_screen_is_made(app, qtbot):
    """Made open before a layout took it, the panel used to show itself as a window: a
    flash on the screen of every screen with filters that fold."""
    listener = WindowsShown()
    app.installEventFilter(listener)
    try:
        host, fold, _, _ = make_screen(qtbot, 768)
    finally:
        app.removeEventFilter(listener)
    assert listener.shown == [host]
    assert fold.is_open and fold.isVisible() and not fold.isWindow()
