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
- a lesson names the learner groups it serves, its sources, and what it was checked against.
"""

import re

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
