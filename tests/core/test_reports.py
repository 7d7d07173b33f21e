"""Coordinator reports: correct counts, deterministic JSON, CSV for Excel, real XLSX and PDF."""

import csv
import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from digital_literacy_app.core.errors import InvalidInputError
from digital_literacy_app.core.reports import build_report
from digital_literacy_app.core.reports.formats import to_csv, write
from tests.pdf_pages import render_pages


@pytest.fixture
def classroom(trainer, sample_lesson):
    """Three learners: one finished the lesson, one started, one only registered; one session."""
    done = trainer.learners.add("Nguyễn Thị Xong", 1950, "elderly", "Xã Ba Vì")
    busy = trainer.learners.add("Lê Văn Đang", 1980, "farmer", "Xã Ba Vì")
    trainer.learners.add("Trần Mới", 1990, "freelance", "Phường Ba Đình")
    trainer.progress.start_lesson(done.id, sample_lesson)
    for step in sample_lesson.steps:
        trainer.progress.complete_step(done.id, sample_lesson, step.id)
    trainer.progress.complete_lesson(done.id, sample_lesson)
    trainer.progress.start_lesson(busy.id, sample_lesson)
    trainer.log.record("session.logged", None, {"date": "2026-11-20", "ward": "Xã Ba Vì", "area": "cashless",
                                                "minutes": 90, "attendees": [done.id, busy.id]})
    return trainer


def test_counts_by_ward_and_group(classroom):
    """Each learner is counted once under their ward and group; completions and sessions add up."""
    report = build_report(classroom, ["ward", "group"])
    rows = {(r["ward"], r["group"]): r for r in report.rows}
    assert rows[("Xã Ba Vì", "elderly")]["lessons_completed"] == 1
    assert rows[("Xã Ba Vì", "farmer")]["active_learners"] == 1
    assert rows[("Phường Ba Đình", "freelance")]["learners"] == 1
    assert report.totals["learners"] == 3 and report.totals["active_learners"] == 2
    assert report.totals["sessions"] == 1 and report.totals["attendance"] == 2
    assert report.totals["volunteer_hours"] == 1.5


def test_area_and_competence_come_from_the_lessons(classroom):
    """Completions are grouped by the lesson's area and by each of its competences."""
    by_area = {r["area"]: r for r in build_report(classroom, ["area"]).rows}
    assert by_area["cashless"]["lessons_completed"] == 1
    assert by_area[""]["learners"] == 1  # registered, no lesson started yet
    by_competence = {r["competence"]: r for r in build_report(classroom, ["competence"]).rows}
    assert by_competence["4.1"]["lessons_completed"] == by_competence["4.2"]["lessons_completed"] == 1


def test_erased_learners_leave_the_report(classroom):
    """After an erasure the person is no longer counted anywhere."""
    done = classroom.learners.search("xong")[0]
    classroom.learners.erase(done.id)
    report = build_report(classroom, [])
    assert report.totals["learners"] == 2 and report.totals["lessons_completed"] == 0
    assert report.totals["attendance"] == 1


def test_json_is_deterministic_and_unknown_dimensions_are_refused(classroom):
    first = build_report(classroom, ["month", "ward"]).as_json()
    assert first == build_report(classroom, ["month", "ward"]).as_json()
    assert json.loads(first)["by"] == ["month", "ward"]
    with pytest.raises(InvalidInputError, match="planet"):
        build_report(classroom, ["planet"])


def test_csv_has_a_bom_and_vietnamese_headers(classroom):
    """Excel needs the byte order mark to show Vietnamese from a CSV."""
    data = to_csv(build_report(classroom, ["group"]))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][0] == "Nhóm (group)"
    assert "Người cao tuổi" in [r[0] for r in rows]
    assert rows[-1][0] == "Tổng (total)"


def test_xlsx_opens_in_a_real_reader(classroom, tmp_path):
    target = tmp_path / "report.xlsx"
    write(build_report(classroom, ["ward"]), "xlsx", target)
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Phường/xã (ward)"
    assert ["Phường Ba Đình", 1] == values[1][:2]
    assert values[-1][0] == "Tổng (total)" and values[-1][1] == 3


def test_pdf_holds_the_figures_in_vietnamese_and_renders(classroom, tmp_path):
    target = tmp_path / "report.pdf"
    write(build_report(classroom, ["ward", "group"]), "pdf", target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Báo cáo Bình dân học vụ số" in text and "Xã Ba Vì" in text and "Người cao tuổi" in text
    fonts = set()
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            fonts.add(bool(descriptor and descriptor.get_object().get("/FontFile2")))
    assert fonts == {True}  # every font embedded
    pages = render_pages(target, 30)
    assert pages and all(page.width > 100 for page in pages)
