"""Shared fixtures: a real data directory and a real SQLite file per test."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The same verdict on every machine: the command line speaks the system's language, so the
# tests run it in English unless a test asks for Vietnamese.
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def trainer(tmp_path):
    from digital_literacy_app.core.trainer import Trainer

    with Trainer.open(tmp_path / "data", lesson_dirs=[FIXTURES / "lessons"]) as opened:
        yield opened


@pytest.fixture
def sample_lesson(trainer):
    return trainer.lessons.get("sample-lesson")
