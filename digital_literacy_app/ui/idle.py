"""Shared PCs: notice when nobody has touched the keyboard or mouse for a while.

After `idle_ms` without input the watcher emits `idle`; the main window then asks
"Bạn còn đó không?" and counts down before returning to the start screen. Progress is
already saved at every step, so nothing is lost. The watcher only runs while a learner
is signed in: the start screen itself has nobody's data to protect.
"""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTabletEvent, QTouchEvent, QWheelEvent

INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}
INPUT_CLASSES = (QKeyEvent, QMouseEvent, QWheelEvent, QTouchEvent, QTabletEvent)


class IdleWatcher(QObject):
    idle = Signal()
    activity = Signal()

    def __init__(self, idle_ms: int, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.idle)

    def set_idle_ms(self, idle_ms: int) -> None:
        self.timer.setInterval(idle_ms)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched, event) -> bool:
        # isinstance first: asking every event its type() is slow in PySide for Qt's private types.
        if isinstance(event, INPUT_CLASSES) and event.type() in INPUT_EVENTS:
            self.activity.emit()
            if self.timer.isActive():
                self.timer.start()
        return False
