"""How an effect went, one type per effect that has an answer (see :mod:`bot.engine.effects`).

They share :class:`~bot.engine.events.EffectOutcome`'s plain values (``ok``, ``detail``, ``data``, ``items``,
``at``); the engine words each by its type (:func:`bot.engine.escalate.on_outcome`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.engine.events import EffectOutcome

__all__ = ["InviteRedeemed", "QueueShown", "TicketActed", "TicketCreated", "TicketMessaged", "TicketShown",
           "TicketWithdrawn", "TicketsListed"]


@dataclass(frozen=True, slots=True)
class InviteRedeemed(EffectOutcome):
    effect: ClassVar[str] = "redeem_invite"


@dataclass(frozen=True, slots=True)
class TicketCreated(EffectOutcome):
    """``ok``: stored and on its way; ``detail`` "national": no contact for the municipality."""

    effect: ClassVar[str] = "create_ticket"


@dataclass(frozen=True, slots=True)
class TicketsListed(EffectOutcome):
    effect: ClassVar[str] = "list_tickets"


@dataclass(frozen=True, slots=True)
class TicketShown(EffectOutcome):
    effect: ClassVar[str] = "ticket_detail"


@dataclass(frozen=True, slots=True)
class QueueShown(EffectOutcome):
    effect: ClassVar[str] = "ticket_queue"


@dataclass(frozen=True, slots=True)
class TicketActed(EffectOutcome):
    effect: ClassVar[str] = "ticket_action"


@dataclass(frozen=True, slots=True)
class TicketMessaged(EffectOutcome):
    effect: ClassVar[str] = "ticket_message"


@dataclass(frozen=True, slots=True)
class TicketWithdrawn(EffectOutcome):
    effect: ClassVar[str] = "ticket_withdraw"
