"""The webcam way in: a learner card held up to the camera opens that learner.

The offscreen platform has no camera, which is itself one of the states checked: the
screen says so and typing still works. Pictures reach the scanner through its `feed`
slot, the same one the camera's video sink calls, made from the app's own card sheet
rendered by PDFium and made camera-like (tilted, dim, blurred) with Pillow.
"""

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from digital_literacy_app.core.card_codes import learner_code, qr_text
from digital_literacy_app.ui.widgets import camera_scanner
from digital_literacy_app.ui.widgets.camera_scanner import CameraScanner
from tests.card_pictures import PAYMENT_QR, camera_like, card_sheet_png, one_card, qr_picture

from .conftest import click, press, type_text

NO_CAMERA_VI = "Máy tính này không có webcam. Bạn hãy gõ mã in trên thẻ."
NOT_A_CARD_VI = "Mã QR này không phải thẻ học viên. Bạn hãy đưa thẻ có tên của mình."
NOBODY_VI = "Trên máy này chưa có ai mang mã đó. Bạn xem lại mã, hoặc nhờ tình nguyện viên giúp."
CERTIFICATE_QR = "DLC1:ABCDEFGH:2025-03-14:0123456789ABCDEF:A.SAFETY:Nguyễn Thị Hoa:Kim Mã:" + "A" * 103
AIM, INSTEAD = "Hold the card up.", "Type the code instead."  # a scanner on its own: the owner's words


def qimage(picture) -> QImage:
    """A Pillow picture as the QImage a video sink would deliver (32-bit RGB)."""
    rgb = picture.convert("RGB")
    image = QImage(rgb.tobytes(), rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # a copy that owns its pixels


def show_picture(qtbot, scanner, picture) -> None:
    """Hold a picture in front of the 'camera' until the scanner takes it for reading."""
    image = qimage(picture)
    qtbot.waitUntil(lambda: scanner.feed(image), timeout=3000)


def blank():
    from PIL import Image

    return Image.new("RGB", (640, 480), (120, 120, 120))


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    """A printed card sheet (100 dpi) for three learners of a throwaway data folder; their ids."""
    from PIL import Image

    from digital_literacy_app.core.trainer import Trainer

    folder = tmp_path_factory.mktemp("sheet")
    with Trainer.open(folder / "data") as other:
        cards = [other.learners.add(name) for name in ("Nguyễn Thị Hoa", "Lê Văn Tám", "Bùi Thị Xuân")]
    return Image.open(card_sheet_png(folder, cards)).convert("RGB"), cards


@pytest.fixture
def card_screen(qtbot, window):
    """The "Tôi có thẻ" screen, reached from the start screen, its camera search done."""
    click(qtbot, window.show_start().card_button)
    screen = window.screen
    assert window.screen_name == "card-code"
    qtbot.waitUntil(lambda: screen.scanner.state == camera_scanner.NO_CAMERA, timeout=3000)
    return screen


def test_a_webcam_picture_of_a_printed_card_opens_that_learner(qtbot, window, trainer, tmp_path, card_screen):
    """A card printed on this PC, tilted, dim and blurred in a 640x480 frame: `found` fires
    with that learner, the lessons open, and the camera part is stopped as the screen is left."""
    from PIL import Image

    cards = [trainer.learners.add(name) for name in ("Đỗ Thị Mười", "Hoàng Văn Bảy")]
    picture = Image.open(card_sheet_png(tmp_path, cards))
    states = []
    card_screen.scanner.state_changed.connect(states.append)
    with qtbot.waitSignal(card_screen.found, timeout=5000) as opened:
        show_picture(qtbot, card_screen.scanner, camera_like(one_card(picture, 1), angle=-9, light=0.5, blur=1.2))
    assert opened.args[0].id == cards[1].id
    assert window.screen_name == "catalogue" and window.seat.learner.id == cards[1].id
    assert states[-1] == camera_scanner.STOPPED


def test_no_camera_is_said_plainly_and_typing_still_opens_the_learner(qtbot, window, trainer, card_screen):
    """Offscreen has no webcam: a plain sentence, no picture, no dialog; the code box has
    the keyboard and the typed code still opens the learner."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1950)
    scanner = card_screen.scanner
    assert scanner.status.text() == NO_CAMERA_VI and scanner.status.isVisible()
    assert not scanner.picture.isVisible() and not scanner.retry_button.isVisible()
    assert QApplication.activeModalWidget() is None
    assert QApplication.focusWidget() is card_screen.code
    type_text(card_screen.code, learner_code(hoa.id))
    press(qtbot, Qt.Key.Key_Return)
    assert window.screen_name == "catalogue" and window.seat.learner.id == hoa.id


@pytest.mark.parametrize("other", [PAYMENT_QR, CERTIFICATE_QR, "ABCDEFGHJK"])
def test_another_qr_is_not_a_learner_card_and_opens_nobody(qtbot, window, card_screen, other):
    """A bank's payment QR, a certificate, or ten bare letters: "not a learner card", no
    learner opened; once the QR is gone the screen says what it said before."""
    scanner = card_screen.scanner
    with qtbot.waitSignal(scanner.decoded, timeout=3000) as seen:
        show_picture(qtbot, scanner, qr_picture(other))
    assert seen.args == [other]
    assert scanner.status.text() == NOT_A_CARD_VI and scanner.state == camera_scanner.PROBLEM
    assert window.screen_name == "card-code" and window.seat.learner is None
    scanner.read_every_ms = 0  # the empty pictures below need not wait for the camera's pace
    for _ in range(camera_scanner.FORGET_AFTER_EMPTY):
        with qtbot.waitSignal(scanner.picture_read, timeout=3000):
            show_picture(qtbot, scanner, blank())
    assert scanner.status.text() == NO_CAMERA_VI


def test_a_card_from_another_computer_says_nobody_here_has_that_code(qtbot, window, sheet, card_screen):
    """A real card whose learner is not on this PC: the same words as a typed unknown code,
    shown by the camera picture; the typed-code error stays hidden."""
    picture, _cards = sheet
    scanner = card_screen.scanner
    with qtbot.waitSignal(scanner.decoded, timeout=3000):
        show_picture(qtbot, scanner, camera_like(one_card(picture, 0)))
    assert scanner.status.text() == NOBODY_VI
    assert not card_screen.error.isVisible() and window.seat.learner is None


def test_a_whole_sheet_reads_every_card_once(qtbot, sheet):
    """Eight-card sheet held up whole: each card's QR is reported once, however many
    pictures show it."""
    picture, cards = sheet
    scanner = CameraScanner(AIM, INSTEAD)
    qtbot.addWidget(scanner)
    seen = []
    scanner.decoded.connect(seen.append)
    for _ in range(2):
        with qtbot.waitSignal(scanner.picture_read, timeout=3000):
            show_picture(qtbot, scanner, picture)
    assert sorted(seen) == sorted(qr_text(card.id) for card in cards)


def test_one_picture_at_a_time_the_rest_only_shown(qtbot, sheet):
    """While a picture is being read, the next ones are shown but dropped, never queued."""
    picture, _cards = sheet
    scanner = CameraScanner(AIM, INSTEAD)
    qtbot.addWidget(scanner)
    image = qimage(camera_like(one_card(picture, 2)))
    with qtbot.waitSignal(scanner.picture_read, timeout=3000):
        assert scanner.feed(image) is True
        later = image.scaled(320, 240)
        assert scanner.feed(later) is False and scanner.reading
        assert scanner.picture.image == later  # the newest picture is the one on screen
    assert not scanner.reading


def test_the_camera_runs_only_while_the_scanner_shows(qtbot):
    """Shown: it looks for a camera. A real QCamera that fails (no such device) is a plain
    message with a retry button, not a crash. Hidden: the camera is released and the state
    is stopped. Shown again: it looks again."""
    from PySide6.QtMultimedia import QCameraDevice

    host = QWidget()
    QVBoxLayout(host).addWidget(scanner := CameraScanner(AIM, INSTEAD))
    qtbot.addWidget(host)
    assert scanner.state == camera_scanner.IDLE
    host.show()
    qtbot.waitUntil(lambda: scanner.state == camera_scanner.NO_CAMERA, timeout=3000)
    scanner.open_camera(QCameraDevice())
    assert scanner.camera is not None and scanner.state == camera_scanner.CAMERA_ERROR
    assert scanner.retry_button.isVisible() and scanner.status.text().startswith("Chưa bật được webcam.")
    assert not scanner.camera_on
    host.hide()
    assert scanner.state == camera_scanner.STOPPED and scanner.camera is None and scanner.sink is None
    host.show()
    assert scanner.state == camera_scanner.LOOKING
    qtbot.waitUntil(lambda: scanner.state == camera_scanner.NO_CAMERA, timeout=3000)


def test_a_scanner_deleted_while_reading_is_no_trouble(qtbot, sheet):
    """Leaving the screen while a picture is still being read: the late answer goes nowhere."""
    picture, _cards = sheet
    host = QWidget()
    scanner = CameraScanner(AIM, INSTEAD, host)
    assert scanner.feed(qimage(picture))
    host.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(scanner)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=5000)
    QApplication.sendPostedEvents()  # the answer, queued to a scanner that is gone
    QApplication.processEvents()


def test_pictures_from_a_video_sink_take_the_same_way_in(qtbot, sheet):
    """A QVideoFrame arriving at a QVideoSink (what a webcam delivers) is shown and read."""
    from PySide6.QtMultimedia import QVideoFrame, QVideoSink

    picture, cards = sheet
    scanner = CameraScanner(AIM, INSTEAD)
    qtbot.addWidget(scanner)
    sink = QVideoSink(scanner)
    sink.videoFrameChanged.connect(scanner._frame_arrived)
    with qtbot.waitSignal(scanner.decoded, timeout=3000) as seen:
        sink.setVideoFrame(QVideoFrame(qimage(camera_like(one_card(picture, 2)))))
    assert seen.args == [qr_text(cards[2].id)]
    assert scanner.picture.image.size().width() == 640
