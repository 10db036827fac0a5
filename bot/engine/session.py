"""A conversation's state: a typed, frozen value with readable node ids.

Stores keep sessions as JSON (``to_dict`` / ``from_dict``); nothing here knows how.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.address import Address
from bot.texts import DEFAULT_LANG, known_lang

__all__ = ["Session", "TrailStep"]

FORMAT = 1


@dataclass(frozen=True, slots=True)
class TrailStep:
    """One answered step of the active flow: the node, the option or saved key, and what it showed."""

    node: str
    value: str


@dataclass(frozen=True, slots=True)
class Session:
    user: Address  # Address("telegram", "123456"), Address("console", "local"); stored as "telegram:123456"
    lang: str = DEFAULT_LANG
    role: str | None = None
    node: str | None = None  # "signalling:acute_danger", "onboarding:language", or None in the menu
    answers: tuple[tuple[str, str], ...] = ()  # values saved by question nodes and choices in this flow
    trail: tuple[TrailStep, ...] = ()
    last_faq: str | None = None
    suggestions: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()  # values offered by a check's buttons ("" = type again), for p: buttons
    registered: bool = False  # may escalate; set by the application layer from its records
    turns: int = 0

    def answer(self, key: str) -> str | None:
        for name, value in reversed(self.answers):
            if name == key:
                return value
        return None

    def with_answer(self, key: str, value: str) -> Session:
        kept = tuple((k, v) for k, v in self.answers if k != key)
        return dataclasses.replace(self, answers=(*kept, (key, value)))

    def at(self, node: str | None) -> Session:
        return dataclasses.replace(self, node=node)

    def leave_flow(self) -> Session:
        return dataclasses.replace(self, node=None, answers=(), trail=(), pending=())

    def replace(self, **changes: Any) -> Session:
        return dataclasses.replace(self, **changes)

    @property
    def flow(self) -> str | None:
        return self.node.split(":", 1)[0] if self.node else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "user": str(self.user),
            "lang": self.lang,
            "role": self.role,
            "node": self.node,
            "answers": [list(pair) for pair in self.answers],
            "trail": [[step.node, step.value] for step in self.trail],
            "last_faq": self.last_faq,
            "suggestions": list(self.suggestions),
            "pending": list(self.pending),
            "registered": self.registered,
            "turns": self.turns,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Session:
        """Read a stored session; unknown or missing fields fall back to defaults (older formats)."""
        return cls(
            user=Address.parse(str(data["user"])),
            lang=known_lang(data.get("lang")),
            role=data.get("role"),
            node=data.get("node"),
            answers=tuple((str(k), str(v)) for k, v in data.get("answers", [])),
            trail=tuple(TrailStep(str(n), str(v)) for n, v in data.get("trail", [])),
            last_faq=data.get("last_faq"),
            suggestions=tuple(data.get("suggestions", [])),
            pending=tuple(str(v) for v in data.get("pending", [])),
            registered=bool(data.get("registered", False)),
            turns=int(data.get("turns", 0)),
        )
