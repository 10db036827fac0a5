"""Typo repair against the FAQ's own vocabulary, from an index instead of a scan.

A word is repaired only when it is neither in the vocabulary nor a known Dutch or English word, so
"vechten" never becomes "recht" and "vandaag" never "vandaan". Candidates come from buckets keyed by
first letter and length (a typo rarely changes the first letter, and ``fuzz.ratio`` >= 82 allows at
most two letters more or less), so the cost grows with one bucket, not with the vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz, process

from bot.faq.words import is_known_word

__all__ = ["TypoIndex"]

TYPO_CUTOFF = 82  # rapidfuzz ratio for repairing an unknown word to a known one
MIN_LENGTH = 4  # shorter words are abbreviations more often than typos
LENGTH_SLACK = 2
REMEMBERED = 50_000  # repairs kept per index: a message's typo is repaired for its terms and again for its direction


class TypoIndex:
    def __init__(self, vocabulary: Iterable[str]) -> None:
        buckets: dict[tuple[str, int], list[str]] = {}
        for word in sorted(set(vocabulary)):
            buckets.setdefault((word[0], len(word)), []).append(word)
        self._buckets = {key: tuple(words) for key, words in buckets.items()}
        self._repaired: dict[str, tuple[str, float] | None] = {}

    def __getstate__(self) -> dict[str, object]:
        return {"_buckets": self._buckets}  # the remembered repairs are not kept with a remembered index

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._buckets = state["_buckets"]
        self._repaired = {}

    def repair(self, word: str) -> tuple[str, float] | None:
        """The closest vocabulary word and its similarity (0-1), or None: ``word`` must not be in the
        vocabulary itself (the caller checks that first). Remembered, so a word asked again costs a lookup."""
        if word in self._repaired:
            return self._repaired[word]
        found = self._closest(word)
        if len(self._repaired) < REMEMBERED:
            self._repaired[word] = found
        return found

    def _closest(self, word: str) -> tuple[str, float] | None:
        if len(word) < MIN_LENGTH or word.isdigit() or is_known_word(word):
            return None
        best: tuple[str, float] | None = None
        for length in range(len(word) - LENGTH_SLACK, len(word) + LENGTH_SLACK + 1):
            choices = self._buckets.get((word[0], length))
            if not choices:
                continue
            found = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            if found is not None and (best is None or found[1] > best[1]):
                best = (found[0], found[1] / 100)
        return best
