"""Building a report from the folded tables and the event log.

Every figure is a function of the set of events alone (never of the order they arrived,
the clock of the PC making the report, or which file brought them), so two databases
holding the same events give the same report, byte for byte in JSON.

Each figure is built from "facts", each carrying the dimensions it can be grouped by:
- learners: one fact per learner (ward, group, month of registration) and, for area and
  competence, one per area/competence of a lesson they started ("" if none yet);
- active_learners: distinct learners with learning activity (month of the activity);
- lessons_completed: one per learner × lesson completed (month of completion);
- certificates: one per certificate issued (month issued; area when it is for an area);
- sessions, attendance, volunteer_hours: from logged teaching sessions (ward, area,
  month; attendance also the attendee's group; split by group, a session counts under
  each group that came to it, see `_session_facts`).
Erased learners are left out everywhere; merged duplicates count once.

A `ReportFilter` (one ward, a range of months) drops facts before they are counted, so
the totals of a filtered report are right too (a learner active in two months of the
range still counts once), which filtering the finished rows could not give.
"""

import json
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass

from digital_literacy_app.core.reports import city_facts

DIMENSIONS = ("ward", "group", "area", "month", "competence")
METRICS = ("learners", "active_learners", "lessons_completed", "certificates", "sessions",
           "attendance", "volunteer_hours")
_DISTINCT = {"learners", "active_learners"}
_NOTHING = dict.fromkeys(METRICS, 0)


@dataclass
class Report:
    """The figures. What follows `totals` is for the files only and never in the JSON
    (which holds only what the events give): the filter used, the month chart and the
    per-ward subtotals, the last two added by `ReportDesk.complete`."""

    by: list[str]
    rows: list[dict]
    totals: dict
    where: "ReportFilter" = None
    chart: object = None  # a reports.chart.MonthChart
    ward_totals: dict | None = None  # ward -> figures, as a report by ward alone gives them

    def as_json(self) -> str:
        """Deterministic: sorted keys, sorted rows, no timestamps."""
        return json.dumps({"by": self.by, "rows": self.rows, "totals": self.totals},
                          sort_keys=True, ensure_ascii=False, indent=1) + "\n"


@dataclass(frozen=True)
class ReportFilter:
    """Which facts count: one ward ("" = all), months from/to as YYYY-MM ("" = open)."""

    ward: str = ""
    month_from: str = ""
    month_to: str = ""

    def keeps(self, ward: str, month: str) -> bool:
        if self.ward and ward != self.ward:
            return False
        if self.month_from and month < self.month_from:
            return False
        return not (self.month_to and month > self.month_to)

    def __bool__(self) -> bool:
        return bool(self.ward or self.month_from or self.month_to)


class _Lessons:
    """Area and competences of a lesson id; lessons this PC does not have are 'unknown'.

    A lesson without competences counts under the competence "" (none), not under none.
    """

    def __init__(self, catalogue):
        self.area = {lesson.id: lesson.area for lesson in catalogue.lessons}
        self.competences = {lesson.id: list(lesson.competences) or [""] for lesson in catalogue.lessons}

    def rows(self) -> list[tuple[str, str, str]]:
        return [(lesson_id, area, competence) for lesson_id, area in sorted(self.area.items())
                for competence in self.competences[lesson_id]]


def build_report(trainer, by: list[str], where: ReportFilter | None = None) -> Report:
    unknown = [d for d in by if d not in DIMENSIONS]
    if unknown:
        from digital_literacy_app.core.errors import InvalidInputError
        raise InvalidInputError("report.unknown_dimension", dimension=unknown[0], dimensions=", ".join(DIMENSIONS))
    conn = trainer.db.conn
    where = where or ReportFilter()
    # A cell holds only the figures something was counted for (the rest are 0); a distinct
    # figure added fact by fact holds a set. Made empty, 4,400 cells of seven figures and
    # two sets each cost more than counting them.
    cells: dict[tuple, dict] = defaultdict(dict)
    totals: dict = {}
    positions = [DIMENSIONS.index(d) for d in by]
    split_by_competence = "competence" in by

    def add(metric, value, ward="", group="", area="", month="", competences=("",), groups=None):
        if not where.keeps(ward, month):
            return
        # A fact counts once under each of its competences (and each of its groups, for a
        # session), and once in the totals.
        groups = (group,) if groups is None else groups
        keys = {tuple((ward, g, area, month, c)[i] for i in positions) for g in groups
                for c in (competences if split_by_competence else ("",))}
        for figures in [cells[key] for key in keys] + [totals]:
            if metric in _DISTINCT:
                figures.setdefault(metric, set()).add(value)
            else:
                figures[metric] = figures.get(metric, 0) + value

    counted = _SqlCounts(conn, by, where, cells, totals)
    if "competence" not in by and city_facts.current(trainer):
        city_facts.count(counted)  # a city store's facts, made for these figures
    else:
        with _lesson_table(conn, _Lessons(trainer.lessons)):
            counted.learners()
            counted.lessons_completed()
            counted.active_learners()
    _certificate_facts(conn, add)
    _session_facts(conn, add, "group" in by)
    return Report(list(by), [_row(by, key, cells[key]) for key in sorted(cells)], _row([], (), totals), where)


def _row(by: list[str], key: tuple, figures: dict) -> dict:
    """A cell's row: its dimensions, then every figure (0 where nothing was counted)."""
    row = dict(zip(by, key))
    row.update(_NOTHING)
    for metric, value in figures.items():
        row[metric] = value if type(value) is int else _final(value)
    return row


def _final(value):
    if isinstance(value, set):
        return len(value)
    return round(value, 2) if isinstance(value, float) else value


@contextmanager
def _lesson_table(conn, lessons: _Lessons):
    """The lessons' areas and competences as a temporary table the counts join with."""
    conn.execute("DROP TABLE IF EXISTS temp.report_lessons")
    conn.execute("CREATE TEMP TABLE report_lessons (lesson_id TEXT, area TEXT, competence TEXT)")
    conn.executemany("INSERT INTO temp.report_lessons VALUES (?, ?, ?)", lessons.rows())
    try:
        yield
    finally:
        conn.execute("DROP TABLE temp.report_lessons")


class _SqlCounts:
    """The three large figures (learners, completions, active learners), counted by SQLite.

    Each has a row per learner or more, too many to hand to Python one by one. `l` is
    always the learner (merged duplicates left out, erased ones are gone); area and
    competence come from the lesson (`r`), "unknown" for lessons this PC does not have.
    """

    def __init__(self, conn, by, where: ReportFilter, cells, totals):
        self.conn, self.by, self.where, self.cells, self.totals = conn, by, where, cells, totals
        self.split = "competence" in by
        lessons = "temp.report_lessons" if self.split else "(SELECT DISTINCT lesson_id, area FROM temp.report_lessons)"
        self.lesson_join = f"LEFT JOIN {lessons} r ON r.lesson_id = "

    def learners(self) -> None:
        """Learners by registration month; split by area/competence, each learner counts
        once under every area and competence of a lesson they started ("" if none yet)."""
        month = "substr(l.created_at, 1, 7)"
        if "area" in self.by or self.split:
            started = (f"""LEFT JOIN (SELECT DISTINCT p.learner_id, COALESCE(r.area, 'unknown') AS area,
                                  {"COALESCE(r.competence, 'unknown')" if self.split else "''"} AS competence
                           FROM lesson_progress p {self.lesson_join}p.lesson_id) s ON s.learner_id = l.id""")
            area, competence = "COALESCE(s.area, '')", "COALESCE(s.competence, '')"
        else:
            started, area, competence = "", "''", "''"
        conditions, values = self._filter(month)
        self._count("learners", "COUNT(DISTINCT l.id)", f"FROM learners l {started}",
                    "FROM learners l", conditions, values, area, competence, month)

    def lessons_completed(self) -> None:
        """One per learner and lesson completed, by the month of completion; a lesson
        counts once under each of its competences, and once in the totals."""
        month = "substr(p.completed_at, 1, 7)"
        conditions, values = self._filter(month)
        conditions.append("p.completed_at IS NOT NULL AND p.completed_at != ''")
        learners = "FROM lesson_progress p JOIN learners l ON l.id = p.learner_id"
        self._count("lessons_completed", "COUNT(*)", f"{learners} {self.lesson_join}p.lesson_id", learners,
                    conditions, values, "COALESCE(r.area, 'unknown')", "COALESCE(r.competence, 'unknown')", month)

    def active_learners(self) -> None:
        """Distinct learners with learning activity in the month: a row per learner, month
        and lesson, the largest set of facts by far.

        Grouping those rows by text columns made SQLite sort them on four strings; instead
        each learner gets the number of their (ward, group) cohort and each lesson the
        number of its (area, competence) class, the rows are grouped on one integer and
        the month, and the numbers are turned back into names here (twice as fast).
        """
        conditions, values = [], []
        for operator, bound in ((">=", self.where.month_from), ("<=", self.where.month_to)):
            if bound:
                conditions.append(f"a.month {operator} ?")
                values.append(bound)
        cohorts = self._cohorts()
        classes, lesson_join = self._lesson_classes()
        width = len(classes) + 1
        columns = {"number": f"c.cohort * {width} + {'COALESCE(r.class, 0)' if lesson_join else '0'}"}
        if "month" in self.by:
            # Split by competence, a lesson's rows fan out into few, large groups; there
            # sorting on the month first was faster (2.5 s against 3.4 s), elsewhere slower.
            columns = {"month": "a.month", **columns} if self.split else {**columns, "month": "a.month"}
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self.conn.execute(
            f"""SELECT {', '.join(columns.values())}, COUNT(DISTINCT a.learner_id)
                FROM learner_activity a JOIN temp.report_cohorts c ON c.id = a.learner_id {lesson_join}
                {where} GROUP BY {', '.join(str(n + 1) for n in range(len(columns)))}""", values).fetchall()
        unknown = {"area": "unknown", "competence": "unknown"}
        for *key, count in rows:
            found = dict(zip(columns, key))
            cohort, lesson_class = divmod(found.pop("number"), width)
            names = {**cohorts[cohort], **(classes[lesson_class - 1] if lesson_class else unknown), **found}
            self.cells[tuple(names[d] for d in self.by)]["active_learners"] = count
        self.totals["active_learners"] = self.conn.execute(
            f"""SELECT COUNT(*) FROM temp.report_cohorts c WHERE EXISTS
                (SELECT 1 FROM learner_activity a WHERE a.learner_id = c.id{"".join(f" AND {t}" for t in conditions)})""",
            values).fetchone()[0]
        self.conn.execute("DROP TABLE temp.report_cohorts")
        self.conn.execute("DROP TABLE IF EXISTS temp.report_lesson_classes")

    def _cohorts(self) -> list[dict]:
        """Number the learners (merged duplicates left out, the ward filter applied) by
        the ward and group the report splits on; the list maps a number to its names."""
        ward = "ward" if "ward" in self.by else "''"
        group = "learner_group" if "group" in self.by else "''"
        condition, values = "merged_into IS NULL", []
        if self.where.ward:
            condition += " AND ward = ?"
            values.append(self.where.ward)
        pairs = self.conn.execute(
            f"SELECT DISTINCT {ward}, {group} FROM learners WHERE {condition} ORDER BY 1, 2", values).fetchall()
        number = {pair: index for index, pair in enumerate(pairs)}
        self.conn.execute("DROP TABLE IF EXISTS temp.report_cohorts")
        self.conn.execute("CREATE TEMP TABLE report_cohorts (id TEXT PRIMARY KEY, cohort INTEGER) WITHOUT ROWID")
        self.conn.executemany("INSERT INTO temp.report_cohorts VALUES (?, ?)", (
            (learner_id, number[(w, g)]) for learner_id, w, g in self.conn.execute(
                f"SELECT id, {ward}, {group} FROM learners WHERE {condition}", values)))
        return [{"ward": w, "group": g} for w, g in pairs]

    def _lesson_classes(self) -> tuple[list[dict], str]:
        """Number the lessons' (area, competence) pairs the report splits on (0 is a
        lesson this PC does not have), and the join that gives each activity row its class."""
        if "area" not in self.by and not self.split:
            return [], ""
        area = "area" if "area" in self.by else "''"
        competence = "competence" if self.split else "''"
        pairs = self.conn.execute(
            f"SELECT DISTINCT {area}, {competence} FROM temp.report_lessons ORDER BY 1, 2").fetchall()
        number = {pair: index + 1 for index, pair in enumerate(pairs)}
        self.conn.execute("DROP TABLE IF EXISTS temp.report_lesson_classes")
        self.conn.execute("CREATE TEMP TABLE report_lesson_classes (lesson_id TEXT, class INTEGER, "
                          "PRIMARY KEY (lesson_id, class)) WITHOUT ROWID")
        self.conn.executemany("INSERT OR IGNORE INTO temp.report_lesson_classes VALUES (?, ?)", (
            (lesson_id, number[(a, c)]) for lesson_id, a, c in self.conn.execute(
                f"SELECT lesson_id, {area}, {competence} FROM temp.report_lessons")))
        join = "LEFT JOIN temp.report_lesson_classes r ON r.lesson_id = a.lesson_id"
        return [{"area": a, "competence": c} for a, c in pairs], join

    def _filter(self, month: str) -> tuple[list[str], list]:
        conditions, values = ["l.merged_into IS NULL"], []
        if self.where.ward:
            conditions.append("l.ward = ?")
            values.append(self.where.ward)
        if self.where.month_from:
            conditions.append(f"{month} >= ?")
            values.append(self.where.month_from)
        if self.where.month_to:
            conditions.append(f"{month} <= ?")
            values.append(self.where.month_to)
        return conditions, values

    def _count(self, metric, counter, grouped_from, total_from, conditions, values, area, competence, month):
        self._grouped(metric, counter, grouped_from, conditions, values, area, competence, month)
        self.totals[metric] = self.conn.execute(
            f"SELECT COUNT(*) {total_from} WHERE {' AND '.join(conditions)}", values).fetchone()[0]

    def _grouped(self, metric, counter, source, conditions, values, area, competence, month):
        columns = {"ward": "l.ward", "group": "l.learner_group", "area": area, "month": month,
                   "competence": competence}
        where = " AND ".join(conditions)
        if not self.by:
            count = self.conn.execute(f"SELECT {counter} {source} WHERE {where}", values).fetchone()[0]
            if count:
                self.cells[()][metric] = count
            return
        keys = ", ".join(columns[d] for d in self.by)
        for row in self.conn.execute(f"SELECT {keys}, {counter} {source} WHERE {where} GROUP BY {keys}", values):
            self.cells[tuple(row[:-1])][metric] = row[-1]


def _certificate_facts(conn, add):
    """One per certificate issued to a learner still counted (the learner an alias points
    to; merged duplicates and erased learners left out), read with only that learner."""
    for ward, group, wall_time, payload in conn.execute(
            """SELECT l.ward, l.learner_group, e.wall_time, e.payload FROM events e
               LEFT JOIN learner_aliases a ON a.alias = e.learner_id
               JOIN learners l ON l.id = COALESCE(a.target, e.learner_id) AND l.merged_into IS NULL
               WHERE e.kind = 'certificate.issued'"""):
        details = json.loads(payload)
        month = str(details.get("date") or wall_time)[:7]
        add("certificates", 1, ward, group, str(details.get("area") or ""), month)


def _session_facts(conn, add, by_group: bool = False):
    """Teaching sessions in force: as last corrected, withdrawn ones left out (see core.sessions).

    A session has a ward, an area and a month but no learner group. Split by group, it
    counts (sessions and volunteer hours) once under each group that came to it, the way a
    lesson counts under each of its competences, and once in the totals; so no row exists
    for a session alone. A session none of whose attendees is known any more (erased)
    counts in the totals only.
    """
    from digital_literacy_app.core.sessions import effective_sessions

    sessions = effective_sessions(conn)
    resolve, people = _attendees(conn, {a for session in sessions for a in session.attendees})
    for session in sessions:
        month, ward, area = session.date[:7], session.ward, session.area
        came = [resolve.get(a, a) for a in session.attendees]
        came = [a for a in came if a in people]
        groups = sorted({people[a][1] for a in came}) if by_group else [""]
        add("sessions", 1, ward, area=area, month=month, groups=groups)
        add("volunteer_hours", session.minutes / 60, ward, area=area, month=month, groups=groups)
        for attendee in came:
            add("attendance", 1, ward, people[attendee][1], area, month)


def _attendees(conn, ids: set) -> tuple[dict, dict]:
    """The aliases among `ids` ({alias: learner}) and the (ward, group) of the learners they
    name still counted: only the sessions' attendees, not every learner of the city."""
    resolve, people = {}, {}
    for chunk in _chunks(sorted(ids)):
        marks = ", ".join("?" * len(chunk))
        resolve.update(conn.execute(f"SELECT alias, target FROM learner_aliases WHERE alias IN ({marks})",
                                    chunk).fetchall())
    for chunk in _chunks(sorted(ids | set(resolve.values()))):
        marks = ", ".join("?" * len(chunk))
        people.update((row[0], row[1:]) for row in conn.execute(
            f"SELECT id, ward, learner_group FROM learners WHERE merged_into IS NULL AND id IN ({marks})", chunk))
    return resolve, people


def _chunks(values: list, size: int = 500):
    for first in range(0, len(values), size):
        yield values[first:first + size]
