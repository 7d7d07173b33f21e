"""A table header whose long titles wrap onto a few lines instead of being cut to one.

Qt's header draws one line per section, so long names (a lesson's title) need either
wide columns or numbers with a key elsewhere. This header gives the `wrapped` columns a
width of about `chars` average characters and a height of `lines` text lines, wraps the
title at spaces and ends it with "…" only when it is still longer (the full title stays
in the tooltip and the accessible text). It follows the text size, so it reads the same
at 100 % and 200 %.
"""

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader


class WrappedHeader(QHeaderView):
    def __init__(self, first_wrapped: int, lines: int = 3, chars: int = 15, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.first_wrapped, self.lines, self.chars = first_wrapped, lines, chars
        self.setSectionsClickable(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _padding(self) -> int:
        return max(6, self.fontMetrics().averageCharWidth())

    def column_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * self.chars + 2 * self._padding()

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        height = self.fontMetrics().lineSpacing() * self.lines + self._padding()
        if logical >= self.first_wrapped:
            return QSize(self.column_width(), height)
        return QSize(size.width(), max(size.height(), height))

    def paintSection(self, painter, rect: QRect, logical: int) -> None:
        if logical < self.first_wrapped:
            super().paintSection(painter, rect, logical)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        text = str(self.model().headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        # The style draws the lines, so the theme's bold face and colours apply as to any header.
        option.text = "\n".join(self.wrapped_lines(text, rect.width() - 2 * self._padding()))
        option.textAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()

    def wrapped_lines(self, text: str, width: int) -> list[str]:
        """The title broken at spaces into at most `lines` lines of `width` pixels."""
        font = QFont(self.font())
        font.setBold(True)  # as the theme draws headers
        metrics = QFontMetrics(font)
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        pieces = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            pieces.append(text[line.textStart():line.textStart() + line.textLength()].strip())
        layout.endLayout()
        if len(pieces) > self.lines:
            rest = " ".join(pieces[self.lines - 1:])
            pieces = pieces[:self.lines - 1] + [metrics.elidedText(
                rest, Qt.TextElideMode.ElideRight, width)]
        return pieces
