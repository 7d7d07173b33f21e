"""YAML loading that remembers the line of every mapping key and list item.

PyYAML's safe loader only builds plain values; the validator needs to say *where* a
problem is, so mappings and lists come back as subclasses carrying line numbers.

A lesson file comes from anyone with a text editor, so loading it never raises anything
but YamlSyntaxError (found by fuzzing, issue 13): a few kilobytes of aliases standing for
billions of values ("billion laughs"), nesting deeper than Python's stack, a date such as
2024-13-45 or a 5000-digit number all become a problem with a line, and `brief` shows any
value in a message in a few dozen characters, however large it is.
"""

import reprlib

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

try:  # the C parser is several times faster; fall back where libyaml is missing
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the platform's wheel
    from yaml import SafeLoader as _BaseLoader


class LineDict(dict):
    line: int = 0

    def __init__(self):
        super().__init__()
        self.key_lines: dict = {}
        self.duplicates: list[tuple[str, int]] = []

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0

    def __init__(self):
        super().__init__()
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


# A real lesson holds about 1,500 values nested 11 deep; these are far above and far below
# what would make checking a file take minutes or overflow the stack.
MAX_VALUES = 50_000
MAX_DEPTH = 40
_KINDS = {"tag:yaml.org,2002:timestamp": "a date", "tag:yaml.org,2002:int": "a whole number",
          "tag:yaml.org,2002:float": "a number", "tag:yaml.org,2002:bool": "true or false",
          "tag:yaml.org,2002:binary": "base64 data"}


class _LineLoader(_BaseLoader):
    def construct_object(self, node, deep=False):
        """PyYAML's constructors let ValueError and the like escape (a 13th month, `!!bool x`,
        `!!map [1]`); each becomes a ConstructorError at the value's line."""
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as exc:
            raise ConstructorError(None, None, _unreadable(node, exc), getattr(node, "start_mark", None)) from exc


def _unreadable(node, exc: Exception) -> str:
    value = node.value if isinstance(getattr(node, "value", None), str) else ""
    kind = _KINDS.get(getattr(node, "tag", ""), "a value")
    shown = f" {brief(value)}" if value else ""
    return f"the value{shown} cannot be read as {kind} ({brief(str(exc))[1:-1]})"


def _construct_int(loader, node):
    value = SafeConstructor.construct_yaml_int(loader, node)
    if value.bit_length() > 10_000:  # Python refuses to print a number this long
        raise ValueError("the number is far too long")
    return value


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            key = brief(key)
        line = key_node.start_mark.line + 1
        if key in mapping:
            mapping.duplicates.append((str(key), line))
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = line
    return mapping


def _construct_sequence(loader, node):
    sequence = LineList()
    sequence.line = node.start_mark.line + 1
    for child in node.value:
        sequence.append(loader.construct_object(child, deep=True))
        sequence.item_lines.append(child.start_mark.line + 1)
    return sequence


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


class YamlSyntaxError(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def load_yaml(text: str):
    """Parse YAML text into LineDict/LineList values; raise YamlSyntaxError with a line."""
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_size(node)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlSyntaxError(line, f"YAML syntax error: {problem}") from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(1, f"YAML syntax error: {exc}") from exc
    except RecursionError as exc:  # only the pure-Python parser, where libyaml is missing
        raise YamlSyntaxError(1, f"lists and mappings are nested more than {MAX_DEPTH} deep") from exc
    finally:
        loader.dispose()


def _check_size(root) -> None:
    """Refuse a document nested too deep, or standing for too many values once every alias
    (`*name`) is expanded, before building any of it. Counted over the parsed nodes, each
    once (an alias is the same node again), so the check itself stays small: it was half
    the time of loading a lesson while it made lists for every value."""
    _measure(root, 1, {})


def _measure(node, depth: int, sizes: dict) -> tuple[int, int]:
    """(values `node` stands for with its aliases expanded, levels from it down to its
    deepest value), `node` lying `depth` levels down. `sizes` remembers each list and
    mapping by identity; one reached again from inside itself counts nothing more. The
    depth is checked on the way down, so the recursion never goes past MAX_DEPTH."""
    if depth > MAX_DEPTH:
        raise YamlSyntaxError(node.start_mark.line + 1,
                              f"lists and mappings are nested more than {MAX_DEPTH} deep here")
    if isinstance(node, yaml.ScalarNode):
        return 1, 1
    known = sizes.get(id(node))
    if known is not None:
        if depth + known[1] - 1 > MAX_DEPTH:  # an alias reached deeper than where it was counted
            raise YamlSyntaxError(node.start_mark.line + 1,
                                  f"lists and mappings are nested more than {MAX_DEPTH} deep here")
        return known
    sizes[id(node)] = (0, 0)
    values, levels = 1, 0
    children = [part for pair in node.value for part in pair] if isinstance(node, yaml.MappingNode) else node.value
    for child in children:
        child_values, child_levels = _measure(child, depth + 1, sizes)
        values += child_values
        levels = max(levels, child_levels)
    if values > MAX_VALUES:
        raise YamlSyntaxError(node.start_mark.line + 1,
                              f"this part stands for more than {MAX_VALUES:,} values once its "
                              "aliases (*name) are repeated out; a lesson file needs no aliases")
    sizes[id(node)] = values, levels + 1
    return values, levels + 1


class _Brief(reprlib.Repr):
    """reprlib with the loader's own list and mapping types, which it would otherwise print
    whole through their builtin repr."""

    def __init__(self):
        super().__init__()
        self.maxlevel, self.maxdict, self.maxlist, self.maxstring, self.maxother = 2, 4, 4, 60, 60

    def repr_LineList(self, value, level):  # noqa: N802 - the name reprlib looks up
        return self.repr_list(value, level)

    def repr_LineDict(self, value, level):  # noqa: N802 - the name reprlib looks up
        return self.repr_dict(value, level)


_BRIEF = _Brief()


def brief(value) -> str:
    """`repr(value)` cut to a few dozen characters: a problem message quotes what it found,
    and what it found may be a megabyte of text or thousands of items."""
    return _BRIEF.repr(value)
