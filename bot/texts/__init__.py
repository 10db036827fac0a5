"""The one catalogue of user-facing words the code says itself (content texts live in ``flows/`` and ``faq/``).

- :mod:`bot.texts.engine`: what the dialogue engine says (menus, prompts, commands, roles, checks);
- :mod:`bot.texts.escalation`: what the professional and the municipal contact read about a ticket.

Every entry is a :class:`~bot.languages.Text` with one wording per language of
:data:`bot.languages.LANGUAGES` (re-exported here as :data:`LANGS`, with :data:`DEFAULT_LANG` and
:func:`known_lang`). :func:`missing_translations` is run by ``helpdesk check`` (and a test): a missing or
empty wording, a wording in a language the help desk does not speak, a placeholder that one language uses
and another does not, or a language without its "I don't know" words or a name to choose it by, is a
problem to fix before shipping.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Mapping

from bot.languages import Text
from bot.languages import DEFAULT as DEFAULT_LANG
from bot.languages import LANGUAGES as LANGS
from bot.languages import known as known_lang
from bot.texts import checks, engine, escalation

__all__ = ["DEFAULT_LANG", "LANGS", "catalogue", "fill", "known_lang", "missing_translations", "per_language"]


def catalogue() -> Iterator[tuple[str, Text]]:
    """Every text with a name saying where it lives, e.g. ``engine.PHRASES['welcome']``."""
    tables: dict[str, Mapping[str, Text]] = {
        "engine.PHRASES": engine.PHRASES, "engine.ROLE_LABELS": engine.ROLE_LABELS,
        "engine.COMMANDS": engine.COMMANDS, "checks.CHECKS": checks.CHECKS, "checks.RECORD_LABELS": checks.RECORD_LABELS,
        "checks.PERSONAL_DATA": checks.PERSONAL_DATA,
        "escalation.TEXTS": escalation.TEXTS, "escalation.URGENCY": escalation.URGENCY,
    }
    for table, entries in tables.items():
        for key, text in entries.items():
            yield f"{table}[{key!r}]", text


def per_language(wording: Callable[[str], str]) -> Text:
    """A text built the same way in every language, e.g. ``per_language(lambda lang: listing(kinds, lang))``."""
    return Text({lang: wording(lang) for lang in LANGS})


def fill(text: Text, **values: str | Text) -> Text:
    """``text`` with its placeholders filled in each language; a :class:`Text` value gives its own wording."""
    return per_language(lambda lang: text.get(lang).format(
        **{key: value.get(lang) if isinstance(value, Text) else value for key, value in values.items()}))


def missing_translations() -> list[str]:
    """One line per text that is empty in a language or whose placeholders differ between languages."""
    problems: list[str] = []
    for name, text in catalogue():
        fields = {lang: _placeholders(text.wordings.get(lang, "")) for lang in LANGS}
        for lang in LANGS:
            if not text.wordings.get(lang, "").strip():
                problems.append(f"bot/texts: {name} has no {lang} wording")
            elif fields[lang] != fields[DEFAULT_LANG]:
                problems.append(f"bot/texts: {name} uses {sorted(fields[lang])} in {lang} but "
                                f"{sorted(fields[DEFAULT_LANG])} in {DEFAULT_LANG}")
        problems += [f"bot/texts: {name} has a wording in {lang!r}, which is not a language of bot/languages.py"
                     for lang in text.wordings if lang not in LANGS]
    for lang in LANGS:
        if not engine.UNKNOWN_WORDS.get(lang):
            problems.append(f"bot/texts: engine.UNKNOWN_WORDS has no {lang} words for \"I don't know\"")
        if lang not in engine.LANGUAGE_NAMES.values():
            problems.append(f"bot/texts: engine.LANGUAGE_NAMES has no word that chooses {lang}")
    return problems


def _placeholders(wording: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(wording) if field is not None}
