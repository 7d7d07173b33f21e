"""Reliability: long fuzz runs of what reaches the app from outside (issue 13).

Each part is a function of (cases, seed) that counts what happened, so a failure can be
replayed with the same seed; `run()` is one dict of parts. Figures, not assertions:
`crashed` must be 0, and docs/performance.md records the runs.

- lessons: mutated copies of every bundled lesson.yaml and courses.yaml through
  `dla lessons validate` (tests/lesson_mutations.py, whose few hundred quick cases run in
  `make test` as tests/core/test_fuzz_lessons.py).

BENCH_RELIABILITY_LESSONS sets the number of lesson cases (10,000 take about three
minutes), BENCH_RELIABILITY_SEED the seed.
"""

import os

from tests.lesson_mutations import fuzz_lessons

LESSON_CASES = 10_000
SEED = 13


def _setting(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def run(lesson_cases: int | None = None, seed: int | None = None) -> dict:
    seed = _setting("BENCH_RELIABILITY_SEED", SEED) if seed is None else seed
    cases = _setting("BENCH_RELIABILITY_LESSONS", LESSON_CASES) if lesson_cases is None else lesson_cases
    return {"lessons": fuzz_lessons(cases, seed)}
