"""Sync and coordinator tools: write a sync file, import many, known computers, reports.

Importing this package registers its tools with the volunteer home
(`ui.volunteer.registry`); each screen module is imported only when its tool is opened,
so the home appears fast and reportlab or openpyxl load only when a report is saved.
"""

from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from digital_literacy_app.ui.volunteer.registry import Tool, register

VOLUNTEERS_AND_COORDINATORS = frozenset({"volunteer", "coordinator"})
COORDINATORS = frozenset({"coordinator"})


def _opener(module: str, class_name: str):
    """make_screen(session, go_home) for the screen class `class_name` in `module`."""

    def make_screen(session, go_home):
        screen_class = getattr(import_module(f"digital_literacy_app.ui.coordinator.{module}"), class_name)
        screen = screen_class(session)
        screen.closed.connect(go_home)
        return screen

    return make_screen


def _title(text: str):
    """The tool's title in the interface language of the moment it is shown."""
    return lambda: QCoreApplication.translate("CoordinatorTools", text)


TOOLS = (
    Tool("sync-export", _title(QT_TRANSLATE_NOOP("CoordinatorTools", "Write a sync file to a USB stick")),
         VOLUNTEERS_AND_COORDINATORS, _opener("export_screen", "ExportScreen"), order=60),
    Tool("sync-import", _title(QT_TRANSLATE_NOOP("CoordinatorTools", "Import sync files")),
         COORDINATORS, _opener("import_screen", "ImportScreen"), order=70),
    Tool("reports", _title(QT_TRANSLATE_NOOP("CoordinatorTools", "Reports for the city")),
         COORDINATORS, _opener("reports_screen", "ReportsScreen"), order=80),
    Tool("known-devices", _title(QT_TRANSLATE_NOOP("CoordinatorTools", "Known computers and this computer\u2019s key")),
         COORDINATORS, _opener("devices_screen", "DevicesScreen"), order=90),
)
for _tool in TOOLS:
    register(_tool)
