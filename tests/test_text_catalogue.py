"""The one catalogue of the code's own words (bot/texts/): every text in every language, and nowhere else."""

from __future__ import annotations

import ast

import pytest

from bot.content.model import Text
from bot.texts import LANGS, catalogue, fill, missing_translations, per_language
from tests.conftest import ROOT


def test_every_catalogue_text_exists_in_every_language_with_the_same_placeholders() -> None:
    assert missing_translations() == []
    assert len(list(catalogue())) > 150


def test_a_missing_wording_or_placeholder_is_reported_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.texts import checks

    monkeypatch.setitem(checks.CHECKS, "too_long", Text(nl="Te lang: {limit} tekens.", en="Too long."))
    monkeypatch.setitem(checks.CHECKS, "not_text", Text(nl="Typ tekst.", en=" "))
    assert missing_translations() == [
        "bot/texts: checks.CHECKS['not_text'] has no en wording",
        "bot/texts: checks.CHECKS['too_long'] uses [] in en but ['limit'] in nl",
    ]


def test_fill_puts_each_language_its_own_wording() -> None:
    question = Text(nl="Zeker?", en="Sure?")
    assert fill(Text(nl="{q} Ja: {n}", en="{q} Yes: {n}"), q=question, n="3") == Text(nl="Zeker? Ja: 3",
                                                                                      en="Sure? Yes: 3")
    assert per_language(str.upper) == Text({lang: lang.upper() for lang in LANGS})


def test_the_engine_builds_no_text_of_its_own() -> None:
    """Engine modules take wordings from bot/texts/ (or from content); they construct no literal Text."""
    for path in sorted((ROOT / "bot" / "engine").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literal = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call)
                   and getattr(node.func, "id", "") == "Text" and (node.args or node.keywords)
                   and all(isinstance(arg, ast.Constant) for arg in [*node.args, *(k.value for k in node.keywords)])]
        assert literal == [], f"{path.relative_to(ROOT)}:{literal[0] if literal else 0}: move this text to bot/texts/"


@pytest.mark.parametrize("key", ["no_answer", "no_answer_story"])
def test_without_an_answer_the_bot_names_routes_anyone_can_take(key: str) -> None:
    """A florist or a hotel receptionist has no contact person at the municipality (reading review 27): the text
    names the municipality's radicalisation contact and the LSE's advice line (FACTS §3.4), and ends with 112."""
    from bot.texts.engine import PHRASES

    for lang in LANGS:
        wording = PHRASES[key].get(lang)
        assert "088 20 80 080" in wording and wording.endswith("112.")
        assert "je contactpersoon" not in wording and "your municipal contact" not in wording
