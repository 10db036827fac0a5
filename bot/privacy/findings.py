"""What a finding is, what each kind is called, and the helpers every detector shares."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.languages import LANGUAGES
from bot.texts.checks import PERSONAL_DATA

__all__ = ["DOUBT", "KINDS", "Finding", "Span", "describe", "placeholder", "scan"]

# Kinds that are masked. "doubt" is not among them: it marks a word that may be a name, for the user to judge.
KINDS = ("email", "phone", "bsn", "iban", "postcode", "address", "birthdate", "name", "handle", "plate", "class")
DOUBT = "doubt"

_PLACEHOLDERS = {"email": "[e-mail]", "phone": "[telefoonnummer]", "bsn": "[BSN]", "iban": "[IBAN]",
                 "postcode": "[postcode]", "address": "[adres]", "birthdate": "[geboortedatum]", "name": "[naam]",
                 "handle": "[account]", "plate": "[kenteken]", "class": "[klas]"}

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data: its kind (one of :data:`KINDS`, or :data:`DOUBT`) and where it stands."""

    kind: str
    start: int
    end: int
    text: str


def placeholder(kind: str) -> str:
    if kind not in _PLACEHOLDERS:
        raise ValueError(f"unknown kind of personal data: {kind!r}")
    return _PLACEHOLDERS[kind]


def describe(kind: str, lang: str) -> str:
    """How to name a kind of personal data to the user, e.g. ``describe("phone", "nl") == "een telefoonnummer"``."""
    if kind not in PERSONAL_DATA or lang not in LANGUAGES:
        raise ValueError(f"cannot describe {kind!r} in {lang!r}")
    return PERSONAL_DATA[kind].get(lang)


def scan(kind: str, text: str, pattern: re.Pattern[str],
         accept: Callable[[re.Match[str]], Span | None]) -> Iterator[Finding]:
    """Matches of ``pattern`` that ``accept`` turns into a span; after a rejected match look again one further."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        span = accept(m)
        if span is None:
            pos = m.start() + 1
            continue
        yield Finding(kind, span[0], span[1], text[span[0]:span[1]])
        pos = max(span[1], m.start() + 1)
