"""Starting the app window."""

import sys


def run_app(data_dir=None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from digital_literacy_app.core.errors import DlaError
    from digital_literacy_app.core.trainer import Trainer

    app = QApplication.instance() or QApplication(sys.argv)
    try:
        trainer = Trainer.open(data_dir)
    except DlaError as exc:
        QMessageBox.critical(None, "Không mở được dữ liệu", str(exc))
        return 1
    label = QLabel(f"Ai đang học? — {len(trainer.lessons.lessons)} bài học")
    label.resize(800, 600)
    label.show()
    return app.exec()
