"""A PC's own file folded while it is checked, before the import's turn at a city store.

Most of what a city store takes in bulk is PCs' first files: learners the store has never
seen, all of each one's events in that one file. The worker process that checks such a
file (checking.py) also folds its learners, as the refold would (core/store/replay.py,
the same code, the events in the same order), and writes their folded rows as COPY text
beside the checked events. The refold at the end of the import then writes those rows as
they are, instead of reading the learners' events back from the log and replaying them in
the store's turn, where the other districts wait.

On a store whose report facts are this version's (pg_migrations.FACTS_AS_OF), the
worker makes their report facts too (report_facts, the rows of pg_report_facts.FACTS_OF),
which the refold copies in instead of making them in the store.

The worker gives the fold up for a file whose events it cannot fold alone: events of
several origins, clocks out of order, a join, an undo, an erase, a kind folded elsewhere
(a certificate), a payload the replay cannot take, or more learners than LIMIT (memory
stays bounded); the file itself is checked as ever. The turn uses the rows of a file only
where it can prove them right (importer.py, new_to_store, Touched): every event of the
file new and none held apart, none of its learners known to the store before it (no event,
no join into them, no erase), and no other file of the import touching them; otherwise its
learners are refolded from the log as before.
"""

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from digital_literacy_app.core.store import replay

LIMIT = 20_000  # learners in one file folded ahead; past that the file is folded in the turn


@dataclass(frozen=True)
class Prefolded:
    """A file's learners folded ahead: the work file of their rows, and where each table's
    COPY text lies in it as (offset, size)."""

    path: Path
    parts: tuple[tuple[str, int, int], ...]

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


class FoldAhead:
    """Takes a file's checked rows as they come (origin, seq, lamport, kind, learner, time,
    payload) and folds them, until something it cannot fold alone turns up."""

    def __init__(self, handled: frozenset[str]):
        self.state = replay.new_state()
        self.elsewhere = handled - replay.KNOWN_KINDS  # folded one by one in SQL (fold.py)
        self.origin, self.lamport, self.learners, self.usable = None, 0, set(), True

    def add(self, rows) -> None:
        if not self.usable:
            return
        for row in rows:
            origin, _, lamport, kind, learner_id = row[:5]
            if self.origin is None:
                self.origin = origin
            if (origin != self.origin or type(lamport) is not int or lamport <= self.lamport
                    or kind in replay.JOIN_KINDS or kind in self.elsewhere):
                self.give_up()
                return
            self.lamport = lamport
            if learner_id is not None:
                self.learners.add(learner_id)
                if kind in replay.KNOWN_KINDS and not self._applied(row):
                    return
        if len(self.learners) > LIMIT:
            self.give_up()

    def _applied(self, row) -> bool:
        """Fold one row; a payload the replay cannot take gives the fold up, never the file:
        whether a file is refused must not depend on whether it was folded ahead."""
        try:
            replay.apply_row(self.state, row)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError):
            self.give_up()
            return False
        return True

    def give_up(self) -> None:
        self.usable, self.state, self.learners = False, None, set()

    def write(self, path: Path, copy_text, areas=None) -> Prefolded | None:
        """The folded rows into `path` as COPY text (`copy_text(rows)`), and their report
        facts if the lessons' `areas` are given (a city store); None if the fold was given
        up or holds no learner, or a value is not one COPY text takes as the bulk path
        would (then the turn folds the file)."""
        if not self.usable or not self.learners:
            return None
        parts, offset = [], 0
        try:
            tables = list(replay.folded_rows(self.state))
            if areas is not None:
                tables.append(("report_facts", report_facts(self.state, dict(areas))))
            with open(path, "wb") as out:
                for table, rows in tables:
                    if table not in replay.AHEAD_TABLES:
                        continue
                    text = copy_text(_strict(rows))
                    out.write(text)
                    parts.append((table, offset, len(text)))
                    offset += len(text)
        except (TypeError, AttributeError, ValueError):
            path.unlink(missing_ok=True)
            return None
        except BaseException:  # the data folder's disk (full?): the import ends, nothing left behind
            path.unlink(missing_ok=True)
            raise
        finally:
            self.give_up()  # the state is written or useless: freed now, not with the item
        return Prefolded(path, tuple(parts))


def report_facts(state, areas: dict[str, str]):
    """The city store's report facts of the learners folded in `state` (no joins there),
    in the key's order: the rows pg_report_facts.FACTS_OF makes from their folded tables,
    with `areas` the lessons' areas as report_lesson_areas holds them for this import.
    Tests compare the two on every kind of fact (tests/core/test_postgres_fold_ahead.py)."""
    facts = []
    for learner_id in sorted(state.learners):
        _, _, _, _, group, ward, created, _, _, merged_into = state.learners[learner_id]
        if merged_into is not None:
            continue
        cell = (ward, group)
        active = sorted({(month, areas.get(lesson, "unknown")) for month, lesson in state.activity.get(learner_id, ())})
        lessons = state.progress.get(learner_id, {})
        mine = [("registered", *cell, created[:7], "", learner_id, "")]
        mine += [("active", *cell, month, area, learner_id, "") for month, area in active]
        mine += [("active_extra", *cell, month, "", learner_id, area)
                 for (month, area), before in zip(active[1:], active) if before[0] == month]
        mine += [("active_area", *cell, "", area, learner_id, "") for area in sorted({area for _, area in active})]
        mine += [("active_any", *cell, "", "", learner_id, "")] if active else []
        mine += [("learners", *cell, created[:7], area, learner_id, "")
                 for area in sorted({areas.get(lesson, "unknown") for lesson in lessons})] or [
                ("learners", *cell, created[:7], "", learner_id, "none")]
        mine += [("completed", *cell, row[replay.COMPLETED][:7], areas.get(lesson, "unknown"), learner_id, lesson)
                 for lesson, row in lessons.items() if row[replay.COMPLETED]]
        facts += sorted(mine, key=lambda fact: (fact[0], fact[3], fact[4], fact[6]))
    return facts


def _strict(rows):
    """Each row as it is, if every value is a text, a whole number or nothing: what the
    replay's rows hold for a file within payloads.py's schema."""
    for row in rows:
        for value in row:
            if value is not None and type(value) is not str and type(value) is not int:
                raise TypeError(type(value).__name__)
        yield row


def fold_file(rows: Path) -> Path:
    """The work file of a file's folded rows, beside its checked events' `rows`, named as
    work files are (the start's clear-up knows it: exporter.clear_work_files)."""
    return rows.with_name("fold-" + rows.name)


def new_to_store(conn, item, learners: set[str], staged: bool = True) -> bool:
    """Whether a file folded ahead (above) holds only events new here, none held apart
    (a PC's later file holds its earlier events too), of learners the store does not know.
    `staged` False: a new PC's file merged without temp.incoming, whose events are all
    new and none apart by first_file.applies."""
    if item.prefold is None or not learners:
        return False
    if staged and conn.execute("SELECT 1 FROM temp.incoming WHERE held > 0 OR stored > 0 LIMIT 1").fetchone():
        return False
    return conn.learners_new(sorted(learners))


class Touched(set):
    """The learners an import's files touched, for the refold at its end; how many of its
    files touched each; and the files whose learners were folded while they were checked
    (FoldAhead), the learners each brought, all new to the store when it merged."""

    def __init__(self):
        super().__init__()
        self.files, self.ahead = Counter(), []

    def add_file(self, learners) -> None:
        self.update(learners)
        self.files.update(learners)

    def fold_ahead(self, item, learners: set[str]) -> None:
        """Keep the file's folded rows for the refold (the import deletes them at its end)."""
        self.ahead.append((item.prefold, frozenset(learners)))
        item.prefold = None

    def folded_ahead(self) -> tuple[list[str], list]:
        """(learners, files) folded ahead whose learners no other file of the import touched
        (nor an erase it confirmed): their rows are the fold's."""
        usable = [(rows, learners) for rows, learners in self.ahead if all(self.files[i] == 1 for i in learners)]
        return sorted(set().union(*(learners for _, learners in usable))), [rows for rows, _ in usable]

    def forget_ahead(self) -> None:
        """Delete the files' folded rows (at the end of the import, whatever happened)."""
        for rows, _ in self.ahead:
            rows.discard()
        self.ahead = []
