"""What the ticket service answers: its own values, which the application layer (:mod:`bot.conversations`)
turns into engine events. The escalation layer imports nothing from the engine."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ServiceResult"]


@dataclass(frozen=True, slots=True)
class ServiceResult:
    """How one request to the ticket service went.

    ``kind`` names the request (``create_ticket``, ``ticket_action``, ...), ``detail`` is a short code saying
    what happened (``taken``, ``forbidden``, ``national``), ``data`` holds plain values (``{"ref": "K7M-4QX"}``)
    and ``items`` rows (the user's tickets, a thread's events).
    """

    kind: str
    ok: bool
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    items: tuple[dict[str, str], ...] = ()
    at: datetime.datetime = field(kw_only=True)
