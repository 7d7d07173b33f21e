"""Progress at a glance: grid states, "needs help", timelines, duplicates and their merge."""

from datetime import date, datetime, timedelta, timezone

import pytest

from digital_literacy_app.core import overview
from digital_literacy_app.core.overview import (
    DONE, HINTS_LIMIT, IN_PROGRESS, MISTAKES_LIMIT, NOT_STARTED, STALLED_DAYS, Cell, HelpReason,
)

LESSON = "sample-lesson"


def clock_at(trainer, when: datetime):
    """Record the next events as if the PC's clock said `when`."""
    trainer.log.clock = lambda: when.isoformat(timespec="milliseconds")


def test_grid_cells_are_not_started_step_x_of_y_or_done(trainer, sample_lesson):
    """Three learners, three states; steps count distinct steps done out of the lesson's
    steps, and the step they are at is the one after the last they did."""
    idle, busy, finished = (trainer.learners.add(n) for n in ("Chưa Học", "Đang Học", "Học Xong"))
    trainer.progress.start_lesson(busy.id, sample_lesson)
    trainer.progress.complete_step(busy.id, sample_lesson, "intro")
    trainer.progress.complete_step(busy.id, sample_lesson, "intro")
    trainer.progress.complete_step(busy.id, sample_lesson, "try-it")
    trainer.progress.complete_lesson(finished.id, sample_lesson)
    cells = overview.progress_cells(trainer)
    total = len(sample_lesson.steps)
    assert overview.cell(cells, idle.id, LESSON) == Cell(NOT_STARTED)
    assert overview.cell(cells, busy.id, LESSON) == Cell(IN_PROGRESS, 2, total, 3)
    assert overview.cell(cells, finished.id, LESSON) == Cell(DONE, total, total, total)


def test_many_mistakes_or_hints_in_an_unfinished_lesson_need_help(trainer, sample_lesson):
    """At the limits (not one below) a learner is flagged, with the count; once they finish
    the lesson the flag goes."""
    stuck, trying, hinted = (trainer.learners.add(n) for n in ("Sai Nhiều", "Gần Đủ", "Gợi Ý"))
    for _ in range(MISTAKES_LIMIT - 2):
        trainer.progress.answer_quiz(stuck.id, sample_lesson, "q1", 0)
    for _ in range(2):
        trainer.progress.record_tap(stuck.id, sample_lesson, "try-it", "form", "cancel", {})
    for _ in range(MISTAKES_LIMIT - 1):
        trainer.progress.answer_quiz(trying.id, sample_lesson, "q1", 0)
    for _ in range(HINTS_LIMIT):
        trainer.progress.use_hint(hinted.id, sample_lesson, "try-it")
    today = date.today()
    flagged = overview.needs_help(trainer, today)
    assert flagged == {stuck.id: [HelpReason("mistakes", LESSON, MISTAKES_LIMIT)],
                       hinted.id: [HelpReason("hints", LESSON, HINTS_LIMIT)]}
    trainer.progress.complete_lesson(stuck.id, sample_lesson)
    assert stuck.id not in overview.needs_help(trainer, today)


def test_stalled_for_fourteen_days_needs_help_but_a_future_clock_does_not(trainer, sample_lesson):
    """Nothing done for STALLED_DAYS days with a lesson unfinished: flagged with the days.
    13 days is not yet; finished learners are never stalled; a date in the future is ignored."""
    start = datetime(2025, 3, 1, 9, tzinfo=timezone.utc)
    clock_at(trainer, start)
    stalled = trainer.learners.add("Bỏ Dở")
    trainer.progress.start_lesson(stalled.id, sample_lesson)
    done = trainer.learners.add("Xong Rồi")
    trainer.progress.complete_lesson(done.id, sample_lesson)
    clock_at(trainer, start + timedelta(days=400))
    future = trainer.learners.add("Đồng Hồ Sai")
    trainer.progress.start_lesson(future.id, sample_lesson)
    day = start.date()
    assert overview.needs_help(trainer, day + timedelta(days=STALLED_DAYS - 1)) == {}
    flagged = overview.needs_help(trainer, day + timedelta(days=STALLED_DAYS))
    assert flagged == {stalled.id: [HelpReason("stalled", LESSON, STALLED_DAYS)]}


def test_progress_filters(trainer, sample_lesson):
    """not started / learning / finished some / needs help pick the right people."""
    idle, busy, finished = (trainer.learners.add(n) for n in ("A", "B", "C"))
    trainer.progress.start_lesson(busy.id, sample_lesson)
    trainer.progress.complete_lesson(finished.id, sample_lesson)
    for _ in range(HINTS_LIMIT):
        trainer.progress.use_hint(busy.id, sample_lesson, "try-it")
    everyone = trainer.learners.all("name")
    names = {which: [r.name for r in overview.filter_by_progress(trainer, everyone, which)]
             for which in overview.PROGRESS_FILTERS}
    assert names == {"all": ["A", "B", "C"], "not_started": ["A"], "learning": ["B"],
                     "finished_some": ["C"], "needs_help": ["B"]}
    with pytest.raises(ValueError):
        overview.filter_by_progress(trainer, everyone, "famous")


def test_timeline_tells_a_day_of_a_lesson_as_one_entry_with_counts(trainer, sample_lesson):
    """Joined; one lesson entry (started, 2 steps, 1 wrong, 1 hint, done); a session attended;
    events of a record merged in are part of the story, in event order."""
    learner = trainer.learners.add("Nguyễn Thị Hoa", 1955)
    trainer.progress.start_lesson(learner.id, sample_lesson)
    trainer.progress.complete_step(learner.id, sample_lesson, "intro")
    trainer.progress.answer_quiz(learner.id, sample_lesson, "q1", 0)
    trainer.progress.use_hint(learner.id, sample_lesson, "try-it")
    trainer.progress.complete_step(learner.id, sample_lesson, "try-it")
    trainer.progress.complete_lesson(learner.id, sample_lesson)
    trainer.sessions.log(date="2025-03-14", place="Nhà văn hoá", volunteer="Hà", topic="Thanh toán",
                             minutes=60, attendees=[learner.id])
    twin = trainer.learners.add("Nguyen Thi Hoa", 1955)
    trainer.progress.start_lesson(twin.id, sample_lesson)
    trainer.learners.merge(twin.id, learner.id)
    story = trainer.overview.timeline(learner.id)
    assert [e.kind for e in story] == ["joined", "lesson", "session", "other-record", "lesson", "merged"]
    assert story[1].counts == {"started": True, "steps": 2, "step": 2, "steps_total": len(sample_lesson.steps),
                               "wrong": 1, "hints": 1, "completed": True}
    assert story[2].detail["topic"] == "Thanh toán"
    assert story[4].counts["started"] and not story[4].counts["completed"], "a new entry after completion"


def test_likely_duplicates_ignore_case_and_accents_and_need_the_same_birth_year(trainer):
    """"Nguyen thi hoa 1955" pairs with "Nguyễn Thị Hoa 1955", not with 1956; two without a
    birth year pair too."""
    hoa = trainer.learners.add("Nguyễn Thị Hoa", 1955)
    twin = trainer.learners.add("  nguyen THI  hoa", 1955)
    trainer.learners.add("Nguyễn Thị Hoa", 1956)
    tam, tam2 = trainer.learners.add("Lê Tám"), trainer.learners.add("Le Tam")
    groups = trainer.learners.likely_duplicates()
    assert [[r.id for r in g] for g in groups] == [[tam.id, tam2.id], [hoa.id, twin.id]]


def test_merging_duplicates_keeps_all_progress(trainer, sample_lesson):
    """Steps, counters and completion of both records end up on the kept one, which the
    suggestion picks as the record with more steps done; the other record disappears."""
    first = trainer.learners.add("Nguyễn Thị Hoa", 1955)
    second = trainer.learners.add("Nguyen Thi Hoa", 1955)
    trainer.progress.complete_step(first.id, sample_lesson, "intro")
    trainer.progress.use_hint(first.id, sample_lesson, "try-it")
    for step in ("intro", "try-it", "drill"):
        trainer.progress.complete_step(second.id, sample_lesson, step)
    trainer.progress.answer_quiz(second.id, sample_lesson, "q1", 0)
    [group] = trainer.learners.likely_duplicates()
    keep = trainer.learners.suggest_keep(group)
    assert keep.id == second.id
    trainer.learners.merge_group(group, keep)
    assert trainer.learners.count() == 1
    progress = trainer.progress.for_learner(second.id)[LESSON]
    assert trainer.progress.steps_done(second.id, LESSON) == {"intro", "try-it", "drill"}
    assert progress.steps_done == 3
    assert (progress.hints, progress.wrong_answers) == (1, 1)
    assert trainer.learners.likely_duplicates() == []


def test_suggest_keep_prefers_the_older_record_when_progress_is_equal(trainer):
    """With no progress on either, the first record made is kept (even made in the same
    millisecond: the order is the event order, not the clock)."""
    trainer.log.clock = lambda: "2025-03-01T09:00:00.000+00:00"
    older = trainer.learners.add("Lê Tám")
    newer = trainer.learners.add("Le Tam")
    [group] = trainer.learners.likely_duplicates()
    assert [r.id for r in group] == [older.id, newer.id]
    assert trainer.learners.suggest_keep(group).id == older.id
    assert trainer.learners.suggest_keep(group[::-1]).id == older.id, "whatever order the group comes in"
