"""Small readers shared by the FAQ and flow parsers: each returns a value or records a problem."""

from __future__ import annotations

import re
from typing import Any

from bot.content.model import Source, Text
from bot.content.problems import Problem, did_you_mean
from bot.content.schema import ID_PATTERN, ROLES, SOURCE, Shape
from bot.content.yaml_source import LineDict, LineList, line_of
from bot.languages import LANGUAGES

__all__ = ["Reader", "reflow"]

_ID = re.compile(ID_PATTERN)
_LANGUAGE_LIST = " and ".join((", ".join(LANGUAGES[:-1]), LANGUAGES[-1])).removeprefix(" and ")  # "nl and en"


class Reader:
    """Reads fields of one file and collects the problems it meets, all with ``path:line``."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.path, line, message, hint))

    def mapping(self, value: Any, line: int, what: str) -> LineDict | None:
        if isinstance(value, LineDict):
            return value
        self.problem(line_of(value, line), f"{what} should be a mapping of keys and values", _got(value))
        return None

    def keys(self, data: LineDict, shape: Shape, what: str) -> bool:
        """Report unknown and missing keys; True when all required keys are present."""
        for key in data:
            if key not in shape.allowed:
                hint = did_you_mean(key, shape.allowed, f"allowed keys: {', '.join(sorted(shape.allowed))}")
                self.problem(data.line_of(key), f"unknown key '{key}' in {what}", hint)
        missing = sorted(shape.required - set(data))
        for key in missing:
            self.problem(data.line, f"{what} has no '{key}'", f"add '{key}:'")
        return not missing

    def ident(self, data: LineDict, key: str, what: str) -> str:
        return self.check_ident(data.get(key), data.line_of(key), f"{what} {key}")

    def check_ident(self, value: Any, line: int, what: str) -> str:
        if isinstance(value, str) and _ID.match(value):
            return value
        self.problem(line, f"{what} {value!r} is not a valid id",
                     "use lowercase letters, digits and _ (start with a letter, at most 40 characters)")
        return str(value)

    def string(self, data: LineDict, key: str, what: str) -> str:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.problem(data.line_of(key), f"{what} '{key}' should be a non-empty text", _got(value))
        return ""

    def text(self, data: LineDict, key: str, what: str) -> Text:
        """A text with a wording in every language, e.g. ``{nl: ..., en: ...}``."""
        value = data.get(key)
        line = data.line_of(key)
        table = self.mapping(value, line, f"{what} '{key}'")
        if table is None:
            return Text()
        parts: dict[str, str] = {}
        for lang in LANGUAGES:
            part = table.get(lang)
            if isinstance(part, str) and part.strip():
                parts[lang] = reflow(part)
            elif lang not in table:
                self.problem(table.line, f"{what} '{key}' has no '{lang}' translation", f"add '{lang}:'")
            else:
                self.problem(table.line_of(lang), f"{what} '{key}.{lang}' is empty or not a text", _got(part))
        self.known_languages(table, f"{what} '{key}'")
        return Text(parts)

    def known_languages(self, table: LineDict, what: str) -> None:
        """Report each key of a per-language ``table`` that is not a language of :data:`bot.languages.LANGUAGES`."""
        for lang in table:
            if lang not in LANGUAGES:
                self.problem(table.line_of(lang), f"unknown language '{lang}' in {what}", f"use {_LANGUAGE_LIST}")

    def optional_text(self, data: LineDict, key: str, what: str) -> Text | None:
        return self.text(data, key, what) if key in data else None

    def string_list(self, data: LineDict, key: str, what: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.problem(data.line_of(key), f"{what} '{key}' should be a list of texts", _got(value))
            return ()
        wrong = [index for index, item in enumerate(value) if not (isinstance(item, str) and item.strip())]
        for index in wrong:  # each at its own line, saying why YAML did not read it as a text
            line = value.line_of(index) if isinstance(value, LineList) else data.line_of(key)
            self.problem(line, f"{what} '{key}': item {index + 1} is not a text", _not_a_text(value[index]))
        return () if wrong else tuple(v.strip() for v in value)

    def roles(self, data: LineDict, what: str) -> tuple[str, ...]:
        roles = self.string_list(data, "roles", what)
        for role in roles:
            if role not in ROLES:
                hint = did_you_mean(role, ROLES, f"known roles: {', '.join(ROLES)}")
                self.problem(data.line_of("roles"), f"unknown role '{role}' in {what}", hint)
        return roles

    def sources(self, data: LineDict, key: str, what: str) -> tuple[Source, ...]:
        value = data.get(key, [])
        if not isinstance(value, LineList):
            self.problem(data.line_of(key), f"{what} '{key}' should be a list", _got(value))
            return ()
        found: list[Source] = []
        for index, item in enumerate(value):
            line = value.line_of(index)
            source = self.mapping(item, line, "source")
            if source is None or not self.keys(source, SOURCE, "source"):
                continue
            url = source.get("url", "")
            document = source.get("document", "")
            if not url and not document:
                self.problem(source.line, "source has neither 'url' nor 'document'", "add where to read it")
            elif url and not (isinstance(url, str) and url.startswith(("https://", "http://"))):
                self.problem(source.line_of("url"), f"source url {url!r} is not a web address", "start with https://")
            found.append(Source(self.string(source, "title", "source"), str(url or ""), str(document or "")))
        return tuple(found)

    def variants(self, data: LineDict, key: str, what: str) -> dict[str, tuple[str, ...]]:
        """Question variants per language: ``{nl: [...], en: [...]}``, each language present."""
        table = self.mapping(data.get(key), data.line_of(key), f"{what} '{key}'")
        if table is None:
            return {}
        result: dict[str, tuple[str, ...]] = {}
        for lang in LANGUAGES:
            if lang not in table:
                self.problem(table.line, f"{what} '{key}' has no '{lang}' variants", f"add '{lang}:' with questions")
                continue
            result[lang] = self.string_list(table, lang, f"{what} '{key}'")
        self.known_languages(table, f"{what} '{key}'")
        return result


_LIST_ITEM = re.compile(r"^(- |• |\d+[.)] )")


def reflow(text: str) -> str:
    """Join hard-wrapped lines into paragraphs, as a phone shows them best.

    A blank line separates paragraphs; a line starting with "- ", "• " or "1. " starts a new line, and so
    does a line after one ending in ":". A line after a list item continues that item only when it is
    indented; a line flush with the list starts a new paragraph, so a closing sentence written under a
    list stays apart from its last item. Every other line break inside a paragraph becomes a space
    (authors wrap long YAML lines for readability).
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines: list[str] = []
        after_item = False
        for raw in block.splitlines():
            line = raw.strip()
            item = bool(_LIST_ITEM.match(line))
            if lines and after_item and not item and not raw[:1].isspace():
                paragraphs.append("\n".join(lines))
                lines = [line]
            elif lines and not item and not lines[-1].endswith(":"):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
            after_item = item or (after_item and raw[:1].isspace())
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _not_a_text(value: Any) -> str:
    if isinstance(value, dict):
        return "found a mapping: YAML reads a line with ': ' in it as a key and a value; put the text in quotes"
    if isinstance(value, (bool, int, float)):
        return f"{_got(value)}; put it in quotes to keep it as a text"
    if value is None or (isinstance(value, str) and not value.strip()):
        return "it is empty: write the text after '- ' or remove the line"
    return _got(value)


def _got(value: Any) -> str:
    if value is None:
        return "it is empty"
    kind = {bool: "true/false", dict: "a mapping", list: "a list", str: "a text", int: "a number"}
    for base, name in kind.items():
        if isinstance(value, base):
            return f"found {name}"
    return f"found {type(value).__name__}"
