"""Courses: named sets of lessons, defined in a lesson pack's `courses.yaml`.

A learner who completes every lesson of a course can receive a certificate for it. The
file is checked like a lesson, with `file:line: message` problems a volunteer can fix.

```yaml
courses:
  - id: ky-nang-so-co-ban
    title: {vi: Kỹ năng số cơ bản, en: Basic digital skills}
    lessons: [basics-using-this-app, never-share-otp, vneid-activate-login]
```
"""

from dataclasses import dataclass
from pathlib import Path

from digital_literacy_app.core.lessons.model import Text
from digital_literacy_app.core.lessons.reader import ID_PATTERN, Problem, Reader
from digital_literacy_app.core.lessons.yamlsource import LineDict, LineList, YamlSyntaxError, brief, load_yaml

COURSES_FILE = "courses.yaml"
MAX_COURSE_ID = 24  # the id travels inside the certificate's QR code, which must stay small


@dataclass(frozen=True)
class Course:
    id: str
    title: Text
    lessons: tuple[str, ...]
    path: Path
    line: int


def find_courses_files(paths: list[Path]) -> list[Path]:
    """`courses.yaml` named directly, or lying at the top of a lesson folder."""
    found = []
    for path in paths:
        if path.is_dir() and (path / COURSES_FILE).is_file():
            found.append(path / COURSES_FILE)
        elif path.name == COURSES_FILE and path.is_file():
            found.append(path)
    return found


def load_courses(files: list[Path], known_lessons: set[str] | None = None
                 ) -> tuple[list[Course], list[Problem]]:
    """Read every courses file; a course with any error is left out and reported.

    With `known_lessons`, a course naming a lesson that is not among them is an error:
    nobody could ever complete it.
    """
    courses: list[Course] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    for file in files:
        found, file_problems = _parse_file(file, known_lessons)
        problems.extend(file_problems)
        for course in found:
            if course.id in seen:
                problems.append(Problem(file, course.line,
                                        f"course id '{course.id}' is already used in {seen[course.id]}"))
                continue
            seen[course.id] = file
            courses.append(course)
    return courses, problems


def _parse_file(path: Path, known_lessons: set[str] | None) -> tuple[list[Course], list[Problem]]:
    reader = Reader(path)
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        reader.error(1, "the file is not UTF-8 text; save it as UTF-8")
        return [], reader.problems
    except OSError as exc:
        reader.error(1, f"cannot read the file ({exc.strerror})")
        return [], reader.problems
    except YamlSyntaxError as exc:
        reader.error(exc.line, exc.message)
        return [], reader.problems
    data = reader.mapping(raw, 1, "the courses file")
    if data is None:
        return [], reader.problems
    for key in data:
        if key != "courses":
            reader.error(data.line_of(key), f"unknown key '{key}' in the courses file (only 'courses')")
    items = data.get("courses")
    if not isinstance(items, LineList) or not items:
        reader.error(data.line_of("courses"), "'courses' must be a list of one or more courses")
        return [], reader.problems
    courses = []
    for index, item in enumerate(items):
        course = _course(reader, item, items.line_of(index), index + 1, known_lessons)
        if course is not None:
            courses.append(course)
    return courses, reader.problems


def _course(r: Reader, item, line: int, number: int, known_lessons: set[str] | None) -> Course | None:
    what = f"course {number}"
    data = r.mapping(item, line, what)
    if data is None:
        return None
    errors_before = _error_count(r)
    for key in data:
        if key not in ("id", "title", "lessons"):
            r.error(data.line_of(key), f"unknown key '{key}' in {what}")
    course_id = r.identifier(data, "id", what)
    if course_id and len(course_id) > MAX_COURSE_ID:
        r.error(data.line_of("id"), f"'id' of {what} must be at most {MAX_COURSE_ID} characters "
                                    "(it is printed inside the certificate's QR code)")
    title = r.text(data, "title", what)
    lessons = _lesson_ids(r, data, what, known_lessons)
    if _error_count(r) > errors_before or course_id is None or title is None:
        return None
    return Course(course_id, title, tuple(lessons), r.path, data.line)


def _lesson_ids(r: Reader, data: LineDict, what: str, known_lessons: set[str] | None) -> list[str]:
    value = data.get("lessons")
    if not isinstance(value, LineList) or not value:
        r.error(data.line_of("lessons"), f"'lessons' of {what} must be a list of one or more lesson ids")
        return []
    lessons = []
    for index, lesson_id in enumerate(value):
        line = value.line_of(index)
        if not isinstance(lesson_id, str) or not ID_PATTERN.match(lesson_id):
            r.error(line, f"lesson {index + 1} of {what} must be a lesson id (found {brief(lesson_id)})")
        elif lesson_id in lessons:
            r.error(line, f"lesson '{lesson_id}' appears twice in {what}")
        elif known_lessons is not None and lesson_id not in known_lessons:
            r.error(line, f"{what} names lesson '{lesson_id}', which is not among the lessons checked")
        else:
            lessons.append(lesson_id)
    return lessons


def _error_count(r: Reader) -> int:
    return r.error_count
