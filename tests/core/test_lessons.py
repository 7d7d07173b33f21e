"""The lesson validator: every problem reported with its file and line."""

import textwrap
from pathlib import Path

import pytest

from digital_literacy_app.core.lessons import load_catalogue, parse_lesson_file
from digital_literacy_app.core.lessons.model import PracticeStep, QuizStep
from digital_literacy_app.core.lessons.vietqr import check_practice_payload, crc16_ccitt_false, with_crc

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "lessons"

VALID = textwrap.dedent("""\
    id: tiny
    version: 1
    area: safety
    title: {vi: Bài nhỏ, en: Tiny}
    summary: {vi: Tóm tắt, en: Summary}
    competences: ["4.2"]
    minutes: 3
    steps:
      - id: a
        kind: explain
        title: {vi: Một, en: One}
        text: {vi: Chữ, en: Text}
      - id: q
        kind: quiz
        title: {vi: Hỏi, en: Ask}
        question: {vi: Đúng không?, en: Right?}
        choices:
          - text: {vi: Đúng, en: "Yes"}
            correct: true
          - text: {vi: Sai, en: "No"}
            why: {vi: Vì sai, en: Because it is wrong}
          - text: {vi: Chưa biết, en: Not sure}
            why: {vi: Vì đã học rồi, en: Because it was taught}
        explanation: {vi: Vì vậy, en: Because}
    groups: [elderly, farmer]
    sources:
      - "Bộ Công an via example.invalid (1/2025): a made-up source for tests"
    checked_against: {app: none, version: "-", date: "2026-01"}
    """)


def write(tmp_path: Path, text: str, name: str = "tiny") -> Path:
    folder = tmp_path / name
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "lesson.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(path: Path) -> list[str]:
    lesson, problems = parse_lesson_file(path)
    return [str(p) for p in problems if p.severity == "error"]


def test_valid_lesson_loads_with_every_step_kind():
    """The fixture lesson loads into the model with explain, practice and quiz steps."""
    catalogue = load_catalogue([FIXTURE])
    assert not catalogue.errors
    lesson = catalogue.get("sample-lesson")
    assert [s.kind for s in lesson.steps] == ["explain", "practice", "practice", "quiz"]
    assert isinstance(lesson.steps[1], PracticeStep) and lesson.steps[1].start == "form"
    assert isinstance(lesson.steps[3], QuizStep) and lesson.steps[3].choices[1].correct
    assert lesson.steps[2].refuse is True
    assert lesson.title.get("en") == "Sample lesson"


def test_yaml_syntax_error_gives_its_line(tmp_path):
    """A broken YAML file is reported at the line where the parser failed."""
    path = write(tmp_path, VALID.replace("minutes: 3", "minutes: [3"))
    found = errors_of(path)
    assert len(found) == 1 and "YAML syntax error" in found[0]
    assert found[0].startswith(f"{path}:")


@pytest.mark.parametrize("old,new,line,needle", [
    ("minutes: 3", "minutes: three", 7, "'minutes' of the lesson must be a whole number"),
    ("title: {vi: Một, en: One}", "title: {en: One}", 11, "no Vietnamese text"),
    ("kind: explain", "kind: video", 10, "unknown step kind 'video'"),
    ("        correct: true\n", "", 17, "has no right answer"),
    ("area: safety", "area: games", 3, "'area' must be one of"),
    ("  - id: q\n", "  - id: a\n", 13, "step id 'a' is used twice"),
])
def test_each_mistake_is_reported_at_its_line(tmp_path, old, new, line, needle):
    """Wrong types, missing Vietnamese, unknown kinds, no right answer, duplicate ids."""
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new))
    found = errors_of(path)
    assert any(f"{path}:{line}:" in e and needle in e for e in found), found


def test_goto_to_missing_screen_and_missing_picture(tmp_path):
    """A practice that leads nowhere, and a picture that is not there, are both errors."""
    extra = (
        "  - id: p\n"
        "    kind: practice\n"
        "    title: {vi: Thử, en: Try}\n"
        "    text: {vi: Bấm, en: Tap}\n"
        "    hint: {vi: Gợi ý, en: Hint}\n"
        "    screens:\n"
        "      - id: home\n"
        "        elements:\n"
        "          - {type: image, image: missing.svg}\n"
        "          - {type: button, id: go, label: {vi: Đi, en: Go}, goto: nowhere}\n"
    )
    path = write(tmp_path, VALID.replace("groups:", extra + "groups:"))
    found = errors_of(path)
    assert any(":33:" in e and "missing.svg" in e for e in found), found
    assert any(":34:" in e and "screen 'nowhere', which does not exist" in e for e in found), found
    assert any(":25:" in e and "can never be finished" in e for e in found), found


def test_comma_inside_short_text_is_explained(tmp_path):
    """An unquoted comma in {vi: ..., en: ...} breaks the text; the message says to quote it."""
    path = write(tmp_path, VALID.replace("text: {vi: Chữ, en: Text}", "text: {vi: Chữ, thêm, en: Text}"))
    found = errors_of(path)
    assert any(":12:" in e and "must be in quotes" in e for e in found), found


def test_missing_english_is_a_warning_not_an_error(tmp_path):
    """A volunteer may write Vietnamese only: the lesson still loads, with a warning."""
    path = write(tmp_path, VALID.replace("text: {vi: Chữ, en: Text}", "text: Chữ"))
    lesson, problems = parse_lesson_file(path)
    assert lesson is not None
    assert [p.severity for p in problems] == ["warning"]


def test_duplicate_lesson_ids_across_files(tmp_path):
    """Two folders claiming one lesson id: the second is refused, naming the first."""
    write(tmp_path, VALID, "one")
    write(tmp_path, VALID, "two")
    catalogue = load_catalogue([tmp_path])
    assert len(catalogue.lessons) == 1
    assert any("already used by" in str(p) for p in catalogue.errors)


def test_texts_are_nfc_normalised(tmp_path):
    """Decomposed Vietnamese in a lesson file is stored composed."""
    import unicodedata
    path = write(tmp_path, VALID.replace("Bài nhỏ", unicodedata.normalize("NFD", "Bài nhỏ")))
    lesson, _ = parse_lesson_file(path)
    assert lesson.title.vi == "Bài nhỏ"


def test_practice_vietqr_rules():
    """A practice code needs a correct CRC and the no-bank BIN 999999."""
    body = "00020101021238540010A00000072701240006999999011000000000010208QRIBFTTA53037045802VN"
    good = with_crc(body)
    assert check_practice_payload(good) == []
    broken_crc = good[:-4] + "0000"
    assert any("CRC" in p for p in check_practice_payload(broken_crc))
    real_bank = with_crc(body.replace("999999", "970436"))
    assert any("999999" in p for p in check_practice_payload(real_bank))


def test_crc_matches_published_vietqr_example():
    """CRC-16/CCITT-FALSE agrees with a published real VietQR example (facts.md, H)."""
    example = ("00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
               "530370454061800005802VN62230819thanh toan don hang63045FAB")
    assert format(crc16_ccitt_false(example[:-4].encode()), "04X") == "5FAB"
