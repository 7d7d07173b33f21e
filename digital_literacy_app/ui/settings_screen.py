"""The learner's own settings, drawn from the one list in core/settings.py.

Every choice takes effect at once and is remembered for this learner; there is no "Save"
to forget. Whole-number settings with a step (text size) become a row of choices, yes/no
settings a tick box, and named choices (language, speed) radio buttons. The reading speed
only appears where this PC can read aloud at all.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QGridLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.records import LEARNER, SETTING_LIST as SETTINGS, VOLUNTEER_KEYS, Setting
from digital_literacy_app.ui.labels import choice_name, setting_name
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.frame import ScreenFrame, scroll_area


class SettingsScreen(ScreenFrame):
    done = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        self.controls: dict[str, QWidget] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.title.setText(self.tr("Settings for {name}").format(name=seat.person_name))
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(8)
        intro = set_role(QLabel(self.tr("Changes work at once and are kept for next time.")), "lead")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        wide = self.seat.text_scale <= 150
        row = 0
        for item in SETTINGS:
            if item.scope != LEARNER or not self._shown(item):
                continue
            name = set_role(QLabel(setting_name(item.key)), "section")
            name.setWordWrap(True)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(name, row, 0)
            if not wide:
                row += 1
            grid.addWidget(self._control(item), row, 1 if wide else 0, left)
            row += 1
        grid.setColumnStretch(1 if wide else 0, 1)
        layout.addLayout(grid)
        self.sample = set_role(QLabel(self.tr("This is how the volunteer tools will look.") if seat.volunteer
                                      else self.tr("This is how lesson text will look.")), "lead")
        self.sample.setWordWrap(True)
        layout.addSpacing(12)
        layout.addWidget(self.sample)
        self.city_panel = None
        if seat.volunteer is not None and seat.volunteer.is_coordinator:  # where the city store is set
            from digital_literacy_app.ui.coordinator.city_store_panel import CityStorePanel

            self.city_panel = CityStorePanel(seat)
            layout.addWidget(self.city_panel)
        layout.addStretch(1)
        self.body_layout.addWidget(scroll_area(content, self.tr("Settings")), 1)

        self.done_button = set_role(QPushButton(self.tr("Done  \u203a")), "primary")
        self.done_button.setAccessibleName(self.tr("Done: back to where you were"))
        self.done_button.clicked.connect(self.done)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.done_button)

    def _shown(self, item: Setting) -> bool:
        if self.seat.volunteer is not None:
            return item.key in VOLUNTEER_KEYS
        if item.key == "read_speed":
            return self.seat.read_aloud.available(self.seat.lang)
        return True

    def _control(self, item: Setting) -> QWidget:
        current = self.seat.values[item.key]
        if item.type is bool:
            box = QCheckBox(self.tr("On"))
            box.setAccessibleName(setting_name(item.key))
            box.setChecked(bool(current))
            box.toggled.connect(lambda on, key=item.key: self.seat.change(key, on))
            self.controls[item.key] = box
            return box
        values = list(item.choices) if item.choices else list(range(item.minimum, item.maximum + 1, item.step))
        row = QWidget()
        row_layout = QGridLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setHorizontalSpacing(8)
        per_line = 5 if self.seat.text_scale <= 125 else 3  # never wider than the screen
        group = QButtonGroup(self)
        for index, value in enumerate(values):
            button = QRadioButton(choice_name(item.key, value))
            button.setAccessibleName(f"{setting_name(item.key)}: {choice_name(item.key, value)}")
            button.setChecked(value == current)
            button.toggled.connect(lambda on, key=item.key, value=value: on and self.seat.change(key, value))
            group.addButton(button)
            row_layout.addWidget(button, index // per_line, index % per_line)
        row_layout.setColumnStretch(per_line, 1)
        self.groups[item.key] = group
        self.controls[item.key] = row
        return row

    def initial_focus(self):
        group = self.groups.get("text_scale")
        return group.checkedButton() if group else self.done_button

    def leave(self) -> None:
        """The screen goes (the windows call leave_screen): the city store section drops a
        test still running and the password typed for it."""
        super().leave()
        if self.city_panel is not None:
            self.city_panel.leave()

    def focus_setting(self, key: str) -> None:
        """After a rebuild (new language), put the focus back on the setting just changed."""
        group = self.groups.get(key)
        widget = group.checkedButton() if group else self.controls.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
