"""The core's SQL, written for SQLite, said the way PostgreSQL understands it.

The rules (what an import checks, how events fold, which facts a report counts) are
written once, as Python and SQL over `trainer.db.conn`. On a city store the connection is
PostgreSQL's (core/store/postgres.py), and each statement passes through `translate`
first, once per distinct text (cached). Only the few SQLite forms the core uses are
rewritten; a new form that PostgreSQL refuses fails the tests that run every command on
both engines (tests/core/test_postgres_*.py), it never changes a result silently:

    ?  ?1                      %s, with the parameters reordered
    INSERT OR IGNORE           INSERT ... ON CONFLICT DO NOTHING
    INSERT OR REPLACE          INSERT ... ON CONFLICT (primary key) DO UPDATE
    MAX(a, b) / MIN(a, b)      GREATEST / LEAST
    x IS NOT y                 x IS DISTINCT FROM y
    json_extract(p, '$.k')     (p::jsonb ->> 'k')
    json_remove(dla_redact(p), '$.personal')   p::jsonb less the personal fields
    temp.t, WITHOUT ROWID      pg_temp.t, (nothing)
    TEXT, INTEGER in a CREATE  TEXT COLLATE "C" (SQLite's byte order), BIGINT
    GROUP BY ''                GROUP BY ''::text (PostgreSQL refuses a bare constant)
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from digital_literacy_app.core.sync.chain import PERSONAL, PERSONAL_FIELDS

# The primary key of every table an INSERT OR REPLACE writes.
PRIMARY_KEYS = {"sync_state": ("key",), "device_settings": ("key",), "device_keys": ("device_id", "public_key"),
                "learner_aliases": ("alias",), "learner_settings": ("learner_id", "key"),
                "volunteer_settings": ("volunteer_id", "key"), "known_devices": ("device_id",)}
# Tables whose INSERT hands back the new row's number (cursor.lastrowid in SQLite).
SERIAL_TABLES = {"imported_files"}

_REDACT_UPDATE = re.compile(r"^\s*UPDATE\s+(\w+)\s+SET\s+payload\s*=\s*dla_redact\(payload\)\s+WHERE\s+(.*)$",
                            re.S | re.I)


@dataclass(frozen=True)
class Statement:
    """A translated statement: its text, which given parameter goes to each %s, and how
    the adapter must run it."""

    sql: str
    order: tuple[int, ...] | None  # None: the parameters in the order given
    returns_id: bool = False
    ignore_unique: bool = False  # UPDATE OR IGNORE: a row that would clash is left as it was
    redact_table: str = ""  # UPDATE t SET payload = dla_redact(payload) WHERE ...: done in Python
    empty: bool = False  # a question about SQLite itself (sqlite_master): no rows here
    copy: str = ""  # a plain INSERT ... VALUES of one row: the COPY that loads many rows at once


@lru_cache(maxsize=2048)
def translate(sql: str) -> Statement:
    redact = _REDACT_UPDATE.match(sql)
    if redact:
        inner = translate(f"SELECT origin_device_id, seq, payload FROM {redact[1]} WHERE {redact[2]}")
        return Statement(inner.sql, inner.order, redact_table=redact[1])
    if "sqlite_master" in sql or sql.lstrip().upper().startswith("PRAGMA"):
        return Statement("SELECT 1 WHERE false", None, empty=True)
    text = sql.replace("%", "%%")
    text = re.sub(r"\bWITHOUT\s+ROWID\b", "", text, flags=re.I)
    text = re.sub(r"\btemp\.(\w)", r"pg_temp.\1", text)
    if re.match(r"\s*CREATE\s", text, re.I):
        text = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', text)
        text = re.sub(r"\bINTEGER\b", "BIGINT", text)
    text = re.sub(r"\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", "IS DISTINCT FROM ", text, flags=re.I)
    text = _functions(text)
    ignore_unique = bool(re.match(r"\s*UPDATE\s+OR\s+IGNORE\s", text, re.I))
    if ignore_unique:
        text = re.sub(r"UPDATE\s+OR\s+IGNORE\s", "UPDATE ", text, count=1, flags=re.I)
    text = _insert_or(text)
    text = _qualify_upsert(text)
    text = _group_by_constants(text)
    returns_id = False
    match = re.match(r"\s*INSERT\s+INTO\s+(\w+)", text, re.I)
    if match and match[1] in SERIAL_TABLES:
        text, returns_id = text.rstrip().rstrip(";") + " RETURNING id", True
    copy = _copy_form(text)
    text, order = _placeholders(text)
    return Statement(text, order, returns_id, ignore_unique, copy=copy if order is None else "")


def _copy_form(text: str) -> str:
    """`INSERT INTO t [(columns)] VALUES (?, ...)` and nothing else: `COPY t [(columns)] FROM STDIN`."""
    match = re.fullmatch(r"\s*INSERT\s+INTO\s+([\w.]+)\s*(\([^)]*\))?\s*VALUES\s*\(\s*\?(\s*,\s*\?)*\s*\)\s*;?\s*",
                         text, re.I | re.S)
    if not match:
        return ""
    columns = " ".join(match[2].split()) if match[2] else ""
    return f"COPY {match[1]} {columns} FROM STDIN".replace("  ", " ")


def _insert_or(text: str) -> str:
    match = re.match(r"(\s*)INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\s+(\w+)(\s*\(([^)]*)\))?", text, re.I)
    if not match:
        return text
    table = match[3]
    text = text[:match.start()] + f"{match[1]}INSERT INTO {table}{match[4] or ''}" + text[match.end():]
    text = text.rstrip().rstrip(";")
    if match[2].upper() == "IGNORE":
        return text + " ON CONFLICT DO NOTHING"
    keys = PRIMARY_KEYS[table]
    columns = [c.strip() for c in (match[5] or "").split(",") if c.strip()]
    others = [c for c in columns if c not in keys]
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in others)
    action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    return text + f" ON CONFLICT ({', '.join(keys)}) {action}"


def _qualify_upsert(text: str) -> str:
    """In `ON CONFLICT ... DO UPDATE SET c = f(c, excluded.c)`, PostgreSQL needs the stored
    row's columns named with their table (SQLite takes them bare)."""
    insert = re.match(r"\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)", text, re.I)
    update = re.search(r"\bDO\s+UPDATE\s+SET\b", text, re.I)
    if not insert or not update:
        return text
    table, columns = insert[1], {c.strip() for c in insert[2].split(",")}
    head, tail = text[:update.end()], text[update.end():]
    where = re.search(r"\sWHERE\s", tail, re.I)
    sets, rest = (tail[:where.start()], tail[where.start():]) if where else (tail, "")
    items = []
    for item in _split_args(sets):
        column, _, value = item.partition("=")
        items.append(f"{column.strip()} = {_qualify(value.strip(), table, columns)}")
    return f"{head} {', '.join(items)}{rest}"


def _qualify(expression: str, table: str, columns: set[str]) -> str:
    def one(match):
        word = match[0]
        return f"{table}.{word}" if word in columns else word

    parts = re.split(r"('(?:[^']|'')*')", expression)  # leave quoted text alone
    return "".join(part if part.startswith("'") else re.sub(r"(?<![\w.])[A-Za-z_]\w*(?![\w.(])", one, part)
                   for part in parts)


def _functions(text: str) -> str:
    """Rewrite SQLite's functions, innermost first, by walking balanced parentheses."""
    pattern = re.compile(r"\b(json_extract|json_remove|MAX|MIN)\s*\(", re.I)
    position = 0
    while True:
        match = pattern.search(text, position)
        if match is None:
            return text
        start, inner_start = match.start(), match.end()
        end = _closing(text, inner_start - 1)
        args = _split_args(text[inner_start:end])
        replacement = _function(match[1].lower(), [_functions(a) for a in args])
        if replacement is None:  # an aggregate MAX(x): leave it, look inside it
            position = inner_start
            continue
        text = text[:start] + replacement + text[end + 1:]
        position = start + len(replacement)


def _function(name: str, args: list[str]) -> str | None:
    if name in ("max", "min"):
        if len(args) < 2:
            return None
        return f"{'GREATEST' if name == 'max' else 'LEAST'}({', '.join(args)})"
    if name == "json_extract":
        return f"(({args[0]})::jsonb ->> {_json_key(args[1])})"
    # json_remove(dla_redact(p), '$.personal'): the payload without what an erase hashes.
    redacted = re.fullmatch(r"\s*dla_redact\((.*)\)\s*", args[0], re.S)
    if name == "json_remove" and redacted and _json_key(args[1]) == f"'{PERSONAL}'":
        removed = " - ".join(f"'{field}'" for field in (*PERSONAL_FIELDS, PERSONAL))
        return f"(({redacted[1]})::jsonb - {removed})"
    raise ValueError(f"no PostgreSQL form for {name}({', '.join(args)})")


def _json_key(path: str) -> str:
    match = re.fullmatch(r"\s*'\$\.(\w+)'\s*", path)
    if not match:
        raise ValueError(f"no PostgreSQL form for the JSON path {path}")
    return f"'{match[1]}'"


def _closing(text: str, opening: int) -> int:
    depth, quoted = 0, False
    for index in range(opening, len(text)):
        char = text[index]
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError("unbalanced parentheses")


def _split_args(text: str) -> list[str]:
    args, depth, quoted, current = [], 0, False, []
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        if char == "," and depth == 0 and not quoted:
            args.append("".join(current))
            current = []
        else:
            current.append(char)
    args.append("".join(current))
    return [a.strip() for a in args]


def _group_by_constants(text: str) -> str:
    """An empty string typed as text: the same wherever it stands, and allowed in GROUP BY."""
    return re.sub(r"(?<![\w'])''(?![\w'])", "''::text", text)


def _placeholders(text: str) -> tuple[str, tuple[int, ...] | None]:
    """`?` and `?N` outside quotes become %s; returns the parameter order if it changed."""
    out, order, quoted, index, sequential = [], [], False, 0, 0
    while index < len(text):
        char = text[index]
        if char == "'":
            quoted = not quoted
        if char == "?" and not quoted:
            number = re.match(r"\d+", text[index + 1:])
            if number:
                order.append(int(number[0]) - 1)
                index += len(number[0])
            else:
                order.append(sequential)
                sequential += 1
            out.append("%s")
        else:
            out.append(char)
        index += 1
    ordered = tuple(order)
    return "".join(out), (None if ordered == tuple(range(len(ordered))) else ordered)
