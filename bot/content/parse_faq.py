"""Turn a loaded ``faq/*.yaml`` file into FAQ entries, reporting every problem with its line."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from bot.content.fields import Reader
from bot.content.model import FaqEntry, Where
from bot.content.schema import FAQ_ENTRY, OFF_TOPIC_TOPIC
from bot.content.yaml_source import LineDict, LineList

__all__ = ["PARTIES_KEY", "SUBJECT_KEY", "SynonymsFile", "parse_faq_file", "parse_off_topic_file",
           "parse_synonyms_file"]

SUBJECT_KEY = "subject"
PARTIES_KEY = "parties"


@dataclass(frozen=True)
class SynonymsFile:
    groups: list[tuple[tuple[str, ...], int]]  # words that mean the same, with the line of their group
    subject: tuple[str, ...]  # words that show a message is about the help desk's subject
    parties: tuple[tuple[str, ...], ...]  # who gives or receives information (bot.faq.direction)


def parse_faq_file(data: Any, path: str) -> tuple[list[FaqEntry], Reader]:
    reader = Reader(path)
    items = _top_list(reader, data, "faq", "FAQ entries")
    entries = []
    for index, item in enumerate(items):
        raw = reader.mapping(item, items.line_of(index), "FAQ entry")
        if raw is not None:
            entry = _entry(reader, raw)
            if entry is not None:
                entries.append(entry)
    return entries, reader


def _entry(reader: Reader, raw: LineDict) -> FaqEntry | None:
    if not reader.keys(raw, FAQ_ENTRY, "FAQ entry"):
        return None
    entry_id = reader.ident(raw, "id", "FAQ entry")
    what = f"FAQ entry '{entry_id}'"
    reviewed = raw.get("reviewed")
    if not isinstance(reviewed, datetime.date) or isinstance(reviewed, datetime.datetime):
        reader.problem(raw.line_of("reviewed"), f"{what} 'reviewed' should be a date", "write it as 2026-11-28")
        reviewed = datetime.date.min
    sources = reader.sources(raw, "sources", what)
    answer = reader.text(raw, "answer", what)
    needs_subject = _flag(reader, raw, "needs_subject", what)
    local_contact = _flag(reader, raw, "local_contact", what)
    return FaqEntry(
        id=entry_id,
        questions=reader.variants(raw, "question", what),
        answer=answer,
        sources=sources,
        reviewed=reviewed,
        where=Where(reader.path, raw.line),
        tags=reader.string_list(raw, "tags", what),
        roles=reader.roles(raw, what),
        related=reader.string_list(raw, "related", what),
        lines=dict(raw.key_lines),
        needs_subject=needs_subject,
        needs_one_of=reader.string_list(raw, "needs_one_of", what),
        local_contact=local_contact,
    )


def _flag(reader: Reader, raw: LineDict, key: str, what: str) -> bool:
    """An optional ``true``/``false`` field; anything else is a problem at its line (and counts as false)."""
    value = raw.get(key, False)
    if not isinstance(value, bool):
        reader.problem(raw.line_of(key), f"{what} '{key}' should be true or false",
                       f"write {key}: true, or leave it out")
    return value is True


def parse_synonyms_file(data: Any, path: str) -> tuple[SynonymsFile, Reader]:
    """``synonyms:`` is a list of groups; each group a list of words or phrases that mean the same. The optional
    ``subject:`` lists the words that show a message is about this help desk's subject, and ``parties:`` the
    parties information goes between, one list per party (see the file's header)."""
    reader = Reader(path)
    subject: tuple[str, ...] = ()
    parties: tuple[tuple[str, ...], ...] = ()
    if isinstance(data, LineDict) and SUBJECT_KEY in data:
        subject = _subject_words(reader, data)
    if isinstance(data, LineDict) and PARTIES_KEY in data:
        parties = _parties(reader, data)
    items = _top_list(reader, data, "synonyms", "synonym groups", optional=(SUBJECT_KEY, PARTIES_KEY))
    groups = []
    for index, group in enumerate(items):
        line = items.line_of(index)
        words = tuple(w.strip() for w in group if isinstance(w, str) and w.strip()) if isinstance(group, list) else ()
        if not isinstance(group, list) or len(words) != len(group) or len(words) < 2:
            reader.problem(line, "a synonym group should be a list of at least two words", "write [leerling, scholier]")
            continue
        groups.append((words, line))
    return SynonymsFile(groups, subject, parties), reader


def parse_off_topic_file(data: Any, path: str) -> tuple[tuple[str, ...], Reader]:
    """``off_topic:`` is a list of topics, each with a ``topic:`` title (for maintainers) and ``examples:`` per
    language: questions this help desk should not answer. Returns every example, both languages together."""
    reader = Reader(path)
    items = _top_list(reader, data, "off_topic", "off-topic topics")
    examples: list[str] = []
    for index, item in enumerate(items):
        raw = reader.mapping(item, items.line_of(index), "off-topic topic")
        if raw is None or not reader.keys(raw, OFF_TOPIC_TOPIC, "off-topic topic"):
            continue
        what = f"off-topic topic '{raw.get('topic')}'"
        if not isinstance(raw.get("topic"), str) or not raw["topic"].strip():
            reader.problem(raw.line_of("topic"), "an off-topic topic needs a title", "write topic: Een AVG-verzoek aan een bank")
        for found in reader.variants(raw, "examples", what).values():
            examples.extend(found)
    return tuple(dict.fromkeys(examples)), reader


def _parties(reader: Reader, data: LineDict) -> tuple[tuple[str, ...], ...]:
    items = data[PARTIES_KEY]
    if not isinstance(items, LineList):
        reader.problem(data.line_of(PARTIES_KEY), f"'{PARTIES_KEY}:' should hold a list of parties",
                       "write one party per line, e.g. '- [politie, boa]'")
        return ()
    parties = []
    for index, party in enumerate(items):
        words = tuple(w.strip() for w in party if isinstance(w, str) and w.strip()) if isinstance(party, list) else ()
        if not words or len(words) != len(party):
            reader.problem(items.line_of(index), "a party should be a list of one or more words",
                           "write [school, docent]")
            continue
        parties.append(words)
    return tuple(parties)


def _subject_words(reader: Reader, data: LineDict) -> tuple[str, ...]:
    items = data[SUBJECT_KEY]
    words = [w.strip() for w in items if isinstance(w, str) and w.strip()] if isinstance(items, list) else []
    if not isinstance(items, list) or len(words) != len(items):
        reader.problem(data.line_of(SUBJECT_KEY), f"'{SUBJECT_KEY}:' should be a list of words or phrases",
                       "write [radicalisering, extremisme, casusoverleg]")
    return tuple(words)


def _top_list(reader: Reader, data: Any, key: str, what: str, optional: tuple[str, ...] = ()) -> LineList:
    if not isinstance(data, LineDict) or key not in data or set(data) - {key, *optional}:
        found = ", ".join(sorted(data)) if isinstance(data, dict) else "no mapping"
        reader.problem(getattr(data, "line", 1), f"the file should have one top-level key '{key}:' (found: {found})",
                       f"put the {what} in a list under '{key}:'")
        return LineList()
    items = data[key]
    if not isinstance(items, LineList):
        reader.problem(data.line_of(key), f"'{key}:' should hold a list of {what}", "start each item with '- '")
        return LineList()
    return items
