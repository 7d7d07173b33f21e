"""A read-only table set up for large text and the keyboard.

Rows grow to fit wrapped text (at 200 % a cell may need two lines), Tab leaves the table
instead of walking its cells, arrows move between rows, and the columns share the width
so nothing hides behind a scroll bar when it does not have to.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView,
)

from digital_literacy_app.ui.theme import CELL_PADDING, TypeSizes, theme_scale


class PaddedWrapDelegate(QStyledItemDelegate):
    """Row heights that fit wrapped text as it is drawn: the theme pads each cell left and
    right, which Qt leaves out when it measures a row, so a long cell lost its last line."""

    def sizeHint(self, option, index):
        narrower = QStyleOptionViewItem(option)
        pad = 2 * TypeSizes(theme_scale()).px(CELL_PADDING)
        narrower.rect.setWidth(max(1, option.rect.width() - pad))
        return super().sizeHint(narrower, index)


def read_only_table(model, name: str, stretch: tuple[int, ...] = (), wrap: bool = True) -> QTableView:
    """A QTableView over `model`; the `stretch` columns share the room left by the others.

    With `wrap`, rows grow to fit wrapped text (fine for tens of rows); without it every
    row is one line high, which stays fast for thousands of rows.
    """
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.hide()
    if wrap:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setItemDelegate(PaddedWrapDelegate(view))
    else:
        rows.setDefaultSectionSize(round(view.fontMetrics().height() * 1.6))
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    fit_columns(view, stretch)
    model.modelReset.connect(lambda: fit_columns(view, stretch))
    return view


def fit_columns(view: QTableView, stretch: tuple[int, ...]) -> None:
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)
