"""Broken copies of real lesson files, for fuzzing `dla lessons validate` (issue 13).

Shared by tests/core/test_fuzz_lessons.py (a few hundred cases in `make test`) and
benchmarks/bench_reliability.py (many thousands). Each mutation takes the bytes of a real
lesson.yaml or courses.yaml and a `random.Random`-like source (hypothesis's `st.randoms()`
in the test, a seeded Random in the benchmark) and returns new bytes: flipped bytes, a cut,
a deleted key, a value of the wrong type, a huge string, deep nesting, invalid UTF-8, NUL
and control characters, YAML tags, alias bombs ("billion laughs"), a top level that is not
a mapping, or binary junk. `check` runs the real command in this process and says whether
the file was valid, refused, or crashed the validator.
"""

import contextlib
import io
import shutil
import signal
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import yaml

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None

try:
    from yaml import CSafeDumper as _Dumper, CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the platform's wheel
    from yaml import SafeDumper as _Dumper, SafeLoader as _Loader

from digital_literacy_app.core.paths import bundled_lessons_dir

SLOT = "fuzzslot0"  # a plain scalar put where a value goes, then replaced by raw YAML text

WRONG_VALUES = (None, True, False, 0, -1, 7, 10**30, 1.5, float("nan"), float("inf"), "", " ", "x",
                "done", [], {}, [1, "a", None], {"vi": 1}, {"vi": "chỉ tiếng Việt"}, {"x": None},
                [[[]]], {"vi": [], "en": {}}, "2026-11", "../../../etc/passwd", "icon.svg")

RAW_VALUES = (
    "2024-13-45", "2024-02-30 25:61:61", "!!timestamp 'not a date'", "!!int 'abc'", "!!float 'x'",
    "!!binary '%%%'", "!!binary aGVsbG8=", "!!python/object/apply:os.system ['echo hi']",
    "!!python/name:os.system", "!custom 1", "!!set {a, b}", "!!omap [a: 1, b: 2]", "!!pairs [a: 1]",
    "!!str [1]", "!!map [1]", "!!seq {a: 1}", "*undefined_alias", "&a [*a]", "&b {x: *b}",
    "{<<: 1}", "{<<: [1, 2]}", "{<<: {id: x}, id: y}", "{[1, 2]: x}", "{{a: 1}: x}", "{? [a] : b}",
    "{null: 1, ~: 2}", "{1: a, 1.0: b, true: c}", "'\\ud800'", '"\\ud800\\udfff"', '"\\x00\\x01\\x7f"',
    '"\\u202e right-to-left"', '"\\uffff\\ufffe"', ".inf", "-.nan", "~", "0x" + "f" * 5000,
    "1" + "0" * 5000, "0o" + "7" * 6000, "1e99999", "-0", "1_000", "0b101", "'" + "'" * 9, "[" * 30 + "]" * 30,
    '"a\\x00b.svg"', '"\\0"', "'" + "a/" * 3000 + "x.svg'", "'" + "a" * 300 + ".svg'", "{a: " * 30 + "1" + "}" * 30,
    '"' + "a" * 200 + '"', "? x", "- - -", "@reserved", "`backtick", "%TAG ! tag:x,2000:",
)


@dataclass(frozen=True)
class Source:
    """A real lesson file: its path in the bundle and what kind of file it is."""

    path: Path
    kind: str  # "lesson" or "courses"

    @property
    def data(self) -> bytes:
        return self.path.read_bytes()


def sources(folder: Path | None = None) -> list[Source]:
    """Every bundled lesson.yaml and courses.yaml, in a stable order."""
    folder = folder or bundled_lessons_dir()
    found = [Source(p, "lesson") for p in sorted(folder.glob("*/lesson.yaml"))]
    return found + [Source(p, "courses") for p in sorted(folder.glob("courses.yaml"))]


# -- byte-level mutations ------------------------------------------------------------------------

def flip_bytes(data: bytes, rnd, big: bool = False) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 16)):
        if out:
            out[rnd.randrange(len(out))] ^= 1 << rnd.randrange(8)
    return bytes(out)


def random_bytes(data: bytes, rnd, big: bool = False) -> bytes:
    out = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        if out:
            out[rnd.randrange(len(out))] = rnd.randrange(256)
    return bytes(out)


def truncate(data: bytes, rnd, big: bool = False) -> bytes:
    return data[:rnd.randint(0, len(data))]


def insert_invalid_utf8(data: bytes, rnd, big: bool = False) -> bytes:
    junk = rnd.choice([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xe2\x82", b"\xc0\xaf"])
    return _insert(data, junk, rnd)


def insert_control(data: bytes, rnd, big: bool = False) -> bytes:
    junk = rnd.choice(["\x00", "\x00" * 50, "\x1b[31m", "\x7f", "\x08", "\x0c", "\ufeff", "\u2028", "\u0085",
                       "\r", "\t", "\ufffe", "\U0001f600"]).encode("utf-8")
    return _insert(data, junk, rnd)


def binary_junk(data: bytes, rnd, big: bool = False) -> bytes:
    junk = bytes(rnd.randrange(256) for _ in range(rnd.choice([1, 16, 256, 4096])))
    return rnd.choice([junk, _insert(data, junk, rnd), data + junk, junk + data])


def shuffle_lines(data: bytes, rnd, big: bool = False) -> bytes:
    """Move, repeat or re-indent a few lines: the mistakes of a hand edit."""
    lines = data.split(b"\n")
    for _ in range(rnd.randint(1, 4)):
        if len(lines) < 2:
            break
        i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
        action = rnd.randrange(4)
        if action == 0:
            lines[i], lines[j] = lines[j], lines[i]
        elif action == 1:
            lines.insert(j, lines[i])
        elif action == 2:
            lines[i] = b" " * rnd.randint(0, 9) + lines[i].lstrip(b" ")
        else:
            del lines[i]
    return b"\n".join(lines)


def _insert(data: bytes, junk: bytes, rnd) -> bytes:
    at = rnd.randint(0, len(data))
    return data[:at] + junk + data[at:]


# -- mutations of the parsed file ----------------------------------------------------------------

def _load(data: bytes):
    try:
        return yaml.load(data, Loader=_Loader)  # noqa: S506 - the safe loader
    except Exception:  # an earlier mutation broke it: a byte mutation is used instead
        return None


def _dump(tree) -> bytes | None:
    try:
        return yaml.dump(tree, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100).encode("utf-8")
    except Exception:  # e.g. a 5000-digit number an earlier mutation made
        return None


def _slots(tree, limit: int = 4000) -> list[tuple]:
    """(container, key) for every value in the tree, the top level's keys first."""
    found, todo = [], [tree]
    while todo and len(found) < limit:
        node = todo.pop(0)
        keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
        for key in keys:
            found.append((node, key))
            todo.append(node[key])
    return found


def _tree_mutation(change):
    """Turn `change(container, key, rnd, big) -> raw YAML text or None` into a mutation of
    bytes: the file is parsed, one value changed, and the tree written back as YAML."""
    def mutate(data: bytes, rnd, big: bool = False) -> bytes:
        tree = _load(data)
        slots = _slots(tree)
        if not slots:
            return flip_bytes(data, rnd)
        container, key = rnd.choice(slots)
        raw = change(container, key, rnd, big)
        text = _dump(tree)
        if text is None:
            return flip_bytes(data, rnd)
        return text.replace(SLOT.encode(), raw.encode("utf-8"), 1) if raw is not None else text
    mutate.__name__ = change.__name__
    mutate.__doc__ = change.__doc__
    return mutate


@_tree_mutation
def delete_key(container, key, rnd, big):
    del container[key]


@_tree_mutation
def wrong_type(container, key, rnd, big):
    container[key] = rnd.choice(WRONG_VALUES)


@_tree_mutation
def raw_value(container, key, rnd, big):
    """A YAML snippet no safe dump would write: bad dates, tags, aliases, huge numbers."""
    container[key] = SLOT
    return rnd.choice(RAW_VALUES)


@_tree_mutation
def huge_string(container, key, rnd, big):
    size = rnd.choice([1_000, 10_000, 100_000] + ([1_000_000] if big else []))
    unit = rnd.choice(["a", "á", "1 ", "x.", "http://a.", "09", "- ", "a-", "\\", "'", '"', "ệ̣"])
    container[key] = (unit * (size // len(unit) + 1))[:size]


@_tree_mutation
def many_items(container, key, rnd, big):
    """A list grown to thousands of copies of one of its items (quadratic checks show up)."""
    value = container[key]
    item = rnd.choice(value) if isinstance(value, list) and value else value
    container[key] = [item] * rnd.choice([10, 100, 1_000] + ([20_000] if big else []))


@_tree_mutation
def deep_nesting(container, key, rnd, big):
    depth = rnd.choice([50, 200, 400, 800, 1_000, 3_000, 20_000])
    container[key] = SLOT
    if rnd.random() < 0.5:
        return "[" * depth + "]" * depth
    return "{a: " * depth + "1" + "}" * depth


@_tree_mutation
def alias_bomb(container, key, rnd, big):
    """Billion laughs: nine levels of nine aliases, a few kilobytes standing for 9^9 items."""
    container[key] = SLOT
    width, levels = rnd.choice([(9, 9), (10, 8), (4, 16)])
    if rnd.random() < 0.5:
        parts = [f"&l0 [{', '.join(['lol'] * width)}]"]
        parts += [f"&l{n} [{', '.join([f'*l{n - 1}'] * width)}]" for n in range(1, levels + 1)]
        return "[" + ", ".join(parts) + f", *l{levels}]"
    parts = [f"l0: &l0 {{{', '.join(f'k{i}: lol' for i in range(width))}}}"]
    parts += [f"l{n}: &l{n} {{{', '.join(f'k{i}: *l{n - 1}' for i in range(width))}}}" for n in range(1, levels + 1)]
    return "{" + ", ".join(parts) + "}"


def picture_name(data: bytes, rnd, big: bool = False) -> bytes:
    """A name no file can have where a picture is named (NUL, too long, outside the folder)."""
    tree = _load(data)
    pictures = [slot for slot in _slots(tree) if slot[1] in ("icon", "image")]
    if not pictures:
        return wrong_type(data, rnd, big)
    holder, name = rnd.choice(pictures)
    holder[name] = SLOT
    raw = rnd.choice(['"a\\x00b.svg"', '"\\0"', "'" + "a/" * 3000 + "x.svg'", "'" + "a" * 300 + ".svg'",
                      "'../icon.svg'", "'/etc/hosts'", "'.'", "''", "'icon.svg/'", "'ICON.SVG'", "'icon.svg '",
                      "'C:\\\\x.svg'", "'\\\\server\\share\\x.svg'", "'nul.svg'", "'con'"])
    return (_dump(tree) or data).replace(SLOT.encode(), raw.encode(), 1)


def top_level(data: bytes, rnd, big: bool = False) -> bytes:
    """A file whose top level is not one mapping."""
    return rnd.choice([b"", b"\n", b"null", b"~", b"42", b"'just text'", b"- a\n- b\n", b"[1, 2]",
                       b"!!binary aGk=", b"---\n---\n", b"--- a\n--- b\n", b"---\n" + data + b"\n---\n" + data,
                       b"- " + data.replace(b"\n", b"\n  "), b"...", b"%YAML 1.1\n---\n{}", b"%YAML 9.9\n--- {}",
                       b"&a [*a]", b"*a", b"{a: 1, a: 2, a: 3}", b"? " + data[:200]])


MUTATIONS = {f.__name__: f for f in (
    flip_bytes, random_bytes, truncate, insert_invalid_utf8, insert_control, binary_junk, shuffle_lines,
    delete_key, wrong_type, raw_value, picture_name, huge_string, many_items, deep_nesting, alias_bomb, top_level,
)}


def mutate(data: bytes, rnd, big: bool = False) -> tuple[list[str], bytes]:
    """One to three mutations of `data` in a row; their names and the bytes made. `big`
    allows the sizes that take seconds a case (a megabyte string, 20,000 items)."""
    names = []
    for _ in range(rnd.choice([1, 1, 1, 2, 3])):
        name = rnd.choice(sorted(MUTATIONS))
        data = MUTATIONS[name](data, rnd, big)
        names.append(name)
    return names, data


# -- running the validator -----------------------------------------------------------------------

def copy_bundle(folder: Path) -> Path:
    """The bundled lessons with their pictures, so a mutated lesson still finds its images."""
    target = folder / "lessons"
    shutil.copytree(bundled_lessons_dir(), target, dirs_exist_ok=True)
    return target


def case_path(bundle: Path, source: Source) -> Path:
    """Where a mutated copy of `source` is written: beside the real lesson's pictures, or
    as the only courses.yaml of an empty folder."""
    if source.kind == "courses":
        folder = bundle.parent / "courses-case"
        folder.mkdir(exist_ok=True)
        return folder / "courses.yaml"
    return bundle / source.path.parent.name / "fuzz-case.yaml"


@dataclass(frozen=True)
class Outcome:
    code: int | None  # the exit code; None when the validator raised
    stdout: str
    stderr: str
    crash: str = ""  # the traceback, when it raised or logged a crash

    @property
    def crashed(self) -> bool:
        return self.code not in (0, 1) or bool(self.crash) or "Traceback" in self.stdout + self.stderr


def check(path: Path, seconds: float = 10.0, memory: int = 2 * 2**30) -> Outcome:
    """`dla lessons validate PATH` in this process, its output captured in streams like a
    console's (strict UTF-8 until the command reconfigures them, as it does a console).

    The command answers an unexpected error with one calm sentence and a crash log; that
    is a crash here all the same, so the log is caught (and kept out of any data folder).
    A case running past `seconds`, or asking for `memory` bytes more than the process had,
    is a crash too, rather than a test run that hangs or a machine out of memory.
    """
    from digital_literacy_app.cli import main
    from digital_literacy_app.core.trainer import Trainer

    logged: list[str] = []

    def log_crash(data_dir, error, where):
        logged.append("".join(traceback.format_exception(error)))
        return Path("crash.log")

    out, err = _console(), _console()
    with mock.patch.object(Trainer, "log_crash", staticmethod(log_crash)), _memory_cap(memory), \
            _time_limit(seconds), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["lessons", "validate", str(path)])
        except BaseException:  # noqa: B036 - a crash of any kind is what is being looked for
            return Outcome(None, _text(out), _text(err), traceback.format_exc())
    return Outcome(code, _text(out), _text(err), "".join(logged))


class CaseTooSlow(BaseException):
    """Raised inside the validator when a case runs past its time: not an Exception, so the
    command's own catch-all cannot turn it into a refusal."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise CaseTooSlow(f"one case ran past {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _memory_cap(extra: int):
    """Linux: address space capped at what the process has now plus `extra`, so an alias
    bomb becomes a MemoryError instead of the kernel killing the test run."""
    status = Path("/proc/self/status")
    if resource is None or not status.is_file():
        yield
        return
    size = next(int(line.split()[1]) * 1024 for line in status.read_text().splitlines() if line.startswith("VmSize:"))
    previous = resource.getrlimit(resource.RLIMIT_AS)
    hard = previous[1]
    cap = size + extra if hard == resource.RLIM_INFINITY else min(size + extra, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, previous)


def _console() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8", errors="replace")


# -- the long run --------------------------------------------------------------------------------

def fuzz_lessons(examples: int, seed: int, big_every: int = 10) -> dict:
    """The long run (benchmarks/bench_reliability.py): `examples` mutated copies of the
    bundled lesson and courses files, each validated as `dla lessons validate` does, every
    `big_every`-th with the large sizes. Counts of the verdicts, the crashes (which must be
    none) with the first one's input kept in a file to replay, and the slowest case."""
    import collections
    import random
    import tempfile
    import time

    rnd = random.Random(seed)
    verdicts, mutations = collections.Counter(), collections.Counter()
    first_crash, slowest = None, {"seconds": 0.0}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dla-fuzz-lessons-") as root:
        bundle = copy_bundle(Path(root))
        files = sources()
        for number in range(examples):
            source = rnd.choice(files)
            names, data = mutate(source.data, rnd, big=number % big_every == 0)
            mutations.update(names)
            path = case_path(bundle, source)
            path.write_bytes(data)
            case_started = time.perf_counter()
            outcome = check(path, seconds=60)
            spent = time.perf_counter() - case_started
            verdict = "crashed" if outcome.crashed else "valid" if outcome.code == 0 else "refused"
            verdicts[verdict] += 1
            if verdict == "crashed" and first_crash is None:
                first_crash = _keep(number, source, names, data, outcome)
            if spent > slowest["seconds"]:
                slowest = {"seconds": round(spent, 3), "case": number, "file": source.path.parent.name,
                           "mutations": names, "bytes": len(data)}
    return {"cases": examples, "seed": seed, "valid": verdicts["valid"], "refused": verdicts["refused"],
            "crashed": verdicts["crashed"], "first_crash": first_crash, "slowest_case": slowest,
            "mutations": dict(sorted(mutations.items())), "seconds": round(time.perf_counter() - started, 1)}


def _keep(number: int, source: Source, names: list[str], data: bytes, outcome: Outcome) -> dict:
    """The crashing input, saved outside the run's temporary folder, and how it failed."""
    import tempfile

    handle, name = tempfile.mkstemp(prefix=f"dla-lesson-crash-{number}-", suffix=".yaml")
    with open(handle, "wb") as file:
        file.write(data)
    lines = (outcome.crash or outcome.stderr).strip().splitlines()
    return {"case": number, "file": source.path.parent.name, "mutations": names, "input": name,
            "exit": outcome.code, "error": lines[-1][:300] if lines else ""}
