"""Certificates from the volunteer tools: owed, one learner, a batch (with Stop), checking
a code or a PDF (genuine, changed, from an unknown computer), and learner card sheets."""

import threading

import pytest
from pypdf import PdfReader

from digital_literacy_app.core.certificates import CertificateBook
from digital_literacy_app.core.card_codes import learner_code
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui.volunteer import files, registry

from .conftest import FIRST, FIXTURE_LESSONS, click, type_text


@pytest.fixture
def coordinator(window, trainer):
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    window.volunteer_mode.sign_in(account)
    return account


def open_tool(window, key):
    return window.volunteer_mode.open_tool(next(t for t in registry.tools_for("coordinator") if t.key == key))


def finished(trainer, *names):
    """Learners who completed the only "basics" lesson: each has earned that area."""
    people = [trainer.learners.add(name) for name in names]
    for person in people:
        trainer.progress.complete_lesson(person.id, trainer.lessons.get(FIRST))
    return people


def test_one_learners_certificate_is_saved_where_chosen_with_the_volunteers_name(
        qtbot, window, trainer, coordinator, tmp_path, monkeypatch):
    """Earned areas have a save button, the others say what is missing; the PDF holds the
    learner's name and the signed-in volunteer's; it then shows as received."""
    [hoa] = finished(trainer, "Nguyễn Thị Hoa")
    monkeypatch.setattr(files, "ask_save_pdf", lambda parent, title, name: tmp_path / name)
    flow = open_tool(window, "certificates")
    owed = flow.page
    assert owed.count.text().startswith("1 người đã học xong")
    click(qtbot, owed.open_button)
    page = flow.page
    assert list(page.issue_buttons) == ["area:basics"]
    click(qtbot, page.issue_buttons["area:basics"])
    [record] = trainer.certificates.issued(hoa.id)
    assert record.volunteer == "Trần Thu Hà" and record.what == "area:basics"
    saved = tmp_path / "nguyen-thi-hoa-basics.pdf"
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Nguyễn Thị Hoa" in text and "Trần Thu Hà" in text
    assert page.notice.text() == f"Đã lưu giấy chứng nhận vào {saved}. Mở tệp để in."
    assert page.open_button.isVisible()


def test_a_topic_already_certified_offers_a_reprint_of_that_certificate_not_a_second_one(
        qtbot, window, trainer, coordinator, tmp_path, monkeypatch):
    """After issuing, the area says "Đã cấp ngày … (số …)" with "In lại": the same number,
    date and code in a new PDF, and still one certificate in the records."""
    from digital_literacy_app.core.certificates.book import code_in_pdf

    [hoa] = finished(trainer, "Nguyễn Thị Hoa")
    first = trainer.certificates.issue(hoa.id, "Hà", tmp_path / "first.pdf", "area:basics")
    monkeypatch.setattr(files, "ask_save_pdf", lambda parent, title, name: tmp_path / name)
    flow = open_tool(window, "certificates")
    assert not flow.page.open_button.isEnabled(), "nobody is owed one any more"
    flow.tool.show_learner(trainer.learners.get(hoa.id))  # as "Giấy chứng nhận" on the learner's page does
    page = flow.page
    assert "area:basics" not in page.issue_buttons, "no second certificate is offered"
    card_texts = [label.text() for label in page.content.findChildren(type(page.notice))]
    number = first.facts.certificate_id
    assert any(text.startswith("Đã cấp ngày ") and f"(số {number})" in text for text in card_texts)
    button = page.reprint_buttons["area:basics"]
    assert button.text() == "In lại"
    click(qtbot, button)
    again = tmp_path / f"nguyen-thi-hoa-{number}.pdf"
    assert code_in_pdf(again) == first.code, "the same certificate: the same signed code"
    assert page.notice.text() == f"Đã lưu lại giấy chứng nhận {number} vào {again}. Mở tệp để in."
    assert len(trainer.certificates.issued(hoa.id)) == 1


def test_a_batch_for_the_people_of_one_session_saves_one_pdf_each(qtbot, window, trainer, coordinator, tmp_path,
                                                                  monkeypatch):
    """Narrowed to a session's attendees, "Lưu cho cả 2 người" saves two PDFs off the GUI
    thread with the bar at the end; a third eligible person not at the session is left."""
    hoa, nam, other = finished(trainer, "Nguyễn Thị Hoa", "Lê Văn Nam", "Ngoài Buổi")
    trainer.sessions.log(date="2025-03-14", place="Nhà văn hoá", volunteer="Hà", topic="Làm quen",
                             minutes=60, attendees=[hoa.id, nam.id])
    monkeypatch.setattr(files, "ask_folder", lambda parent, title: tmp_path / "batch")
    flow = open_tool(window, "certificates")
    owed = flow.page
    owed.scope.setCurrentIndex(1)
    assert owed.batch_button.text() == "Lưu cho cả 2 người…"
    click(qtbot, owed.batch_button)
    batch = flow.page
    click(qtbot, batch.start_button)
    qtbot.waitUntil(lambda: batch.result is not None, timeout=20000)
    assert len(list((tmp_path / "batch").glob("*.pdf"))) == 2
    assert batch.bar.value() == 2
    assert batch.status.text() == f"Đã lưu 2 giấy chứng nhận vào {tmp_path / 'batch'}."
    assert {r.learner_id for r in trainer.certificates.issued()} == {hoa.id, nam.id}


def test_stop_ends_a_batch_after_the_certificate_being_saved(qtbot, window, trainer, coordinator, tmp_path,
                                                             monkeypatch):
    """Stop pressed while the first certificate is being written: that one is kept (PDF and
    record), the rest are not made, and the page says it stopped as asked."""
    finished(trainer, "An", "Bình", "Chi")
    gate, first_done = threading.Event(), threading.Event()
    original = CertificateBook.issue

    def slow_issue(self, *args, **kwargs):
        issued = original(self, *args, **kwargs)
        first_done.set()
        gate.wait(10)
        return issued

    monkeypatch.setattr(CertificateBook, "issue", slow_issue)
    monkeypatch.setattr(files, "ask_folder", lambda parent, title: tmp_path / "batch")
    flow = open_tool(window, "certificates")
    click(qtbot, flow.page.batch_button)
    batch = flow.page
    click(qtbot, batch.start_button)
    assert not batch.back_button.isEnabled(), "no leaving while it runs"
    qtbot.waitUntil(first_done.is_set, timeout=20000)
    click(qtbot, batch.cancel_button)
    assert batch.status.text() == "Sẽ dừng sau giấy chứng nhận đang lưu…"
    gate.set()
    qtbot.waitUntil(lambda: batch.result is not None, timeout=20000)
    assert batch.result.cancelled and len(batch.result.issued) == 1
    assert len(list((tmp_path / "batch").glob("*.pdf"))) == 1
    assert len(trainer.certificates.issued()) == 1
    assert "Đã dừng giữa chừng theo yêu cầu" in batch.status.text()
    assert batch.back_button.isEnabled()


def genuine_code(trainer, tmp_path):
    [hoa] = finished(trainer, "Nguyễn Thị Hoa")
    return trainer.certificates.issue(hoa.id, "Hà", tmp_path / "hoa.pdf").code


def test_checking_a_genuine_code_shows_who_what_when_and_this_computer(qtbot, window, trainer, coordinator,
                                                                        tmp_path):
    """A pasted genuine code: valid, with the name, the area, the date and "chính máy này"."""
    trainer.device.name, trainer.device.ward = "Máy 1", "Phường Kim Mã"
    code = genuine_code(trainer, tmp_path)
    page = open_tool(window, "verify").page
    page.code.setText(code)
    click(qtbot, page.check_button)
    assert page.verdict.text() == "Giấy chứng nhận hợp lệ."
    assert page.result.property("role") == "good"
    facts = page.facts.text().splitlines()
    assert facts[0] == "Họ và tên: Nguyễn Thị Hoa"
    assert facts[1] == "Đã hoàn thành: Làm quen với máy tính"
    assert facts[4] == "Máy cấp: Máy 1 (Phường Kim Mã), chính máy này"


def test_a_changed_character_is_invalid_and_a_stranger_pc_cannot_be_confirmed(qtbot, window, trainer, coordinator,
                                                                              tmp_path):
    """One letter of the name changed: invalid. A code from a PC never met: "Chưa thể xác
    nhận" with the advice to import its sync file first."""
    code = genuine_code(trainer, tmp_path)
    page = open_tool(window, "verify").page
    page.code.setText(code.replace("Hoa", "Hòa"))
    click(qtbot, page.check_button)
    assert page.verdict.text().startswith("Giấy chứng nhận không hợp lệ")
    assert page.result.property("role") == "bad"
    (tmp_path / "o").mkdir()
    with Trainer.open(tmp_path / "other", lesson_dirs=[FIXTURE_LESSONS]) as other:
        stranger = genuine_code(other, tmp_path / "o")
    page.code.setText(stranger)
    click(qtbot, page.check_button)
    assert page.verdict.text() == ("Chưa thể xác nhận: hãy nhập một tệp đồng bộ từ máy đã cấp giấy này trước.")
    assert "Họ và tên: Nguyễn Thị Hoa" in page.facts.text()


def test_checking_a_certificate_pdf(qtbot, window, trainer, coordinator, tmp_path, monkeypatch):
    """"Chọn tệp PDF…" reads the code from the file the app wrote."""
    genuine_code(trainer, tmp_path)
    monkeypatch.setattr(files, "ask_open_pdf", lambda parent, title: tmp_path / "hoa.pdf")
    page = open_tool(window, "verify").page
    click(qtbot, page.pdf_button)
    assert page.verdict.text() == "Giấy chứng nhận hợp lệ."


def test_a_card_sheet_is_saved_for_the_ticked_learners(qtbot, window, trainer, coordinator, tmp_path, monkeypatch):
    """Tick two people, save: the PDF carries their names and card codes, not the others'."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa")
    nam = trainer.learners.add("Lê Văn Nam")
    trainer.learners.add("Không In")
    monkeypatch.setattr(files, "ask_save_pdf", lambda parent, title, name: tmp_path / name)
    page = open_tool(window, "cards").page
    assert not page.print_button.isEnabled()
    click(qtbot, page.checklist.boxes[hoa.id])
    type_text(page.checklist.search, "nam")
    click(qtbot, page.checklist.boxes[nam.id])
    assert page.print_button.text() == "Lưu thẻ cho 2 người"
    click(qtbot, page.print_button)
    text = " ".join("".join(p.extract_text() for p in PdfReader(tmp_path / "the-hoc-vien.pdf").pages).split())
    assert "Nguyễn Thị Hoa" in text and "Lê Văn Nam" in text and "Không In" not in text
    assert learner_code(hoa.id) in text
    assert page.open_button.isVisible()


def test_cards_for_a_whole_class_are_ticked_at_once_even_past_the_first_sixty(
        qtbot, window, trainer, coordinator):
    """"Chọn tất cả" ticks everyone the search finds (all 70 when it is empty, though 60 are
    drawn); "Bỏ chọn hết" clears them."""
    from digital_literacy_app.ui.widgets.learner_checklist import MAX_SHOWN

    for number in range(70):
        trainer.learners.add(f"Người Học {number:02d}")
    page = open_tool(window, "cards").page
    assert len(page.checklist.boxes) == MAX_SHOWN
    click(qtbot, page.checklist.all_button)
    assert page.print_button.text() == "Lưu thẻ cho 70 người" and page.print_button.isEnabled()
    assert all(box.isChecked() for box in page.checklist.boxes.values())
    click(qtbot, page.checklist.none_button)
    assert not page.print_button.isEnabled()
    assert not any(box.isChecked() for box in page.checklist.boxes.values())
    type_text(page.checklist.search, "Học 1")
    click(qtbot, page.checklist.all_button)
    assert page.print_button.text() == "Lưu thẻ cho 10 người"


def test_a_coordinator_types_the_number_printed_large_and_finds_who_what_and_where(
        qtbot, window, trainer, coordinator, tmp_path):
    """Without a webcam: the number read off the paper ("fe5r dmp2" as typed), after the
    issuing ward PC's sync file was imported, shows the facts to compare with the paper;
    an unknown number says so and asks for the QR code; anything else says what a number is."""
    from digital_literacy_app.core.sync import exporter

    (tmp_path / "ward").mkdir()
    with Trainer.open(tmp_path / "ward-pc", lesson_dirs=[FIXTURE_LESSONS]) as ward:
        ward.device.name, ward.device.ward = "Máy 2", "Xã Sóc Sơn"
        [hoa] = finished(ward, "Nguyễn Thị Hoa")
        number = ward.certificates.issue(hoa.id, "Hà", tmp_path / "ward" / "hoa.pdf").facts.certificate_id
        sync_file = exporter.export(ward, tmp_path / "ward.dlsync").path
    page = open_tool(window, "verify").page
    typed = f"{number[:4].lower()} {number[4:].lower()}"
    page.code.setText(typed)
    click(qtbot, page.check_button)
    assert page.result.property("role") == "bad"
    assert page.verdict.text().startswith(f"Máy này không có giấy chứng nhận số {number}.")
    assert "mã QR" in page.verdict.text()
    trainer.sync.import_files([sync_file])
    click(qtbot, page.check_button)
    assert page.result.property("role") == "good"
    assert page.verdict.text() == f"Có giấy chứng nhận số {number}. Hãy so với tờ giấy:"
    facts = page.facts.text().splitlines()
    assert facts[0] == "Họ và tên: Nguyễn Thị Hoa"
    assert facts[4].startswith("Máy cấp: Máy 2") and "chính máy này" not in facts[4]
    assert facts[5] == f"Số chứng nhận: {number}"
    page.code.setText("12345")
    click(qtbot, page.check_button)
    assert page.result.property("role") == "bad" and "FE5RDMP2" in page.verdict.text()


def test_the_certificates_given_are_saved_as_a_spreadsheet(qtbot, window, trainer, coordinator, tmp_path,
                                                          monkeypatch):
    """"Lưu danh sách giấy đã cấp…": one row a certificate, read back with openpyxl."""
    from openpyxl import load_workbook

    trainer.device.name = "Máy 1"
    [hoa] = finished(trainer, "Nguyễn Thị Hoa")
    issued = trainer.certificates.issue(hoa.id, "Trần Thu Hà", tmp_path / "hoa.pdf")
    target = tmp_path / "da-cap.xlsx"
    monkeypatch.setattr(files, "ask_save_table", lambda parent, title, name: target)
    page = open_tool(window, "certificates").page
    click(qtbot, page.export_button)
    assert page.notice.message.text() == f"Đã lưu danh sách giấy chứng nhận đã cấp vào {target}."
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][0] == "Số chứng nhận (number)" and len(rows) == 2
    assert rows[1] == (issued.facts.certificate_id, "Nguyễn Thị Hoa", "Làm quen với máy tính",
                       issued.facts.issued_on, issued.facts.ward or "—", "Trần Thu Hà", "Máy 1")


def test_the_code_printed_under_the_qr_is_typed_into_the_check_box(qtbot, window, trainer, coordinator, tmp_path):
    """Without a webcam: the groups of five printed under the QR, typed in small letters with
    spaces, check as the QR does; one letter typed wrong is told as a typing mistake."""
    from digital_literacy_app.core.certificates.code import typed_code

    [hoa] = finished(trainer, "Nguyễn Thị Hoa")
    issued = trainer.certificates.issue(hoa.id, "Hà", tmp_path / "hoa.pdf")
    typed = typed_code(issued.code).lower()
    page = open_tool(window, "verify").page
    page.code.setText(typed)
    click(qtbot, page.check_button)
    assert page.result.property("role") == "good" and page.verdict.text() == "Giấy chứng nhận hợp lệ."
    assert page.facts.text().splitlines()[0] == "Họ và tên: Nguyễn Thị Hoa"
    slip = typed[:12] + ("q" if typed[12] != "q" else "r") + typed[13:]
    page.code.setText(slip)
    click(qtbot, page.check_button)
    assert page.result.property("role") == "bad" and page.verdict.text().startswith("Mã gõ vào có chỗ sai")
    assert page.facts.text() == ""
