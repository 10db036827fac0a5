"""One way to compare place names however they are typed."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise"]

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    """Lowercase ASCII words: ``"'s-Hertogenbosch"`` → ``"s hertogenbosch"``, ``"Fryslân"`` → ``"fryslan"``.

    Used for names and aliases alike, so the two are compared in the same form."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("'", "").replace("\u2019", "").replace("`", "")
    return " ".join(_NON_WORD.sub(" ", plain).split())
