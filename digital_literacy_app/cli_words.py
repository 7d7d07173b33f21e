"""The command line's words: the core's wording tables, in the language of the system.

Vietnamese when the system language is Vietnamese (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, or
Windows' own locale) or with `--lang vi`; English otherwise, for the support staff and
scripts that read it.
"""

import locale
import os
import sys

from digital_literacy_app.core.errors import DlaError, say


def system_language(environ=None) -> str:
    """"vi" when the user's system speaks Vietnamese, else "en"."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            first = value.split(":")[0].lower()
            return "vi" if first.startswith("vi") else "en"
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        name = ""
    return "vi" if name.lower().startswith("vi") else "en"


class Words:
    """Says a wording code on stdout (`tell`) or as a refusal on stderr (`refuse`)."""

    def __init__(self, lang: str = "en"):
        self.lang = lang

    def say(self, code: str, **details) -> str:
        return say(code, self.lang, **details)

    def tell(self, code: str, **details) -> None:
        print(self.say(code, **details))

    def refuse(self, code: str, **details) -> None:
        print(f"dla: {self.say(code, **details)}", file=sys.stderr)

    def refuse_error(self, error: DlaError) -> None:
        print(f"dla: {error.say(self.lang)}", file=sys.stderr)


words = Words()
