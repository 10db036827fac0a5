"""What a content YAML file is read into: plain dicts and lists that remember their line numbers.

Kept apart from the parser (:mod:`bot.content.yaml_parse`), so code that only walks loaded content, and a
remembered parse (:mod:`bot.content.yaml_source`), never import PyYAML.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LineDict", "LineList", "line_of"]


class LineDict(dict[str, Any]):
    """A mapping with ``line`` (where it starts) and ``key_lines`` (where each key stands)."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A sequence with ``line`` and ``item_lines``."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


def line_of(value: Any, default: int) -> int:
    """The line a loaded mapping or sequence starts on, or ``default`` for scalars."""
    return int(getattr(value, "line", default))
