"""Small translations of the core's codes into words, shared by the volunteer screens."""

from digital_literacy_app.core.records import title_of


def show_date(iso: str) -> str:
    """YYYY-MM-DD (or a longer ISO time) as Vietnamese write dates: 14/03/2025."""
    parts = iso[:10].split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else iso


def achievement_title(trainer, what: str, lang: str) -> str:
    """The title of "area:<id>" or "course:<id>", or the bare id for one this PC does not know."""
    title = title_of(what, trainer.certificates.achievements())
    return title.get(lang) if title is not None else what.partition(":")[2] or what


def lesson_title(trainer, lesson_id: str, lang: str) -> str:
    lesson = trainer.lessons.get(lesson_id)
    return lesson.title.get(lang) if lesson else lesson_id
