"""The coordinator's shots: export, import of several ward PCs' files, devices, reports."""

import time
from pathlib import Path

from digital_literacy_app.screenshots.shots import DEMO_SEED


def coordinator_shots(app, seat, data_dir: Path, shots) -> None:
    """The sync and coordinator screens, on sync files from two demo ward PCs (one damaged)."""
    from PySide6.QtCore import QThreadPool

    from digital_literacy_app.core.records import DEMO_WARDS
    from digital_literacy_app.core.trainer import Trainer
    from digital_literacy_app.ui.coordinator.devices_screen import DevicesScreen
    from digital_literacy_app.ui.coordinator.export_screen import ExportScreen
    from digital_literacy_app.ui.coordinator.import_screen import ImportScreen
    from digital_literacy_app.ui.coordinator.reports_screen import ReportsScreen
    from digital_literacy_app.ui.widgets.drive_picker import Drive

    stick = data_dir / "stick"
    stick.mkdir()
    elsewhere = data_dir / "elsewhere"  # a PC whose own file never reaches the coordinator
    elsewhere.mkdir()
    relayed = []
    for number, name in enumerate(("PC-Dan-Phuong", "PC-Ba-Vi", "PC-Son-Tay")):
        with Trainer.open(data_dir / name, lesson_dirs=seat.trainer.lesson_dirs) as pc:
            pc.device.name, pc.device.ward = name, DEMO_WARDS[number]
            pc.seed_demo(2 if relayed == [] else 5, DEMO_SEED + number)
            if name == "PC-Son-Tay":  # it passes on the records of PC-Dan-Phuong
                pc.sync.import_files(relayed[:1])
            written = pc.sync.export((elsewhere if not number else stick) / f"{name}.dlsync").path
            relayed.append(written)
    damaged = bytearray(written.read_bytes())
    damaged[80] ^= 1
    (stick / "PC-Dong-Anh.dlsync").write_bytes(bytes(damaged))
    drives = lambda: [Drive("KINGSTON (E:)", stick, 3_500_000_000)]  # noqa: E731

    def settle(screen):
        """Until the screen's background work (and any rebuild it queued) is done."""
        debounce = getattr(screen, "debounce", None)
        for _ in range(600):
            QThreadPool.globalInstance().waitForDone(60_000)
            app.processEvents()
            if screen.task is None and not (debounce is not None and debounce.isActive()):
                return
            time.sleep(0.05)

    screen = shots.show_alone(ExportScreen(seat, list_drives=drives))
    shots.take_alone(screen, "30-sync-export")
    (data_dir / "out").mkdir()
    screen.write_to(data_dir / "out")
    settle(screen)
    shots.take_alone(screen, "31-sync-export-done")
    screen = shots.show_alone(ImportScreen(seat, list_drives=drives))
    shots.take_alone(screen, "32-sync-import")
    screen.import_from(stick)
    settle(screen)
    screen.table.selectRow(1)  # the file refused, with what to do
    shots.take_alone(screen, "33-sync-import-results")
    screen.table.selectRow(2)  # the file that relays records of a computer not known here
    screen.details_button.setChecked(True)
    screen.summary_fold.set_open(False)  # the details say it for this file; the table keeps its rows
    app.processEvents()
    screen.table.scrollTo(screen.model.index(2, 0))
    shots.take_alone(screen, "33b-sync-import-held")
    screen = shots.show_alone(DevicesScreen(seat))
    known_computers(app, screen)
    shots.take_alone(screen, "34-known-computers")
    screen.actions.cancel()
    scroll_to(app, screen, screen.files_heading)
    shots.take_alone(screen, "34b-imported-files")
    screen.fold.keep_open()
    scroll_to(app, screen, screen.own_label)
    shots.take_alone(screen, "34c-trust")
    screen = shots.show_alone(ReportsScreen(seat))
    screen.split["group"].setChecked(True)
    settle(screen)
    shots.take_alone(screen, "35-reports")
    if not screen.fold_button.isChecked():
        screen.fold_button.click()
    shots.take_alone(screen, "36-reports-chart")
    shots.show_alone(None)


def known_computers(app, screen) -> None:
    """One computer renamed here, the other about to be forgotten: the question naming it
    scrolled into view, as the guide shows it."""
    screen.table.selectRow(1)
    screen.actions.ask_name()
    screen.actions.name_edit.setText("Máy UBND thị xã Sơn Tây")
    screen.actions.rename()
    screen.actions.notice.clear()
    screen.fold.set_open(False)
    screen.table.selectRow(0)
    screen.actions.ask_forget()
    scroll_to(app, screen, screen.table)  # the list at the top, the question under it


def scroll_to(app, screen, widget) -> None:
    """Scroll the screen's page so that `widget` is at its top."""
    from PySide6.QtWidgets import QScrollArea

    for _ in range(3):
        app.processEvents()
    area = screen.findChild(QScrollArea)
    area.verticalScrollBar().setValue(widget.mapTo(area.widget(), widget.rect().topLeft()).y() - 8)
