""""Ai đang học?" (Who is learning?): the learner taps their own name.

Names are large tiles, whoever learned last first, because on a ward PC the same few people
come back day after day. Typing a few letters finds a name whether or not the accents are
typed ("huong" finds "Hường"). A new learner starts from the one button at the bottom.
"""

from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout,
    QWidget,
)

from digital_literacy_app.core.records import LearnerRecord
from digital_literacy_app.ui import theme
from digital_literacy_app.ui.icons import put_icon
from digital_literacy_app.ui.labels import group_name
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.card_button import CardButton
from digital_literacy_app.ui.widgets.frame import ScreenFrame, scroll_area

MAX_TILES = 18  # the regulars of a ward PC; anyone else is a few typed letters away


class StartScreen(ScreenFrame):
    learner_chosen = Signal(object)
    new_learner_requested = Signal()
    volunteer_requested = Signal()
    card_requested = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        self.tiles: list[CardButton] = []
        set_role(self.title, "headline")
        self.title.setText(self.tr("Who is learning?"))

        self.instruction = set_role(QLabel(self.tr("Press your name. Or type part of it to find it.")), "lead")
        self.instruction.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name"))
        self.search.setAccessibleName(self.tr("Find a name"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt's own clear button, unnamed
            clear.setAccessibleName(self.tr("Clear what was typed"))
        self.search.setMaximumWidth(700)
        self.search.installEventFilter(self)
        search_label = QLabel(self.tr("Find:"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addStretch(0)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(16)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.note = set_role(QLabel(), "lead")
        self.note.setWordWrap(True)
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 12, 0)
        column_layout.addWidget(self.grid_host)
        column_layout.addWidget(self.note)
        column_layout.addStretch(1)
        holder_layout.addWidget(column)
        self.tiles_area = scroll_area(holder, self.tr("Learners"))

        self.body_layout.addWidget(self.instruction)
        self.body_layout.addLayout(search_row)
        self.body_layout.addWidget(self.tiles_area, 1)

        self.new_button = QPushButton(self.tr("New learner"))
        self.new_button.setAccessibleName(self.tr("New learner"))
        self.new_button.clicked.connect(self.new_learner_requested)
        # Volunteers: small, at the bottom left, where learners do not look for their name.
        self.volunteer_button = QPushButton(self.tr("Volunteer"))
        self.volunteer_button.setAccessibleName(self.tr("Volunteer tools (needs a PIN)"))
        self.volunteer_button.clicked.connect(self.volunteer_requested)
        self.card_button = QPushButton(self.tr("I have a card"))
        self.card_button.setAccessibleName(self.tr("I have a learner card: open my lessons with its code"))
        self.card_button.clicked.connect(self.card_requested)
        self.bottom.addWidget(self.volunteer_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.card_button)
        self.bottom.addWidget(self.new_button)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.refresh()

    def initial_focus(self):
        return self.search

    def columns(self) -> int:
        _, scale = theme.current(QApplication.instance())
        return 3 if scale <= 125 else 2

    def refresh(self) -> None:
        """Show the learners matching what is typed (everyone when nothing is)."""
        query = self.search.text()
        found = self.seat.trainer.learners.search(query)
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        columns = self.columns()
        shown = found[:MAX_TILES]
        twins = twin_ids(shown)
        for index, learner in enumerate(shown):
            tile = self._tile(learner, twins.get(learner.id))
            self.grid.addWidget(tile, index // columns, index % columns)
            if self.isVisible():
                tile.show()  # now, so the keyboard can reach it at once
            self.tiles.append(tile)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        self.note.setText(self._note(query, len(found)))
        self.note.setVisible(bool(self.note.text()))
        first = self.seat.trainer.learners.count() == 0
        set_role(self.new_button, "primary" if first else "")
        put_icon(self.new_button, "person-add", on_primary=first)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes: the search, the names shown (the matches, once something is typed), then
        "New learner", "I have a card" and "Volunteer". Tiles are made after the buttons, so
        without this Tab would reach every button before any name."""
        chain = [self.search, *self.tiles, self.new_button, self.card_button, self.volunteer_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _tile(self, learner: LearnerRecord, twins: list[LearnerRecord] | None = None) -> CardButton:
        detail = self.tr("Born {year}").format(year=learner.birth_year) if learner.birth_year else ""
        if twins:
            detail = self._telling_apart(learner, twins)
        tile = CardButton(learner.name, detail, role="tile")
        tile.clicked.connect(lambda: self.learner_chosen.emit(learner))
        return tile

    def _telling_apart(self, learner: LearnerRecord, twins: list[LearnerRecord]) -> str:
        """For learners who share a name: what differs between them (birth year, group,
        ward), then the lesson they were last on, or else the day they last learnt, so
        each can pick their own tile."""
        parts = []
        if learner.birth_year and len({t.birth_year for t in twins}) > 1:
            parts.append(self.tr("Born {year}").format(year=learner.birth_year))
        if len({t.group for t in twins}) > 1:
            parts.append(group_name(learner.group))
        if learner.ward and len({t.ward for t in twins}) > 1:
            parts.append(learner.ward)
        line = " \u00b7 ".join(parts) or (self.tr("Born {year}").format(year=learner.birth_year)
                                          if learner.birth_year else "")
        trainer = self.seat.trainer
        lesson_id = trainer.progress.last_lesson(learner.id)
        # The lessons load after the first paint; until then the day says enough.
        lesson = trainer.lessons.get(lesson_id) if lesson_id and self.seat.lessons_ready else None
        if lesson is not None:
            last = self.tr("Learning: {lesson}").format(lesson=lesson.title.get(self.seat.lang))
        else:
            last = self.tr("Last here on {date}").format(date=day_month_year(learner.last_active_at))
        return "\n".join(part for part in (line, last) if part)

    def _note(self, query: str, found: int) -> str:
        if found > MAX_TILES:
            return self.tr("{count} more people. Type part of your name to find it.").format(
                count=found - MAX_TILES)
        if found == 0 and query.strip():
            return self.tr("No name matches \u201c{query}\u201d. Check the spelling, or press "
                           "\u201cNew learner\u201d.").format(query=query.strip())
        if found == 0:
            return self.tr("Nobody has started yet. Press \u201cNew learner\u201d to begin.")
        return ""

    def eventFilter(self, watched, event) -> bool:
        """Down arrow or Enter in the search box reaches the names without a mouse."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and self.tiles:
            if event.key() == Qt.Key.Key_Down:
                self.tiles[0].setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._debounce.stop()
                self.refresh()
                if self.tiles:
                    self.tiles[0].setFocus()
                return True
        return super().eventFilter(watched, event)


def twin_ids(learners: list[LearnerRecord]) -> dict[str, list[LearnerRecord]]:
    """For each learner whose name another shown learner shares (in any typing: the core
    stores names NFC), the learners of that name."""
    by_name: dict[str, list[LearnerRecord]] = {}
    for learner in learners:
        by_name.setdefault(learner.name.casefold(), []).append(learner)
    return {learner.id: group for group in by_name.values() if len(group) > 1 for learner in group}


def day_month_year(stamp: str) -> str:
    """"2026-12-05T09:30:00+00:00" → "05/12/2026", as dates are written in Vietnam."""
    date = stamp[:10]
    return f"{date[8:10]}/{date[5:7]}/{date[0:4]}" if len(date) == 10 else stamp
