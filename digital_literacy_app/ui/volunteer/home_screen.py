"""The volunteer home: one big button per tool this account may use, and the way out.

The buttons come from the registry (registry.py): this package's tools, and the
coordinator's when that package is installed, so neither needs to know the other's
screens. Leaving volunteer mode returns to "Ai đang học?".
"""

import importlib
import importlib.util

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from digital_literacy_app.ui import theme
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.volunteer import registry
from digital_literacy_app.ui.widgets.card_button import CardButton
from digital_literacy_app.ui.widgets.frame import ScreenFrame, scroll_area

COORDINATOR_PACKAGE = "digital_literacy_app.ui.coordinator"


def load_tools() -> None:
    """Import the packages that register tools (idempotent: registering replaces by key)."""
    importlib.import_module("digital_literacy_app.ui.volunteer.tools")
    if importlib.util.find_spec(COORDINATOR_PACKAGE) is not None:
        importlib.import_module(COORDINATOR_PACKAGE)


class VolunteerHome(ScreenFrame):
    tool_chosen = Signal(object)  # registry.Tool
    exit_requested = Signal()
    card_requested = Signal()
    settings_requested = Signal()

    def __init__(self, seat, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        account = seat.volunteer
        self.title.setText(self.tr("Volunteer tools \u2013 {name}").format(name=account.name))
        self.exit_button = self.add_top_left(QPushButton(self.tr("\u2039  Leave volunteer mode")))
        self.exit_button.setAccessibleName(self.tr("Leave volunteer mode: back to \u201cWho is learning?\u201d"))
        self.exit_button.clicked.connect(self.exit_requested)
        self.intro = set_role(QLabel(self.tr("You are signed in as a coordinator. Choose what to do.")
                                     if account.is_coordinator else
                                     self.tr("You are signed in as a volunteer. Choose what to do.")), "lead")
        self.intro.setWordWrap(True)
        self.body_layout.addWidget(self.intro)

        load_tools()
        self.tools = registry.tools_for(account.role)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 12, 0)
        grid.setSpacing(16)
        columns = 3 if theme.theme_scale() <= 125 else 2
        self.buttons: dict[str, CardButton] = {}
        for index, tool in enumerate(self.tools):
            button = CardButton(tool.title(), role="tile")
            button.clicked.connect(lambda _=False, t=tool: self.tool_chosen.emit(t))
            grid.addWidget(button, index // columns, index % columns)
            self.buttons[tool.key] = button
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(len(self.tools) // columns + 1, 1)
        self.body_layout.addWidget(scroll_area(grid_host, self.tr("Volunteer tools")), 1)

        self.card_button = QPushButton(self.tr("Open a learner from their card"))
        self.card_button.setAccessibleName(self.tr("Open a learner by typing the code on their learner card"))
        self.card_button.clicked.connect(self.card_requested)
        self.bottom.addWidget(self.card_button)
        if account.is_coordinator:  # the city store's address is set there too (city_store_panel.py)
            self.settings_button = QPushButton(self.tr("Settings and city store"))
            self.settings_button.setAccessibleName(self.tr("Your own text size, colours and language for these "
                                                           "tools, and the city store's address"))
        else:
            self.settings_button = QPushButton(self.tr("Text size and colours"))
            self.settings_button.setAccessibleName(self.tr("Your own text size, colours and language for these tools"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.bottom.addWidget(self.settings_button)
        self.bottom.addStretch(1)

    def initial_focus(self):
        return next(iter(self.buttons.values()), self.exit_button)
