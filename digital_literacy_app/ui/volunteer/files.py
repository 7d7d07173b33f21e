"""Choosing where a PDF goes, or which PDF to check: the file dialogs in one place.

Screens call these instead of QFileDialog directly, so a test replaces one function
instead of driving a dialog, and every dialog starts in a sensible folder: the USB stick
when one is plugged in, else the Documents folder, where a volunteer looks for what they
printed (`dialog_folder`). The dialogs are Qt's own, in the app's language (ui/app.py).
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from digital_literacy_app.ui.widgets.drive_picker import dialog_folder


def _pdf_filter() -> str:
    return QCoreApplication.translate("Files", "PDF files (*.pdf)")


def ask_save_pdf(parent, title: str, suggested_name: str) -> Path | None:
    """Where to save one PDF, or None when the volunteer cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(dialog_folder() / suggested_name), _pdf_filter())
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_folder(parent, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(dialog_folder()))
    return Path(chosen) if chosen else None


def ask_open_pdf(parent, title: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(dialog_folder()), _pdf_filter())
    return Path(chosen) if chosen else None


def ask_save_table(parent, title: str, suggested_name: str) -> Path | None:
    """Where to save a spreadsheet (.xlsx by default, or .csv), or None when cancelled."""
    sheets = QCoreApplication.translate("Files", "Excel spreadsheet (*.xlsx)")
    plain = QCoreApplication.translate("Files", "CSV file (*.csv)")
    chosen, kind = QFileDialog.getSaveFileName(parent, title, str(dialog_folder() / suggested_name),
                                               f"{sheets};;{plain}")
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if kind == plain else ".xlsx"))
    return path


def ask_open_table(parent, title: str) -> Path | None:
    """Which spreadsheet (.xlsx or .csv) to read, or None when cancelled."""
    sheets = QCoreApplication.translate("Files", "Excel or CSV spreadsheets (*.xlsx *.csv)")
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(dialog_folder()), sheets)
    return Path(chosen) if chosen else None


def _backup_filter() -> str:
    return QCoreApplication.translate("Files", "Backups (*.sqlite3)")


def ask_open_backup(parent, title: str) -> Path | None:
    """A backup file to restore (a copy on a USB stick, say), or None."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(dialog_folder()), _backup_filter())
    return Path(chosen) if chosen else None
