"""A session's people, picked once, for cards and for certificates: exactly who came,
as they are today (a record joined into another counts as the one kept; an erased person
is left out)."""

from pypdf import PdfReader

from digital_literacy_app.core.card_codes import learner_code
from digital_literacy_app.ui.volunteer import files

from .conftest import click
from .test_volunteer_certificates import coordinator, finished, open_tool  # noqa: F401 (a fixture)


def class_of_three(trainer):
    """A session with Hoa, Nam and a second record of Nam joined since; Lan was not there."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1950)
    nam = trainer.learners.add("Lê Văn Nam", 1948)
    twin = trainer.learners.add("Le van Nam", 1948)
    gone = trainer.learners.add("Xin Xoá", 1950)
    trainer.learners.add("Trần Thị Lan", 1955)
    trainer.sessions.log(date="2025-03-14", place="Nhà văn hoá", volunteer="Hà", topic="Làm quen",
                         minutes=60, attendees=[hoa.id, twin.id, nam.id, gone.id])
    trainer.learners.merge(twin.id, nam.id)
    trainer.learners.erase(gone.id)
    return hoa, nam


def test_picking_a_session_ticks_exactly_its_people_for_cards(qtbot, window, trainer, coordinator, tmp_path,
                                                             monkeypatch):
    hoa, nam = class_of_three(trainer)
    page = open_tool(window, "cards").page
    click(qtbot, page.checklist.all_button)
    assert page.print_button.text() == "Lưu thẻ cho 3 người"
    assert page.session.itemText(1) == "Những người dự buổi học ngày 14/03/2025: Làm quen"
    page.session.setCurrentIndex(1)
    assert [r.id for r in page.checklist.chosen()] == [nam.id, hoa.id]
    assert page.print_button.text() == "Lưu thẻ cho 2 người"
    assert not page.checklist.boxes[next(r.id for r in trainer.learners.all() if r.name == "Trần Thị Lan")].isChecked()
    monkeypatch.setattr(files, "ask_save_pdf", lambda parent, title, name: tmp_path / "lop.pdf")
    click(qtbot, page.print_button)
    text = " ".join("".join(p.extract_text() for p in PdfReader(tmp_path / "lop.pdf").pages).split())
    assert learner_code(hoa.id) in text and learner_code(nam.id) in text and "Trần Thị Lan" not in text


def test_the_certificates_of_a_session_count_a_joined_record_as_the_one_kept(qtbot, window, trainer, coordinator):
    """The second record of Nam came to the class and finished the lesson, then was joined
    into Nam's record: Nam is owed a certificate for that session; Lan, who finished
    but was not there, is not in the session's list."""
    from .conftest import FIRST

    hoa, nam, twin, lan = finished(trainer, "Nguyễn Thị Hoa", "Lê Văn Nam", "Le van Nam", "Trần Thị Lan")
    trainer.sessions.log(date="2025-03-14", place="Nhà văn hoá", volunteer="Hà", topic="Làm quen",
                         minutes=60, attendees=[hoa.id, twin.id])
    trainer.learners.merge(twin.id, nam.id)
    assert trainer.lessons.get(FIRST)
    owed = open_tool(window, "certificates").page
    assert owed.batch_button.text() == "Lưu cho cả 3 người…"
    assert owed.scope.itemText(1) == "Những người dự buổi học ngày 14/03/2025: Làm quen"
    owed.scope.setCurrentIndex(1)
    assert [learner.id for learner, _ in owed.model.rows] == [nam.id, hoa.id]
    assert owed.batch_button.text() == "Lưu cho cả 2 người…"
