"""Typed values out of a parsed lesson file, each mismatch recorded as a Problem with its line.

Shared by lesson.yaml and courses.yaml. Every message names the key and says what is
expected, so a volunteer can fix the file from `dla lessons validate` alone. Every text a
learner will see passes through `text()`, which is also where the content rules for shown
text (made-up web addresses, masked phone numbers) are applied, with the text's line.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from digital_literacy_app.core.lessons import rules
from digital_literacy_app.core.lessons.model import Text
from digital_literacy_app.core.lessons.yamlsource import LineDict, LineList, brief
from digital_literacy_app.core.text import nfc

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        prefix = "" if self.severity == "error" else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


class Reader:
    """Reads typed values out of LineDicts, recording a Problem for each mismatch."""

    def __init__(self, path: Path):
        self.path = path
        self.folder = path.parent
        self.problems: list[Problem] = []
        self.goto_lines: dict[int, int] = {}
        self.error_count = 0  # kept as they come: counting the list each time is quadratic

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))
        self.error_count += 1

    def warn(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, "warning"))

    def shown(self, value: str, line: int, what: str) -> None:
        """A plain string a learner sees or types (a caller's number, a QR's text):
        the same content rules as for texts."""
        for message in rules.shown_text_problems(value):
            self.error(line, f"{what}: {message}")

    def mapping(self, value, line: int, what: str) -> LineDict | None:
        if isinstance(value, LineDict):
            for key, dup_line in value.duplicates:
                self.error(dup_line, f"'{key}' appears twice in {what}")
            return value
        self.error(line, f"{what} must be a mapping of keys and values")
        return None

    def require(self, data: LineDict, key: str, what: str):
        if key not in data or data[key] is None:
            self.error(data.line, f"{what} is missing '{key}'")
            return None
        return data[key]

    def text(self, data: LineDict, key: str, what: str, required: bool = True) -> Text | None:
        if key not in data or data[key] is None:
            if required:
                self.error(data.line, f"{what} is missing '{key}'")
            return None
        value, line = data[key], data.line_of(key)
        if isinstance(value, str):
            self.warn(line, f"'{key}' of {what} has no English version: write it as {{vi: ..., en: ...}}")
            return self._checked(Text(nfc(value)), line, f"'{key}' of {what}")
        if not isinstance(value, LineDict):
            self.error(line, f"'{key}' of {what} must be a text with 'vi' and 'en'")
            return None
        vi, en = value.get("vi"), value.get("en")
        if not isinstance(vi, str) or not vi.strip():
            self.error(line, f"'{key}' of {what} has no Vietnamese text ('vi')")
            return None
        if en is None or (isinstance(en, str) and not en.strip()):
            self.warn(line, f"'{key}' of {what} has no English version ('en')")
            en = ""
        elif not isinstance(en, str):
            self.error(line, f"'en' of '{key}' in {what} must be text")
            en = ""
        unknown = set(value) - {"vi", "en"}
        if unknown:
            self.error(line, f"'{key}' of {what} has unknown language keys: "
                             f"{', '.join(sorted(map(str, unknown)))} (a text with a comma or colon "
                             "inside {vi: ..., en: ...} must be in quotes)")
        return self._checked(Text(nfc(vi), nfc(en)), line, f"'{key}' of {what}")

    def _checked(self, text: Text, line: int, what: str) -> Text:
        """The shown-text rules over both languages, each problem said once."""
        messages = rules.shown_text_problems(text.vi) + rules.shown_text_problems(text.en)
        for message in dict.fromkeys(messages):
            self.error(line, f"{what}: {message}")
        return text

    def identifier(self, data: LineDict, key: str, what: str) -> str | None:
        value = self.require(data, key, what)
        if value is None:
            return None
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.error(data.line_of(key), f"'{key}' of {what} must use only a-z, 0-9 and '-' (found {brief(value)})")
            return None
        return value

    def integer(self, data: LineDict, key: str, what: str, low: int, high: int) -> int | None:
        value = self.require(data, key, what)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.error(data.line_of(key), f"'{key}' of {what} must be a whole number from {low} to {high} (found {brief(value)})")
            return None
        return value

    def choice(self, data: LineDict, key: str, allowed, what: str, default: str = "") -> str:
        value = data.get(key, default)
        if value is None:
            value = default
        if value not in allowed:
            shown = ", ".join(a for a in allowed if a)
            self.error(data.line_of(key), f"'{key}' of {what} must be one of {shown} (found {brief(value)})")
            return default
        return value

    def boolean(self, data: LineDict, key: str, what: str, default: bool = False) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.error(data.line_of(key), f"'{key}' of {what} must be true or false")
            return default
        return value

    def plain(self, data: LineDict, key: str, what: str) -> str:
        """A short value shown as it is written (a time, a phone number): text, a number or
        a date, never a list or mapping; "" when it is missing."""
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, (dict, list)):
            self.error(data.line_of(key), f"'{key}' of {what} must be text")
            return ""
        return str(value)

    def image(self, data: LineDict, key: str, what: str) -> Path | None:
        value = data.get(key)
        if value is None:
            return None
        line = data.line_of(key)
        if not isinstance(value, str) or not value.strip():
            self.error(line, f"'{key}' of {what} must be a file name")
            return None
        try:  # a NUL or a name longer than the system allows raises, not a verdict
            return self._picture(value, line, what)
        except (OSError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self.error(line, f"picture {brief(value)} of {what} cannot be a file name here ({reason})")
            return None

    def alt(self, data: LineDict, what: str, image_key: str = "image") -> Text | None:
        """The text alternative of the picture under `image_key`: what it shows, in Vietnamese
        and English, both required (a screen reader reads it to a learner who cannot see the
        picture). Missing, empty, a bare file name or "hình ảnh" is an error at its line."""
        picture = data.get(image_key)
        value = data.get("alt")
        if value is None:
            if isinstance(picture, str) and picture.strip():
                self.error(data.line_of(image_key),
                           f"picture {brief(picture)} of {what} needs an 'alt' text beside it: one short "
                           "sentence saying what it shows, as alt: {vi: ..., en: ...}")
            return None
        line = data.line_of("alt")
        if picture is None:
            self.error(line, f"'alt' of {what} describes a picture, but {what} has no '{image_key}'")
        if not isinstance(value, LineDict):
            self.error(line, f"'alt' of {what} must be a text with 'vi' and 'en': alt: {{vi: ..., en: ...}}")
            return None
        unknown = set(value) - {"vi", "en"}
        if unknown:
            self.error(line, f"'alt' of {what} has unknown language keys: "
                             f"{', '.join(sorted(map(str, unknown)))} (a text with a comma or colon "
                             "inside {vi: ..., en: ...} must be in quotes)")
        texts = {}
        for lang, language in (("vi", "Vietnamese"), ("en", "English")):
            said = value.get(lang)
            if not isinstance(said, str) or not said.strip():
                self.error(line, f"'alt' of {what} has no {language} text ('{lang}'): "
                                 "say what the picture shows in both languages")
            else:
                texts[lang] = nfc(said)
        if len(texts) < 2:
            return None
        alt = self._checked(Text(texts["vi"], texts["en"]), line, f"'alt' of {what}")
        name = picture if isinstance(picture, str) else ""
        for lang in ("vi", "en"):
            for message in rules.alt_problems(texts[lang], name):
                self.error(line, f"'alt' of {what} ('{lang}') {message}")
            if len(texts[lang]) > rules.ALT_LONGEST:
                self.warn(line, f"'alt' of {what} ('{lang}') is {len(texts[lang])} characters long: "
                                f"keep it to one sentence under {rules.ALT_LONGEST}; the step text says the rest")
        return alt

    def _picture(self, value: str, line: int, what: str) -> Path | None:
        path = (self.folder / value).resolve()
        if self.folder.resolve() not in path.parents:
            self.error(line, f"picture '{value}' of {what} must be inside the lesson folder")
            return None
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            self.error(line, f"picture '{value}' of {what} must be SVG, PNG or JPEG")
            return None
        if not path.is_file():
            self.error(line, f"picture '{value}' of {what} does not exist in {self.folder}")
            return None
        return path

    def string_list(self, data: LineDict, key: str, what: str) -> list[str]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, LineList) or not all(isinstance(v, str) for v in value):
            self.error(data.line_of(key), f"'{key}' of {what} must be a list of texts")
            return []
        return [nfc(v) for v in value]


def known_keys(r: Reader, data: LineDict, known: set, what: str) -> None:
    """Name every key the format does not have (usually a typo of one it has)."""
    for key in data:
        if key not in known:
            r.error(data.line_of(key), f"unknown key '{key}' in {what}")
