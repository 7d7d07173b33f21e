"""Report filters (one ward, a range of months) count only the facts inside them."""

from digital_literacy_app.core.reports import ReportFilter, build_report


def at(trainer, month: str):
    """Record the next events as if the PC's clock said the 10th of `month`."""
    trainer.log.clock = lambda: f"{month}-10T09:00:00.000+00:00"


def test_a_ward_and_month_range_filter_counts_only_inside_them(trainer, sample_lesson):
    """Learners registered, active learners and completions all respect the filter, and a
    learner active in two months of the range is still one active learner in the totals."""
    at(trainer, "2026-01")
    mai = trainer.learners.add("Trần Thị Mai", 1955, "elderly", "Xã Ba Vì")
    lan = trainer.learners.add("Lê Thị Lan", 1960, "farmer", "Phường Ba Đình")
    trainer.progress.start_lesson(mai.id, sample_lesson)
    trainer.progress.start_lesson(lan.id, sample_lesson)
    at(trainer, "2026-02")
    trainer.progress.complete_step(mai.id, sample_lesson, sample_lesson.steps[0].id)
    at(trainer, "2026-04")
    trainer.learners.add("Phạm Văn Hùng", 1948, "elderly", "Xã Ba Vì")

    everything = build_report(trainer, ["month"])
    assert everything.totals["learners"] == 3

    ba_vi = build_report(trainer, [], ReportFilter(ward="Xã Ba Vì"))
    assert ba_vi.totals["learners"] == 2 and ba_vi.totals["active_learners"] == 1

    winter = build_report(trainer, ["month"], ReportFilter(ward="Xã Ba Vì", month_from="2026-01",
                                                           month_to="2026-02"))
    assert winter.totals["learners"] == 1  # Hùng registered in April
    assert winter.totals["active_learners"] == 1  # Mai, active in January and February
    assert {row["month"] for row in winter.rows} == {"2026-01", "2026-02"}
    assert all(row["active_learners"] == 1 for row in winter.rows)

    spring = build_report(trainer, ["ward"], ReportFilter(month_from="2026-03"))
    assert [(row["ward"], row["learners"]) for row in spring.rows] == [("Xã Ba Vì", 1)]
    assert spring.totals["active_learners"] == 0


def test_an_empty_filter_changes_nothing(trainer, sample_lesson):
    """No ward and open months give byte-for-byte the unfiltered report."""
    learner = trainer.learners.add("Trần Thị Mai", 1955, "elderly", "Xã Ba Vì")
    trainer.progress.start_lesson(learner.id, sample_lesson)
    assert not ReportFilter()
    assert (build_report(trainer, ["ward", "month"], ReportFilter()).as_json()
            == build_report(trainer, ["ward", "month"]).as_json())
