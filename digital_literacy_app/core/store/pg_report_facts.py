"""The city store's report facts (docs/city-scale.md, *How a report is counted*): the SQL of
the migrations that made and changed them (pg_migrations.py lists them in order), kept
apart from the rest of the schema. Never edit one that has shipped: add the next.
"""

_T = 'TEXT COLLATE "C"'  # as pg_migrations.py: compared and sorted byte by byte

# The report's facts (docs/city-scale.md), so that a report reads small tables instead of
# the activity, the progress and every learner. Distinct learners do not add up across
# cells (one active in two months counts once in a total), so the facts are sets, one
# row per fact of `metric` with the cell it counts in:
#   active    a learner × month × area of a lesson they worked on (learner_activity);
#   learners  a learner × area of a lesson they started, month of registration (one row
#             of area "" and lesson_id "none" while they have started none);
#   completed a learner × lesson completed (lesson_id), month of completion.
# Each row carries the learner's ward and group (merged duplicates and erased learners left
# out) and the area as the coordinator's lessons give it (report_lesson_areas, "unknown"
# for a lesson it does not have). Beside the sets, their sizes per cell
# (report_fact_counts): a learner has one ward, one group and one month of registration,
# so a report split by at least month and area (active) or area (learners), or any
# split of completions, adds those sizes up exactly without reading the sets.
# Statement triggers with transition tables keep all of it in step with the folded tables
# in the same transaction, whichever path writes them (the bulk replay's COPY, a partial
# refold, one event folded at a time, a join, an erase); `dla_report_facts_rebuild()` makes
# them again (this migration, and a change of the lessons' areas).
_ACTIVE_PART = """
    SELECT 'active', l.ward, l.learner_group, a.month, COALESCE(k.area, 'unknown'), l.id, ''
    FROM {people} JOIN learner_activity a ON a.learner_id = l.id
    LEFT JOIN report_lesson_areas k ON k.lesson_id = a.lesson_id
    WHERE l.merged_into IS NULL
"""
_LEARNERS_PART = """
    SELECT 'learners', l.ward, l.learner_group, substr(l.created_at, 1, 7),
           CASE WHEN p.learner_id IS NULL THEN '' ELSE COALESCE(k.area, 'unknown') END, l.id,
           CASE WHEN p.learner_id IS NULL THEN 'none' ELSE '' END
    FROM {people} LEFT JOIN lesson_progress p ON p.learner_id = l.id
    LEFT JOIN report_lesson_areas k ON k.lesson_id = p.lesson_id
    WHERE l.merged_into IS NULL
"""
_COMPLETED_PART = """
    SELECT 'completed', l.ward, l.learner_group, substr(p.completed_at, 1, 7), COALESCE(k.area, 'unknown'),
           l.id, p.lesson_id
    FROM {people} JOIN lesson_progress p ON p.learner_id = l.id
    LEFT JOIN report_lesson_areas k ON k.lesson_id = p.lesson_id
    WHERE l.merged_into IS NULL AND p.completed_at IS NOT NULL AND p.completed_at != ''
"""
_FACTS_OF = _ACTIVE_PART + "    UNION" + _LEARNERS_PART + "    UNION ALL" + _COMPLETED_PART
EVERYONE = "learners l"
# Some learners, given as an array: joined through their keys, so that the plan is index
# lookups whatever the planner's statistics say in the middle of a large import (a filter
# `= ANY(array)` on each row was quadratic there: 9 s for 12,000 learners).
SOME = "unnest(ids) AS i(id) JOIN learners l ON l.id = i.id"
M0004 = f"""
CREATE TABLE report_lesson_areas (lesson_id {_T} PRIMARY KEY, area {_T} NOT NULL);
CREATE TABLE report_facts (
    metric {_T} NOT NULL, ward {_T} NOT NULL, learner_group {_T} NOT NULL, month {_T} NOT NULL,
    area {_T} NOT NULL, learner_id {_T} NOT NULL, lesson_id {_T} NOT NULL,
    PRIMARY KEY (learner_id, metric, month, area, lesson_id));  -- a learner has one ward and group
CREATE TABLE report_fact_counts (
    metric {_T} NOT NULL, ward {_T} NOT NULL, learner_group {_T} NOT NULL, month {_T} NOT NULL,
    area {_T} NOT NULL, facts BIGINT NOT NULL, PRIMARY KEY (metric, ward, learner_group, month, area));

CREATE FUNCTION dla_report_facts_of(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM report_facts r USING unnest(ids) AS i(id) WHERE r.learner_id = i.id;
    INSERT INTO report_facts {_FACTS_OF.format(people=SOME)};
$$;

CREATE FUNCTION dla_report_facts_rebuild() RETURNS void LANGUAGE sql AS $$
    TRUNCATE report_facts, report_fact_counts;
    INSERT INTO report_facts {_FACTS_OF.format(people=EVERYONE)};
$$;

-- Activity added in bulk (the replay's COPY) is added to the sets as it comes; anything
-- else makes the facts of the learners concerned again.
CREATE FUNCTION dla_activity_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_facts
        SELECT DISTINCT 'active', l.ward, l.learner_group, n.month, COALESCE(k.area, 'unknown'), n.learner_id, ''
        FROM added n JOIN learners l ON l.id = n.learner_id
        LEFT JOIN report_lesson_areas k ON k.lesson_id = n.lesson_id
        WHERE l.merged_into IS NULL
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER report_activity_added AFTER INSERT ON learner_activity
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dla_activity_added();

CREATE FUNCTION dla_progress_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dla_report_facts_of(ARRAY(SELECT DISTINCT learner_id FROM added));
    RETURN NULL;
END $$;
CREATE TRIGGER report_progress_added AFTER INSERT ON lesson_progress
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dla_progress_added();

CREATE FUNCTION dla_learners_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dla_report_facts_of(ARRAY(SELECT id FROM added));
    RETURN NULL;
END $$;
CREATE TRIGGER report_learners_added AFTER INSERT ON learners
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dla_learners_added();

CREATE FUNCTION dla_rows_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM learners) THEN
        TRUNCATE report_facts, report_fact_counts;  -- a full refold starts again
    ELSIF TG_TABLE_NAME = 'learners' THEN
        PERFORM dla_report_facts_of(ARRAY(SELECT id FROM removed));
    ELSE
        PERFORM dla_report_facts_of(ARRAY(SELECT DISTINCT learner_id FROM removed));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_learners_removed AFTER DELETE ON learners
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION dla_rows_removed();
CREATE TRIGGER report_activity_removed AFTER DELETE ON learner_activity
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION dla_rows_removed();
CREATE TRIGGER report_progress_removed AFTER DELETE ON lesson_progress
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION dla_rows_removed();

CREATE FUNCTION dla_learners_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids TEXT[];
BEGIN
    ids := ARRAY(SELECT n.id FROM after_change n JOIN before_change o ON o.id = n.id
                 WHERE (n.ward, n.learner_group, n.merged_into, n.created_at)
                       IS DISTINCT FROM (o.ward, o.learner_group, o.merged_into, o.created_at));
    IF cardinality(ids) > 0 THEN
        PERFORM dla_report_facts_of(ids);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_learners_changed AFTER UPDATE ON learners
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION dla_learners_changed();

CREATE FUNCTION dla_progress_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids TEXT[];
BEGIN
    ids := ARRAY(SELECT DISTINCT n.learner_id FROM after_change n
                 LEFT JOIN before_change o ON o.learner_id = n.learner_id AND o.lesson_id = n.lesson_id
                 WHERE o.learner_id IS NULL OR n.completed_at IS DISTINCT FROM o.completed_at
                 UNION SELECT o.learner_id FROM before_change o
                 LEFT JOIN after_change n ON o.learner_id = n.learner_id AND o.lesson_id = n.lesson_id
                 WHERE n.learner_id IS NULL);
    IF cardinality(ids) > 0 THEN
        PERFORM dla_report_facts_of(ids);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER report_progress_changed AFTER UPDATE ON lesson_progress
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION dla_progress_changed();

-- The sets' sizes per cell follow the sets.
CREATE FUNCTION dla_facts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_fact_counts AS c
        SELECT metric, ward, learner_group, month, area, COUNT(*) FROM added GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (metric, ward, learner_group, month, area) DO UPDATE SET facts = c.facts + EXCLUDED.facts;
    RETURN NULL;
END $$;
CREATE TRIGGER report_facts_added AFTER INSERT ON report_facts
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dla_facts_added();

CREATE FUNCTION dla_facts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE report_fact_counts c SET facts = c.facts - o.facts
        FROM (SELECT metric, ward, learner_group, month, area, COUNT(*) AS facts FROM removed
              GROUP BY 1, 2, 3, 4, 5) o
        WHERE (c.metric, c.ward, c.learner_group, c.month, c.area)
              = (o.metric, o.ward, o.learner_group, o.month, o.area);
    DELETE FROM report_fact_counts WHERE facts <= 0;
    RETURN NULL;
END $$;
CREATE TRIGGER report_facts_removed AFTER DELETE ON report_facts
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION dla_facts_removed();

SELECT dla_report_facts_rebuild();
"""

# Per-learner facts, so that the totals and the figures of a report not split by month are
# sums of sizes (cells, never learners):
#   registered   a learner, month of registration (area ""): learners not split by area;
#   active_area  a learner × area of a lesson they worked on (month ""): active learners by
#                area, not month;
#   active_any   a learner with any activity (month and area ""): by neither, and the totals.
# A row per learner and month (active learners by month, not area) would double the largest
# set; such splits, and a month filter on a figure not split by month, count distinct
# learners in the sets.
_LEARNER_FACTS_OF = """
    SELECT 'registered', l.ward, l.learner_group, substr(l.created_at, 1, 7), '', l.id, ''
    FROM {people} WHERE l.merged_into IS NULL
    UNION ALL
    SELECT DISTINCT f.metric, l.ward, l.learner_group, '',
           CASE WHEN f.metric = 'active_area' THEN COALESCE(k.area, 'unknown') ELSE '' END, l.id, ''
    FROM {people} JOIN learner_activity a ON a.learner_id = l.id
    LEFT JOIN report_lesson_areas k ON k.lesson_id = a.lesson_id
    CROSS JOIN (VALUES ('active_area'), ('active_any')) AS f(metric)
    WHERE l.merged_into IS NULL
"""
FACTS_OF_0005 = _FACTS_OF + "    UNION ALL" + _LEARNER_FACTS_OF
_REGISTERED_PART = _LEARNER_FACTS_OF.split("    UNION ALL")[0]
def _facts_functions(facts: str, settings: str = "") -> str:
    """The functions that make a learner's facts and everyone's, from the facts `facts`
    gives (a template of {people}); `settings`: the planner's, for some learners' (M0011)."""
    return f"""
CREATE OR REPLACE FUNCTION dla_report_facts_of(ids TEXT[]) RETURNS void LANGUAGE sql{settings} AS $$
    DELETE FROM report_facts r USING unnest(ids) AS i(id) WHERE r.learner_id = i.id;
    INSERT INTO report_facts {facts.format(people=SOME)};
$$;

CREATE OR REPLACE FUNCTION dla_report_facts_rebuild() RETURNS void LANGUAGE sql AS $$
    TRUNCATE report_facts, report_fact_counts;
    INSERT INTO report_facts {facts.format(people=EVERYONE)};
$$;
"""


def _activity_added(then: str = "") -> str:
    """The trigger function for activity added one statement at a time: its facts added
    to the sets, then `then` (more statements)."""
    return f"""
CREATE OR REPLACE FUNCTION dla_activity_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    WITH a AS (SELECT DISTINCT l.ward, l.learner_group, n.month, COALESCE(k.area, 'unknown') AS area, n.learner_id
               FROM added n JOIN learners l ON l.id = n.learner_id
               LEFT JOIN report_lesson_areas k ON k.lesson_id = n.lesson_id
               WHERE l.merged_into IS NULL)
    INSERT INTO report_facts
        SELECT 'active', ward, learner_group, month, area, learner_id, '' FROM a
        UNION ALL SELECT DISTINCT 'active_area', ward, learner_group, '', area, learner_id, '' FROM a
        UNION ALL SELECT DISTINCT 'active_any', ward, learner_group, '', '', learner_id, '' FROM a
        ON CONFLICT DO NOTHING;{then}
    RETURN NULL;
END $$;
"""


M0005 = (_facts_functions(FACTS_OF_0005) + _activity_added()
         + f"\nINSERT INTO report_facts {_LEARNER_FACTS_OF.format(people=EVERYONE)};\n")

# A bulk refold (core/store/replay.py) writes the folded tables of many learners at once,
# in several statements: the triggers above would make those learners' facts again after
# each (their learners, then their progress, then their activity). While the setting
# REPORT_FACTS_LATER is on, in the refold's own transaction, the triggers wait, and the
# refold makes the facts once at the end (PgConnection.report_facts_after).
REPORT_FACTS_LATER = "dla.report_facts"
_FOLDED_TABLE_TRIGGERS = [  # (trigger, event, table, transition tables, function)
    ("report_learners_added", "INSERT", "learners", "NEW TABLE AS added", "dla_learners_added"),
    ("report_progress_added", "INSERT", "lesson_progress", "NEW TABLE AS added", "dla_progress_added"),
    ("report_activity_added", "INSERT", "learner_activity", "NEW TABLE AS added", "dla_activity_added"),
    ("report_learners_removed", "DELETE", "learners", "OLD TABLE AS removed", "dla_rows_removed"),
    ("report_progress_removed", "DELETE", "lesson_progress", "OLD TABLE AS removed", "dla_rows_removed"),
    ("report_activity_removed", "DELETE", "learner_activity", "OLD TABLE AS removed", "dla_rows_removed"),
    ("report_learners_changed", "UPDATE", "learners", "OLD TABLE AS before_change NEW TABLE AS after_change",
     "dla_learners_changed"),
    ("report_progress_changed", "UPDATE", "lesson_progress",
     "OLD TABLE AS before_change NEW TABLE AS after_change", "dla_progress_changed"),
]
M0006 = "".join(
    f"DROP TRIGGER {name} ON {table};\n"
    f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {transition} FOR EACH STATEMENT\n"
    f"    WHEN (current_setting('{REPORT_FACTS_LATER}', true) IS DISTINCT FROM 'later')"
    f" EXECUTE FUNCTION {function}();\n"
    for name, event, table, transition, function in _FOLDED_TABLE_TRIGGERS)


# Active learners by month but not area (the month chart beside every report; by month and
# group or ward) as sums of sizes too. A learner active in n areas in a month is in n
# `active` rows of that month, one per area: the sum over areas counts them n times. So
# each learner-month also keeps its overcount, n - 1 rows:
#   active_extra  a learner × month × each area of that month but the first (area "",
#                 the area in lesson_id): active learners by month = the sizes of `active`
#                 less those of `active_extra`, added up over the areas.
# Most learner-months have one area and no such row, so the set stays small.
_ACTIVE_EXTRA = """
    SELECT 'active_extra', ward, learner_group, month, '', learner_id, area FROM (
        SELECT ward, learner_group, month, learner_id, area,
               row_number() OVER (PARTITION BY learner_id, month ORDER BY area) AS place
        FROM ({active}) AS active) AS ranked
    WHERE place > 1
"""
_ACTIVE_OF = """SELECT DISTINCT l.ward, l.learner_group, a.month, COALESCE(k.area, 'unknown') AS area,
                       l.id AS learner_id
                FROM {people} JOIN learner_activity a ON a.learner_id = l.id
                LEFT JOIN report_lesson_areas k ON k.lesson_id = a.lesson_id
                WHERE l.merged_into IS NULL"""
# Every fact, as of this version: each learner's distinct activity (learner × month × area)
# found once and used for `active`, `active_extra`, `active_area` and `active_any`. A file
# folded ahead makes the same rows in Python (core/sync/prefold.report_facts): a later
# migration that changes the facts changes pg_migrations.FACTS_AS_OF and that twin with it
# (tests/core/test_postgres_fold_ahead.py compares the two).
FACTS_OF = ("\n    WITH active AS MATERIALIZED (" + _ACTIVE_OF + ")\n"
            "    SELECT 'active', ward, learner_group, month, area, learner_id, '' FROM active\n"
            "    UNION ALL" + _ACTIVE_EXTRA.format(active="SELECT * FROM active")
            + "    UNION ALL" + _LEARNERS_PART.replace("SELECT 'learners'", "SELECT DISTINCT 'learners'", 1)
            + "    UNION ALL" + _COMPLETED_PART + "    UNION ALL" + _REGISTERED_PART + """    UNION ALL
    SELECT DISTINCT 'active_area', ward, learner_group, '', area, learner_id, '' FROM active
    UNION ALL
    SELECT DISTINCT 'active_any', ward, learner_group, '', '', learner_id, '' FROM active
""")
# The learner-months of activity just added, from the `active` sets (one row per area).
_ACTIVE_OF_ADDED = """SELECT f.ward, f.learner_group, f.month, f.area, f.learner_id FROM report_facts f
                      JOIN (SELECT DISTINCT learner_id, month FROM added) t
                        ON f.learner_id = t.learner_id AND f.metric = 'active' AND f.month = t.month"""
M0008 = (_facts_functions(FACTS_OF) + _activity_added(f"""
    DELETE FROM report_facts r USING (SELECT DISTINCT learner_id, month FROM added) t
        WHERE r.learner_id = t.learner_id AND r.metric = 'active_extra' AND r.month = t.month;
    INSERT INTO report_facts {_ACTIVE_EXTRA.format(active=_ACTIVE_OF_ADDED)};""")
         + f"""
INSERT INTO report_facts {_ACTIVE_EXTRA.format(active="SELECT ward, learner_group, month, area, learner_id "
                                                      "FROM report_facts WHERE metric = 'active'")};
""")

# The same facts, inserted in the order of their key (learner, metric, month, area, lesson):
# a batch's 15,500 learners, 93,000 facts, then go into the key's pages in one pass instead
# of at random (on a store of 10 million events: 0.93 against 1.14 s, three runs each).
# ORDER BY names the key's columns by their place in FACTS_OF's rows.
M0010 = _facts_functions(f"SELECT * FROM ({FACTS_OF}) AS facts ORDER BY 6, 1, 4, 5, 7")

# Some learners' facts are found through the learners' keys, never by reading a whole table.
# Whether the planner did depended on its statistics: on a store whose statistics had
# drifted it guessed that a batch's 15,500 new learners already had 93,000 facts, read all
# the facts into a hash to delete none of them, and merged the learners' whole key with
# the ids three times over, times that grow with the store (at 4 million events 0.97-1.02
# s per 50-file batch, 0.64-0.74 s by key). Now the time follows the learners touched. A
# whole rebuild (dla_report_facts_rebuild) keeps the planner's choice. A later CREATE OR
# REPLACE of the function must say these settings again.
SOME_BY_KEY = " SET enable_hashjoin = off SET enable_mergejoin = off"
M0011 = _facts_functions(f"SELECT * FROM ({FACTS_OF}) AS facts ORDER BY 6, 1, 4, 5, 7", SOME_BY_KEY)
