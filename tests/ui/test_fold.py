"""The fold-away panel: filters give their room to the table's rows when the window is
small, come back behind one named button, and the person's choice is theirs."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.ui import announce, theme
from digital_literacy_app.ui.widgets.choice_list import choice_list
from digital_literacy_app.ui.widgets.frame import ScreenFrame
from digital_literacy_app.ui.widgets.fold import Fold, room_for_rows, rows_fully_shown, rows_height
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
