"""The answer when the city store cannot be opened at the start (ui/city_open.py,
`tell_refusal`): the reason whole and both ways on whole, at every text size.

It was a QMessageBox, which caps its width at the screen's less 480 px: at 200 % on a
1366x768 screen (and on the tests' 800 px offscreen screen) it cut "Dữ liệu của chính
máy này" on its default button.
"""

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from digital_literacy_app.core.errors import Note
from digital_literacy_app.ui import city_open, theme
from digital_literacy_app.ui.announce import listen

TEXT = Note("city.no_rights", address="dla@db.hanoi.example/dla_city").say("vi")


def _answer_with(pressing: str, seen: list):
    """Look at the dialog once it is up, then press the button whose text is `pressing`."""
    def look():
        dialog = QApplication.activeModalWidget()
        buttons = {button.text(): button for button in dialog.findChildren(QPushButton)}
        [message] = [label for label in dialog.findChildren(QLabel) if label.text() == TEXT]
        seen.append({
            "whole buttons": all(b.width() >= b.sizeHint().width() for b in buttons.values()),
            "whole message": message.height() >= message.heightForWidth(message.width()),
            "names": sorted(b.accessibleName() for b in buttons.values()),
            "focus": QApplication.focusWidget().text() if QApplication.focusWidget() else None,
            "dialog name": dialog.accessibleName(),
        })
        buttons[pressing].click()
    QTimer.singleShot(100, look)


@pytest.mark.parametrize("scale", [100, 200])
def test_the_refusal_reads_whole_and_offers_both_ways(qtbot, app, scale):
    theme.apply(app, False, scale)
    heard = []
    stop = listen(lambda source, text, assertive: heard.append((text, assertive)))
    try:
        seen = []
        _answer_with("Thử lại", seen)
        assert city_open.tell_refusal(TEXT) == city_open.TRY_AGAIN
        _answer_with("Dữ liệu của chính máy này", seen)
        assert city_open.tell_refusal(TEXT) == city_open.OWN_DATA
    finally:
        stop()
        theme.apply(app, False, 100)
    for one in seen:
        assert one["whole buttons"] and one["whole message"], (scale, one)
        assert one["names"] == ["Mở dữ liệu của chính máy này", "Thử mở lại kho dữ liệu thành phố"]
        assert one["focus"] == "Dữ liệu của chính máy này", "the safe way on has the focus"
        assert one["dialog name"] == TEXT
    assert (" ".join(TEXT.split()), True) in heard
