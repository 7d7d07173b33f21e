"""Likely duplicates: one person entered twice (on two PCs, or twice on this one).

Names are compared ignoring case, diacritics and spacing ("Nguyen thi huong" and
"Nguyễn Thị Hường"), together with the birth year: both the same year, or both
unknown. It is only a suggestion; a volunteer who knows the people decides, and joining
two records is an explicit merge event (LearnerBook.merge), never automatic.
"""

from digital_literacy_app.core.learners import LearnerRecord


def likely_duplicates(trainer) -> list[list[LearnerRecord]]:
    """Groups of two or more learners with the same folded name and birth year, each
    group in the order the records were made (the fold's order, never a PC's clock);
    groups in name order."""
    rows = trainer.db.conn.execute(
        """SELECT l.id, l.name_key, l.birth_year FROM learners l
           JOIN (SELECT name_key, birth_year FROM learners WHERE merged_into IS NULL
                 GROUP BY name_key, birth_year HAVING COUNT(*) > 1) d
             ON d.name_key = l.name_key AND d.birth_year IS l.birth_year
           WHERE l.merged_into IS NULL
           ORDER BY l.name_key, l.birth_year, l.rowid""").fetchall()
    groups: dict[tuple, list[LearnerRecord]] = {}
    for learner_id, name_key, birth_year in rows:
        groups.setdefault((name_key, birth_year), []).append(trainer.learners.get(learner_id))
    return list(groups.values())


def suggest_keep(trainer, group: list[LearnerRecord]) -> LearnerRecord:
    """The record to keep by default: the one with the most steps done, then the one made
    first, whatever order the group is given in."""
    steps = {learner.id: trainer.db.conn.execute(
        "SELECT COUNT(*) FROM steps_done WHERE learner_id = ?", (learner.id,)).fetchone()[0]
        for learner in group}
    oldest = _oldest(trainer, group).id
    return max(group, key=lambda learner: (steps[learner.id], learner.id == oldest))


def _oldest(trainer, group: list[LearnerRecord]) -> LearnerRecord:
    """The record made first, by the order of events (wall clocks on ward PCs are often
    wrong, and two records can share a millisecond)."""
    def made(learner):
        row = trainer.db.conn.execute(
            """SELECT lamport, origin_device_id, seq FROM events
               WHERE learner_id = ? AND kind = 'learner.created'
               ORDER BY lamport, origin_device_id, seq LIMIT 1""", (learner.id,)).fetchone()
        return tuple(row) if row else (float("inf"), "", 0)
    return min(group, key=lambda learner: (made(learner), learner.id))


def merge_group(trainer, group: list[LearnerRecord], keep: LearnerRecord) -> LearnerRecord:
    """Merge every other record of the group into `keep`; all their progress moves over."""
    for learner in group:
        if learner.id != keep.id:
            trainer.learners.merge(learner.id, keep.id)
    return trainer.learners.get(keep.id)


def unmerge(trainer, duplicate_ids: list[str]) -> list[LearnerRecord]:
    """Record an undo of every join in force of each record; refused whole if one of them
    is not joined into anyone (already undone here, erased, or never joined)."""
    from digital_literacy_app.core.errors import InvalidInputError
    from digital_literacy_app.core.store.joins import KIND, merge_key

    conn = trainer.db.conn
    keys = {}
    for learner_id in dict.fromkeys(duplicate_ids):
        if conn.execute("SELECT 1 FROM learners WHERE id = ? AND merged_into IS NOT NULL",
                        (learner_id,)).fetchone() is None:
            raise InvalidInputError("learner.not_joined")
        undone = {row[0] for row in conn.execute(
            "SELECT json_extract(payload, '$.merge') FROM events WHERE learner_id = ? AND kind = ?",
            (learner_id, KIND))}
        keys[learner_id] = [key for key in (merge_key(origin, seq) for origin, seq in conn.execute(
            """SELECT origin_device_id, seq FROM events WHERE learner_id = ? AND kind = 'learner.merged'
               ORDER BY lamport, origin_device_id, seq""", (learner_id,))) if key not in undone]
    with trainer.log.batch():
        for learner_id, learner_keys in keys.items():
            for key in learner_keys:
                trainer.log.record(KIND, learner_id, {"merge": key})
    return [trainer.learners.get(learner_id) for learner_id in keys]
