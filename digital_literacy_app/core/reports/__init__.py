"""Coordinator reports: how many people learned what, by ward, group, area, month, competence.

`trainer.reports` is the door: `build` the figures, then `write` them as a file or
`csv`/`json` them for the command line.
"""

from pathlib import Path

from digital_literacy_app.core.reports.build import DIMENSIONS, METRICS, Report, ReportFilter, build_report
from digital_literacy_app.core.reports.city_facts import lesson_areas
from digital_literacy_app.core.reports.formats import FORMATS

__all__ = ["DIMENSIONS", "FORMATS", "METRICS", "Report", "ReportDesk", "ReportFilter"]


class ReportDesk:
    def __init__(self, trainer):
        self.trainer = trainer

    def build(self, by: list[str], where: ReportFilter | None = None) -> Report:
        """The figures split by the dimensions in `by`, optionally filtered; on a city
        store, from one snapshot (other districts may be importing)."""
        snapshot = getattr(self.trainer.db, "snapshot", None)
        if snapshot is None:
            return build_report(self.trainer, list(by), where)
        # The facts made with this PC's lessons' areas first (rarely made again); build_report
        # asks once more, inside the snapshot, because another district's import with other
        # lessons may make them again in between: then the figures are counted from the
        # folded tables. Two reads of a table of a few dozen rows, under a millisecond.
        self.trainer.db.keep_report_areas(lesson_areas(self.trainer.lessons))
        with snapshot():
            return build_report(self.trainer, list(by), where)

    def month_chart(self, split: str, where: ReportFilter | None = None):
        """Learners and lessons completed by month, split by group or ward (a MonthChart)."""
        from digital_literacy_app.core.reports.chart import month_chart

        return month_chart(self.build(["month", split], where), split)

    def complete(self, report: Report, chart_by: str = "group") -> Report:
        """The report with all its Excel and PDF files add: the month chart and the ward
        subtotals (`with_chart`, `with_ward_totals`)."""
        return self.with_ward_totals(self.with_chart(report, chart_by))

    def with_chart(self, report: Report, chart_by: str = "group") -> Report:
        """The report with its month chart (for the screen and the PDF)."""
        from dataclasses import replace

        return replace(report, chart=self.month_chart(chart_by, report.where))

    def with_ward_totals(self, report: Report) -> Report:
        """The report with, when it is split by ward among other things, each ward's
        subtotals for the Excel file: counted, not summed (a learner active in two months
        is one learner of the ward)."""
        from dataclasses import replace

        if "ward" not in report.by or len(report.by) < 2:
            return report
        rows = self.build(["ward"], report.where).rows
        return replace(report, ward_totals={row["ward"]: {m: row[m] for m in METRICS} for row in rows})

    @staticmethod
    def write(report: Report, fmt: str, target) -> Path:
        """The report as a json, csv, xlsx or pdf file, written whole or not at all."""
        from digital_literacy_app.core.reports.formats import write

        write(report, fmt, Path(target))
        return Path(target)

    @staticmethod
    def csv(report: Report) -> bytes:
        from digital_literacy_app.core.reports.formats import to_csv

        return to_csv(report)

    @staticmethod
    def table(report: Report) -> tuple[list[str], list[list]]:
        """Headers and rows as people read them (area and group names, not codes)."""
        from digital_literacy_app.core.reports.formats import table

        return table(report)

    @staticmethod
    def shown(dimension: str, value) -> str:
        """One value of a dimension as people read it ("Người cao tuổi" for "elderly")."""
        from digital_literacy_app.core.reports.formats import shown

        return shown(dimension, value)
