"""Likely duplicates: the same person entered twice, joined into one record.

A table lists the groups, one row each (the names, the year of birth, the ward, why they
look alike), so that at the volunteer's 200 % text eight of them show at once. Under it,
the chosen row's records, the suggested one to keep already chosen, and the button that
joins them. Joining keeps every lesson, step, hint and certificate of all of them on the
kept record; the others stop appearing anywhere. It is asked first, naming the record
kept and the ones joined into it, with "Không gộp" (keep them apart) the default;
afterwards the page says "Đã gộp" and into which record, with "Hoàn tác" beside it.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.widgets.fold import ROWS, Fold, explanation_words, hold_rows, room_for_rows
from digital_literacy_app.ui.widgets.table import RowsTableModel, read_only_table
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.volunteer.words import show_date
from digital_literacy_app.ui.widgets.frame import reveal_soon, scroll_area


class DuplicatesModel(RowsTableModel):
    """One group of records a row: their names, year of birth, wards, and why they look alike."""

    def headers(self) -> list[str]:
        return [self.tr("Names"), self.tr("Born"), self.tr("Ward"), self.tr("Why they look alike")]

    def cell(self, group, column: int) -> str:
        if column == 0:
            return " / ".join(record.name for record in group)
        if column == 1:
            return str(group[0].birth_year) if group[0].birth_year else self.tr("unknown")
        if column == 2:
            wards = list(dict.fromkeys(record.ward or "\u2014" for record in group))
            return " / ".join(wards)
        return self.why(group)

    def why(self, group) -> str:
        """The rule that paired them (core/duplicates.py), in the words of this group."""
        same_spelling = len({record.name for record in group}) == 1
        if group[0].birth_year:
            return (self.tr("Same name, same year of birth") if same_spelling else
                    self.tr("Same name apart from accents or capitals, same year of birth"))
        return (self.tr("Same name, neither has a year of birth") if same_spelling else
                self.tr("Same name apart from accents or capitals, neither has a year of birth"))


class DuplicatesPage(ToolPage):
    merged = Signal(object, list)  # the kept LearnerRecord, the ids joined into it
    unmerged = Signal(list)  # the LearnerRecords parted again

    def __init__(self, seat, parent=None, just_joined=None, joined_ids=(), just_parted=()):
        super().__init__(seat, "", self.tr("\u2039  All learners"), self.tr("Back to the list of learners"),
                         parent=parent)
        self.title.setText(self.tr("Possible duplicates"))
        self.joined_ids = list(joined_ids)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(12)
        layout.addLayout(self._done_row(just_joined, just_parted))
        intro = set_role(QLabel(self.tr(
            "These records have the same name (ignoring accents and capitals) and the same year of "
            "birth. If they are one person, choose the row, then the record to keep, and join them: "
            "all the progress of every record is kept.")), "lead")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.groups = self.trainer.learners.likely_duplicates()
        self.model = DuplicatesModel(self.groups, self)
        roomy = theme_scale() > 150  # one line a group, scrolling sideways: eight rows at 200 %
        self.table = read_only_table(self.model, self.tr("Possible duplicates"),
                                     stretch=() if roomy else (0, 3), wrap=not roomy)
        # Tall enough for eight groups (or all of them, if fewer): the chosen one's records follow.
        hold_rows(room_for_rows(self.table, self.body_layout), max(1, min(ROWS, len(self.groups))))
        layout.addWidget(self.table)
        self.none_label = set_role(QLabel(self.tr(
            "No likely duplicates. Every name and year of birth is different.")), "lead")
        self.none_label.setWordWrap(True)
        layout.addWidget(self.none_label)
        layout.addWidget(self._actions())
        layout.addStretch(1)
        self.table.setVisible(bool(self.groups))
        self.none_label.setVisible(not self.groups)
        self.actions.setVisible(bool(self.groups))
        self.body_layout.addWidget(scroll_area(content, self.tr("Possible duplicates")), 1)
        self.hide_bottom()
        # At 200 % the explanation folds when eight rows would not show with it.
        self.fold = Fold.gather(layout, [intro], self.table, words=explanation_words())
        self.add_top_right(self.fold.button)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self.choose_row(current.row()))
        if self.groups:
            self.table.selectRow(0)

    def _done_row(self, just_joined, just_parted) -> QHBoxLayout:
        """"Đã gộp" (or "Đã hoàn tác") with its undo, above everything else."""
        self.done_note = set_role(QLabel(self), "good")  # a parent, so showing it never opens a window
        self.done_note.setWordWrap(True)
        self.done_note.setVisible(just_joined is not None)
        if just_joined is not None:
            self.done_note.setText(self.tr("Joined: everything is now on the record of {record}.").format(
                record=self.describe(just_joined)))
            announce(self.done_note, self.done_note.text())
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo this join: the records stand apart again"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setVisible(just_joined is not None and bool(self.joined_ids))
        if just_parted:
            self.done_note.setText(self.tr("Join undone: {records} stand apart again.").format(
                records="; ".join(self.describe(r) for r in just_parted)))
            self.done_note.show()
            announce(self.done_note, self.done_note.text())
        row = QHBoxLayout()
        row.addWidget(self.done_note, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _actions(self) -> QFrame:
        """The chosen row's records to choose from, the join button and its question."""
        self.actions = set_role(QFrame(), "card")
        layout = QVBoxLayout(self.actions)
        layout.setContentsMargins(18, 12, 18, 12)
        self.keep_heading = set_role(QLabel(), "lead")
        self.keep_heading.setWordWrap(True)
        layout.addWidget(self.keep_heading)
        self.keep_list = QVBoxLayout()
        layout.addLayout(self.keep_list)
        self.choice = QButtonGroup(self.actions)
        self.keep_buttons: list[QRadioButton] = []
        self.merge_button = QPushButton(self.tr("Join into the chosen record"))
        self.merge_button.clicked.connect(self.ask)
        layout.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._question())
        return self.actions

    def _question(self) -> QFrame:
        """"Join these?", shown under the button when it is pressed."""
        box = set_role(QFrame(), "hint")
        column = QVBoxLayout(box)
        column.setContentsMargins(14, 10, 14, 10)
        words = set_role(QLabel(), "lead")
        words.setWordWrap(True)
        column.addWidget(words)
        row = QHBoxLayout()
        no = QPushButton(self.tr("Do not join"))
        no.clicked.connect(self.keep_apart)
        yes = set_role(QPushButton(self.tr("Yes, join them")), "danger")
        yes.clicked.connect(self.merge)
        row.addWidget(no)
        row.addWidget(yes)
        row.addStretch(1)
        column.addLayout(row)
        box.words, box.no, box.yes = words, no, yes
        box.hide()
        self.question = box
        return box

    def initial_focus(self):
        """The undo right after a join; else the list (arrows choose a row)."""
        if self.undo_button.isVisible():
            return self.undo_button
        return self.table if self.groups else self.back_button

    @property
    def chosen_group(self):
        index = self.table.currentIndex()
        return self.groups[index.row()] if index.isValid() else None

    def choose_row(self, row: int) -> None:
        """Show the chosen group's records, the one suggested to keep already chosen."""
        self.question.hide()
        for button in self.keep_buttons:
            self.choice.removeButton(button)
        while self.keep_list.count():
            item = self.keep_list.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # out of the Tab order at once
                item.widget().deleteLater()
        self.keep_buttons = []
        if not 0 <= row < len(self.groups):
            return
        group = self.groups[row]
        keep = self.trainer.learners.suggest_keep(group)
        self.keep_heading.setText(self.tr("Keep which record of {name}?").format(name=keep.name))
        for record in group:
            # The button says whose record; the details wrap underneath (a radio button's
            # own text never wraps, and would run off the screen at 200 %).
            button = QRadioButton(record.name)
            button.setAccessibleName(self.tr("Keep: {record}").format(record=self.describe(record)))
            button.setChecked(record.id == keep.id)
            self.choice.addButton(button)
            self.keep_buttons.append(button)
            self.keep_list.addWidget(button)
            details = QLabel(self.describe(record, with_name=False))
            details.setWordWrap(True)
            details.setContentsMargins(56, 0, 0, 6)
            self.keep_list.addWidget(details)
        self.merge_button.setAccessibleName(
            self.tr("Join the records of {name} into the chosen one").format(name=keep.name))
        # Tab goes from the list to the records, then to the button (they are made after it).
        chain = [self.table, *self.keep_buttons, self.merge_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def ask(self) -> None:
        """Name the record kept and the ones that go into it; "Do not join" is focused."""
        keep, others = self._chosen()
        box = self.question
        box.words.setText(self.tr("Keep {keep} and join into it: {others}? Their lessons, steps and "
                                  "certificates move to the kept record, and the others no longer appear "
                                  "anywhere, on this computer or, through sync files, on the others.").format(
            keep=self.describe(keep), others="; ".join(self.describe(r) for r in others)))
        box.setAccessibleName(box.words.text())
        box.show()
        reveal_soon(box)
        box.no.setFocus()
        announce(box, box.words.text())

    def keep_apart(self) -> None:
        """"Không gộp": nothing changes; the focus goes back to the list."""
        self.question.hide()
        self.table.setFocus()

    def _chosen(self):
        group = self.chosen_group
        keep = group[next(i for i, b in enumerate(self.keep_buttons) if b.isChecked())]
        return keep, [record for record in group if record.id != keep.id]

    def describe(self, record, with_name: bool = True) -> str:
        steps = sum(len(self.trainer.progress.steps_done(record.id, lesson_id))
                    for lesson_id in self.trainer.progress.for_learner(record.id))
        parts = [str(record.birth_year) if record.birth_year else self.tr("year unknown"),
                 record.ward or self.tr("no ward"), self.tr("{count} steps done").format(count=steps),
                 self.tr("added {date}").format(date=show_date(record.created_at))]
        return " \u00b7 ".join([record.name, *parts] if with_name else parts)

    def merge(self) -> None:
        keep, others = self._chosen()
        self.merged.emit(self.trainer.learners.merge_group(self.chosen_group, keep), [r.id for r in others])

    def undo(self) -> None:
        """Part the records just joined (a refusal, if another PC's erase came in
        between, is worded in the note)."""
        try:
            self.unmerged.emit(self.trainer.learners.unmerge(self.joined_ids))
        except InvalidInputError as exc:
            self.done_note.setText(reason(exc))
            self.undo_button.hide()
            announce(self.done_note, self.done_note.text())
