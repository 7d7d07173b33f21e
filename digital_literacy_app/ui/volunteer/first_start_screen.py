"""First start: one question a page, before anybody learns on a new installation.

Asked in order: the language, the ward, a name for this PC, the first volunteer's name,
their role, their PIN and the PIN again, then a last look at the answers. Back and Next
sit where they sit on every screen; Enter moves on. Nothing is saved until the last page
(core/first_start.py checks every answer and saves all or nothing), so closing the app
half way simply asks again next time.
"""

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from digital_literacy_app.core.errors import DlaError, InvalidInputError
from digital_literacy_app.core.records import MAX_PLACE_LENGTH, FirstStartAnswers
from digital_literacy_app.core.records import COORDINATOR, PIN_MAX, VOLUNTEER
from digital_literacy_app.ui.labels import choice_name
from digital_literacy_app.ui.reasons import reason
from digital_literacy_app.ui.theme import set_role, set_state
from digital_literacy_app.ui.widgets.frame import ScreenFrame, error_label, scroll_area

PAGES = ("language", "ward", "device", "name", "role", "pin", "pin_again", "check")


class FirstStartScreen(ScreenFrame):
    finished = Signal(object)  # the first VolunteerAccount

    def __init__(self, seat, parent=None):
        super().__init__(parent=parent)
        self.seat = seat
        device = seat.trainer.device
        self.answers = {"language": seat.lang, "ward": device.ward,
                        "device": seat.trainer.first_start.suggested_device_name(),
                        "name": "", "role": COORDINATOR, "pin": "", "pin_again": ""}
        self.index = 0
        self.field: QLineEdit | None = None
        self.choices: dict[str, QRadioButton] = {}
        self.step_label = set_role(QLabel(), "muted")
        self.add_top_right(self.step_label)
        self.content: QWidget | None = None
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.go_back)
        self.next_button = set_role(QPushButton(), "primary")
        self.next_button.clicked.connect(self.go_next)
        self.bottom.addWidget(self.back_button)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.next_button)
        self.render()

    @property
    def page(self) -> str:
        return PAGES[self.index]

    def initial_focus(self):
        if self.field is not None:
            return self.field
        checked = next((b for b in self.choices.values() if b.isChecked()), None)
        return checked or self.next_button

    # -- drawing one page ----------------------------------------------------------------
    def render(self) -> None:
        """Draw the current page in the current language (called again after a change)."""
        self.title.setText(self.tr("Setting up this computer"))
        self.step_label.setText(self.tr("Step {number} of {count}").format(number=self.index + 1,
                                                                              count=len(PAGES)))
        self.back_button.setText(self.tr("\u2039  Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous question"))
        self.back_button.setVisible(self.index > 0)
        last = self.page == "check"
        self.next_button.setText(self.tr("Finish and start  \u203a") if last else self.tr("Next  \u203a"))
        self.field, self.choices = None, {}
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(14)
        getattr(self, f"_page_{self.page}")(layout)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.content = self.replace_body(self.content, scroll_area(content, self.tr("Setting up this computer")))
        answer = self.field or next(reversed(self.choices.values()), None)
        if answer is not None:  # Tab from the answer goes straight to "Next"
            QWidget.setTabOrder(answer, self.next_button)
            QWidget.setTabOrder(self.next_button, self.back_button)
        if self.isVisible():
            self.focus_start()

    def _question(self, layout, question: str, explanation: str = "") -> None:
        heading = set_role(QLabel(question), "title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if explanation:
            text = set_role(QLabel(explanation), "lead")
            text.setWordWrap(True)
            layout.addWidget(text)

    def _text_field(self, layout, key: str, label: str, example: str, secret: bool = False) -> None:
        self.field = QLineEdit(self.answers[key])
        self.field.setPlaceholderText(example)
        self.field.setAccessibleName(label)
        self.field.setMaxLength(PIN_MAX if secret else MAX_PLACE_LENGTH + 10)
        self.field.setMaximumWidth(760)
        if secret:
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_MAX}}}"),
                                                                self.field))
            self.field.setMaximumWidth(320)
        self.field.textChanged.connect(lambda text: self.answers.__setitem__(key, text))
        self.field.returnPressed.connect(self.go_next)
        caption = set_role(QLabel(label), "lead")
        caption.setBuddy(self.field)
        caption.setWordWrap(True)
        layout.addWidget(caption)
        layout.addWidget(self.field)

    def _radio_choices(self, layout, key: str, options: list[tuple[str, str, str]]) -> None:
        group = QButtonGroup(self)
        for value, text, detail in options:
            button = QRadioButton(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(detail)
            button.setChecked(self.answers[key] == value)
            button.toggled.connect(lambda on, value=value: on and self._chose(key, value))
            group.addButton(button)
            self.choices[value] = button
            layout.addWidget(button)
            if detail:
                note = set_role(QLabel(detail), "muted")
                note.setWordWrap(True)
                note.setContentsMargins(56, 0, 0, 8)
                layout.addWidget(note)

    def _chose(self, key: str, value: str) -> None:
        self.answers[key] = value
        if key == "language" and value != self.seat.lang:
            self.seat.values["language"] = value
            self.seat.apply_appearance("language")
            self.render()
            self.choices[value].setFocus()

    def _page_language(self, layout) -> None:
        self._question(layout, self.tr("Which language should this computer speak?"),
                       self.tr("Each learner can still choose their own language later."))
        self._radio_choices(layout, "language", [(lang, choice_name("language", lang), "")
                                                 for lang in ("vi", "en")])

    def _page_ward(self, layout) -> None:
        self._question(layout, self.tr("Which ward or commune is this computer in?"),
                       self.tr("New learners are registered in this ward, and reports count them there."))
        self._text_field(layout, "ward", self.tr("Ward or commune"), self.tr("For example: Phường Kim Mã"))

    def _page_device(self, layout) -> None:
        self._question(layout, self.tr("What should this computer be called?"),
                       self.tr("The coordinator sees this name when sync files from several "
                               "computers come together."))
        self._text_field(layout, "device", self.tr("Name of this computer"),
                         self.tr("For example: Máy 1 – Nhà văn hoá tổ 5"))

    def _page_name(self, layout) -> None:
        self._question(layout, self.tr("Who is the first volunteer?"),
                       self.tr("This name is written on teaching sessions and certificates."))
        self._text_field(layout, "name", self.tr("Your name"), self.tr("For example: Trần Thu Hà"))

    def _page_role(self, layout) -> None:
        self._question(layout, self.tr("What do you do here?"))
        self._radio_choices(layout, "role", [
            (COORDINATOR, self.tr("Coordinator"),
             self.tr("Adds other volunteers, brings sync files together and makes reports. "
                     "Choose this if you set the computer up.")),
            (VOLUNTEER, self.tr("Volunteer"),
             self.tr("Teaches, records sessions and gives certificates.")),
        ])

    def _page_pin(self, layout) -> None:
        self._question(layout, self.tr("Choose a PIN of 4 to 8 digits"),
                       self.tr("You type it to open the volunteer tools. Learners do not need it; "
                               "keep it to yourself."))
        self._text_field(layout, "pin", self.tr("New PIN"), self.tr("4 to 8 digits"), secret=True)

    def _page_pin_again(self, layout) -> None:
        self._question(layout, self.tr("Type the same PIN again"),
                       self.tr("So that a typing slip does not lock you out."))
        self._text_field(layout, "pin_again", self.tr("The PIN again"), self.tr("4 to 8 digits"), secret=True)

    def _page_check(self, layout) -> None:
        self._question(layout, self.tr("Is everything right?"),
                       self.tr("Press \u201cBack\u201d to change an answer."))
        role = self.tr("Coordinator") if self.answers["role"] == COORDINATOR else self.tr("Volunteer")
        rows = [(self.tr("Language"), choice_name("language", self.answers["language"])),
                (self.tr("Ward or commune"), self.answers["ward"]),
                (self.tr("Name of this computer"), self.answers["device"]),
                (self.tr("First volunteer"), f"{self.answers['name']} ({role})"),
                (self.tr("PIN"), "\u2022" * len(self.answers["pin"]))]
        for caption, value in rows:
            line = set_role(QLabel(f"{caption}: {value}"), "lead")
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(line)

    # -- moving between pages ------------------------------------------------------------
    def go_back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.render()

    def go_next(self) -> None:
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        if self.page == "check":
            self.finish()
            return
        self.index += 1
        self.render()

    def show_problem(self, problem: str) -> None:
        self.error.setText(problem)
        self.error.show()
        if self.field is not None:
            set_state(self.field, "invalid", "true")
            self.field.setAccessibleDescription(problem)
            self.field.setFocus()

    def problem(self) -> str:
        """What is wrong with the answer on this page, in plain words ("" if nothing)."""
        value = self.answers.get(self.page, "")
        try:
            if self.page == "ward":
                self.seat.trainer.first_start.check_place(value, "ward")
            elif self.page == "device":
                self.seat.trainer.first_start.check_place(value, "device")
            elif self.page == "name":
                self.seat.trainer.volunteers.check_name(value)
            elif self.page == "pin":
                self.seat.trainer.volunteers.check_pin_form(value)
        except InvalidInputError as exc:
            if exc.code.startswith("volunteer.pin_") and exc.code != "volunteer.pin_form":
                return reason(exc)  # a pattern that is easy to guess: which, and what to do
            return self._explain(self.page, value)
        if self.page == "pin_again" and value != self.answers["pin"]:
            return self.tr("The two PINs are not the same. Type the PIN from the page before again.")
        return ""

    def _explain(self, page: str, value: str) -> str:
        if page == "pin":
            return self.tr("A PIN is 4 to 8 digits, for example 2468.")
        if not value.strip():
            return {"ward": self.tr("Please type the ward or commune."),
                    "device": self.tr("Please give this computer a name."),
                    "name": self.tr("Please type your name.")}[page]
        return self.tr("This is too long. Please keep it shorter.")

    def finish(self) -> None:
        answers = FirstStartAnswers(self.answers["language"], self.answers["ward"], self.answers["device"],
                                    self.answers["name"], self.answers["role"], self.answers["pin"])
        try:
            account = self.seat.trainer.first_start.complete(answers)
        except DlaError as exc:
            self.show_problem(self.tr("This could not be saved: {reason}").format(reason=reason(exc)))
            return
        self.finished.emit(account)
