"""The same fold as fold.py, computed in memory over the whole log and written in bulk.

Recording one event folds it with a few SQL statements (fold.py); an import of many
files refolds everything at once here, which is far faster than a million single updates.
Both must give identical tables: tests/core/test_events.py checks that on random histories.
"""

import sqlite3

import orjson

from digital_literacy_app.core.text import fold as fold_text

_KNOWN = {"learner.created", "learner.updated", "learner.erased", "learner.merged", "lesson.started",
          "step.completed", "quiz.answered", "practice.tried", "hint.used", "lesson.completed"}
_PROGRESS_KINDS = _KNOWN - {"learner.created", "learner.updated", "learner.erased", "learner.merged"}
_COLUMNS = ("lesson_version", "status", "resume_step", "steps_done", "wrong_answers", "wrong_taps",
            "hints", "refusals", "started_at", "last_at", "last_lamport", "completed_at")


class _State:
    def __init__(self):
        self.learners: dict[str, list] = {}
        self.progress: dict[tuple, dict] = {}
        self.steps: dict[tuple, set] = {}
        self.erased: set[str] = set()
        self.aliases: dict[str, str] = {}
        self.activity: set[tuple] = set()
        self.erase_targets: list[list[str]] = []

    def resolve(self, learner_id):
        for _ in range(16):
            if learner_id not in self.aliases:
                return learner_id
            learner_id = self.aliases[learner_id]
        return learner_id


def rebuild_all(conn: sqlite3.Connection, sql_handlers: dict) -> None:
    from digital_literacy_app.core.store.events import EVENT_COLUMNS
    from digital_literacy_app.core.store.fold import DERIVED_TABLES

    rows = conn.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY lamport, origin_device_id, seq")
    _replay(conn, rows, sql_handlers, [f"DELETE FROM {table}" for table in DERIVED_TABLES])


def rebuild_learners(conn: sqlite3.Connection, sql_handlers: dict, learner_ids: set[str]) -> None:
    """Refold only these learners, widened to whole merge families (aliases point at the
    final record, so one step up to the target and one down to its aliases covers them)."""
    from digital_literacy_app.core.store.events import EVENT_COLUMNS
    from digital_literacy_app.core.store.fold import DERIVED_TABLES

    conn.execute("DROP TABLE IF EXISTS temp.refold_ids")
    conn.execute("CREATE TEMP TABLE refold_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.executemany("INSERT OR IGNORE INTO temp.refold_ids VALUES (?)", ((i,) for i in learner_ids))
    conn.execute("""INSERT OR IGNORE INTO temp.refold_ids
                    SELECT target FROM learner_aliases WHERE alias IN (SELECT id FROM temp.refold_ids)""")
    conn.execute("""INSERT OR IGNORE INTO temp.refold_ids
                    SELECT alias FROM learner_aliases WHERE target IN (SELECT id FROM temp.refold_ids)""")
    rows = conn.execute(f"""SELECT {EVENT_COLUMNS} FROM events
                            WHERE learner_id IN (SELECT id FROM temp.refold_ids)
                            ORDER BY lamport, origin_device_id, seq""").fetchall()
    deletes = [f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM temp.refold_ids)"
               for table, column in DERIVED_TABLES.items()]
    _replay(conn, rows, sql_handlers, deletes)
    conn.execute("DROP TABLE temp.refold_ids")


def _replay(conn, rows, sql_handlers: dict, deletes: list[str]) -> None:
    from digital_literacy_app.core.store.events import Event
    from digital_literacy_app.core.store.fold import apply

    state = _State()
    others = []
    for row in rows:
        kind = row[3]
        if kind in _KNOWN:
            _apply(state, row)
        elif kind in sql_handlers:
            others.append(row)
    for statement in deletes:
        conn.execute(statement)
    _write(conn, state)
    for row in others:
        apply(conn, Event.from_row(row))


def _apply(state: _State, row) -> None:
    _, _, lamport, kind, learner_id, wall_time, payload_text = row
    if learner_id is None:
        return
    learner_id = state.resolve(learner_id)
    if learner_id in state.erased and kind != "learner.erased":
        return
    payload = orjson.loads(payload_text)
    if kind in _PROGRESS_KINDS:
        _progress(state, kind, learner_id, lamport, wall_time, payload)
    elif kind == "learner.created":
        if learner_id not in state.learners:
            name = payload.get("name") or ""
            state.learners[learner_id] = [learner_id, name, fold_text(name), payload.get("birth_year"),
                                          payload.get("group") or "other", payload.get("ward") or "",
                                          wall_time, wall_time, lamport, None]
    elif kind == "learner.updated":
        _update(state, learner_id, payload)
    elif kind == "learner.erased":
        _erase(state, learner_id, row[4])
    elif kind == "learner.merged":
        _merge(state, learner_id, payload)


def _update(state, learner_id, payload):
    record = state.learners.get(learner_id)
    if record is None:
        return
    for field, index in (("name", 1), ("birth_year", 3), ("group", 4), ("ward", 5)):
        if field in payload:
            record[index] = payload[field]
    if "name" in payload:
        record[2] = fold_text(payload["name"] or "")


def _erase(state, learner_id, original_id):
    state.erased.add(learner_id)
    ids = [learner_id] + [alias for alias, target in state.aliases.items() if target == learner_id]
    for dead in ids:
        state.learners.pop(dead, None)
    for key in [k for k in state.progress if k[0] == learner_id]:
        del state.progress[key]
    for key in [k for k in state.steps if k[0] == learner_id]:
        del state.steps[key]
    state.activity = {a for a in state.activity if a[0] != learner_id}


def _merge(state, learner_id, payload):
    target = state.resolve(payload.get("into"))
    if not target or target == learner_id or target in state.erased:
        return
    state.aliases[learner_id] = target
    for alias, pointed in list(state.aliases.items()):
        if pointed == learner_id:
            state.aliases[alias] = target
    for key in [k for k in state.steps if k[0] == learner_id]:
        state.steps.setdefault((target, key[1]), set()).update(state.steps.pop(key))
    for key in sorted(k for k in state.progress if k[0] == learner_id):
        _merge_row(state, (target, key[1]), state.progress.pop(key))
    moved = {a for a in state.activity if a[0] == learner_id}
    state.activity = (state.activity - moved) | {(target, a[1], a[2]) for a in moved}
    for record in state.learners.values():
        if record[0] == learner_id or record[9] == learner_id:
            record[9] = target
    for key, row in state.progress.items():
        if key[0] == target:
            row["steps_done"] = len(state.steps.get(key, ()))


def _merge_row(state, key, dup):
    mine = state.progress.get(key)
    if mine is None:
        state.progress[key] = dict(dup, steps_done=0)
        return
    newer = dup["last_lamport"] > mine["last_lamport"]
    mine["lesson_version"] = max(mine["lesson_version"], dup["lesson_version"])
    if dup["status"] == "completed":
        mine["status"] = "completed"
    if newer:
        mine["resume_step"], mine["last_at"] = dup["resume_step"], dup["last_at"]
    for counter in ("wrong_answers", "wrong_taps", "hints", "refusals"):
        mine[counter] += dup[counter]
    mine["started_at"] = min(mine["started_at"], dup["started_at"])
    mine["last_lamport"] = max(mine["last_lamport"], dup["last_lamport"])
    mine["completed_at"] = mine["completed_at"] or dup["completed_at"]


def _progress(state, kind, learner_id, lamport, wall_time, payload):
    lesson_id = payload["lesson_id"]
    key = (learner_id, lesson_id)
    row = state.progress.get(key)
    version = payload.get("lesson_version", 1)
    if row is None:
        row = state.progress[key] = {
            "lesson_version": version, "status": "started", "resume_step": 0, "steps_done": 0,
            "wrong_answers": 0, "wrong_taps": 0, "hints": 0, "refusals": 0, "started_at": wall_time,
            "last_at": wall_time, "last_lamport": lamport, "completed_at": None}
    else:
        row["last_at"], row["last_lamport"] = wall_time, lamport
        row["lesson_version"] = max(row["lesson_version"], version)
    record = state.learners.get(learner_id)
    if record is not None:
        record[7], record[8] = wall_time, lamport
    state.activity.add((learner_id, wall_time[:7], lesson_id))
    if kind == "step.completed":
        done = state.steps.setdefault(key, set())
        if payload["step_id"] not in done:
            done.add(payload["step_id"])
            row["steps_done"] += 1
        row["resume_step"] = int(payload.get("step_index", 0)) + 1
        if payload.get("refused"):
            row["refusals"] += 1
    elif kind == "quiz.answered":
        if payload.get("correct", payload.get("right", False)) is False:
            row["wrong_answers"] += 1
    elif kind == "practice.tried":
        if payload.get("correct", payload.get("right", False)) is False:
            row["wrong_taps"] += 1
    elif kind == "hint.used":
        row["hints"] += 1
    elif kind == "lesson.completed":
        row["status"], row["resume_step"] = "completed", 0
        row["completed_at"] = row["completed_at"] or wall_time


def _write(conn, state: _State) -> None:
    conn.executemany(
        """INSERT INTO learners (id, name, name_key, birth_year, learner_group, ward, created_at,
               last_active_at, last_active_lamport, merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        state.learners.values())
    conn.executemany(
        f"INSERT INTO lesson_progress (learner_id, lesson_id, {', '.join(_COLUMNS)}) "
        f"VALUES (?, ?, {', '.join('?' * len(_COLUMNS))})",
        ((key[0], key[1], *(row[c] for c in _COLUMNS)) for key, row in state.progress.items()))
    conn.executemany("INSERT INTO steps_done (learner_id, lesson_id, step_id) VALUES (?, ?, ?)",
                     ((key[0], key[1], step) for key, steps in state.steps.items() for step in steps))
    conn.executemany("INSERT INTO erased_learners (learner_id) VALUES (?)", ((i,) for i in state.erased))
    conn.executemany("INSERT INTO learner_aliases (alias, target) VALUES (?, ?)", state.aliases.items())
    conn.executemany("INSERT INTO learner_activity (learner_id, month, lesson_id) VALUES (?, ?, ?)", state.activity)
    conn.execute(
        """UPDATE events SET payload = json_remove(payload, '$.name', '$.birth_year')
           WHERE kind IN ('learner.created', 'learner.updated')
             AND (learner_id IN (SELECT learner_id FROM erased_learners)
                  OR learner_id IN (SELECT alias FROM learner_aliases
                                    WHERE target IN (SELECT learner_id FROM erased_learners)))""")
