"""Moving up: a coordinator's SQLite store copied into the city's PostgreSQL store, and proved.

What syncs is copied as it is (the event log, the files imported, the keys and proofs,
the events held apart, the trusted coordinators); the tables the screens and reports read
are then folded again on PostgreSQL from that log, by the same fold. The move is one
PostgreSQL transaction that commits only if the reports of both stores are byte for byte
the same (by ward, group, area and month; by competence; the totals); otherwise nothing
is kept there. What belongs to one PC alone (volunteers' PINs, learners' screen choices)
stays on the PC.
"""

from dataclasses import dataclass

from digital_literacy_app.core.errors import DlaError

# In this order: events name the file that brought them.
COPIED_TABLES = ("imported_files", "events", "held_events", "known_devices", "chain_proofs",
                 "trusted_coordinators", "device_keys", "device_settings")
PROOF_REPORTS = (["ward", "group", "area", "month"], ["competence"], [])


@dataclass(frozen=True)
class CityMove:
    """What was copied, and the reports compared (each identical, or the move was undone)."""

    url: str
    events: int
    files: int
    rows: dict
    reports_compared: int


def move_to_postgres(trainer, url: str) -> CityMove:
    """Copy this store into the empty city store at `url`; DlaError if it is not empty or
    the reports differ (then the city store is left as it was)."""
    from digital_literacy_app.core.reports import build_report
    from digital_literacy_app.core.reports.city_facts import lesson_areas
    from digital_literacy_app.core.store import fold
    from digital_literacy_app.core.store.postgres import open_postgres, safe_url

    target = open_postgres(url)
    city = type(trainer)(trainer.data_dir, trainer.device, target, trainer.lesson_dirs, trainer.hub, trainer._lessons)
    try:
        with target.atomic():
            target.lock_for_import()  # no import starts into it while it is being filled
            if target.conn.execute("SELECT EXISTS (SELECT 1 FROM events) OR EXISTS "
                                   "(SELECT 1 FROM imported_files)").fetchone()[0]:
                raise DlaError("city.move_target_not_empty", url=safe_url(url))
            rows = {table: _copy_table(trainer.db.conn, target.raw, table) for table in COPIED_TABLES}
            target.raw.execute("SELECT setval(pg_get_serial_sequence('imported_files', 'id'), "
                               "GREATEST((SELECT MAX(id) FROM imported_files), 1))")
            # The areas the city's report facts are made with, before the fold makes the facts
            # (once), so that those are what is proven.
            target.keep_report_areas(lesson_areas(trainer.lessons))
            fold.rebuild(target.conn)
            for by in PROOF_REPORTS:
                if build_report(city, by).as_json() != build_report(trainer, by).as_json():
                    raise DlaError("city.move_reports_differ", url=safe_url(url), by=", ".join(by) or "-")
        return CityMove(safe_url(url), rows["events"], rows["imported_files"], rows, len(PROOF_REPORTS))
    finally:
        target.conn.close()


def _copy_table(source, target, table: str) -> int:
    """Every row of one table, through COPY, in the columns both stores have."""
    columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
    names = ", ".join(columns)
    count = 0
    with target.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in source.execute(f"SELECT {names} FROM {table}"):
            copy.write_row(row)
            count += 1
    return count
