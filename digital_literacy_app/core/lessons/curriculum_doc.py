"""docs/curriculum.md, written from the lesson files so it can never drift from them.

Volunteers, coordinators and reviewers read the curriculum as one page: which lessons
serve which learner group, which competences of Thông tư 02/2025/TT-BGDĐT each builds,
and where every lesson's facts come from and what its screens were checked against.
The page is generated; tests/core/test_curriculum_doc.py fails when it is out of date.

    python -m digital_literacy_app.core.lessons.curriculum_doc            # rewrite docs/curriculum.md
    python -m digital_literacy_app.core.lessons.curriculum_doc --check    # exit 1 if out of date
"""

import argparse
import sys
from pathlib import Path

from digital_literacy_app.core.atomic import atomic_write_text
from digital_literacy_app.core.lessons.catalogue import LessonCatalogue, load_catalogue
from digital_literacy_app.core.paths import bundled_lessons_dir
from digital_literacy_app.core.lessons.model import Lesson
from digital_literacy_app.core.lessons.rules import LESSON_GROUPS

# Thông tư 02/2025/TT-BGDĐT: six areas (facts.md, F); English after DigComp 2.2 plus area 6.
COMPETENCE_AREAS = {
    "1": ("Khai thác dữ liệu và thông tin", "Information and data literacy"),
    "2": ("Giao tiếp và hợp tác", "Communication and collaboration"),
    "3": ("Sáng tạo nội dung số", "Digital content creation"),
    "4": ("An toàn", "Safety"),
    "5": ("Giải quyết vấn đề", "Problem solving"),
    "6": ("Ứng dụng trí tuệ nhân tạo", "Using artificial intelligence"),
}
GROUP_NAMES = {
    "elderly": ("Người cao tuổi", "older people"),
    "farmer": ("Nông dân", "farmers"),
    "freelance": ("Lao động tự do", "freelance workers"),
    "suburban": ("Người dân ngoại thành", "residents of outer districts"),
}
APP_AREAS = {"e-services": "Dịch vụ công trực tuyến / online public services",
             "cashless": "Thanh toán không dùng tiền mặt / cashless payment",
             "apps": "Cài và dùng ứng dụng / installing and using apps",
             "safety": "Phòng tránh lừa đảo / avoiding scams",
             "basics": "Làm quen / first steps"}
MIN_LESSONS_PER_AREA = 2
REPO = Path(__file__).resolve().parents[3]
DOC = REPO / "docs" / "curriculum.md"


def lessons_by_competence_area(lessons: list[Lesson]) -> dict[str, list[Lesson]]:
    """Each of the six areas with the lessons tagged with one of its competences."""
    found = {area: [] for area in COMPETENCE_AREAS}
    for lesson in lessons:
        for area in sorted({code.split(".")[0] for code in lesson.competences}):
            found.setdefault(area, []).append(lesson)
    return found


def render(catalogue: LessonCatalogue) -> str:
    """The whole page, deterministic for a given set of lesson files."""
    lessons = catalogue.lessons
    parts = [_intro(lessons), _by_group(lessons), _by_competence(lessons), _details(lessons)]
    return "\n".join(parts).rstrip() + "\n"


def _intro(lessons: list[Lesson]) -> str:
    areas = lessons_by_competence_area(lessons)
    short = [f"{area} ({len(items)})" for area, items in areas.items() if len(items) < MIN_LESSONS_PER_AREA]
    status = ("every competence area has at least two lessons" if not short else
              "competence areas with fewer than two lessons: " + ", ".join(short))
    return "\n".join([
        "# The curriculum",
        "",
        "<!-- Generated from lessons/*/lesson.yaml by "
        "`python -m digital_literacy_app.core.lessons.curriculum_doc`; do not edit by hand. -->",
        "",
        f"{len(lessons)} lessons, {sum(l.minutes for l in lessons)} minutes in all. Each lesson names the "
        "learner groups it serves (`groups`), its competences from Thông tư 02/2025/TT-BGDĐT "
        "(`competences`), where its facts come from (`sources`) and what its screens were "
        "checked against (`checked_against`); see [lesson-format.md](lesson-format.md).",
        "",
        f"Coverage: {status}.",
        "",
    ])


def _lesson_link(lesson: Lesson) -> str:
    return f"[{lesson.title.vi}](#{lesson.id})"


def _by_group(lessons: list[Lesson]) -> str:
    """One row a lesson, one column a learner group: who each lesson is for, at a glance."""
    heads = " | ".join(GROUP_NAMES[g][1] for g in LESSON_GROUPS)
    lines = ["## The lessons by learner group", "",
             f"| lesson | catalogue area | {heads} | competences | minutes |",
             "| --- | --- | " + " | ".join(":-:" for _ in LESSON_GROUPS) + " | --- | --: |"]
    for lesson in lessons:
        marks = " | ".join("✓" if g in lesson.groups else "" for g in LESSON_GROUPS)
        lines.append(f"| {_lesson_link(lesson)} | {lesson.area} | {marks} | "
                     f"{', '.join(lesson.competences)} | {lesson.minutes} |")
    counts = ", ".join(f"{GROUP_NAMES[g][1]} {sum(1 for l in lessons if g in l.groups)}" for g in LESSON_GROUPS)
    return "\n".join(lines + ["", f"Lessons per group: {counts}.", ""])


def _by_competence(lessons: list[Lesson]) -> str:
    lines = ["## The lessons by competence area (Thông tư 02/2025/TT-BGDĐT)", ""]
    for area, items in lessons_by_competence_area(lessons).items():
        vi, en = COMPETENCE_AREAS.get(area, ("?", "?"))
        codes = sorted({c for l in items for c in l.competences if c.split(".")[0] == area})
        taught = f"; competences {', '.join(codes)}" if codes else ""
        names = ", ".join(_lesson_link(l) for l in items) or "none yet"
        lines.append(f"- **{area}. {vi}** ({en}): {len(items)} lesson(s){taught}: {names}")
    lines += ["", "By the app's own catalogue areas: " + "; ".join(
        f"{APP_AREAS.get(area, area)}: {sum(1 for l in lessons if l.area == area)}"
        for area in APP_AREAS) + ".", ""]
    return "\n".join(lines)


def _details(lessons: list[Lesson]) -> str:
    lines = ["## Each lesson: its sources and what it was checked against", ""]
    for lesson in lessons:
        checked = lesson.checked_against
        lines += [
            f"### {lesson.title.vi}",
            f'<a id="{lesson.id}"></a>',
            "",
            f"*{lesson.title.en}* – `{lesson.id}`, version {lesson.version}, area `{lesson.area}`, "
            f"{len(lesson.steps)} steps, about {lesson.minutes} minutes.",
            "",
            f"- Groups: {', '.join(GROUP_NAMES[g][1] for g in lesson.groups)}",
            f"- Competences: {', '.join(lesson.competences)}",
            f"- Checked against: {checked.get('app', '')}; {' '.join(str(checked.get('version', '')).split())}"
            f" ({checked.get('date', '')})",
            "- Sources:",
        ]
        lines += [f"  - {source}" for source in lesson.sources]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write docs/curriculum.md from the lesson files.")
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/curriculum.md is out of date")
    args = parser.parse_args(argv)
    catalogue = load_catalogue([bundled_lessons_dir()])
    if catalogue.errors:
        print("\n".join(str(p) for p in catalogue.errors), file=sys.stderr)
        return 1
    text = render(catalogue)
    if args.check:
        current = DOC.read_text(encoding="utf-8") if DOC.is_file() else ""
        if current != text:
            print(f"{DOC} is out of date; run python -m digital_literacy_app.core.lessons.curriculum_doc",
                  file=sys.stderr)
            return 1
        return 0
    atomic_write_text(DOC, text)
    print(f"wrote {DOC} ({len(catalogue.lessons)} lessons)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
