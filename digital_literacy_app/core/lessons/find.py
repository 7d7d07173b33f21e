"""Finding a lesson by id or folder, with plain words (and close ids) when it is not there."""

import difflib
from pathlib import Path

from digital_literacy_app.core.errors import NotFoundError
from digital_literacy_app.core.lessons.catalogue import LessonCatalogue, load_catalogue
from digital_literacy_app.core.lessons.model import Lesson


def find_lesson(reference: str, lesson_dirs: list[Path]) -> tuple[Lesson, LessonCatalogue]:
    """The lesson named by id (or by its folder or lesson.yaml path) and the catalogue it was
    found in, or a NotFoundError that says what went wrong and which lesson ids come close."""
    as_path = Path(reference)
    if as_path.exists() and (as_path.is_file() or (as_path / "lesson.yaml").is_file()):
        catalogue = load_catalogue([as_path])
        if catalogue.lessons:
            return catalogue.lessons[0], load_catalogue(lesson_dirs)
        raise NotFoundError("lesson.folder_invalid", path=reference)
    catalogue = load_catalogue(lesson_dirs)
    lesson = catalogue.get(reference)
    if lesson is not None:
        return lesson, catalogue
    raise _not_found(reference, catalogue)


def _not_found(reference: str, catalogue: LessonCatalogue) -> NotFoundError:
    broken = [p for p in catalogue.errors if p.path.parent.name == reference]
    if broken:
        return NotFoundError("lesson.has_errors", lesson=reference, count=len(broken))
    ids = [lesson.id for lesson in catalogue.lessons]
    close = difflib.get_close_matches(reference, ids, n=4, cutoff=0.5)
    close += [i for i in ids if reference and reference in i and i not in close][:4 - len(close)]
    if close:
        return NotFoundError("lesson.not_found_close", lesson=reference, close=", ".join(close))
    return NotFoundError("lesson.not_found", lesson=reference)
