"""`dla lessons validate` on broken copies of the real lessons: a verdict, never a traceback.

A lesson file comes from a volunteer's text editor, a half-copied USB stick or a bad
download; the same loader reads the lessons when the app starts. Whatever the bytes, the
command answers 0 (valid) or 1 (refused, with file:line problems) and the loader raises
nothing else. The mutations live in tests/lesson_mutations.py, shared with the long run
in benchmarks/bench_reliability.py; the cases below are the crashes fuzzing found.
"""

import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests import lesson_mutations as lm

SOURCES = lm.sources()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    return lm.copy_bundle(tmp_path_factory.mktemp("fuzz"))


def assert_answered(outcome: lm.Outcome, what: str) -> None:
    assert not outcome.crashed, f"{what}: exit {outcome.code}\n{outcome.crash or outcome.stderr[-3000:]}"
    if outcome.code == 1:
        assert outcome.stderr.strip(), f"{what}: refused without saying why"


@settings(max_examples=250, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(source=st.sampled_from(SOURCES), rnd=st.randoms(use_true_random=False))
def test_a_mutated_lesson_file_gets_a_verdict_and_never_a_traceback(bundle, source, rnd):
    names, data = lm.mutate(source.data, rnd)
    path = lm.case_path(bundle, source)
    path.write_bytes(data)
    assert_answered(lm.check(path), f"{source.path.parent.name} after {names}")


@pytest.mark.parametrize("name", sorted(lm.MUTATIONS))
def test_every_mutation_on_its_own_gets_a_verdict(bundle, name):
    """Each kind of damage at least a few times, whatever hypothesis happens to draw."""
    import random

    rnd = random.Random(name)
    for source in rnd.sample(SOURCES, 3):
        data = lm.MUTATIONS[name](source.data, rnd)
        path = lm.case_path(bundle, source)
        path.write_bytes(data)
        assert_answered(lm.check(path), f"{name} of {source.path.parent.name}")


def _bomb(width: int = 9, levels: int = 9) -> str:
    parts = [f"&l0 [{', '.join(['lol'] * width)}]"]
    parts += [f"&l{n} [{', '.join([f'*l{n - 1}'] * width)}]" for n in range(1, levels + 1)]
    return "[" + ", ".join(parts) + f", *l{levels}]"


# (where in vietqr-pay's lesson.yaml, the raw YAML put there, words the refusal must hold)
MANY = "[" + ", ".join(["x"] * 40_000) + "]"  # below the loader's limit of values, but long to print
FOUND = [
    ("checked_against/date", "2024-13-45", "cannot be read as a date"),
    ("checked_against/date", "!!timestamp 'not a date'", "cannot be read as a date"),
    ("checked_against/app", "!!bool maybe", "cannot be read as true or false"),
    ("checked_against/app", "!!map [1]", "cannot be read"),
    ("minutes", "1" + "0" * 5000, "cannot be read as a whole number"),
    ("minutes", "0x" + "f" * 5000, "far too long"),
    ("steps/2/start", "[1, 2]", "'start' of step"),
    ("icon", '"a\\x00b.svg"', "cannot be a file name here"),
    ("steps/0/image", "'" + "a" * 300 + ".svg'", "picture 'aaaa"),
    ("id", _bomb(), "aliases"),
    ("learned", _bomb(4, 12), "aliases"),
    ("steps/0/kind", MANY, "unknown step kind ['x', 'x', 'x', 'x', ...]"),
    ("checked_against/app", MANY, "'app' of 'checked_against' must be text"),
    ("summary", "{vi: Xin chào, en: Hello, ? " + MANY + " : x}", "unknown language keys"),
    ("steps/0/title", "[" * 500 + "]" * 500, "nested more than 40 deep"),
    ("steps/0/title", "{a: " * 800 + "1" + "}" * 800, "nested more than 40 deep"),
    ("steps/0/id", "'A" + "a" * 1_000_000 + "'", "must use only a-z"),
]


@pytest.mark.parametrize("where,raw,words", FOUND, ids=[f"{w}:{r[:24]}" for w, r, _ in FOUND])
def test_what_fuzzing_found_is_refused_in_words_and_quickly(bundle, where, raw, words):
    """Each of these once raised ValueError, TypeError, OSError or RecursionError, or spent
    minutes and gigabytes writing out an alias bomb in its message."""
    source = next(s for s in SOURCES if s.path.parent.name == "vietqr-pay")
    tree = lm._load(source.data)
    *path, last = [int(part) if part.isdigit() else part for part in where.split("/")]
    node = tree
    for part in path:
        node = node[part]
    node[last] = lm.SLOT
    data = lm._dump(tree).replace(lm.SLOT.encode(), raw.encode(), 1)
    case = lm.case_path(bundle, source)
    case.write_bytes(data)
    started = time.perf_counter()
    outcome = lm.check(case)
    assert time.perf_counter() - started < 5
    assert_answered(outcome, where)
    assert outcome.code == 1 and words in outcome.stderr
    assert len(outcome.stderr) < 20_000  # a huge value is quoted in a few dozen letters
