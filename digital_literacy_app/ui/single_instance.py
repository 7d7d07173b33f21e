"""One app window per data folder: a second start brings the first window forward.

The data folder's lock (core/data_lock.py) says whether another program holds the data;
this local socket, named after the folder, says whether that program is this app and
asks it to come forward. No answer means a `dla` command is writing: the app waits.
"""

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ASK = b"show\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"dla-{digest}"


class InstanceServer(QObject):
    """Listens while the app holds a data folder; `asked` when a second start knocks."""

    asked = Signal()

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a socket file left by a crash (this PC holds the lock)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._knocked)

    def _knocked(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.waitForReadyRead(500)
            if socket.readAll().data().startswith(ASK.strip()):
                self.asked.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def close(self) -> None:
        self.server.close()


def bring_forward(data_dir: Path, timeout_ms: int = 1500) -> bool:
    """Ask the app holding `data_dir` to show its window; False when no app answers."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ASK)
    written = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return written
