"""Read a YAML file into plain dicts and lists that remember their line numbers.

Parsing is done by :mod:`bot.content.yaml_parse` (libyaml; ``yes``/``no`` stay strings, a key twice is an
error). With ``remember=True`` a clean parse is kept in the cache folder (:mod:`bot.remembered`), keyed by
the file's bytes and the bot's code, and read back on the next start instead of parsing again: a cold
``helpdesk ask`` then neither parses the content nor imports PyYAML. A file with problems is never
remembered, so its errors are found and shown every time; ``helpdesk check`` does not use the cache at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.content.problems import Problem
from bot.content.yaml_values import LineDict, LineList, line_of
from bot.remembered import keep, recall, remembered_file

__all__ = ["LineDict", "LineList", "line_of", "read_yaml"]


def read_yaml(path: Path, shown_as: str, *, remember: bool = False) -> tuple[Any, list[Problem]]:
    """Parse ``path``; problems name the file as ``shown_as`` (a path relative to the content root).

    ``remember``: reuse a remembered clean parse of exactly these bytes, and remember a new clean one."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(shown_as, 1, f"file is not UTF-8 text ({exc.reason})", "save it as UTF-8")]
    memo = _memo_file(raw) if remember else None
    if memo is not None:
        data = recall(memo)
        if data is not None:
            return data, []
    from bot.content.yaml_parse import parse_yaml  # here, not on top: a remembered parse needs no PyYAML

    data, problems = parse_yaml(text, shown_as)
    if memo is not None and data is not None and not problems:
        keep(memo, data)
    return data, problems


def _memo_file(raw: bytes) -> Path:
    """Named by the file's bytes and the bot's code, so any copy of the same file shares it."""
    return remembered_file("yaml", raw)
