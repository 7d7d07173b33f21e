"""The month chart's figures: learners and lessons completed by month, split by group or ward.

One record (`MonthChart`) feeds both the screen (Qt Charts) and the PDF (reportlab), so
the two draw the same columns, the same whole-number axis and the same month labels. It
is made from a report by month and the split (`build_report(["month", split])`), so any
storage that gives that report gives this chart.
"""

from dataclasses import dataclass

from digital_literacy_app.core.reports.build import Report

CHART_SPLITS = ("group", "ward")
CHART_FIGURES = ("learners", "active_learners", "lessons_completed")
MAX_MONTHS = 12  # more columns than this no longer fit a screen or an A4 page readably
MAX_SERIES = 6   # beyond that the colours stop being told apart; the rest are summed as "other"
# Hues after Okabe and Ito (told apart with the commonest colour blindness), darkened so
# each stands out 4.5:1 against white, on paper and on screen.
SERIES_COLOURS = ("#0072B2", "#C25100", "#007A5A", "#A8437F", "#6A3D9A", "#7A6A00")
OTHERS_COLOUR = "#6B6B6B"
OTHERS = "\u2026"  # the code of the summed series (wards and groups share no learner, so sums are right)


@dataclass(frozen=True)
class MonthChart:
    """Columns per month for each value of the split; `values[figure][series]` lists one
    whole number per month of `months` (oldest first, months without figures as 0)."""

    split: str
    months: tuple[str, ...]
    series: tuple[str, ...]
    values: dict
    earlier_months: int = 0  # months before the first one shown (only the last 12 fit)

    def top(self, figure: str) -> int:
        return max((v for row in self.values[figure].values() for v in row), default=0)


def month_chart(report: Report, split: str) -> MonthChart:
    """The chart of a report split by month and `split` (group or ward)."""
    if split not in CHART_SPLITS or set(report.by) != {"month", split}:
        raise ValueError(f"a month chart needs a report by month and {split}")
    every_month = _months_between(sorted({r["month"] for r in report.rows if r["month"]}))
    months = tuple(every_month[-MAX_MONTHS:])
    size = {}
    for row in report.rows:
        size[row[split]] = size.get(row[split], 0) + row["learners"] + row["lessons_completed"]
    ranked = sorted(size, key=lambda value: (-size[value], value))
    kept = sorted(ranked[:MAX_SERIES]) if len(ranked) <= MAX_SERIES else sorted(ranked[:MAX_SERIES - 1])
    series = tuple(kept) + ((OTHERS,) if len(ranked) > len(kept) else ())
    place = {month: index for index, month in enumerate(months)}
    values = {figure: {name: [0] * len(months) for name in series} for figure in CHART_FIGURES}
    for row in report.rows:
        if row["month"] not in place:
            continue
        name = row[split] if row[split] in kept else OTHERS
        for figure in CHART_FIGURES:
            values[figure][name][place[row["month"]]] += row[figure]
    return MonthChart(split, months, series, values, len(every_month) - len(months))


def _months_between(months: list[str]) -> list[str]:
    """Every month from the first to the last, so a month without figures shows as a gap."""
    if not months:
        return []
    year, month = int(months[0][:4]), int(months[0][5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= months[-1]:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_label(month: str) -> str:
    """"2026-10" as Vietnamese calendars write it: "T10/2026" (tháng 10 năm 2026)."""
    return f"T{int(month[5:7])}/{month[:4]}" if len(month) >= 7 else month


def whole_number_axis(largest: int, most_ticks: int = 6) -> tuple[int, int]:
    """The axis top and tick step: steps of 1, 2 or 5 times a power of ten, so every tick
    is a whole number (never "0,5 người học"), with at most `most_ticks` steps."""
    largest = max(int(largest), 1)
    power = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * power
            if -(-largest // step) <= most_ticks:
                return -(-largest // step) * step, step
        power *= 10
