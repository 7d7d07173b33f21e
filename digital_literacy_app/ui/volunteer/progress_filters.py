"""The progress grid's filters, behind a button so the grid keeps the room at large text.

Which lessons (an area), which learners (a ward, a group, the attendees of one teaching
session, only those who need help) and what "needs help" means. The panel starts folded
(at 1366 × 768 it would leave the grid two rows even at the usual text size) unless the
volunteer opened it before; the button says how many filters are on, so a narrowed grid
is never mistaken for everyone.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.records import GROUPS, HINTS_LIMIT, MISTAKES_LIMIT, STALLED_DAYS, GridFilter
from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.labels import area_name, group_name
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.choice_list import choice_list
from digital_literacy_app.ui.widgets.frame import scroll_area


class GridFilters(QWidget):
    """`toggle` (the button) shows and hides the filters; `changed` fires when a choice does."""

    changed = Signal()

    def __init__(self, trainer, chosen: GridFilter, shown: bool = False, parent=None):
        super().__init__(parent)
        self.area = choice_list(self.tr("Lessons of which area"), [("", self.tr("All lessons"))] +
                                [(area, area_name(area)) for area in trainer.lessons.by_area()])
        wards = sorted({r.ward for r in trainer.learners.all("name") if r.ward})
        self.ward = choice_list(self.tr("Ward"), [("", self.tr("All wards"))] + [(w, w) for w in wards])
        self.group = choice_list(self.tr("Group"), [("", self.tr("All groups"))] +
                                 [(g, group_name(g)) for g in GROUPS])
        self.session = choice_list(self.tr("Teaching session"), [("", self.tr("Any session"))] +
                                   [(s.key, self.session_words(s)) for s in trainer.sessions.all()])
        self.only_help = QCheckBox(self.tr("Needs help only"))
        self.only_help.setAccessibleName(self.tr("Only people who need help"))
        self.panel = QWidget()
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        fields = [(self.tr("Lessons:"), self.area), (self.tr("Ward:"), self.ward),
                  (self.tr("Group:"), self.group), (self.tr("Session:"), self.session)]
        for index, (caption, widget) in enumerate(fields):
            label = QLabel(caption)
            label.setBuddy(widget)
            grid.addWidget(label, index // 2, (index % 2) * 2)
            grid.addWidget(widget, index // 2, (index % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.only_help, 2, 0, 1, 4, Qt.AlignmentFlag.AlignLeft)
        rule = set_role(QLabel(self.tr(
            "\u201cHelp\u201d: {mistakes} or more mistakes or {hints} or more hints in a lesson not yet "
            "finished, or nothing done for {days} days with a lesson unfinished.").format(
                mistakes=MISTAKES_LIMIT, hints=HINTS_LIMIT, days=STALLED_DAYS)), "muted")
        rule.setWordWrap(True)
        grid.addWidget(rule, 3, 0, 1, 4)
        self.toggle = set_role(QPushButton(), "toggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._fold)
        # In a scroll area: open at 200 % the panel is taller than the room the window has.
        self.inner = QWidget()
        self.content = QVBoxLayout(self.inner)  # pages add the name search and their notes here
        self.content.setContentsMargins(0, 0, 8, 0)
        self.content.addWidget(self.panel)
        self.scroll = scroll_area(self.inner, self.tr("Filters"), steady=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._restore(chosen)
        for combo in (self.area, self.ward, self.group, self.session):
            combo.currentIndexChanged.connect(self._changed)
        self.only_help.toggled.connect(self._changed)
        self.toggle.setChecked(shown)
        self._fold(shown)

    def session_words(self, session) -> str:
        day = "/".join(reversed(session.date.split("-")))
        return self.tr("{date} \u2013 {topic} ({count} people)").format(
            date=day, topic=session.topic, count=len(session.attendees))

    def _restore(self, chosen: GridFilter) -> None:
        for combo, value in ((self.area, chosen.area), (self.ward, chosen.ward),
                             (self.group, chosen.group), (self.session, chosen.session)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.only_help.setChecked(chosen.needs_help)

    def chosen(self, name: str = "") -> GridFilter:
        return GridFilter(name=name, ward=self.ward.currentData() or "", group=self.group.currentData() or "",
                          session=self.session.currentData() or "", area=self.area.currentData() or "",
                          needs_help=self.only_help.isChecked())

    def active(self) -> int:
        """How many filters narrow the grid now."""
        return sum(1 for combo in (self.area, self.ward, self.group, self.session) if combo.currentData()) + \
            int(self.only_help.isChecked())

    def _changed(self) -> None:
        self._label()
        self.changed.emit()

    def _fold(self, shown: bool) -> None:
        self.setVisible(shown)
        self._label()
        if self.toggle.hasFocus():
            announce(self.toggle, self.tr("Filters shown.") if shown else self.tr("Filters hidden."))

    def _label(self) -> None:
        count = self.active()
        words = self.tr("Filters ({count} on)").format(count=count) if count else self.tr("Filters")
        self.toggle.setText(words + ("  \u25b4" if self.toggle.isChecked() else "  \u25be"))
        self.toggle.setAccessibleName(self.tr("Show or hide the filters and what help means; {count} on")
                                      .format(count=count))
