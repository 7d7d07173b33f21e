"""Every refusal has a reason code, worded in Vietnamese and in English.

The codes are read from the core's own source (every `...Error("code"` it raises), so a new
refusal without words in both tables fails here, and so does a sentence whose placeholders
the code does not give.
"""

import re
import string
from pathlib import Path

import pytest

import digital_literacy_app
from digital_literacy_app.core import wording
from digital_literacy_app.core.errors import DlaError, InvalidInputError, Note
from digital_literacy_app.core.first_start import clean_place
from digital_literacy_app.core.lessons.model import Text
from digital_literacy_app.core.sessions import clean_text

PACKAGE = Path(digital_literacy_app.__file__).parent
EN, VI = wording.en.MESSAGES, wording.vi.MESSAGES
RAISED = re.compile(r"(?:Error|Cancelled|Note)\(\s*\"([a-z_]+\.[a-z_]+)\"")
TEMPLATED = re.compile(r"(?:Error|Cancelled|Note)\(\s*f\"([a-z_]+)\.\{")
SESSION_FIELDS = re.compile(r"clean_text\([^,]+, \"(\w+)\"")
WORDED_CALLS = re.compile(r"(?:words\.(?:tell|refuse|say)|say)\(\s*\"([a-z_]+\.[a-z_]+)\"")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


def codes_in_source() -> set[str]:
    text = sources()
    codes = set(RAISED.findall(text)) | set(WORDED_CALLS.findall(text))
    fields = set(SESSION_FIELDS.findall((PACKAGE / "core" / "sessions.py").read_text(encoding="utf-8")))
    codes |= {f"session.{field}_{rule}" for field in fields for rule in ("empty", "too_long")}
    codes |= {f"first_start.{what}_{rule}" for what in ("ward", "device") for rule in ("empty", "too_long")}
    return codes | {"pin.locked"}  # PinLockedError's default code


def test_both_languages_word_exactly_the_same_codes():
    assert set(EN) == set(VI)
    assert len(EN) > 120


def test_every_code_the_app_raises_or_says_has_words_in_both_languages():
    missing = sorted(code for code in codes_in_source() if code not in EN or code not in VI)
    assert missing == []
    templated = set(TEMPLATED.findall(sources()))
    assert templated <= {"session", "first_start"}, "a new templated code: add it to codes_in_source()"


def test_the_vietnamese_sentence_asks_only_for_what_the_english_one_is_given():
    """The code's caller gives the English placeholders; Vietnamese may use fewer, never
    others (a missing one would show the raw template)."""
    for code, template in VI.items():
        extra = placeholders(template) - placeholders(EN[code])
        allowed = {"file"} if code == "cli.refused" else set()
        assert extra <= allowed, (code, extra)


@pytest.mark.parametrize("code", sorted(EN))
def test_each_code_reads_as_a_sentence_in_both_languages(code):
    """Filled with sample values, each sentence is complete: no braces left, no English in
    the Vietnamese one unless it is a name, a path or a command."""
    details = {name: f"<{name}>" for name in placeholders(EN[code]) | placeholders(VI[code])}
    english, vietnamese = wording.say(code, "en", **details), wording.say(code, "vi", **details)
    for sentence in (english, vietnamese):
        assert "{" not in sentence and sentence.strip()
    if placeholders(VI[code]) != {"detail", "where"}:  # cli.os_error is only the system's words
        assert vietnamese != english, code
    assert not re.search(r"(?<!\w)bạn(?!\w)", vietnamese, re.IGNORECASE), "no 'bạn' to an older person"


def test_an_error_speaks_either_language_and_keeps_its_code():
    error = InvalidInputError("learner.birth_year_range", year=1850, last=2026)
    assert error.code == "learner.birth_year_range"
    assert str(error) == "The birth year must be between 1900 and 2026 (got 1850)."
    assert error.say("vi") == "Năm sinh phải từ 1900 đến 2026."
    assert error.say("fr") == str(error)  # a language without a table: English
    assert DlaError("some.future_code").say("vi") == "some.future_code"  # still something to quote


def test_a_detail_that_exists_in_both_languages_is_given_in_the_sentences_language():
    title = Text("An toàn trên mạng", "Staying safe online")
    error = DlaError("certificate.not_eligible", name="Hoa", kind=Text("khoá học", "course"), title=title,
                     count=2, lessons="sms-links, never-share-otp")
    assert "course 'Staying safe online'" in str(error)
    assert "khoá học “An toàn trên mạng”" in error.say("vi")


def test_notes_are_worded_like_errors():
    note = Note("sync.odd_times", count=3)
    assert note.say("vi") == "3 bản ghi có ngày giờ lạ (đồng hồ máy bị sai?); vẫn được giữ."
    assert note == Note("sync.odd_times", count=3) and "implausible" in str(note)


@pytest.mark.parametrize("field", sorted(set(SESSION_FIELDS.findall(
    (PACKAGE / "core" / "sessions.py").read_text(encoding="utf-8")))))
def test_each_field_of_a_session_has_its_own_words(field):
    with pytest.raises(InvalidInputError) as refused:
        clean_text("", field)
    assert refused.value.code == f"session.{field}_empty" and wording.known(refused.value.code)
    with pytest.raises(InvalidInputError) as refused:
        clean_text("x" * 500, field)
    assert wording.known(refused.value.code)


def test_each_place_of_the_first_start_has_its_own_words():
    for what in ("ward", "device"):
        for text in ("", "P" * 100):
            with pytest.raises(InvalidInputError) as refused:
                clean_place(text, what)
            assert wording.known(refused.value.code), refused.value.code


def test_every_refusal_of_a_sync_file_says_what_to_do_next():
    """Damaged, incomplete, unreadable or sealed for another PC: each says the next step in
    both languages (copy it again, put the stick back, take it to the right PC)."""
    from digital_literacy_app.core.wording import en, vi

    refusals = [code for code in vi.MESSAGES if code.startswith("sync.") and code not in (
        "sync.export_cancelled", "sync.import_stopped_before", "sync.import_stopped_during", "sync.events_held",
        "sync.already_imported", "sync.events_retired", "sync.events_forgotten", "sync.odd_times",
        "sync.events_await_erasure")]  # notes, not refusals
    assert len(refusals) > 25
    vague = [code for code in refusals if not any(step in vi.MESSAGES[code] for step in ("Hãy", "hãy", "Báo"))]
    vague_en = [code for code in refusals if not any(step in en.MESSAGES[code] for step in (
        "again", "Update", "Take it", "Tell the", "ask the", "Choose", "Bring", "import"))]
    assert vague == [] and vague_en == []
