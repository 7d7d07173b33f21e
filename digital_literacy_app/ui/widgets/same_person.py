"""'Is that you?' under a learner form: a learner of the same name and birth year is here.

Shown instead of adding a second record straight away, with two answers: the first goes to
the learner already here (and takes the focus), the second adds a new record anyway, since
two people may share a name and a year. The question is announced.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from digital_literacy_app.ui.announce import announce
from digital_literacy_app.ui.theme import set_role
from digital_literacy_app.ui.widgets.frame import reveal_soon


class SamePersonPanel(QFrame):
    def __init__(self, same_text: str, new_text: str, new_name: str = "", parent=None):
        super().__init__(parent)
        set_role(self, "hint")
        self.match = None
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 12, 18, 12)
        self.words = set_role(QLabel(), "lead")
        self.words.setWordWrap(True)
        column.addWidget(self.words)
        row = QHBoxLayout()
        self.same = QPushButton(same_text)
        self.new = QPushButton(new_text)
        if new_name:
            self.new.setAccessibleName(new_name)
        row.addWidget(self.same)
        row.addWidget(self.new)
        row.addStretch(1)
        column.addLayout(row)
        self.hide()

    def who(self, match) -> str:
        """"Hoàng Văn Thành, sinh năm 1960, Phường Kim Mã": enough to recognise someone by."""
        born = self.tr(", born {year}").format(year=match.birth_year) if match.birth_year else ""
        ward = self.tr(", {ward}").format(ward=match.ward) if match.ward else ""
        return f"{match.name}{born}{ward}"

    def ask(self, match, question: str) -> None:
        """Show `question` (a template with {who}) about `match`; focus the first answer."""
        self.match = match
        text = question.format(who=self.who(match))
        self.words.setText(text)
        self.setAccessibleName(text)
        self.show()
        reveal_soon(self)  # below the form: at large text it would be out of sight
        self.same.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, text)
