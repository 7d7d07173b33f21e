"""Sync and coordinator tools: write a sync file, import many, known computers, reports.

Importing this package registers its tools with the volunteer home
(`ui.volunteer.registry`). Each screen module is imported only when its tool is opened,
so the home appears fast and reportlab or openpyxl load only when a report is saved; the
imports are plain `from ... import` statements inside the openers, so PyInstaller still
finds and bundles every screen.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from digital_literacy_app.ui.volunteer.registry import Tool, register

VOLUNTEERS_AND_COORDINATORS = frozenset({"volunteer", "coordinator"})
COORDINATORS = frozenset({"coordinator"})


def _connected(screen, go_home):
    screen.back.connect(go_home)
    return screen


def open_export(seat, go_home):
    from digital_literacy_app.ui.coordinator.export_screen import ExportScreen

    return _connected(ExportScreen(seat), go_home)


def open_import(seat, go_home):
    from digital_literacy_app.ui.coordinator.import_screen import ImportScreen

    return _connected(ImportScreen(seat), go_home)


def open_reports(seat, go_home):
    from digital_literacy_app.ui.coordinator.reports_screen import ReportsScreen

    return _connected(ReportsScreen(seat), go_home)


def open_devices(seat, go_home):
    from digital_literacy_app.ui.coordinator.devices_screen import DevicesScreen

    return _connected(DevicesScreen(seat), go_home)


def _title(text: str):
    """The tool's title in the interface language of the moment it is shown."""
    return lambda: QCoreApplication.translate("CoordinatorTools", text)


TOOLS = (
    Tool("sync-export", _title(QT_TRANSLATE_NOOP("CoordinatorTools", "Write a sync file to a USB stick")),
         VOLUNTEERS_AND_COORDINATORS, open_export, order=60),
    Tool("sync-import", _title(QT_TRANSLATE_NOOP("CoordinatorTools", "Import sync files")),
         COORDINATORS, open_import, order=70),
    Tool("reports", _title(QT_TRANSLATE_NOOP("CoordinatorTools", "Reports for the city")),
         COORDINATORS, open_reports, order=80),
    Tool("known-devices", _title(QT_TRANSLATE_NOOP("CoordinatorTools", "Known computers and this computer\u2019s key")),
         COORDINATORS, open_devices, order=90),
)
for _tool in TOOLS:
    register(_tool)
