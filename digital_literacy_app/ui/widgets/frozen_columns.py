"""The first columns of a wide table kept in place while the rest scrolls sideways.

A grid of learners × thirty-odd lessons scrolls sideways even at 100 %; at 200 % only two
or three lessons show at once, and the names scrolled away with them, so a volunteer lost
track of whose row they were reading. As in Excel's "freeze panes" (and Qt's own frozen
column example), a second view over the same model and selection lies on top of the
table's left edge and shows only its first `count` columns; it follows the table's rows,
row height, column widths and header height, and never takes the keyboard focus (the
table keeps it, and screen readers read the table).
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


class FrozenColumns(QTableView):
    def __init__(self, table: QTableView, count: int, header: QHeaderView | None = None):
        super().__init__(table)
        self.table, self.count = table, count
        self.setObjectName("FrozenColumns")
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        if header is not None:
            self.setHorizontalHeader(header)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(table.accessibleName())
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(table.alternatingRowColors())
        self.setTextElideMode(table.textElideMode())
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(1)  # rows exactly as high as the table's
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setStyleSheet("QTableView#FrozenColumns { border: none; }")
        table.viewport().stackUnder(self)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.horizontalHeader().sectionResized.connect(lambda *_: self.follow())
        table.horizontalHeader().geometriesChanged.connect(self.follow)
        table.model().modelReset.connect(lambda: self._soon.start())
        self._soon = QTimer(self, singleShot=True, interval=0)  # after the table measured its columns
        self._soon.timeout.connect(self.follow)
        self._watch = _Resizes(self)
        table.installEventFilter(self._watch)
        self.follow()

    def follow(self) -> None:
        """Take the table's columns, row height and header height; cover its left edge."""
        table, model = self.table, self.table.model()
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column >= self.count)
            if column < self.count:
                self.setColumnWidth(column, table.columnWidth(column))
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        width = sum(table.columnWidth(column) for column in range(min(self.count, model.columnCount())))
        frame = table.frameWidth()
        self.setGeometry(frame, frame, width + (1 if table.showGrid() else 0),
                         table.viewport().height() + table.horizontalHeader().height())
        self.verticalScrollBar().setValue(table.verticalScrollBar().value())
        self.setVisible(model.columnCount() > self.count)


class _Resizes(QObject):
    """Follows the table when it is resized or shown (the fold opening, a larger text) or
    its frame changes with the focus."""

    def __init__(self, frozen: FrozenColumns):
        super().__init__(frozen)
        self.frozen = frozen

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest,
                            QEvent.Type.FocusIn, QEvent.Type.FocusOut):  # the focus border is thicker
            self.frozen._soon.start()
        return False
