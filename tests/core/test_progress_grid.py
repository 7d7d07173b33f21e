"""The progress grid narrowed by ward, group, session and name; one lesson seen across the
class; the grid saved as a spreadsheet (read back with openpyxl) and printed as a PDF
(read back with pypdf)."""

import csv

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from digital_literacy_app.core.errors import DlaError, NotFoundError
from digital_literacy_app.core.records import GridFilter

LESSON = "sample-lesson"


@pytest.fixture
def classroom(trainer, sample_lesson):
    """Five people: two wards, two groups, one session with two of them; Lan finished the
    lesson, Bình is at the third step with three mistakes, Cúc at the second with one."""
    add = trainer.learners.add
    people = {
        "lan": add("Trần Thị Lan", 1955, "elderly", "Phường Kim Mã"),
        "binh": add("Lê Văn Bình", 1960, "farmer", "Phường Kim Mã"),
        "cuc": add("Đỗ Thị Cúc", 1950, "elderly", "Xã Sóc Sơn"),
        "dung": add("Phạm Văn Dũng", 1962, "farmer", "Xã Sóc Sơn"),
        "hoa": add("Nguyễn Thị Hoà", 1958, "elderly", "Phường Kim Mã"),
    }
    lesson = sample_lesson
    trainer.progress.complete_lesson(people["lan"].id, lesson)
    trainer.progress.answer_quiz(people["lan"].id, lesson, "q1", 0)  # a wrong answer before finishing
    trainer.progress.start_lesson(people["binh"].id, lesson)
    for step in ("intro", "try-it"):
        trainer.progress.complete_step(people["binh"].id, lesson, step)
    for _ in range(2):
        trainer.progress.answer_quiz(people["binh"].id, lesson, "q1", 0)
    trainer.progress.record_tap(people["binh"].id, lesson, "try-it", "form", "cancel", {})
    trainer.progress.start_lesson(people["cuc"].id, lesson)
    trainer.progress.complete_step(people["cuc"].id, lesson, "intro")
    trainer.progress.record_tap(people["cuc"].id, lesson, "try-it", "form", "cancel", {})
    session = trainer.sessions.log(date="2025-03-14", place="Nhà văn hoá", volunteer="Hà", topic="Cài VNeID",
                                   minutes=60, attendees=[people["binh"].id, people["dung"].id])
    return people, session


def names(grid):
    return [r.name for r in grid.learners]


def test_the_grid_narrows_by_ward_group_session_and_name_together(trainer, classroom):
    """Each filter alone, then together with the name search (accents ignored)."""
    people, session = classroom
    everyone = trainer.overview.grid()
    assert names(everyone) == ["Đỗ Thị Cúc", "Lê Văn Bình", "Nguyễn Thị Hoà", "Phạm Văn Dũng", "Trần Thị Lan"]
    assert names(trainer.overview.grid(GridFilter(ward="Xã Sóc Sơn"))) == ["Đỗ Thị Cúc", "Phạm Văn Dũng"]
    assert names(trainer.overview.grid(GridFilter(group="farmer"))) == ["Lê Văn Bình", "Phạm Văn Dũng"]
    assert names(trainer.overview.grid(GridFilter(session=session.key))) == ["Lê Văn Bình", "Phạm Văn Dũng"]
    both = GridFilter(ward="Phường Kim Mã", group="elderly", name="thi")
    assert names(trainer.overview.grid(both)) == ["Nguyễn Thị Hoà", "Trần Thị Lan"]
    assert names(trainer.overview.grid(GridFilter(session=session.key, ward="Xã Sóc Sơn", name="dung"))) == \
        ["Phạm Văn Dũng"]
    assert trainer.overview.grid(GridFilter(area="safety")).lessons == ()
    with pytest.raises(NotFoundError):
        trainer.overview.grid(GridFilter(session="nowhere:1"))


def test_a_merged_attendee_is_found_under_the_record_they_were_merged_into(trainer, classroom):
    """The session lists Dũng's old record; after a merge the grid for the session shows the kept one."""
    people, session = classroom
    twin = trainer.learners.add("Phạm Văn Dũng", 1962, "farmer", "Xã Sóc Sơn")
    trainer.learners.merge(people["dung"].id, twin.id)
    kept = trainer.overview.grid(GridFilter(session=session.key)).learners
    assert [(r.name, r.id) for r in kept] == [("Lê Văn Bình", people["binh"].id), ("Phạm Văn Dũng", twin.id)]


def test_one_lesson_says_who_finished_who_is_at_which_step_and_the_average_mistakes(trainer, classroom):
    """Lan finished (1 mistake), Cúc is at step 2 "Thử bấm" (1 mistake), Bình at step 3
    "Tin nhắn lạ" (3 mistakes); Dũng and Hoà have not started; average (1 + 3 + 1) / 3."""
    people, session = classroom
    view = trainer.overview.lesson_view(LESSON)
    assert [r.name for r in view.finished] == ["Trần Thị Lan"]
    assert [(s.learner.name, s.step_number, s.steps_total, s.step_title.vi, s.mistakes) for s in view.learning] == [
        ("Đỗ Thị Cúc", 2, 4, "Thử bấm", 1), ("Lê Văn Bình", 3, 4, "Tin nhắn lạ", 3)]
    assert [r.name for r in view.not_started] == ["Nguyễn Thị Hoà", "Phạm Văn Dũng"]
    assert view.average_mistakes == round(5 / 3, 1)
    in_session = trainer.overview.lesson_view(LESSON, GridFilter(session=session.key))
    assert [s.learner.name for s in in_session.learning] == ["Lê Văn Bình"]
    assert [r.name for r in in_session.not_started] == ["Phạm Văn Dũng"]
    assert in_session.average_mistakes == 3.0
    nobody = trainer.overview.lesson_view(LESSON, GridFilter(ward="Xã Sóc Sơn", group="farmer"))
    assert nobody.average_mistakes is None
    with pytest.raises(NotFoundError):
        trainer.overview.lesson_view("no-such-lesson")


def test_the_grid_saved_as_xlsx_has_lesson_names_and_cells_in_words(trainer, classroom, tmp_path):
    """Read back with openpyxl: the filtered learners only, lesson names as headers."""
    people, session = classroom
    target = tmp_path / "tiến độ.xlsx"
    trainer.overview.export_grid(target, GridFilter(ward="Phường Kim Mã"))
    sheet = load_workbook(target).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Họ và tên", "Năm sinh", "Nhóm", "Phường/xã", "Cần giúp", "Bài mẫu"]
    assert [row[0] for row in rows[1:]] == ["Lê Văn Bình", "Nguyễn Thị Hoà", "Trần Thị Lan"]
    assert [row[5] for row in rows[1:]] == ["Đang học – bước 3/4", "Chưa học", "Xong"]
    assert rows[1][1:4] == [1960, "Nông dân", "Phường Kim Mã"]


def test_the_grid_saved_as_csv_opens_in_excel_and_a_wrong_ending_is_refused(trainer, classroom, tmp_path):
    """UTF-8 with a BOM; a .txt name is refused and nothing is written."""
    target = tmp_path / "grid.csv"
    trainer.overview.export_grid(target, GridFilter(group="elderly"))
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert [row[0] for row in rows[1:]] == ["Đỗ Thị Cúc", "Nguyễn Thị Hoà", "Trần Thị Lan"]
    assert rows[1][-1] == "Đang học – bước 2/4"
    with pytest.raises(DlaError) as refused:
        trainer.overview.export_grid(tmp_path / "grid.txt")
    assert refused.value.code == "table.format"
    assert not (tmp_path / "grid.txt").exists()


def test_the_printed_grid_is_an_a4_landscape_pdf_with_names_lessons_and_words(trainer, classroom, tmp_path):
    """Opened with pypdf: landscape A4, the filter named, every learner, the lesson, the words."""
    people, session = classroom
    target = tmp_path / "grid.pdf"
    trainer.overview.print_grid(target, GridFilter(session=session.key))
    reader = PdfReader(target)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Tiến độ học", "Buổi học 14/03/2025 “Cài VNeID”", "Lê Văn Bình", "Phạm Văn Dũng",
                     "Bài mẫu", "Đang học – bước 3/4", "Chưa học", "2 người học, 1 bài"):
        assert expected in text, expected
    assert "Trần Thị Lan" not in text


def test_a_grid_with_no_lesson_of_the_area_still_prints_and_names_its_filters(trainer, classroom, tmp_path):
    """An area without lessons here: the names alone, and the filters in words on the page."""
    target = tmp_path / "none.pdf"
    trainer.overview.print_grid(target, GridFilter(area="safety", ward="Xã Sóc Sơn", needs_help=False, name="cuc"))
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Lọc: Xã Sóc Sơn, bài về Phòng chống lừa đảo, tên có “cuc”." in text
    assert "Đỗ Thị Cúc" in text and "1 người học, 0 bài" in text


def test_a_wide_grid_continues_on_more_pages_with_every_lesson(trainer, tmp_path):
    """The bundled catalogue (over 8 lessons): every lesson's name is printed on some page."""
    from digital_literacy_app.core.grid_files import LESSONS_A_PAGE
    from digital_literacy_app.core.paths import bundled_lessons_dir
    from digital_literacy_app.core.trainer import Trainer

    with Trainer.open(trainer.data_dir.parent / "wide", lesson_dirs=[bundled_lessons_dir()]) as wide:
        wide.learners.add("Trần Thị Lan")
        target = tmp_path / "wide.pdf"
        wide.overview.print_grid(target)
        reader = PdfReader(target)
        lessons = wide.lessons.lessons
        assert len(reader.pages) == -(-len(lessons) // LESSONS_A_PAGE)
        text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
        missing = [lesson.id for lesson in lessons if " ".join(lesson.title.vi.split()[:2]) not in text]
        assert not missing
