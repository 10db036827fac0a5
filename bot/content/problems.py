"""A content problem: where it is, what is wrong, and how to fix it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Problem", "did_you_mean"]


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    message: str
    hint: str = ""

    def render(self) -> str:
        """``faq/delen.yaml:14: answer 'x' links to 'y', which does not exist — did you mean 'z'?``"""
        text = f"{self.path}:{self.line}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text


def did_you_mean(word: str, candidates: Iterable[str], fallback: str = "") -> str:
    """A hint naming the closest candidate, or ``fallback`` when nothing is close."""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else fallback
