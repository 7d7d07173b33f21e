"""A read-only table set up for large text and the keyboard.

Rows grow to fit wrapped text (at 200 % a cell may need two lines), Tab leaves the table
instead of walking its cells, arrows move between rows, and the columns share the width
so nothing hides behind a scroll bar when it does not have to.

Long lists (learners, report rows) keep one line a row and measure their columns once per
change of rows (`_ColumnFitter`): Qt's own "fit the contents" asked every cell of every
row again at each resize of the view, a dozen times while a screen opens (a second for 200
learners).
"""

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView,
)

from digital_literacy_app.ui.theme import CELL_PADDING, TypeSizes, theme_scale


TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class RowsTableModel(QAbstractTableModel):
    """A read-only table over `self.rows`, one item each: a subclass names its columns
    (`headers`) and says what a cell reads (`cell`); a screen reader hears the same words.
    Other roles (tooltips, alignment, fonts) come from `other`.
    """

    def __init__(self, rows=(), parent=None):
        super().__init__(parent)
        self.rows = list(rows)
        self._titles: list[str] | None = None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, item, column: int) -> str:
        raise NotImplementedError

    def other(self, item, row: int, column: int, role):
        return None

    def header_text(self, section: int) -> str:
        return self.titles()[section]

    def titles(self) -> list[str]:
        """The headers, asked for once: views count the columns thousands of times."""
        if self._titles is None:
            self._titles = self.headers()
        return self._titles

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._titles = None
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role in TEXT_ROLES:
            return self.cell(item, index.column())
        return self.other(item, index.row(), index.column(), role)


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
    if wrap:
        fit_columns(view, stretch)
        model.modelReset.connect(lambda: fit_columns(view, stretch))
    else:
        view.column_fitter = _ColumnFitter(view, stretch)
    return view


def fit_columns(view: QTableView, stretch: tuple[int, ...]) -> None:
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(column, mode)


class _ColumnFitter(QObject):
    """Widths for a one-line-a-row table, measured when its rows change, not at every resize.

    Plain font metrics find each column's widest texts (cheap, in Python); Qt measures only
    those few cells, the first and the last row (a bold total) with the real item style, so
    the width is what Qt's own fitting would give. The `stretch` columns share what is left.
    """

    CANDIDATES = 3  # the widest texts by plain metrics that Qt measures for real

    def __init__(self, view: QTableView, stretch: tuple[int, ...]):
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.stale = True
        view.installEventFilter(self)
        view.model().modelReset.connect(self.refit)
        view.model().layoutChanged.connect(self.refit)

    def refit(self) -> None:
        """Rows changed: measure now if the view shows (its font is final), else when it does."""
        self.stale = True
        if self.view.isVisible():
            self.fit()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.fit()
        return False

    def fit(self) -> None:
        self.stale = False
        view, model, header = self.view, self.view.model(), self.view.horizontalHeader()
        view.ensurePolished()
        metrics = view.fontMetrics()
        grid = 1 if view.showGrid() else 0
        height = 0
        for column in range(model.columnCount()):
            hints = [view.sizeHintForIndex(model.index(row, column))
                     for row in self._widest_rows(model, column, metrics)]
            height = max([height] + [hint.height() + grid for hint in hints])
            if column in self.stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            cells = max((hint.width() for hint in hints), default=0)
            header.resizeSection(column, max(cells + grid, header.sectionSizeHint(column)))
        if height:  # one line, as Qt's own fitting makes it (the rows' header style counts too)
            rows = view.verticalHeader()
            rows.setDefaultSectionSize(max(height, rows.sectionSizeHint(0)))

    def _widest_rows(self, model, column: int, metrics) -> set[int]:
        count = model.rowCount()
        if count == 0:
            return set()
        text = Qt.ItemDataRole.DisplayRole
        widths = sorted(((metrics.horizontalAdvance(str(model.data(model.index(row, column), text) or "")), row)
                         for row in range(count)), reverse=True)
        return {row for _, row in widths[:self.CANDIDATES]} | {0, count - 1}
