"""Known Dutch and English words (from wordfreq, see ``data/README.md``), loaded on first use.

A known word is never "repaired" into a FAQ word, and a known word the FAQ never uses is real information
(the question is about something else), where an unknown word is most likely a name or an abbreviation.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

__all__ = ["dutch_rank", "is_known_word"]

_DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=2)
def _words(lang: str) -> tuple[str, ...]:
    """A language's word list, most frequent first."""
    with gzip.open(_DATA / f"words_{lang}.txt.gz", "rt", encoding="utf-8") as source:
        return tuple(source.read().split())


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(_words("nl")).union(_words("en"))


def is_known_word(folded: str) -> bool:
    """``folded`` as :func:`bot.faq.normalise.fold` makes it: "vandaag" is known, "vandan" is not."""
    return folded in _known()


@lru_cache(maxsize=1)
def _dutch_ranks() -> dict[str, int]:
    return {word: rank for rank, word in enumerate(_words("nl"), start=1)}


def dutch_rank(folded: str) -> int | None:
    """How common a Dutch word is: 1 for the most frequent ("de"), None for a word not in the list."""
    return _dutch_ranks().get(folded)
