"""An explain step: its title, its picture, and its text in large type."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from digital_literacy_app.core.records import ExplainStep
from digital_literacy_app.ui.steps.base import StepView
from digital_literacy_app.ui.theme import TypeSizes, set_role, theme_scale
from digital_literacy_app.ui.widgets.frame import scroll_area
from digital_literacy_app.ui.widgets.picture import Picture
from digital_literacy_app.ui.widgets.step_heading import StepHeading


class ExplainView(StepView):
    def __init__(self, step: ExplainStep, lang: str, stacked: bool = False, parent=None):
        super().__init__(step, lang, parent)
        self._done = True
        self.heading = set_role(StepHeading(step.title.get(lang), step.text.get(lang)), "title")
        self.reading = self.heading
        self.text = set_role(QLabel(step.text.get(lang)), "lead")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # Named with the picture's alt text: what it shows, for a learner who cannot see it.
        alt = step.alt.get(lang) if step.alt is not None else step.title.get(lang)
        self.picture = Picture(step.image, alt) if step.image else None
        if self.picture is not None and not self.picture.loaded:
            self.picture = None
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 16, 0)
        column_layout.setSpacing(16)
        column_layout.addWidget(self.heading)
        if stacked and self.picture is not None:
            # Large text: the picture goes above the text, so lines stay long enough to read.
            self.picture.setFixedHeight(240)
            column_layout.addWidget(self.picture)
        column_layout.addWidget(self.text)
        column_layout.addStretch(1)
        self.text_area = scroll_area(column, self.tr("Step text"), focusable=True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(32)
        if self.picture is not None and not stacked:
            layout.addWidget(self.picture, 4)
            layout.addWidget(self.text_area, 5)
        else:
            # Lines of a readable length: long lines are hard to follow for slow readers.
            self.text_area.setMaximumWidth(TypeSizes(theme_scale()).px(1000))
            layout.addStretch(1)
            layout.addWidget(self.text_area, 100)
            layout.addStretch(1)

    def spoken_text(self) -> str:
        return self.title_and_text()
