"""Which joins of two learner records (`learner.merged`) an undo (`learner.unmerged`) cancels.

An undo names the join it cancels by that event's key, "<origin>:<seq>", and is made about
the same record the join was about. A cancelled join is folded as if it had never been
made: the two records are apart again, and every event about either one lands on its own
record (progress recorded on the kept record after the join stays there; the learner
used that record). Whether a join is cancelled depends only on which events exist, never
on the order they arrived in, so every PC folds the same.

An erase wins: no undo takes effect in a family (records joined by any join, undone or
not) where anyone was erased, so an undo never brings back a record whose name the erase
already took out of the stored events.
"""

KIND = "learner.unmerged"
# The term of the partial index `events_undos` (migrations 0013, PostgreSQL's 0007), as
# written there: SQLite reads a partial index only for a query that says its term.
UNDO_TERM = f"kind = '{KIND}'"


def any_undo(conn) -> bool:
    """Whether the log holds any undo at all: asked at every import that brings a join or
    an erase (core/store/fold.py, replay.py), so a lookup in that small index on both
    engines, never a pass over the whole log (tests/core/test_undo_index.py)."""
    return conn.execute(f"SELECT 1 FROM events WHERE {UNDO_TERM} LIMIT 1").fetchone() is not None


def merge_key(origin: str, seq: int) -> str:
    return f"{origin}:{seq}"


def parse_key(text) -> tuple[str, int] | None:
    if type(text) is not str or ":" not in text:
        return None
    origin, _, seq = text.rpartition(":")
    if not origin or not seq.isascii() or not seq.isdigit():
        return None
    return origin, int(seq)


def cancelled(merges: dict, undos: list, erased: set) -> set:
    """The keys of the joins cancelled: `merges` maps (origin, seq) to (record, into),
    `undos` lists (record, key text), `erased` holds every record id an erase names."""
    wanted = set()
    for learner_id, text in undos:
        key = parse_key(text)
        if key in merges and merges[key][0] == learner_id:
            wanted.add(key)
    if not wanted:
        return wanted
    family = _families(merges.values())
    spoilt = {family(learner_id) for learner_id in erased}
    return {key for key in wanted if family(merges[key][0]) not in spoilt}


def _families(edges):
    """Union-find over every join's two records: a function from a record to its family."""
    parent: dict = {}

    def find(x):
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:
            parent[x], x = root, parent.get(x, x)
        return root

    for learner_id, into in edges:
        if into:
            a, b = find(learner_id), find(into)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return find
