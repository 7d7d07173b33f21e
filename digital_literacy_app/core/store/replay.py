"""The same fold as fold.py, computed in memory over the whole log and written in bulk.

Recording one event folds it with a few SQL statements (fold.py); an import of many
files refolds everything at once here, which is far faster than a million single updates.
Both must give identical tables: tests/core/test_events.py checks that on random histories.
"""

import gc
import sqlite3
from contextlib import contextmanager, nullcontext

import orjson

from digital_literacy_app.core.store import joins
from digital_literacy_app.core.text import search_key

_KNOWN = {"learner.created", "learner.updated", "learner.erased", "learner.merged", "learner.unmerged",
          "lesson.started", "step.completed", "quiz.answered", "practice.tried", "hint.used", "lesson.completed"}
_PROGRESS_KINDS = _KNOWN - {"learner.created", "learner.updated", "learner.erased", "learner.merged",
                            "learner.unmerged"}
_COLUMNS = ("lesson_version", "status", "resume_step", "steps_done", "wrong_answers", "wrong_taps",
            "hints", "refusals", "started_at", "last_at", "last_lamport", "completed_at")


# A lesson row while replaying: the columns above, in that order, then the set of step ids
# done (steps_done is its size, taken when the row is written).
(VERSION, STATUS, RESUME, DONE, WRONG_ANSWERS, WRONG_TAPS, HINTS, REFUSALS, STARTED, LAST_AT,
 LAST_LAMPORT, COMPLETED, STEPS) = range(13)
_COUNTERS = (WRONG_ANSWERS, WRONG_TAPS, HINTS, REFUSALS)


class _State:
    """Everything kept per learner, so an erase or a merge touches one learner's rows and
    the tables can be written in key order (sorted rows append to each B-tree)."""

    def __init__(self, cancelled: frozenset = frozenset()):
        self.cancelled = cancelled  # joins an undo cancels (core/store/joins.py): skipped
        self.merges: dict[tuple, tuple] = {}  # every join seen: (origin, seq) -> (record, into)
        self.undos: list[tuple] = []  # every undo seen: (record, key text)
        self.erase_names: set[str] = set()  # every record an erase names
        self.learners: dict[str, list] = {}
        self.progress: dict[str, dict[str, list]] = {}  # learner -> lesson -> row
        self.activity: dict[str, set[tuple]] = {}  # learner -> {(month, lesson)}
        self.erased: set[str] = set()
        self.aliases: dict[str, str] = {}

    def resolve(self, learner_id):
        for _ in range(16):
            if learner_id not in self.aliases:
                return learner_id
            learner_id = self.aliases[learner_id]
        return learner_id


def rebuild_all(conn: sqlite3.Connection, sql_handlers: dict) -> None:
    from digital_literacy_app.core.store.events import EVENT_COLUMNS
    from digital_literacy_app.core.store.fold import DERIVED_TABLES

    def rows():
        return conn.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY lamport, origin_device_id, seq")
    _replay(conn, rows, sql_handlers, [f"DELETE FROM {table}" for table in DERIVED_TABLES], None)


def rebuild_learners(conn: sqlite3.Connection, sql_handlers: dict, learner_ids: set[str],
                     prefolded: tuple[list[str], list] = ((), ())) -> None:
    """Refold only these learners, widened to whole merge families (aliases point at the
    final record, so one step up to the target and one down to its aliases covers them).
    `prefolded`: (learners, files) folded while their files were checked, new to the store
    and in no family (core/sync/prefold.py): their rows are written as they are."""
    from digital_literacy_app.core.store.events import EVENT_COLUMNS
    from digital_literacy_app.core.store.fold import DERIVED_TABLES

    conn.execute("DROP TABLE IF EXISTS temp.refold_ids")
    conn.execute("CREATE TEMP TABLE refold_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
    # Each id once, sorted: a plain INSERT, which a city store takes through COPY (row by
    # row, a batch's 15,500 learners took 0.09 s)
    conn.executemany("INSERT INTO temp.refold_ids VALUES (?)", ((i,) for i in sorted(set(learner_ids))))
    conn.execute("""INSERT OR IGNORE INTO temp.refold_ids
                    SELECT target FROM learner_aliases WHERE alias IN (SELECT id FROM temp.refold_ids)""")
    conn.execute("""INSERT OR IGNORE INTO temp.refold_ids
                    SELECT alias FROM learner_aliases WHERE target IN (SELECT id FROM temp.refold_ids)""")
    rows = conn.execute(f"""SELECT {EVENT_COLUMNS} FROM events
                            WHERE learner_id IN (SELECT id FROM temp.refold_ids)
                            ORDER BY lamport, origin_device_id, seq""").fetchall()
    if any(row[3] in _JOIN_KINDS for row in rows) and joins.any_undo(conn):
        # Whether an undo counts depends on joins and erases beyond this family (joins.py).
        conn.execute("DROP TABLE temp.refold_ids")
        rebuild_all(conn, sql_handlers)  # everyone, the learners folded ahead too
        return
    deletes = [f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM temp.refold_ids)"
               for table, column in DERIVED_TABLES.items()]
    refolded = [row[0] for row in conn.execute("SELECT id FROM temp.refold_ids")]
    _replay(conn, lambda: rows, sql_handlers, deletes, refolded, prefolded)
    conn.execute("DROP TABLE temp.refold_ids")


def _replay(conn, rows, sql_handlers: dict, deletes: list[str], refolded: list[str] | None,
            prefolded: tuple[list[str], list] = ((), ())) -> None:
    """Fold `rows()` in memory; if undos cancel joins, fold a second time without them
    (an undo is rare, and whether it counts depends on every event, not only earlier ones).
    `refolded` names the learners whose rows are written again (None: everyone's)."""
    from digital_literacy_app.core.store.events import Event
    from digital_literacy_app.core.store.fold import apply

    with _collector_paused():
        state, others = _pass(rows(), sql_handlers, _State())
        cancelled = joins.cancelled(state.merges, state.undos, state.erase_names)
        if cancelled:
            _release(state)
            state, others = _pass(rows(), sql_handlers, _State(frozenset(cancelled)))
        # A city store's report facts, made once for the learners written (postgres.py)
        facts_after = getattr(conn, "report_facts_after", None)
        ahead_learners, ahead = prefolded
        facts_ahead = bool(ahead) and all(any(part[0] == "report_facts" for part in file.parts) for file in ahead)
        written = None if refolded is None else refolded + ([] if facts_ahead else list(ahead_learners))
        with facts_after(written) if facts_after else nullcontext():
            for statement in deletes:
                conn.execute(statement)
            _write(conn, state, refolded is not None)
            _write_ahead(conn, ahead, facts_ahead)
        _release(state)
    for row in others:
        apply(conn, Event.from_row(row))


def _release(state: _State) -> None:
    """Free the folded state now, one learner at a time.

    Freed later, the first collection after the pause would walk all of it (0.35 s); freed
    in one `del`, the deallocation holds the interpreter for 0.25 s, and the window of an
    import running in the background stops repainting that long. From a Python loop, the
    window gets its turn every few milliseconds.
    """
    for table in (state.progress, state.activity, state.learners):
        while table:
            table.popitem()


def _pass(rows, sql_handlers: dict, state: _State):
    others = []
    for row in rows:
        kind = row[3]
        if kind in _KNOWN:
            _apply(state, row)
        elif kind in sql_handlers:
            others.append(row)
    return state, others


@contextmanager
def _collector_paused():
    """Pause Python's cycle collector while millions of long-lived rows are built.

    The replay makes no reference cycles, but each collection walks every list and set
    built so far: about 1.2 s of a million-event refold.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _apply(state: _State, row) -> None:
    origin, seq, lamport, kind, learner_id, wall_time, payload_text = row
    if learner_id is None:
        return
    if kind in _JOIN_KINDS:
        if _note_join(state, row):  # a cancelled join: folded as if never made
            return
    if learner_id in state.aliases:
        learner_id = state.resolve(learner_id)
    if learner_id in state.erased and kind != "learner.erased":
        return
    payload = orjson.loads(payload_text)
    if kind in _PROGRESS_KINDS:
        _progress(state, kind, learner_id, lamport, wall_time, payload)
    elif kind == "learner.created":
        if learner_id not in state.learners:
            name = payload.get("name") or ""
            state.learners[learner_id] = [learner_id, name, search_key(name), payload.get("birth_year"),
                                          payload.get("group") or "other", payload.get("ward") or "",
                                          wall_time, wall_time, lamport, None]
    elif kind == "learner.updated":
        _update(state, learner_id, payload)
    elif kind == "learner.erased":
        _erase(state, learner_id)
    elif kind == "learner.merged":
        _merge(state, learner_id, payload)


_JOIN_KINDS = {"learner.merged", "learner.unmerged", "learner.erased"}
# What a file folded while it is checked uses (core/sync/prefold.py): the same state and steps.
KNOWN_KINDS, JOIN_KINDS, new_state, apply_row = frozenset(_KNOWN), frozenset(_JOIN_KINDS), _State, _apply


def _note_join(state, row) -> bool:
    """Remember the joins, undos and erases for core/store/joins.py; True for a join an
    undo cancels."""
    origin, seq, _, kind, learner_id, _, payload_text = row
    if kind == "learner.erased":
        state.erase_names.add(learner_id)
        return False
    payload = orjson.loads(payload_text)
    if kind == "learner.unmerged":
        state.undos.append((learner_id, payload.get("merge")))
        return True
    into = payload.get("into")
    state.merges[(origin, seq)] = (learner_id, into if type(into) is str else None)
    return (origin, seq) in state.cancelled


def _update(state, learner_id, payload):
    record = state.learners.get(learner_id)
    if record is None:
        return
    for field, index in (("name", 1), ("birth_year", 3), ("group", 4), ("ward", 5)):
        if field in payload:
            record[index] = payload[field]
    if "name" in payload:
        record[2] = search_key(payload["name"] or "")


def _erase(state, learner_id):
    state.erased.add(learner_id)
    state.learners.pop(learner_id, None)
    for alias, target in state.aliases.items():
        if target == learner_id:
            state.learners.pop(alias, None)
    state.progress.pop(learner_id, None)
    state.activity.pop(learner_id, None)


def _merge(state, learner_id, payload):
    target = state.resolve(payload.get("into"))
    if not target or target == learner_id or target in state.erased:
        return
    # Records point where their alias points: the merged one and those merged into it before.
    moved_ids = [learner_id] + [alias for alias, pointed in state.aliases.items() if pointed == learner_id]
    for alias in moved_ids:
        state.aliases[alias] = target
        record = state.learners.get(alias)
        if record is not None:
            record[9] = target
    lessons = state.progress.pop(learner_id, {})
    if lessons:
        mine = state.progress.setdefault(target, {})
        for lesson_id, row in lessons.items():
            _merge_row(mine, lesson_id, row)
    months = state.activity.pop(learner_id, None)
    if months:
        state.activity.setdefault(target, set()).update(months)


def _merge_row(mine_by_lesson: dict, lesson_id: str, dup: list) -> None:
    mine = mine_by_lesson.get(lesson_id)
    if mine is None:
        mine_by_lesson[lesson_id] = dup
        return
    newer = dup[LAST_LAMPORT] > mine[LAST_LAMPORT]
    mine[VERSION] = max(mine[VERSION], dup[VERSION])
    if dup[STATUS] == "completed":
        mine[STATUS] = "completed"
    if newer:
        mine[RESUME], mine[LAST_AT] = dup[RESUME], dup[LAST_AT]
    for counter in _COUNTERS:
        mine[counter] += dup[counter]
    mine[STARTED] = min(mine[STARTED], dup[STARTED])
    mine[LAST_LAMPORT] = max(mine[LAST_LAMPORT], dup[LAST_LAMPORT])
    mine[COMPLETED] = mine[COMPLETED] or dup[COMPLETED]
    mine[STEPS] |= dup[STEPS]


def _progress(state, kind, learner_id, lamport, wall_time, payload):
    lesson_id = payload["lesson_id"]
    lessons = state.progress.get(learner_id)
    if lessons is None:
        lessons = state.progress[learner_id] = {}
    row = lessons.get(lesson_id)
    version = payload.get("lesson_version", 1)
    if row is None:
        row = lessons[lesson_id] = [version, "started", 0, 0, 0, 0, 0, 0, wall_time, wall_time, lamport, None, set()]
    else:
        row[LAST_AT], row[LAST_LAMPORT] = wall_time, lamport
        row[VERSION] = max(row[VERSION], version)
    record = state.learners.get(learner_id)
    if record is not None:
        record[7], record[8] = wall_time, lamport
    months = state.activity.get(learner_id)
    if months is None:
        months = state.activity[learner_id] = set()
    months.add((wall_time[:7], lesson_id))
    if kind == "step.completed":
        row[STEPS].add(payload["step_id"])
        row[RESUME] = int(payload.get("step_index", 0)) + 1
        if payload.get("refused"):
            row[REFUSALS] += 1
    elif kind == "quiz.answered" or kind == "practice.tried":
        if payload.get("correct", payload.get("right", False)) is False:
            row[WRONG_ANSWERS if kind == "quiz.answered" else WRONG_TAPS] += 1
    elif kind == "hint.used":
        row[HINTS] += 1
    elif kind == "lesson.completed":
        row[STATUS], row[RESUME] = "completed", 0
        row[COMPLETED] = row[COMPLETED] or wall_time


# The folded tables as the replay writes them, with their columns, in the order written;
# a file folded ahead also writes a city store's report facts (pg_report_facts.py).
FOLDED_COLUMNS = {
    "learners": ("id", "name", "name_key", "birth_year", "learner_group", "ward", "created_at", "last_active_at",
                 "last_active_lamport", "merged_into"),
    "lesson_progress": ("learner_id", "lesson_id", *_COLUMNS),
    "steps_done": ("learner_id", "lesson_id", "step_id"),
    "erased_learners": ("learner_id",),
    "learner_aliases": ("alias", "target"),
    "learner_activity": ("learner_id", "month", "lesson_id"),
    "report_facts": ("metric", "ward", "learner_group", "month", "area", "learner_id", "lesson_id"),
}


def columns_of(table: str) -> str:
    """`table (its columns)`, as an INSERT or a COPY names them."""
    return f"{table} ({', '.join(FOLDED_COLUMNS[table])})"


def insert_sql(table: str) -> str:
    """The plain INSERT of one folded row (a city store takes these rows through COPY)."""
    return f"INSERT INTO {columns_of(table)} VALUES ({', '.join('?' * len(FOLDED_COLUMNS[table]))})"


def folded_rows(state: _State):
    """(table, its rows) for each folded table, in key order: learners sorted, then each
    one's few rows sorted, so every insert appends to its B-tree (random order was three
    times slower). Also what a new PC's file folded ahead writes (core/sync/prefold.py)."""
    learner_ids = sorted(state.progress)
    yield "learners", (state.learners[i] for i in sorted(state.learners))
    yield "lesson_progress", ((learner, lesson, *row[:DONE], len(row[STEPS]), *row[DONE + 1:STEPS])
                              for learner in learner_ids for lesson, row in sorted(state.progress[learner].items()))
    yield "steps_done", ((learner, lesson, step) for learner in learner_ids
                         for lesson, row in sorted(state.progress[learner].items()) for step in sorted(row[STEPS]))
    yield "erased_learners", ((i,) for i in sorted(state.erased))
    yield "learner_aliases", sorted(state.aliases.items())
    yield "learner_activity", ((learner, month, lesson) for learner in sorted(state.activity)
                               for month, lesson in sorted(state.activity[learner]))


# The tables a file folded ahead writes: no erases or joins there (core/sync/prefold.py),
# and on a city store the report facts (pg_report_facts.py) made there too.
AHEAD_TABLES = ("learners", "lesson_progress", "steps_done", "learner_activity", "report_facts")


def _write_ahead(conn, files: list, facts: bool) -> None:
    """The rows of files folded while they were checked, each table's in one COPY; their
    report facts too if every file has them."""
    for table in AHEAD_TABLES if files else ():
        if table == "report_facts" and not facts:
            continue
        conn.copy_parts(columns_of(table),
                        [(file.path, offset, size) for file in files for name, offset, size in file.parts
                         if name == table])


def _write(conn, state: _State, some: bool) -> None:
    """Write the folded tables (folded_rows). `some`: only the learners of
    temp.refold_ids were refolded."""
    for table, rows in folded_rows(state):
        conn.executemany(insert_sql(table), rows)
    # An erase that came by sync file takes the person's screen choices with it too.
    conn.execute("DELETE FROM learner_settings WHERE learner_id IN (SELECT learner_id FROM erased_learners)")
    # The copies of an erased person's name in the log, and held apart. In the log, of
    # the learners refolded only, when some are: every event an import logs or releases
    # touches its learner, so a name that arrived after the erase is among them, and the
    # rest were redacted before. One set of ids, looked up through the learner's index:
    # the two sets of an `OR` made PostgreSQL read the whole log (0.8 s per import at 10
    # million events, growing with the log).
    for table, only_refolded in (("events", some), ("held_events", False)):
        erased = "SELECT learner_id FROM erased_learners" + (
            " WHERE learner_id IN (SELECT id FROM temp.refold_ids)" if only_refolded else "")
        conn.execute(
            f"""UPDATE {table} SET payload = dla_redact(payload)
               WHERE kind IN ('learner.created', 'learner.updated')
                 AND learner_id IN ({erased} UNION SELECT alias FROM learner_aliases WHERE target IN ({erased}))""")
