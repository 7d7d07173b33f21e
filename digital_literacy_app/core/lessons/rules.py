"""Content rules of the curriculum that a program can check (issue 16).

Lessons give advice people act on with their money and identity, and their practice data
must never point at anything real:

- a web address or e-mail domain a learner sees is made up and ends in `.example` or
  `.invalid` (reserved by RFC 2606, so nobody can ever buy them), unless it is one of the
  few real official addresses a lesson teaches (`OFFICIAL_ADDRESSES`). Suspicious endings
  are taught as words (".xyz, .top"), which this rule does not flag;
- a Vietnamese mobile number is shown masked with at least three x's (`09xx xxx 123`), so
  it can never be a real person's; a 1800/1900 hotline likewise (`1900 xxxx`). Short
  official numbers (113, 156, 5656) are too short to be taken for either;
- a quiz offers three or four choices, every wrong one with a short `why`, and a lesson's
  right answers do not all sit in the same place (a learner must read, not learn "A");
- a lesson names the learner groups it serves, its sources, and what it was checked against;
- every picture that carries meaning has an `alt` text saying what it shows (issue 15), not
  its file name or a bare "hình ảnh"; a practice field for a password, PIN or OTP is
  `secret`, so the phone hides what is typed as a real app does.
"""

import re
from pathlib import PurePath

from digital_literacy_app.core.text import search_key

# The groups of core/learners.py GROUPS a lesson can serve ("other" is not a target group).
LESSON_GROUPS = ("elderly", "farmer", "freelance", "suburban")
MADE_UP_ENDINGS = (".example", ".invalid")
# Real addresses a lesson may show, because learners are taught to type or check them:
# dichvucong.gov.vn, the National Public Service Portal (facts.md, B);
# csgt.bocongan.gov.vn, where the Traffic Police publish camera fines (Cục CSGT via cafef 12/8/2025).
OFFICIAL_ADDRESSES = frozenset({"dichvucong.gov.vn", "csgt.bocongan.gov.vn"})
# File names look like addresses ("nganhangmau.apk"); they are not web addresses.
FILE_ENDINGS = frozenset({"apk", "pdf", "jpg", "jpeg", "png", "svg", "zip", "exe", "doc", "docx",
                          "xls", "xlsx", "txt", "mp4"})
MIN_CHOICES, MAX_CHOICES = 3, 4

_ADDRESS = re.compile(
    r"(?<![\w.\-/])(?P<scheme>https?://)?"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<end>[a-z]{2,}))(?![\w-])",
    re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w+])(?:\+\s?)?\d[\d .\-xX]{5,}[\dxX](?!\w)")
_MOBILE_PREFIXES = ("03", "05", "07", "08", "09")
# An alt text longer than this is a paragraph, not a picture's description (a warning).
ALT_LONGEST = 150
# Alt texts that name the kind of thing, not what it shows (compared after search_key).
_EMPTY_ALTS = frozenset({
    "hinh", "anh", "hinh anh", "buc anh", "buc hinh", "buc tranh", "tranh", "hinh ve",
    "hinh minh hoa", "anh minh hoa", "minh hoa", "bieu tuong", "picture", "image", "photo",
    "icon", "illustration", "drawing", "a picture", "an image", "the picture", "the image",
})
# Labels of a field that takes a secret: a password, a PIN, an OTP or a passcode. "PIN" and
# "OTP" only in capitals: "pin" alone is a battery in Vietnamese.
_SECRET_LABEL = re.compile(r"mật khẩu|mật mã|password|passcode|\bPIN\b|\bOTP\b|mã pin|mã otp",
                           re.IGNORECASE)
_SECRET_CAPITALS = re.compile(r"\b(?:PIN|OTP)\b")


def addresses_in(text: str) -> list[str]:
    """Host names shown in a text, in the order they appear (abbreviations like TP.HCM and
    file names are not host names)."""
    found = []
    for match in _ADDRESS.finditer(text):
        host, end = match["host"], match["end"].lower()
        if not match["scheme"] and host.isupper():
            continue  # "TP.HCM": an abbreviation written in capitals
        if end in FILE_ENDINGS:
            continue
        found.append(host.lower())
    return found


def bad_addresses(text: str) -> list[str]:
    """Shown host names that are neither made up (.example/.invalid) nor official."""
    return [host for host in addresses_in(text)
            if not host.endswith(MADE_UP_ENDINGS) and host not in OFFICIAL_ADDRESSES]


def unmasked_numbers(text: str) -> list[str]:
    """Mobile-looking or 1800/1900 numbers written out in full digits."""
    found = []
    for match in _NUMBER.finditer(text):
        written = match.group().strip(" .-")
        if sum(ch in "xX" for ch in written) >= 3:
            continue
        digits = re.sub(r"\D", "", written)
        if written.startswith("+84") or (digits.startswith("84") and len(digits) == 11):
            digits = "0" + digits[2:]
        mobile = len(digits) == 10 and digits.startswith(_MOBILE_PREFIXES)
        hotline = digits.startswith(("1800", "1900")) and len(digits) in (8, 10)
        if mobile or hotline:
            found.append(written)
    return found


def shown_text_problems(text: str) -> list[str]:
    """What is wrong with one text a learner sees, as messages for `dla lessons validate`."""
    messages = []
    for host in bad_addresses(text):
        messages.append(f"the web address '{host}' must be made up and end in .example or .invalid "
                        "(teach suspicious endings such as .xyz in words, without a name before them)")
    for number in unmasked_numbers(text):
        messages.append(f"the phone number '{number}' could be a real person's or company's: "
                        "mask it with x, e.g. 09xx xxx 123, or a hotline as 1900 xxxx (số mẫu)")
    return messages


def answer_places_problem(quizzes: list) -> str | None:
    """A message when every quiz of a lesson (two or more) has its right answer in one place."""
    places = set()
    for quiz in quizzes:
        right = [index for index, choice in enumerate(quiz.choices) if choice.correct]
        if right:
            places.add(right[0])
    if len(quizzes) < 2 or len(places) != 1:
        return None
    letter = "ABCD"[places.pop()]
    return (f"the right answer is choice {letter} in every quiz of the lesson: "
            "put it in different places, so learners read every choice")


def _words(text: str) -> str:
    """A text as bare lower-case words: no accents, no punctuation, one space between."""
    return " ".join(re.split(r"[^0-9a-z]+", search_key(text))).strip()


def alt_problems(alt: str, picture: str) -> list[str]:
    """What is wrong with one language of a picture's `alt` text (the empty case is the
    reader's): a file name, or a word for "picture", says nothing of what it shows."""
    name = PurePath(picture).name
    said = _words(alt)
    if name and (said in (_words(name), _words(PurePath(name).stem)) or name.lower() in alt.lower()):
        return [f"repeats the file name '{name}': say in words what the picture shows"]
    if said in _EMPTY_ALTS:
        return [f"only says {alt!r}: say what the picture shows (who, what, doing what)"]
    return []


def looks_secret(label: str) -> bool:
    """Whether an input's label asks for a password, PIN, OTP or passcode."""
    for match in _SECRET_LABEL.finditer(label):
        word = match.group()
        if word.upper() in ("PIN", "OTP") and not _SECRET_CAPITALS.fullmatch(word):
            continue  # "pin" in small letters: a battery
        return True
    return False
