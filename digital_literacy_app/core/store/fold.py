"""The deterministic fold from events to the tables the screens read.

Applied in (lamport, origin_device_id, seq) order, any set of events gives the same
tables. Completions only grow. An erase wins over every profile update of that learner,
earlier or later; a merge points one learner at another and moves their progress; an
undo of a merge (core/store/joins.py) refolds everything as if that merge had never been.
Events of kinds this version does not know are kept in the log and ignored here.
"""

import json
import sqlite3

from digital_literacy_app.core.store import joins
from digital_literacy_app.core.text import search_key

# Every table the fold writes, with the column that says whose row it is (for partial refolds).
DERIVED_TABLES = {"learners": "id", "lesson_progress": "learner_id", "steps_done": "learner_id",
                  "erased_learners": "learner_id", "learner_aliases": "alias",
                  "certificates": "learner_id", "learner_activity": "learner_id"}


def apply(conn: sqlite3.Connection, event) -> None:
    if event.kind == joins.KIND or (event.kind in _JOINING and joins.any_undo(conn)):
        # Whether an undo counts depends on every join and erase (core/store/joins.py):
        # rare, so the whole log is folded again rather than patched.
        rebuild(conn)
        return
    handler = _HANDLERS.get(event.kind)
    if handler is None:
        return
    if event.learner_id is None:  # events about no one learner (a teaching session...)
        handler(conn, event, None)
        return
    # One query answers both "merged into someone?" and "erased?" for the usual case.
    target, erased = conn.execute(
        "SELECT (SELECT target FROM learner_aliases WHERE alias = ?1),"
        " EXISTS (SELECT 1 FROM erased_learners WHERE learner_id = ?1)", (event.learner_id,)).fetchone()
    learner_id = event.learner_id
    if target is not None:
        learner_id = _resolve(conn, target)
        erased = _is_erased(conn, learner_id)
    if erased and event.kind != "learner.erased":
        return
    handler(conn, event, learner_id)


def rebuild(conn: sqlite3.Connection, learner_ids: set[str] | None = None,
            prefolded: tuple[list[str], list] = ([], [])) -> None:
    """Recompute the derived tables from the log: all of them, or only those learners'
    rows (with everyone merged with them), after an import; `prefolded`: learners folded
    while their files were checked, and those files (core/sync/prefold.py).

    The kinds folded here are replayed in memory and written in bulk (a million events in
    seconds); kinds whose handlers live elsewhere are then applied one by one.
    """
    from digital_literacy_app.core.store import replay

    if learner_ids is None:
        replay.rebuild_all(conn, _HANDLERS)
    else:
        replay.rebuild_learners(conn, _HANDLERS, learner_ids, prefolded)


_JOINING = {"learner.merged", "learner.erased"}


def _resolve(conn, learner_id):
    if learner_id is None:
        return None
    for _ in range(16):  # a chain of merges is short; the bound guards against a cycle
        row = conn.execute("SELECT target FROM learner_aliases WHERE alias = ?", (learner_id,)).fetchone()
        if row is None:
            return learner_id
        learner_id = row[0]
    return learner_id


def _is_erased(conn, learner_id) -> bool:
    return conn.execute("SELECT 1 FROM erased_learners WHERE learner_id = ?", (learner_id,)).fetchone() is not None


def _learner_created(conn, event, learner_id):
    p = event.payload
    name = p.get("name") or ""
    conn.execute(
        """INSERT INTO learners (id, name, name_key, birth_year, learner_group, ward, created_at,
                                 last_active_at, last_active_lamport)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO NOTHING""",
        (learner_id, name, search_key(name), p.get("birth_year"), p.get("group") or "other",
         p.get("ward") or "", event.wall_time, event.wall_time, event.lamport))


def _learner_updated(conn, event, learner_id):
    p = event.payload
    columns = {"name": "name", "birth_year": "birth_year", "group": "learner_group", "ward": "ward"}
    sets, values = [], []
    for field, column in columns.items():
        if field in p:
            sets.append(f"{column} = ?")
            values.append(p[field])
    if "name" in p:
        sets.append("name_key = ?")
        values.append(search_key(p["name"] or ""))
    if sets:
        conn.execute(f"UPDATE learners SET {', '.join(sets)} WHERE id = ?", (*values, learner_id))


def _learner_erased(conn, event, learner_id):
    """Forget the person: derived rows go, and their name leaves the stored events too,
    including the records that were merged into them."""
    conn.execute("INSERT OR IGNORE INTO erased_learners (learner_id) VALUES (?)", (learner_id,))
    ids = [learner_id] + [row[0] for row in conn.execute(
        "SELECT alias FROM learner_aliases WHERE target = ?", (learner_id,))]
    marks = ", ".join("?" * len(ids))
    conn.execute(
        f"""UPDATE events SET payload = dla_redact(payload)
            WHERE learner_id IN ({marks}) AND kind IN ('learner.created', 'learner.updated')""", ids)
    conn.execute(  # copies held apart (relayed, not yet proven) lose the name too
        f"""UPDATE held_events SET payload = dla_redact(payload)
            WHERE learner_id IN ({marks}) AND kind IN ('learner.created', 'learner.updated')""", ids)
    conn.execute(f"DELETE FROM learners WHERE id IN ({marks})", ids)
    for table in ("lesson_progress", "steps_done", "certificates", "learner_activity"):
        conn.execute(f"DELETE FROM {table} WHERE learner_id = ?", (learner_id,))
    # Their screen choices (text size, language) go too, wherever the erase was made.
    conn.execute(f"DELETE FROM learner_settings WHERE learner_id IN ({marks})", ids)


def _learner_merged(conn, event, learner_id):
    target = _resolve(conn, event.payload.get("into"))
    if not target or target == learner_id or _is_erased(conn, target):
        return
    conn.execute("INSERT OR REPLACE INTO learner_aliases (alias, target) VALUES (?, ?)", (learner_id, target))
    conn.execute("UPDATE learner_aliases SET target = ? WHERE target = ?", (target, learner_id))
    conn.execute("""INSERT OR IGNORE INTO steps_done (learner_id, lesson_id, step_id)
                    SELECT ?, lesson_id, step_id FROM steps_done WHERE learner_id = ?""", (target, learner_id))
    for row in conn.execute("SELECT * FROM lesson_progress WHERE learner_id = ?", (learner_id,)).fetchall():
        _merge_progress_row(conn, target, row)
    conn.execute("""INSERT OR IGNORE INTO learner_activity (learner_id, month, lesson_id)
                    SELECT ?, month, lesson_id FROM learner_activity WHERE learner_id = ?""", (target, learner_id))
    for table in ("steps_done", "lesson_progress", "learner_activity"):
        conn.execute(f"DELETE FROM {table} WHERE learner_id = ?", (learner_id,))
    conn.execute("UPDATE certificates SET learner_id = ? WHERE learner_id = ?", (target, learner_id))
    conn.execute("UPDATE learners SET merged_into = ? WHERE id = ? OR merged_into = ?",
                 (target, learner_id, learner_id))
    _recount(conn, target)


def _merge_progress_row(conn, target, row):
    (_, lesson_id, version, status, resume, _, wrong, taps, hints, refusals, started, last_at,
     last_lamport, completed_at) = row
    conn.execute(
        """INSERT INTO lesson_progress (learner_id, lesson_id, lesson_version, status, resume_step,
               wrong_answers, wrong_taps, hints, refusals, started_at, last_at, last_lamport, completed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(learner_id, lesson_id) DO UPDATE SET
               lesson_version = MAX(lesson_version, excluded.lesson_version),
               status = CASE WHEN status = 'completed' OR excluded.status = 'completed'
                             THEN 'completed' ELSE status END,
               resume_step = CASE WHEN excluded.last_lamport > last_lamport
                                  THEN excluded.resume_step ELSE resume_step END,
               wrong_answers = wrong_answers + excluded.wrong_answers,
               wrong_taps = wrong_taps + excluded.wrong_taps,
               hints = hints + excluded.hints,
               refusals = refusals + excluded.refusals,
               started_at = MIN(started_at, excluded.started_at),
               last_at = CASE WHEN excluded.last_lamport > last_lamport THEN excluded.last_at ELSE last_at END,
               last_lamport = MAX(last_lamport, excluded.last_lamport),
               completed_at = COALESCE(completed_at, excluded.completed_at)""",
        (target, lesson_id, version, status, resume, wrong, taps, hints, refusals, started, last_at,
         last_lamport, completed_at))


def _recount(conn, learner_id):
    conn.execute("""UPDATE lesson_progress SET steps_done =
                      (SELECT COUNT(*) FROM steps_done s
                       WHERE s.learner_id = lesson_progress.learner_id AND s.lesson_id = lesson_progress.lesson_id)
                    WHERE learner_id = ?""", (learner_id,))


def _touch(conn, event, learner_id, lesson_id):
    """Make sure a progress row exists, and mark the learner as active now."""
    p = event.payload
    conn.execute(
        """INSERT INTO lesson_progress (learner_id, lesson_id, lesson_version, status, started_at,
                                        last_at, last_lamport)
           VALUES (?, ?, ?, 'started', ?, ?, ?)
           ON CONFLICT(learner_id, lesson_id) DO UPDATE SET
               last_at = excluded.last_at, last_lamport = excluded.last_lamport,
               lesson_version = MAX(lesson_version, excluded.lesson_version)""",
        (learner_id, lesson_id, p.get("lesson_version", 1), event.wall_time, event.wall_time, event.lamport))
    conn.execute("UPDATE learners SET last_active_at = ?, last_active_lamport = ? WHERE id = ?",
                 (event.wall_time, event.lamport, learner_id))
    conn.execute("INSERT OR IGNORE INTO learner_activity (learner_id, month, lesson_id) VALUES (?, ?, ?)",
                 (learner_id, event.wall_time[:7], lesson_id))


def _lesson_started(conn, event, learner_id):
    _touch(conn, event, learner_id, event.payload["lesson_id"])


def _step_completed(conn, event, learner_id):
    p = event.payload
    lesson_id = p["lesson_id"]
    _touch(conn, event, learner_id, lesson_id)
    added = conn.execute("INSERT OR IGNORE INTO steps_done (learner_id, lesson_id, step_id) VALUES (?, ?, ?)",
                         (learner_id, lesson_id, p["step_id"])).rowcount
    conn.execute(
        """UPDATE lesson_progress SET steps_done = steps_done + ?, resume_step = ?,
               refusals = refusals + ? WHERE learner_id = ? AND lesson_id = ?""",
        (added, int(p.get("step_index", 0)) + 1, 1 if p.get("refused") else 0, learner_id, lesson_id))


def _counter(column):
    def handler(conn, event, learner_id):
        lesson_id = event.payload["lesson_id"]
        _touch(conn, event, learner_id, lesson_id)
        if event.payload.get("correct", event.payload.get("right", False)) is False:
            conn.execute(f"UPDATE lesson_progress SET {column} = {column} + 1 "
                         "WHERE learner_id = ? AND lesson_id = ?", (learner_id, lesson_id))
    return handler


def _hint_used(conn, event, learner_id):
    lesson_id = event.payload["lesson_id"]
    _touch(conn, event, learner_id, lesson_id)
    conn.execute("UPDATE lesson_progress SET hints = hints + 1 WHERE learner_id = ? AND lesson_id = ?",
                 (learner_id, lesson_id))


def _lesson_completed(conn, event, learner_id):
    lesson_id = event.payload["lesson_id"]
    _touch(conn, event, learner_id, lesson_id)
    conn.execute(
        """UPDATE lesson_progress SET status = 'completed', resume_step = 0,
               completed_at = COALESCE(completed_at, ?) WHERE learner_id = ? AND lesson_id = ?""",
        (event.wall_time, learner_id, lesson_id))


def _certificate_issued(conn, event, learner_id):
    """One row per certificate, keyed by the issuing device and its certificate id."""
    p = event.payload
    if learner_id is None or not p.get("certificate_id"):
        return
    conn.execute(
        """INSERT OR IGNORE INTO certificates (device_id, id, learner_id, what, lessons, volunteer,
                                               issued_on, ward, lamport)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (event.origin_device_id, p["certificate_id"], learner_id, p.get("what") or "",
         json.dumps(p.get("lessons") or [], ensure_ascii=False, separators=(",", ":")),
         p.get("volunteer") or "", p.get("date") or "", p.get("ward") or "", event.lamport))


_HANDLERS = {
    "learner.created": _learner_created,
    "learner.updated": _learner_updated,
    "learner.erased": _learner_erased,
    "learner.merged": _learner_merged,
    "lesson.started": _lesson_started,
    "step.completed": _step_completed,
    "quiz.answered": _counter("wrong_answers"),
    "practice.tried": _counter("wrong_taps"),
    "hint.used": _hint_used,
    "lesson.completed": _lesson_completed,
    "certificate.issued": _certificate_issued,
}
HANDLED_KINDS = frozenset(_HANDLERS)  # the kinds folded here (a file folded ahead: core/sync/prefold.py)
