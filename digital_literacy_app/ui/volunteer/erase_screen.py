"""Erasing a learner, after saying plainly what that means.

Erasure is the person's right (Decree 13/2023/ND-CP): their name, birth year and all
their progress go from this PC, and the erasure travels in the next sync file to every
other PC and the coordinator. It wins over everything: a record merged with theirs, an
old sync file imported later, a change made on another PC. It cannot be undone, so the
safe choice ("Keep") has the focus.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.frame import paragraphs_area


class ErasePage(ToolPage):
    erased = Signal()
    kept = Signal(object)

    def __init__(self, seat, learner, parent=None):
        super().__init__(seat, "", self.tr("\u2039  Keep and go back"),
                         self.tr("Do not erase: back to this learner"), parent=parent)
        self.learner = learner
        self.back.connect(lambda: self.kept.emit(self.learner))
        self.title.setText(self.tr("Erase {name}?").format(name=learner.name))
        texts = [
            (self.tr("Erasing removes {name}'s name, year of birth and all their progress from this "
                     "computer.").format(name=learner.name), "lead"),
            (self.tr("The erasure goes out with the next sync file, so the other computers and the "
                     "coordinator erase them too."), "lead"),
            (self.tr("It stays erased even if this record is later joined with another record of the "
                     "same person, or an older sync file brings it back."), "lead"),
            (self.tr("This cannot be undone. Certificates already printed stay valid on paper."), "error"),
        ]
        self.body_layout.addWidget(paragraphs_area(texts, self.tr("What erasing means")), 1)
        self.keep_button = QPushButton(self.tr("Keep {name}").format(name=learner.name))
        self.keep_button.clicked.connect(lambda: self.kept.emit(self.learner))
        self.erase_button = set_role(QPushButton(self.tr("Erase for good")), "danger")
        self.erase_button.setAccessibleName(self.tr("Erase {name} for good").format(name=learner.name))
        self.erase_button.clicked.connect(self.erase)
        self.bottom.addWidget(self.keep_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.erase_button)

    def initial_focus(self):
        return self.keep_button

    def erase(self) -> None:
        self.trainer.learners.erase(self.learner.id)  # their progress and settings go with them
        self.erased.emit()
