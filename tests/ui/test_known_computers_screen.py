"""The Known computers screen: renaming and forgetting the chosen computer, and the list of
the sync files imported here, driven through real widgets (in Vietnamese, the default)."""

import gc

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.sync import exporter, importer
from digital_literacy_app.ui.coordinator.devices_screen import DevicesScreen
from digital_literacy_app.ui.seat import Seat

from .conftest import FakeVoice, click
from .test_sync_screens import other_pc
from .test_sync_screens import show as show_screen


@pytest.fixture
def show(qtbot):
    """Show a screen, and keep it until the test is over: the test's own names for it go at
    the end of the test, before pytest-qt's last paint, and the garbage collector (the screen
    sits in reference cycles) must not free a window in the middle of painting it. The app
    deletes its pages with deleteLater, outside any paint."""
    kept = []

    def shown(widget):
        kept.append(show_screen(qtbot, widget))
        return widget

    yield shown
    for widget in kept:
        if shiboken6.isValid(widget):  # not yet deleted by pytest-qt (see the `app` fixture)
            widget.close()
            shiboken6.delete(widget)
    kept.clear()
    gc.collect()


@pytest.fixture
def seat(app, trainer):
    return Seat(trainer, FakeVoice())


@pytest.fixture
def imported(trainer, tmp_path):
    """Two files of one ward PC imported; returns that PC's id."""
    stick = tmp_path / "stick"
    stick.mkdir()
    with other_pc(tmp_path, "pc-ba-vi") as pc:
        pc.device.name, pc.device.ward = "PC-phuong-1", "Xã Ba Vì"
        exporter.export(pc, stick / "ba-vi-1.dlsync")
        other_id = pc.device.device_id
    importer.import_files(trainer, [stick / "ba-vi-1.dlsync"])
    return other_id


def choose_first(qtbot, screen):
    screen.table.setFocus()
    screen.table.selectRow(0)
    QApplication.processEvents()


def test_rename_the_chosen_computer_shows_the_new_name_in_both_lists(qtbot, show, seat, trainer, imported):
    screen = show(DevicesScreen(seat))
    actions = screen.actions
    assert not actions.rename_button.isEnabled(), "nothing chosen yet"
    choose_first(qtbot, screen)
    assert actions.rename_button.text() == "Đổi tên máy đã chọn…"
    click(qtbot, actions.rename_button)
    assert actions.name_edit.isVisible() and actions.name_edit.hasFocus()
    assert "PC-phuong-1" in actions.name_hint.text()
    actions.name_edit.setText("Ma\u0301y phường  Ba Vì ")  # decomposed, as some keyboards type it
    qtbot.keyClick(actions.name_edit, Qt.Key.Key_Return)
    assert actions.notice.property("role") == "good"
    assert actions.notice.message.text() == "Máy này giờ hiện với tên Máy phường Ba Vì."
    assert screen.model.data(screen.model.index(0, 0)) == f"Máy phường Ba Vì (PC-phuong-1 · {imported[:6]})"
    assert screen.files_model.data(screen.files_model.index(0, 2)) == "Máy phường Ba Vì"
    assert screen.table.hasFocus() and screen.table.currentIndex().row() == 0, "the renamed row, chosen"

    choose_first(qtbot, screen)
    click(qtbot, actions.rename_button)
    actions.name_edit.setText("dòng một\ndòng hai")
    click(qtbot, actions.save_name_button)
    assert actions.notice.property("role") == "bad" and "không xuống dòng" in actions.notice.message.text()
    assert trainer.devices.heard_from()[0].name == "Máy phường Ba Vì", "unchanged on refusal"


def test_forget_asks_naming_the_computer_then_leaves_its_records_counted(qtbot, show, seat, trainer, imported):
    counted = trainer.log.count()
    screen = show(DevicesScreen(seat))
    actions = screen.actions
    choose_first(qtbot, screen)
    click(qtbot, actions.forget_button)
    assert actions.forget_box.isVisible() and actions.forget_cancel.hasFocus(), "the safe answer has the focus"
    question = actions.question.text()
    assert "PC-phuong-1" in question and "vẫn được tính" in question and "cất riêng" in question
    click(qtbot, actions.forget_cancel)
    assert trainer.devices.heard_from() != []
    choose_first(qtbot, screen)
    click(qtbot, actions.forget_button)
    click(qtbot, actions.forget_confirm)
    assert actions.notice.property("role") == "good"
    assert "PC-phuong-1" in actions.notice.message.text() and str(counted) in actions.notice.message.text()
    assert screen.model.rowCount() == 0 and not screen.table.isVisible() and screen.empty_label.isVisible()
    assert screen.save_key_button.hasFocus(), "the focus is not lost with the buttons hidden"
    assert trainer.log.count() == counted
    assert screen.files_model.rowCount() == 1, "the files already imported stay listed"


def test_the_imported_files_list_says_when_from_whom_how_many_and_the_result(qtbot, show, seat, trainer,
                                                                          imported, tmp_path):
    [again] = importer.import_files(trainer, [tmp_path / "stick" / "ba-vi-1.dlsync"])
    assert again.status == "already"
    screen = show(DevicesScreen(seat))
    model = screen.files_model
    assert screen.files_table.isVisible() and model.rowCount() == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Lúc nhập", "Tệp", "Máy", "Kết quả"]
    [record] = trainer.devices.imported_files()
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[1:] == ["ba-vi-1.dlsync", "PC-phuong-1", f"{record.events_new} bản ghi mới"]
    assert record.events_new > 0 and row[0] not in ("", "—")


def test_no_files_no_list(qtbot, show, seat):
    screen = show(DevicesScreen(seat))
    assert not screen.files_table.isVisible() and screen.empty_label.isVisible()
