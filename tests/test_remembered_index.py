"""A language's FAQ index is built once per content and code, and read back the same: same terms, weights,
variants and directions, so every question gets the answer a freshly built index gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.model import Content
from bot.faq.language_index import LanguageIndex, Target
from bot.faq.message import read_message
from bot.faq.remembered_index import remembered_index

QUESTIONS = [
    "mag ik als jongerenwerker iets doorgeven aan de wijkagent?",
    "wat mag ik als wijkagent doorgeven aan een jongerenwerker?",
    "ik heb per ongelk gegevens naar de verkeerde persoon gestuurd, wat nu",
    "hoe lang bewaren jullie het dossier na afloop van de casus",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HELPDESK_CACHE", str(folder))
    return folder


def build(content: Content, targets: list[Target] | None = None) -> LanguageIndex:
    index = content.faq_index
    return remembered_index("nl", targets or index.targets, content.synonyms, index.subject, index.parties)


def test_a_read_back_index_equals_a_fresh_build(lexical_content: Content, cache: Path) -> None:
    built = build(lexical_content)
    again = build(lexical_content)
    assert len(list(cache.glob("index-*.pickle"))) == 1 and again is not built
    assert again.idf == built.idf and again.variants == built.variants and again.surface == built.surface
    assert [v.direction for own in again.variants for v in own] == [v.direction for own in built.variants for v in own]
    for question in QUESTIONS:
        message = read_message(question)
        assert again.query_terms(message) == built.query_terms(message)
        assert again.direction.read(question) == built.direction.read(question)


def test_a_changed_answer_builds_a_new_index(lexical_content: Content, cache: Path) -> None:
    targets = list(lexical_content.faq_index.targets)
    build(lexical_content, targets)
    first = targets[0]
    targets[0] = Target(first.id, first.variants, {**first.extra, "nl": f"{first.extra['nl']} kwispelstaart"})
    changed = build(lexical_content, targets)
    assert len(list(cache.glob("index-*.pickle"))) == 2 and changed.analyzer.stem("kwispelstaart") in changed.idf


def test_an_unreadable_remembered_index_is_built_again(lexical_content: Content, cache: Path) -> None:
    build(lexical_content)
    (written,) = cache.glob("index-*.pickle")
    written.write_bytes(b"not a pickle")
    index = lexical_content.faq_index
    fresh = LanguageIndex("nl", index.targets, lexical_content.synonyms, index.subject, index.parties)
    assert build(lexical_content).idf == fresh.idf
    assert written.read_bytes() != b"not a pickle"
