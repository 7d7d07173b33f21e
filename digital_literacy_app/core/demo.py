"""Realistic synthetic learners and progress, for trying the app and for benchmarks.

Recorded through the same LearnerBook and ProgressBook the app uses, in batches of one
transaction each, so a kill mid-run loses at most the batch in flight. The same seed gives
the same people and the same progress (ids differ: they are random on every device).
"""

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from digital_literacy_app.core.lessons.model import Lesson, PracticeStep, QuizStep
from digital_literacy_app.core.practice import way_to_done

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
          "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tạ"]
FAMILY_WEIGHTS = [38, 11, 9, 7, 5, 4, 4, 4, 3, 2, 2, 2, 1.5, 1.3, 1, 0.5, 1, 1, 0.7, 0.5]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Bích", "Hồng"]
MIDDLE_M = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Xuân", "Đình"]
GIVEN_F = ["Hường", "Lan", "Mai", "Hoa", "Hạnh", "Thảo", "Cúc", "Đào", "Huệ", "Nga", "Phương",
           "Hằng", "Loan", "Yến", "Tâm", "Liên", "Nhung", "Thủy", "Vân", "Oanh", "Xuân", "Gấm"]
GIVEN_M = ["Hùng", "Dũng", "Bình", "An", "Tuấn", "Nam", "Sơn", "Hải", "Phúc", "Lộc", "Thắng",
           "Cường", "Long", "Quý", "Toàn", "Khánh", "Trung", "Thành", "Tùng", "Đạt", "Nghĩa"]
WARDS = ["Phường Hoàn Kiếm", "Phường Ba Đình", "Phường Cầu Giấy", "Xã Sóc Sơn", "Xã Đông Anh",
         "Xã Ba Vì", "Phường Hà Đông", "Xã Thanh Trì"]
GROUP_MIX = {"elderly": 40, "farmer": 15, "freelance": 15, "suburban": 18, "other": 12}
BATCH_LEARNERS = 100


@dataclass
class SeedSummary:
    learners: int
    events: int
    lessons_completed: int


class _DemoClock:
    """Wall times spread over the last months, moving forward as a learner works."""

    def __init__(self, rng: random.Random, days_back: int = 180):
        self.rng = rng
        self.now = datetime.now(timezone.utc)
        self.current = self.now - timedelta(days=days_back)

    def start_learner(self) -> None:
        self.current = self.now - timedelta(days=self.rng.uniform(1, 180))

    def __call__(self) -> str:
        self.current += timedelta(seconds=self.rng.uniform(5, 90))
        return self.current.isoformat(timespec="milliseconds")


def _person(rng: random.Random) -> tuple[str, int, str]:
    group = rng.choices(list(GROUP_MIX), weights=list(GROUP_MIX.values()))[0]
    female = rng.random() < 0.58
    family = rng.choices(FAMILY, weights=FAMILY_WEIGHTS)[0]
    middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    if group == "elderly":
        year = rng.randint(1940, 1965)
    else:
        year = rng.randint(1962, 2006)
    return f"{family} {middle} {given}", year, group


def seed(trainer, learners: int, seed_value: int = 1) -> SeedSummary:
    rng = random.Random(seed_value)
    lessons = trainer.lessons.lessons
    by_area = trainer.lessons.by_area()
    clock = _DemoClock(rng)
    before = trainer.log.count()
    completed = 0
    original_clock = trainer.log.clock
    trainer.log.clock = clock
    try:
        for start in range(0, learners, BATCH_LEARNERS):
            with trainer.log.batch():
                for _ in range(min(BATCH_LEARNERS, learners - start)):
                    completed += _one_learner(trainer, rng, clock, lessons, by_area)
    finally:
        trainer.log.clock = original_clock
    return SeedSummary(learners, trainer.log.count() - before, completed)


def _one_learner(trainer, rng, clock, lessons: list[Lesson], by_area) -> int:
    clock.start_learner()
    name, year, group = _person(rng)
    learner = trainer.learners.add(name, year if rng.random() > 0.1 else None, group, rng.choice(WARDS))
    if not lessons:
        return 0
    profile = rng.random()
    if profile < 0.15:
        chosen = []  # registered, not started yet
    elif profile < 0.25 and by_area:
        chosen = list(rng.choice(list(by_area.values())))  # completes a whole area
    else:
        chosen = rng.sample(lessons, k=min(len(lessons), rng.randint(1, 4)))
    finished = 0
    for index, lesson in enumerate(chosen):
        whole = profile < 0.25 or rng.random() < 0.6 or index < len(chosen) - 1
        finished += _work_through(trainer, rng, learner.id, lesson, whole)
    return finished


def _work_through(trainer, rng, learner_id: str, lesson: Lesson, whole: bool) -> int:
    progress = trainer.progress
    progress.start_lesson(learner_id, lesson)
    last = len(lesson.steps) if whole else rng.randint(1, max(1, len(lesson.steps) - 1))
    careful = rng.random()
    for step in lesson.steps[:last]:
        if isinstance(step, QuizStep):
            _answer(progress, rng, learner_id, lesson, step, careful)
        elif isinstance(step, PracticeStep):
            _practise(progress, rng, learner_id, lesson, step, careful)
        progress.complete_step(learner_id, lesson, step.id,
                               refused=isinstance(step, PracticeStep) and step.refuse)
    if whole:
        progress.complete_lesson(learner_id, lesson)
        return 1
    return 0


def _answer(progress, rng, learner_id, lesson, step: QuizStep, careful: float) -> None:
    right = [i for i, c in enumerate(step.choices) if c.correct]
    wrong = [i for i, c in enumerate(step.choices) if not c.correct]
    attempt = 1
    while wrong and rng.random() > careful and attempt < 3:
        progress.answer_quiz(learner_id, lesson, step.id, rng.choice(wrong), attempt)
        attempt += 1
    progress.answer_quiz(learner_id, lesson, step.id, rng.choice(right), attempt)


def _practise(progress, rng, learner_id, lesson, step: PracticeStep, careful: float) -> None:
    for screen, good in way_to_done(step):
        bad = [e for e in screen.tappables() if not e.goto]
        if bad and rng.random() > careful:
            progress.record_tap(learner_id, lesson, step.id, screen.id, rng.choice(bad).id)
            if rng.random() < 0.5:
                progress.use_hint(learner_id, lesson, step.id)
        typed = {field.id: field.expect for field in screen.fields()}
        progress.record_tap(learner_id, lesson, step.id, screen.id, good.id, typed)
