"""The lesson loader's limits on depth and on values behind aliases, counted before anything
is built (core/lessons/yamlsource.py): the edges, and an alias reached deeper than where it
was first counted."""

import pytest

from digital_literacy_app.core.lessons.yamlsource import MAX_DEPTH, YamlSyntaxError, load_yaml


def nested(levels: int) -> str:
    return "[" * (levels - 1) + "1" + "]" * (levels - 1)  # the value inside is a level too


@pytest.mark.parametrize("text", [nested(MAX_DEPTH), "{a: " * (MAX_DEPTH - 1) + "1" + "}" * (MAX_DEPTH - 1),
                                  "[" * MAX_DEPTH + "]" * MAX_DEPTH])
def test_nesting_up_to_the_limit_is_read(text):
    assert load_yaml(text) is not None


@pytest.mark.parametrize("text", [nested(MAX_DEPTH + 1), "{a: " * MAX_DEPTH + "1" + "}" * MAX_DEPTH,
                                  "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "[" * 500 + "]" * 500])
def test_nesting_past_the_limit_is_refused_with_a_line(text):
    with pytest.raises(YamlSyntaxError, match=f"nested more than {MAX_DEPTH} deep") as refused:
        load_yaml(text)
    assert refused.value.line >= 1


def test_an_alias_used_deeper_than_where_it_was_counted_is_refused():
    """Counted once where it is defined (30 levels, within the limit), the same list put 12
    levels further down stands 42 levels deep."""
    text = f"x: &x {nested(30)}\ny: " + "[" * 12 + "*x" + "]" * 12 + "\n"
    with pytest.raises(YamlSyntaxError, match="nested more than"):
        load_yaml(text)
    assert load_yaml(f"x: &x {nested(20)}\ny: " + "[" * 12 + "*x" + "]" * 12 + "\n")["y"]


def test_aliases_that_stand_for_too_many_values_are_refused_before_any_is_built():
    text = "a: &a [1,2,3,4,5,6,7,8,9,10]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(5))
    with pytest.raises(YamlSyntaxError, match="more than 50,000 values"):
        load_yaml(text)
    assert len(load_yaml("a: &a [1, 2]\nb: [*a, *a]")["b"]) == 2
