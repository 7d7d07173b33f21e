"""Likely duplicates: the same person entered twice, joined into one record.

Each group shows the records side by side with what each holds, the suggested one to
keep already chosen. Joining keeps every lesson, step, hint and certificate of all of
them on the kept record; the others stop appearing anywhere. It is asked first, naming the
record kept and the ones joined into it, with "Không gộp" the default; afterwards the page
says "Đã gộp" and into which record.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.fold import Fold, explanation_words
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.volunteer.words import show_date
from digital_literacy_app.ui.widgets.frame import reveal_soon, scroll_area


class DuplicatesPage(ToolPage):
    merged = Signal(object, list)  # the kept LearnerRecord, the ids joined into it
    unmerged = Signal(list)  # the LearnerRecords parted again

    def __init__(self, seat, parent=None, just_joined=None, joined_ids=(), just_parted=()):
        super().__init__(seat, "", self.tr("\u2039  All learners"), self.tr("Back to the list of learners"),
                         parent=parent)
        self.title.setText(self.tr("Possible duplicates"))
        self.done_note = set_role(QLabel(self), "good")  # a parent, so showing it never opens a window
        self.done_note.setWordWrap(True)
        self.done_note.setVisible(just_joined is not None)
        if just_joined is not None:
            self.done_note.setText(self.tr("Joined: everything is now on the record of {record}.").format(
                record=self.describe(just_joined)))
            announce(self.done_note, self.done_note.text())
        self.joined_ids = list(joined_ids)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo this join: the records stand apart again"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setVisible(just_joined is not None and bool(self.joined_ids))
        if just_parted:
            self.done_note.setText(self.tr("Join undone: {records} stand apart again.").format(
                records="; ".join(self.describe(r) for r in just_parted)))
            self.done_note.show()
            announce(self.done_note, self.done_note.text())
        # Above the groups, in their scroll area: at 200 % the note, its undo and the
        # introduction together would not fit above it.
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_note, 1)
        done_row.addWidget(self.undo_button)
        intro = set_role(QLabel(self.tr(
            "These records have the same name (ignoring accents and capitals) and the same year of "
            "birth. If they are one person, choose the record to keep and join them: all the "
            "progress of every record is kept.")), "lead")
        intro.setWordWrap(True)
        self.body_layout.addWidget(intro)
        self.groups = self.trainer.learners.likely_duplicates()
        self.choices: list[tuple[QButtonGroup, list]] = []
        self.merge_buttons: list[QPushButton] = []
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(16)
        layout.addLayout(done_row)
        for group in self.groups:
            layout.addWidget(self._group_card(group))
        if not self.groups:
            none = set_role(QLabel(self.tr("No likely duplicates. Every name and year of birth is different.")),
                            "lead")
            none.setWordWrap(True)
            layout.addWidget(none)
        layout.addStretch(1)
        groups_area = scroll_area(content, self.tr("Possible duplicates"))
        self.body_layout.addWidget(groups_area, 1)
        self.hide_bottom()
        # At 200 % the explanation folds when the first group would not show whole with it.
        self.fold = Fold.gather(self.body_layout, [intro], groups_area, rows=1, words=explanation_words())
        self.add_top_right(self.fold.button)

    def initial_focus(self):
        """The record already chosen to keep in the first group (arrows choose another)."""
        if self.undo_button.isVisible():
            return self.undo_button
        if self.choices:
            return self.choices[0][0].checkedButton()
        return self.back_button

    def _group_card(self, group) -> QFrame:
        card = set_role(QFrame(), "card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(18, 12, 18, 12)
        choice = QButtonGroup(card)
        keep = self.trainer.learners.suggest_keep(group)
        for record in group:
            # The button says whose record; the details wrap underneath (a radio button's
            # own text never wraps, and would run off the screen at 200 %).
            button = QRadioButton(record.name)
            button.setAccessibleName(self.tr("Keep: {record}").format(record=self.describe(record)))
            button.setChecked(record.id == keep.id)
            choice.addButton(button)
            layout.addWidget(button)
            details = QLabel(self.describe(record, with_name=False))
            details.setWordWrap(True)
            details.setContentsMargins(56, 0, 0, 6)
            layout.addWidget(details)
        merge = QPushButton(self.tr("Join into the chosen record"))
        merge.setAccessibleName(self.tr("Join the records of {name} into the chosen one").format(name=keep.name))
        index = len(self.choices)
        merge.clicked.connect(lambda: self.ask(index))
        layout.addWidget(merge)
        layout.addWidget(self._question(index))
        self.choices.append((choice, group))
        self.merge_buttons.append(merge)
        return card

    def _question(self, index: int) -> QFrame:
        """"Join these?", shown under the group when its button is pressed."""
        box = set_role(QFrame(), "hint")
        column = QVBoxLayout(box)
        column.setContentsMargins(14, 10, 14, 10)
        words = set_role(QLabel(), "lead")
        words.setWordWrap(True)
        column.addWidget(words)
        row = QHBoxLayout()
        no = QPushButton(self.tr("Do not join"))
        no.clicked.connect(box.hide)
        yes = set_role(QPushButton(self.tr("Yes, join them")), "danger")
        yes.clicked.connect(lambda: self.merge(index))
        row.addWidget(no)
        row.addWidget(yes)
        row.addStretch(1)
        column.addLayout(row)
        box.words, box.no, box.yes = words, no, yes
        box.hide()
        self.questions = getattr(self, "questions", []) + [box]
        return box

    def ask(self, index: int) -> None:
        """Name the record kept and the ones that go into it; "Do not join" is focused."""
        keep, others = self._chosen(index)
        box = self.questions[index]
        box.words.setText(self.tr("Keep {keep} and join into it: {others}? Their lessons, steps and "
                                  "certificates move to the kept record, and the others no longer appear "
                                  "anywhere, on this computer or, through sync files, on the others.").format(
            keep=self.describe(keep), others="; ".join(self.describe(r) for r in others)))
        box.setAccessibleName(box.words.text())
        box.show()
        reveal_soon(box)
        box.no.setFocus()
        announce(box, box.words.text())

    def _chosen(self, index: int):
        choice, group = self.choices[index]
        buttons = choice.buttons()
        keep = group[next(i for i, b in enumerate(buttons) if b.isChecked())]
        return keep, [record for record in group if record.id != keep.id]

    def describe(self, record, with_name: bool = True) -> str:
        steps = sum(len(self.trainer.progress.steps_done(record.id, lesson_id))
                    for lesson_id in self.trainer.progress.for_learner(record.id))
        parts = [str(record.birth_year) if record.birth_year else self.tr("year unknown"),
                 record.ward or self.tr("no ward"), self.tr("{count} steps done").format(count=steps),
                 self.tr("added {date}").format(date=show_date(record.created_at))]
        return " \u00b7 ".join([record.name, *parts] if with_name else parts)

    def merge(self, index: int) -> None:
        keep, others = self._chosen(index)
        self.merged.emit(self.trainer.learners.merge_group(self.choices[index][1], keep), [r.id for r in others])

    def undo(self) -> None:
        """Part the records just joined (a refusal, if another PC's erase came in
        between, is worded in the note)."""
        try:
            self.unmerged.emit(self.trainer.learners.unmerge(self.joined_ids))
        except InvalidInputError as exc:
            self.done_note.setText(reason(exc))
            self.undo_button.hide()
            announce(self.done_note, self.done_note.text())
