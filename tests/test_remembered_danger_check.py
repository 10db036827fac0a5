"""The danger check is built once per danger file and code, and read back the same: every message gets the
verdict a freshly built check gives, an edited word builds a new one, and ``helpdesk check`` never uses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.load import load_content

MESSAGES = [
    "hij staat nu met een mes in de aula",
    "er staat een man met een mes bij de viskraam, het is geen grap",
    "mijn zoon had een nachtmerrie dat er een man met een bijl was, is dat normaal?",
    "mag ik als jongerenwerker iets doorgeven aan de wijkagent?",
    "een groep gaat vanavond met knuppels naar de opvang",
    "ik ontplof echt als hij morgen weer te laat komt",
    "he has a gun in his bag and says today is the day",
]


def test_a_read_back_check_gives_the_same_verdicts(lexical_cache: Path, content_copy: Path) -> None:
    built = load_content(content_copy).danger
    again = load_content(content_copy).danger
    assert len(list(lexical_cache.glob("danger-*.pickle"))) == 1 and again is not built
    for text in MESSAGES:
        fresh, kept = built.check(text, by_meaning=False), again.check(text, by_meaning=False)
        assert (kept.urgent, kept.groups, kept.calm, kept.found) == (fresh.urgent, fresh.groups, fresh.calm, fresh.found)


def test_an_edited_danger_file_builds_a_new_check(lexical_cache: Path, content_copy: Path) -> None:
    assert not load_content(content_copy).danger.check("de kwispelstaart staat klaar", by_meaning=False).urgent
    danger = content_copy / "faq" / "danger.yaml"
    danger.write_text(danger.read_text(encoding="utf-8").replace(
        "  urgent_when:\n", "  urgent_when:\n    - [kwispel]\n", 1).replace(
        "  words:\n", "  words:\n    kwispel: [kwispelstaart]\n", 1), encoding="utf-8")
    assert load_content(content_copy).danger.check("de kwispelstaart staat klaar", by_meaning=False).urgent
    assert len(list(lexical_cache.glob("danger-*.pickle"))) == 2


def test_helpdesk_check_neither_reads_nor_keeps_one(lexical_cache: Path, content_copy: Path) -> None:
    load_content(content_copy, full=True)
    assert not list(lexical_cache.glob("danger-*.pickle"))
