"""Who has earned what: an area with every lesson completed, or a course of the lesson packs.

Kept apart from the database so the rule reads in one place: an achievement is earned
when each of its lessons has the status 'completed' for that learner.
"""

from dataclasses import dataclass

from digital_literacy_app.core.lessons import AREAS, LessonCatalogue, Text
from digital_literacy_app.core.lessons.courses import Course

AREA_TITLES = {
    "e-services": Text("Dịch vụ công trực tuyến", "Online public services"),
    "cashless": Text("Thanh toán không dùng tiền mặt", "Paying without cash"),
    "apps": Text("Cài đặt và dùng ứng dụng an toàn", "Installing apps safely"),
    "safety": Text("Phòng tránh lừa đảo trên mạng", "Staying safe from scams"),
    "basics": Text("Làm quen với máy tính", "Getting started"),
}


@dataclass(frozen=True)
class Achievement:
    """An area or a course: what a certificate says was completed."""

    kind: str  # "area" or "course"
    id: str
    title: Text
    lessons: tuple[str, ...]

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class Standing:
    """How far one learner is toward one achievement."""

    achievement: Achievement
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def achievements(catalogue: LessonCatalogue, courses: list[Course]) -> list[Achievement]:
    """Areas in their usual order, then courses whose lessons all exist in the catalogue."""
    found = [Achievement("area", area, AREA_TITLES.get(area, Text(area, area)),
                         tuple(lesson.id for lesson in lessons))
             for area, lessons in catalogue.by_area().items()]
    known = {lesson.id for lesson in catalogue.lessons}
    found += [Achievement("course", course.id, course.title, course.lessons)
              for course in courses if set(course.lessons) <= known]
    return found


def standings(candidates: list[Achievement], completed: set[str]) -> list[Standing]:
    """Each achievement with the lessons still missing, nearest to done first."""
    result = [Standing(a, tuple(lesson for lesson in a.lessons if lesson not in completed))
              for a in candidates]
    order = {a.key: index for index, a in enumerate(candidates)}
    return sorted(result, key=lambda s: (len(s.missing), -len(s.achievement.lessons), order[s.achievement.key]))


def title_of(what: str, candidates: list[Achievement]) -> Text | None:
    """The title of "area:<id>" or "course:<id>", or None when this computer does not know it."""
    for achievement in candidates:
        if achievement.key == what:
            return achievement.title
    kind, _, ident = what.partition(":")
    return AREA_TITLES.get(ident) if kind == "area" else None


__all__ = ["AREAS", "AREA_TITLES", "Achievement", "Standing", "achievements", "standings", "title_of"]
