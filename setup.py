"""The lessons and assets inside an installed package (the rest of the set-up is pyproject.toml).

lessons/ and assets/ sit at the top of the repository, beside the package, where a checkout
and `make` (an editable install) find them (core/paths.py, `_shipped`). A wheel holds only
packages, so `pip install '.[city]'`, the way docs/city-scale.md gives the city's
coordinator PCs the PostgreSQL driver, installed an app without its lessons, icons or
translations: Qt could not start. Building the package now copies both folders into it
(`digital_literacy_app/lessons`, `digital_literacy_app/assets`), where `_shipped` looks
next; as for the one-folder app (packaging/dla.spec), without the translations' sources.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
CONTENT = ("lessons", "assets")
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", "*.py")  # sources and scripts, not read


class BuildWithContent(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads them where they are
            return
        for name in CONTENT:
            target = Path(self.build_lib) / "digital_literacy_app" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(ROOT / name, target, ignore=LEFT_OUT)


setup(cmdclass={"build_py": BuildWithContent})
