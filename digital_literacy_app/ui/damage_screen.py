"""The calm full-screen message when this PC's learner data cannot be opened.

Shown instead of the app when the database is damaged, emptied or gone (never replaced
silently: core/store/health.py). It says what happened in plain words, that nothing was
deleted, and offers the newest backup that checks good, with what may be missing since.
Without a backup it offers an empty start, after a second question, keeping the damaged
file aside for whoever helps. Either way, the choice is returned to the app (ui/app.py).
"""

from pathlib import Path

from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from digital_literacy_app.core.errors import DamagedDatabaseError
from digital_literacy_app.ui.theme import set_role, theme_scale
from digital_literacy_app.ui.volunteer.files import ask_open_backup
from digital_literacy_app.ui.widgets.confirmation import confirmation
from digital_literacy_app.ui.widgets.frame import paragraphs_area
from digital_literacy_app.ui.widgets.notice import Notice

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


class DamageScreen(QDialog):
    """`choice` after exec(): (RESTORE, path) | (EMPTY, None) | (QUIT, None)."""

    def __init__(self, error: DamagedDatabaseError, parent=None):
        super().__init__(parent)
        self.error = error
        self.choice: tuple[str, Path | None] = (QUIT, None)
        self.setWindowTitle(self.tr("The learners\u2019 data cannot be opened"))
        self.setObjectName("damageScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(64, 40, 64, 32)
        outer.setSpacing(18)
        title = set_role(QLabel(self.tr("The learners\u2019 data cannot be opened")), "title")
        title.setWordWrap(True)
        outer.addWidget(title)
        self.notice = Notice()
        self.notice.show_message("hint", self.tr("If you are not sure, ask the volunteer or whoever helps "
                                                 "with this computer."), error.say("en"))
        texts = [(self._what_happened(), "lead"),
                 (self.tr("Nothing was deleted, and the app did not start over with empty data."), "lead"),
                 (self._offer_text(), "lead")]
        # The words scroll at large text sizes; the choices below them always stay in view.
        self.words = paragraphs_area(texts, self.tr("What happened"), after=(self.notice,))
        outer.addWidget(self.words, 1)
        self.confirm = self._confirmation()
        outer.addWidget(self.confirm)
        outer.addLayout(self._buttons())

    def _paragraph(self, text: str) -> QLabel:
        label = set_role(QLabel(text), "lead")
        label.setWordWrap(True)
        return label

    def _what_happened(self) -> str:
        return {
            "database.missing": self.tr("The file that holds the learners and their lessons is gone from this "
                                        "computer (deleted, or the computer was cleaned up)."),
            "database.empty_file": self.tr("The file that holds the learners and their lessons is empty. A power "
                                           "cut or a disk fault can do this."),
        }.get(self.error.code, self.tr("The file that holds the learners and their lessons is damaged. A power "
                                       "cut or a disk fault can do this."))

    def _offer_text(self) -> str:
        backup = self.error.backup_info
        if backup is None:
            return self.tr("There is no backup on this computer. You can start with empty data; the damaged "
                           "file is kept aside for whoever helps.")
        return self.tr("The newest good backup is from {date} at {time}, with {learners} learners. Lessons "
                       "done after that time are not in it.").format(
            date=backup.made_at.strftime("%d/%m/%Y"), time=backup.made_at.strftime("%H:%M"),
            learners=backup.learners)

    def _buttons(self) -> QBoxLayout:
        """Side by side; one under another at large text sizes, so every button reads whole."""
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight if theme_scale() <= 150
                         else QBoxLayout.Direction.TopToBottom)
        backup = self.error.backup_info
        self.restore_button = None
        if backup is not None:
            self.restore_button = set_role(QPushButton(self.tr("Restore this backup")), "primary")
            self.restore_button.setAccessibleName(self.tr("Restore the backup of {date}").format(
                date=backup.made_at.strftime("%d/%m/%Y %H:%M")))
            self.restore_button.clicked.connect(lambda: self._done(RESTORE, backup.path))
            row.addWidget(self.restore_button)
        self.other_button = QPushButton(self.tr("Choose another backup\u2026"))
        self.other_button.clicked.connect(self._choose_other)
        row.addWidget(self.other_button)
        self.empty_button = None
        if backup is None:
            self.empty_button = QPushButton(self.tr("Start with empty data\u2026"))
            self.empty_button.clicked.connect(self._ask_empty)
            row.addWidget(self.empty_button)
        row.addStretch(1)
        self.quit_button = QPushButton(self.tr("Close the app"))
        self.quit_button.clicked.connect(lambda: self._done(QUIT, None))
        row.addWidget(self.quit_button)
        return row

    def _confirmation(self) -> QWidget:
        self.confirm_question = self._paragraph(self.tr(
            "Start with empty data? The learners and lessons in the damaged file will not show in the app. "
            "The file stays in the \u201ckept\u201d folder."))
        self.confirm_yes = set_role(QPushButton(self.tr("Yes, start with empty data")), "danger")
        self.confirm_yes.clicked.connect(lambda: self._done(EMPTY, None))
        self.confirm_no = QPushButton(self.tr("No, go back"))
        self.confirm_no.clicked.connect(self._cancel_empty)
        return confirmation(self.confirm_question, self.confirm_yes, self.confirm_no)

    def _ask_empty(self) -> None:
        self.confirm.show()
        self.confirm_no.setFocus()


    def _cancel_empty(self) -> None:
        self.confirm.hide()
        self.empty_button.setFocus()

    def _choose_other(self) -> None:
        chosen = ask_open_backup(self, self.tr("Choose a backup"))
        if chosen is not None:
            self._done(RESTORE, chosen)

    def _done(self, what: str, path: Path | None) -> None:
        self.choice = (what, path)
        self.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        first = self.restore_button or self.empty_button
        first.setFocus()
