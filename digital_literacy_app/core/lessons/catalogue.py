"""All lessons of one or more lesson folders, checked together (duplicate ids, links)."""

from dataclasses import dataclass, field
from pathlib import Path

from digital_literacy_app.core.lessons.model import AREAS, Lesson
from digital_literacy_app.core.lessons.validate import Problem, parse_lesson_file

LESSON_FILE = "lesson.yaml"


def find_lesson_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the lesson.yaml files below them, in a stable order."""
    found = []
    for path in paths:
        if path.is_dir():
            direct = path / LESSON_FILE
            found.extend([direct] if direct.is_file() else sorted(path.glob(f"*/{LESSON_FILE}")))
        else:
            found.append(path)
    return found


@dataclass
class LessonCatalogue:
    lessons: list[Lesson] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def get(self, lesson_id: str) -> Lesson | None:
        return self._by_id().get(lesson_id)

    def _by_id(self) -> dict[str, Lesson]:
        if not hasattr(self, "_index"):
            self._index = {lesson.id: lesson for lesson in self.lessons}
        return self._index

    def by_area(self) -> dict[str, list[Lesson]]:
        grouped = {area: [] for area in AREAS}
        for lesson in self.lessons:
            grouped[lesson.area].append(lesson)
        return {area: items for area, items in grouped.items() if items}


def load_catalogue(paths: list[Path]) -> LessonCatalogue:
    """Load every lesson under `paths`; broken lessons are left out and reported."""
    catalogue = LessonCatalogue()
    first_seen: dict[str, Path] = {}
    files = find_lesson_files(paths)
    for path in paths:
        if not path.exists():
            catalogue.problems.append(Problem(path, 0, "no such file or folder"))
    for file in files:
        lesson, problems = parse_lesson_file(file)
        catalogue.problems.extend(problems)
        if lesson is None:
            continue
        if lesson.id in first_seen:
            catalogue.problems.append(Problem(
                file, 1, f"lesson id '{lesson.id}' is already used by {first_seen[lesson.id]}"))
            continue
        first_seen[lesson.id] = file
        catalogue.lessons.append(lesson)
    known = set(first_seen)
    for lesson in catalogue.lessons:
        for other in lesson.next:
            if other not in known:
                catalogue.problems.append(Problem(
                    lesson.folder / LESSON_FILE, 1,
                    f"'next' names lesson '{other}', which is not among the lessons checked",
                    "warning"))
    catalogue.lessons.sort(key=lambda lesson: (AREAS.index(lesson.area), lesson.order, lesson.id))
    return catalogue
