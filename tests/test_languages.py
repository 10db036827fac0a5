"""Languages are data: named once in bot/languages.py, a Text is keyed by them, and nothing else names them."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.content.model import Text
from bot.languages import DEFAULT, LANGUAGES, known
from bot.texts import missing_translations
from tests.conftest import FIXTURES, ROOT

# Where a language code may be written: the one definition, and the catalogue's wordings keyed by it.
ALLOWED = ("bot/languages.py", "bot/texts/")

# Modules that still name a language code, each with why. Other engineers own them while issue 14 lands;
# the test below fails once one is clean, so the list only shrinks.
NOT_YET_CLEAN = {
    "bot/faq/normalise.py": "stop words and a stemmer per language: the matcher's own per-language data",
    "bot/faq/language.py": "marker words per language, to tell which language a question is in",
    "bot/faq/words.py": "a word list file per language (faq/data/words_<lang>.txt.gz)",
    "bot/faq/ask.py": "falls back to 'nl' for an unknown language; bot.languages.known does that",
    "bot/faq/matcher.py": "falls back to 'nl' for an unknown language; bot.languages.known does that",
    "bot/engine/checks.py": "bot.places.Lookup carries note_nl/note_en (from escalation/aliases.py); "
                            "a note: Text there would end it",
    "bot/escalation/aliases.py": "'en' is the Dutch word 'and' in a former municipality's note, not a code; the "
                                 "note's two wordings (Alias.notes) belong in the catalogue",
    "bot/storage/questions.py": "record(lang='nl') default; bot.languages.DEFAULT says the same",
    "bot/faq/verb_forms.py": "'en' is the Dutch infinitive ending ('del' + 'en'), not a language code",
}


def language_codes_written() -> Iterator[str]:
    """``path:line: what`` for every language code in bot/: a string, a keyword (``nl=``) or an attribute (``.nl``)."""
    for path in sorted((ROOT / "bot").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in LANGUAGES:
                yield f"{name}:{node.lineno}: {node.value!r}"
            elif isinstance(node, ast.keyword) and node.arg in LANGUAGES:
                yield f"{name}:{node.value.lineno}: {node.arg}="
            elif isinstance(node, ast.Attribute) and node.attr in LANGUAGES:
                yield f"{name}:{node.lineno}: .{node.attr}"


def _module(hit: str) -> str:
    return hit.split(":", 1)[0]


def test_no_module_names_a_language_code_outside_the_languages_and_the_catalogue() -> None:
    stray = [hit for hit in language_codes_written()
             if not _module(hit).startswith(ALLOWED) and _module(hit) not in NOT_YET_CLEAN]
    assert stray == [], "use bot.languages.LANGUAGES / DEFAULT, or move the wording to bot/texts/"


def test_the_modules_not_yet_clean_still_name_a_code_so_the_list_shrinks() -> None:
    written = {_module(hit) for hit in language_codes_written()}
    assert set(NOT_YET_CLEAN) - written == set(), "clean now: remove it from NOT_YET_CLEAN in tests/test_languages.py"


def test_the_scan_sees_codes_written_each_way() -> None:
    hits = list(language_codes_written())
    assert any(hit.startswith("bot/languages.py:") and hit.endswith(f"{DEFAULT!r}") for hit in hits)
    assert any(hit.startswith("bot/texts/engine.py:") and hit.endswith(f" {DEFAULT}=") for hit in hits)


def test_a_text_is_keyed_by_language_and_falls_back_to_the_default_language() -> None:
    text = Text({DEFAULT: "Hallo"})
    assert text.wordings == {DEFAULT: "Hallo"}
    assert [text.get(lang) for lang in LANGUAGES] == ["Hallo"] * len(LANGUAGES)
    assert Text(nl="Hallo", en="Hello").get("en") == "Hello"
    assert Text(nl="Hallo", en="").get("en") == "Hallo"
    assert Text().get(DEFAULT) == ""


def test_texts_are_equal_by_their_wordings_hashable_and_unchangeable() -> None:
    assert Text(nl="Ja", en="Yes") == Text({"en": "Yes", "nl": "Ja"}) != Text(nl="Ja", en="Yes!")
    assert len({Text(nl="Ja", en="Yes"), Text({"nl": "Ja", "en": "Yes"})}) == 1
    assert repr(Text(nl="Ja", en="Yes")) == "Text(nl='Ja', en='Yes')"
    with pytest.raises(AttributeError):
        Text(nl="Ja").wordings = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        Text(nl="Ja").wordings["en"] = "Yes"  # type: ignore[index]


def test_an_unknown_stored_language_becomes_the_default() -> None:
    assert [known(code) for code in (*LANGUAGES, "xx", None, 3)] == [*LANGUAGES, DEFAULT, DEFAULT, DEFAULT]


def test_the_catalogue_refuses_a_wording_in_a_language_the_help_desk_does_not_speak(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.texts import checks

    monkeypatch.setitem(checks.CHECKS, "not_text", Text(nl="Typ tekst.", en="Type text.", de="Tippe Text."))
    assert missing_translations() == [
        "bot/texts: checks.CHECKS['not_text'] has a wording in 'de', which is not a language of bot/languages.py"]


# Run helpdesk check as if bot/languages.py listed a third language: the patch comes before any other import.
_WITH_FRISIAN = ("import sys, bot.languages as languages\n"
                 "languages.LANGUAGES = (*languages.LANGUAGES, 'fy')\n"
                 "from bot.cli import main\n"
                 "sys.exit(main(['check']))\n")


def test_a_third_language_makes_helpdesk_check_list_every_missing_wording_with_file_and_line(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "content_ok", content)
    env = {**os.environ, "HELPDESK_CONTENT": str(content)}
    env.pop("HELPDESK_CONTACTS", None)
    done = subprocess.run([sys.executable, "-c", _WITH_FRISIAN], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    lines = done.stderr.splitlines()
    assert done.returncode == 1
    # the catalogue: every text, the "I don't know" words and a word to choose the language by
    assert "bot/texts: engine.PHRASES['welcome'] has no fy wording" in lines
    assert "bot/texts: engine.UNKNOWN_WORDS has no fy words for \"I don't know\"" in lines
    assert "bot/texts: engine.LANGUAGE_NAMES has no word that chooses fy" in lines
    catalogue = [line for line in lines if line.startswith("bot/texts: ")]
    assert all(" fy" in line for line in catalogue) and len(catalogue) > 150
    # the content: every FAQ answer and question list, every flow text, each with its file and line
    assert any(line.startswith("faq/basis.yaml:") and "'answer' has no 'fy' translation — add 'fy:'" in line
               for line in lines)
    assert any(line.startswith("faq/basis.yaml:") and "'question' has no 'fy' variants" in line for line in lines)
    assert any(line.startswith("flows/sharing.yaml:") and "has no 'fy' translation" in line for line in lines)
    problems = [line for line in lines if line.startswith(("faq/", "flows/"))]
    assert problems and all("'fy'" in line for line in problems)
