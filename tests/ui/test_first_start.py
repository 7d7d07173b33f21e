"""First start: a new installation asks its questions before "Ai đang học?", then is ready."""

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.trainer import Trainer

from .conftest import FIXTURE_LESSONS, click, press, type_text

OPENING_SCREEN = """
import sys
from PySide6.QtWidgets import QApplication
from digital_literacy_app.ui.app import run_app
code = run_app(sys.argv[1], quit_after_first_paint=True)
names = [w.screen_name for w in QApplication.topLevelWidgets() if hasattr(w, "screen_name")]
print("exit", code, "screen", ",".join(names))
"""


def opening_screen(data_dir) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", OPENING_SCREEN, str(data_dir)], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_dla_opens_the_wizard_on_a_new_pc_and_the_start_screen_once_set_up(tmp_path):
    """The real `dla` start: the wizard while no volunteer account exists, then never again."""
    data = tmp_path / "data"
    assert opening_screen(data) == "exit 0 screen first-start"
    with Trainer.open(data, lesson_dirs=[FIXTURE_LESSONS]) as trainer:
        trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    assert opening_screen(data) == "exit 0 screen start"


def test_the_wizard_by_keyboard_sets_up_ward_name_language_and_the_first_volunteer(qtbot, window, trainer):
    """Enter moves on; a wrong answer is explained in place; at the end the account exists,
    the device has its ward and name, new learners get that ward, and "Ai đang học?" shows."""
    wizard = window.volunteer_mode.show_first_start()
    assert wizard.title.text() == "Cài đặt máy lần đầu"
    assert QApplication.focusWidget() is wizard.choices["vi"]
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.next_button, "Tab from the answer reaches Next"
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.page == "ward" and QApplication.focusWidget() is wizard.field
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.page == "ward" and wizard.error.text() == "Bạn hãy gõ tên phường hoặc xã."
    type_text(wizard.field, "Phường Kim Mã")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.page == "device"
    wizard.field.clear()
    type_text(wizard.field, "Máy 1 – Nhà văn hoá")
    press(qtbot, Qt.Key.Key_Return)
    type_text(wizard.field, "Trần Thu Hà")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.page == "role" and wizard.choices["coordinator"].isChecked()
    click(qtbot, wizard.next_button)
    qtbot.keyClicks(wizard.field, "24680")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(wizard.field, "24681")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.page == "pin_again" and "chưa giống" in wizard.error.text()
    wizard.field.clear()
    qtbot.keyClicks(wizard.field, "24680")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.page == "check"
    click(qtbot, wizard.next_button)

    assert window.screen_name == "start"
    [account] = trainer.volunteers.all()
    assert (account.name, account.role) == ("Trần Thu Hà", "coordinator")
    assert trainer.volunteers.check_pin(account.id, "24680").ok
    assert (trainer.device.ward, trainer.device.name) == ("Phường Kim Mã", "Máy 1 – Nhà văn hoá")
    assert trainer.learners.add("Đỗ Thị Lụa").ward == "Phường Kim Mã"
    with Trainer.open(trainer.data_dir, lesson_dirs=[FIXTURE_LESSONS]) as reopened:
        assert reopened.device.ward == "Phường Kim Mã"


def test_choosing_english_speaks_english_at_once_and_on_the_start_screen_after(qtbot, window, trainer):
    """The language question changes the wizard's own words straight away, and the PC's
    start screen is in English when the wizard is done."""
    wizard = window.volunteer_mode.show_first_start()
    click(qtbot, wizard.choices["en"])
    assert wizard.title.text() == "Setting up this computer"
    assert QApplication.focusWidget() is wizard.choices["en"]
    answers = {"ward": "Phường Kim Mã", "device": "PC 1", "name": "Hà", "pin": "2468", "pin_again": "2468"}
    wizard.go_next()
    while wizard.page != "check":
        if wizard.field is not None:
            wizard.field.setText(answers[wizard.page])
        wizard.go_next()
    wizard.go_next()
    assert window.screen_name == "start"
    assert window.screen.title.text() == "Who is learning?"
    assert trainer.settings.device()["start_language"] == "en"


def test_back_keeps_the_answers_and_nothing_is_saved_before_the_end(qtbot, window, trainer):
    """Going back shows what was typed; leaving the wizard half way leaves the PC unset."""
    wizard = window.volunteer_mode.show_first_start()
    wizard.go_next()
    wizard.field.setText("Xã Sóc Sơn")
    wizard.go_next()
    click(qtbot, wizard.back_button)
    assert wizard.page == "ward" and wizard.field.text() == "Xã Sóc Sơn"
    assert trainer.device.ward == "" and trainer.volunteers.count() == 0
    assert window.volunteer_mode.needs_first_start()


def test_the_wizard_refuses_a_pin_a_stranger_tries_first_and_says_why(qtbot, window, trainer):
    """1234 is the right form but the first PIN anyone tries: refused in plain words."""
    wizard = window.volunteer_mode.show_first_start()
    answers = {"ward": "Phường Kim Mã", "device": "Máy 1", "name": "Hà"}
    wizard.go_next()
    while wizard.page != "pin":
        if wizard.field is not None:
            wizard.field.setText(answers[wizard.page])
        wizard.go_next()
    wizard.field.setText("1234")
    wizard.go_next()
    assert wizard.page == "pin"
    assert wizard.error.text() == ("Mã PIN 1234 là các số liền nhau, người khác dễ đoán ra. "
                                   "Hãy chọn mã không theo thứ tự, ví dụ 5917.")
    wizard.field.setText("5917")
    wizard.go_next()
    assert wizard.page == "pin_again"


def test_the_computers_name_is_asked_never_taken_from_the_operating_system(qtbot, window, trainer):
    """A new PC's identity is named after its host name ("vm", "DESKTOP-…"), which would make
    every PC look alike to the coordinator: the wizard's question starts empty."""
    import platform

    assert trainer.device.name == (platform.node() or "PC")
    wizard = window.volunteer_mode.show_first_start()
    while wizard.page != "device":
        wizard.go_next() if wizard.field is None else (wizard.field.setText("Phường Kim Mã"), wizard.go_next())
    assert wizard.field.text() == ""
    wizard.go_next()
    assert wizard.page == "device" and wizard.error.text() == "Bạn hãy đặt tên cho máy này."
