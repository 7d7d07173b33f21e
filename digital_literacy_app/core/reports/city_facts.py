"""A city store's report figures from its facts (core/store/pg_migrations.py, M0004),
not from the activity, progress and learners: sets of (cell, learner) kept by each
import, and their sizes per cell.

A learner has one ward, one group and one month of registration, so where each learner
is in one set row per cell of the report, the sizes add up exactly: active learners by
month and area (`active`), by area alone (`active_area`), by neither (`active_any`, also
the totals); learners by area (`learners`) or not (`registered`, also the totals);
completions always (one row per learner and lesson); active learners by month but not area
(the month chart) are the sizes of `active` less those of `active_extra` (each learner's
areas in a month but the first: M0008). So the city report by ward, group, area and month,
its ward subtotals, its totals and the month chart read only the sizes per cell, never a
row per learner. Active learners under a month filter in a report not split by month (and
such a report's totals) count distinct learners in the sets. Split by competence, the figures are counted from the
folded tables (build.py). The rows and totals are made in build.py either way, so the
JSON is the same byte for byte as SQLite's.
"""

COLUMNS = {"ward": "ward", "group": "learner_group", "area": "area", "month": "month"}


def lesson_areas(catalogue) -> list[tuple[str, str]]:
    """(lesson id, area) of every lesson this PC has: what the facts are made with."""
    return sorted({(lesson.id, lesson.area) for lesson in catalogue.lessons})


def current(trainer) -> bool:
    """A city store whose facts were made with this PC's lessons (otherwise, SQLite or
    lessons changed since, the figures are counted from the folded tables; `ReportDesk.build`
    and each import make the facts again)."""
    db = trainer.db
    return bool(getattr(db, "is_postgres", False)) and db.report_areas_current(lesson_areas(trainer.lessons))


def count(counted) -> None:
    """The three large figures into `counted`'s cells and totals (a build._SqlCounts):
    sums of the sets' sizes per cell, but for active learners under a month filter and not
    split by month (distinct learners in the sets)."""
    by, where = counted.by, counted.where
    _sizes(counted, "learners", metric="learners" if "area" in by else "registered")
    counted.totals["learners"] = _total(counted, "registered")
    _sizes(counted, "lessons_completed", metric="completed")
    counted.totals["lessons_completed"] = _total(counted, "completed")
    months = bool(where.month_from or where.month_to)
    if "month" in by and "area" in by:
        _sizes(counted, "active_learners", metric="active")
    elif "month" in by:  # each learner once a month: the areas' sizes less the overcounts
        _sizes(counted, "active_learners", metric="active", less="active_extra")
    elif months:
        _distinct(counted, "active_learners", "active")
    else:
        _sizes(counted, "active_learners", metric="active_area" if "area" in by else "active_any")
    if months:
        counted.totals["active_learners"] = counted.conn.execute(
            "SELECT COUNT(DISTINCT learner_id) FROM report_facts WHERE "
            + " AND ".join(["metric = 'active'", *_conditions(where)]), _values(where)).fetchone()[0]
    else:
        counted.totals["active_learners"] = _total(counted, "active_any")
    if not by and counted.totals["active_learners"]:
        counted.cells[()]["active_learners"] = counted.totals["active_learners"]


def _total(counted, metric: str) -> int:
    """The sum of a set's sizes over every cell the filter keeps."""
    return int(counted.conn.execute(
        "SELECT COALESCE(SUM(facts), 0) FROM report_fact_counts WHERE "
        + " AND ".join([f"metric = '{metric}'", *_conditions(counted.where)]),
        _values(counted.where)).fetchone()[0])


def _conditions(where) -> list[str]:
    """The filter as SQL on the facts' cells (the values: `_values`)."""
    conditions = ["ward = ?"] if where.ward else []
    conditions += ["month >= ?"] if where.month_from else []
    conditions += ["month <= ?"] if where.month_to else []
    return conditions


def _values(where) -> list[str]:
    return [value for value in (where.ward, where.month_from, where.month_to) if value]


def _sizes(counted, name: str, metric: str | None = None, less: str | None = None) -> None:
    """Add up the sets' sizes per cell of the report (less those of the set `less`)."""
    found = _sums(counted, metric or name)
    for key, taken in (_sums(counted, less) if less else {}).items():
        found[key] = found.get(key, 0) - taken
    for key, size in found.items():
        if size:
            counted.cells[key][name] = size


def _sums(counted, metric: str) -> dict[tuple, int]:
    conditions = [f"metric = '{metric}'", *_conditions(counted.where)]
    keys = ", ".join(COLUMNS[d] for d in counted.by)
    select = f"SELECT {keys}{', ' if keys else ''}SUM(facts) FROM report_fact_counts WHERE {' AND '.join(conditions)}"
    return {tuple(key): int(size or 0) for *key, size in counted.conn.execute(
        select + (f" GROUP BY {keys}" if keys else ""), _values(counted.where))}


def _distinct(counted, name: str, metric: str) -> None:
    """Count distinct learners in the sets per cell of the report."""
    if not counted.by:
        return
    conditions = [f"metric = '{metric}'", *_conditions(counted.where)]
    keys = ", ".join(COLUMNS[d] for d in counted.by)
    for *key, size in counted.conn.execute(
            f"SELECT {keys}, COUNT(DISTINCT learner_id) FROM report_facts WHERE {' AND '.join(conditions)} "
            f"GROUP BY {keys}", _values(counted.where)):
        counted.cells[tuple(key)][name] = size
