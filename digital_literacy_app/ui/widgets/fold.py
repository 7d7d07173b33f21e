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

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QLayout, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.theme import TypeSizes, theme_scale

ROWS = 8
BODY_EDGE = 8  # px above and below a list screen's body at large text
UP, DOWN = "\u25b4", "\u25be"  # the panel is open (it folds up) / folded (it opens down)
TARGET = 48  # px: the smallest button anyone should have to hit


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

    def __init__(self, content: QLayout | QWidget, view: QAbstractItemView, rows: int = ROWS,
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
        self._show_state(True)

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

    def toggle(self) -> None:
        self.set_open(not self.is_open, by_person=True)

    def _show_state(self, open_: bool) -> None:
        caption, show_name, hide_name = self.words[:3]
        focus = QApplication.focusWidget()
        focus_inside = not open_ and focus is not None and self.isAncestorOf(focus)
        self.button.setChecked(open_)
        self.button.setText(f"{caption}  {UP if open_ else DOWN}")
        self.button.setAccessibleName(hide_name if open_ else show_name)
        self.setVisible(open_)
        if focus_inside:  # folded away under the focus: the table is where the meaning is
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and not self.chosen:
            self._decide.start()
        return False

    def fit(self) -> None:
        """Until the person chooses: fold when the table shows fewer than `rows` rows with
        the panel open; open again when it would show them with the panel open."""
        if self.chosen or not self.view.isVisible():
            return
        room, needed = self.view.viewport().height(), rows_height(self.view, self.rows)
        if self.is_open and room < needed:
            self._show_state(False)
        elif not self.is_open and room - self.opened_cost() >= needed:
            self._show_state(True)

    def opened_cost(self) -> int:
        """The height the panel takes when open, with the spacing its layout puts before it."""
        parent = self.parentWidget()
        spacing = parent.layout().spacing() if parent is not None and parent.layout() is not None else 0
        return self.sizeHint().height() + max(0, spacing)


def rows_height(view: QAbstractItemView, rows: int) -> int:
    """How tall `rows` rows of `view` are: the real rows it has, then rows like its last."""
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


def rows_fully_shown(view: QAbstractItemView) -> int:
    """How many rows lie wholly inside the view's visible area (what a person sees)."""
    model, area = view.model(), view.viewport().rect()
    shown = 0
    for row in range(model.rowCount() if model is not None else 0):
        rect = view.visualRect(model.index(row, 0))
        if rect.isValid() and rect.top() >= area.top() and rect.bottom() <= area.bottom():
            shown += 1
        elif rect.top() > area.bottom():
            break
    return shown


def room_for_rows(view: QAbstractItemView, body: QLayout | None = None) -> QAbstractItemView:
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
    view.setStyleSheet(f"QAbstractItemView, QHeaderView {{ font-size: {size}pt; }}"
                       "QHeaderView::section { padding-top: 0; padding-bottom: 0; }")
    if body is not None:
        margins = body.contentsMargins()
        body.setContentsMargins(margins.left(), BODY_EDGE, margins.right(), BODY_EDGE)
    return view
