"""The word lists the name detector reads: first names, surnames, places and words that are not names.

Read once, on first use (nothing is read at import). Phrases are kept as tuples of lowercase letter runs,
so "Zorg- en Veiligheidshuis" and "'s-Hertogenbosch" compare the same however they are typed.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from bot.errors import ConfigError

__all__ = ["Lexicon", "letter_runs"]

_LETTERS = re.compile(r"[^\W\d_]+")


def letter_runs(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).casefold() for m in _LETTERS.finditer(text))


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset[str]  # lowercase
    word_names: frozenset[str]  # first names that are also common words ("dan", "man", "will")
    dictionary_names: frozenset[str]  # first names that are a word in a Dutch or English dictionary ("elke")
    surnames: frozenset[str]  # lowercase, without particles: "dijk", "vries"
    phrases: frozenset[tuple[str, ...]]  # places, organisations, countries ...: never a name
    longest: int  # words in the longest phrase

    @classmethod
    def bundled(cls) -> Lexicon:
        return _bundled()

    def is_first_name(self, low: str) -> bool:
        return low in self.first_names


def _read(package: str, name: str) -> list[str]:
    path = resources.files(package) / "data" / name
    if not path.is_file():
        raise ConfigError(f"{package}/data/{name} is missing from the installed package; install with its package "
                          "data (see [tool.setuptools.package-data] in pyproject.toml)")
    return path.read_text(encoding="utf-8").splitlines()


@functools.cache
def _bundled() -> Lexicon:
    first: set[str] = set()
    words: set[str] = set()
    dictionary: set[str] = set()
    for line in _read("bot.privacy", "first_names.tsv"):
        name, _, flag = line.partition("\t")
        first.add(name.casefold())
        if flag == "~":
            words.add(name.casefold())
        if flag in ("~", "w"):
            dictionary.add(name.casefold())
    surnames = {line.casefold() for line in _read("bot.privacy", "surnames.txt") if line}
    phrases = {letter_runs(line) for line in _read("bot.privacy", "not_names.txt") if line and line[0] != "#"}
    for table in ("gemeenten.tsv", "woonplaatsen.tsv"):
        for line in _read("bot.escalation", table)[1:]:
            place = letter_runs(line.split("\t")[0])
            if len(place) > 1 or place[0] not in first:  # "Horst", "Linde": names first; "in Horst" below
                phrases.add(place)
    phrases.discard(())
    return Lexicon(frozenset(first), frozenset(words), frozenset(dictionary), frozenset(surnames - {"van", "de", "der", "den"}),
                   frozenset(phrases), max(len(p) for p in phrases))
