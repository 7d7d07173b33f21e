"""Shared fixtures: a real data directory and a real SQLite file per test."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
