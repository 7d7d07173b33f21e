"""The app installed from its wheel, as docs/city-scale.md has the city's coordinator PCs
install it (`pip install '.[city]'`, for the PostgreSQL driver the one-folder app leaves
out): the lessons and assets go inside the package (setup.py), and the installed app
passes its own self-check. Before, the wheel held the code alone: no lessons, and Qt
could not start without its translations.

The wheel is built offline from a copy of the sources (pyproject.toml, setup.py,
MANIFEST.in, README.md, the package, lessons/, assets/) with this environment's setuptools
(the test extra asks for one that builds wheels itself), and its files are put on the
path of a new process, ahead of the editable install that `make` made.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "digital_literacy_app", "lessons", "assets")


def _built_wheel(folder: Path) -> Path:
    source = folder / "source"
    source.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(REPO / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "-w", str(folder / "wheel"), str(source)], check=True, capture_output=True,
                   timeout=300)
    [wheel] = (folder / "wheel").glob("digital_literacy_app-*.whl")
    return wheel


def test_the_installed_wheel_carries_the_lessons_and_assets_and_passes_its_self_check(tmp_path):
    wheel = _built_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "installed")
    lessons = sorted(path.parent.name for path in (REPO / "lessons").glob("*/lesson.yaml"))
    assert lessons and all(f"digital_literacy_app/lessons/{name}/lesson.yaml" in names for name in lessons)
    assert {"digital_literacy_app/assets/translations/dla_vi.qm", "digital_literacy_app/assets/icons/app.svg"} <= names
    assert not [name for name in names if name.endswith(".ts")], "translation sources are not read: left out"

    env = dict(os.environ, PYTHONPATH=str(tmp_path / "installed"), QT_QPA_PLATFORM="offscreen")
    where = subprocess.run([sys.executable, "-c", "import digital_literacy_app.core.paths as p; "
                            "print(p.__file__); print(p.bundled_lessons_dir()); print(p.assets_dir())"],
                           env=env, capture_output=True, text=True, check=True, cwd=tmp_path)
    assert all(line.startswith(str(tmp_path / "installed")) for line in where.stdout.splitlines()), where.stdout
    checked = subprocess.run([sys.executable, "-m", "digital_literacy_app", "--self-check", "--data-dir",
                              str(tmp_path / "data")], env=env, capture_output=True, text=True, cwd=tmp_path,
                             timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"ok    lessons: {len(lessons)} lessons" in checked.stdout, checked.stdout
