"""Starting the learner app: fonts, language, look, then the "Ai đang học?" window.

Only what the first screen needs is imported before it is painted; lessons load in the
background just after, and PDF or QR libraries are never touched here.
"""

import os
import sys

EXIT_AFTER_FIRST_PAINT = "DLA_EXIT_AFTER_FIRST_PAINT"  # set: print a line and quit once painted


def prepare_application(argv: list[str] | None = None):
    """The QApplication with bundled fonts, Vietnamese interface, default look and keyboard help."""
    from PySide6.QtWidgets import QApplication

    from digital_literacy_app.ui import i18n, keyboard, theme
    from digital_literacy_app.ui.fonts import register_fonts

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("DigitalLiteracyTrainer")
    app.setWindowIcon(app_icon())  # the taskbar and title bar show the same phone as the desktop
    register_fonts()
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    theme.apply(app, high_contrast=False, scale=100)
    if not app.property("dla_keyboard"):
        keyboard.install(app)
        app.setProperty("dla_keyboard", True)
    return app


def app_icon():
    """The app's icon (assets/icons/app.svg; dla.exe carries app.ico, made from it)."""
    from PySide6.QtGui import QIcon

    from digital_literacy_app.core.records import assets_dir

    return QIcon(str(assets_dir() / "icons" / "app.svg"))


def run_app(data_dir=None, quit_after_first_paint: bool = False) -> int:
    """Open the app window; returns the exit code. `quit_after_first_paint` is for start-up timing."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from digital_literacy_app.core.errors import DlaError
    from digital_literacy_app.core.trainer import Trainer
    from digital_literacy_app.ui import i18n
    from digital_literacy_app.ui.reasons import reason
    from digital_literacy_app.ui.main_window import MainWindow

    app = prepare_application()
    try:
        trainer = Trainer.open(data_dir)
    except DlaError as exc:
        title = QCoreApplication.translate("App", "The data cannot be opened")
        QMessageBox.critical(None, title, reason(exc))
        return 1
    i18n.set_language(trainer.settings.device()["start_language"])  # chosen at first start
    window = MainWindow(trainer)
    if window.volunteer_mode.needs_first_start():  # a new installation: the wizard first
        window.volunteer_mode.show_first_start()
    if quit_after_first_paint or os.environ.get(EXIT_AFTER_FIRST_PAINT):  # benchmarks/bench_bundle.py
        window.first_painted.connect(lambda: print("dla: first paint", flush=True))
        window.first_painted.connect(app.quit)
    window.resize(1366, 768)
    window.showMaximized()
    try:
        return app.exec()
    finally:
        if window.loading_task is not None:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(5000)
        trainer.close()
