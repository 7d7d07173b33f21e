"""A practice step told in words for the take-home handout: the right way through its
screens ("tap this, then type that"), what never to tap and why, and the handout's other
fixed words in Vietnamese and English."""

from dataclasses import dataclass

from digital_literacy_app.core.lessons.model import Element, PracticeStep, Screen
from digital_literacy_app.core.practice import way_to_done

WORDS = {
    "vi": {
        "kicker": "Bình dân học vụ số · Tài liệu mang về nhà",
        "about": "Khoảng {minutes} phút · {steps} bước",
        "step": "Bước {number}",
        "practice": "Luyện tập trên điện thoại",
        "quiz": "Câu hỏi",
        "right_way": "Cách làm đúng:",
        "refuse_way": "Đây là bài tập từ chối. Cách làm đúng là không làm theo:",
        "tap": "Bấm {label}.",
        "tap_link": "Bấm vào đường link trong tin nhắn.",
        "type": "Gõ “{text}” vào ô {label}.",
        "tick": "Đánh dấu vào ô {label}.",
        "untick": "Để trống ô {label}.",
        "dont": "Đừng bấm {label}.",
        "dont_link": "Đừng bấm vào đường link trong tin nhắn.",
        "qr": "Lúc này màn hình hiện một mã QR tập{caption}. Tờ giấy này không in mã QR.",
        "answer": "Câu trả lời đúng:",
        "why": "Vì sao:",
        "learned": "Những điều đã học",
        "next": "Bài nên học tiếp",
        "footer": "Bài “{id}” · phiên bản {version}",
        "page": "Trang {page}/{pages}",
    },
    "en": {
        "kicker": "Bình dân học vụ số · Take-home sheet",
        "about": "About {minutes} minutes · {steps} steps",
        "step": "Step {number}",
        "practice": "Practice on the phone",
        "quiz": "Question",
        "right_way": "The right way:",
        "refuse_way": "This is a refusal drill. The right way is not to go along:",
        "tap": "Tap {label}.",
        "tap_link": "Tap the link in the message.",
        "type": "Type “{text}” in the box {label}.",
        "tick": "Tick the box {label}.",
        "untick": "Leave the box {label} unticked.",
        "dont": "Don't tap {label}.",
        "dont_link": "Don't tap the link in the message.",
        "qr": "Now the screen shows a practice QR code{caption}. This sheet prints no QR code.",
        "answer": "The right answer:",
        "why": "Why:",
        "learned": "What you learned",
        "next": "What to learn next",
        "footer": "Lesson “{id}” · version {version}",
        "page": "Page {page} of {pages}",
    },
}


def right_path(step: PracticeStep) -> list[tuple[Screen, Element]]:
    """The shortest way through a practice, from its first screen to `done`."""
    path = way_to_done(step)
    if not path:
        raise ValueError(f"practice '{step.id}' cannot be finished")
    return path


@dataclass(frozen=True)
class PracticeWords:
    """A practice step as sentences: what to do in order, what never to tap, QR notes."""

    actions: list[tuple[str, str]]  # ("do", sentence) in order, or ("note", what the screen shows)
    donts: list[tuple[str, str]]  # (don't tap "X", why)
    refuse: bool


def practice_words(step: PracticeStep, lang: str) -> PracticeWords:
    words = WORDS[lang]
    actions, donts = [], []
    path = right_path(step)
    # A label tapped on the way (the fake app in the Settings list) is not also a "don't"
    # (the same fake app on the home screen): on paper, without the screens, that reads
    # as a contradiction.
    seen = {words["dont"].format(label=_label(element, lang)) for _, element in path}
    for screen, element in path:
        for qr in (e for e in screen.elements if e.type == "qr"):
            caption = f": “{qr.caption.get(lang)}”" if qr.caption else ""
            actions.append(("note", words["qr"].format(caption=caption)))
        for field in screen.fields():
            actions.append(("do", _field_action(field, lang)))
        actions.append(("do", _tap_action(element, lang)))
    for screen in step.screens.values():  # every dangerous choice, on or off the shortest way
        for other in screen.tappables():
            dont = words["dont_link"] if other.type == "link" else words["dont"].format(label=_label(other, lang))
            if other.warning is not None and other.goto is None and dont not in seen:
                seen.add(dont)
                donts.append((dont, other.warning.get(lang)))
    return PracticeWords(actions, donts, step.refuse)


def _label(element: Element, lang: str) -> str:
    """The element's words in quotes; in English also the Vietnamese a real phone shows."""
    text = element.label or element.text
    if text is None:
        return f"“{element.id or ''}”"
    shown = text.get(lang)
    if lang == "en" and text.vi and text.vi != shown:
        return f"“{shown}” (“{text.vi}”)"
    return f"“{shown}”"


def _tap_action(element: Element, lang: str) -> str:
    if element.type == "link":
        return WORDS[lang]["tap_link"]
    return WORDS[lang]["tap"].format(label=_label(element, lang))


def _field_action(field: Element, lang: str) -> str:
    words = WORDS[lang]
    label = _label(field, lang)
    if field.type == "checkbox":
        return words["tick" if field.expect else "untick"].format(label=label)
    return words["type"].format(text=field.expect, label=label)
