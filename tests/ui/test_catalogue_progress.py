"""The catalogue tells a learner their own progress, and answers at once: the cards built
for one learner are reused for the next, and the look is not applied again when it stays.

Lessons come from the small certificate pack (tests/certificate_pack.py): four lessons in
three areas and one course of three of them, so the certificate rule is the real one.
"""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.announce import listen
from tests.certificate_pack import COURSE_ID, complete, write_pack

from .conftest import FakeVoice, click


@pytest.fixture
def pack_window(app, qtbot, tmp_path):
    """The real window at 1366 × 768 on the certificate pack, its lessons loaded."""
    from digital_literacy_app.ui.main_window import MainWindow

    trainer = Trainer.open(tmp_path / "data", lesson_dirs=[write_pack(tmp_path / "pack")])
    window = MainWindow(trainer, read_aloud=FakeVoice())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.seat.lessons_ready, timeout=5000)
    yield window, trainer
    window.close()
    QApplication.instance().removeEventFilter(window.idle)
    trainer.close()


class StyleChanges(QObject):
    """Counts the restyles that reach the window: QApplication.setStyleSheet sends every
    widget a StyleChange, and that is what costs most of a second on a full window."""

    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def summary_texts(window) -> tuple[str, list[tuple[str, str]]]:
    summary = window.screen.summary
    rows = [(name.text(), need.text()) for name, _bar, need in summary.rows if name.isVisibleTo(summary)]
    return summary.headline.text(), rows


def test_the_summary_says_how_many_lessons_and_what_the_certificate_still_needs(qtbot, pack_window):
    """Two of four lessons done, two of the course's three: the third is named as still to
    do. Finishing it while the catalogue shows turns the line into "ask a volunteer"."""
    window, trainer = pack_window
    learner = trainer.learners.add("Trần Văn Bảy", 1950, "elderly")
    complete(trainer, learner.id, ["start-mouse", "safe-otp"])
    window.sign_in(learner)
    headline, rows = summary_texts(window)
    assert headline == "Bác đã học xong 2/4 bài"
    assert rows == [("Kỹ năng số cơ bản: 2/3 bài",
                     "Chứng nhận khi học xong cả 3 bài; còn: Trả tiền bằng mã QR.")]
    name, bar, _need = window.screen.summary.rows[0]
    assert (bar.value(), bar.maximum()) == (2, 3)
    complete(trainer, learner.id, ["pay-qr"])  # recorded elsewhere (a volunteer, a sync file)
    qtbot.waitUntil(lambda: summary_texts(window)[0] == "Bác đã học xong 3/4 bài", timeout=2000)
    assert summary_texts(window)[1] == [
        ("Kỹ năng số cơ bản: 3/3 bài", "Đã xong cả 3 bài: Bác nhờ tình nguyện viên in chứng nhận.")]
    assert window.screen.cards["pay-qr"].detail_label.text().endswith("đã xong ✓")


def test_a_certificate_already_given_is_said_so(qtbot, pack_window, tmp_path):
    """Once a volunteer issued the course's certificate, the line says it was received."""
    window, trainer = pack_window
    learner = trainer.learners.add("Lê Thị Tám", 1948, "elderly")
    complete(trainer, learner.id, ["start-mouse", "safe-otp", "pay-qr"])
    trainer.certificates.issue(learner.id, "Cô Lan", tmp_path / "c.pdf", f"course:{COURSE_ID}")
    window.sign_in(learner)
    assert summary_texts(window)[1] == [("Kỹ năng số cơ bản: 3/3 bài", "Đã nhận chứng nhận.")]


def test_a_screen_reader_hears_the_summary_after_the_continue_card(qtbot, pack_window):
    """Tab from the big card reaches the headline, named with its line and described by the
    course, and the course's bar is named too."""
    window, trainer = pack_window
    learner = trainer.learners.add("Phạm Thị Chín", 1952, "elderly")
    complete(trainer, learner.id, ["safe-otp"])
    window.sign_in(learner)
    screen = window.screen
    assert screen.continue_button.hasFocus()
    qtbot.keyClick(screen.continue_button, Qt.Key.Key_Tab)
    headline = screen.summary.headline
    assert headline.hasFocus()
    assert headline.accessibleName() == "Bác đã học xong 1/4 bài"
    assert "Kỹ năng số cơ bản: 1/3 bài." in headline.accessibleDescription()
    assert "còn: Làm quen với chuột; Trả tiền bằng mã QR." in headline.accessibleDescription()
    assert screen.summary.rows[0][1].accessibleName() == "Kỹ năng số cơ bản: 1/3 bài"


def test_the_next_learner_gets_the_same_cards_with_their_own_progress(qtbot, pack_window):
    """Signing out and in keeps the catalogue's cards (no rebuild, no restyle) but never
    shows the last learner's name or progress to the next one."""
    window, trainer = pack_window
    first = trainer.learners.add("Nguyễn Văn Một", 1951, "elderly")
    second = trainer.learners.add("Đỗ Thị Hai", 1953, "farmer")
    complete(trainer, first.id, ["start-mouse", "safe-otp", "pay-qr"])
    window.sign_in(first)
    catalogue = window.screen
    assert summary_texts(window)[0] == "Bác đã học xong 3/4 bài"
    restyles = StyleChanges(window)
    click(qtbot, catalogue.sign_out_button)
    assert window.screen_name == "start"
    window.sign_in(second)
    assert window.screen is catalogue, "the cards were built again"
    assert catalogue.title.text() == "Bài học của Đỗ Thị Hai"
    assert summary_texts(window)[0] == "Bác đã học xong 0/4 bài"
    assert catalogue.cards["pay-qr"].detail_label.text().endswith("chưa học")
    assert catalogue.continue_button.title_label.text().startswith("Bắt đầu từ đây")
    assert restyles.count == 0, "the unchanged look was applied again"


def test_a_new_look_restyles_once_and_says_please_wait_on_the_pressed_name(qtbot, pack_window):
    """A learner who chose 200 % text: the look changes (one restyle), and the tile pressed
    says "please wait" before the window is busy restyling; signing out changes it back."""
    window, trainer = pack_window
    learner = trainer.learners.add("Vũ Văn Mười", 1944, "elderly")
    trainer.settings.set_for_learner(learner.id, "text_scale", 200)
    window.show_start()
    tile = next(t for t in window.screen.tiles if t.title_label.text() == learner.name)
    heard = []
    stop = listen(lambda source, text, _assertive: heard.append((source.parentWidget(), text)))
    restyles = StyleChanges(window)
    try:
        click(qtbot, tile)
    finally:
        stop()
    assert window.screen_name == "catalogue" and window.seat.text_scale == 200
    assert (tile, "Xin chờ một chút…") in heard
    assert restyles.count == 1
    click(qtbot, window.screen.sign_out_button)
    assert window.seat.text_scale == 100 and restyles.count == 2
