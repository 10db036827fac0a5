"""Known Dutch and English words (from wordfreq, see ``data/README.md``), loaded on first use.

A known word is never "repaired" into a FAQ word, and a known word the FAQ never uses is real information
(the question is about something else), where an unknown word is most likely a name or an abbreviation.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

__all__ = ["is_known_word"]

_DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    words: set[str] = set()
    for lang in ("nl", "en"):
        with gzip.open(_DATA / f"words_{lang}.txt.gz", "rt", encoding="utf-8") as source:
            words.update(source.read().split())
    return frozenset(words)


def is_known_word(folded: str) -> bool:
    """``folded`` as :func:`bot.faq.normalise.fold` makes it: "vandaag" is known, "vandan" is not."""
    return folded in _known()
