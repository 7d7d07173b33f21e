"""Correcting and removing a teaching session from the sessions list, through the real window."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.sessions import CORRECTED, WITHDRAWN
from digital_literacy_app.ui.volunteer import registry

from .conftest import click, press, type_text
from .test_volunteer_access import keep_look, open_window, settle  # noqa: F401 (open_window: a fixture)

PLACE = "Nhà văn hoá tổ 5"


@pytest.fixture
def coordinator(window, trainer):
    account = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    window.volunteer_mode.sign_in(account)
    return account


@pytest.fixture
def people(trainer):
    return {name: trainer.learners.add(name, 1955) for name in ("Nguyễn Thị Hoa", "Lò Văn Páo", "Đinh Văn Mới")}


@pytest.fixture
def logged(trainer, people):
    """Two sessions: the older one (shown second) is the one the tests change."""
    book = trainer.sessions
    older = book.log(date="2025-03-14", place=PLACE, volunteer="Phạm Thị Hai", topic="Cài VNeID", minutes=90,
                     attendees=[people["Nguyễn Thị Hoa"].id, people["Lò Văn Páo"].id], area="e-services",
                     ward="Phường Kim Mã")
    newer = book.log(date="2025-03-20", place="Nhà văn hoá tổ 6", volunteer="Phạm Thị Hai", topic="Quét mã QR",
                     minutes=60, attendees=[people["Lò Văn Páo"].id], area="cashless", ward="Phường Kim Mã")
    return older, newer


def open_sessions(window):
    tool = next(t for t in registry.tools_for("coordinator") if t.key == "sessions")
    return window.volunteer_mode.open_tool(tool)


def rows(page):
    model = page.model
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_correcting_a_session_through_the_filled_in_form_shows_it_in_the_list(qtbot, window, trainer, coordinator,
                                                                            people, logged):
    """Choose the older session, press "Sửa": the form holds its values with Hoa and Páo
    ticked; change the topic and the minutes, untick Hoa, tick Mới, save: the list shows the
    corrected row marked "đã sửa", the other session is untouched, and the event is a
    correction by the signed-in coordinator."""
    older, newer = logged
    flow = open_sessions(window)
    listing = flow.page
    assert [row[0] for row in rows(listing)] == ["20/03/2025", "14/03/2025"]
    listing.table.selectRow(1)
    assert listing.correct_button.accessibleName() == f"Sửa buổi học ngày 14/03/2025 ở {PLACE}"
    click(qtbot, listing.correct_button)
    form = flow.page
    assert form.title.text() == "Sửa buổi học" and form.save_button.text() == "Lưu thay đổi"
    assert (form.date.text(), form.place.text(), form.topic.text(), form.minutes.text(), form.volunteer.text(),
            form.area.currentData()) == ("14/03/2025", PLACE, "Cài VNeID", "90", "Phạm Thị Hai", "e-services")
    assert set(form.attendees.ticked) == {people["Nguyễn Thị Hoa"].id, people["Lò Văn Páo"].id}
    assert form.count_label.text() == "Đã đánh dấu 2 người."
    assert QApplication.focusWidget() is form.date
    form.topic.clear()
    type_text(form.topic, "Cài và đăng nhập VNeID")
    form.minutes.setText("120")
    click(qtbot, form.attendees.boxes[people["Nguyễn Thị Hoa"].id])
    type_text(form.attendees.search, "mới")
    click(qtbot, form.attendees.boxes[people["Đinh Văn Mới"].id])
    click(qtbot, form.save_button)
    listing = flow.page
    assert listing.notice.text() == "Đã sửa buổi học ngày 14/03/2025: “Cài và đăng nhập VNeID” với 2 người."
    assert rows(listing) == [
        ["20/03/2025", "Quét mã QR (Thanh toán không dùng tiền mặt)", "Nhà văn hoá tổ 6", "Phạm Thị Hai", "60", "1"],
        ["14/03/2025", "Cài và đăng nhập VNeID (Dịch vụ công trực tuyến) · đã sửa", PLACE, "Phạm Thị Hai", "120", "2"],
    ]
    [event] = [e for e in trainer.log.all() if e.kind == CORRECTED]
    assert (event.payload["session"], event.payload["corrected_by"]) == (older.key, "Trần Thu Hà")
    assert sorted(event.payload["attendees"]) == sorted([people["Lò Văn Páo"].id, people["Đinh Văn Mới"].id])
    assert trainer.sessions.get(newer.key) == newer


def test_a_correction_that_breaks_a_rule_is_explained_and_not_saved(qtbot, window, trainer, coordinator, logged):
    """Nobody ticked, or a wrong date: the form says what is wrong, in the same words as
    when logging, and the session stays as it was."""
    flow = open_sessions(window)
    flow.page.table.selectRow(1)
    click(qtbot, flow.page.correct_button)
    form = flow.page
    form.date.setText("30/02/2025")
    click(qtbot, form.save_button)
    assert form.error.text().startswith("Ngày chưa đúng.")
    form.date.setText("15/03/2025")
    for box in list(form.attendees.boxes.values()):
        if box.isChecked():
            click(qtbot, box)
    click(qtbot, form.save_button)
    assert form.error.text() == "Đánh dấu ít nhất một người đã đến."
    assert [e for e in trainer.log.all() if e.kind == CORRECTED] == []
    click(qtbot, form.back_button)
    assert rows(flow.page)[1][0] == "14/03/2025"


def test_removing_a_session_after_the_confirmation(qtbot, window, trainer, coordinator, logged):
    """"Xoá buổi học" asks first, naming the date and place, with "keep" focused; "Xoá hẳn"
    takes the session out of the list and records who removed it."""
    older, newer = logged
    flow = open_sessions(window)
    flow.page.table.selectRow(1)
    click(qtbot, flow.page.withdraw_button)
    confirm = flow.page
    assert confirm.title.text() == f"Xoá buổi học ngày 14/03/2025 ở {PLACE}?"
    assert QApplication.focusWidget() is confirm.keep_button
    assert confirm.withdraw_button.accessibleName() == f"Xoá hẳn buổi học ngày 14/03/2025 ở {PLACE}"
    click(qtbot, confirm.withdraw_button)
    listing = flow.page
    assert listing.notice.text() == f"Đã xoá buổi học ngày 14/03/2025 ở {PLACE}."
    assert [row[0] for row in rows(listing)] == ["20/03/2025"]
    assert trainer.sessions.all() == [newer]
    [event] = [e for e in trainer.log.all() if e.kind == WITHDRAWN]
    assert event.payload == {"session": older.key, "withdrawn_by": "Trần Thu Hà"}


def test_cancelling_the_confirmation_changes_nothing(qtbot, window, trainer, coordinator, logged):
    """From the confirmation, the keyboard's Space on "Giữ buổi học này" (focused) and the
    top-left way back both return to the same list, and no event is recorded."""
    flow = open_sessions(window)
    before = (rows(flow.page), trainer.log.count())
    click(qtbot, flow.page.withdraw_button)
    assert flow.page.keep_button.text() == "Giữ buổi học này"
    press(qtbot, Qt.Key.Key_Space)
    assert (rows(flow.page), trainer.log.count()) == before
    flow.page.table.selectRow(1)
    click(qtbot, flow.page.withdraw_button)
    click(qtbot, flow.page.back_button)
    assert (rows(flow.page), trainer.log.count()) == before
    assert not flow.page.notice.isVisible()


def test_the_buttons_act_on_the_chosen_session_and_hide_when_there_is_none(qtbot, window, trainer, coordinator,
                                                                         people):
    """With no session the list offers only "Ghi buổi học"; with one, it is chosen at once
    and "Sửa" opens it."""
    listing = open_sessions(window).page
    assert not listing.correct_button.isVisible() and not listing.withdraw_button.isVisible()
    trainer.sessions.log(date="2025-03-14", place=PLACE, volunteer="Phạm Thị Hai", topic="VNeID", minutes=60,
                             attendees=[people["Lò Văn Páo"].id])
    flow = open_sessions(window)
    assert flow.page.chosen().topic == "VNeID" and flow.page.correct_button.isEnabled()
    click(qtbot, flow.page.correct_button)
    assert flow.page.topic.text() == "VNeID"


def walk_session_screens(window, trainer):
    """Yield (name, root) for each new sessions state, reached through the real buttons."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1955)
    book = trainer.sessions
    first = book.log(date="2025-03-14", place=PLACE, volunteer="Phạm Thị Hai", topic="Cài VNeID", minutes=90,
                     attendees=[hoa.id], area="e-services", ward="Phường Kim Mã")
    book.correct(first.key, date="2025-03-15", place=PLACE, volunteer="Phạm Thị Hai", topic="Cài VNeID",
                 minutes=90, attendees=[hoa.id], area="e-services", corrected_by="Phạm Thị Hai")
    window.volunteer_mode.sign_in(trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468"))
    flow = open_sessions(window)
    yield "sessions-corrected", window
    flow.page.correct_button.click()
    yield "session-correct", window
    flow.page.minutes.setText("")
    flow.page.save()
    yield "session-correct-error", window
    flow.page.back_button.click()
    flow.page.withdraw_button.click()
    yield "session-withdraw", window
    flow.page.withdraw_button.click()
    yield "sessions-after-withdraw", window


def test_the_new_screens_have_names_and_translations(qtbot, open_window):  # noqa: F811
    """Every focusable control has a name; in English every interface text differs from the
    Vietnamese (only names, places and dates stay), and no English source string shows in
    Vietnamese."""
    from digital_literacy_app.ui import i18n

    from .screens import visible_texts, visible_widgets
    from .test_keyboard_and_access import focusable
    from .test_translations import messages

    english = {source for _, source, translation in messages("vi") if translation.text != source}
    texts = {}
    for lang in ("vi", "en"):
        window, trainer = open_window(f"lang-{lang}")
        trainer.settings.set_device("start_language", lang)  # volunteer mode speaks the PC's language
        i18n.set_language(lang)
        texts[lang] = {}
        for screen, root in walk_session_screens(window, trainer):
            texts[lang][screen] = visible_texts(root)
            for widget in visible_widgets(root):
                text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
                if focusable(widget):
                    assert (widget.accessibleName().strip() or str(text).strip()), (screen, type(widget).__name__)
    data = {"Nguyễn Thị Hoa", "Nguyễn Thị Hoa (1955)", "Phạm Thị Hai", "Trần Thu Hà", PLACE, "Cài VNeID", "90",
            "1", ""}
    same = [(screen, vi_text) for screen in texts["vi"]
            for vi_text, en_text in zip(texts["vi"][screen], texts["en"][screen])
            if vi_text == en_text and vi_text not in data and not vi_text.replace("/", "").isdigit()]
    assert same == []
    leaks = [(screen, text) for screen, shown in texts["vi"].items() for text in shown if text in english]
    assert leaks == []


@pytest.mark.parametrize("scale, high_contrast", [(100, False), (200, False), (200, True)])
def test_the_new_screens_have_big_buttons_and_nothing_cut(qtbot, open_window, scale, high_contrast):  # noqa: F811
    """At 100 % and 200 % text, default and high contrast: no text under 16 pt, no button
    under 48 px, nothing past the window's edge or cut short, the window never grown."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from .screens import visible_widgets
    from .screens import text_cut

    window, trainer = open_window(f"sizes-{scale}-{high_contrast}")
    keep_look(window, high_contrast, scale)
    problems = []
    for screen, root in walk_session_screens(window, trainer):
        settle()
        if window.width() > 1366 or window.height() > 768:
            problems.append((screen, "window grew", window.width(), window.height()))
        for widget in visible_widgets(root):
            if (isinstance(widget, (QLabel, QAbstractButton)) and widget.text().strip()
                    and widget.font().pointSizeF() < 16):
                problems.append((screen, "small text", widget.text()[:30]))
            if isinstance(widget, QAbstractButton) and widget.height() < 48:
                problems.append((screen, "short button", widget.text()[:30], widget.height()))
            if widget.mapTo(window, widget.rect().topRight()).x() > window.width() + 1:
                problems.append((screen, "cut off", type(widget).__name__))
            if text_cut(widget):
                problems.append((screen, "text cut", widget.text()[:30]))
    assert problems == [], "\n".join(map(str, problems))
