"""Taking the pictures: one PNG a screen, in a stable order."""

from dataclasses import dataclass
from pathlib import Path

SIZE = (1366, 768)
DEMO_LEARNERS = 14
DEMO_SEED = 7
PREFERRED_LESSON = "vneid-levels"


@dataclass(frozen=True)
class Look:
    lang: str = "vi"
    text_scale: int = 100
    high_contrast: bool = False


class Shots:
    def __init__(self, app, window, out_dir: Path):
        self.app, self.window, self.out_dir = app, window, out_dir
        self.paths: list[Path] = []

    def take(self, name: str) -> Path:
        return self.take_alone(self.window, name)

    def take_alone(self, widget, name: str) -> Path:
        from PySide6.QtCore import QCoreApplication, QEvent

        for _ in range(3):
            self.app.processEvents()
        # The screens the window let go of: the app's event loop deletes them, but this
        # command runs none, and each change of look would restyle them all (0.9 s a
        # sign-out by the end, 7 s of the run in English, high contrast, 200 %).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        path = self.out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.paths.append(path)
        return path

    def show_alone(self, widget):
        """Show a screen on its own at the window's size, deleting the one shown before
        (on this thread: a worker must never be the one to free a widget)."""
        from PySide6.QtCore import QCoreApplication, QEvent

        previous = getattr(self, "_alone", None)
        if previous is not None:
            previous.close()
            previous.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._alone = widget
        if widget is not None:
            widget.resize(*SIZE)
            widget.show()
        return widget
