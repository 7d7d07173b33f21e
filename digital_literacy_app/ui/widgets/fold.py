"""Filters (or a legend) that fold away behind a button, so the main table keeps its rows.

At 200 % text on a 1366 × 768 screen the filters above a list took the room of its rows
(the Learners table showed one and a half). A `Fold` holds such a panel: it starts open
when the window leaves room for the table's `rows` (eight) with it, and folded when it
does not; the "Bộ lọc ▾" button opens and closes it. Once the person has used the button,
their choice stands while the screen lives; nothing is remembered across restarts.

    fold = Fold(filters_layout, self.table)
    self.body_layout.addWidget(fold)      # where the filters were
    self.add_top_right(fold.button)       # the button: anywhere (the top bar costs no rows)

Opening by the button moves the focus to the first filter; both changes are announced.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QLayout, QPushButton, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.theme import TypeSizes, theme_scale
from digital_literacy_app.ui.widgets.frame import reveal_soon

ROWS = 8
BODY_EDGE = 8  # px above and below a list screen's body at large text
UP, DOWN = "\u25b4", "\u25be"  # the panel is open (it folds up) / folded (it opens down)
TARGET = 48  # px: the smallest button anyone should have to hit


def explanation_words() -> tuple[str, str, str, str, str]:
    """The words of a fold that holds an explanation rather than filters."""
    return (QCoreApplication.translate("Fold", "Explanation"),
            QCoreApplication.translate("Fold", "Show the explanation"),
            QCoreApplication.translate("Fold", "Hide the explanation"),
            QCoreApplication.translate("Fold", "The explanation is shown."),
            QCoreApplication.translate("Fold", "The explanation is hidden."))


class FoldButton(QPushButton):
    """A push button that Enter and Return press too, as Space does (outside dialogs Qt
    leaves Enter to the window)."""

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


class Fold(QWidget):
    """The panel that folds; `button` opens and closes it (the screen places the button).

    `words` can replace the default ones for a legend: caption, name to show, name to
    hide, what is said when shown, what is said when hidden.
    """

    def __init__(self, content: QLayout | QWidget, view: QAbstractItemView | QScrollArea, rows: int = ROWS,
                 words: tuple[str, str, str, str, str] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("FoldPanel")
        self.view, self.rows = view, rows
        self.words = words or (self.tr("Filters"), self.tr("Show the filters"), self.tr("Hide the filters"),
                               self.tr("The filters are shown."), self.tr("The filters are hidden."))
        if isinstance(content, QLayout):
            self.setLayout(content)
            content.setContentsMargins(0, 0, 0, 0)
        else:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(content)
        self.chosen = False  # the person used the button: the size rule no longer decides
        self.button = FoldButton()
        self.button.setCheckable(True)
        self.button.setMinimumHeight(TARGET)
        self.button.setMinimumWidth(TARGET)
        self.button.clicked.connect(lambda checked: self.set_open(checked, by_person=True))
        self._decide = QTimer(self, singleShot=True, interval=0)
        self._decide.timeout.connect(self.fit)
        view.installEventFilter(self)
        self._show_state(True, show=False)  # it shows with the screen it is put in

    @classmethod
    def gather(cls, layout: QLayout, widgets: list[QWidget], view: QAbstractItemView | QScrollArea,
               **options) -> "Fold":
        """Fold `widgets` a screen has already put in `layout`, in their order and where the
        first of them was (so a screen adds the fold in a few lines after building itself)."""
        index = layout.indexOf(widgets[0])
        panel = QVBoxLayout()
        panel.setSpacing(layout.spacing())
        for widget in widgets:
            alignment = layout.itemAt(layout.indexOf(widget)).alignment()
            layout.removeWidget(widget)
            panel.addWidget(widget, 0, alignment)
        fold = cls(panel, view, **options)
        layout.insertWidget(index, fold)
        return fold

    @property
    def is_open(self) -> bool:
        return self.button.isChecked()

    def set_open(self, open_: bool, by_person: bool = False) -> None:
        """Show or hide the panel. By the person: say so, and move the focus into the
        panel when it opens (onto the button when it closes, where the press was)."""
        if by_person:
            self.chosen = True
        self._show_state(open_)
        if not by_person:
            return
        announce(self.button, self.words[3] if open_ else self.words[4])
        if open_:
            first = self.first_control()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def keep_open(self) -> None:
        """The screen needs the panel seen (a failure to read, nothing else to show): open
        it, and let the size rule leave it open; the button still folds it."""
        self.chosen = True
        self._show_state(True)

    def toggle(self) -> None:
        self.set_open(not self.is_open, by_person=True)

    def _show_state(self, open_: bool, show: bool = True) -> None:
        """The button and the panel in one state. `show=False` leaves the panel's own
        visibility alone: made open before it has a parent, showing it would flash it
        on the screen as a window of its own until a layout takes it."""
        caption, show_name, hide_name = self.words[:3]
        focus = QApplication.focusWidget() or self.window().focusWidget()  # (an inactive window has its own)
        focus_inside = not open_ and focus is not None and self.isAncestorOf(focus)
        self.button.setChecked(open_)
        self.button.setText(f"{caption}  {UP if open_ else DOWN}")
        self.button.setAccessibleName(hide_name if open_ else show_name)
        if show:
            self.setVisible(open_)
        if focus_inside:  # folded away under the focus: the table is where the meaning is
            target = self.view
            if isinstance(target, QScrollArea) and target.focusPolicy() == Qt.FocusPolicy.NoFocus:
                target = next(iter(_row_widgets(target)), target)  # the first tick box
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_control(self) -> QWidget | None:
        """The first control in the panel a Tab would reach."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if self.isAncestorOf(widget) and widget.isVisibleTo(self) and widget.isEnabled() and \
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.nextInFocusChain()
        return None

    # The size rule ------------------------------------------------------------------

    def fit_soon(self) -> None:
        """Apply the size rule once the screen has settled: for a view whose first rows
        arrive after it is shown (their height is only known then), without a resize."""
        if not self.chosen:
            self._decide.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and not self.chosen:
            self._decide.start()
        return False

    def fit(self) -> None:
        """Until the person chooses: fold when the table shows fewer than `rows` rows with
        the panel open and folding would show more; open again when it would show them
        with the panel open.

        The room is the part of the table on screen: on a page that scrolls, a table pushed
        below the fold by the panel has little, however tall it is; a short table wholly on
        screen gains nothing from folding."""
        if self.chosen or not self.view.isVisible():
            return
        room, needed, cost = self.room(0), rows_height(self.view, self.rows), self.opened_cost()
        if self.is_open and room < needed and self.room(-cost) > room:
            self._show_state(False)
            if _scrolling_viewport(self.view) is not None:  # a page scrolled down to the table earlier
                reveal_soon(self.view)
        elif not self.is_open and self.room(cost) >= needed:
            self._show_state(True)

    def room(self, shift: int) -> int:
        """The table's height on screen if the panel grew by `shift` px: in a fixed layout
        the table shrinks by it; on a page that scrolls it moves down by it."""
        viewport, area = self.view.viewport(), _scrolling_viewport(self.view)
        if area is None:
            return viewport.height() - shift
        top = viewport.mapTo(area, QPoint(0, 0)).y() + shift
        return max(0, min(top + viewport.height(), area.height()) - max(top, 0))

    def opened_cost(self) -> int:
        """The height the panel takes when open, with the spacing its layout puts before it:
        its real height while open, else the height its content asks at its width (a
        wrapped label's plain size hint is far taller than it is drawn)."""
        parent = self.parentWidget()
        spacing = parent.layout().spacing() if parent is not None and parent.layout() is not None else 0
        if self.isVisible():
            return self.height() + max(0, spacing)
        width = self.width() if self.width() > 1 or parent is None else parent.contentsRect().width()
        layout = self.layout()
        wanted = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
        return (wanted if wanted > 0 else self.sizeHint().height()) + max(0, spacing)


def _scrolling_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the page that scrolls `widget` (its nearest QScrollArea), if any."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and area.viewport() is parent:
            return parent
        parent = area
    return None


def rows_height(view: QAbstractItemView | QScrollArea, rows: int) -> int:
    """How tall `rows` rows of `view` are: the real rows it has, then rows like its last.
    A scroll area's rows are the widgets of its content, one under the other (tick boxes)."""
    if isinstance(view, QScrollArea):
        boxes, spacing = _row_widgets(view), max(0, view.widget().layout().spacing())
        heights = [box.sizeHint().height() for box in boxes[:rows]]
        like = heights[-1] if heights else round(view.fontMetrics().height() * 1.6)
        return sum(heights) + like * (rows - len(heights)) + spacing * (rows - 1)
    model = view.model()
    count = model.rowCount() if model is not None else 0
    heights = [_row_height(view, row) for row in range(min(rows, count))]
    if isinstance(view, QTableView):
        like = heights[-1] if heights else view.verticalHeader().defaultSectionSize()
    else:
        like = heights[-1] if heights else round(view.fontMetrics().height() * 1.6)
    return sum(heights) + like * (rows - len(heights))


def _row_height(view: QAbstractItemView, row: int) -> int:
    if isinstance(view, QTableView):
        return view.rowHeight(row)
    return max(view.sizeHintForRow(row), view.visualRect(view.model().index(row, 0)).height())


def _row_widgets(area: QScrollArea) -> list[QWidget]:
    layout = area.widget().layout()
    items = (layout.itemAt(index).widget() for index in range(layout.count()))
    return [widget for widget in items if widget is not None and not widget.isHidden()]


def rows_fully_shown(view: QAbstractItemView | QScrollArea) -> int:
    """How many rows lie wholly inside the part of the view on screen (what a person sees:
    on a page that scrolls, the page's edges cut the table too)."""
    area = view.viewport().visibleRegion().boundingRect()
    if isinstance(view, QScrollArea):
        rects = (QRect(box.mapTo(view.viewport(), QPoint(0, 0)), box.size()) for box in _row_widgets(view))
        return sum(1 for rect in rects if rect.top() >= area.top() and rect.bottom() <= area.bottom())
    model = view.model()
    shown = 0
    for row in range(model.rowCount() if model is not None else 0):
        rect = view.visualRect(model.index(row, 0))
        if rect.isValid() and rect.top() >= area.top() and rect.bottom() <= area.bottom():
            shown += 1
        elif rect.top() > area.bottom():
            break
    return shown


def room_for_rows(view: QAbstractItemView | QScrollArea, body: QLayout | None = None):
    """Above 150 %, give a long list the room of its rows: the rows and header at the size
    of the top and bottom bars (24 pt at 200 %), and thinner margins above and below the
    screen's `body`.

    At 200 % a row of 32 pt text is 66 px high: eight of them, the header and the two bars
    are more than 768 px, whatever folds away. The bars already grow half as fast as the
    text for that reason; the rows of a list do the same (never under 16 pt)."""
    scale = theme_scale()
    if scale <= 150:
        return view
    size = TypeSizes(scale).chrome.body
    if isinstance(view, QScrollArea):  # tick boxes: a 48 px row, a thinner focus ring
        view.widget().setStyleSheet(f"QCheckBox, QRadioButton {{ font-size: {size}pt; padding-top: 0; "
                                    f"padding-bottom: 0; border-width: 3px; min-height: {TARGET - 6}px; }}")
    else:
        view.setStyleSheet(f"QAbstractItemView, QHeaderView {{ font-size: {size}pt; }}"
                           "QHeaderView::section { padding-top: 0; padding-bottom: 0; }")
    if body is not None:
        margins = body.contentsMargins()
        body.setContentsMargins(margins.left(), BODY_EDGE, margins.right(), BODY_EDGE)
    return view


def hold_rows(view: QTableView, rows: int = ROWS) -> QTableView:
    """A table on a page that scrolls is as tall as its content asks; keep it tall enough
    for its header and `rows` rows as they are drawn (measured when it shows and when its
    rows change: its text size is final only then)."""
    view.row_holder = _RowHolder(view, rows)
    return view


class _RowHolder(QObject):
    def __init__(self, view: QTableView, rows: int):
        super().__init__(view)
        self.view, self.rows = view, rows
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.hold)
        view.installEventFilter(self)
        view.model().modelReset.connect(self._later.start)
        view.model().layoutChanged.connect(self._later.start)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            self._later.start()
        return False

    def hold(self) -> None:
        view = self.view
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows_height(view, self.rows)
                              + 2 * view.frameWidth() + view.horizontalScrollBar().sizeHint().height())
