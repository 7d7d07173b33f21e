"""A learner's story in words, oldest first: when they joined, each day's work on a
lesson, the classes they came to, the certificates they received."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from digital_literacy_app.ui.widgets.tool_page import ToolPage
from digital_literacy_app.ui.volunteer.words import achievement_title, lesson_title, show_date
from digital_literacy_app.ui.widgets.frame import scroll_area


class TimelinePage(ToolPage):
    def __init__(self, seat, learner, parent=None):
        super().__init__(seat, "", self.tr("\u2039  Back"), self.tr("Back to the screen before"), parent=parent)
        self.learner = learner
        self.title.setText(self.tr("The story of {name}").format(name=learner.name))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(6)
        self.lines: list[str] = []
        for entry in self.trainer.overview.timeline(learner.id):
            text = self.describe(entry)
            if not text:
                continue
            self.lines.append(text)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.area = scroll_area(content, self.tr("Story"), focusable=True)
        self.body_layout.addWidget(self.area, 1)
        self.hide_bottom()

    def initial_focus(self):
        return self.area

    def lesson_title(self, lesson_id: str) -> str:
        return lesson_title(self.trainer, lesson_id, self.seat.lang)

    def describe(self, entry) -> str:
        """One line: the date as the PC recorded it, then what happened."""
        when = show_date(entry.when)
        kind, c, d = entry.kind, entry.counts, entry.detail
        if kind == "joined":
            text = self.tr("Joined.")
        elif kind == "updated":
            text = self.tr("Details corrected.")
        elif kind == "other-record":
            text = self.tr("A second record of this person was made.")
        elif kind == "merged":
            text = self.tr("The second record was joined into this one; its progress was kept.")
        elif kind == "unmerged":
            text = self.tr("The join was undone: this record stands on its own again.")
        elif kind == "lesson":
            text = self.lesson_text(entry.lesson_id, c)
        elif kind == "session":
            text = self.tr("Came to a class on \u201c{topic}\u201d at {place} with {volunteer} "
                           "({minutes} minutes).").format(topic=d["topic"], place=d["place"],
                                                          volunteer=d["volunteer"], minutes=d["minutes"])
            when = show_date(str(d.get("date") or "")) or when
        elif kind == "certificate":
            text = self.tr("Received a certificate: {what}.").format(what=self.achievement(d["what"]))
        else:
            return ""
        return f"{when}  \u2013  {text}"

    def lesson_text(self, lesson_id: str, c: dict) -> str:
        title = self.lesson_title(lesson_id)
        parts = []
        if c["steps"]:
            parts.append(self.tr("{count} steps done (up to step {step} of {total})").format(
                count=c["steps"], step=c["step"], total=c["steps_total"]))
        if c["wrong"]:
            parts.append(self.tr("{count} wrong answers or taps").format(count=c["wrong"]))
        if c["hints"]:
            parts.append(self.tr("{count} hints").format(count=c["hints"]))
        head = (self.tr("Finished \u201c{title}\u201d").format(title=title) if c["completed"]
                else self.tr("Worked on \u201c{title}\u201d").format(title=title))
        return head + (": " + ", ".join(parts) if parts else "") + "."

    def achievement(self, what: str) -> str:
        return achievement_title(self.trainer, what, self.seat.lang)
