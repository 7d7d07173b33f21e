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
- sessions, attendance, volunteer_hours: from logged teaching sessions.
Erased learners are left out everywhere; merged duplicates count once.

A `ReportFilter` (one ward, a range of months) drops facts before they are counted, so
the totals of a filtered report are right too (a learner active in two months of the
range still counts once), which filtering the finished rows could not give.
"""

import json
from collections import defaultdict
from dataclasses import dataclass

DIMENSIONS = ("ward", "group", "area", "month", "competence")
METRICS = ("learners", "active_learners", "lessons_completed", "certificates", "sessions",
           "attendance", "volunteer_hours")
_DISTINCT = {"learners", "active_learners"}


@dataclass
class Report:
    by: list[str]
    rows: list[dict]
    totals: dict

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
    """Area and competences of a lesson id; lessons this PC does not have are 'unknown'."""

    def __init__(self, catalog):
        self.area = {lesson.id: lesson.area for lesson in catalog.lessons}
        self.competences = {lesson.id: list(lesson.competences) for lesson in catalog.lessons}

    def attrs(self, lesson_id: str) -> tuple[str, list[str]]:
        return self.area.get(lesson_id, "unknown"), self.competences.get(lesson_id, ["unknown"])


def build_report(trainer, by: list[str], where: ReportFilter | None = None) -> Report:
    unknown = [d for d in by if d not in DIMENSIONS]
    if unknown:
        from digital_literacy_app.core.errors import InvalidInputError
        raise InvalidInputError(f"Unknown report dimension {unknown[0]!r}: use {', '.join(DIMENSIONS)}.")
    conn = trainer.db.conn
    lessons = _Lessons(trainer.lessons)
    people = {row[0]: row[1:] for row in conn.execute(
        "SELECT id, ward, learner_group, created_at FROM learners WHERE merged_into IS NULL")}
    resolve = dict(conn.execute("SELECT alias, target FROM learner_aliases").fetchall())
    cells: dict[tuple, dict] = defaultdict(lambda: {m: set() if m in _DISTINCT else 0 for m in METRICS})
    totals = {m: set() if m in _DISTINCT else 0 for m in METRICS}

    positions = [DIMENSIONS.index(d) for d in by]
    split_by_competence = "competence" in by

    keeps = where.keeps if where else None

    def add(metric, value, ward="", group="", area="", month="", competences=("",)):
        if keeps is not None and not keeps(ward, month):
            return
        # A lesson counts once under each of its competences, and once otherwise.
        if split_by_competence:
            keys = {tuple((ward, group, area, month, c)[i] for i in positions) for c in competences}
        else:
            keys = (tuple((ward, group, area, month)[i] for i in positions),)
        distinct = metric in _DISTINCT
        for key in keys:
            cell = cells[key]
            if distinct:
                cell[metric].add(value)
            else:
                cell[metric] += value
        if distinct:
            totals[metric].add(value)
        else:
            totals[metric] += value

    started = defaultdict(set)
    for learner_id, lesson_id, completed_at in conn.execute(
            "SELECT learner_id, lesson_id, completed_at FROM lesson_progress"):
        if learner_id not in people:
            continue
        ward, group, _ = people[learner_id]
        area, competences = lessons.attrs(lesson_id)
        started[learner_id].add(lesson_id)
        if completed_at:
            add("lessons_completed", 1, ward, group, area, completed_at[:7], competences)
    _learner_facts(add, people, started, lessons, by)
    _activity_facts(conn, cells, totals, lessons, by, where)
    _certificate_facts(conn, add, people, resolve)
    _session_facts(conn, add, people, resolve)
    rows = []
    for key in sorted(cells):
        row = dict(zip(by, key))
        row.update({m: _final(v) for m, v in cells[key].items()})
        rows.append(row)
    return Report(list(by), rows, {m: _final(v) for m, v in totals.items()})


def _final(value):
    if isinstance(value, set):
        return len(value)
    return round(value, 2) if isinstance(value, float) else value


def _learner_facts(add, people, started, lessons, by):
    split = "area" in by or "competence" in by
    for learner_id, (ward, group, created_at) in people.items():
        if not split or not started.get(learner_id):
            add("learners", learner_id, ward, group, "", created_at[:7])
            continue
        seen = set()
        for lesson_id in sorted(started[learner_id]):
            area, competences = lessons.attrs(lesson_id)
            for competence in competences:
                if (area, competence) not in seen:
                    seen.add((area, competence))
                    add("learners", learner_id, ward, group, area, created_at[:7], (competence,))


def _activity_facts(conn, cells, totals, lessons, by, where):
    """Distinct active learners per row, counted by SQLite: this is the largest set of
    facts (a row per learner, month and lesson), too many to hand to Python one by one."""
    conn.execute("DROP TABLE IF EXISTS temp.report_lessons")
    conn.execute("CREATE TEMP TABLE report_lessons (lesson_id TEXT, area TEXT, competence TEXT)")
    conn.executemany("INSERT INTO temp.report_lessons VALUES (?, ?, ?)",
                     [(lesson_id, area, competence) for lesson_id, area in lessons.area.items()
                      for competence in lessons.competences[lesson_id]])
    columns = {"ward": "l.ward", "group": "l.learner_group", "area": "COALESCE(r.area, 'unknown')",
               "month": "a.month", "competence": "COALESCE(r.competence, 'unknown')"}
    join = ("LEFT JOIN temp.report_lessons r ON r.lesson_id = a.lesson_id" if "competence" in by else
            "LEFT JOIN (SELECT DISTINCT lesson_id, area FROM temp.report_lessons) r ON r.lesson_id = a.lesson_id")
    conditions, values = ["l.merged_into IS NULL"], []
    if where and where.ward:
        conditions.append("l.ward = ?")
        values.append(where.ward)
    if where and where.month_from:
        conditions.append("a.month >= ?")
        values.append(where.month_from)
    if where and where.month_to:
        conditions.append("a.month <= ?")
        values.append(where.month_to)
    base = (f"FROM learner_activity a JOIN learners l ON l.id = a.learner_id {join} "
            f"WHERE {' AND '.join(conditions)}")
    keys = ", ".join(columns[d] for d in by)
    total = conn.execute(f"SELECT COUNT(DISTINCT a.learner_id) {base}", values).fetchone()[0]
    if by:
        for row in conn.execute(f"SELECT {keys}, COUNT(DISTINCT a.learner_id) {base} GROUP BY {keys}", values):
            cells[tuple(row[:-1])]["active_learners"] = row[-1]
    elif total:
        cells[()]["active_learners"] = total
    totals["active_learners"] = total
    conn.execute("DROP TABLE temp.report_lessons")


def _certificate_facts(conn, add, people, resolve):
    for learner_id, wall_time, payload in conn.execute(
            "SELECT learner_id, wall_time, payload FROM events WHERE kind = 'certificate.issued'"):
        learner_id = resolve.get(learner_id, learner_id)
        if learner_id not in people:
            continue
        details = json.loads(payload)
        ward, group, _ = people[learner_id]
        month = str(details.get("date") or wall_time)[:7]
        add("certificates", 1, ward, group, str(details.get("area") or ""), month)


def _session_facts(conn, add, people, resolve):
    """Teaching sessions (payload: date, ward, area, minutes, attendees: [learner ids])."""
    for wall_time, payload in conn.execute("SELECT wall_time, payload FROM events WHERE kind = 'session.logged'"):
        details = json.loads(payload)
        month = str(details.get("date") or wall_time)[:7]
        ward, area = str(details.get("ward") or ""), str(details.get("area") or "")
        minutes = details.get("minutes") if isinstance(details.get("minutes"), (int, float)) else 0
        add("sessions", 1, ward, "", area, month)
        add("volunteer_hours", minutes / 60, ward, "", area, month)
        for attendee in details.get("attendees") or []:
            attendee = resolve.get(attendee, attendee)
            if attendee in people:
                add("attendance", 1, ward, people[attendee][1], area, month)
