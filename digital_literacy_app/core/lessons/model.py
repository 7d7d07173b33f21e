"""The lesson model the app and the command line read. Built only by `validate.py`."""

from dataclasses import dataclass, field
from pathlib import Path

AREAS = ("e-services", "cashless", "apps", "safety", "basics")
STEP_KINDS = ("explain", "practice", "quiz")
DONE = "done"


@dataclass(frozen=True)
class Text:
    """A text a learner sees, in Vietnamese (always) and English (usually)."""

    vi: str
    en: str = ""

    def get(self, lang: str) -> str:
        return (self.en or self.vi) if lang == "en" else self.vi

    def as_dict(self) -> dict:
        return {"vi": self.vi, "en": self.en}


@dataclass
class Element:
    """One thing on a practice screen. Fields that do not apply to a type stay empty."""

    type: str
    id: str | None = None
    text: Text | None = None
    label: Text | None = None
    style: str = ""
    goto: str | None = None
    warning: Text | None = None
    expect: object = None
    placeholder: Text | None = None
    keyboard: str = "text"
    secret: bool = False  # an input for a password, PIN or OTP: the phone hides what is typed
    image: Path | None = None
    alt: Text | None = None  # what an `image` shows, for those who cannot see it
    payload: str = ""
    caption: Text | None = None
    back: bool = False
    sender: Text | None = None
    time: str = ""
    caller: Text | None = None
    number: str = ""
    note: Text | None = None
    title: Text | None = None
    detail: Text | None = None
    items: list["Element"] = field(default_factory=list)
    buttons: list["Element"] = field(default_factory=list)
    link: "Element | None" = None

    @property
    def tappable(self) -> bool:
        return self.type in ("button", "item", "link")

    def children(self) -> list["Element"]:
        """Tappable parts inside this element (list items, dialog buttons, an SMS link)."""
        kids = list(self.items) + list(self.buttons)
        if self.link is not None:
            kids.append(self.link)
        return kids


@dataclass
class Screen:
    id: str
    elements: list[Element]
    app: Text | None = None
    hint: Text | None = None
    # The learner finds the element by scrolling (the basics lesson's scroll-wheel practice):
    # the phone then never scrolls it into view for them.
    learner_scrolls: bool = False

    def tappables(self) -> list[Element]:
        found = []
        for element in self.elements:
            if element.tappable:
                found.append(element)
            found.extend(element.children())
        return found

    def fields(self) -> list[Element]:
        """Inputs and checkboxes that must hold their expected value before moving on."""
        return [e for e in self.elements if e.type in ("input", "checkbox")]


@dataclass
class Step:
    id: str
    kind: str
    title: Text
    line: int


@dataclass
class ExplainStep(Step):
    text: Text = Text("")
    image: Path | None = None
    alt: Text | None = None  # what the picture shows, read by screen readers; set with every image


@dataclass
class PracticeStep(Step):
    text: Text = Text("")
    hint: Text | None = None
    start: str = ""
    refuse: bool = False
    screens: dict[str, Screen] = field(default_factory=dict)

    def hint_for(self, screen_id: str) -> Text | None:
        return self.screens[screen_id].hint or self.hint


@dataclass
class Choice:
    text: Text
    correct: bool = False
    why: Text | None = None  # for a wrong answer: why it is wrong, shown to whoever picks it


@dataclass
class QuizStep(Step):
    question: Text = Text("")
    choices: list[Choice] = field(default_factory=list)
    explanation: Text = Text("")

    def feedback(self, index: int) -> Text:
        """What to show after choice `index`: a wrong answer's own `why`, then the explanation
        of the right one; the right answer, the explanation alone."""
        choice = self.choices[index]
        if choice.correct or choice.why is None:
            return self.explanation
        return Text(f"{choice.why.vi} {self.explanation.vi}".strip(),
                    f"{choice.why.en} {self.explanation.en}".strip() if choice.why.en or self.explanation.en else "")


@dataclass
class Lesson:
    id: str
    version: int
    area: str
    title: Text
    summary: Text
    competences: list[str]
    minutes: int
    steps: list[Step]
    folder: Path
    icon: Path | None = None
    sources: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # learner groups served (rules.LESSON_GROUPS)
    checked_against: dict = field(default_factory=dict)
    learned: list[Text] = field(default_factory=list)
    next: list[str] = field(default_factory=list)
    order: int = 100

    def step_index(self, step_id: str) -> int:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)

    def summary_dict(self) -> dict:
        """The stable `lessons list --json` record."""
        return {
            "id": self.id,
            "version": self.version,
            "area": self.area,
            "title": self.title.as_dict(),
            "steps": len(self.steps),
            "minutes": self.minutes,
            "competences": list(self.competences),
            "groups": list(self.groups),
        }
