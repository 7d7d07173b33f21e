"""Big buttons for the USB sticks plugged in right now, and one for any other folder.

Volunteers think "the USB stick", not "E:\\". Each removable drive becomes a button with its
name and free space; the list is checked every 2 seconds while it is on screen, so a stick
plugged in (or pulled out) appears (or goes) without pressing anything. Anything else (a
folder on the PC, a network drive) is one "Choose another folder…" away.
"""

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLocale, QStandardPaths, QStorageInfo, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.card_button import CardButton

POLL_MS = 2000
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Drive:
    name: str
    path: Path
    free_bytes: int
    read_only: bool = False


def removable_drives() -> list[Drive]:
    """The mounted removable drives (USB sticks, memory cards), by path."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()):
            continue
        root = volume.rootPath()
        if _is_removable(root):
            drives.append(Drive(_drive_name(volume, root), Path(root), volume.bytesAvailable(),
                                volume.isReadOnly()))
    return sorted(drives, key=lambda drive: str(drive.path))


def documents_dir() -> Path:
    """The user's Documents folder, or their home folder where there is none (a fresh Linux account)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def dialog_folder(list_drives: Callable[[], list[Drive]] | None = None) -> Path:
    """Where a file dialog opens: the USB stick when one is plugged in (sync files, keys,
    backups and reports travel on it), else the Documents folder; never the program's folder,
    which is where Qt opens when given none."""
    drives = (list_drives or removable_drives)()
    writable = [drive.path for drive in drives if not drive.read_only]
    return writable[0] if writable else documents_dir()


def _is_removable(root: str) -> bool:
    if sys.platform == "win32":
        import ctypes

        return ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOVABLE
    if sys.platform == "darwin":
        return root.startswith("/Volumes/")
    return root.startswith(("/media/", "/run/media/"))  # where desktops mount sticks


def _drive_name(volume: QStorageInfo, root: str) -> str:
    label = volume.name().strip()
    if sys.platform == "win32":
        letter = root.rstrip("\\/")
        return f"{label} ({letter})" if label else letter
    return label or Path(root).name or root


class DrivePicker(QWidget):
    """Emits `chosen(folder)` when a drive button is pressed or another folder is picked.

    `list_drives` and `ask_folder` can be replaced (tests, screenshots): the first returns
    the drives to show, the second asks for a folder and returns "" when cancelled.
    """

    chosen = Signal(Path)

    def __init__(self, list_drives: Callable[[], list[Drive]] = removable_drives, parent=None):
        super().__init__(parent)
        self.list_drives = list_drives
        self.ask_folder = self._ask_folder_dialog
        self.buttons: dict[Path, CardButton] = {}
        self._shown: list[Drive] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(12)
        self.empty_label = set_role(QLabel(self.tr(
            "No USB stick found yet. Plug one in: it appears here by itself.")), "lead")
        self.empty_label.setWordWrap(True)
        self._layout.addWidget(self.empty_label)
        self.other_button = QPushButton(self.tr("Choose another folder\u2026"))
        self.other_button.setAccessibleName(self.tr("Choose another folder on this computer"))
        self.other_button.clicked.connect(self.choose_other)
        self._layout.addWidget(self.other_button)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    # --- the drives ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the drives plugged in now; rebuild only when the set of drives changed."""
        drives = self.list_drives()
        if [(d.path, d.name) for d in drives] == [(d.path, d.name) for d in self._shown]:
            for drive in drives:  # the same sticks: only their free space may have changed
                self.buttons[drive.path].set_detail(self._detail(drive))
            self._shown = drives
            return
        for button in self.buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for index, drive in enumerate(drives):
            button = CardButton(self.tr("USB stick: {name}").format(name=drive.name), self._detail(drive),
                                parent=self)
            button.clicked.connect(lambda _=False, path=drive.path: self.chosen.emit(path))
            self.buttons[drive.path] = button
            self._layout.insertWidget(index, button)
            button.show()  # at once, also when the list is already on screen
        self.empty_label.setVisible(not drives)
        self._shown = drives

    def _detail(self, drive: Drive) -> str:
        free = QLocale().formattedDataSize(drive.free_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        text = self.tr("{free} free").format(free=free)
        if drive.read_only:
            text += " \u00b7 " + self.tr("read only")
        return text

    def first_button(self) -> QPushButton:
        return next(iter(self.buttons.values()), self.other_button)

    # --- another folder ---------------------------------------------------------------------
    def choose_other(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.chosen.emit(Path(folder))

    def _ask_folder_dialog(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), str(documents_dir()))

    # --- polling only while on screen ----------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)
