"""A person's name missing from their events: allowed only where that person was erased.

The chain hashes a person's name, birth year and salt (chain.py), so that an erased copy
of their events still proves; a relay must not use that to blank the name of someone
nobody erased. A blanked `learner.created` / `learner.updated` copy that a file brings,
not stored here yet, is:

- kept, when the person (or the record they were joined into) is erased: by an event in
  the log, by this computer's folded tables, or by an event this file brings proven;
- held apart (reason `erasure`, never counted) when the only erase of them is one this
  computer cannot confirm yet: relayed by a PC whose origin's key is unknown here, in
  this file or held from an earlier one. A genuine PC that received an erase blanks its
  own copies at once and relays the erase with them, and the erase's origin may be met
  only later: refusing that file would make the outcome depend on the order of arrival.
  The held copy joins the log as soon as an erase of that person is confirmed, whichever
  file brings it; a proven unblanked copy that comes first replaces it;
- refused otherwise (`sync.forged_relay`): nobody erased that person, anywhere.
"""

from digital_literacy_app.core.sync.archive import SyncFileError

HELD = 4  # temp.incoming.held: kept apart until the erase is confirmed
REASON = "erasure"  # held_events.reason


def _people(unconfirmed: bool) -> str:
    """The erased people and the joins, as a WITH clause: the confirmed ones (the log, the
    folded tables, what this file brings proven), and with `unconfirmed` the held ones too."""
    held = "" if unconfirmed else " AND held = 0"
    erased_held = "\n    UNION SELECT learner_id FROM held_events WHERE kind = 'learner.erased'" if unconfirmed else ""
    merged_held = ("\n    UNION SELECT learner_id, json_extract(payload, '$.into') FROM held_events"
                   " WHERE kind = 'learner.merged'") if unconfirmed else ""
    return f"""
WITH erased(id) AS (
    SELECT learner_id FROM erased_learners
    UNION SELECT learner_id FROM events WHERE kind = 'learner.erased'
    UNION SELECT learner_id FROM temp.incoming WHERE kind = 'learner.erased'{held}{erased_held}),
merged(alias, target) AS (
    SELECT alias, target FROM learner_aliases
    UNION SELECT learner_id, json_extract(payload, '$.into') FROM events WHERE kind = 'learner.merged'
    UNION SELECT learner_id, json_extract(payload, '$.into') FROM temp.incoming
          WHERE kind = 'learner.merged'{held}{merged_held})"""


_NOT_ERASED = """
SELECT i.origin, i.seq FROM temp.incoming i
WHERE i.held = 0 AND i.kind IN ('learner.created', 'learner.updated')
  AND json_extract(i.payload, '$.personal') IS NOT NULL
  AND i.stored = 0
  AND i.learner_id NOT IN (SELECT id FROM erased)
  AND NOT EXISTS (SELECT 1 FROM merged m WHERE m.alias = i.learner_id AND m.target IN (SELECT id FROM erased))"""
_BLANKED = """SELECT 1 FROM temp.incoming WHERE held = 0 AND kind IN ('learner.created', 'learner.updated')
                AND json_extract(payload, '$.personal') IS NOT NULL LIMIT 1"""
_NEVER_ERASED = _people(unconfirmed=True) + _NOT_ERASED + "\nLIMIT 1"
_ERASE_UNCONFIRMED = _people(unconfirmed=False) + _NOT_ERASED


def check(conn, name: str) -> None:
    """Refuse a file that blanks someone nobody erased; hold the blanked copies whose
    erase this computer cannot confirm yet (temp.incoming.held = HELD). The staged events
    already in the log are marked (incoming.mark_stored) before this runs."""
    if conn.execute(_BLANKED).fetchone() is None:
        return
    row = conn.execute(_NEVER_ERASED).fetchone()
    if row is not None:
        raise SyncFileError("sync.forged_relay", file=name, device=row[0])
    waiting = conn.execute(_ERASE_UNCONFIRMED).fetchall()
    if waiting:
        conn.executemany(f"UPDATE temp.incoming SET held = {HELD} WHERE origin = ? AND seq = ?", waiting)
        # the proven copy replaces one held unproven from an earlier relay; this file's merge holds it
        conn.executemany("DELETE FROM held_events WHERE origin_device_id = ? AND seq = ?", waiting)


def _erased(column: str) -> str:
    """SQL: is the person `column` erased, by this computer's folded tables or the log?"""
    return (f"({column} IN (SELECT learner_id FROM erased_learners) OR EXISTS (SELECT 1 FROM events x "
            f"WHERE x.learner_id = {column} AND x.kind = 'learner.erased'))")


# Held blanked copies whose person is now erased (themselves, or the record they were
# joined into), by the log or the folded tables; not of a PC retired or forgotten since.
_RELEASABLE = f"""
SELECT h.origin_device_id, h.seq, h.learner_id FROM held_events h
WHERE h.reason = '{REASON}'
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.origin_device_id = h.origin_device_id AND e.seq = h.seq)
  AND NOT EXISTS (SELECT 1 FROM known_devices k WHERE k.device_id = h.origin_device_id
                  AND (h.seq > k.retired_after_seq OR h.seq > k.forgotten_after_seq))
  AND ({_erased('h.learner_id')}
       OR EXISTS (SELECT 1 FROM learner_aliases a WHERE a.alias = h.learner_id AND {_erased('a.target')})
       OR EXISTS (SELECT 1 FROM events m WHERE m.learner_id = h.learner_id AND m.kind = 'learner.merged'
                  AND {_erased("json_extract(m.payload, '$.into')")}))"""


def release(conn) -> list[str]:
    """Move held blanked copies whose erase is now confirmed into the log; returns the
    learner of each (to be folded again). Cheap when nothing waits: one look at held_events."""
    if conn.execute("SELECT 1 FROM held_events WHERE reason = ? LIMIT 1", (REASON,)).fetchone() is None:
        return []
    rows = conn.execute(_RELEASABLE).fetchall()
    for origin, seq, _ in rows:
        conn.execute("""INSERT INTO events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload,
                                            source_file)
                        SELECT origin_device_id, seq, lamport, kind, learner_id, wall_time, payload, source_file
                        FROM held_events WHERE origin_device_id = ? AND seq = ?""", (origin, seq))
        conn.execute("DELETE FROM held_events WHERE origin_device_id = ? AND seq = ?", (origin, seq))
    return [learner for _, _, learner in rows]
