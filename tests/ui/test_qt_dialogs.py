"""Qt's own dialogs speak the interface language (our qt_vi.qm: Qt ships no Vietnamese), and
every file dialog opens on the USB stick when one is plugged in, else in Documents."""

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QToolButton, QTreeView

from digital_literacy_app.ui import i18n
from digital_literacy_app.ui.volunteer import files
from digital_literacy_app.ui.widgets import drive_picker
from digital_literacy_app.ui.widgets.drive_picker import Drive, dialog_folder


def words(dialog: QFileDialog) -> dict:
    """What a person reads on Qt's own file dialog."""
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    tree = dialog.findChild(QTreeView, "treeView")
    return {
        "look_in": dialog.findChild(QLabel, "lookInLabel").text(),
        "file_name": dialog.findChild(QLabel, "fileNameLabel").text(),
        "file_type": dialog.findChild(QLabel, "fileTypeLabel").text(),
        "accept": buttons.button(QDialogButtonBox.StandardButton.Save).text(),
        "cancel": buttons.button(QDialogButtonBox.StandardButton.Cancel).text(),
        "name_column": tree.model().headerData(0, Qt.Orientation.Horizontal),
        "back": dialog.findChild(QToolButton, "backButton").toolTip(),
    }


def save_dialog(qtbot, folder: Path) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder), "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("lang, expected", [
    ("vi", {"look_in": "&Tìm trong:", "file_name": "&Tên tệp:", "file_type": "&Loại tệp:", "accept": "&Lưu",
            "cancel": "Hủy", "name_column": "Tên", "back": "Lùi lại"}),
    ("en", {"look_in": "&Look in:", "file_name": "File &name:", "file_type": "Files of &type:", "accept": "&Save",
            "cancel": "Cancel", "name_column": "Name", "back": "Back"}),
])
def test_the_file_dialog_is_qt_own_and_speaks_the_interface_language(qtbot, app, tmp_path, lang, expected):
    """The app asks for Qt's own dialogs (not Windows' in the language Windows was installed
    in); in Vietnamese every label and button of it is Vietnamese, in English English."""
    assert app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    i18n.set_language(lang)
    assert words(save_dialog(qtbot, tmp_path)) == expected


def test_message_box_buttons_follow_the_language(qtbot, app):
    i18n.set_language("vi")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)] == [
        "&Có", "&Không"]
    i18n.set_language("en")
    english = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(english)
    assert english.button(QMessageBox.StandardButton.Yes).text() == "&Yes"


def test_dialogs_open_on_a_writable_usb_stick_else_in_documents(tmp_path):
    stick, locked = tmp_path / "stick", tmp_path / "locked"
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    documents = documents if documents.is_dir() else Path.home()
    assert dialog_folder(lambda: [Drive("LOCKED (E:)", locked, 10, True), Drive("KINGSTON (F:)", stick, 10)]) == stick
    assert dialog_folder(lambda: [Drive("LOCKED (E:)", locked, 10, True)]) == documents
    assert dialog_folder(lambda: []) == documents
    assert dialog_folder(lambda: []) != Path.cwd()


def test_saving_a_sheet_opens_a_vietnamese_dialog_on_the_stick(qtbot, app, tmp_path, monkeypatch):
    """The real helper a screen calls: Qt's dialog opens in the stick with Vietnamese words,
    and the name typed comes back with its extension."""
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(drive_picker, "removable_drives", lambda: [Drive("KINGSTON (E:)", stick, 10**9)])
    i18n.set_language("vi")
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.update(words(dialog), folder=Path(dialog.directory().absolutePath()))
        dialog.findChild(QLabel, "fileNameLabel").buddy().setText("danh-sach")
        dialog.accept()

    QTimer.singleShot(200, answer)
    chosen = files.ask_save_table(None, "Lưu danh sách", "hoc-vien.xlsx")
    assert seen["folder"] == stick and seen["accept"] == "&Lưu" and seen["look_in"] == "&Tìm trong:"
    assert chosen == stick / "danh-sach.xlsx"


def test_a_learner_list_is_looked_for_on_the_stick_first(qtbot, app, tmp_path, monkeypatch):
    """A list made in Excel usually arrives on a USB stick: its dialog opens there, as the others do."""
    stick, seen = tmp_path / "stick", []
    stick.mkdir()
    monkeypatch.setattr(files, "dialog_folder", lambda: stick)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, title, folder, kinds: seen.append(folder) or ("", ""))
    assert files.ask_open_table(None, "Chọn tệp") is None
    assert seen == [str(stick)]
