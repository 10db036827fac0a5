"""What the matcher concluded about one question. A value, never ``None`` by accident."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Match"]


@dataclass(frozen=True, slots=True)
class Match:
    """``answer``: confident, ``target`` is the id. ``suggest``: close, ``suggestions`` to offer.
    ``none``: no answer; ``score`` says how close the best candidate came (0-100)."""

    verdict: Literal["answer", "suggest", "none"]
    target: str | None
    score: float
    suggestions: tuple[str, ...] = ()

    @classmethod
    def nothing(cls, score: float = 0.0) -> Match:
        return cls("none", None, score)
