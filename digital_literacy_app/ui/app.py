"""Starting the learner app: fonts, language, look, then the "Ai đang học?" window.

Only what the first screen needs is imported before it is painted; lessons load in the
background just after, and PDF or QR libraries are never touched here.
"""

import os
import sys

EXIT_AFTER_FIRST_PAINT = "DLA_EXIT_AFTER_FIRST_PAINT"  # set: print a line and quit once painted


def prepare_application(argv: list[str] | None = None):
    """The QApplication with bundled fonts, Vietnamese interface, default look and keyboard help."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from digital_literacy_app.ui import i18n, keyboard, theme
    from digital_literacy_app.ui.fonts import register_fonts

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("DigitalLiteracyTrainer")
    # Qt's own file dialogs, not the system's: they speak the app's language (qt_vi.qm), not
    # the one Windows was installed in, and follow its text size and high-contrast theme.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
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


def run_app(data_dir=None, quit_after_first_paint: bool = False, database: str | None = None) -> int:
    """Open the app window; returns the exit code. `quit_after_first_paint` is for start-up timing.
    `database`: a city store's address to open the coordinator screens on (ui/city_window.py)."""
    from digital_literacy_app.ui.app_run import AppRun

    prepare_application()
    return AppRun(data_dir, quit_after_first_paint or bool(os.environ.get(EXIT_AFTER_FIRST_PAINT)), database).run()
