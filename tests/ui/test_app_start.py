"""Starting the app: `dla` with no arguments opens it, and the first screen comes fast and light."""

import os
import subprocess
import sys

from digital_literacy_app import cli

FIRST_PAINT = """
import sys
from digital_literacy_app.ui.app import run_app
code = run_app(sys.argv[1], quit_after_first_paint=True)
heavy = [m for m in ("reportlab", "qrcode", "PySide6.QtTextToSpeech") if m in sys.modules]
print("exit", code, "heavy", ",".join(heavy) or "none")
"""


def test_the_app_paints_its_start_screen_without_heavy_modules(tmp_path):
    """Up to the first painted "Ai đang học?" nothing for PDFs, QR codes or speech is loaded."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(tmp_path / "data")], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "exit 0 heavy none"


def test_dla_without_arguments_opens_the_app_with_the_data_folder(monkeypatch, tmp_path):
    """`dla` (and `make run`, `python -m digital_literacy_app`) go straight to the window."""
    calls = []
    monkeypatch.setattr("digital_literacy_app.ui.app.run_app",
                        lambda data_dir=None, database=None: calls.append((data_dir, database)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    # a city store: the coordinator screens open on it (tests/ui/test_city_store_app.py)
    assert cli.main(["--database", "postgresql://dla@db/city"]) == 0
    monkeypatch.setenv("DLA_DATABASE_URL", "postgresql://dla@env/city")
    assert cli.main([]) == 0
    assert calls == [(None, None), (str(tmp_path), None), (None, "postgresql://dla@db/city"),
                     (None, "postgresql://dla@env/city")]


def test_python_dash_m_runs_the_same_entry_point():
    """`python -m digital_literacy_app` is the same command line as `dla`."""
    result = subprocess.run([sys.executable, "-m", "digital_literacy_app", "screenshots", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "--text-scale" in result.stdout


def test_the_window_and_the_windows_program_carry_the_app_icon(qapp):
    """The taskbar and title bar show the app's phone icon (drawn, not blank), and the
    .ico that dla.exe, its shortcuts and the installer carry holds every Windows size."""
    from PIL import Image
    from PySide6.QtCore import QSize

    from digital_literacy_app.core.paths import assets_dir
    from digital_literacy_app.ui.app import prepare_application

    app = prepare_application([])
    assert app is qapp
    picture = app.windowIcon().pixmap(QSize(32, 32)).toImage()
    assert not picture.isNull()
    teal = picture.pixelColor(3, 16)  # the rounded square's edge
    assert (teal.red(), teal.green(), teal.blue()) == (0x0F, 0x76, 0x6E)
    with Image.open(assets_dir() / "icons" / "app.ico") as ico:
        assert {16, 24, 32, 48, 256} <= {width for width, _ in ico.info["sizes"]}
