"""The app on the city store (issue 18): the coordinator screens against a real PostgreSQL
server (tests/postgres.py), the settings screen's city store section, the password never
written to disk, plain words for a store that cannot be opened."""

import json
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.sync import importer
from digital_literacy_app.core.sync.exporter import export
from digital_literacy_app.core.trainer import Trainer
from digital_literacy_app.ui import city_open
from digital_literacy_app.ui.announce import listen
from digital_literacy_app.ui.app_run import AppRun
from digital_literacy_app.ui.city_window import CITY_TOOLS, CityWindow
from digital_literacy_app.ui.coordinator.import_screen import ImportScreen
from digital_literacy_app.ui.coordinator.reports_screen import ReportsScreen
from digital_literacy_app.ui.seat import Seat
from digital_literacy_app.ui.settings_screen import SettingsScreen
from tests.certificate_pack import complete, write_pack
from tests.postgres import with_database

from .conftest import FIXTURE_LESSONS, FakeVoice, click
from .test_sync_screens import other_pc

PIN, ROLE, SECRET = "2468", "dla_pw", "Mật-khẩu 9@x"


def accounts(pc: Trainer):
    return (pc.volunteers.add("Lê Thị Mai", "coordinator", PIN),
            pc.volunteers.add("Phạm Văn Nam", "volunteer", "1357"))


def ward_files(tmp_path):
    """Two wards' sync files on a stick, one with a certificate issued (its number)."""
    stick = tmp_path / "stick"
    stick.mkdir()
    pc = other_pc(tmp_path, "ba-vi", ("Trần Văn Ba", "Đỗ Thị Hoa"))
    export(pc, stick / "ba-vi.dlsync")
    pc.close()
    with Trainer.open(tmp_path / "son-tay", lesson_dirs=[write_pack(tmp_path / "pack")]) as pc:
        person = pc.learners.add("Ngô Văn Sơn", 1950, "elderly", "Sơn Tây")
        complete(pc, person.id, ["safe-calls", "safe-otp"])
        issued = pc.certificates.issue(person.id, "Trần Văn Tình", tmp_path / "son.pdf")
        export(pc, stick / "son-tay.dlsync")
    return stick, issued.facts.certificate_id


def sign_in(qtbot, window, account, pin):
    screen = window.screen
    click(qtbot, screen.name_buttons[account.id])
    screen.try_pin(pin)


def city_window(qtbot, trainer, url: str):
    """(the city store's Trainer, its window shown), this PC's identity from `trainer`."""
    city = Trainer.open(trainer.data_dir, database=url)
    window = CityWindow(city, trainer)
    qtbot.addWidget(window)
    window.show()
    return city, window


def no_password_asked(*_):
    raise AssertionError("the address opens without a password here")


def test_the_coordinator_screens_work_on_the_city_store(qtbot, app, trainer, postgres_url, tmp_path):
    coordinator, volunteer = accounts(trainer)
    stick, number = ward_files(tmp_path)
    city = city_open.open_city(trainer.data_dir, postgres_url, ask=no_password_asked)
    assert city is not None and city.db.is_postgres
    window = CityWindow(city, trainer)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.banner.label.text() == f"Đang mở kho dữ liệu thành phố: {city.city_store}"
    sign_in(qtbot, window, volunteer, "1357")
    assert window.screen_name == "city-pin", "a volunteer of this PC does not open the city store"
    assert "Chỉ điều phối viên" in window.screen.message.text()
    sign_in(qtbot, window, coordinator, PIN)
    assert window.screen_name == "city-home"
    assert set(window.screen.buttons) == set(CITY_TOOLS)
    assert all(button.accessibleName() or button.text() for button in window.screen.buttons.values())

    click(qtbot, window.screen.buttons["sync-import"])
    screen = window.screen
    assert isinstance(screen, ImportScreen)
    screen.import_from(stick)
    qtbot.waitUntil(lambda: screen.task is None, timeout=30000)
    assert sorted(r.status for r in screen.results) == ["imported", "imported"]
    assert screen.summary.message.text().startswith("Đã nhập 2 tệp")
    assert trainer.learners.count() == 0, "the PC's own store is untouched"
    with Trainer.open(tmp_path / "check", database=postgres_url) as again:
        assert again.learners.count() == 3

    screen.back.emit()
    click(qtbot, window.screen.buttons["reports"])
    reports = window.screen
    assert isinstance(reports, ReportsScreen)
    with qtbot.waitSignal(reports.report_ready, timeout=30000):
        pass
    assert reports.model.rowCount() > 0
    for fmt in ("json", "csv", "xlsx", "pdf"):
        reports.ask_save_path = lambda fmt, name: str(tmp_path / f"city.{fmt}")
        click(qtbot, reports.save_buttons[fmt])
        qtbot.waitUntil(lambda: reports.save_task is None, timeout=30000)
    with Trainer.open(tmp_path / "small", lesson_dirs=[FIXTURE_LESSONS]) as small:  # the same files on SQLite
        importer.import_files(small, [stick])
        small.reports.write(small.reports.build(reports.chosen_by(), reports.chosen_filter()), "json",
                            tmp_path / "small.json")
    assert (tmp_path / "city.json").read_bytes() == (tmp_path / "small.json").read_bytes()
    assert json.loads((tmp_path / "city.json").read_text())["totals"]["learners"] == 3
    assert load_workbook(tmp_path / "city.xlsx").active.max_row > 1
    assert (tmp_path / "city.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "city.csv").read_text(encoding="utf-8-sig").count("\n") > 1

    reports.back.emit()
    click(qtbot, window.screen.buttons["known-devices"])
    devices = window.screen
    assert devices.model.rowCount() >= 2 and devices.files_model.rowCount() == 2
    with Trainer.open(tmp_path / "district") as district:  # the trust list is the city store's
        wanted = district.trust.fingerprint()
    panel = devices.trust_panel
    panel.fingerprint_edit.setText(wanted)
    click(qtbot, panel.trust_button)
    assert wanted in panel.trusted_label.text()
    with Trainer.open(tmp_path / "check", database=postgres_url) as again:
        assert again.trust.coordinators() == [(wanted, "")]
    assert trainer.trust.coordinators() == []

    devices.back.emit()
    click(qtbot, window.screen.buttons["verify"])
    verify = window.screen.page
    verify.code.setText(number)
    verify.check_code()
    assert "Ngô Văn Sơn" in verify.facts.text(), "the certificate issued in Sơn Tây is found in the city store"

    with qtbot.waitSignal(window.own_data_requested):
        click(qtbot, window.banner.back_button)
    window.close()
    city.close()


def test_a_store_that_cannot_be_opened_is_said_plainly_with_the_way_back(qtbot, app, trainer, tmp_path):
    said = []
    address = f"postgresql://u:hidden-pw@/none?host={tmp_path}"
    assert city_open.open_city(trainer.data_dir, address, ask=no_password_asked,
                               tell=lambda text, parent=None: said.append(text) or city_open.OWN_DATA) is None
    assert said[0].startswith(f"Không kết nối được kho dữ liệu thành phố u@{tmp_path}/none (")
    assert "hidden-pw" not in said[0]


def test_a_city_store_that_only_reads_is_named_so_at_the_start_and_in_the_settings(qtbot, app, trainer,
                                                                                   postgres_url):
    """The saved address leads to a standby server (or a store set read only): at the start
    the coordinator is told so and may open this computer's own data; testing the address
    in the settings says the same, as an assertive announcement."""
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        name = conn.execute("SELECT current_database()").fetchone()[0]
        conn.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    shown = Trainer.city_stores.shown(postgres_url)
    said = []
    assert city_open.open_city(trainer.data_dir, postgres_url, ask=no_password_asked,
                               tell=lambda text, parent=None: said.append(text) or city_open.OWN_DATA) is None
    assert said == [f"Kho dữ liệu thành phố {shown} có trả lời nhưng chỉ cho đọc: đây là máy chủ dự phòng, hoặc "
                    "đã được đặt chỉ đọc. Ứng dụng ghi vào máy chủ chính; hãy hỏi cán bộ công nghệ thông tin của "
                    "thành phố địa chỉ của máy chủ đó."]
    announced = []
    stop = listen(lambda source, text, assertive: announced.append((text, assertive)))
    try:
        screen = coordinator_settings(qtbot, trainer)
        assert run_test(qtbot, screen.city_panel, postgres_url) == said[0]
        assert announced[-1] == (said[0], True)
    finally:
        stop()


@pytest.fixture
def password_store(postgres_server):
    """A database owned by a role that logs in with a password only (scram), as a city's is."""
    with postgres_server.admin() as conn:
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])
        rules = hba.read_text()
        if ROLE not in rules:
            hba.write_text(f"local all {ROLE} scram-sha-256\nhost all {ROLE} all scram-sha-256\n" + rules)
            conn.execute("SELECT pg_reload_conf()")
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ROLE,)).fetchone():
            conn.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{SECRET}'")
    url = urlsplit(postgres_server.new_database(migrated=False))
    name = url.path.lstrip("/")
    with postgres_server.admin() as conn:
        conn.execute(f"ALTER DATABASE {name} OWNER TO {ROLE}")
    host = url.netloc.rpartition("@")[2]
    return urlunsplit((url.scheme, f"{ROLE}@{host}", url.path, url.query, ""))


def coordinator_seat(trainer):
    coordinator, _ = accounts(trainer)
    seat = Seat(trainer, FakeVoice())
    seat.sign_in_volunteer(coordinator)
    return seat


def coordinator_settings(qtbot, trainer) -> SettingsScreen:
    """The settings screen of a signed-in coordinator, shown."""
    screen = SettingsScreen(coordinator_seat(trainer))
    qtbot.addWidget(screen)
    screen.show()
    return screen


def run_test(qtbot, panel, typed, password=""):
    panel.address.setText(typed)
    panel.password.setText(password)
    click(qtbot, panel.test_button)
    qtbot.waitUntil(lambda: panel.task is None, timeout=15000)
    assert panel.password.text() == ""
    return panel.answer.text()




def test_a_password_typed_into_the_address_is_gone_from_the_box_after_the_test(qtbot, app, trainer):
    screen = coordinator_settings(qtbot, trainer)
    panel = screen.city_panel
    run_test(qtbot, panel, "postgresql://dla:S3cret@127.0.0.1:1/dla_city?sslmode=disable")
    assert panel.address.text() == "postgresql://dla@127.0.0.1:1/dla_city?sslmode=disable"
    run_test(qtbot, panel, "postgresql://dla@127.0.0.1:1/dla_city?sslmode=disable&Password=S3cret")
    assert panel.address.text() == "postgresql://dla@127.0.0.1:1/dla_city?sslmode=disable"


def test_leaving_the_settings_during_a_test_drops_the_password_and_the_answer(qtbot, app, trainer, postgres_url):
    """Done while the test still runs: the typed password goes at once, and the answer is
    not said over the city store's tools (the window calls the screen's leave())."""
    coordinator, _ = accounts(trainer)
    city, window = city_window(qtbot, trainer, postgres_url)
    sign_in(qtbot, window, coordinator, PIN)
    settings = window.show_settings()
    panel = settings.city_panel
    said = []
    stop = listen(lambda source, text, assertive: said.append(text))
    try:
        panel.address.setText("postgresql://dla@127.0.0.1:1/dla_city?sslmode=disable")
        panel.password.setText("S3cret")
        panel.test_button.click()  # no event is handled in between: the answer cannot arrive yet
        task = panel.task
        settings.done_button.click()
        assert window.screen_name == "city-home"
        assert panel.password.text() == ""
        while not task.done:  # the worker answers (refused at once: nothing listens on port 1)
            time.sleep(0.01)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall.value)  # delivered before the screen is deleted
        assert said == ["Đang thử kết nối đến kho dữ liệu thành phố…"]
        assert panel.answer.text() == said[0]
    finally:
        stop()
    window.close()
    city.close()


def test_the_settings_section_tests_saves_and_forgets_and_never_keeps_the_password(
        qtbot, app, trainer, password_store, tmp_path):
    screen = coordinator_settings(qtbot, trainer)
    panel = screen.city_panel
    assert panel is not None
    assert "dữ liệu của chính máy này" in panel.state.text()
    shown = Trainer.city_stores.shown(password_store)
    assert run_test(qtbot, panel, password_store) == f"Kho dữ liệu thành phố {shown} cần mật khẩu."
    assert "không nhận tên đăng nhập hoặc mật khẩu" in run_test(qtbot, panel, password_store, "sai")
    assert run_test(qtbot, panel, password_store, SECRET).startswith("Máy chủ trả lời và cơ sở dữ liệu")
    assert run_test(qtbot, panel, "mysql://x").startswith("Đây không phải địa chỉ")
    assert run_test(qtbot, panel, f"postgresql://u@/none?host={tmp_path}").startswith("Không kết nối được")
    assert run_test(qtbot, panel, with_database(password_store, "not_there"), SECRET).startswith("Máy chủ trả lời nhưng")

    typed = Trainer.city_stores.with_password(password_store, SECRET)
    panel.address.setText(typed)
    click(qtbot, panel.save_button)
    assert "không bao giờ được lưu" in panel.answer.text()
    assert panel.address.text() == password_store
    assert Trainer.city_stores.saved(trainer.data_dir) == password_store
    for path in trainer.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data and b"9%40x" not in data, path
    assert "Mỗi lần khởi động" in panel.state.text() and shown in panel.state.text()

    asked = []
    city_open_ask = city_open.ask_password
    try:
        city_open.ask_password = lambda address, message, parent=None: asked.append(message) or SECRET
        run = AppRun(trainer.data_dir)
        assert run.open_data() is None
        run.open_city(Trainer.city_stores.saved(trainer.data_dir))
        assert run.city is not None and run.city.city_store == shown
        run.show_window()
        assert isinstance(run.window, CityWindow)
        assert asked == [f"Kho dữ liệu thành phố {shown} cần mật khẩu."]
        run.switch_store("")
        qtbot.waitUntil(lambda: run.city is None and run.window is not None, timeout=5000)
        assert not isinstance(run.window, CityWindow)
        run.close_data()
    finally:
        city_open.ask_password = city_open_ask
    QApplication.processEvents()

    click(qtbot, panel.forget_button)
    assert Trainer.city_stores.saved(trainer.data_dir) is None
    assert "dữ liệu của chính máy này" in panel.answer.text()


def test_the_password_is_asked_for_in_a_named_box_and_kept_in_memory_only(qtbot, app, trainer, password_store):
    """The real dialog: a wrong password is said in it, the right one opens (and sets up)
    the empty city store; nothing of the password reaches the data folder."""
    typed = iter(["sai", SECRET])
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, city_open.PasswordDialog):
            return
        seen.append(dialog.message.text())
        assert dialog.field.echoMode() == dialog.field.EchoMode.Password
        assert dialog.field.accessibleName().startswith("Mật khẩu của dla_pw@")
        assert dialog.open_button.accessibleName() and dialog.own_button.accessibleName()
        dialog.field.setText(next(typed))
        dialog.open_button.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    try:
        city = city_open.open_city(trainer.data_dir, password_store, tell=no_password_asked)
    finally:
        timer.stop()
    shown = Trainer.city_stores.shown(password_store)
    assert seen == [f"Kho dữ liệu thành phố {shown} cần mật khẩu.",
                    f"Kho dữ liệu thành phố {shown} không nhận tên đăng nhập hoặc mật khẩu này."]
    assert city is not None and city.city_store == Trainer.city_stores.shown(password_store)
    assert "learners" in city.db.table_names()
    city.close()
    for path in trainer.data_dir.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_every_new_control_is_named_and_each_answer_is_announced(qtbot, app, trainer, tmp_path):
    said = []
    stop = listen(lambda source, text, assertive: said.append((text, assertive)))
    try:
        screen = coordinator_settings(qtbot, trainer)
        panel = screen.city_panel
        for control in (panel.address, panel.password, panel.test_button, panel.save_button, panel.forget_button,
                        panel.switch_button, panel.answer):
            assert control.accessibleName(), control
        run_test(qtbot, panel, f"postgresql://u@/none?host={tmp_path}")
        assert said[-1][0].startswith("Không kết nối được") and said[-1][1] is True, "a refusal is assertive"
        panel.address.setText("postgresql://dla@db.city.example/dla_city")
        click(qtbot, panel.save_button)
        assert said[-1] == ("Đã lưu. Từ lần khởi động sau, ứng dụng mở kho dữ liệu thành phố "
                            "dla@db.city.example/dla_city và hỏi mật khẩu của kho.", False)
        assert panel.switch_button.isEnabled(), "a saved store can be opened now"
    finally:
        stop()
    with Trainer.open(tmp_path / "volunteer") as pc:  # a volunteer's settings have no city store section
        seat = Seat(pc, FakeVoice())
        seat.sign_in_volunteer(pc.volunteers.add("Phạm Văn Nam", "volunteer", "1357"))
        plain = SettingsScreen(seat)
        qtbot.addWidget(plain)
        assert plain.city_panel is None


def test_libpqs_password_file_opens_the_store_without_asking(qtbot, app, trainer, password_store, tmp_path,
                                                             monkeypatch):
    """Where the IT staff gave the PC a password file (PGPASSFILE, pgpass.conf), the saved
    address alone connects: nobody is asked, and the app wrote none of it."""
    passfile = tmp_path / "pgpass.conf"
    passfile.write_text(f"*:*:*:{ROLE}:{SECRET.replace(':', chr(92) + ':')}\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert Trainer.city_stores.check(password_store).code == "city.works_empty"
    city = city_open.open_city(trainer.data_dir, password_store, ask=no_password_asked, tell=no_password_asked)
    assert city is not None and city.db.is_postgres
    city.close()


def test_an_address_that_is_not_a_city_store_or_a_pc_not_set_up_opens_the_pcs_own_data(
        qtbot, app, trainer, tmp_path, monkeypatch):
    """`dla --database mysql://...` (or such a DLA_DATABASE_URL) says what an address looks
    like and opens the PC's own data; a PC with no coordinator yet is set up first."""
    from digital_literacy_app.ui import app_run
    from digital_literacy_app.ui.main_window import MainWindow

    said = []
    monkeypatch.setattr(city_open, "tell_refusal", lambda text, parent=None: said.append(text) or city_open.OWN_DATA)
    monkeypatch.setattr(app_run.QMessageBox, "information", lambda parent, title, text: said.append(text))
    accounts(trainer)
    run = AppRun(trainer.data_dir, database="mysql://dla@db/city")
    assert run.open_data() is None
    run.open_city(run.database)
    assert run.city is None and said[-1].startswith("Đây không phải địa chỉ của kho dữ liệu thành phố")
    run.show_window()
    assert isinstance(run.window, MainWindow)
    run.close_data()

    fresh = AppRun(tmp_path / "new-pc", database="postgresql://dla@db/city")
    assert fresh.open_data() is None
    fresh.open_city(fresh.database)
    assert fresh.city is None and said[-1].startswith("Máy này chưa được thiết lập")
    fresh.close_data()


def test_a_city_store_that_stops_answering_is_said_plainly_and_the_tools_stay(qtbot, app, trainer, postgres_url):
    coordinator, _ = accounts(trainer)
    city, window = city_window(qtbot, trainer, postgres_url)
    sign_in(qtbot, window, coordinator, PIN)
    city.db.raw.close()  # the server went away (a restart, a cable pulled out)
    click(qtbot, window.screen.buttons["known-devices"])
    assert window.screen_name == "city-home"
    assert window.lost.isVisible()
    assert window.lost.text().startswith("Kho dữ liệu thành phố không trả lời (")
    assert window.lost.windowTitle() == "Kho dữ liệu thành phố không trả lời"
    assert window.lost.accessibleName() == window.lost.text()
    window.lost.close()
    window.close()


def test_a_city_store_that_refuses_the_work_is_not_said_to_have_stopped_answering(qtbot, app, trainer,
                                                                                 postgres_url):
    """A full disk on the server: the store refused, the network is fine."""
    import dataclasses

    import psycopg

    from digital_literacy_app.ui.volunteer import registry

    def full_disk(*_args):
        raise psycopg.errors.DiskFull("could not extend file")

    coordinator, _ = accounts(trainer)
    city, window = city_window(qtbot, trainer, postgres_url)
    sign_in(qtbot, window, coordinator, PIN)
    tool = next(tool for tool in registry.tools_for("coordinator") if tool.key == "known-devices")
    window.open_tool(dataclasses.replace(tool, make_screen=full_disk))
    assert window.screen_name == "city-home" and window.lost.isVisible()
    assert window.lost.windowTitle() == "Kho dữ liệu thành phố không nhận việc này"
    assert window.lost.text().startswith("Kho dữ liệu thành phố không nhận việc này (could not extend file)")
    window.lost.close()
    window.close()


def test_dla_with_a_city_store_and_no_command_opens_the_city_window(tmp_path, postgres_url):
    """The real entry point: `dla --database URL` and DLA_DATABASE_URL open the city store's
    window (DLA_EXIT_AFTER_FIRST_PAINT: it says so and quits)."""
    import os
    import subprocess
    import sys

    with Trainer.open(tmp_path / "pc") as pc:
        accounts(pc)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DLA_EXIT_AFTER_FIRST_PAINT": "1"}
    command = [sys.executable, "-m", "digital_literacy_app", "--data-dir", str(tmp_path / "pc")]
    for extra, more_env in ((["--database", postgres_url], {}), ([], {"DLA_DATABASE_URL": postgres_url})):
        run = subprocess.run(command + extra, env={**env, **more_env}, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0 and "dla: city store open" in run.stdout, run.stderr


def test_the_banner_speaks_the_language_of_whoever_uses_the_window(qtbot, app, trainer, postgres_url):
    """The banner (which store is open, the way back) follows the language as the screens
    under it do: a coordinator who chose English, a change on the settings screen, and
    the PC's start language again after signing out."""
    coordinator, _ = accounts(trainer)
    trainer.settings.set_for_volunteer(coordinator.id, "language", "en")
    city, window = city_window(qtbot, trainer, postgres_url)
    banner, store = window.banner, city.city_store

    def says(label: str, back: str, back_name: str) -> None:
        assert banner.label.text() == label == banner.label.accessibleName()
        assert banner.back_button.text() == back
        assert banner.back_button.accessibleName() == back_name

    vi = (f"Đang mở kho dữ liệu thành phố: {store}", "Về dữ liệu của máy này",
          "Đóng kho dữ liệu thành phố và mở dữ liệu của chính máy này")
    says(*vi)
    sign_in(qtbot, window, coordinator, PIN)
    assert window.screen_name == "city-home"
    says(f"City store open: {store}", "Back to this computer's data",
         "Close the city store and open this computer's own data")
    window.show_settings()
    window.seat.change("language", "vi")
    says(*vi)
    window.seat.change("language", "en")
    window.show_pin()  # signing out, as after idle
    assert window.screen_name == "city-pin"
    says(*vi)
    window.close()
    city.close()


def test_left_alone_the_city_stores_tools_lock_again(qtbot, app, trainer, postgres_url):
    coordinator, _ = accounts(trainer)
    city, window = city_window(qtbot, trainer, postgres_url)
    window.idle.set_idle_ms(200)
    sign_in(qtbot, window, coordinator, PIN)
    assert window.screen_name == "city-home"
    qtbot.waitUntil(lambda: window.screen_name == "city-pin", timeout=5000)
    assert window.seat.volunteer is None
    window.close()
    city.close()
