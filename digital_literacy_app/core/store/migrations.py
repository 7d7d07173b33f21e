"""Numbered schema migrations. Never edit one that has shipped: add the next number.

Each is tested on a database made by the version before it (tests/core/test_migrations.py).
"""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("digital_literacy_app")


@migrations(name="0001_events_and_derived_tables")
def m0001(db: Database) -> None:
    """The append-only event log, and the tables the screens read, derived from it."""
    db.execute("""
        CREATE TABLE events (
            origin_device_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            lamport INTEGER NOT NULL,
            kind TEXT NOT NULL,
            learner_id TEXT,
            wall_time TEXT NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (origin_device_id, seq)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX events_order ON events (lamport, origin_device_id, seq)")
    db.execute("CREATE INDEX events_learner ON events (learner_id)")
    db.execute("""
        CREATE TABLE learners (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            birth_year INTEGER,
            learner_group TEXT NOT NULL,
            ward TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            last_active_at TEXT NOT NULL,
            last_active_lamport INTEGER NOT NULL,
            merged_into TEXT
        )""")
    db.execute("CREATE INDEX learners_name_key ON learners (name_key)")
    db.execute("""
        CREATE TABLE lesson_progress (
            learner_id TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            lesson_version INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL,
            resume_step INTEGER NOT NULL DEFAULT 0,
            steps_done INTEGER NOT NULL DEFAULT 0,
            wrong_answers INTEGER NOT NULL DEFAULT 0,
            wrong_taps INTEGER NOT NULL DEFAULT 0,
            hints INTEGER NOT NULL DEFAULT 0,
            refusals INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            last_at TEXT NOT NULL,
            last_lamport INTEGER NOT NULL,
            completed_at TEXT,
            PRIMARY KEY (learner_id, lesson_id)
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TABLE steps_done (
            learner_id TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            step_id TEXT NOT NULL,
            PRIMARY KEY (learner_id, lesson_id, step_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE TABLE erased_learners (learner_id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.execute("CREATE TABLE learner_aliases (alias TEXT PRIMARY KEY, target TEXT NOT NULL) WITHOUT ROWID")


@migrations(name="0002_learner_settings")
def m0002(db: Database) -> None:
    """Per-learner settings (text size, theme, language, voice speed). Local, not synced."""
    db.execute("""
        CREATE TABLE learner_settings (
            learner_id TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (learner_id, key)
        ) WITHOUT ROWID""")


@migrations(name="0003_device_settings")
def m0003(db: Database) -> None:
    """Settings of this PC rather than of a learner (minutes idle before the start screen)."""
    db.execute("""
        CREATE TABLE device_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID""")


@migrations(name="0004_known_devices_and_imports")
def m0004(db: Database) -> None:
    """Device keys pinned on first use, the sync files imported, and where events came from.

    `events.source_file` is NULL for events recorded on this PC, else the imported file,
    so a clash between two copies of one event can name both sources.
    """
    db.execute("""
        CREATE TABLE known_devices (
            device_id TEXT PRIMARY KEY,
            public_key TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            ward TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TABLE imported_files (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            file_name TEXT NOT NULL,
            device_id TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            events_new INTEGER NOT NULL,
            events_known INTEGER NOT NULL
        )""")
    db.execute("ALTER TABLE events ADD COLUMN source_file INTEGER")
    # Set while imported events are merged but not yet folded; a start after a crash
    # between the two sees it and refolds.
    db.execute("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")


@migrations(name="0005_certificates")
def m0005(db: Database) -> None:
    """Certificates issued, derived from "certificate.issued" events (see fold.py).

    Filled here from events already stored, which an older version kept unfolded
    because it did not know their kind (aliases are one level deep, erased learners
    have none).
    """
    db.execute("""
        CREATE TABLE certificates (
            device_id TEXT NOT NULL,
            id TEXT NOT NULL,
            learner_id TEXT NOT NULL,
            what TEXT NOT NULL,
            lessons TEXT NOT NULL DEFAULT '[]',
            volunteer TEXT NOT NULL DEFAULT '',
            issued_on TEXT NOT NULL,
            ward TEXT NOT NULL DEFAULT '',
            lamport INTEGER NOT NULL,
            PRIMARY KEY (device_id, id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX certificates_learner ON certificates (learner_id)")
    db.execute("""
        INSERT OR IGNORE INTO certificates (device_id, id, learner_id, what, lessons, volunteer,
                                            issued_on, ward, lamport)
        SELECT e.origin_device_id, json_extract(e.payload, '$.certificate_id'),
               COALESCE(a.target, e.learner_id), COALESCE(json_extract(e.payload, '$.what'), ''),
               COALESCE(json_extract(e.payload, '$.lessons'), '[]'),
               COALESCE(json_extract(e.payload, '$.volunteer'), ''),
               COALESCE(json_extract(e.payload, '$.date'), ''),
               COALESCE(json_extract(e.payload, '$.ward'), ''), e.lamport
        FROM events e LEFT JOIN learner_aliases a ON a.alias = e.learner_id
        WHERE e.kind = 'certificate.issued' AND e.learner_id IS NOT NULL
          AND json_valid(e.payload) AND json_extract(e.payload, '$.certificate_id') IS NOT NULL
          AND COALESCE(a.target, e.learner_id) NOT IN (SELECT learner_id FROM erased_learners)
        ORDER BY e.lamport, e.origin_device_id, e.seq""")


@migrations(name="0006_learner_activity")
def m0006(db: Database) -> None:
    """Which months each learner worked on which lesson, so reports need not scan the log.

    Filled here from the stored events in plain SQL (fold.py keeps it from then on);
    aliases always point at the final record, so one join resolves merges.
    """
    db.execute("""
        CREATE TABLE learner_activity (
            learner_id TEXT NOT NULL,
            month TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            PRIMARY KEY (learner_id, month, lesson_id)
        ) WITHOUT ROWID""")
    db.execute("""
        INSERT OR IGNORE INTO learner_activity (learner_id, month, lesson_id)
        SELECT COALESCE(a.target, e.learner_id), substr(e.wall_time, 1, 7),
               json_extract(e.payload, '$.lesson_id')
        FROM events e LEFT JOIN learner_aliases a ON a.alias = e.learner_id
        WHERE e.kind IN ('lesson.started', 'step.completed', 'quiz.answered', 'practice.tried',
                         'hint.used', 'lesson.completed')
          AND e.learner_id IS NOT NULL AND json_valid(e.payload)
          AND json_extract(e.payload, '$.lesson_id') IS NOT NULL
          AND COALESCE(a.target, e.learner_id) NOT IN (SELECT learner_id FROM erased_learners)""")


@migrations(name="0007_volunteers")
def m0007(db: Database) -> None:
    """Volunteer and coordinator accounts of this PC, and the guard against PIN guessing.

    Local only (never in a sync file): a PIN belongs to one computer. The guard is a
    single row so that wrong PINs count, and the lock lasts, across restarts.
    """
    db.execute("""
        CREATE TABLE volunteers (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL CHECK (role IN ('volunteer', 'coordinator')),
            pin_hash TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TABLE pin_guard (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until REAL NOT NULL DEFAULT 0
        )""")


@migrations(name="0008_session_and_certificate_indexes")
def m0008(db: Database) -> None:
    """Find teaching sessions and certificates without reading the whole log.

    Partial indexes hold only those rare events, so they cost nothing when the million
    progress events of an import go in; `WHERE kind = 'session.logged'` (or the kind
    as a bound parameter) reads the index instead of the log. Corrections and withdrawals
    of sessions are read with exactly `WHERE kind IN ('session.corrected',
    'session.withdrawn')`, the third index's term (SQLite needs the same term to use it).
    """
    db.execute("CREATE INDEX events_sessions ON events (lamport) WHERE kind = 'session.logged'")
    db.execute("CREATE INDEX events_certificates ON events (learner_id) WHERE kind = 'certificate.issued'")
    db.execute("CREATE INDEX events_session_changes ON events (lamport) "
               "WHERE kind IN ('session.corrected', 'session.withdrawn')")


@migrations(name="0009_volunteer_settings")
def m0009(db: Database) -> None:
    """A volunteer's own text size, contrast and language for the volunteer tools.

    Local, like the accounts: volunteers on a ward PC are often older people themselves.
    """
    db.execute("""
        CREATE TABLE volunteer_settings (
            volunteer_id TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (volunteer_id, key)
        ) WITHOUT ROWID""")


@migrations(name="0010_chain_proofs_and_trust_list")
def m0010(db: Database) -> None:
    """Sync format 2: proofs of each PC's event chain, events held apart, a trust list.

    `known_devices.learned_from` says how a key came to be trusted: "self" (a file that PC
    signed itself), "trust-list" (the signed list of a coordinator this PC trusts) or
    "claimed" (named in another PC's file under format 1: a hint, never trusted). Keys
    pinned before this version count as "self" only where that PC's own file was imported.
    A retired PC (lost, stolen, replaced) keeps its events up to `retired_after_seq`.
    """
    db.execute("ALTER TABLE known_devices ADD COLUMN learned_from TEXT NOT NULL DEFAULT 'claimed'")
    db.execute("ALTER TABLE known_devices ADD COLUMN retired_after_seq INTEGER")
    db.execute("ALTER TABLE known_devices ADD COLUMN retired_on TEXT")
    db.execute("""UPDATE known_devices SET learned_from = 'self'
                  WHERE device_id IN (SELECT device_id FROM imported_files)""")
    # The best (highest) proof this PC holds for each origin's chain: passed on when relaying.
    db.execute("""
        CREATE TABLE chain_proofs (
            origin TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            head TEXT NOT NULL,
            signature TEXT NOT NULL
        ) WITHOUT ROWID""")
    # Events kept but not counted: relayed by another PC without a proof this PC can check
    # (reason "unconfirmed", until the origin's own file or proof confirms them), or made
    # by a retired PC after its retirement ("retired").
    db.execute("""
        CREATE TABLE held_events (
            origin_device_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            lamport INTEGER NOT NULL,
            kind TEXT NOT NULL,
            learner_id TEXT,
            wall_time TEXT NOT NULL,
            payload TEXT NOT NULL,
            source_file INTEGER,
            reason TEXT NOT NULL,
            PRIMARY KEY (origin_device_id, seq)
        ) WITHOUT ROWID""")
    # Coordinators this PC trusts, by the fingerprint a volunteer typed (the key itself is
    # learnt from the first list that coordinator signed), and the newest version of each
    # one's list applied here.
    db.execute("""
        CREATE TABLE trusted_coordinators (
            fingerprint TEXT PRIMARY KEY,
            public_key TEXT,
            device_id TEXT,
            name TEXT NOT NULL DEFAULT '',
            list_version INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        ) WITHOUT ROWID""")
    # A device's earlier keys, each with the statement (signed by it) naming the key after
    # it: a rotated key still checks what it signed, and leads to the current key.
    db.execute("""
        CREATE TABLE device_keys (
            device_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            next_key TEXT NOT NULL,
            signature TEXT NOT NULL,
            PRIMARY KEY (device_id, public_key)
        ) WITHOUT ROWID""")


@migrations(name="0011_computer_labels_and_import_list")
def m0011(db: Database) -> None:
    """The coordinator's own name for a computer, forgetting one, and what each imported file did.

    `known_devices.label` is a local name (the computer's own signed name stays in `name`);
    `forgotten_on` / `forgotten_after_seq` take a computer off the list here only: its key
    stays pinned (so nobody can take its place), its events so far stay, later ones are held
    apart. `imported_files` gains the sending computer's name as the file gave it and the
    events the file brought that were kept apart, so the list of imported files says what
    each one did. Files imported before this version get the name the computer has now.
    """
    db.execute("ALTER TABLE known_devices ADD COLUMN label TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE known_devices ADD COLUMN forgotten_on TEXT")
    db.execute("ALTER TABLE known_devices ADD COLUMN forgotten_after_seq INTEGER")
    db.execute("ALTER TABLE imported_files ADD COLUMN device_name TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE imported_files ADD COLUMN events_held INTEGER NOT NULL DEFAULT 0")
    db.execute("""UPDATE imported_files SET device_name = COALESCE(
                      (SELECT name FROM known_devices k WHERE k.device_id = imported_files.device_id), '')""")
    db.execute("""UPDATE imported_files SET events_held =
                      (SELECT COUNT(*) FROM held_events h WHERE h.source_file = imported_files.id)""")


@migrations(name="0012_fold_undone_joins")
def m0012(db: Database) -> None:
    """Undoing a join (`learner.unmerged`, core/store/joins.py) is folded from this version
    on. An older version kept such events from sync files unfolded, so its tables still
    show the records joined: mark the fold pending, and the next start folds again (the
    mark a crash between an import and its fold leaves)."""
    if db.execute("SELECT 1 FROM events WHERE kind = 'learner.unmerged' LIMIT 1").fetchone() is not None:
        db.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES ('fold_pending', '1')")


@migrations(name="0013_undo_index")
def m0013(db: Database) -> None:
    """Whether the log holds any undo of a join is asked at every import that brings a
    join or an erase (core/store/joins.py, `any_undo`): a partial index of those rare
    events answers it without reading the whole log (seconds on a coordinator's large
    store). SQLite uses it only for a query whose WHERE says this term as written."""
    db.execute("CREATE INDEX events_undos ON events (learner_id) WHERE kind = 'learner.unmerged'")


KNOWN = [m.name for m in migrations._migrations]
