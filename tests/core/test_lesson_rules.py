"""The curriculum's mechanical content rules (issue 16), each reported at its line.

Made-up web addresses end in .example/.invalid; phone numbers are masked; a quiz has 3 or
4 choices, a `why` on every wrong one, and right answers in more than one place; every
lesson names its learner groups, sources and what it was checked against; every picture
has an alt text saying what it shows, and every password, PIN or OTP field is secret.
"""

import unicodedata

import pytest

from digital_literacy_app.core.learners import GROUPS
from digital_literacy_app.core.lessons import Text, load_catalogue, parse_lesson_file, rules
from digital_literacy_app.core.paths import bundled_lessons_dir

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


# --- pictures speak and secrets stay hidden (issue 15) -------------------------------------------
PICTURE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 320"><rect width="480" height="320"/></svg>'
GOOD_ALT = '{vi: "Một người cầm điện thoại có tấm khiên xanh.", en: "A person holding a phone with a green shield."}'


def with_picture(tmp_path, alt: str | None, name: str = "police-desk.svg"):
    """VALID whose explain step shows a picture, with `alt` (raw YAML, or none) beside it."""
    extra = f"    image: {name}\n" + (f"    alt: {alt}\n" if alt is not None else "")
    text_line = "    text: {vi: Chữ, en: Text}\n"
    path = write(tmp_path, VALID.replace(text_line, text_line + extra))
    (path.parent / name).write_text(PICTURE, encoding="utf-8")
    return path


@pytest.mark.parametrize("alt,at,needle", [
    (None, "image:", "picture 'police-desk.svg' of step 'a' needs an 'alt' text beside it"),
    ('{vi: "", en: "A desk"}', "alt:", "'alt' of step 'a' has no Vietnamese text ('vi')"),
    ('{vi: "   ", en: "A desk"}', "alt:", "'alt' of step 'a' has no Vietnamese text ('vi')"),
    ('{vi: "Cán bộ bên bàn", en: "  "}', "alt:", "'alt' of step 'a' has no English text ('en')"),
    ("{vi: Cán bộ bên bàn}", "alt:", "'alt' of step 'a' has no English text ('en')"),
    ("Cán bộ bên bàn", "alt:", "'alt' of step 'a' must be a text with 'vi' and 'en'"),
    ("[Cán bộ, bàn]", "alt:", "'alt' of step 'a' must be a text with 'vi' and 'en'"),
    ("{vi: police-desk.svg, en: A police officer at a desk}", "alt:",
     "'alt' of step 'a' ('vi') repeats the file name 'police-desk.svg'"),
    ("{vi: Cán bộ công an bên bàn, en: Police_Desk.}", "alt:",
     "'alt' of step 'a' ('en') repeats the file name 'police-desk.svg'"),
    ('{vi: "Ảnh police-desk.svg", en: "A police officer at a desk"}', "alt:", "repeats the file name"),
    ("{vi: Hình ảnh, en: A police officer at a desk}", "alt:", "'alt' of step 'a' ('vi') only says 'Hình ảnh'"),
    ("{vi: Cán bộ công an bên bàn, en: Picture}", "alt:", "('en') only says 'Picture'"),
    ("{vi: Cán bộ, en: Officer, fr: Agent}", "alt:", "'alt' of step 'a' has unknown language keys: fr"),
])
def test_a_picture_needs_an_alt_saying_what_it_shows_in_both_languages(tmp_path, alt, at, needle):
    """Missing, empty or blank in either language, not a {vi, en} text, the file name again,
    or a word for "picture": an error at its line, and the lesson does not load."""
    path = with_picture(tmp_path, alt)
    found = errors_of(path)
    assert any(e.startswith(f"{path}:{line_of(path, at)}:") and needle in e for e in found), found
    assert parse_lesson_file(path)[0] is None


def test_a_good_alt_reaches_the_model_nfc_normalised(tmp_path):
    """Both languages kept as a Text, in NFC like every other text (typed decomposed here)."""
    decomposed = unicodedata.normalize("NFD", "Cán bộ công an bên bàn")
    path = with_picture(tmp_path, f'{{vi: "{decomposed}", en: "A police officer at a desk"}}')
    lesson, problems = parse_lesson_file(path)
    assert problems == []
    step = lesson.steps[0]
    assert step.image == path.parent / "police-desk.svg"
    assert step.alt == Text("Cán bộ công an bên bàn", "A police officer at a desk")
    assert step.alt.vi == unicodedata.normalize("NFC", step.alt.vi)
    assert lesson.steps[1].kind == "quiz"


def test_an_alt_without_a_picture_or_a_long_one(tmp_path):
    """An alt with no picture beside it is an error; one over 150 characters only a warning."""
    text_line = "    text: {vi: Chữ, en: Text}\n"
    path = write(tmp_path, VALID.replace(text_line, text_line + f"    alt: {GOOD_ALT}\n"))
    assert errors_of(path) == [f"{path}:{line_of(path, 'alt:')}: 'alt' of step 'a' describes a picture, "
                               "but step 'a' has no 'image'"]
    long = "Cán bộ công an " * 11
    path = with_picture(tmp_path, f'{{vi: "{long}", en: "A police officer at a desk"}}')
    lesson, problems = parse_lesson_file(path)
    assert lesson is not None and [p.severity for p in problems] == ["warning"]
    assert f":{line_of(path, 'alt:')}:" in str(problems[0]) and "one sentence under 150" in str(problems[0])


def test_a_picture_on_a_practice_screen_needs_an_alt_too(tmp_path):
    practice = """\
  - id: p
    kind: practice
    title: {vi: Thử, en: Try}
    text: {vi: Bấm Tiếp, en: Tap Next}
    hint: {vi: Gợi ý, en: Hint}
    screens:
      - id: s
        elements:
          - type: image
            image: shop.svg
          - {type: button, id: ok, label: {vi: Tiếp, en: Next}, goto: done}
"""
    path = write(tmp_path, with_steps(practice))
    (path.parent / "shop.svg").write_text(PICTURE, encoding="utf-8")
    found = errors_of(path)
    assert found == [f"{path}:{line_of(path, 'image: shop.svg')}: picture 'shop.svg' of element 1 of screen 's' "
                     "(image) needs an 'alt' text beside it: one short sentence saying what it shows, "
                     "as alt: {vi: ..., en: ...}"]
    path = write(tmp_path, with_steps(practice.replace(
        "            image: shop.svg\n",
        "            image: shop.svg\n            alt: {vi: Cửa hàng có mái hiên cam, en: A shop with an orange awning}\n")))
    lesson, problems = parse_lesson_file(path)
    assert problems == []
    image = lesson.steps[2].screens["s"].elements[0]
    assert image.alt == Text("Cửa hàng có mái hiên cam", "A shop with an orange awning")


SECRET_PRACTICE = """\
  - id: p
    kind: practice
    title: {{vi: Thử, en: Try}}
    text: {{vi: Gõ mã, en: Type the code}}
    hint: {{vi: Gợi ý, en: Hint}}
    screens:
      - id: s
        elements:
          - type: input
            id: code
            label: {label}
{extra}            expect: "480213"
          - {{type: button, id: ok, label: {{vi: Tiếp, en: Next}}, goto: done}}
"""


@pytest.mark.parametrize("label", ["{vi: Mã OTP, en: OTP code}", "{vi: Mật khẩu, en: Password}",
                                   "{vi: Mã PIN Smart OTP, en: Smart OTP PIN}", "{vi: Nhập lại mã pin, en: Again}",
                                   '{vi: "Passcode (6 số)", en: "Passcode (6 digits)"}',
                                   "{vi: Mã xác nhận, en: Verification code (OTP)}"])
def test_a_field_for_a_password_pin_or_otp_must_be_secret(tmp_path, label):
    """Without `secret: true` it is an error at its label; with it the field is secret."""
    path = write(tmp_path, with_steps(SECRET_PRACTICE.format(label=label, extra="")))
    found = errors_of(path)
    assert len(found) == 1 and found[0].startswith(f"{path}:{line_of(path, 'label: ' + label[:12])}:"), found
    assert "asks for a password, PIN or OTP" in found[0] and "add 'secret: true'" in found[0]
    path = write(tmp_path, with_steps(SECRET_PRACTICE.format(label=label, extra="            secret: true\n")))
    lesson, problems = parse_lesson_file(path)
    assert problems == [] and lesson.steps[2].screens["s"].elements[0].secret is True


def test_secret_is_true_or_false_and_other_fields_are_not_secret(tmp_path):
    path = write(tmp_path, with_steps(SECRET_PRACTICE.format(label="{vi: Mã OTP, en: OTP code}",
                                                             extra="            secret: yes please\n")))
    assert any(f":{line_of(path, 'secret:')}:" in e and "'secret' of element 1 of screen 's' (input) must be "
               "true or false" in e for e in errors_of(path))
    path = write(tmp_path, with_steps(SECRET_PRACTICE.format(label="{vi: Dung lượng pin, en: Battery level}",
                                                             extra="")))
    lesson, problems = parse_lesson_file(path)
    assert problems == [] and lesson.steps[2].screens["s"].elements[0].secret is False


@pytest.mark.parametrize("label,secret", [
    ("Mật khẩu", True), ("Nhập mật khẩu mới", True), ("Mã OTP", True), ("Mã PIN Smart OTP", True),
    ("mã pin", True), ("Passcode (6 số)", True), ("Password", True), ("Enter the PIN", True),
    ("Pin điện thoại", False), ("Sạc pin", False), ("Số tiền", False), ("Mã khách hàng", False),
    ("Spinach", False), ("Số định danh cá nhân", False),
])
def test_which_labels_ask_for_a_secret(label, secret):
    """PIN and OTP only in capitals (or after "mã"): "pin" alone is a battery in Vietnamese."""
    assert rules.looks_secret(label) is secret


def test_every_bundled_picture_speaks_and_every_bundled_secret_is_hidden():
    """Each explain picture and practice picture of the bundled lessons has an alt in both
    languages that is not its file name; each password, PIN or OTP field is secret."""
    catalogue = load_catalogue([bundled_lessons_dir()])
    assert not catalogue.errors
    pictures = secrets = 0
    for lesson in catalogue.lessons:
        elements = [e for step in lesson.steps if step.kind == "practice"
                    for screen in step.screens.values() for e in screen.elements]
        shown = [(step.image, step.alt) for step in lesson.steps if step.kind == "explain" and step.image]
        shown += [(e.image, e.alt) for e in elements if e.type == "image"]
        for image, alt in shown:
            assert alt is not None and alt.vi.strip() and alt.en.strip(), (lesson.id, image.name)
            assert rules.alt_problems(alt.vi, image.name) == rules.alt_problems(alt.en, image.name) == []
            assert len(alt.vi) <= 150 and len(alt.en) <= 150, (lesson.id, image.name)
            pictures += 1
        for field in (e for e in elements if e.type == "input"):
            assert field.secret == (rules.looks_secret(field.label.vi) or rules.looks_secret(field.label.en))
            secrets += field.secret
    assert pictures >= 130 and secrets >= 10
