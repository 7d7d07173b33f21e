"""Progress at a glance: every learner against every lesson, and who needs help.

Lessons are numbered columns (their titles are listed under the grid and in each
cell's tooltip), so the whole grid fits a ward-office screen; choosing one area shows
only its lessons. Picking a row says why that person needs help, in words, and opens
their story.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.records import HINTS_LIMIT, MISTAKES_LIMIT, STALLED_DAYS
from digital_literacy_app.ui.labels import area_name
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer.progress_model import ProgressTableModel
from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.widgets.choice_list import choice_list
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.table import read_only_table


class ProgressPage(ToolPage):
    timeline_requested = Signal(object)

    def __init__(self, seat, parent=None):
        super().__init__(seat, "", parent=parent)
        self.title.setText(self.tr("Progress at a glance"))
        self.area = choice_list(self.tr("Lessons of which area"))
        self.area.addItem(self.tr("All lessons"), "")
        for area in self.trainer.lessons.by_area():
            self.area.addItem(area_name(area), area)
        area_label = QLabel(self.tr("Lessons:"))
        area_label.setBuddy(self.area)
        self.only_help = QCheckBox(self.tr("Needs help only"))
        self.only_help.setAccessibleName(self.tr("Only people who need help"))
        row = QHBoxLayout()
        row.addWidget(area_label)
        row.addWidget(self.area, 1)
        row.addSpacing(24)
        row.addWidget(self.only_help)
        self.body_layout.addLayout(row)
        rule = set_role(QLabel(self.tr(
            "\u201cHelp\u201d: {mistakes} or more mistakes or {hints} or more hints in a lesson not yet "
            "finished, or nothing done for {days} days with a lesson unfinished.").format(
                mistakes=MISTAKES_LIMIT, hints=HINTS_LIMIT, days=STALLED_DAYS)),
            "muted")
        rule.setWordWrap(True)

        self.model = ProgressTableModel(seat.lang, self)
        # One line a row: measuring every wrapped cell of the grid took seconds for 200 learners.
        self.table = read_only_table(self.model, self.tr("Learners and lessons"), stretch=(), wrap=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_reasons())
        self.table.horizontalHeader().setMinimumSectionSize(self.fontMetrics().horizontalAdvance("00/00") + 16)
        self.body_layout.addWidget(self.table, 1)
        # What the grid means, under it in a short scrolling box so the grid keeps the room.
        self.reasons = set_role(QLabel(), "lead")
        self.reasons.setWordWrap(True)
        self.legend = set_role(QLabel(), "muted")
        self.legend.setWordWrap(True)
        legend_box = QWidget()
        legend_layout = QVBoxLayout(legend_box)
        legend_layout.setContentsMargins(0, 0, 12, 0)
        legend_layout.setSpacing(0)
        for label in (self.reasons, self.legend, rule):
            legend_layout.addWidget(label)
        legend_layout.addStretch(1)
        self.legend_area = scroll_area(legend_box, self.tr("Lesson numbers"), focusable=True)
        self.legend_area.setFixedHeight(self.reasons.fontMetrics().lineSpacing()  # one line of each, the rest scrolls
                                        + self.legend.fontMetrics().lineSpacing() + 4)
        self.body_layout.addWidget(self.legend_area)

        self.timeline_button = set_role(QPushButton(self.tr("Their story  \u203a")), "primary")
        self.timeline_button.setAccessibleName(self.tr("The story of the chosen learner"))
        self.timeline_button.clicked.connect(self._open_timeline)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.timeline_button)
        self.area.currentIndexChanged.connect(self.refresh)
        self.only_help.toggled.connect(self.refresh)
        self.refresh()

    def initial_focus(self):
        return self.table

    def refresh(self) -> None:
        trainer = self.trainer
        area = self.area.currentData()
        lessons = [lesson for lesson in trainer.lessons.lessons if not area or lesson.area == area]
        flagged = trainer.overview.needs_help()
        learners = trainer.learners.all("name")
        if self.only_help.isChecked():
            learners = [r for r in learners if r.id in flagged]
        self.model.set_grid(learners, lessons, trainer.overview.cells(), flagged)
        self.legend.setText(self.tr("Lessons: {list}").format(list="; ".join(
            f"{number} = {lesson.title.get(self.seat.lang)}" for number, lesson in enumerate(lessons, 1))))
        if learners:
            self.table.selectRow(0)
        self.timeline_button.setEnabled(bool(learners))
        self.show_reasons()

    def chosen(self):
        row = self.table.currentIndex().row()
        return self.model.learners[row] if 0 <= row < len(self.model.learners) else None

    def show_reasons(self) -> None:
        learner = self.chosen()
        if learner is None:
            self.reasons.setText(self.tr("Nobody to show."))
            return
        found = self.model.flagged.get(learner.id, [])
        if not found:
            self.reasons.setText(self.tr("{name}: no sign of trouble.").format(name=learner.name))
            return
        self.reasons.setText(self.tr("{name} needs help: {reasons}.").format(
            name=learner.name, reasons="; ".join(self.reason_words(r) for r in found)))

    def reason_words(self, reason) -> str:
        lesson = self.trainer.lessons.get(reason.lesson_id)
        title = lesson.title.get(self.seat.lang) if lesson else reason.lesson_id
        if reason.kind == "stalled":
            return self.tr("nothing done for {days} days, \u201c{lesson}\u201d unfinished").format(
                days=reason.amount, lesson=title)
        if reason.kind == "mistakes":
            return self.tr("{count} mistakes in \u201c{lesson}\u201d").format(count=reason.amount, lesson=title)
        return self.tr("{count} hints in \u201c{lesson}\u201d").format(count=reason.amount, lesson=title)

    def _open_timeline(self) -> None:
        learner = self.chosen()
        if learner is not None:
            self.timeline_requested.emit(learner)
