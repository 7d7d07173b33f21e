"""Foundation figures: durable progress events, demo seeding, lesson loading, progress reads,
the progress grid saved and printed."""

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from digital_literacy_app.core import demo
from digital_literacy_app.core.lessons import load_catalogue
from digital_literacy_app.core.paths import bundled_lessons_dir
from digital_literacy_app.core.trainer import Trainer


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def durable_step_completions(folder: Path, count: int = 400) -> dict:
    with Trainer.open(folder) as trainer:
        lesson = trainer.lessons.lessons[0]
        learner = trainer.learners.add("Đo Tốc Độ", 1950, "elderly")
        trainer.progress.start_lesson(learner.id, lesson)
        timings = []
        for number in range(count):
            step = lesson.steps[number % len(lesson.steps)]
            started = time.perf_counter()
            trainer.progress.complete_step(learner.id, lesson, step.id)
            timings.append(time.perf_counter() - started)
    return {"calls": count, "median_ms": _ms(statistics.median(timings)),
            "p95_ms": _ms(sorted(timings)[int(count * 0.95)]),
            "events_per_s": round(count / sum(timings))}


def seed_10k(folder: Path) -> dict:
    with Trainer.open(folder) as trainer:
        trainer.lessons  # load lessons before timing: the command does this too, once
        started = time.perf_counter()
        summary = demo.seed(trainer, 10_000, 1)
        elapsed = time.perf_counter() - started
        size = (folder / "trainer.sqlite3").stat().st_size
    return {"learners": summary.learners, "events": summary.events, "seconds": round(elapsed, 2),
            "events_per_s": round(summary.events / elapsed), "database_mb": round(size / 1e6, 1)}


def progress_read(folder: Path) -> dict:
    with Trainer.open(folder) as trainer:
        ids = [r.id for r in trainer.learners.all()][:500]
        timings = []
        for learner_id in ids:
            started = time.perf_counter()
            trainer.progress.for_learner(learner_id)
            timings.append(time.perf_counter() - started)
    return {"learners_in_db": 10_000, "reads": len(ids), "median_ms": _ms(statistics.median(timings))}


def load_lessons(tmp: Path, target: int = 50) -> dict:
    source = bundled_lessons_dir()
    bundled = sorted(p for p in source.iterdir() if (p / "lesson.yaml").is_file())
    pack = tmp / "fifty"
    for number in range(target):
        original = bundled[number % len(bundled)]
        copy = pack / f"{original.name}-{number}"
        shutil.copytree(original, copy)
        text = (copy / "lesson.yaml").read_text(encoding="utf-8")
        (copy / "lesson.yaml").write_text(text.replace(f"id: {original.name}", f"id: {copy.name}", 1),
                                          encoding="utf-8")
    timings = {}
    for label, folder in (("bundled", source), ("fifty", pack)):
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            catalogue = load_catalogue([folder])
            runs.append(time.perf_counter() - started)
        timings[label] = {"lessons": len(catalogue.lessons), "median_ms": _ms(statistics.median(runs))}
    return timings


def progress_grid_files(folder: Path, learners: int = 200) -> dict:
    """The volunteer's progress grid for a ward of `learners` against every bundled lesson:
    read it, save it as a spreadsheet, print it as a PDF (median of 3)."""
    with Trainer.open(folder) as trainer:
        trainer.seed_demo(learners, seed=7)
        jobs = {"grid": trainer.overview.grid,
                "xlsx": lambda: trainer.overview.export_grid(folder / "grid.xlsx"),
                "csv": lambda: trainer.overview.export_grid(folder / "grid.csv"),
                "pdf": lambda: trainer.overview.print_grid(folder / "grid.pdf")}
        figures = {"learners": learners, "lessons": len(trainer.lessons.lessons)}
        for name, job in jobs.items():
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                job()
                runs.append(time.perf_counter() - started)
            figures[f"{name}_ms"] = _ms(statistics.median(runs))
    return figures


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        return {
            "step_completion_durable": durable_step_completions(tmp / "durable"),
            "demo_seed_10000": seed_10k(tmp / "seeded"),
            "one_learner_progress": progress_read(tmp / "seeded"),
            "load_lessons": load_lessons(tmp),
            "progress_grid_files": progress_grid_files(tmp / "grid"),
        }
