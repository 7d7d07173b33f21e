"""A big button that holds a wrapped title, a detail line and an optional picture.

Plain QPushButtons never wrap their text, and at 200 % a long Vietnamese name or lesson
title would be cut off; this one lays its text out in labels that wrap instead.
"""

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.widgets.picture import Picture


class CardButton(QPushButton):
    def __init__(self, title: str, detail: str = "", icon: Path | None = None, role: str = "lesson",
                 icon_size: int = 64, parent=None):
        super().__init__(parent)
        set_role(self, role)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        # Parented from the start: showing a parentless label would flash a window of its own.
        self.title_label = set_role(QLabel(title, self), "card-title")
        self.title_label.setWordWrap(True)
        self.detail_label = set_role(QLabel(detail, self), "card-detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setHidden(not detail)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.title_label)
        texts.addWidget(self.detail_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 12, 18, 12)
        row.setSpacing(16)
        self.picture = None
        if icon is not None:
            # Decorative: the button's name already says the title the icon stands beside.
            self.picture = Picture(icon, parent=self, decorative=True)
            if self.picture.loaded:
                side = TypeSizes(theme_scale()).px(icon_size)
                self.picture.setFixedSize(side, side)
                row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
            else:
                self.picture = None
        row.addLayout(texts, 1)
        for label in (self.title_label, self.detail_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if self.picture is not None:
            self.picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(spoken(title, detail))

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)
        self.setAccessibleName(spoken(title, self.detail_label.text()))

    def set_detail(self, detail: str) -> None:
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(spoken(self.title_label.text(), detail))

    def sizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(max(hint.width(), 200), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


DECORATIVE = str.maketrans({"\u2713": "", "\u2717": "", "\u203a": "", "\u2039": "", "\u00b7": ","})


def spoken(*texts: str) -> str:
    """A card's name as a screen reader should say it: its texts without the marks that only
    decorate them ("✓", "›"; the "·" between them a pause)."""
    said = ", ".join(t for t in texts if t).translate(DECORATIVE)
    return " ".join(said.replace(" ,", ",").split()).strip(" ,")
