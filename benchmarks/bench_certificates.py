"""Certificates: 1,000 signed PDFs in one batch (target under 30 s), verifying one code (under 10 ms)."""

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from digital_literacy_app.core.trainer import Trainer

BATCH = 1_000


def _eligible_learners(trainer, count: int) -> list[str]:
    """`count` learners who each completed the first course (or area) of the bundled lessons."""
    achievement = max(trainer.certificates.achievements(), key=lambda a: (a.kind == "course", len(a.lessons)))
    lessons = [trainer.lessons.get(lesson_id) for lesson_id in achievement.lessons]
    ids = []
    with trainer.log.batch():
        for number in range(count):
            learner = trainer.learners.add(f"Nguyễn Thị Học Viên {number}", 1950, "elderly", "Phường Ba Đình")
            for lesson in lessons:
                trainer.progress.complete_lesson(learner.id, lesson)
            ids.append(learner.id)
    return ids


def batch_issue(folder: Path) -> tuple[dict, str]:
    with Trainer.open(folder / "data") as trainer:
        ids = _eligible_learners(trainer, BATCH)
        trainer.certificates.eligible(ids[0])  # load lessons, courses and fonts before timing
        started = time.perf_counter()
        result = trainer.certificates.issue_batch(ids, folder / "out", "Trần Văn Tình")
        elapsed = time.perf_counter() - started
        size = sum(item.path.stat().st_size for item in result.issued)
    figures = {"certificates": len(result.issued), "seconds": round(elapsed, 2),
               "per_certificate_ms": round(elapsed / max(1, len(result.issued)) * 1000, 1),
               "average_pdf_kb": round(size / max(1, len(result.issued)) / 1024, 1),
               "target_seconds": 30}
    return figures, result.issued[0].code


def verify_one(folder: Path, code: str, rounds: int = 300) -> dict:
    with Trainer.open(folder / "data") as trainer:
        book = trainer.certificates
        assert book.verify_code(code).valid
        timings = []
        for _ in range(rounds):
            started = time.perf_counter()
            book.verify_code(code)
            timings.append(time.perf_counter() - started)
    return {"rounds": rounds, "median_ms": round(statistics.median(timings) * 1000, 3),
            "p95_ms": round(sorted(timings)[int(rounds * 0.95)] * 1000, 3), "target_ms": 10}


def run() -> dict:
    folder = Path(tempfile.mkdtemp(prefix="dla-bench-cert-"))
    try:
        batch, code = batch_issue(folder)
        return {"batch_1000": batch, "verify_one": verify_one(folder, code)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
