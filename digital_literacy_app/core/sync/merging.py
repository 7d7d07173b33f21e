"""A checked file's merge in its import's turn: its events into the log, the held ones
apart, the signer's key and the proofs kept, the learners it touched noted for the refold.

A file is merged from its staging table (`merge_staged`), or, a new PC's file on a city
store, straight from its checked rows (`merge_first`, first_file.py); both end alike
(`_keep`).
"""

from digital_literacy_app.core.errors import DlaError, Note
from digital_literacy_app.core.keys import KeyMismatchError
from digital_literacy_app.core.store.events import utc_now
from digital_literacy_app.core.sync import erasures, first_file, prefold
from digital_literacy_app.core.sync.archive import SyncFileError

FOLD_PENDING = "fold_pending"


def merge_staged(trainer, item, proven: dict, result, touched: prefold.Touched) -> None:
    """Proven events of temp.incoming go into the log, held ones aside; the learners
    touched are noted for the refold, with the file's rows folded ahead if they are the
    fold's (prefold.py)."""
    conn = trainer.db.conn
    with trainer.db.atomic():
        new_filter = "i.held = 0 AND i.stored = 0"  # incoming.mark_stored
        result.learners_new = conn.execute(
            f"SELECT COUNT(*) FROM temp.incoming i WHERE kind = 'learner.created' AND {new_filter}").fetchone()[0]
        total = conn.execute("SELECT COUNT(*) FROM temp.incoming WHERE held = 0").fetchone()[0]
        mine = {row[0] for row in conn.execute(
            f"""SELECT DISTINCT learner_id FROM temp.incoming i WHERE learner_id IS NOT NULL AND {new_filter}
                UNION SELECT json_extract(payload, '$.into') FROM temp.incoming i
                WHERE kind = 'learner.merged' AND {new_filter}""") if row[0]}
        touched.add_file(mine)
        new_to_store = prefold.new_to_store(conn, item, mine)
        file_id = _imported_file(conn, item, 0, 0)
        result.events_new = conn.execute(
            f"""INSERT INTO events (origin_device_id, seq, lamport, kind, learner_id, wall_time, payload, source_file)
                SELECT origin, seq, lamport, kind, learner_id, wall_time, payload, ? FROM temp.incoming i
                WHERE {new_filter}""", (file_id,)).rowcount
        result.events_known = total - result.events_new
        conn.execute("UPDATE imported_files SET events_new = ?, events_known = ? WHERE id = ?",
                     (result.events_new, result.events_known, file_id))
        _hold(conn, file_id, result)
        for origin, high in conn.execute("SELECT origin, MAX(seq) FROM temp.incoming WHERE held = 0 GROUP BY origin"):
            conn.execute("""DELETE FROM held_events WHERE origin_device_id = ? AND seq <= ? AND NOT EXISTS
                                (SELECT 1 FROM temp.incoming i WHERE i.origin = held_events.origin_device_id
                                 AND i.seq = held_events.seq AND i.held > 0)""", (origin, high))
        _keep(trainer, item, proven, result, touched, mine, new_to_store)


def merge_first(trainer, item, proven: dict, result, touched: prefold.Touched) -> None:
    """A new PC's file (first_file.applies): every event new, none held apart, so its
    figures are the worker's summary and its rows go into the log as they are."""
    conn, lane = trainer.db.conn, item.lane
    with trainer.db.atomic():
        result.learners_new = lane.created
        mine = lane.learners
        touched.add_file(mine)
        new_to_store = prefold.new_to_store(conn, item, mine, staged=False)
        file_id = _imported_file(conn, item, lane.count, 0)
        result.events_new = first_file.insert(conn, item, file_id)
        if result.events_new != lane.count:  # the work file is this process's own: never, unless the disk lies
            raise SyncFileError("sync.count_mismatch", file=item.path.name, count=result.events_new,
                                said=str(lane.count))
        _keep(trainer, item, proven, result, touched, mine, new_to_store)


def _imported_file(conn, item, events_new: int, events_known: int) -> int:
    device = item.manifest["device"]
    return conn.execute(
        "INSERT INTO imported_files (sha256, file_name, device_id, imported_at, events_new, events_known, "
        "device_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (item.sha256, item.path.name, device["id"], utc_now(), events_new, events_known,
         str(device.get("name", ""))[:120])).lastrowid


def _keep(trainer, item, proven: dict, result, touched: prefold.Touched, mine: set, new_to_store: bool) -> None:
    """What every merged file ends with: held copies an erase now confirms let into the
    log, the proofs and the signer kept, the fold marked pending, and the file's rows
    kept for the refold if every event was new, none apart, its learners new."""
    conn, device = trainer.db.conn, item.manifest["device"]
    released = erasures.release(conn)  # this file may confirm an erase that blanked copies wait for
    result.events_released = len(released)
    touched.add_file(released)
    for origin, proof in proven.items():
        conn.execute("""INSERT INTO chain_proofs (origin, seq, head, signature) VALUES (?, ?, ?, ?)
                        ON CONFLICT(origin) DO UPDATE SET seq = excluded.seq, head = excluded.head,
                            signature = excluded.signature WHERE excluded.seq > chain_proofs.seq""",
                     (origin, proof["seq"], proof["head"], proof["signature"]))
    try:
        trainer.devices.remember(device["id"], device["public_key"], str(device.get("name", ""))[:120],
                                 str(device.get("ward", ""))[:120])
    except KeyMismatchError as exc:
        raise SyncFileError("sync.key_mismatch", file=item.path.name, device=exc.details.get("device", "")) from None
    except DlaError as exc:
        raise SyncFileError("sync.bad_device_key", file=item.path.name, device=exc.details.get("device", "")) from None
    if result.events_new or result.events_released:
        conn.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, '1')", (FOLD_PENDING,))
    if new_to_store and result.events_known == 0 and not result.events_held and not released:
        touched.fold_ahead(item, mine)  # every event new, none apart, its learners new


def _hold(conn, file_id: int, result) -> None:
    """Keep events relayed without a proof this PC can check, apart and uncounted."""
    held = conn.execute(
        """INSERT OR IGNORE INTO held_events (origin_device_id, seq, lamport, kind, learner_id, wall_time,
                                              payload, source_file, reason)
           SELECT origin, seq, lamport, kind, learner_id, wall_time, payload, ?,
                  CASE held WHEN 2 THEN 'retired' WHEN 3 THEN 'forgotten' WHEN 4 THEN 'erasure'
                            ELSE 'unconfirmed' END
           FROM temp.incoming i WHERE i.held > 0 AND i.stored = 0""",
        (file_id,)).rowcount
    if not held:
        return
    conn.execute(  # a person already erased here leaves no name in copies held apart either
        """UPDATE held_events SET payload = dla_redact(payload)
           WHERE source_file = ? AND kind IN ('learner.created', 'learner.updated')
             AND (learner_id IN (SELECT learner_id FROM erased_learners)
                  OR learner_id IN (SELECT alias FROM learner_aliases
                                    WHERE target IN (SELECT learner_id FROM erased_learners)))""", (file_id,))
    result.events_held = held
    conn.execute("UPDATE imported_files SET events_held = ? WHERE id = ?", (held, file_id))
    for code, mark in (("sync.events_held", 1), ("sync.events_retired", 2), ("sync.events_forgotten", 3),
                       ("sync.events_await_erasure", erasures.HELD)):
        rows = conn.execute("SELECT origin, COUNT(*) FROM temp.incoming WHERE held = ? GROUP BY origin",
                            (mark,)).fetchall()
        if rows:
            result.warnings.append(Note(code, count=sum(n for _, n in rows),
                                        devices=", ".join(origin for origin, _ in rows)))
