"""Progress at a glance (the grid model and the page) and teaching sessions (form and list)."""

import pytest

from digital_literacy_app.core import overview
from digital_literacy_app.ui.volunteer import registry
from digital_literacy_app.ui.volunteer.progress_model import FIXED_COLUMNS, ProgressTableModel

from .conftest import FIRST, REFUSE, click, type_text


@pytest.fixture
def coordinator(window, trainer):
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    window.volunteer_mode.sign_in(account)
    return account


def open_tool(window, key):
    return window.volunteer_mode.open_tool(next(t for t in registry.tools_for("coordinator") if t.key == key))


def wrong_choice(lesson) -> tuple[str, int]:
    """The last quiz step of a lesson and one of its wrong answers."""
    quiz = [step for step in lesson.steps if step.kind == "quiz"][-1]
    return quiz.id, next(i for i, choice in enumerate(quiz.choices) if not choice.correct)


def cell_text(model, row, column, role=0):
    return model.data(model.index(row, column), role)


def test_grid_model_shows_not_started_steps_done_and_done_in_signs_and_words(app, trainer):
    """Without a window: "–", "1/3", "✓" in the cells, spelled out for screen readers,
    and the help column for someone with many mistakes."""
    from PySide6.QtCore import Qt

    first, refuse = trainer.lessons.get(FIRST), trainer.lessons.get(REFUSE)
    hoa = trainer.learners.add("Hoa")
    trainer.progress.complete_lesson(hoa.id, first)
    trainer.progress.complete_step(hoa.id, refuse, refuse.steps[0].id)
    for _ in range(overview.MISTAKES_LIMIT):
        trainer.progress.answer_quiz(hoa.id, refuse, *wrong_choice(refuse))
    nam = trainer.learners.add("Nam")
    model = ProgressTableModel("vi")
    lessons = trainer.lessons.lessons
    model.set_grid([hoa, nam], lessons, overview.progress_cells(trainer), overview.needs_help(trainer))
    columns = {lesson.id: FIXED_COLUMNS + i for i, lesson in enumerate(lessons)}
    assert cell_text(model, 0, columns[FIRST]) == "✓"
    assert cell_text(model, 0, columns[REFUSE]) == f"1/{len(refuse.steps)}"
    assert cell_text(model, 1, columns[FIRST]) == "–"
    assert cell_text(model, 0, 1) == "⚠ Cần giúp" and cell_text(model, 1, 1) == ""
    spoken = cell_text(model, 0, columns[REFUSE], Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"{refuse.title.vi}: xong 1 trên {len(refuse.steps)} bước"
    assert model.headerData(columns[REFUSE], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == refuse.title.vi


def test_progress_page_says_why_someone_needs_help_and_can_show_only_them(qtbot, window, trainer, coordinator):
    """Choosing the flagged learner names the lesson and the count; the tick box leaves only
    people who need help; an area narrows the columns; "Quá trình học" opens their story."""
    refuse = trainer.lessons.get(REFUSE)
    trainer.learners.add("An Bình")
    stuck = trainer.learners.add("Lò Văn Páo")
    for _ in range(overview.MISTAKES_LIMIT):
        trainer.progress.answer_quiz(stuck.id, refuse, *wrong_choice(refuse))
    flow = open_tool(window, "progress")
    page = flow.page
    assert page.model.rowCount() == 2
    page.table.selectRow(1)
    assert page.reasons.text() == (f"Lò Văn Páo cần giúp: sai {overview.MISTAKES_LIMIT} lần ở bài "
                                   f"“{refuse.title.vi}”.")
    from PySide6.QtCore import Qt

    assert page.model.data(page.model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == page.reasons.text()
    qtbot.waitUntil(lambda: not page.fold.is_open)  # no room for eight rows under them at 1366 × 768
    click(qtbot, page.fold.button)
    click(qtbot, page.filters.only_help)
    assert [r.name for r in page.model.learners] == ["Lò Văn Páo"]
    page.filters.area.setCurrentIndex(page.filters.area.findData("safety"))
    assert [lesson.id for lesson in page.model.lessons] == [REFUSE]
    click(qtbot, page.timeline_button)
    assert flow.page.title.text() == "Quá trình học của Lò Văn Páo"
    click(qtbot, flow.page.back_button)
    assert flow.page.title.text() == "Tiến độ học"


def test_a_session_form_logs_the_documented_event_with_ticked_and_new_attendees(qtbot, window, trainer, coordinator):
    """Date typed the Vietnamese way, place, topic, area, minutes; the volunteer's name is
    filled in; one person ticked and one added on the spot; the event payload is exactly
    the sync contract's and the list shows the session first."""
    trainer.device.ward = "Phường Kim Mã"  # as the wizard leaves it; new learners take it
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1950)
    trainer.learners.add("Lò Văn Páo")
    flow = open_tool(window, "sessions")
    click(qtbot, flow.page.new_button)
    form = flow.page
    assert form.volunteer.text() == "Trần Thu Hà"
    form.date.setText("14/3/2025")
    type_text(form.place, "Nhà văn hoá tổ 5")
    type_text(form.topic, "Cài VNeID")
    form.area.setCurrentIndex(form.area.findData("e-services"))
    form.minutes.setText("90")
    type_text(form.attendees.search, "hoa")
    click(qtbot, form.attendees.boxes[hoa.id])
    type_text(form.new_name, "Đinh Văn Mới")
    click(qtbot, form.add_button)
    assert form.count_label.text() == "Đã đánh dấu 2 người."
    click(qtbot, form.save_button)
    newcomer = trainer.learners.search("Đinh Văn Mới")[0]
    assert newcomer.ward == "Phường Kim Mã"
    [event] = [e for e in trainer.log.all() if e.kind == "session.logged"]
    assert event.learner_id is None
    assert event.payload == {"date": "2025-03-14", "ward": "Phường Kim Mã", "place": "Nhà văn hoá tổ 5",
                             "volunteer": "Trần Thu Hà", "topic": "Cài VNeID", "area": "e-services",
                             "minutes": 90, "attendees": sorted([hoa.id, newcomer.id],
                                                                key=lambda i: trainer.learners.get(i).name)}
    listing = flow.page
    assert listing.notice.text() == "Đã lưu buổi học “Cài VNeID” với 2 người."
    assert listing.model.data(listing.model.index(0, 0)) == "14/03/2025"


def test_a_session_with_a_wrong_date_or_nobody_ticked_is_explained_and_not_saved(qtbot, window, trainer, coordinator):
    """The form says what is missing; no event is recorded."""
    trainer.learners.add("Nguyễn Thị Hoa")
    flow = open_tool(window, "sessions")
    form = flow.tool.show_form()
    form.date.setText("30/02/2025")
    form.place.setText("Nhà văn hoá")
    form.topic.setText("VNeID")
    click(qtbot, form.save_button)
    assert form.error.text().startswith("Ngày chưa đúng.")
    form.date.setText("28/02/2025")
    click(qtbot, form.save_button)
    assert form.error.text() == "Đánh dấu ít nhất một người đã đến."
    assert trainer.sessions.all() == []


def test_who_came_to_a_session_is_saved_as_a_sheet_to_print_and_sign(qtbot, window, trainer, coordinator, tmp_path,
                                                                      monkeypatch):
    """"Lưu danh sách dự…" on the chosen session: one row a person who came, with an empty
    signature column, read back with openpyxl."""
    from openpyxl import load_workbook

    from digital_literacy_app.ui.volunteer import files

    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1950, "elderly", "Phường Kim Mã")
    nam = trainer.learners.add("Lê Văn Nam", 1962, "farmer", "Phường Kim Mã")
    trainer.sessions.log(date="2026-12-01", place="Nhà văn hoá tổ 5", volunteer="Trần Thu Hà",
                         topic="VNeID", minutes=90, attendees=[hoa.id, nam.id])
    target = tmp_path / "du.xlsx"
    monkeypatch.setattr(files, "ask_save_table", lambda parent, title, name: target)
    tool = next(t for t in registry.tools_for("coordinator") if t.key == "sessions")
    page = window.volunteer_mode.open_tool(tool).page
    click(qtbot, page.sheet_button)
    assert page.notice.text() == f"Đã lưu danh sách người dự buổi học ngày 01/12/2026 vào {target}."
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("STT (no.)", "Họ và tên (name)", "Năm sinh (born)", "Nhóm (group)", "Phường/xã (ward)",
                       "Ký tên (signature)")
    assert sorted(row[1] for row in rows[1:]) == ["Lê Văn Nam", "Nguyễn Thị Hoa"]
    assert all(row[5] in (None, "") for row in rows[1:])
