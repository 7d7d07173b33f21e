"""The words for every reason code and command-line message, one table per language.

`say(code, lang, **details)` fills the template of `code` in `lang` (Vietnamese or
English). The tables hold plain sentences a volunteer can read out; both languages hold
exactly the same codes with the same placeholders (tests/core/test_wording.py).
"""

from digital_literacy_app.core.wording import en, vi

LANGUAGES = ("vi", "en")
TABLES = {"en": en.MESSAGES, "vi": vi.MESSAGES}


def say(code: str, lang: str = "en", /, **details) -> str:
    """The sentence for `code` in `lang`. A detail that exists in both languages (a lesson
    title, a `Text`) is given in `lang`."""
    table = TABLES.get(lang, en.MESSAGES)
    template = table.get(code) or en.MESSAGES.get(code)
    if template is None:
        return code  # a code this version does not know: still something to quote to support
    shown = {key: value.get(lang) if hasattr(value, "get") and hasattr(value, "vi") else value
             for key, value in details.items()}
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return template


def known(code: str) -> bool:
    return code in en.MESSAGES and code in vi.MESSAGES
