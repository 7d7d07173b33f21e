"""Volunteer and coordinator lists at the volunteer's own 200 % text size, 1366 × 768.

Shared by tests/ui/test_wide_lists.py: a PC with enough of everything (learners,
sessions, certificates owed, backups, accounts, duplicates) entered through the Trainer,
a coordinator whose own settings say 200 % (and, when asked, high contrast), and the real
window opening each tool through its home.
"""

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from digital_literacy_app.core.sync import exporter
from digital_literacy_app.core.trainer import Trainer

from digital_literacy_app.ui.volunteer import registry
from digital_literacy_app.ui.widgets.fold import rows_fully_shown

from .conftest import FIRST, FIXTURE_LESSONS

ROWS = 8
PINS = ("2580", "3691", "4702", "5813", "6924", "7035", "8146", "9257", "1368", "2479")
PLACES = ("Nhà văn hoá tổ 5", "Trụ sở UBND phường", "Điểm bưu điện văn hoá xã")


def seed(trainer, learners: int = 30) -> list:
    """Enough rows for every list: learners (some finished, some twice), sessions,
    volunteer accounts and backups."""
    people = [trainer.learners.add(f"Nguyễn Văn Học Viên {n:02d}", 1940 + n, "elderly", "Phường Kim Mã")
              for n in range(learners)]
    lesson = trainer.lessons.get(FIRST)
    for person in people[:12]:
        trainer.progress.complete_lesson(person.id, lesson)
    for n in range(10):  # the same person entered twice, with and without accents
        trainer.learners.add(f"Tran Thi Trung {n:02d}", 1950 + n, "farmer")
        trainer.learners.add(f"Trần Thị Trùng {n:02d}", 1950 + n, "farmer")
    for n in range(12):
        trainer.sessions.log(date=f"2025-03-{n + 1:02d}", place=PLACES[n % 3], volunteer="Trần Thu Hà",
                             topic=f"VNeID buổi {n + 1}", minutes=60, attendees=[p.id for p in people[:5]],
                             area="basics", ward="Phường Kim Mã")
    for n, pin in enumerate(PINS):
        trainer.volunteers.add(f"Tình nguyện viên {n:02d}", "volunteer", pin)
    for kind in ("daily", "import", "migration", "daily", "import", "daily", "import", "daily", "import"):
        trainer.backups.make(kind)
    return people


def sign_in_at(window, trainer, scale: int = 200, high_contrast: bool = False):
    """A coordinator whose own text size is `scale`, signed in: the window shows their look."""
    boss = trainer.volunteers.add("Trần Thu Hà", "coordinator", "2468")
    trainer.settings.set_for_volunteer(boss.id, "text_scale", scale)
    trainer.settings.set_for_volunteer(boss.id, "high_contrast", high_contrast)
    window.volunteer_mode.sign_in(boss)
    return boss


def open_tool(window, key: str):
    tool = next(t for t in registry.tools_for("coordinator") if t.key == key)
    return window.volunteer_mode.open_tool(tool)


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def assert_eight_rows(qtbot, view) -> None:
    """At least eight rows of `view` lie wholly inside what it shows."""
    settle(qtbot)
    qtbot.waitUntil(lambda: view.isVisible() and rows_fully_shown(view) >= ROWS, timeout=3000)
    window = view.window()
    assert (window.width(), window.height()) == (1366, 768), "the window grew"


def assert_filters_reachable(qtbot, fold) -> None:
    """The filters folded away at 200 %; the button brings them back with the focus in them."""
    from .conftest import click

    assert not fold.is_open and not fold.isVisible()
    click(qtbot, fold.button)
    assert fold.is_open and fold.isVisible()
    first = fold.first_control()
    assert first is not None and first.isVisible()
    qtbot.waitUntil(lambda: fold.isAncestorOf(fold.window().focusWidget()), timeout=2000)


def sync_files(folder: Path, count: int = 9) -> Path:
    """`count` ward computers, each with a learner who did a step, and their sync files."""
    sticks = folder / "stick"
    sticks.mkdir(parents=True)
    for n in range(count):
        with Trainer.open(folder / f"pc-{n}", lesson_dirs=[FIXTURE_LESSONS]) as pc:
            pc.device.name, pc.device.ward = f"Máy {n + 1}", f"Phường số {n + 1}"
            learner = pc.learners.add(f"Người học máy {n + 1}", 1955, "elderly")
            lesson = pc.lessons.get(FIRST)
            pc.progress.complete_step(learner.id, lesson, lesson.steps[0].id)
            exporter.export(pc, sticks / f"may-{n + 1}.dlsync")
    return sticks


def grab(widget, name: str) -> None:
    """With DLA_WIDE_SHOTS set to a folder, save what the test sees there (to look at)."""
    folder = os.environ.get("DLA_WIDE_SHOTS")
    if folder:
        settle_now()
        widget.window().grab().save(str(Path(folder) / f"{name}.png"))


def settle_now() -> None:
    for _ in range(3):
        QApplication.processEvents()
