"""Parse YAML text with libyaml into :mod:`bot.content.yaml_values` containers that remember their lines.

Two YAML habits that surprise content authors are switched off: ``yes``/``no``/``on``/``off`` stay
strings (only ``true``/``false`` are booleans), and a key that appears twice in one mapping is an error
instead of silently keeping the last value. Read files through :func:`bot.content.yaml_source.read_yaml`.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from bot.content.problems import Problem
from bot.content.yaml_values import LineDict, LineList

__all__ = ["parse_yaml"]


# The C parser (libyaml) is several times faster than the pure-Python one and still gives line marks;
# PyYAML built without libyaml falls back to the Python parser with the same behaviour.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader with line-aware containers, strict booleans and duplicate-key detection."""

    duplicates: list[tuple[str, int]]


# Only true/false are booleans: ``id: no`` in a choice must stay the string "no".
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        key = str(key) if not isinstance(key, str) else key
        line = key_node.start_mark.line + 1
        if key in result:
            loader.duplicates.append((key, line))
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def parse_yaml(text: str, shown_as: str) -> tuple[Any, list[Problem]]:
    """Parse ``text``; problems name the file as ``shown_as`` (a path relative to the content root)."""
    loader = _Loader(text)
    loader.duplicates = []
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = (exc.problem or "invalid YAML").replace("in this context", "here")  # libyaml's wording
        return None, [Problem(shown_as, line, f"YAML syntax error: {what}", _syntax_hint(what))]
    except yaml.YAMLError as exc:
        return None, [Problem(shown_as, 1, f"YAML syntax error: {exc}", "check indentation and quotes")]
    finally:
        loader.dispose()
    problems = [
        Problem(shown_as, line, f"key '{key}' appears twice in the same block", "remove or rename one of them")
        for key, line in loader.duplicates
    ]
    return data, problems


def _syntax_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return "a text containing ': ' must be quoted, or written as a block with |-"
    if problem.startswith("expected ',' or"):
        return "inside [...] or {...}, put quotes around a text that contains ?, : or ,"
    if "found character '\\t'" in problem:
        return "YAML does not allow tabs for indentation; use spaces"
    return "check the indentation and quotes on this line and the one above"
