"""A language's FAQ index is built once per content and code, and read back the same: same terms, weights,
variants and directions, so every question gets the answer a freshly built index gives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.content.model import Content
from bot.faq.language_index import LanguageIndex, Target
from bot.faq.message import read_message
from bot.faq.remembered_index import remembered_index
from tests.conftest import ROOT

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


PROBE = """
import sys
from pathlib import Path
from bot.content.load import load_content
content = load_content(Path(sys.argv[1]))
match, _ = content.faq_index.match_asked(sys.argv[2], "nl", None)
print(match.target, round(match.score, 2))
"""


def test_an_index_read_back_in_another_process_answers_the_same(tmp_path: Path) -> None:
    """Another process hashes strings differently (PYTHONHASHSEED): nothing in the index may depend on that."""
    question = "ik twijfel, is dit al radicalisering?"  # asked exactly as a question variant says it
    answers = []
    for seed in ("1", "2"):  # the first builds and keeps the index, the second reads it back
        env = {**os.environ, "HELPDESK_CACHE": str(tmp_path / "cache"), "HELPDESK_SEMANTIC": "off",
               "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", PROBE, str(ROOT), question], capture_output=True, text=True,
                             env=env, check=True, cwd=ROOT)
        answers.append(run.stdout.strip())
    assert len(list((tmp_path / "cache").glob("index-*.pickle"))) == 1
    assert answers[0] == answers[1] and answers[0].startswith("twijfel_is_het_radicalisering ")
