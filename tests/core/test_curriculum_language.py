"""The bundled lessons speak to learners as issue 16 asks: respectfully, plainly, briefly.

- never "bạn" to a learner who may be seventy: sentences without a pronoun ("Bấm nút Xóa
  tin nhắn."), "ông/bà" where one is unavoidable; "bạn" only as the noun friend
  ("bạn bè", "người bạn", Zalo's "kết bạn");
- at most 15 words (Vietnamese syllables) a sentence in what the lesson itself says, and 18
  English words, a quoted button name or a gloss in brackets counting as one; a scammer's
  message on a practice phone is quoted as scammers write it;
- "đường link" and "thư điện tử", not a bare English "link" or "email".

These read the real `lessons/` folder, so they fail the moment a lesson regresses.
"""

import re

import pytest

from digital_literacy_app.core.lessons import load_catalogue
from digital_literacy_app.core.lessons.model import ExplainStep, PracticeStep, QuizStep, Text
from digital_literacy_app.core.paths import bundled_lessons_dir

MAX_VI_WORDS, MAX_EN_WORDS = 15, 18
FRIEND = re.compile(r"\b(?:bạn bè|người bạn|kết bạn|bạn thân)\b", re.IGNORECASE)
BAN = re.compile(r"(?<!\w)bạn(?!\w)", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?…:;])[”\"’)]*\s+|\n+")


@pytest.fixture(scope="module")
def lessons():
    """Every bundled lesson: one that fails validation would otherwise escape these checks."""
    found = load_catalogue([bundled_lessons_dir()]).lessons
    assert len(found) == len(list(bundled_lessons_dir().glob("*/lesson.yaml"))) > 0
    return found


def taught_texts(lesson):
    """(where, Text) for everything the lesson itself says: summary, learned, step texts,
    hints, warnings, questions, answers and their reasons, labels; not the words a scammer's
    SMS or caller says on a practice screen."""
    yield "summary", lesson.summary
    for index, text in enumerate(lesson.learned):
        yield f"learned[{index}]", text
    for step in lesson.steps:
        yield f"{step.id}.title", step.title
        if isinstance(step, ExplainStep):
            yield f"{step.id}.text", step.text
        elif isinstance(step, QuizStep):
            yield f"{step.id}.question", step.question
            yield f"{step.id}.explanation", step.explanation
            for number, choice in enumerate(step.choices, 1):
                yield f"{step.id}.choice{number}", choice.text
                if choice.why:
                    yield f"{step.id}.choice{number}.why", choice.why
        elif isinstance(step, PracticeStep):
            yield f"{step.id}.text", step.text
            if step.hint:
                yield f"{step.id}.hint", step.hint
            for screen in step.screens.values():
                yield from screen_texts(f"{step.id}/{screen.id}", screen)


def screen_texts(where, screen):
    if screen.hint:
        yield f"{where}.hint", screen.hint
    for element in screen.elements:
        for name in ("label", "warning", "detail", "placeholder", "caption", "title"):
            if isinstance(getattr(element, name), Text):
                yield f"{where}.{element.type}.{name}", getattr(element, name)
        if element.type in ("text", "header", "dialog") and element.text:
            yield f"{where}.{element.type}.text", element.text
        for child in element.children():
            for name in ("label", "warning", "detail"):
                if isinstance(getattr(child, name), Text):
                    yield f"{where}.{child.id}.{name}", getattr(child, name)


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|\([^)]*\)")


def word_count(sentence: str) -> int:
    """Words of a sentence; a quoted button name ("Gửi yêu cầu") or a gloss in brackets
    counts as one word, as it is read as one thing."""
    return len([w for w in QUOTED.sub(" X ", sentence).split() if re.search(r"\w", w)])


def test_the_sentence_splitter_and_counter():
    """Known answers for the measure the next test uses."""
    text = "Bấm nút “Xóa tin nhắn.” Không đọc mã OTP cho ai – kể cả người thân.\nXong."
    assert sentences(text) == ["Bấm nút “Xóa tin nhắn.",
                               "Không đọc mã OTP cho ai – kể cả người thân.", "Xong."]
    assert [word_count(s) for s in sentences(text)] == [5, 10, 1]
    assert word_count('Bấm "Gửi yêu cầu cập nhật" (send an update request) ngay.') == 4
    assert sentences("Số dư 1.000.000 đồng tại TP.HCM.") == ["Số dư 1.000.000 đồng tại TP.HCM."]


def test_no_lesson_calls_the_learner_bạn(lessons):
    """Every text, simulated screens included (a bank app says "Quý khách", not "bạn")."""
    found = []
    for lesson in lessons:
        for where, text in taught_texts(lesson):
            if BAN.search(FRIEND.sub("", text.vi)):
                found.append(f"{lesson.id}/{where}: {text.vi}")
    assert found == []


def test_sentences_are_short_in_both_languages(lessons):
    """At most 15 Vietnamese words (syllables) and 18 English words a sentence."""
    long_ones = []
    for lesson in lessons:
        for where, text in taught_texts(lesson):
            for lang, limit in (("vi", MAX_VI_WORDS), ("en", MAX_EN_WORDS)):
                for sentence in sentences(getattr(text, lang)):
                    if word_count(sentence) > limit:
                        long_ones.append(f"{lesson.id}/{where} [{lang} {word_count(sentence)}]: {sentence}")
    assert long_ones == [], "\n".join(long_ones)


def test_english_words_are_glossed_or_replaced(lessons):
    """"link" always as "đường link"; "email" as "thư điện tử" (a real app's button aside)."""
    found = []
    for lesson in lessons:
        for where, text in taught_texts(lesson):
            bare_link = re.search(r"(?<!đường )(?<!Đường )\blink\b", text.vi)
            if bare_link or re.search(r"\be-?mail\b", text.vi, re.IGNORECASE):
                found.append(f"{lesson.id}/{where}: {text.vi}")
    assert found == []


SECRET_LABELS = re.compile(r"mật khẩu|mã pin|passcode|mã otp", re.IGNORECASE)


def practice_secrets(lesson) -> set[str]:
    """What a practice asks to be typed as a password, PIN, passcode or OTP."""
    found = set()
    for step in lesson.steps:
        if isinstance(step, PracticeStep):
            for screen in step.screens.values():
                for field in screen.fields():
                    if field.type == "input" and field.label and SECRET_LABELS.search(field.label.vi):
                        found.add(str(field.expect))
    return found


def weak(secret: str) -> bool:
    """A code anyone would guess: one digit repeated, a run like 123456, or '123' inside."""
    digits = "0123456789"
    return (len(set(secret)) == 1 or secret in digits or secret in digits[::-1]
            or "123" in secret or len(secret) < 6)


def test_practice_secrets_differ_from_each_other_and_are_not_weak(lessons):
    """No one code for everything: a practice password, PIN, passcode or OTP belongs to one
    lesson only, and none is a guessable code next to advice for strong ones."""
    owners: dict[str, list[str]] = {}
    for lesson in lessons:
        for secret in practice_secrets(lesson):
            owners.setdefault(secret, []).append(lesson.id)
    assert len(owners) >= 8, "the walk found the practice secrets"
    shared = {secret: ids for secret, ids in owners.items() if len(ids) > 1}
    assert shared == {}
    assert [secret for secret in owners if weak(secret)] == []


def test_the_secret_check_itself():
    assert weak("123456") and weak("000000") and weak("Mau@123456") and weak("mau12")
    assert not weak("482915") and not weak("Cau#Tre81")
