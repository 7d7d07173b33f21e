"""Writing and importing sync files from the screens, on real data folders and real files.

Each test drives the real widgets (clicks on a stick's button, Stop, Details) against a
real Trainer; the work runs on Qt's thread pool exactly as in the app.
"""

import errno
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.sync import archive, exporter, importer, incoming
from digital_literacy_app.core.sync.keyfile import read_public_key
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui import i18n
from digital_literacy_app.ui.coordinator.devices_screen import DevicesScreen
from digital_literacy_app.ui.coordinator.export_screen import ExportScreen
from digital_literacy_app.ui.coordinator.import_screen import ImportScreen
from digital_literacy_app.ui.seat import Seat
from digital_literacy_app.ui.widgets.drive_picker import Drive, DrivePicker

from .conftest import FIXTURE_LESSONS, FIRST, FakeVoice, click


@pytest.fixture
def seat(app, trainer):
    return Seat(trainer, FakeVoice())


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def one_drive(path):
    return lambda: [Drive("KINGSTON (E:)", path, 3_500_000_000)]


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    QApplication.processEvents()
    return widget


def open_details(qtbot, screen):
    """Known computers fold what is above the list when the list would not show eight rows
    on screen with it (issue 17): open it with its button, as a coordinator would."""
    qtbot.waitUntil(lambda: not screen.fold.is_open, timeout=2000)
    click(qtbot, screen.fold.button)
    return screen


def teach(trainer, name="Nguyễn Thị Hường"):
    """A learner who did the first step of the first lesson, so there is progress to carry."""
    learner = trainer.learners.add(name, 1956, "elderly", "Xã Ba Vì")
    lesson = trainer.lessons.get(FIRST)
    trainer.progress.start_lesson(learner.id, lesson)
    trainer.progress.complete_step(learner.id, lesson, lesson.steps[0].id)
    return learner


def state(trainer):
    """What the screens and reports read, to compare before and after."""
    return (trainer.log.count(), sorted(r.id for r in trainer.learners.all()),
            trainer.db.conn.execute("SELECT COUNT(*) FROM imported_files").fetchone()[0])


def other_pc(tmp_path, name, learners=("Trần Văn Ba",)):
    pc = Trainer.open(tmp_path / name, lesson_dirs=[FIXTURE_LESSONS])
    for learner in learners:
        teach(pc, learner)
    return pc


# --- writing ---------------------------------------------------------------------------------
def test_export_writes_a_checked_file_to_the_stick_that_imports_elsewhere(qtbot, seat, trainer, stick, tmp_path):
    """One press on the stick's name: the file is written off the GUI thread, the screen says
    it was read back and the stick can be removed, and another PC imports the learner."""
    learner = teach(trainer)
    screen = show(qtbot, ExportScreen(seat, list_drives=one_drive(stick)))
    button = screen.picker.buttons[stick]
    assert "KINGSTON (E:)" in button.title_label.text() and "3,5 GB" in button.detail_label.text()
    click(qtbot, button)
    assert screen.progress.isVisible() and not screen.picker.isEnabled(), "busy while writing"
    qtbot.waitUntil(lambda: screen.task is None, timeout=10000)
    assert screen.notice.property("role") == "good"
    assert "có thể rút USB ra" in screen.notice.message.text()
    written = list(stick.glob("*.dlsync"))
    assert written == [screen.result.path] and not list(stick.glob(".*partial"))
    assert screen.done_button.isVisible()

    with Trainer.open(tmp_path / "coordinator", lesson_dirs=[FIXTURE_LESSONS]) as coordinator:
        [result] = importer.import_files(coordinator, written)
        assert result.status == "imported" and result.learners_new == 1
        assert coordinator.learners.get(learner.id).name == learner.name
        assert coordinator.progress.for_learner(learner.id)[FIRST].steps_done == 1


def test_a_chosen_coordinator_key_is_remembered_and_seals_the_file(qtbot, seat, trainer, stick, tmp_path):
    """The volunteer picks the coordinator's key file once; from then on the screen offers
    (ticked) to seal, and the sealed file opens only on the coordinator's PC."""
    teach(trainer)
    coordinator = Trainer.open(tmp_path / "coordinator", lesson_dirs=[FIXTURE_LESSONS])
    key_file = coordinator.devices.write_public_key(tmp_path / "khoa.dlkey")
    screen = show(qtbot, ExportScreen(seat, list_drives=one_drive(stick)))
    assert not screen.seal_box.isVisible(), "nothing to seal to before a key was chosen"
    screen.ask_key_file = lambda: str(key_file)
    click(qtbot, screen.key_button)
    assert trainer.settings.device()["coordinator_key_file"] == str(key_file.resolve())

    again = show(qtbot, ExportScreen(seat, list_drives=one_drive(stick)))
    assert again.seal_box.isVisible() and again.seal_box.isChecked()
    assert "Niêm phong cho điều phối viên" in again.seal_box.text()
    click(qtbot, again.picker.buttons[stick])
    qtbot.waitUntil(lambda: again.task is None, timeout=10000)
    assert "niêm phong" in again.notice.message.text()
    [sealed] = stick.glob("*.dlsync")
    assert sealed.read_bytes().startswith(archive.SEALED_MAGIC)
    try:
        [result] = importer.import_files(coordinator, [sealed])
        assert result.status == "imported" and result.learners_new == 1
    finally:
        coordinator.close()
    with Trainer.open(tmp_path / "stranger") as stranger:
        [result] = importer.import_files(stranger, [sealed])
        assert result.status == "refused" and "sealed for another computer" in result.reason


def test_a_file_that_is_not_a_key_is_refused_and_nothing_is_remembered(qtbot, seat, trainer, stick, tmp_path):
    """Choosing some other file says so in plain words and changes no setting."""
    other = tmp_path / "notes.txt"
    other.write_text("không phải khóa", encoding="utf-8")
    screen = show(qtbot, ExportScreen(seat, list_drives=one_drive(stick)))
    screen.ask_key_file = lambda: str(other)
    click(qtbot, screen.key_button)
    assert screen.notice.property("role") == "bad"
    assert screen.notice.message.text() == "Đây không phải tệp khóa của điều phối viên."
    assert trainer.settings.device()["coordinator_key_file"] == ""


def test_a_pulled_stick_is_explained_and_no_file_is_claimed(qtbot, seat, trainer, tmp_path):
    """The stick vanished between the list and the press: the screen says so, with the
    English detail one press away, and offers the sticks again."""
    teach(trainer)
    gone = tmp_path / "pulled-out"
    screen = show(qtbot, ExportScreen(seat, list_drives=one_drive(gone)))
    click(qtbot, screen.picker.buttons[gone])
    qtbot.waitUntil(lambda: screen.task is None, timeout=10000)
    assert screen.notice.property("role") == "bad"
    assert screen.notice.message.text().startswith("Không tìm thấy USB")
    assert not screen.notice.detail.isVisible()
    click(qtbot, screen.notice.details_button)
    assert "does not exist" in screen.notice.detail.text()
    assert screen.picker.isEnabled() and not screen.done_button.isVisible()


def test_a_full_stick_is_explained_and_leaves_no_half_file(qtbot, seat, trainer, stick, monkeypatch):
    """The disk reports "no space left" while the file is flushed: the screen says the stick
    is full, and neither the file nor its temporary copy stays on the stick."""
    teach(trainer)

    def no_space(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exporter, "_flush", no_space)
    screen = show(qtbot, ExportScreen(seat, list_drives=one_drive(stick)))
    click(qtbot, screen.picker.buttons[stick])
    qtbot.waitUntil(lambda: screen.task is None, timeout=10000)
    assert screen.notice.message.text().startswith("USB đã đầy")
    assert list(stick.iterdir()) == []


# --- the list of sticks ------------------------------------------------------------------------
def test_a_stick_plugged_in_appears_without_pressing_anything(qtbot, app, tmp_path):
    """The drives are checked every 2 seconds while the list is on screen, and not when hidden."""
    plugged: list[Drive] = []
    picker = show(qtbot, DrivePicker(lambda: list(plugged)))
    assert picker.empty_label.isVisible() and picker.buttons == {}
    assert picker.timer.isActive()
    plugged.append(Drive("SANDISK (F:)", tmp_path, 8_000_000_000))
    qtbot.waitUntil(lambda: tmp_path in picker.buttons, timeout=3500)
    assert picker.buttons[tmp_path].isVisible() and not picker.empty_label.isVisible()
    chosen = []
    picker.chosen.connect(chosen.append)
    click(qtbot, picker.buttons[tmp_path])
    assert chosen == [tmp_path]
    picker.hide()
    assert not picker.timer.isActive()


def test_another_folder_can_be_chosen(qtbot, app, tmp_path):
    """"Chọn thư mục khác…" asks for a folder and passes it on; cancelling passes nothing."""
    picker = show(qtbot, DrivePicker(lambda: []))
    assert picker.other_button.text() == "Chọn thư mục khác…"
    chosen = []
    picker.chosen.connect(chosen.append)
    picker.ask_folder = lambda: ""
    click(qtbot, picker.other_button)
    picker.ask_folder = lambda: str(tmp_path)
    click(qtbot, picker.other_button)
    assert chosen == [tmp_path]


# --- importing ---------------------------------------------------------------------------------
@pytest.fixture
def good_and_tampered(tmp_path, stick):
    """A stick holding a good file from one PC and a copy of another PC's file with one byte changed."""
    with other_pc(tmp_path, "pc-ba-vi") as pc:
        good = exporter.export(pc, stick / "ba-vi.dlsync").path
        learners = [r.id for r in pc.learners.all()]
    with other_pc(tmp_path, "pc-son-tay", ("Lê Thị Bốn",)) as pc:
        source = exporter.export(pc, tmp_path / "son-tay.dlsync").path
    data = bytearray(source.read_bytes())
    data[80] ^= 0x01  # inside the compressed events, which the signature covers
    (stick / "son-tay.dlsync").write_bytes(bytes(data))
    return good, learners


def test_a_folder_with_a_good_and_a_tampered_file(qtbot, seat, trainer, stick, good_and_tampered):
    """One file is imported with its counts; the changed one is refused with a plain
    Vietnamese reason, the core's English words behind "Chi tiết"; nothing of it is kept."""
    good, learners = good_and_tampered
    screen = show(qtbot, ImportScreen(seat, list_drives=one_drive(stick)))
    click(qtbot, screen.picker.buttons[stick])
    qtbot.waitUntil(lambda: screen.task is None, timeout=15000)
    assert screen.pages.currentWidget() is screen.results_page
    results = {r.path.name: r for r in screen.results}
    assert results["ba-vi.dlsync"].status == "imported"
    assert results["son-tay.dlsync"].status == "refused"
    model = screen.model
    rows = {model.data(model.index(row, 0)): row for row in range(model.rowCount())}
    good_row, bad_row = rows["ba-vi.dlsync"], rows["son-tay.dlsync"]
    outcome = model.columns.index(2)
    cell = model.data(model.index(good_row, outcome))
    assert cell == "Đã nhập"
    assert model.data(model.index(good_row, 3)) == str(results["ba-vi.dlsync"].events_new) != "0"
    assert model.data(model.index(good_row, 4)) == "1"
    reason = model.data(model.index(bad_row, outcome))
    assert reason == ("Bị từ chối: Tệp đã bị sửa sau khi ghi (chữ ký không khớp). Hãy chép lại tệp từ máy đã "
                      "tạo ra nó (ghi lại tệp ở máy đó nếu cần), rồi nhập lại.")
    assert "signature does not match" in model.data(model.index(bad_row, outcome), Qt.ItemDataRole.ToolTipRole)
    summary = screen.summary.message.text()
    assert summary.startswith("Đã nhập 1 tệp") and "1 tệp bị từ chối" in summary
    assert screen.summary.property("role") == "hint", "one file went in: a mixed result, not a failure"

    screen.table.selectRow(bad_row)
    click(qtbot, screen.details_button)
    assert screen.row_details.isVisible()
    assert "signature does not match" in screen.row_details.text()
    assert sorted(r.id for r in trainer.learners.all()) == sorted(learners)


def test_stop_during_a_file_merges_nothing_from_it(qtbot, seat, trainer, stick, good_and_tampered, monkeypatch):
    """Stop pressed while the first file's records are being read: that file is not merged
    (and the next is not read), the database is exactly as before, and the screen says so."""
    monkeypatch.setattr(incoming, "CHUNK", 1)  # report (and check for Stop) after every record
    real_import = importer.import_files
    reached, pressed = threading.Event(), threading.Event()

    def import_and_wait_for_stop(own, paths, on_progress=None, cancelled=lambda: False):
        def progress(index, count, fraction, name):
            on_progress(index, count, fraction, name)
            if 0 < fraction < 1 and not reached.is_set():
                reached.set()  # in the middle of the first file: let the test press Stop
                pressed.wait(5)

        return real_import(own, paths, on_progress=progress, cancelled=cancelled)

    monkeypatch.setattr(importer, "import_files", import_and_wait_for_stop)
    before = state(trainer)
    screen = show(qtbot, ImportScreen(seat, list_drives=one_drive(stick)))
    click(qtbot, screen.picker.buttons[stick])
    qtbot.waitUntil(reached.is_set, timeout=10000)
    qtbot.waitUntil(lambda: screen.file_bar.value() > 0, timeout=3000)
    assert screen.pages.currentWidget() is screen.running_page
    click(qtbot, screen.cancel_button)
    pressed.set()
    qtbot.waitUntil(lambda: screen.task is None, timeout=10000)
    assert [r.status for r in screen.results] == ["cancelled", "cancelled"]
    outcome = screen.model.columns.index(2)
    assert screen.model.data(screen.model.index(0, outcome)) == "Đã dừng: không nhập gì từ tệp này"
    assert screen.model.data(screen.model.index(1, outcome)) == "Chưa nhập: đã dừng trước tệp này"
    assert "tệp đang đọc dở không được nhập chút nào" in screen.summary.message.text()
    assert state(trainer) == before


def test_importing_the_same_stick_again_adds_nothing(qtbot, seat, trainer, stick, good_and_tampered):
    """A second import of the same stick says each good file was imported before."""
    importer.import_files(trainer, [stick])
    before = state(trainer)
    screen = show(qtbot, ImportScreen(seat, list_drives=one_drive(stick)))
    click(qtbot, screen.picker.buttons[stick])
    qtbot.waitUntil(lambda: screen.task is None, timeout=15000)
    statuses = {r.path.name: r.status for r in screen.results}
    assert statuses == {"ba-vi.dlsync": "already", "son-tay.dlsync": "refused"}
    assert state(trainer) == before


def test_an_empty_folder_says_no_sync_files_were_found(qtbot, seat, tmp_path):
    """Pointing at a folder without sync files is not an error, just a plain sentence."""
    empty = tmp_path / "empty"
    empty.mkdir()
    screen = show(qtbot, ImportScreen(seat, list_drives=lambda: []))
    screen.picker.ask_folder = lambda: str(empty)
    click(qtbot, screen.picker.other_button)
    qtbot.waitUntil(lambda: screen.task is None, timeout=10000)
    assert screen.summary.message.text().startswith("Không tìm thấy tệp đồng bộ")


# --- known computers -----------------------------------------------------------------------------
def test_known_computers_are_listed_and_this_computers_key_is_saved(qtbot, seat, trainer, tmp_path, stick):
    """After an import the other PC is listed with its ward and dates; "Lưu khóa công khai
    của máy này" writes a key file volunteers can seal to."""
    empty = show(qtbot, DevicesScreen(seat))
    assert empty.empty_label.isVisible() and not empty.table.isVisible()
    with other_pc(tmp_path, "pc-ba-vi") as pc:
        pc.device.name, pc.device.ward = "PC-phuong-1", "Xã Ba Vì"
        exporter.export(pc, stick / "ba-vi.dlsync")
        other_id = pc.device.device_id
    importer.import_files(trainer, [stick])
    screen = open_details(qtbot, show(qtbot, DevicesScreen(seat)))
    model = screen.model
    assert model.rowCount() == 1 and screen.table.isVisible()
    assert model.data(model.index(0, 0)) == f"PC-phuong-1 · {other_id[:6]}"
    assert model.data(model.index(0, 1)) == "Xã Ba Vì"
    assert model.data(model.index(0, 2)) not in ("", "—")

    target = tmp_path / "khoa-dieu-phoi.dlkey"
    screen.ask_save_path = lambda name: str(target)
    assert screen.save_key_button.text() == "Lưu khóa công khai của máy này…"
    click(qtbot, screen.save_key_button)
    assert screen.notice.property("role") == "good"
    key = read_public_key(target)
    assert (key.device_id, key.public_key) == (trainer.device.device_id, trainer.device.public_key_hex)


# --- every coordinator screen: sizes, names, language ------------------------------------------------
def coordinator_screens(qtbot, seat, trainer, tmp_path):
    """Yield (name, widget) for each state of the sync and coordinator screens, on screen."""
    from digital_literacy_app.ui.coordinator.reports_screen import ReportsScreen

    stick = tmp_path / "all-stick"
    stick.mkdir(exist_ok=True)
    if not list(stick.glob("*.dlsync")):
        with other_pc(tmp_path, "pc-all") as pc:
            exporter.export(pc, stick / "pc-all.dlsync")
        (stick / "broken.dlsync").write_bytes(b"not a zip at all")
        teach(trainer)
    drives = lambda: [Drive("KINGSTON (E:)", stick, 3_500_000_000), Drive("USB DISK (F:)", tmp_path, 10**9, True)]
    export = show(qtbot, ExportScreen(seat, list_drives=drives))
    yield "export", export
    click(qtbot, export.picker.buttons[tmp_path])
    qtbot.waitUntil(lambda: export.task is None, timeout=10000)
    yield "export-done", export
    importing = show(qtbot, ImportScreen(seat, list_drives=drives))
    yield "import", importing
    click(qtbot, importing.picker.buttons[stick])
    qtbot.waitUntil(lambda: importing.task is None, timeout=10000)
    importing.table.selectRow(0)
    click(qtbot, importing.details_button)
    yield "import-results", importing
    yield "devices", show(qtbot, DevicesScreen(seat))
    reports = ReportsScreen(seat)
    with qtbot.waitSignal(reports.report_ready, timeout=10000):
        show(qtbot, reports)
    yield "reports", reports
    click(qtbot, reports.fold_button)  # the choices and chart, folded or opened
    yield "reports-folded" if reports.panel.is_open is False else "reports-chart", reports


@pytest.mark.parametrize("scale, high_contrast", [(100, False), (200, True)])
def test_every_coordinator_screen_is_big_named_and_fits(qtbot, seat, trainer, tmp_path, scale, high_contrast):
    """At 100 % and at 200 % in high contrast: no text under 16 pt, no button under
    48 px, nothing wider than the 1366 px window or cut off, and every control a keyboard
    reaches has a name a screen reader can say."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from digital_literacy_app.ui import theme

    from .screens import visible_widgets
    from .screens import text_cut

    theme.apply(QApplication.instance(), high_contrast, scale)
    problems = []
    for name, root in coordinator_screens(qtbot, seat, trainer, tmp_path):
        QApplication.processEvents()
        if root.width() > 1366:
            problems.append((name, "wider than the window", root.width()))
        for widget in visible_widgets(root):
            text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
            if text.strip() and widget.font().pointSizeF() < 16:
                problems.append((name, "small text", text[:30], widget.font().pointSizeF()))
            if isinstance(widget, QAbstractButton) and widget.height() < 48:
                problems.append((name, "short button", text[:30], widget.height()))
            if widget.mapTo(root, widget.rect().topRight()).x() > root.width() + 1:
                problems.append((name, "cut off", type(widget).__name__, text[:30]))
            if text_cut(widget):
                problems.append((name, "text cut", text[:30]))
            focusable = widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if focusable and not (widget.accessibleName().strip() or text.strip()):
                problems.append((name, "nameless", type(widget).__name__))
    assert problems == [], "\n".join(map(str, problems))


def test_no_english_interface_text_shows_on_the_vietnamese_coordinator_screens(qtbot, seat, trainer, tmp_path):
    """In Vietnamese, no visible text or accessible name is one of the English source strings."""
    from .screens import visible_texts
    from .test_translations import messages

    english = {source for _, source, translation in messages("vi") if translation.text != source}
    leaks = []
    for name, root in coordinator_screens(qtbot, seat, trainer, tmp_path):
        leaks += [(name, text) for text in visible_texts(root) if text in english]
        model = getattr(root, "model", None)
        if model is not None:
            headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
            leaks += [(name, text) for text in headers if text in english]
    assert leaks == []


def test_the_screens_speak_english_when_asked(qtbot, seat, trainer, tmp_path):
    """The same screens in English: the Vietnamese words are gone from buttons and titles."""
    i18n.set_language("en")
    try:
        screens = dict(coordinator_screens(qtbot, seat, trainer, tmp_path))
        assert screens["export"].title.text() == "Write a sync file"
        assert screens["export"].picker.other_button.text() == "Choose another folder…"
        assert screens["import-results"].done_button.text() == "Done  ›"
        assert screens["reports"].fold_button.text().startswith("Choices and chart")
    finally:
        i18n.set_language("vi")


# --- the volunteer home and the keyboard ------------------------------------------------------------
def test_volunteers_get_the_export_and_coordinators_all_four_tools(qtbot, seat):
    """The tools register with the volunteer home by role, and "‹ Công cụ tình nguyện viên" goes home."""
    from digital_literacy_app.ui import coordinator
    from digital_literacy_app.ui.volunteer import registry

    mine = {tool.key for tool in coordinator.TOOLS}
    assert {t.key for t in registry.tools_for("volunteer")} & mine == {"sync-export"}
    assert {t.key for t in registry.tools_for("coordinator")} & mine == mine
    titles = {tool.key: tool.title() for tool in coordinator.TOOLS}
    assert titles["sync-export"] == "Ghi tệp đồng bộ ra USB"
    for tool in coordinator.TOOLS:
        went_home = []
        screen = show(qtbot, tool.make_screen(seat, lambda: went_home.append(True)))
        qtbot.waitUntil(lambda: getattr(screen, "task", None) is None, timeout=10000)
        click(qtbot, screen.back_button)
        assert went_home == [True], tool.key


def test_writing_and_importing_with_the_keyboard_only(qtbot, seat, trainer, stick, tmp_path):
    """Enter on the stick writes the file; on another PC, Enter on the stick imports it and
    Enter on "Xong" goes home. No mouse."""
    teach(trainer)
    screen = show(qtbot, ExportScreen(seat, list_drives=one_drive(stick)))
    screen.activateWindow()
    screen.focus_start()
    assert QApplication.focusWidget() is screen.picker.buttons[stick]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.task is None, timeout=10000)
    assert len(list(stick.glob("*.dlsync"))) == 1
    assert QApplication.focusWidget() is screen.done_button

    with Trainer.open(tmp_path / "coordinator", lesson_dirs=[FIXTURE_LESSONS]) as coordinator:
        other = show(qtbot, ImportScreen(Seat(coordinator, FakeVoice()), list_drives=one_drive(stick)))
        other.activateWindow()
        other.focus_start()
        went_home = []
        other.back.connect(lambda: went_home.append(True))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: other.task is None, timeout=10000)
        assert [r.status for r in other.results] == ["imported"]
        assert QApplication.focusWidget() is other.done_button
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert went_home == [True]


def test_a_city_import_names_the_file_being_checked_then_the_one_being_merged(qtbot, seat, trainer, stick,
                                                                          monkeypatch):
    """On a city store the files are checked until the first merge begins, the checks the
    bar's first half: the label named the bar's position as the file ("Tệp 3 trên 10" while
    the sixth was checked). The calls are the core's own (checked_ahead.Progress)."""
    from pathlib import Path

    from digital_literacy_app.core.sync.checked_ahead import Progress

    monkeypatch.setattr(Trainer, "city_store", property(lambda self: "dla@db.city.example/dla_city"))
    screen = show(qtbot, ImportScreen(seat, list_drives=one_drive(stick)))
    progress = Progress(lambda index, count, fraction, name: screen._progressed(index + fraction, count, name),
                        10, True)
    progress.checked(5.5, "f6.dlsync")
    assert (screen.file_label.text(), screen.all_label.text()) == ("Đang kiểm tra f6.dlsync", "Tệp 6 trên 10")
    heard = QAccessible.queryAccessibleInterface(screen.file_label).text(QAccessible.Text.Name)
    assert heard == "Đang kiểm tra f6.dlsync"  # what a screen reader reads, not only the picture
    assert QAccessible.queryAccessibleInterface(screen.file_bar).text(QAccessible.Text.Name)
    assert screen.file_bar.value() == screen.file_bar.maximum() // 2
    assert abs(screen.all_bar.value() / screen.all_bar.maximum() - 0.275) < 0.01
    progress.merging(5, Path("f6.dlsync"))(0.5)
    assert (screen.file_label.text(), screen.all_label.text()) == ("Đang nhập f6.dlsync", "Tệp 6 trên 10")
    assert screen.file_bar.value() == screen.file_bar.maximum() // 2
    assert abs(screen.all_bar.value() / screen.all_bar.maximum() - 0.775) < 0.01
    progress.checked(9.5, "f10.dlsync")  # a check ending after the merges began: ahead of them, not said
    assert screen.file_label.text() == "Đang nhập f6.dlsync"
    progress.merging(9, Path("f10.dlsync"))(1.0)
    assert screen.file_label.text() == "Đang tổng hợp số liệu\u2026" and screen.all_label.text() == "Tệp 10 trên 10"


def test_once_every_file_is_read_stop_goes_and_the_wait_is_explained(qtbot, seat, trainer, stick,
                                                                     good_and_tampered, monkeypatch):
    """While the figures are put together (the fold after the last file), Stop could not
    stop anything: it is disabled and the note says to wait; a new import brings it back."""
    real_refold, seen = importer.refold, []

    def watched_refold(*args, **kwargs):
        seen.append(True)
        return real_refold(*args, **kwargs)

    monkeypatch.setattr(importer, "refold", watched_refold)
    screen = show(qtbot, ImportScreen(seat, list_drives=one_drive(stick)))
    screen._moved(0, 2, 0.5, "ba-vi.dlsync")
    assert screen.cancel_button.isEnabled()
    stop_note = screen.cancel_note.text()
    screen._moved(1, 2, 1.0, "son-tay.dlsync")
    assert screen.file_label.text() == "Đang tổng hợp số liệu\u2026"
    assert not screen.cancel_button.isEnabled()
    assert "xin chờ" in screen.cancel_note.text() and screen.cancel_note.text() != stop_note
    click(qtbot, screen.picker.buttons[stick])
    assert screen.cancel_button.isEnabled() and screen.cancel_note.text() == stop_note
    qtbot.waitUntil(lambda: screen.task is None, timeout=15000)
    assert seen


def test_records_relayed_for_an_unknown_computer_are_shown_as_kept_aside(qtbot, seat, trainer, stick, tmp_path):
    """A ward PC relays another PC's records, whose key this coordinator has never learnt:
    the file is imported, and its row says those records are kept aside and not counted;
    "Chi tiết" says they count once that computer's own file comes."""
    with other_pc(tmp_path, "pc-ba-vi", ("Lê Thị Năm",)) as origin:
        first = exporter.export(origin, tmp_path / "ba-vi.dlsync").path
        relayed = [r.id for r in origin.learners.all()]
    with other_pc(tmp_path, "pc-son-tay", ()) as relay:
        relay.sync.import_files([first])
        exporter.export(relay, stick / "son-tay.dlsync")
    screen = show(qtbot, ImportScreen(seat, list_drives=one_drive(stick)))
    click(qtbot, screen.picker.buttons[stick])
    qtbot.waitUntil(lambda: screen.task is None, timeout=15000)
    [result] = screen.results
    assert result.status == "imported" and result.events_held > 0
    model = screen.model
    cell = model.data(model.index(0, model.columns.index(2)))
    assert cell == f"Đã nhập; {result.events_held} bản ghi của máy khác được cất riêng, chưa tính (xem Chi tiết)"
    assert not set(relayed) & {r.id for r in trainer.learners.all()}
    assert f"{result.events_held} bản ghi của máy khác được cất riêng, chưa tính" in screen.summary.message.text()
    screen.table.selectRow(0)
    click(qtbot, screen.details_button)
    assert "chưa được tính" in screen.row_details.text()
    trainer.sync.import_files([first])
    assert set(relayed) <= {r.id for r in trainer.learners.all()}


def test_a_coordinator_is_trusted_by_its_typed_fingerprint_and_a_lost_pc_is_retired(qtbot, seat, trainer, tmp_path):
    """Known computers: the fingerprint is shown; a mistyped one is refused in Vietnamese,
    the right one (typed in small letters, with spaces) is trusted; a chosen PC is retired
    only after "Đồng ý thu hồi", and the list then shows the day."""
    with other_pc(tmp_path, "pc-mat-trom") as lost:
        trainer.sync.import_files([exporter.export(lost, tmp_path / "lost.dlsync").path])
        lost_id = lost.device.device_id
    with other_pc(tmp_path, "pc-dieu-phoi", ()) as coordinator:
        wanted = coordinator.trust.fingerprint()
    screen = open_details(qtbot, show(qtbot, DevicesScreen(seat)))
    panel = screen.trust_panel
    assert trainer.trust.fingerprint().replace("-", "\u2011") in panel.fingerprint_label.text()
    assert panel.trusted_label.text() == "Máy này chưa tin điều phối viên nào."
    qtbot.keyClicks(panel.fingerprint_edit, "ABCD")
    qtbot.keyClick(panel.fingerprint_edit, Qt.Key.Key_Return)
    assert "không phải mã nhận diện" in panel.notice.message.text()
    panel.fingerprint_edit.clear()
    qtbot.keyClicks(panel.fingerprint_edit, wanted.lower().replace("-", " "))
    click(qtbot, panel.trust_button)
    assert trainer.trust.coordinators() == [(wanted, "")]
    assert wanted in panel.trusted_label.text() and panel.fingerprint_edit.text() == ""

    retire = screen.retire_panel
    assert not retire.retire_button.isEnabled()
    screen.table.selectRow(0)
    assert retire.retire_button.isEnabled()
    click(qtbot, retire.retire_button)
    assert retire.confirm_box.isVisible() and "Không thể hoàn tác" in retire.question.text()
    click(qtbot, retire.cancel_button)
    assert trainer.devices.get(lost_id).retired_on is None
    click(qtbot, retire.retire_button)
    click(qtbot, retire.confirm_button)
    assert trainer.devices.get(lost_id).retired_on is not None
    assert "Đã thu hồi" in retire.notice.message.text()
    model = screen.model
    assert model.data(model.index(0, 5)) == trainer.devices.get(lost_id).retired_on
    assert not retire.retire_button.isEnabled()


def test_a_new_key_is_made_only_after_confirming_and_the_new_fingerprint_is_shown(qtbot, seat, trainer, tmp_path):
    """"Tạo khóa mới cho máy này…" asks first; "Hủy" changes nothing; confirming shows the
    new fingerprint, which the core now signs with."""
    import zxingcpp
    from PIL import Image

    def qr_text(name):
        path = tmp_path / name
        assert panel.fingerprint_qr.grab().save(str(path))
        return [r.text for r in zxingcpp.read_barcodes(Image.open(path))]

    screen = show(qtbot, DevicesScreen(seat))
    panel = screen.trust_panel
    before = trainer.trust.fingerprint()
    assert qr_text("before.png") == [before]
    click(qtbot, panel.rotate_button)
    assert panel.rotate_box.isVisible() and "sao chép" in panel.rotate_question.text()
    click(qtbot, panel.rotate_cancel)
    assert trainer.trust.fingerprint() == before and not panel.rotate_box.isVisible()
    click(qtbot, panel.rotate_button)
    click(qtbot, panel.rotate_confirm)
    after = trainer.trust.fingerprint()
    assert after != before
    assert after.replace("-", "\u2011") in panel.fingerprint_label.text()
    assert after in panel.notice.message.text()
    assert qr_text("after.png") == [after]  # a hand scanner reads the new one


def test_known_computers_name_those_not_heard_from_for_a_month(qtbot, seat, trainer, tmp_path):
    """Days since each computer's latest file, and the ones quiet for 30 days or more named
    above the list (the wards to call); a retired computer is not asked for."""
    from datetime import datetime, timedelta, timezone

    ids = {}
    for name in ("pc-ba-vi", "pc-son-tay"):
        with other_pc(tmp_path, name) as pc:
            pc.device.name, pc.device.ward = name.upper(), "Xã " + name[3:]
            trainer.sync.import_files([exporter.export(pc, tmp_path / f"{name}.dlsync").path])
            ids[name] = pc.device.device_id
    long_ago = (datetime.now(timezone.utc) - timedelta(days=40)).isoformat(timespec="seconds")
    trainer.db.conn.execute("UPDATE known_devices SET last_seen = ? WHERE device_id = ?", (long_ago, ids["pc-ba-vi"]))
    screen = open_details(qtbot, show(qtbot, DevicesScreen(seat)))
    assert screen.quiet_label.isVisible() and screen.quiet_label.property("role") == "hint"
    text = screen.quiet_label.text()
    assert text.startswith("Chưa nhận tệp đồng bộ nào trong 30 ngày trở lên từ: PC-BA-VI")
    assert "PC-SON-TAY" not in text
    model = screen.model
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Số ngày chưa gửi"
    by_name = {model.data(model.index(row, 0)).split(" ")[0]: row for row in range(model.rowCount())}
    assert model.data(model.index(by_name["PC-BA-VI"], 4)) == "40"
    assert model.data(model.index(by_name["PC-SON-TAY"], 4)) == "0"
    trainer.trust.retire(ids["pc-ba-vi"])
    assert trainer.devices.quiet() == []
    screen._refresh()
    assert screen.quiet_label.text() == "Mọi máy đang dùng đều đã gửi tệp đồng bộ trong 30 ngày qua."
