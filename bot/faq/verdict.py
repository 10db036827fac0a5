"""What the matcher concluded about one message. A value, never ``None`` by accident."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Match"]


@dataclass(frozen=True, slots=True)
class Match:
    """``answer``: confident, ``target`` is the id, ``suggestions`` the runner-ups worth offering beside it;
    ``low_margin`` when the runner-up came close (log it); ``also_asked``: the message asked a second question,
    answered by this entry (offered first, and said so).
    ``suggest``: close, ``suggestions`` to offer. ``story``: a story that describes a worry and asks
    nothing, with no confident answer: offer the signalling guide (``suggestions`` may still be offered).
    ``none``: no answer; ``score`` says how close the best candidate came (0-100)."""

    verdict: Literal["answer", "suggest", "story", "none"]
    target: str | None
    score: float
    suggestions: tuple[str, ...] = ()
    low_margin: bool = False
    also_asked: str | None = None

    @classmethod
    def nothing(cls, score: float = 0.0) -> Match:
        return cls("none", None, score)
