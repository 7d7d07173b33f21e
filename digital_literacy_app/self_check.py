"""`dla --self-check`: proves an installation works before a volunteer relies on it.

CI runs it on the bundled program, and an IT helper runs it after installing on a ward
PC. It never opens a learner's data: it works in a temporary folder, or, with
--data-dir DIR, in a new folder inside DIR that is removed afterwards (which proves that
disk works too). One line per check; exit 0 when every check passed, else 1 with the
broken ones named. Having no read-aloud voice is not a failure: the app then simply
hides its Listen button. Nor is having no webcam (learners then type the code on their
card), but a bundle whose camera support or QR decoder cannot load is broken.
"""

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from digital_literacy_app.core.errors import DlaError
from digital_literacy_app.core.records import bundled_lessons_dir
from digital_literacy_app.core.trainer import Trainer

EXIT_OK, EXIT_BROKEN = 0, 1
LEARNER_NAME = "Nguyễn Thị Kiểm Tra"
VOLUNTEER_NAME = "Tình nguyện viên"
NATIVE_PLATFORM = {"win32": "windows", "darwin": "cocoa"}  # any other system: xcb
PAINT_TIMEOUT_MS = 20_000
QUIET_ZONE = 4  # modules of white around a QR code, as the printed card has


class CheckFailed(Exception):
    """A check found something broken; the message says what, in plain words."""


class Absent(Exception):
    """Something optional is not on this PC (a voice): said, but not a failure."""


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str
    note: bool = False  # passed, but something optional is absent

    @property
    def label(self) -> str:
        return "FAIL" if not self.ok else "note" if self.note else "ok"


def run(data_dir=None, lesson_dirs: list[Path] | None = None, out=None) -> int:
    """Run every check, print one line each, and return the exit code."""
    out = out or sys.stdout
    checker = SelfCheck(lesson_dirs or [bundled_lessons_dir()])
    print(f"note  {where_data_lives(data_dir)}", file=out, flush=True)
    try:
        with _workspace(data_dir) as folder:
            checker.folder = folder
            outcomes = checker.run_all(lambda o: _print(o, out))
    except (OSError, DlaError) as exc:
        outcomes = [Outcome("data folder", False, f"cannot make a folder to work in: {exc}")]
        _print(outcomes[0], out)
    broken = [o.name for o in outcomes if not o.ok]
    if broken:
        print(f"dla: self-check failed: {', '.join(broken)}.", file=sys.stderr, flush=True)
        return EXIT_BROKEN
    print(f"Self-check passed ({len(outcomes)} checks).", file=out, flush=True)
    return EXIT_OK


def where_data_lives(data_dir=None) -> str:
    """Where the app would keep its data here (looked at only, never opened)."""
    folder, how = Trainer.locate_data(data_dir)
    if how == "given":
        return f"data: {folder} (given with --data-dir; this check works in a new folder inside it)"
    kind = {"environment": "from DLA_DATA_DIR", "portable": "portable, beside the program"}.get(
        how, "this user's data folder")
    state = "exists" if folder.is_dir() else "not made yet"
    return f"data: {folder} ({kind}; {state}; not opened by this check)"


def _print(outcome: Outcome, out) -> None:
    print(f"{outcome.label:4}  {outcome.name}: {outcome.detail}", file=out, flush=True)


@contextmanager
def _workspace(data_dir) -> Iterator[Path]:
    """A folder nobody's data lives in, removed afterwards."""
    parent = Trainer.prepare_folder(data_dir) if data_dir else None
    folder = Path(tempfile.mkdtemp(prefix="dla-self-check-", dir=parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class SelfCheck:
    """The checks in order; later ones use what earlier ones made (the database, the app)."""

    def __init__(self, lesson_dirs: list[Path]):
        self.lesson_dirs = lesson_dirs
        self.folder: Path | None = None
        self.trainer = None
        self.learner = None
        self.app = None

    def run_all(self, report: Callable[[Outcome], None]) -> list[Outcome]:
        checks = [("lessons", self.check_lessons, None), ("database", self.check_database, None),
                  ("certificate", self.check_certificate, "trainer"), ("qt", self.check_qt, None),
                  ("voice", self.check_voice, "app"), ("start screen", self.check_start_screen, "app"),
                  ("handout print", self.check_handout_print, "app"), ("camera", self.check_camera, "app"), ("card scan", self.check_card_scan, "app"),
                  ("city store", self.check_city_store, None)]
        outcomes = []
        try:
            for name, check, needs in checks:
                outcome = self._attempt(name, check, needs)
                outcomes.append(outcome)
                report(outcome)
        finally:
            if self.trainer is not None:
                self.trainer.close()
        return outcomes

    def _attempt(self, name: str, check: Callable[[], str], needs: str | None) -> Outcome:
        if needs == "trainer" and self.trainer is None:
            return Outcome(name, False, "not tried: the database check failed")
        if needs == "app" and self.app is None:
            return Outcome(name, False, "not tried: Qt could not start")
        try:
            return Outcome(name, True, check())
        except CheckFailed as exc:
            return Outcome(name, False, str(exc))
        except Absent as exc:
            return Outcome(name, True, str(exc), note=True)
        except Exception as exc:  # noqa: BLE001 - any crash is a finding to report, not to raise
            return Outcome(name, False, f"{type(exc).__name__}: {exc}")

    # -- content and storage -----------------------------------------------------------

    def check_lessons(self) -> str:
        """Every bundled lesson and course file is valid: a release ships none broken."""
        checked = Trainer.lesson_files.check(self.lesson_dirs)
        catalogue, courses, errors = checked.catalogue, checked.courses, checked.errors
        where = ", ".join(str(d) for d in self.lesson_dirs)
        if errors:
            raise CheckFailed(f"{len(errors)} problem(s) in {where}; first: {errors[0]}")
        if not catalogue.lessons:
            raise CheckFailed(f"no lessons found in {where}")
        return f"{len(catalogue.lessons)} lessons and {len(courses)} course(s) valid in {where}"

    def check_database(self) -> str:
        """A new database with a device identity, a learner written and read back."""
        self.trainer = Trainer.open(self.folder / "data", lesson_dirs=self.lesson_dirs)
        self.learner = self.trainer.learners.add(LEARNER_NAME, 1955, "elderly")
        if self.trainer.learners.get(self.learner.id).name != LEARNER_NAME:
            raise CheckFailed("a learner written to the database read back differently")
        return (f"created {self.trainer.data_dir / 'trainer.sqlite3'} "
                f"(SQLite {sqlite3.sqlite_version}), learner written and read back")

    def check_certificate(self) -> str:
        """Complete the smallest area, issue its certificate PDF, and verify its code."""
        from digital_literacy_app.core.records import VALID, qr_modules

        book = self.trainer.certificates
        areas = [a for a in book.achievements() if a.kind == "area"]
        if not areas:
            raise CheckFailed("no lesson area to certify")
        area = min(areas, key=lambda a: len(a.lessons))
        for lesson_id in area.lessons:
            self.trainer.progress.complete_lesson(self.learner.id, self.trainer.lessons.get(lesson_id))
        issued = book.issue(self.learner.id, VOLUNTEER_NAME, self.folder / "certificate.pdf", area.key)
        data = issued.path.read_bytes()
        if not data.startswith(b"%PDF"):
            raise CheckFailed(f"{issued.path} is not a PDF")
        verdict = book.verify_pdf(issued.path)
        if verdict.status != VALID:
            raise CheckFailed(f"the new certificate did not verify: {verdict.message('en')}")
        version = (len(qr_modules(issued.code)) - 17) // 4  # a version-v QR is 17 + 4v modules wide
        if version > 10:
            raise CheckFailed(f"the QR code needs version {version}; at most 10 prints legibly")
        return f"PDF of {len(data) // 1024} KB for area '{area.id}', QR version {version}, code verified"

    # -- Qt: platform, voice, first screen ------------------------------------------------

    def check_qt(self) -> str:
        """The platform plugins are there, and Qt starts on the offscreen one."""
        plugins = _platform_plugins()
        native = NATIVE_PLATFORM.get(sys.platform, "xcb")
        missing = [name for name in ("offscreen", native) if name not in plugins]
        if "offscreen" in missing:  # QApplication would abort the process without it
            raise CheckFailed(f"Qt platform plugin(s) missing: {', '.join(missing)} (found: {sorted(plugins)})")
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from digital_literacy_app.ui.app import prepare_application

        self.app = prepare_application([sys.argv[0] if sys.argv else "dla"])
        if missing:
            raise CheckFailed(f"the '{native}' platform plugin is missing: the app cannot open a window here")
        return f"started on '{self.app.platformName()}'; '{native}' plugin present for a real window"

    def check_voice(self) -> str:
        """Whether a read-aloud voice exists; only a missing Qt module is a failure."""
        try:
            module = _load_text_to_speech()
        except ModuleNotFoundError as exc:
            raise CheckFailed(f"the QtTextToSpeech module is missing ({exc})") from exc
        except ImportError as exc:  # the module is there, a system library it needs is not
            raise Absent(f"none: read-aloud cannot load on this PC ({exc}); the Listen button stays hidden") from exc
        from digital_literacy_app.ui.read_aloud import ReadAloud

        engines = list(module.QTextToSpeech.availableEngines())
        voice = ReadAloud(loader=lambda: module)
        found = [lang for lang in ("vi", "en") if voice.available(lang)]
        voice.stop()
        engines_text = ", ".join(engines) or "none"
        if not found:
            raise Absent(f"none for Vietnamese or English (engines: {engines_text}); the Listen button stays hidden")
        return f"voice for {' and '.join(found)} (engines: {engines_text})"

    def check_start_screen(self) -> str:
        """Build the real window on the database made above and wait for its first paint."""
        from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

        from digital_literacy_app.ui.main_window import MainWindow

        started = time.perf_counter()
        window = MainWindow(self.trainer)
        loop = QEventLoop()
        painted = []
        window.first_painted.connect(lambda: (painted.append(True), loop.quit()))
        QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
        window.resize(1366, 768)
        window.show()
        if not painted:
            loop.exec()
        elapsed_ms = (time.perf_counter() - started) * 1000
        image = window.grab().toImage()
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)  # the lessons load after the first paint
        window.deleteLater()
        if not painted:
            raise CheckFailed(f"the start screen was not painted within {PAINT_TIMEOUT_MS // 1000} s")
        if image.isNull() or len({image.pixel(x, image.height() // 3) for x in range(0, image.width(), 7)}) < 2:
            raise CheckFailed("the start screen painted as a blank image")
        return f"'{window.screen_name}' screen painted in {elapsed_ms:.0f} ms ({image.width()}x{image.height()})"


    def check_handout_print(self) -> str:
        """A lesson's take-home handout made and sent through the print path the completion
        screen uses (QtPdf draws each page onto a QPrinter, here one that writes a PDF)."""
        from PySide6.QtPrintSupport import QPrinter

        from digital_literacy_app.ui.widgets.handout_buttons import print_pdf

        lessons = self.trainer.lessons if self.trainer is not None else None
        if lessons is None or not lessons.lessons:
            raise CheckFailed("no lesson to make a handout from")
        lesson = lessons.lessons[0]
        handout = Trainer.lesson_files.write_handout(lesson, self.folder / "handout.pdf", "vi", lessons)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / "printed.pdf"))
        pages = print_pdf(handout, printer)
        printed = self.folder / "printed.pdf"
        if not pages or not printed.exists() or not printed.read_bytes().startswith(b"%PDF"):
            raise CheckFailed(f"the handout of '{lesson.id}' could not be sent to a printer")
        return f"handout of '{lesson.id}' made and printed ({pages} page(s)) through QtPdf"

    # -- the webcam: camera support, and reading a learner card ------------------------------

    def check_camera(self) -> str:
        """Qt Multimedia and its backend plugin load; how many webcams this PC has."""
        try:
            multimedia = _load_multimedia()
        except ModuleNotFoundError as exc:
            raise CheckFailed(f"the QtMultimedia module is missing ({exc})") from exc
        except ImportError as exc:  # the module is there, a system library it needs is not
            raise Absent(f"none: camera support cannot load on this PC ({exc}); learners type their card's code") \
                from exc
        plugins = _plugin_files("multimedia")
        if not plugins:
            raise CheckFailed("no Qt multimedia backend plugin: the webcam cannot work")
        if not multimedia.QMediaFormat().supportedFileFormats(multimedia.QMediaFormat.ConversionMode.Decode):
            raise CheckFailed(f"the multimedia backend ({', '.join(plugins)}) did not load: "
                              "a library it needs is missing")
        cameras = [device.description() for device in multimedia.QMediaDevices.videoInputs()]
        if not cameras:
            raise Absent(f"no webcam found (backend {', '.join(plugins)} loaded); learners type their card's code")
        return f"{len(cameras)} webcam(s): {', '.join(cameras)} (backend {', '.join(plugins)})"

    def check_card_scan(self) -> str:
        """A learner card's QR, tilted and dim as a webcam sees it, read by the webcam
        screen's own code with the bundled decoder (no camera needed)."""
        import zxingcpp

        from digital_literacy_app.core.records import card_qr_text as qr_text
        from digital_literacy_app.core.records import learner_id_in_qr
        from digital_literacy_app.ui.widgets.camera_scanner import read_picture

        learner_id = self.learner.id if self.learner is not None else "abcdefghjk"
        picture, version = _card_qr_picture(qr_text(learner_id))
        read = [learner_id_in_qr(text) for text in read_picture(picture)]
        if read != [learner_id]:
            raise CheckFailed(f"a learner card's QR was read as {read!r}, not [{learner_id!r}]")
        return (f"learner card QR (version {version}) read back by {zxingcpp.__name__} "
                f"from a tilted, dim {picture.width()}x{picture.height()} picture")


    def check_city_store(self) -> str:
        """The PostgreSQL driver of a city coordinator's installation (docs/install.md,
        section 6), the libpq it carries, and that libpq's SSL, since the city's
        server asks for `sslmode=require`. A ward PC's installation has none: a note."""
        found = Trainer.city_stores.driver()
        if found is None:
            raise Absent("no PostgreSQL driver in this installation (ward PCs need none; a city coordinator's "
                         "PC: docs/install.md, section 6)")
        if not found.ssl:
            raise CheckFailed(f"the PostgreSQL driver's libpq {found.libpq} has no SSL: a city store that asks for "
                              "it cannot be reached")
        return f"{found.version} ({found.implementation}) with libpq {found.libpq}, SSL supported"


def _card_qr_picture(text: str):
    """The card's QR drawn as the card prints it, turned 8 degrees on a grey wall, 640x480."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from digital_literacy_app.core.records import qr_modules

    modules = qr_modules(text)
    version = (len(modules) - 17) // 4  # a version-v QR is 17 + 4v modules wide
    box = 6
    side = (len(modules) + 2 * QUIET_ZONE) * box
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(95, 95, 95))
    painter = QPainter(image)
    painter.translate(QPointF(320, 240))
    painter.rotate(8)
    painter.translate(QPointF(-side / 2, -side / 2))
    painter.fillRect(QRectF(0, 0, side, side), QColor(170, 170, 170))  # paper in a dim room
    for row, cells in enumerate(modules):
        for column, dark in enumerate(cells):
            if dark:
                painter.fillRect(QRectF((column + QUIET_ZONE) * box, (row + QUIET_ZONE) * box, box, box),
                                 QColor(30, 30, 30))
    painter.end()
    return image, version


def _load_multimedia():
    """Qt Multimedia, imported only here: on Linux it needs libpulse."""
    from PySide6 import QtMultimedia

    return QtMultimedia


def _plugin_files(kind: str) -> list[str]:
    """Names of the Qt plugins of one kind in the library paths (multimedia: ffmpegmediaplugin)."""
    from PySide6.QtCore import QCoreApplication

    names = set()
    for folder in QCoreApplication.libraryPaths():
        for path in (Path(folder) / kind).glob("*"):
            if path.suffix in (".so", ".dll", ".dylib"):
                names.add(path.name.split(".")[0].removeprefix("lib"))
    return sorted(names)


def _load_text_to_speech():
    """Qt TextToSpeech, imported only here: on Linux it needs libpulse and libspeechd."""
    from PySide6 import QtTextToSpeech

    return QtTextToSpeech


def _platform_plugins() -> set[str]:
    """Names of the Qt platform plugins in the library paths (offscreen, xcb, windows...)."""
    from PySide6.QtCore import QCoreApplication

    names = set()
    for folder in QCoreApplication.libraryPaths():
        for path in (Path(folder) / "platforms").glob("*"):
            if path.suffix in (".so", ".dll", ".dylib"):
                names.add(path.name.split(".")[0].removeprefix("lib").removeprefix("q"))
    return names
