"""The declared payload of every known event kind, checked on import before anything is kept.

One table, one rule per field: its type (`str`, `int` but never `bool`, `bool`, a list of
`str`), its range or length, its format (a date is `YYYY-MM-DD` and a real day), and
whether every version of the app writes it (required) or only some do (optional). The
tables follow what the app records (core/learners.py, core/progress.py, core/sessions.py,
core/certificates/book.py) and what the folds read, so every genuine event, today's and
earlier versions', passes:

- `learner.created` / `learner.updated` lose `name` and `birth_year` when the person is
  erased (and those copies travel on), so neither is required there; `salt` and its
  erased form `personal` (core/sync/chain.py) are short text when present;
- older `practice.tried` (and the sync benchmark's files) carry `right`, `quiz.answered`
  carries `correct`: both are accepted in either kind, as the folds read both;
- `lesson_version`, `step_index`, `steps_total` and the quiz and practice details are
  optional: the folds default them and the benchmark's files leave them out.

A key the table does not name is allowed (a newer version may add fields); a named key with
a wrong type or value refuses the event. Kinds the table does not name are not checked:
they are kept and passed on. `payload_problem` never raises, whatever JSON it is given, and
costs under a microsecond for a typical event (plain `type()` checks, one precompiled
table per kind; about 0.4 to 0.9 µs here, 2 µs for a session of a dozen people): it runs
on every event of a million-event import.
"""

from datetime import date

__all__ = ["KNOWN_KINDS", "MAX_ATTENDEES", "MAX_ID", "MAX_MINUTES", "MAX_NAME", "SCHEMAS", "payload_problem"]

MAX_ID = 64  # a learner, lesson, step, screen or certificate id
MAX_NAME = 120  # a person's, a place's or a ward's name, a topic (the app itself keeps to 80)
MAX_KEY = 96  # a session's key, "<origin>:<seq>"
MAX_CODE = 40  # a group, an area, which hint was shown
MAX_MINUTES = 600
MAX_ATTENDEES = 500
MAX_LESSONS = 500  # the lessons a certificate names
MAX_STEPS = 10_000
_MISSING = object()


# -- the rules ----------------------------------------------------------------------------
# A field's rule is (name, type, low, high, required, more): `type` is str (length low..high),
# int (value low..high, never a bool), bool or list (length low..high); `more`, when given,
# is a further check of a value of that type. `type` None leaves the whole check to `more`.

def _iso_date(value: str) -> bool:
    """`YYYY-MM-DD` and a day that exists (not 2026-02-30, not "x", not 20261127)."""
    if not value.isascii():
        return False
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _all_ids(value: list) -> bool:
    """Each a non-empty str of at most MAX_ID characters."""
    for item in value:
        if type(item) is not str or not 0 < len(item) <= MAX_ID:
            return False
    return True


def _session_key(value: str) -> bool:
    return ":" in value


def _year_or_none(value) -> bool:
    return value is None or (type(value) is int and 1900 <= value <= 2100)


def _req(name, kind, low=0, high=0, more=None):
    return (name, kind, low, high, True, more)


def _opt(name, kind, low=0, high=0, more=None):
    return (name, kind, low, high, False, more)


def _id(name, required=True):
    return (name, str, 1, MAX_ID, required, None)


def _name(name, low=1, required=True):
    """A person's or a place's name; `low` 0 where the app may leave it empty (a ward)."""
    return (name, str, low, MAX_NAME, required, None)


def _date(name):
    return _req(name, str, 10, 10, _iso_date)


_PERSON = (_opt("name", str, 1, MAX_NAME), _opt("birth_year", None, more=_year_or_none),
           _opt("salt", str, 1, 128), _opt("personal", str, 1, 128))  # the last two: core/sync/chain.py
_LESSON = (_id("lesson_id"), _opt("lesson_version", int, 1, MAX_STEPS))
_SESSION = (_date("date"), _name("ward", 0), _name("place"), _name("volunteer"), _name("topic"),
            _opt("area", str, 0, MAX_CODE), _req("minutes", int, 1, MAX_MINUTES),
            _req("attendees", list, 1, MAX_ATTENDEES, _all_ids))
_SESSION_KEY = _req("session", str, 3, MAX_KEY, _session_key)

# kind -> (does the event name a learner?, the rules of its payload)
SCHEMAS: dict[str, tuple[bool, tuple]] = {
    "learner.created": (True, _PERSON + (_req("group", str, 1, MAX_CODE), _name("ward", 0))),
    "learner.updated": (True, _PERSON + (_opt("group", str, 1, MAX_CODE), _name("ward", 0, False))),
    "learner.erased": (True, ()),
    "learner.merged": (True, (_id("into"),)),
    "learner.unmerged": (True, (_req("merge", str, 3, MAX_KEY, _session_key),)),
    "lesson.started": (True, _LESSON),
    "step.completed": (True, _LESSON + (
        _id("step_id"), _opt("step_index", int, 0, MAX_STEPS), _opt("steps_total", int, 0, MAX_STEPS),
        _opt("refused", bool))),
    "quiz.answered": (True, _LESSON + (
        _id("step_id"), _opt("choice", int, 0, 1_000), _opt("correct", bool), _opt("right", bool),
        _opt("attempt", int, 1, 100_000))),
    "practice.tried": (True, _LESSON + (
        _id("step_id"), _id("screen_id", False), _id("element", False), _opt("right", bool),
        _opt("correct", bool))),
    "hint.used": (True, _LESSON + (_id("step_id"), _opt("shown", str, 1, MAX_CODE))),
    "lesson.completed": (True, _LESSON),
    "certificate.issued": (True, (
        _id("certificate_id"), _id("what"), _req("lessons", list, 0, MAX_LESSONS, _all_ids),
        _name("volunteer", 0), _date("date"), _name("ward", 0))),
    "session.logged": (False, _SESSION),
    "session.corrected": (False, (_SESSION_KEY,) + _SESSION + (_name("corrected_by"),)),
    "session.withdrawn": (False, (_SESSION_KEY, _name("withdrawn_by"))),
}
KNOWN_KINDS = frozenset(SCHEMAS)


def payload_problem(kind: str, learner: str | None, payload: dict) -> str | None:
    """The first field of a known kind's event that breaks its schema ("learner" for the
    event's learner id, "payload" when the payload is not an object), or None.

    Unknown kinds, and keys the schema does not name, are never a problem.
    """
    schema = SCHEMAS.get(kind) if type(kind) is str else None
    if schema is None:
        return None
    needs_learner, fields = schema
    if needs_learner:
        if type(learner) is not str or not 0 < len(learner) <= MAX_ID:
            return "learner"
    elif learner is not None:
        return "learner"
    if type(payload) is not dict:
        return "payload"
    get = payload.get
    for name, kind_of, low, high, required, more in fields:
        value = get(name, _MISSING)
        if value is _MISSING:
            if required:
                return name
            continue
        if kind_of is not None:
            if type(value) is not kind_of:
                return name
            if kind_of is int:
                if not low <= value <= high:
                    return name
            elif kind_of is not bool and not low <= len(value) <= high:  # str, list
                return name
        if more is not None and not more(value):
            return name
    return None
