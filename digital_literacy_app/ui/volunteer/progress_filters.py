"""The progress grid's filters: the panel that folds away (ui/widgets/fold.py) so the grid
keeps the room at large text.

Which lessons (an area), which learners (a ward, a group, the attendees of one teaching
session, only those who need help) and what "needs help" means. The panel scrolls when
open at 200 %, where it is taller than the room the window has; `active()` counts the
filters on, which the page shows beside the fold's button, so a narrowed grid is never
mistaken for everyone.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from digital_literacy_app.core.records import GROUPS, HINTS_LIMIT, MISTAKES_LIMIT, STALLED_DAYS, GridFilter
from digital_literacy_app.ui.labels import area_name, group_name
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.choice_list import choice_list
from digital_literacy_app.ui.widgets.frame import scroll_area


class GridFilters(QWidget):
    """The filter choices; `changed` fires when one changes; `content` is the layout a page
    adds its own lines to (the name search, at large text)."""

    changed = Signal()

    def __init__(self, trainer, chosen: GridFilter, parent=None):
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
        # In a scroll area: open at 200 % the panel is taller than the room the window has.
        self.inner = QWidget()
        # Never squeezed under its natural height (the rows would overlap): it scrolls instead.
        self.inner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.content = QVBoxLayout(self.inner)  # pages add the name search and their notes here
        self.content.setContentsMargins(0, 0, 8, 0)
        self.content.addWidget(self.panel)
        self.content.addWidget(rule)
        self.content.addStretch(1)
        self.scroll = scroll_area(self.inner, self.tr("Filters"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(lambda: self.content.setGeometry(self.inner.rect()))
        self._restore(chosen)
        for combo in (self.area, self.ward, self.group, self.session):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.only_help.toggled.connect(lambda _on: self.changed.emit())

    def showEvent(self, event) -> None:
        """Opened: lay the panel out again at its real size. Resized while folded (its text
        wraps, so its height depends on its width), it kept the squeezed rows of before."""
        super().showEvent(event)
        self._relayout.start()

    def session_words(self, session) -> str:
        day = "/".join(reversed(session.date.split("-")))
        return self.tr("{date} \u2013 {topic} ({count} people)").format(
            date=day, topic=session.topic, count=len(session.attendees))

    def _restore(self, chosen: GridFilter) -> None:
        for combo, value in ((self.area, chosen.area), (self.ward, chosen.ward),
                             (self.group, chosen.group), (self.session, chosen.session)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.only_help.setChecked(chosen.needs_help)

    def controls(self) -> list[QWidget]:
        """The choices, in reading order (for the page's tab order)."""
        return [self.area, self.ward, self.group, self.session, self.only_help]

    def forget_session(self) -> None:
        """The chosen session is gone (withdrawn on another PC, through a sync file): take it
        off the list and show every session again, without a second refresh."""
        index = self.session.currentIndex()
        self.session.blockSignals(True)
        self.session.setCurrentIndex(0)
        if index > 0:
            self.session.removeItem(index)
        self.session.blockSignals(False)

    def chosen(self, name: str = "") -> GridFilter:
        return GridFilter(name=name, ward=self.ward.currentData() or "", group=self.group.currentData() or "",
                          session=self.session.currentData() or "", area=self.area.currentData() or "",
                          needs_help=self.only_help.isChecked())

    def active(self) -> int:
        """How many filters narrow the grid now."""
        return sum(1 for combo in (self.area, self.ward, self.group, self.session) if combo.currentData()) + \
            int(self.only_help.isChecked())
