"""Reliability: long fuzz runs of what reaches the app from outside, and power cuts (issue 13).

Each part is a function of (cases, seed) that counts what happened, so a failure can be
replayed with the same seed; `run()` is one dict of parts. Figures, not assertions:
`crashed` and `silent_losses` must be 0; docs/reliability.md records the runs.

- lessons: mutated copies of every bundled lesson.yaml and courses.yaml through
  `dla lessons validate` (tests/lesson_mutations.py, whose few hundred quick cases run in
  `make test` as tests/core/test_fuzz_lessons.py).
- startup: a real data folder damaged in fourteen ways (tests/startup_damage.py: truncated,
  zero-length, deleted, flipped bytes, a scribbled page, dropped tables, wrong user_version,
  forgotten or future migrations, a stray WAL, a damaged identity, a locked file...), then
  started as the app starts: it opens with every learner there, or is refused in words
  naming the backup. Never a traceback, never a silent empty start.
- power_cuts: `dla demo seed` and `dla sync import` killed with SIGKILL at random moments
  (benchmarks/power_cuts.py); after each cut the folder must open, check good and hold
  at least what the last cut left.

BENCH_RELIABILITY_LESSONS (10,000 take about three minutes), BENCH_RELIABILITY_STARTUP
(5,000: about a minute), BENCH_RELIABILITY_CUTS (20 of each kind) set the sizes,
BENCH_RELIABILITY_SEED the seed.
"""

import os

from benchmarks.power_cuts import cuts_while_importing, cuts_while_seeding
from tests.lesson_mutations import fuzz_lessons
from tests.startup_damage import fuzz_startup

LESSON_CASES = 10_000
STARTUP_CASES = 5_000
CUTS = 20
SEED = 13


def _setting(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def run(lesson_cases: int | None = None, seed: int | None = None) -> dict:
    seed = _setting("BENCH_RELIABILITY_SEED", SEED) if seed is None else seed
    cases = _setting("BENCH_RELIABILITY_LESSONS", LESSON_CASES) if lesson_cases is None else lesson_cases
    cuts = _setting("BENCH_RELIABILITY_CUTS", CUTS)
    return {"lessons": fuzz_lessons(cases, seed),
            "startup": fuzz_startup(_setting("BENCH_RELIABILITY_STARTUP", STARTUP_CASES), seed),
            "power_cuts": {"while_seeding": cuts_while_seeding(cuts, seed),
                           "while_importing": cuts_while_importing(cuts, seed)}}
