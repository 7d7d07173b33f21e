"""`dla screenshots`: every screen rendered offscreen to PNG at 1366×768, never blank."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from digital_literacy_app.screenshots import Look, render_all

from .conftest import FIXTURE_LESSONS

NAMES = ["01-start", "02-new-learner", "03-new-learner-error", "04-catalogue", "05-step-explain",
         "06-step-practice", "07-step-practice-hint", "08-step-practice-show-me", "09-step-quiz",
         "10-step-quiz-feedback", "11-completion", "12-settings", "13-idle", "14-card-code", "20-volunteer-first-start",
         "21-volunteer-pin", "22-volunteer-home", "23-volunteer-learners", "24-volunteer-erase",
         "25-volunteer-duplicates", "25b-volunteer-import", "26-volunteer-progress",
         "26b-volunteer-progress-lesson", "27-volunteer-session", "27b-volunteer-certificates-owed", "28-volunteer-certificates",
         "29-volunteer-verify", "29b-volunteer-backups", "30-sync-export",
         "31-sync-export-done", "32-sync-import", "33-sync-import-results", "33b-sync-import-held", "34-known-computers", "34b-imported-files", "34c-trust",
         "35-reports", "36-reports-chart"]


def colours(path) -> int:
    """How many different colours a sample of the picture has (a blank one has one or two)."""
    image = QImage(str(path))
    seen = set()
    for y in range(0, image.height(), 12):
        for x in range(0, image.width(), 12):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_every_screen_is_rendered_with_stable_names_and_content(app, tmp_path):
    """One PNG per screen, named the same every time, at the ward-office screen size."""
    paths = render_all(tmp_path / "shots", Look("vi", 100, False), lesson_dirs=[FIXTURE_LESSONS])
    assert [p.stem for p in paths] == NAMES
    for path in paths:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name
        assert colours(path) > 20, f"{path.name} looks blank"


def test_the_command_renders_english_high_contrast_at_200_percent(tmp_path):
    """The real command line, on the bundled lessons, in another language, theme and size."""
    out = tmp_path / "en"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "digital_literacy_app", "screenshots", "--out", str(out),
                             "--lang", "en", "--text-scale", "200", "--theme", "high-contrast"],
                            capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in out.glob("*.png")) == NAMES
    assert result.stdout.splitlines() == [str(out / f"{name}.png") for name in NAMES]
    dark = QImage(str(out / "04-catalogue.png")).pixelColor(5, 400)
    assert dark.lightness() < 30, "high contrast draws on black"


def test_wrong_options_are_usage_errors(tmp_path):
    """A text size outside 100-200 or an unknown language exits 2 with a message."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for extra in (["--text-scale", "250"], ["--lang", "fr"], ["--theme", "dark"]):
        result = subprocess.run([sys.executable, "-m", "digital_literacy_app", "screenshots",
                                 "--out", str(tmp_path), *extra], capture_output=True, text=True, env=env)
        assert result.returncode == 2, extra
        assert result.stderr.strip()


def test_without_a_complete_lesson_the_command_says_why(app, tmp_path):
    """No lesson to show every step kind with: a plain refusal, not a traceback."""
    import pytest

    from digital_literacy_app.core.errors import DlaError

    with pytest.raises(DlaError, match="lessons validate"):
        render_all(tmp_path / "shots", Look(), lesson_dirs=[tmp_path / "no-lessons-here"])
