"""Keeping what a practice step needs in view on the phone's scrolling screen.

The scroll arrows (`ScrollCue`) sit at the edges of a scrolling part, so "in view" means
whole and `margin` clear of those edges; a pop-up has its own scrolling part inside the
screen. These helpers only measure and scroll; `ScreenDisplay` and `PhoneView` decide when.
"""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget


def bring_into_view(wanted: list[QWidget], glass: QWidget, margin: int) -> None:
    """Scroll each part holding one of `wanted` so it shows whole; where not all fit, the
    first wins (it is scrolled to last)."""
    for widget in reversed(wanted):
        for scroll in scrolls_holding(widget, glass):
            scroll.widget().layout().activate()
            scroll_to_show(scroll, widget, margin)


def all_fit(wanted: list[QWidget], glass: QWidget, margin: int) -> bool:
    """Whether each of `wanted` is low enough to show whole, clear of the arrows."""
    for widget in wanted:
        scrolls = scrolls_holding(widget, glass)
        room = scrolls[0].viewport().height() if scrolls else glass.height()
        if widget.height() > room - 2 * margin:
            return False
    return True


def whole_in_view(widget: QWidget, glass: QWidget) -> bool:
    """Whether `widget` is whole inside every scrolling part that holds it, and the glass."""
    for scroll in scrolls_holding(widget, glass):
        viewport = scroll.viewport()
        if not viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())):
            return False
    return glass.rect().contains(QRect(widget.mapTo(glass, QPoint(0, 0)), widget.size()))


def scrolls_holding(widget: QWidget, glass: QWidget) -> list[QScrollArea]:
    """The scrolling parts between `widget` and the glass, innermost first."""
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not glass:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            found.append(parent)
        parent = parent.parentWidget()
    return found


def scroll_to_show(scroll: QScrollArea, widget: QWidget, margin: int) -> None:
    """Scroll the least that shows `widget` whole and `margin` clear of the viewport's edges
    (where the arrows sit). Qt's ensureWidgetVisible keeps no margin for a widget already
    inside the viewport, so a button at the very edge would stay under the arrow."""
    bar = scroll.verticalScrollBar()
    top = widget.mapTo(scroll.widget(), QPoint(0, 0)).y()
    bottom, room = top + widget.height(), scroll.viewport().height()
    value = bar.value()
    if bottom > value + room - margin:
        value = bottom - room + margin
    if top < value + margin:
        value = top - margin
    bar.setValue(max(bar.minimum(), min(bar.maximum(), value)))
