"""courses.yaml: courses load from the lesson pack, and every mistake is reported with its line."""

from pathlib import Path

from digital_literacy_app.core.lessons import load_catalogue
from digital_literacy_app.core.lessons.courses import find_courses_files, load_courses
from digital_literacy_app.core.paths import bundled_lessons_dir


def test_bundled_courses_are_valid_and_name_bundled_lessons():
    """The shipped courses.yaml has no problem and its courses name lessons that exist."""
    catalogue = load_catalogue([bundled_lessons_dir()])
    courses, problems = load_courses(find_courses_files([bundled_lessons_dir()]),
                                     {lesson.id for lesson in catalogue.lessons})
    assert problems == []
    assert "ky-nang-so-co-ban" in {course.id for course in courses}
    assert all(course.title.vi and course.title.en for course in courses)


def test_each_mistake_is_reported_at_its_line(tmp_path):
    """Unknown lesson, duplicate lesson, too-long id, missing title, unknown key, duplicate course."""
    file = tmp_path / "courses.yaml"
    file.write_text(
        "courses:\n"                                        # 1
        "  - id: good\n"                                    # 2
        "    title: {vi: Tốt, en: Good}\n"                  # 3
        "    lessons: [a, b]\n"                             # 4
        "  - id: bad-lessons\n"                             # 5
        "    title: {vi: Xấu, en: Bad}\n"                   # 6
        "    lessons:\n"                                    # 7
        "      - a\n"                                       # 8
        "      - nowhere\n"                                 # 9
        "      - a\n"                                       # 10
        "  - id: this-course-id-is-far-too-long-for-a-qr\n"  # 11
        "    title: {vi: Dài, en: Long}\n"                  # 12
        "    lessons: [a]\n"                                # 13
        "  - id: no-title\n"                                # 14
        "    lessons: [a]\n"                                # 15
        "    colour: blue\n"                                # 16
        "  - id: good\n"                                    # 17
        "    title: {vi: Lại, en: Again}\n"                 # 18
        "    lessons: [b]\n", encoding="utf-8")             # 19
    courses, problems = load_courses([file], {"a", "b"})
    assert [course.id for course in courses] == ["good"]
    lines = sorted(p.line for p in problems)
    assert lines == [9, 10, 11, 14, 16, 17], [str(p) for p in problems]
    assert all(str(p).startswith(f"{file}:") for p in problems)
    assert any("nowhere" in p.message for p in problems) and any("twice" in p.message for p in problems)


def test_a_yaml_syntax_error_has_its_line(tmp_path):
    """A broken file is one problem at the line YAML stopped at."""
    file = tmp_path / "courses.yaml"
    file.write_text("courses:\n  - id: x\n    title: {vi: a, en: b\n", encoding="utf-8")
    courses, problems = load_courses([file], None)
    assert courses == [] and len(problems) == 1 and problems[0].line >= 3


def test_courses_file_is_found_in_a_lesson_folder_or_by_name(tmp_path):
    """A folder's courses.yaml is picked up; a file named directly too; other paths are not."""
    (tmp_path / "courses.yaml").write_text("courses: []\n", encoding="utf-8")
    assert find_courses_files([tmp_path]) == [tmp_path / "courses.yaml"]
    assert find_courses_files([tmp_path / "courses.yaml"]) == [tmp_path / "courses.yaml"]
    assert find_courses_files([Path(tmp_path / "elsewhere")]) == []
