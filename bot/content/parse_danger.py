"""Turn ``faq/danger.yaml`` into :class:`~bot.safety.rules.DangerRules`, reporting every problem with its line."""

from __future__ import annotations

import functools
import re
from typing import Any

from bot.content.fields import Reader
from bot.content.problems import did_you_mean
from bot.content.schema import DANGER
from bot.content.yaml_source import LineDict, LineList, line_of
from bot.safety.detector import EMOJI, fold
from bot.safety.rules import DangerRules, Phrase, WordPattern

__all__ = ["LINKS", "link_lines", "parse_danger_file"]

_WORD = re.compile(rf"^\*?[^\W_]+(?:'[^\W_]+)*\*?$|^[{EMOJI}]$")  # a word, or one pictograph ("🔪")
_BETWEEN_WORDS = re.compile(r"[\s-]+")
_JOINED_ITEM = re.compile(r"\s-\s")  # a list item read as part of the line above
LINKS = ("steps_node", "suicide_talk_entry")  # keys that name a flow step or a FAQ entry elsewhere
WIDE_MARK = "..."  # between two words of a phrase: the second may stand up to WIDE_GAP words further


@functools.lru_cache(maxsize=None)
def _pattern(text: str, exact_case: bool) -> WordPattern:
    """One shared value per word: the vocabulary repeats its words thousands of times."""
    return WordPattern(text, exact_case)


def parse_danger_file(data: Any, path: str) -> tuple[DangerRules, tuple[str, ...], Reader]:
    """The rules, the ``ordinary_words`` (never read as typos) and the reader with its problems."""
    reader = Reader(path)
    if not isinstance(data, LineDict) or set(data) != {"danger"}:
        reader.problem(line_of(data, 1), "the file should have one top-level key 'danger:'",
                       "see the comment at the top of faq/danger.yaml")
        return DangerRules.empty(), (), reader
    raw = reader.mapping(data["danger"], data.line_of("danger"), "'danger:'")
    if raw is None or not reader.keys(raw, DANGER, "'danger:'"):
        return DangerRules.empty(), (), reader
    groups = _groups(reader, raw)
    rules = DangerRules(
        groups=groups,
        urgent_when=_combinations(reader, raw, "urgent_when", groups),
        urgent_unless_denied=_combinations(reader, raw, "urgent_unless_denied", groups),
        urgent_unless_corrected=_combinations(reader, raw, "urgent_unless_corrected", groups),
        urgent_unless_calm=_combinations(reader, raw, "urgent_unless_calm", groups),
        negations=frozenset(fold(w) for w in _strings(reader, raw, "negations")),
        denials=_phrases(reader, raw, "denials"),
        calm=_phrases(reader, raw, "calm"),
        asides=_phrases(reader, raw, "asides"),
        worry=_phrases(reader, raw, "worry"),
        steps_node=str(raw.get("steps_node", "")),
        suicide_talk_entry=str(raw.get("suicide_talk_entry", "")),
        suicide_groups=_group_names(reader, raw, "suicide_groups", groups),
        suicide_talk_groups=_group_names(reader, raw, "suicide_talk_groups", groups),
        figure_groups=_group_names(reader, raw, "figure_groups", groups),
        meaning_not_enough=_group_names(reader, raw, "meaning_not_enough", groups),
        told_now_groups=_group_names(reader, raw, "told_now_groups", groups),
        past_days=frozenset(fold(w) for w in _strings(reader, raw, "past_days")),
        past_before=_phrases(reader, raw, "past_before"),
        past_after=_phrases(reader, raw, "past_after"),
        about=_phrases(reader, raw, "about"),
        settled=_phrases(reader, raw, "settled"),
        spellings=_spellings(reader, raw),
        names_when_capitalised=frozenset(fold(w) for w in _strings(reader, raw, "names_when_capitalised")),
        where=path,
    )
    return rules, _strings(reader, raw, "ordinary_words"), reader


def link_lines(data: Any) -> dict[str, int]:
    """Where ``steps_node`` and ``suicide_talk_entry`` stand, for the cross-file checks that what they name exists."""
    inner = data.get("danger") if isinstance(data, LineDict) else None
    return {key: inner.line_of(key) if isinstance(inner, LineDict) else 1 for key in LINKS}


def _groups(reader: Reader, raw: LineDict) -> dict[str, tuple[Phrase, ...]]:
    table = reader.mapping(raw.get("words"), raw.line_of("words"), "'words:'")
    groups: dict[str, tuple[Phrase, ...]] = {}
    if table is None:
        return groups
    for name, items in table.items():
        line = table.line_of(name)
        reader.check_ident(name, line, "word group")
        if not isinstance(items, LineList) or not items:
            reader.problem(line, f"word group '{name}' should be a list of words or phrases", "start each with '- '")
            continue
        phrases = (_phrase(reader, item, items.line_of(i)) for i, item in enumerate(items))
        groups[name] = tuple(p for p in phrases if p.words)
    return groups


def _combinations(reader: Reader, raw: LineDict, key: str, groups: dict[str, Any]) -> tuple[frozenset[str], ...]:
    items = raw.get(key, LineList())
    if not isinstance(items, LineList):
        reader.problem(raw.line_of(key), f"'{key}:' should be a list of [group, group] lines", "write - [act, soon]")
        return ()
    found = []
    for index, item in enumerate(items):
        line = items.line_of(index)
        if not isinstance(item, list) or not item or not all(isinstance(n, str) for n in item):
            reader.problem(line, f"each line of '{key}:' should be a list of group names", "write - [act, soon]")
            continue
        for name in item:
            if name not in groups:
                reader.problem(line, f"'{key}:' names the word group '{name}', which does not exist",
                               did_you_mean(name, groups, f"groups: {', '.join(groups)}"))
        found.append(frozenset(item))
    return tuple(found)


def _group_names(reader: Reader, raw: LineDict, key: str, groups: dict[str, Any]) -> frozenset[str]:
    """A list of word group names (``suicide_groups: [selfharm, means]``); each must exist."""
    names = set()
    for name, line in _lined_strings(reader, raw, key):
        if name in groups:
            names.add(name)
        else:
            reader.problem(line, f"'{key}:' names the word group '{name}', which does not exist",
                           did_you_mean(str(name), groups, f"groups: {', '.join(groups)}"))
    return frozenset(names)


def _spellings(reader: Reader, raw: LineDict) -> dict[str, str]:
    """``spellings:`` maps a chat spelling to the word it stands for, each one word (``nie: niet``)."""
    table = raw.get("spellings", LineDict())
    if not isinstance(table, LineDict):
        reader.problem(raw.line_of("spellings"), "'spellings:' should map a chat spelling to its word",
                       "write   nie: niet")
        return {}
    found: dict[str, str] = {}
    for typed, standard in table.items():
        line = table.line_of(typed)
        if not all(isinstance(w, str) and w.strip() and " " not in w.strip() for w in (typed, standard)):
            reader.problem(line, "each line of 'spellings:' should map one word to one word",
                           f"got {typed!r}: {standard!r}")
        elif fold(typed) == fold(standard):
            reader.problem(line, f"the spelling '{typed}' stands for itself", "leave it out")
        else:
            found[fold(typed)] = fold(standard)
    return found


def _lined_strings(reader: Reader, raw: LineDict, key: str) -> list[tuple[str, int]]:
    items = raw.get(key, LineList())
    if not isinstance(items, LineList):
        reader.problem(raw.line_of(key), f"'{key}:' should be a list of words or phrases", "start each with '- '")
        return []
    return [(item, items.line_of(i)) for i, item in enumerate(items)]


def _phrases(reader: Reader, raw: LineDict, key: str) -> tuple[Phrase, ...]:
    phrases = (_phrase(reader, text, line) for text, line in _lined_strings(reader, raw, key))
    return tuple(p for p in phrases if p.words)


def _strings(reader: Reader, raw: LineDict, key: str) -> tuple[str, ...]:
    found = []
    for text, line in _lined_strings(reader, raw, key):
        if isinstance(text, str) and text.strip() and " " not in text.strip():
            found.append(text.strip())
        else:
            reader.problem(line, f"each item of '{key}:' should be one word", f"got {text!r}")
    return tuple(found)


def _phrase(reader: Reader, text: Any, line: int) -> Phrase:
    if not isinstance(text, str) or not text.strip():
        reader.problem(line, "a word or phrase should be a non-empty text", f"got {text!r}")
        return Phrase(())
    anchored = text.strip().startswith("^")
    parts = _BETWEEN_WORDS.split(text.strip().lstrip("^").replace("’", "'").replace("\ufe0f", ""))
    words: list[WordPattern] = []
    marks: list[int] = []  # where a "..." stood: before the word of that place
    if _JOINED_ITEM.search(text):  # "opvang - nachtopvang": a '- ' indented one space too far joins the line above
        reader.problem(line, f"'{text.strip()}' reads as one phrase with a lone '-' in it",
                       "a '- ' indented further than the list joins the line above: give each '- ' the same indent")
    for part in parts:
        if part == WIDE_MARK:  # "steekt ... neer": the next word may stand further on
            marks.append(len(words))
            continue
        if not _WORD.match(part) or part.strip("*") == "":
            reader.problem(line, f"'{text}': '{part}' is not a word",
                           "use letters, digits, ' and -, with * at an end, or one pictograph such as 🔪")
            continue
        exact = part.isupper()  # written in capitals, such as IS
        words.append(_pattern(part if exact else fold(part), exact))
    if not words:
        reader.problem(line, f"'{text}' has no words", "write a word or a phrase")
    wide = frozenset(mark for mark in marks if 0 < mark < len(words))
    if len(wide) < len(marks):  # first, last or twice in a row
        reader.problem(line, f"'{text}': '...' stands between two words", "write it as 'steekt ... neer'")
    return Phrase(tuple(words), anchored, wide)
