"""Lesson files without a data folder: checking them, listing them, printing a handout.

`Trainer.lesson_files` is this desk: the command line's `lessons validate|list|handout` and
the self-check use lessons on disk before (or without) opening any database, so these are
plain functions of paths, reached through the door like everything else.
"""

from dataclasses import dataclass, field
from pathlib import Path

from digital_literacy_app.core.lessons.catalogue import LessonCatalogue, load_catalogue
from digital_literacy_app.core.lessons.courses import COURSES_FILE, find_courses_files, load_courses
from digital_literacy_app.core.lessons.model import Lesson
from digital_literacy_app.core.paths import bundled_lessons_dir


@dataclass
class LessonCheck:
    """What `dla lessons validate` reports: the lessons and courses found, and every problem."""

    catalogue: LessonCatalogue
    courses: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    @property
    def errors(self) -> list:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list:
        return [p for p in self.problems if p.severity != "error"]


class LessonFiles:
    """Lessons and courses as files, for a lesson author or a release check."""

    @staticmethod
    def bundled_dir() -> Path:
        return bundled_lessons_dir()

    @staticmethod
    def catalogue(paths: list[Path] | None = None) -> LessonCatalogue:
        """The lessons under `paths` (the bundled ones by default)."""
        return load_catalogue(list(paths) if paths else [bundled_lessons_dir()])

    @staticmethod
    def check(paths: list[Path] | None = None) -> LessonCheck:
        """Every lesson and courses file under `paths` checked, as `dla lessons validate` does.
        A courses.yaml given by name stands for its folder."""
        paths = [Path(p) for p in paths] if paths else [bundled_lessons_dir()]
        folders = []
        for path in paths:
            path = path.parent if path.name == COURSES_FILE else path
            if path not in folders:
                folders.append(path)
        catalogue = load_catalogue(folders)
        ids = {lesson.id for lesson in catalogue.lessons}
        courses, course_problems = load_courses(find_courses_files(paths), ids)
        return LessonCheck(catalogue, courses, catalogue.problems + course_problems)

    @staticmethod
    def find(reference: str, lesson_dirs: list[Path] | None = None) -> tuple[Lesson, LessonCatalogue]:
        """A lesson by id or folder, or NotFoundError naming the close ids."""
        from digital_literacy_app.core.lessons.find import find_lesson

        return find_lesson(reference, list(lesson_dirs) if lesson_dirs else [bundled_lessons_dir()])

    @staticmethod
    def write_handout(lesson: Lesson, out, lang: str = "vi", catalogue: LessonCatalogue | None = None) -> Path:
        """The large-print take-home handout of `lesson` as an A4 PDF, written whole or not at all."""
        from digital_literacy_app.core.handout import write_handout

        return write_handout(lesson, Path(out), lang, catalogue)
