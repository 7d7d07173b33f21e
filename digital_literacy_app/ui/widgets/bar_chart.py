"""A horizontal bar chart painted with QPainter, in the theme's colours and text size.

Qt Charts would add megabytes to the bundle for what is a few rectangles and labels.
Bars run left to right so long Vietnamese ward names stay readable on the left; each bar
carries its number, and the chart's accessible description reads the figures out.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from digital_literacy_app.ui import theme

MAX_BARS = 25


class BarChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ""
        self.bars: list[tuple[str, float, str]] = []  # label, value, value as shown
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_bars(self, title: str, bars: list[tuple[str, float, str]]) -> None:
        """The largest MAX_BARS bars, largest first (ties by label, so the order is stable)."""
        self.title = title
        self.bars = sorted(bars, key=lambda bar: (-bar[1], bar[0]))[:MAX_BARS]
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{label}: {shown}" for label, _, shown in self.bars))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.5)

    def _stacked(self, width: int) -> bool:
        """Labels too long for 40 % of the width go on their own line above each bar
        (large text, or ward · group · month names), instead of being shortened."""
        if not self.bars:
            return False
        longest = max(self.fontMetrics().horizontalAdvance(label) for label, _, _ in self.bars)
        return longest + 16 > width * 0.4

    def _rows_tall(self, width: int) -> int:
        return len(self.bars) * (2 if self._stacked(width) else 1)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 600)
        return QSize(600, self._row_height() * (max(self._rows_tall(width), 1) + 1) + 16)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = self.sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, event) -> None:
        palette = theme.palette_for(theme.current(QApplication.instance())[0])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row = self._row_height()
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(palette.text))
        painter.drawText(QRectF(0, 0, self.width(), row), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(self.font())
        if self.bars:
            self._paint_bars(painter, palette, metrics, row)
        painter.end()

    def _paint_bars(self, painter, palette, metrics, row: int) -> None:
        stacked = self._stacked(self.width())
        label_width = 0 if stacked else max(metrics.horizontalAdvance(label) for label, _, _ in self.bars) + 16
        value_width = max(metrics.horizontalAdvance(shown) for _, _, shown in self.bars) + 16
        room = max(self.width() - label_width - value_width, 10)
        top = max(value for _, value, _ in self.bars) or 1
        y = row
        for label, value, shown in self.bars:
            painter.setPen(QColor(palette.text))
            if stacked:
                text = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, self.width())
                painter.drawText(QRectF(0, y, self.width(), row), Qt.AlignmentFlag.AlignVCenter, text)
                y += row
            else:
                painter.drawText(QRectF(0, y, label_width - 8, row),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            length = room * value / top
            bar = QRectF(label_width, y + row * 0.15, max(length, 2), row * 0.7)
            painter.fillRect(bar, QColor(palette.primary))
            if palette is theme.HIGH_CONTRAST:
                painter.setPen(QPen(QColor(palette.border), 1))
                painter.drawRect(bar)
            painter.setPen(QColor(palette.text))
            painter.drawText(QRectF(label_width + length + 8, y, value_width, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            y += row
