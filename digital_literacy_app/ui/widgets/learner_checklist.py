"""Tick learners from a list you can search: who came to a session, whose cards to print.

Ticks are kept while the search changes, so a volunteer can type "hoa", tick, type
"nam", tick. Only the first MAX_SHOWN matches are drawn (typing finds the rest), so a
ward with hundreds of learners stays quick.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.records import LearnerRecord
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.frame import scroll_area

MAX_SHOWN = 60


class RowCheckBox(QCheckBox):
    """A tick box that a click anywhere on its row ticks, not only on the box or the words."""

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)


class LearnerChecklist(QWidget):
    changed = Signal()

    def __init__(self, learners_book, name: str, parent=None, tick_all: bool = False):
        super().__init__(parent)
        self.book = learners_book
        self.ticked: dict[str, LearnerRecord] = {}
        self.boxes: dict[str, QCheckBox] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name"))
        self.search.setAccessibleName(self.tr("Find a learner to tick"))
        self.search.textChanged.connect(self.refresh)
        find = QLabel(self.tr("Find:"))
        find.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(find)
        row.addWidget(self.search, 1)
        self.all_button = self.none_button = None
        if tick_all:  # a whole class at once: everyone found by the search (everyone when it is empty)
            self.all_button = QPushButton(self.tr("Tick all found"))
            self.all_button.setAccessibleName(self.tr("Tick everyone the search finds"))
            self.all_button.clicked.connect(self.tick_all_found)
            self.none_button = QPushButton(self.tr("Untick all"))
            self.none_button.clicked.connect(self.untick_all)
            row.addWidget(self.all_button)
            row.addWidget(self.none_button)
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 0, 12, 0)
        self.list_layout.setSpacing(2)
        self.note = set_role(QLabel(), "muted")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(scroll_area(self.list_host, name), 1)
        layout.addWidget(self.note)
        self.refresh()

    def refresh(self) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.boxes = {}
        found = self.book.search(self.search.text(), order="name")
        for learner in found[:MAX_SHOWN]:
            text = learner.name + (f" ({learner.birth_year})" if learner.birth_year else "")
            box = RowCheckBox(text)
            box.setAccessibleName(text)
            box.setChecked(learner.id in self.ticked)
            box.toggled.connect(lambda on, r=learner: self._toggle(r, on))
            self.boxes[learner.id] = box
            self.list_layout.addWidget(box)
            if self.isVisible():
                box.show()  # now, so a click or Tab can reach it at once
        self.list_layout.addStretch(1)
        more = len(found) - MAX_SHOWN
        self.note.setText(self.tr("{count} more. Type part of a name to find them.").format(count=more)
                          if more > 0 else "")
        self.note.setVisible(more > 0)

    def _toggle(self, learner: LearnerRecord, on: bool) -> None:
        if on:
            self.ticked[learner.id] = learner
        else:
            self.ticked.pop(learner.id, None)
        self.changed.emit()

    def tick(self, learner: LearnerRecord) -> None:
        """Tick someone from code (a person just added on the spot)."""
        self.ticked[learner.id] = learner
        self.refresh()
        self.changed.emit()

    def tick_all_found(self) -> None:
        """Everyone the search finds, also those past the first MAX_SHOWN drawn."""
        for learner in self.book.search(self.search.text(), order="name"):
            self.ticked[learner.id] = learner
        self._ticks_changed()

    def tick_exactly(self, learners: list[LearnerRecord]) -> None:
        """Exactly these people ticked, nobody else (a session's attendees)."""
        self.ticked = {learner.id: learner for learner in learners}
        self._ticks_changed()

    def untick_all(self) -> None:
        self.ticked.clear()
        self._ticks_changed()

    def _ticks_changed(self) -> None:
        for learner_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(learner_id in self.ticked)
            box.blockSignals(False)
        self.changed.emit()

    def chosen(self) -> list[LearnerRecord]:
        return sorted(self.ticked.values(), key=lambda r: (r.name, r.id))
