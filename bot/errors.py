"""The few errors this project raises on purpose, each with a message that says what to do.

    HelpdeskError
    ├── ConfigError        bad or missing configuration (environment, contacts file)
    ├── ContentError       flows/FAQ that do not validate; carries every problem found
    └── DeliveryError      an escalation could not be delivered (yet); the outbox retries
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.content.problems import Problem

__all__ = ["ConfigError", "ContentError", "DeliveryError", "HelpdeskError"]


class HelpdeskError(Exception):
    """Base class: catch this at an adapter's edge to answer the user politely."""


class ConfigError(HelpdeskError):
    """Configuration is missing or wrong; the message names the setting and how to fix it."""


class ContentError(HelpdeskError):
    """Content did not validate. ``problems`` holds all of them, sorted by file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line, p.message))
        count = len(self.problems)
        lines = "\n".join(p.render() for p in self.problems)
        super().__init__(f"{count} content problem{'s' if count != 1 else ''}:\n{lines}")


class DeliveryError(HelpdeskError):
    """A message could not be delivered now; it stays in the outbox. ``permanent``: the same request would
    fail again (a refused message, a blocked bot), so it is not retried and is reported instead."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
