"""docs/curriculum.md is the lesson files, rendered: it cannot drift from them.

The last test asks what issue 16 asks of the curriculum as a whole: every competence area
of Thông tư 02/2025/TT-BGDĐT (1–6) taught by at least two lessons. The 17 lessons of the
first edition leave areas 3 (content creation) and 6 (AI) empty; the new lessons written
in the other curriculum branches fill them, so this test fails until those are merged.
"""

import pytest

from digital_literacy_app.core.lessons import curriculum_doc
from digital_literacy_app.core.lessons import load_catalogue
from digital_literacy_app.core.paths import bundled_lessons_dir


@pytest.fixture(scope="module")
def catalogue():
    found = load_catalogue([bundled_lessons_dir()])
    assert not found.errors and found.lessons
    return found


def test_docs_curriculum_md_is_up_to_date(catalogue):
    """Regenerate with `python -m digital_literacy_app.core.lessons.curriculum_doc`."""
    assert curriculum_doc.DOC.read_text(encoding="utf-8") == curriculum_doc.render(catalogue)


def test_the_page_lists_every_lesson_with_its_groups_sources_and_checks(catalogue):
    text = curriculum_doc.render(catalogue)
    for lesson in catalogue.lessons:
        assert f'<a id="{lesson.id}"></a>' in text
        assert f"](#{lesson.id})" in text, f"{lesson.id} is in the group table"
        for source in lesson.sources:
            assert f"  - {source}\n" in text, (lesson.id, source)
        assert str(lesson.checked_against["app"]) in text
    rows = [line for line in text.splitlines() if line.startswith("| [")]
    assert len(rows) == len(catalogue.lessons)
    assert all(row.count("✓") == len(l.groups) for row, l in zip(rows, catalogue.lessons))


def test_check_mode_reports_an_out_of_date_page(tmp_path, monkeypatch):
    """`--check` exits 0 on a fresh page and 1 once the page differs from the lessons."""
    page = tmp_path / "curriculum.md"
    monkeypatch.setattr(curriculum_doc, "DOC", page)
    assert curriculum_doc.main([]) == 0 and page.is_file()
    assert curriculum_doc.main(["--check"]) == 0
    page.write_text(page.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")
    assert curriculum_doc.main(["--check"]) == 1


def test_every_competence_area_1_to_6_has_at_least_two_lessons(catalogue):
    """Fails on the curriculum-fixes branch alone (areas 3 and 6 have no lesson yet); passes
    once the new lessons of issue 16 are merged."""
    counts = {area: len(items) for area, items in
              curriculum_doc.lessons_by_competence_area(catalogue.lessons).items()}
    assert set(counts) == {"1", "2", "3", "4", "5", "6"}
    short = {area: n for area, n in counts.items() if n < curriculum_doc.MIN_LESSONS_PER_AREA}
    assert short == {}, f"competence areas with fewer than two lessons: {short}"
