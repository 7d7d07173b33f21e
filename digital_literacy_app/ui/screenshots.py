"""Render every screen of the learner app to PNG, offscreen, on demo data.

Used by `dla screenshots` for the README and docs, and by people checking the look at
other text sizes or in the high-contrast theme. Everything happens in a temporary data
folder filled by the demo seeder, so no real learner's data is touched. The screens are
driven through the same widgets and signals a learner uses.
"""

import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SIZE = (1366, 768)
DEMO_LEARNERS = 14
DEMO_SEED = 7
PREFERRED_LESSON = "vneid-levels"


@dataclass(frozen=True)
class Look:
    lang: str = "vi"
    text_scale: int = 100
    high_contrast: bool = False


def render_all(out_dir: Path, look: Look = Look(), lesson_dirs: list[Path] | None = None) -> list[Path]:
    """Write one PNG per screen into `out_dir`; returns their paths in a stable order."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from digital_literacy_app.ui.app import prepare_application

    app = prepare_application([])
    _quiet_offscreen_warnings()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dla-screens-") as data_dir:
        return _render(app, Path(data_dir), out_dir, look, lesson_dirs)


def _render(app, data_dir: Path, out_dir: Path, look: Look, lesson_dirs) -> list[Path]:
    from digital_literacy_app.core import demo
    from digital_literacy_app.core.trainer import Trainer
    from digital_literacy_app.ui import i18n, theme
    from digital_literacy_app.ui.main_window import MainWindow

    trainer = Trainer.open(data_dir, lesson_dirs=lesson_dirs)
    try:
        demo.seed(trainer, DEMO_LEARNERS, DEMO_SEED)
        lesson = _showcase_lesson(trainer.lessons)
        window = MainWindow(trainer, read_aloud=_ShowcaseVoice())
        window.seat.mark_lessons_loaded()
        window.resize(*SIZE)
        window.show()
        shots = _Shots(app, window, out_dir)
        # The start screen is the device's default look; the chosen look is the learner's.
        i18n.set_language(look.lang)
        theme.apply(app, look.high_contrast, look.text_scale)
        window.show_start()
        shots.take("01-start")
        form = window.show_new_learner()
        shots.take("02-new-learner")
        form.name.setText("Trần Thị Mai")
        form.year.setText("19x8")
        form.save()
        shots.take("03-new-learner-error")
        learner = trainer.learners.add("Nguyễn Thị Hường", 1956, "elderly")
        _remember_look(trainer, learner.id, look)
        window.sign_in(learner)
        shots.take("04-catalogue")
        _walk_lesson(window, shots, lesson)
        window.show_settings()
        shots.take("12-settings")
        window.show_catalogue()
        window.overlay.ask()
        shots.take("13-idle")
        window.overlay.stay()
        window.idle.stop()
        _card_shot(app, window, shots, learner, look)
        _volunteer_shots(app, window, shots, look)
        _coordinator_shots(app, window.seat, data_dir, shots)
        window.close()
        return shots.paths
    finally:
        trainer.close()


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns on every window resize; the warning means nothing here."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        # Qt Multimedia's notes on video decoding (the webcam screens) mean nothing here either.
        if "propagateSizeHints" not in message and not (context.category or "").startswith("qt.multimedia"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


class _ShowcaseVoice:
    """Screenshots show the "Nghe" button as it looks where a Vietnamese voice exists."""

    def available(self, lang: str) -> bool:
        return True

    def say(self, text: str, lang: str, speed: str = "normal") -> bool:
        return True

    def stop(self) -> None:
        pass


def _remember_look(trainer, learner_id: str, look: Look) -> None:

    book = trainer.settings
    book.set_for_learner(learner_id, "language", look.lang)
    book.set_for_learner(learner_id, "text_scale", look.text_scale)
    book.set_for_learner(learner_id, "high_contrast", look.high_contrast)


def _showcase_lesson(catalogue):
    """A lesson with every step kind, preferring the documented example lesson."""
    kinds = {"explain", "practice", "quiz"}
    candidates = [catalogue.get(PREFERRED_LESSON)] + list(catalogue.lessons)
    for lesson in candidates:
        if lesson is not None and kinds <= {step.kind for step in lesson.steps}:
            return lesson
    from digital_literacy_app.core.errors import DlaError

    raise DlaError("No valid lesson has an explain, a practice and a quiz step to show; "
                   "run 'dla lessons validate'.")


def _walk_lesson(window, shots, lesson) -> None:
    from digital_literacy_app.core.practice import right_element

    kinds = [step.kind for step in lesson.steps]
    player = window.open_lesson(lesson.id)
    player.show_step(kinds.index("explain"))
    shots.take("05-step-explain")

    player.show_step(kinds.index("practice"))
    shots.take("06-step-practice")
    view, step = player.view, player.step
    screen = view.phone.current_screen()
    good = right_element(step, screen)
    wrong = next((e for e in step.screens[screen].tappables() if e.goto is None and e.warning is None),
                 None) or next(e for e in step.screens[screen].tappables() if e is not good)
    view.on_tap(screen, wrong.id)
    shots.take("07-step-practice-hint")
    view.on_tap(screen, wrong.id)
    view.show_me()
    shots.take("08-step-practice-show-me")

    player.show_step(kinds.index("quiz"))
    shots.take("09-step-quiz")
    quiz = player.view
    wrong_choice = next(i for i, c in enumerate(player.step.choices) if not c.correct)
    quiz.choose(wrong_choice)
    shots.take("10-step-quiz-feedback")
    right_choice = next(i for i, c in enumerate(player.step.choices) if c.correct)
    quiz.choose(right_choice)
    player.show_step(len(lesson.steps) - 1)
    if player.view.is_done() or _finish_step(player):
        player.go_next()
    shots.take("11-completion")


def _finish_step(player) -> bool:
    """Make the last step done the way a learner would, so Finish can be pressed."""
    from digital_literacy_app.core.lessons.model import PracticeStep, QuizStep

    step = player.step
    if isinstance(step, QuizStep):
        player.view.choose(next(i for i, c in enumerate(step.choices) if c.correct))
    elif isinstance(step, PracticeStep):
        complete_practice(player.view)
    return player.view.is_done()


def complete_practice(view, limit: int = 20) -> None:
    """Fill each practice screen's boxes as expected and tap the way on, like a learner."""
    from digital_literacy_app.core.practice import right_element

    for _ in range(limit):
        if view.is_done():
            return
        screen_id = view.phone.current_screen()
        for field in view.step.screens[screen_id].fields():
            widget = view.phone.element_widget(field.id)
            if field.type == "checkbox":
                widget.setChecked(bool(field.expect))
            else:
                widget.setText(str(field.expect or ""))
        view.on_tap(screen_id, right_element(view.step, screen_id).id)


def _volunteer_shots(app, window, shots, look: Look) -> None:
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
    window.volunteer_mode.open_tool(tools["progress"])
    shots.take("26-volunteer-progress")
    sessions = window.volunteer_mode.open_tool(tools["sessions"])
    form = sessions.tool.show_form()
    form.place.setText("Nhà văn hoá tổ 5")
    form.topic.setText("Thanh toán bằng mã QR")
    for box in list(form.attendees.boxes.values())[:3]:
        box.setChecked(True)
    shots.take("27-volunteer-session")
    owed = sorted(trainer.certificates.owed(), key=lambda i: trainer.learners.get(i).name)
    certificates = window.volunteer_mode.open_tool(tools["certificates"])
    if owed:
        certificates.tool.show_learner(trainer.learners.get(owed[0]))
    shots.take("28-volunteer-certificates")
    verify = window.volunteer_mode.open_tool(tools["verify"])
    if owed:
        with tempfile.TemporaryDirectory(prefix="dla-certificate-") as folder:
            issued = trainer.certificates.issue(owed[0], "Trần Thu Hà", Path(folder) / "c.pdf")
        # The printed certificate held up to the webcam: read, put in the code box, checked.
        _show_to_camera(app, verify.page.scanner, _held_up(_certificate_paper(issued.code), -6))
    shots.take("29-volunteer-verify")
    window.sign_out()


def _card_shot(app, window, shots, learner, look: Look) -> None:
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
        _show_to_camera(app, card.scanner, _held_up(_card_paper(learner), 8))
        shots.take("14-card-code")


def _show_to_camera(app, scanner, picture) -> None:
    """As if a webcam ran and saw `picture`: once the scanner has looked for a camera
    (offscreen there is none), it is told pictures arrive and is fed this one through
    the slot the webcam uses; returns once its QR code was read and answered."""
    from digital_literacy_app.ui.widgets.camera_scanner import IDLE, LOOKING

    _wait(app, lambda: scanner.state not in (IDLE, LOOKING))
    scanner.show_scanning()
    seen = []
    scanner.decoded.connect(seen.append)
    if not scanner.feed(picture):
        raise RuntimeError("the camera picture was not read")
    _wait(app, lambda: not scanner.reading)
    scanner.decoded.disconnect(seen.append)
    if not seen:
        raise RuntimeError("the QR code in the camera picture could not be read")


def _wait(app, done, seconds: float = 10) -> None:
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not settle")
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def _card_paper(learner):
    """A learner card as printed (name, QR, code), drawn at camera resolution, and the
    centre of its QR code (where the person aims)."""
    from PySide6.QtCore import QPointF, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from digital_literacy_app.core.card_codes import learner_code, qr_text
    from digital_literacy_app.core.printing import qr_matrix

    paper = QImage(460, 300, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    modules, _ = qr_matrix(qr_text(learner.id))
    module = 7
    _draw_modules(painter, modules, 24, 60, module)
    painter.setPen(QColor("#1f3b5e"))
    painter.setFont(QFont("Noto Sans", 9, QFont.Weight.Bold))
    painter.drawText(QRect(0, 14, 440, 24), Qt.AlignmentFlag.AlignRight, "THẺ HỌC VIÊN · LEARNER CARD")
    painter.setFont(QFont("Noto Serif", 19, QFont.Weight.Bold))
    painter.drawText(QRect(230, 70, 210, 120), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, learner.name)
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont("Noto Sans", 17, QFont.Weight.Bold))
    painter.drawText(QRect(230, 220, 210, 40), Qt.AlignmentFlag.AlignLeft, learner_code(learner.id))
    painter.end()
    half = len(modules) * module / 2
    return paper, QPointF(24 + half, 60 + half)


def _certificate_paper(code: str):
    """The corner of a printed certificate (its QR, the caption and the code under it),
    and the centre of the QR code."""
    from PySide6.QtCore import QPointF, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    from digital_literacy_app.core.certificates.code import qr_segments
    from digital_literacy_app.core.printing import qr_matrix

    modules, _ = qr_matrix(qr_segments(code))
    module = 5
    side = len(modules) * module
    paper = QImage(side + 100, side + 150, QImage.Format.Format_RGB32)
    paper.fill(QColor("#fbf8f0"))
    painter = QPainter(paper)
    painter.setPen(QColor("#1f3b5e"))
    painter.setFont(QFont("Noto Sans", 8, QFont.Weight.Bold))
    painter.drawText(QRect(0, 14, paper.width(), 20), Qt.AlignmentFlag.AlignHCenter,
                     "Quét mã để kiểm tra · Scan to verify")
    _draw_modules(painter, modules, 50, 44, module)
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont("Noto Sans", 6))
    lines = [code[i:i + 44] for i in range(0, len(code), 44)]
    painter.drawText(QRect(20, side + 56, paper.width() - 40, 90), Qt.AlignmentFlag.AlignHCenter, "\n".join(lines))
    painter.end()
    return paper, QPointF(50 + side / 2, 44 + side / 2)


def _draw_modules(painter, modules, x: int, y: int, module: int) -> None:
    from PySide6.QtGui import QColor

    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:
                painter.fillRect(x + column * module, y + row * module, module, module, QColor("black"))


def _held_up(paper_and_aim, angle: float):
    """Paper held up to a cheap webcam, its QR aimed at the middle: tilted, on a grey
    wall, dimmer, 640x480."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter

    paper, aim = paper_and_aim
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor(88, 90, 94))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(QPointF(320, 240))
    painter.rotate(angle)
    painter.drawImage(-aim, paper)
    painter.resetTransform()
    painter.fillRect(frame.rect(), QColor(0, 0, 0, 80))  # an office light, not a scanner's
    painter.end()
    return frame


def _coordinator_shots(app, seat, data_dir: Path, shots) -> None:
    """The sync and coordinator screens, on sync files from two demo ward PCs (one damaged)."""
    from PySide6.QtCore import QThreadPool

    from digital_literacy_app.core import demo
    from digital_literacy_app.core.sync.exporter import export
    from digital_literacy_app.core.trainer import Trainer
    from digital_literacy_app.ui.coordinator.devices_screen import DevicesScreen
    from digital_literacy_app.ui.coordinator.export_screen import ExportScreen
    from digital_literacy_app.ui.coordinator.import_screen import ImportScreen
    from digital_literacy_app.ui.coordinator.reports_screen import ReportsScreen
    from digital_literacy_app.ui.widgets.drive_picker import Drive

    stick = data_dir / "stick"
    stick.mkdir()
    for number, name in enumerate(("PC-Ba-Vi", "PC-Son-Tay"), start=1):
        with Trainer.open(data_dir / name, lesson_dirs=seat.trainer.lesson_dirs) as pc:
            pc.device.name, pc.device.ward = name, demo.WARDS[number]
            demo.seed(pc, 5, DEMO_SEED + number)
            written = export(pc, stick / f"{name}.dlsync").path
    damaged = bytearray(written.read_bytes())
    damaged[80] ^= 1
    (stick / "PC-Dong-Anh.dlsync").write_bytes(bytes(damaged))
    drives = lambda: [Drive("KINGSTON (E:)", stick, 3_500_000_000)]  # noqa: E731

    def settle(screen):
        """Until the screen's background work (and any rebuild it queued) is done."""
        debounce = getattr(screen, "debounce", None)
        for _ in range(600):
            QThreadPool.globalInstance().waitForDone(60_000)
            app.processEvents()
            if screen.task is None and not (debounce is not None and debounce.isActive()):
                return
            time.sleep(0.05)

    screen = shots.show_alone(ExportScreen(seat, list_drives=drives))
    shots.take_alone(screen, "30-sync-export")
    (data_dir / "out").mkdir()
    screen.write_to(data_dir / "out")
    settle(screen)
    shots.take_alone(screen, "31-sync-export-done")
    screen = shots.show_alone(ImportScreen(seat, list_drives=drives))
    shots.take_alone(screen, "32-sync-import")
    screen.import_from(stick)
    settle(screen)
    screen.table.selectRow(2)
    screen.details_button.setChecked(True)
    shots.take_alone(screen, "33-sync-import-results")
    shots.take_alone(shots.show_alone(DevicesScreen(seat)), "34-known-computers")
    screen = shots.show_alone(ReportsScreen(seat))
    screen.split["group"].setChecked(True)
    settle(screen)
    shots.take_alone(screen, "35-reports")
    screen.chart_button.click()
    shots.take_alone(screen, "36-reports-chart")
    shots.show_alone(None)


class _Shots:
    def __init__(self, app, window, out_dir: Path):
        self.app, self.window, self.out_dir = app, window, out_dir
        self.paths: list[Path] = []

    def take(self, name: str) -> Path:
        return self.take_alone(self.window, name)

    def take_alone(self, widget, name: str) -> Path:
        for _ in range(3):
            self.app.processEvents()
        path = self.out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.paths.append(path)
        return path

    def show_alone(self, widget):
        """Show a screen on its own at the window's size, deleting the one shown before
        (on this thread: a worker must never be the one to free a widget)."""
        from PySide6.QtCore import QCoreApplication, QEvent

        previous = getattr(self, "_alone", None)
        if previous is not None:
            previous.close()
            previous.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self._alone = widget
        if widget is not None:
            widget.resize(*SIZE)
            widget.show()
        return widget
