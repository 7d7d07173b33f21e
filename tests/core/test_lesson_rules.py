"""The curriculum's mechanical content rules (issue 16), each reported at its line.

Made-up web addresses end in .example/.invalid; phone numbers are masked; a quiz has 3 or
4 choices, a `why` on every wrong one, and right answers in more than one place; every
lesson names its learner groups, sources and what it was checked against.
"""

import pytest

from digital_literacy_app.core.learners import GROUPS
from digital_literacy_app.core.lessons import parse_lesson_file, rules

from .test_lessons import VALID, errors_of, write

QUIZ = """\
  - id: {id}
    kind: quiz
    title: {{vi: Hỏi, en: Ask}}
    question: {{vi: Chọn đi, en: Choose}}
    choices:
{choices}    explanation: {{vi: Vì vậy, en: Because}}
"""


def choices(right: int, count: int = 3) -> str:
    lines = []
    for index in range(count):
        lines.append(f"      - text: {{vi: Ý {index}, en: Choice {index}}}\n")
        if index == right:
            lines.append("        correct: true\n")
        else:
            lines.append("        why: {vi: Vì sai, en: Wrong}\n")
    return "".join(lines)


def with_steps(*steps: str) -> str:
    """VALID with extra steps added at the end of its step list."""
    return VALID.replace("groups:", "".join(steps) + "groups:")


def line_of(path, needle: str) -> int:
    return next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if needle in text)


# --- web addresses ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,bad", [
    ("Bấm vào vneid-kichhoat.xyz để kích hoạt", ["vneid-kichhoat.xyz"]),
    ("http://nganhangmau-mokhoa.vip/dang-nhap", ["nganhangmau-mokhoa.vip"]),
    ("Trang www.nganhang-mau.top giả", ["www.nganhang-mau.top"]),
    ("Thư từ cskh@nganhangmau.com.vn", ["nganhangmau.com.vn"]),
    ("Vào NganHangMau.Com ngay", ["nganhangmau.com"]),
    ("Trang giả vneid-kichhoat.example", []),
    ("https://dichvucong-capnhat.invalid/nop-phi", []),
    ("Cổng thật là dichvucong.gov.vn", []),
    ("Tra cứu phạt nguội tại csgt.bocongan.gov.vn", []),
    ("Trang giả dichvucong.gov.vn.top/nop-phat", ["dichvucong.gov.vn.top"]),
    ("Trang có đuôi lạ như .xyz, .top, .vip là trang giả", []),
    ("Công an TP.HCM cảnh báo", []),
    ("Đừng mở tệp nganhangmau.apk", []),
    ("Phiên bản 2.1.6, giá 1.000.000 đồng, v.v.", []),
])
def test_shown_web_addresses_must_be_made_up(text, bad):
    """Only reserved endings (or the official portal) may be shown; endings taught as words,
    capital abbreviations and file names are not addresses."""
    assert rules.bad_addresses(text) == bad


def test_a_real_looking_address_is_an_error_at_its_line_wherever_it_is_shown(tmp_path):
    """In a step text, a link label, a quiz choice and a QR code's payload; both languages
    count, a problem in both is said once."""
    practice = """\
  - id: p
    kind: practice
    title: {vi: Thử, en: Try}
    text: {vi: "Tin nhắn có mau.top", en: "A message with mau.top"}
    hint: {vi: Gợi ý, en: Hint}
    screens:
      - id: s
        elements:
          - type: sms
            sender: {vi: Ngân hàng, en: Bank}
            text: {vi: Khóa tài khoản, en: Account locked}
            link: {id: l, label: {vi: "http://mau-khoa.xyz", en: "http://mau-khoa.xyz"}, warning: {vi: Lừa, en: Scam}}
          - {type: qr, payload: "https://mau-qr.vip/pay"}
          - {type: button, id: ok, label: {vi: Xóa, en: Delete}, goto: done}
"""
    path = write(tmp_path, with_steps(practice))
    found = errors_of(path)
    for needle, host in [("text: {vi: \"Tin", "mau.top"), ("link: {id: l", "mau-khoa.xyz"),
                         ("payload:", "mau-qr.vip")]:
        hits = [e for e in found if f":{line_of(path, needle)}:" in e and f"'{host}'" in e]
        assert len(hits) == 1, (host, found)
    made_up = path.read_text(encoding="utf-8").replace(".top", ".example").replace(".xyz", ".invalid")
    assert errors_of(write(tmp_path, made_up.replace(".vip", ".example"))) == []


# --- phone numbers ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,unmasked", [
    ("Gọi 0900000000 ngay", ["0900000000"]),
    ("Số 0912 345 678 của ngân hàng", ["0912 345 678"]),
    ("Số 0387.654.321", ["0387.654.321"]),
    ("Call +84 912 345 678", ["+84 912 345 678"]),
    ("Tổng đài 1900 1234", ["1900 1234"]),
    ("Tổng đài 1800 123456", ["1800 123456"]),
    ("Số lạ 09xx xxx 123 gọi", []),
    ("Số 0912 xxx xxx", []),
    ("Tổng đài 1900 xxxx (số mẫu)", []),
    ("Gọi 113, gọi 156, nhắn 5656", []),
    ("Số định danh 001234567890, tài khoản 0001234567", []),
    ("Số dư 12.500.000 đồng, ngày 01.03.2025", []),
])
def test_mobile_and_hotline_numbers_must_be_masked(text, unmasked):
    """A number that could be dialled (a 10-digit mobile, a 1800/1900 hotline) needs x's;
    ID numbers, accounts, amounts, dates and short official numbers are not phone numbers."""
    assert rules.unmasked_numbers(text) == unmasked


def test_an_unmasked_number_is_an_error_in_a_call_an_input_and_a_text(tmp_path):
    """The caller's number, what the learner is asked to type, and a text all count."""
    practice = """\
  - id: p
    kind: practice
    title: {vi: Thử, en: Try}
    text: {vi: "Gõ số 0912345678", en: "Type 0912345678"}
    hint: {vi: Gợi ý, en: Hint}
    screens:
      - id: s
        elements:
          - {type: input, id: n, label: {vi: Số, en: Number}, expect: "0912345678"}
          - type: call
            caller: {vi: Lạ, en: Stranger}
            number: "0987654321"
            buttons:
              - {id: ok, label: {vi: Cúp máy, en: Hang up}, goto: done}
"""
    path = write(tmp_path, with_steps(practice))
    found = errors_of(path)
    for needle, number in [("text: {vi: \"Gõ", "0912345678"), ("expect:", "0912345678"),
                           ("number: \"0987", "0987654321")]:
        assert any(f":{line_of(path, needle)}:" in e and f"'{number}'" in e for e in found), (number, found)
    masked = path.read_text(encoding="utf-8").replace("0912345678", "0912 xxx xxx").replace("0987654321", "09xx xxx 321")
    assert errors_of(write(tmp_path, masked)) == []


# --- quizzes ------------------------------------------------------------------------------------
@pytest.mark.parametrize("count,ok", [(2, False), (3, True), (4, True), (5, False)])
def test_a_quiz_has_three_or_four_choices(tmp_path, count, ok):
    path = write(tmp_path, with_steps(QUIZ.format(id="q2", choices=choices(1, count))))
    found = errors_of(path)
    expected = f"step 'q2' must have 3 to 4 choices (found {count})"
    assert (not any(expected in e for e in found)) == ok, found
    if not ok:
        assert [e for e in found if expected in e][0].startswith(f"{path}:{_choices_line(path, 'q2')}:")


def _choices_line(path, step_id: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"  - id: {step_id}")
    return next(n for n, text in enumerate(lines[start:], start + 1) if text.strip() == "choices:")


def test_every_wrong_choice_says_why_and_the_right_one_does_not(tmp_path):
    """A wrong answer without `why` is an error at that choice; a `why` on the right answer
    too (its reason is the explanation); the model keeps each wrong answer's why."""
    text = VALID.replace("        why: {vi: Vì sai, en: Because it is wrong}\n", "")
    path = write(tmp_path, text)
    found = errors_of(path)
    assert found == [f"{path}:{line_of(path, 'text: {vi: Sai')}: choice 2 of step 'q' is a wrong answer "
                     "without 'why': say in one short sentence why it is wrong"]
    text = VALID.replace("        correct: true\n", "        correct: true\n        why: {vi: Đúng, en: Right}\n")
    path = write(tmp_path, text)
    assert any(f":{line_of(path, 'why: {vi: Đúng')}:" in e and "is the right answer" in e for e in errors_of(path))
    lesson, _ = parse_lesson_file(write(tmp_path, VALID))
    quiz = lesson.steps[1]
    assert quiz.choices[1].why.vi == "Vì sai" and quiz.choices[0].why is None
    assert quiz.feedback(1).vi == "Vì sai Vì vậy" and quiz.feedback(0).vi == "Vì vậy"


def test_right_answers_do_not_all_sit_in_one_place(tmp_path):
    """Two quizzes with the right answer first (as in VALID) is an error at the last quiz;
    moving one right answer clears it; one quiz alone may have it anywhere."""
    path = write(tmp_path, with_steps(QUIZ.format(id="q2", choices=choices(0))))
    found = errors_of(path)
    assert found == [f"{path}:{line_of(path, '- id: q2')}: the right answer is choice A in every quiz "
                     "of the lesson: put it in different places, so learners read every choice"]
    assert errors_of(write(tmp_path, with_steps(QUIZ.format(id="q2", choices=choices(2))))) == []
    assert errors_of(write(tmp_path, VALID)) == []


# --- what every lesson declares -----------------------------------------------------------------
def test_lesson_groups_are_the_learner_groups_without_other():
    assert rules.LESSON_GROUPS == tuple(g for g in GROUPS if g != "other")


@pytest.mark.parametrize("old,new,needle", [
    ("groups: [elderly, farmer]\n", "", "the lesson is missing 'groups'"),
    ("groups: [elderly, farmer]", "groups: []", "'groups' of the lesson must name at least one"),
    ("groups: [elderly, farmer]", "groups: [elderly, retired]", "group 'retired' of the lesson must be one of"),
    ("groups: [elderly, farmer]", "groups: [farmer, farmer]", "group 'farmer' is listed twice"),
    ("groups: [elderly, farmer]", "groups: elderly", "'groups' of the lesson must be a list of texts"),
    ("sources:\n  - \"Bộ Công an via example.invalid (1/2025): a made-up source for tests\"\n", "",
     "the lesson is missing 'sources'"),
    ("sources:\n  - \"Bộ Công an via example.invalid (1/2025): a made-up source for tests\"\n",
     "sources: []\n", "'sources' of the lesson must list at least one source"),
    ("\"Bộ Công an via example.invalid (1/2025): a made-up source for tests\"", "\"  \"",
     "'sources' of the lesson must list at least one source"),
    ("checked_against: {app: none, version: \"-\", date: \"2026-01\"}\n", "",
     "the lesson is missing 'checked_against'"),
    ("date: \"2026-01\"", "date: \"\"", "'checked_against' of the lesson is missing 'date'"),
])
def test_groups_sources_and_checked_against_are_required(tmp_path, old, new, needle):
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new))
    found = errors_of(path)
    assert any(needle in e for e in found), found
    lesson, _ = parse_lesson_file(path)
    assert lesson is None


def test_groups_reach_the_model_and_the_json_listing(tmp_path):
    lesson, problems = parse_lesson_file(write(tmp_path, VALID))
    assert problems == [] and lesson.groups == ["elderly", "farmer"]
    assert lesson.summary_dict()["groups"] == ["elderly", "farmer"]
