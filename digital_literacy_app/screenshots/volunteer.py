"""The volunteer's shots: first start, PIN, home, every tool, and the learner card at the webcam."""

import tempfile
import time
from pathlib import Path

from digital_literacy_app.screenshots.papers import card_paper, certificate_paper, held_up
from digital_literacy_app.screenshots.shots import Look


def volunteer_shots(app, window, shots, look: Look) -> None:
    """First start, the PIN, the volunteer home and its tools, on the demo learners.

    Volunteer mode shows the PC's own look, so the chosen look is put back after each
    change of who is signed in; the wizard is answered in the chosen language.
    """
    from digital_literacy_app.ui import theme
    from digital_literacy_app.ui.volunteer import registry

    trainer = window.seat.trainer
    window.sign_out()
    wizard = window.volunteer_mode.show_first_start()
    wizard.choices[look.lang].setChecked(True)
    theme.apply(app, look.high_contrast, look.text_scale)
    wizard.render()
    answers = {"ward": "Phường Kim Mã", "device": "Máy 1 – Nhà văn hoá tổ 5", "name": "Trần Thu Hà",
               "pin": "2468", "pin_again": "2468"}
    wizard.go_next()
    wizard.field.setText(answers["ward"])
    shots.take("20-volunteer-first-start")
    while wizard.page != "check":
        if wizard.field is not None:
            wizard.field.setText(answers[wizard.page])
        wizard.go_next()
    wizard.go_next()
    theme.apply(app, look.high_contrast, look.text_scale)
    pin = window.volunteer_mode.show_pin()
    pin.pad.field.setText("24")
    shots.take("21-volunteer-pin")
    pin.try_pin("2468")
    theme.apply(app, look.high_contrast, look.text_scale)
    window.volunteer_mode.show_home()
    shots.take("22-volunteer-home")
    tools = {tool.key: tool for tool in registry.tools_for("coordinator")}
    people = trainer.learners.all("name")
    twin = people[0]
    trainer.learners.add(twin.name.upper(), twin.birth_year, twin.group)
    trainer.sessions.log(date="2025-03-14", place="Nhà văn hoá tổ 5", volunteer="Trần Thu Hà",
                             topic="VNeID", minutes=90, attendees=[p.id for p in people[:6]], area="e-services")
    learners = window.volunteer_mode.open_tool(tools["learners"])
    shots.take("23-volunteer-learners")
    learners.tool.show_erase(people[1])
    shots.take("24-volunteer-erase")
    learners.tool.show_duplicates()
    shots.take("25-volunteer-duplicates")
    with tempfile.TemporaryDirectory(prefix="dla-import-") as folder:
        learners.tool.show_import().load(class_list(Path(folder) / "lop-thang-11.csv", people[0]))
        shots.take("25b-volunteer-import")
    progress = window.volunteer_mode.open_tool(tools["progress"])
    shots.take("26-volunteer-progress")
    busiest = max(trainer.lessons.lessons, key=lambda lesson: len(trainer.overview.lesson_view(lesson.id).learning))
    progress.tool.show_lesson(busiest.id, progress.page.chosen_filter())
    shots.take("26b-volunteer-progress-lesson")
    sessions = window.volunteer_mode.open_tool(tools["sessions"])
    form = sessions.tool.show_form()
    form.place.setText("Nhà văn hoá tổ 5")
    form.topic.setText("Thanh toán bằng mã QR")
    for box in list(form.attendees.boxes.values())[:3]:
        box.setChecked(True)
    shots.take("27-volunteer-session")
    owed = sorted(trainer.certificates.owed(), key=lambda i: trainer.learners.get(i).name)
    certificates = window.volunteer_mode.open_tool(tools["certificates"])
    shots.take("27b-volunteer-certificates-owed")
    if owed:
        certificates.tool.show_learner(trainer.learners.get(owed[0]))
    shots.take("28-volunteer-certificates")
    verify = window.volunteer_mode.open_tool(tools["verify"])
    if owed:
        with tempfile.TemporaryDirectory(prefix="dla-certificate-") as folder:
            issued = trainer.certificates.issue(owed[0], "Trần Thu Hà", Path(folder) / "c.pdf")
        # The printed certificate held up to the webcam: read, put in the code box, checked.
        show_to_camera(app, verify.page.scanner, held_up(certificate_paper(issued.code), -6))
    shots.take("29-volunteer-verify")
    trainer.backups.make("daily")
    trainer.backups.make("manual")
    backups = window.volunteer_mode.open_tool(tools["backups"])
    wait(app, lambda: len(backups.page.model.rows) >= 2)
    shots.take("29b-volunteer-backups")
    window.sign_out()


def class_list(path: Path, known) -> Path:
    """A class's list as a ward office types it in Excel: one row without a name, one
    birth year mistyped, and someone already on this PC."""
    rows = [("Họ tên", "Năm sinh", "Nhóm", "Phường/xã"), ("Nguyễn Thị Lụa", "1952", "Người cao tuổi", ""),
            ("Trần Văn Bình", "1949", "Nông dân", ""), ("", "1961", "Khác", ""),
            ("Phạm Thị Ngọc", "19588", "Người cao tuổi", ""), (known.name, str(known.birth_year or ""), "", ""),
            ("Đỗ Văn Nam", "1966", "Lao động tự do", ""), ("Vũ Thị Hồng", "1958", "", "")]
    path.write_text("\r\n".join(",".join(row) for row in rows) + "\r\n", encoding="utf-8-sig")
    return path


def card_shot(app, window, shots, learner, look: Look) -> None:
    """"Tôi có thẻ" with the learner's card held up to the webcam, as it is being read.

    Signing out puts back the PC's look, so the chosen one is applied again. The card
    opens the learner's lessons as soon as it is read; the screen's signals are held
    back meanwhile so the picture shows the card screen, not the lessons it opens.
    """
    from PySide6.QtCore import QSignalBlocker

    from digital_literacy_app.ui import i18n, theme

    window.sign_out()
    i18n.set_language(look.lang)
    theme.apply(app, look.high_contrast, look.text_scale)
    card = window.volunteer_mode.show_card_code()
    with QSignalBlocker(card):
        show_to_camera(app, card.scanner, held_up(card_paper(learner), 8))
        shots.take("14-card-code")


def show_to_camera(app, scanner, picture) -> None:
    """As if a webcam ran and saw `picture`: once the scanner has looked for a camera
    (offscreen there is none), it is told pictures arrive and is fed this one through
    the slot the webcam uses; returns once its QR code was read and answered."""
    from digital_literacy_app.ui.widgets.camera_scanner import IDLE, LOOKING

    wait(app, lambda: scanner.state not in (IDLE, LOOKING))
    scanner.show_scanning()
    seen = []
    scanner.decoded.connect(seen.append)
    if not scanner.feed(picture):
        raise RuntimeError("the camera picture was not read")
    wait(app, lambda: not scanner.reading)
    scanner.decoded.disconnect(seen.append)
    if not seen:
        raise RuntimeError("the QR code in the camera picture could not be read")


def wait(app, done, seconds: float = 10) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not settle")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
