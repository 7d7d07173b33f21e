"""The webcam, shown live like a mirror, reading any QR code held up to it.

Made for a ward-office PC with a cheap USB webcam and an older person holding up a
paper learner card or a printed certificate: the picture is mirrored (moving the paper
left moves it left on screen), a square shows where to hold it, and every state is said
in plain words, including "this computer has no camera", which is never an error: the
screen keeps its other ways in. The scanner knows nothing of cards or certificates: the
screen using it says what to hold up and what to do instead, and decides what each QR
text it reports means.

The camera runs only while the widget is showing, so on a shared PC the webcam light
goes off as soon as the screen is left. A few pictures a second are read off the GUI
thread, one at a time: while one is being read, new pictures are shown but not read.
`feed(image)` is the one way pictures come in, from the camera or from a test.

QtMultimedia is imported only when a camera is looked for: on a Linux PC without the
sound libraries it needs, the widget says there is no camera instead of failing.
"""

import sys

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from digital_literacy_app.core.records import read_qr_texts
from digital_literacy_app.ui.tasks import run_in_background
from digital_literacy_app.ui.theme import set_role

IDLE, LOOKING, NO_CAMERA, STARTING, SCANNING, PROBLEM, CAMERA_ERROR, STOPPED = (
    "idle", "looking", "no-camera", "starting", "scanning", "problem", "camera-error", "stopped")
READ_EVERY_MS = 250  # about four readings a second: quick to answer, light on a slow PC
SHOW_EVERY_MS = 60  # the live picture at about 15 frames a second is smooth enough to aim
FORGET_AFTER_EMPTY = 4  # readings without a QR before the same QR counts as shown anew
LARGEST_SIDE = 1920  # bigger pictures are halved before reading: the card is never that small
PREFERRED_WIDTH = 1280  # camera format: sharp enough for a 28 mm QR at arm's length


def load_multimedia():
    """Qt Multimedia, or None where it cannot load (a missing system library)."""
    try:
        from PySide6 import QtMultimedia
    except ImportError as exc:
        print(f"dla: no camera support: {exc}", file=sys.stderr)
        return None
    return QtMultimedia


def pick_format(formats):
    """The camera format to ask for: the widest up to 1280 pixels at 15 frames a second or
    more (a cheap webcam's 720p), else whatever the camera offers first (None: its default)."""
    usable = [f for f in formats if f.resolution().width() <= PREFERRED_WIDTH and f.maxFrameRate() >= 15]
    if not usable:
        return None
    return max(usable, key=lambda f: (f.resolution().width() * f.resolution().height(), f.maxFrameRate()))


def read_picture(image: QImage) -> list[str]:
    """The QR texts in one picture; runs on a worker thread (QImage may be used there)."""
    if max(image.width(), image.height()) > LARGEST_SIDE:
        image = image.scaled(image.width() // 2, image.height() // 2, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return read_qr_texts(bytes(grey.constBits()), grey.width(), grey.height(), grey.bytesPerLine())


class CameraPicture(QWidget):
    """The live picture, mirrored, letterboxed on dark grey, with a square to aim the card at."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = QImage()
        self.setMinimumSize(240, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(480, 360)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Never taller than a 4:3 picture of this width: in a tall column (a long verdict
        # beside it at large text) the room goes below the picture, not into dark bands.
        self.setMaximumHeight(max(self.minimumHeight(), self.width() * 3 // 4))

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def clear(self) -> None:
        self.image = QImage()
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture goes: as large as fits, 4:3 until a picture says otherwise."""
        ratio = self.image.width() / self.image.height() if not self.image.isNull() else 4 / 3
        width = min(float(self.width()), self.height() * ratio)
        height = width / ratio
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def guide_rect(self) -> QRectF:
        """The square to hold the card's QR in: most of the picture's height, centred."""
        area = self.picture_rect()
        side = min(area.width(), area.height()) * 0.7
        return QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#262626"))
        area = self.picture_rect()
        if not self.image.isNull():
            painter.save()
            painter.translate(area.center())
            painter.scale(-1, 1)  # a mirror: the card moves the way the hand moves
            painter.translate(-area.center())
            painter.drawImage(area, self.image)
            painter.restore()
        self._draw_guide(painter, self.guide_rect())

    @staticmethod
    def _draw_guide(painter: QPainter, square: QRectF) -> None:
        """Four corner brackets, white over a black outline so they show on any picture."""
        arm = square.width() / 5
        corners = ((square.topLeft(), 1, 1), (square.topRight(), -1, 1),
                   (square.bottomLeft(), 1, -1), (square.bottomRight(), -1, -1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for colour, width in ((QColor("black"), 10), (QColor("white"), 5)):
            pen = QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.SquareCap)
            painter.setPen(pen)
            for corner, dx, dy in corners:
                painter.drawLine(corner, corner + QPointF(dx * arm, 0))
                painter.drawLine(corner, corner + QPointF(0, dy * arm))


class CameraScanner(QWidget):
    """A live webcam picture that reads QR codes; `decoded` carries each newly seen text.

    `aim` tells the person what to hold up while the camera runs ("Hold the card up to
    the camera..."); `instead` is the screen's other way in, said whenever the camera
    cannot help ("Type the code printed on the card instead."). The owner decides what a
    text means and may answer with `show_problem(message)` (for example "this QR is not
    a learner card"); the message stays until the QR leaves the picture. `state` is one
    of the module's state names, and `state_changed` reports it.
    """

    decoded = Signal(str)
    state_changed = Signal(str)
    picture_read = Signal(list)  # the QR texts of every picture read, new or not

    def __init__(self, aim: str, instead: str, parent=None):
        super().__init__(parent)
        self.aim, self.instead = aim, instead
        self.state = IDLE
        self.camera = self.seat = self.sink = self.devices = None
        self.picture = CameraPicture()
        self.picture.setAccessibleName(self.tr("Camera picture"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self.tr("Try the camera again"))
        self.retry_button.setAccessibleName(self.tr("Try to start the camera again"))
        self.retry_button.clicked.connect(self.restart)
        self.retry_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.status)  # above the picture: never scrolled away at large text
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.picture, 1)
        layout.addStretch(0)  # takes the picture's room while there is no picture
        self._layout = layout
        self.reading = False
        self.read_every_ms = READ_EVERY_MS
        self._read_clock, self._show_clock = QElapsedTimer(), QElapsedTimer()
        self._recent: set[str] = set()
        self._empty_readings = 0
        self._before_problem = (SCANNING, "")
        self._search = QTimer(self, singleShot=True, interval=30)  # after the screen's first paint
        self._search.timeout.connect(self.find_camera)

    # --- starting and stopping ------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.state in (IDLE, STOPPED):
            self._set_state(LOOKING, self.tr("Looking for a camera\u2026"))
            self._search.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.stop()

    def restart(self) -> None:
        self.stop()
        self._set_state(LOOKING, self.tr("Looking for a camera\u2026"))
        self.find_camera()

    def find_camera(self) -> None:
        """Open the PC's default camera (or its first), or say there is none."""
        if not self.isVisible() or self.camera is not None:
            return
        multimedia = load_multimedia()
        if multimedia is None:
            self._no_camera()
            return
        if self.devices is None:  # a camera plugged in later is picked up by itself
            self.devices = multimedia.QMediaDevices(self)
            self.devices.videoInputsChanged.connect(self._cameras_changed)
        device = multimedia.QMediaDevices.defaultVideoInput()
        if device.isNull():
            inputs = multimedia.QMediaDevices.videoInputs()
            if not inputs:
                self._no_camera()
                return
            device = inputs[0]
        self.open_camera(device)

    def open_camera(self, device) -> None:
        """Start `device` (a QCameraDevice) and send its pictures to `feed`."""
        multimedia = load_multimedia()
        if self._camera_denied():
            return
        self.camera = multimedia.QCamera(device, self)
        chosen = pick_format(device.videoFormats())
        if chosen is not None:
            self.camera.setCameraFormat(chosen)
        self.sink = multimedia.QVideoSink(self)
        self.seat = multimedia.QMediaCaptureSession(self)
        self.seat.setCamera(self.camera)
        self.seat.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame_arrived)
        self.camera.errorOccurred.connect(self._camera_failed)
        self.camera.activeChanged.connect(self._active_changed)
        self._set_state(STARTING, self.tr("Starting the camera\u2026"))
        if self.camera.error() != multimedia.QCamera.Error.NoError:  # gone since it was listed
            self._camera_failed(self.camera.error(), self.camera.errorString())
            return
        self.camera.start()

    def _camera_denied(self) -> bool:
        """Whether the system forbids this app the camera (then said so). Windows asks no
        permission of desktop programs; its privacy switch shows up as a camera error."""
        from PySide6.QtCore import QCameraPermission, QCoreApplication

        if QCoreApplication.instance().checkPermission(QCameraPermission()) != Qt.PermissionStatus.Denied:
            return False
        self._set_state(CAMERA_ERROR, self._with_instead(
            self.tr("This computer does not let the app use the camera. "
                    "A volunteer can allow it in the computer's privacy settings.")))
        return True

    def stop(self) -> None:
        """Turn the camera off (its light goes out) and forget the picture."""
        self._search.stop()
        camera, self.camera = self.camera, None
        if camera is not None:
            self.sink.videoFrameChanged.disconnect(self._frame_arrived)
            camera.errorOccurred.disconnect(self._camera_failed)
            camera.activeChanged.disconnect(self._active_changed)
            camera.stop()
            self.seat.setCamera(None)
            for part in (camera, self.seat, self.sink):
                part.deleteLater()
            self.seat = self.sink = None
        self.picture.clear()
        self._recent.clear()
        if self.state != IDLE:
            self._set_state(STOPPED, "")

    @property
    def camera_on(self) -> bool:
        return self.camera is not None and self.camera.isActive()

    # --- what the camera says ----------------------------------------------------------------
    def _no_camera(self) -> None:
        self._set_state(NO_CAMERA, self._with_instead(self.tr("This computer has no camera.")))

    def _cameras_changed(self) -> None:
        if self.isVisible() and self.state in (NO_CAMERA, CAMERA_ERROR):
            self.restart()

    def _active_changed(self, active: bool) -> None:
        if active:
            self.show_scanning()

    def _camera_failed(self, _error, detail: str) -> None:
        print(f"dla: camera: {detail}", file=sys.stderr)
        self._set_state(CAMERA_ERROR, self._with_instead(
            self.tr("The camera could not start. Another program may be using it, or it was unplugged. "
                    "Close that program or plug the camera in, then try again.")))

    def _with_instead(self, trouble: str) -> str:
        """The camera's trouble, then the owner's other way in, as two sentences."""
        return f"{trouble} {self.instead}".strip()

    def show_scanning(self) -> None:
        """Pictures are arriving: show them and say what to hold up. The camera calls this
        once it runs; `dla screenshots` calls it before feeding a picture of its own."""
        self._set_state(SCANNING, self.aim)

    def show_problem(self, message: str) -> None:
        """The owner's answer to a QR it cannot use; kept until that QR leaves the picture."""
        if self.state != PROBLEM:
            self._before_problem = (self.state, self.status.text())
        self._set_state(PROBLEM, message)

    def _problem_gone(self) -> None:
        self._set_state(*self._before_problem)

    def _set_state(self, state: str, message: str) -> None:
        self.state = state
        self.status.setText(message)
        self.status.setVisible(bool(message))
        set_role(self.status, "error" if state in (PROBLEM, CAMERA_ERROR) else "")
        if state != PROBLEM:  # the picture stays as it was under the owner's message
            showing = state not in (NO_CAMERA, CAMERA_ERROR)
            self.picture.setVisible(showing)
            self._layout.setStretch(self._layout.count() - 1, 0 if showing else 1)
        self.retry_button.setVisible(state == CAMERA_ERROR)
        self.picture.setAccessibleDescription(message)
        self.state_changed.emit(state)

    # --- pictures -------------------------------------------------------------------------------
    def _frame_arrived(self, frame) -> None:
        if self._show_clock.isValid() and self._show_clock.elapsed() < SHOW_EVERY_MS:
            return
        if frame.isValid():
            self.feed(frame.toImage())

    def feed(self, image: QImage) -> bool:
        """Show a picture and, unless one is being read or was read just now, read it.

        Returns whether this picture is being read (a camera's many pictures are mostly not).
        """
        self._show_clock.start()
        self.picture.show_image(image)
        if self.reading or (self._read_clock.isValid() and self._read_clock.elapsed() < self.read_every_ms):
            return False
        if image.isNull():
            return False
        self.reading = True
        self._read_clock.start()
        run_in_background(lambda _report: read_picture(image), on_success=self._picture_read,
                          on_failure=self._reading_failed)
        return True

    def _picture_read(self, texts: list[str]) -> None:
        self.reading = False
        self.picture_read.emit(texts)
        if not texts:
            self._empty_readings += 1
            if self._empty_readings >= FORGET_AFTER_EMPTY and self._recent:
                self._recent.clear()
                if self.state == PROBLEM:
                    self._problem_gone()
            return
        self._empty_readings = 0
        for text in texts:
            if text not in self._recent:
                self._recent.add(text)
                self.decoded.emit(text)

    def _reading_failed(self, error) -> None:
        self.reading = False
        print(f"dla: a camera picture could not be read: {error}", file=sys.stderr)
