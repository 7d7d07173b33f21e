"""The validator warns where the phone could not show what a practice screen asks for whole,
even with its text at the normal size in the smallest window (docs/lesson-format.md)."""

import shutil
from pathlib import Path

from digital_literacy_app.core.lessons import parse_lesson_file
from digital_literacy_app.core.lessons.fit import fit_problems
from digital_literacy_app.core.lessons.model import Element, Screen, Text

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "lessons" / "sample-lesson"
BUNDLED = Path(__file__).resolve().parents[2] / "lessons"
LONG = "Bác đọc kỹ từng dòng của tin nhắn này trước khi bấm vào bất cứ chỗ nào trên màn hình. " * 4


def button(label: str) -> Element:
    return Element("button", id="go", label=Text(label, label), goto="done")


def test_a_short_button_and_a_short_pop_up_fit():
    dialog = Element("dialog", title=Text("Xác nhận"), text=Text("Chuyển 45.000 đ?"),
                     buttons=[button("Hủy"), button("Xác nhận")])
    assert fit_problems(Screen("s", [button("Tiếp tục"), dialog])) == []


def test_a_button_taller_than_the_phone_is_named():
    problems = fit_problems(Screen("s", [button(LONG)]))
    assert len(problems) == 1 and "'go'" in problems[0] and "'s'" in problems[0]


def test_a_list_row_with_a_long_detail_is_named():
    row = Element("item", id="row", label=Text("Tin nhắn"), detail=Text(LONG), goto="done")
    problems = fit_problems(Screen("s", [Element("list", items=[row])]))
    assert len(problems) == 1 and "'row'" in problems[0]


def test_a_pop_up_too_long_for_its_buttons_is_named():
    dialog = Element("dialog", title=Text("Cảnh báo"), text=Text(LONG), buttons=[button("Hủy"), button("Tiếp")])
    problems = fit_problems(Screen("s", [dialog]))
    assert len(problems) == 1 and "pop-up" in problems[0]


def test_the_longer_language_counts():
    """The screen must fit in English too, which is often longer."""
    short_vi = Element("button", id="go", label=Text("Tiếp", LONG), goto="done")
    assert fit_problems(Screen("s", [short_vi]))


def test_the_validator_reports_it_as_a_warning_with_its_line(tmp_path):
    folder = tmp_path / "sample-lesson"
    shutil.copytree(FIXTURE, folder)
    path = folder / "lesson.yaml"
    text = path.read_text(encoding="utf-8")
    old = "label: {vi: Tiếp tục, en: Continue}"
    assert old in text
    path.write_text(text.replace(old, f'label: {{vi: "{LONG}", en: Continue}}', 1), encoding="utf-8")
    lesson, problems = parse_lesson_file(path)
    assert lesson is not None
    fit = [p for p in problems if "taller than the phone" in p.message]
    assert len(fit) == 1 and fit[0].severity == "warning" and fit[0].line > 1


def test_no_bundled_screen_draws_the_warning():
    files = sorted(BUNDLED.glob("*/lesson.yaml"))
    assert len(files) > 30
    for path in files:
        _lesson, problems = parse_lesson_file(path)
        assert not [p for p in problems if "small window" in p.message], path
