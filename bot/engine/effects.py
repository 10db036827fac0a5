"""What a turn asks the application layer to do: one frozen dataclass per effect.

The application layer (:mod:`bot.conversations`) dispatches on the type, from one table that a test
keeps complete (``tests/test_effects.py``), and may answer with an event of the effect's ``outcome`` type
(:mod:`bot.engine.outcomes`). ``kind`` is the effect's name in logs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar, Union, get_args

from bot.engine.events import EffectOutcome
from bot.engine.outcomes import (InviteRedeemed, QueueShown, TicketActed, TicketCreated, TicketMessaged, TicketShown,
                                 TicketsListed, TicketWithdrawn)

__all__ = ["EFFECT_TYPES", "CreateTicket", "Effect", "ListTickets", "LogFeedback", "LogUnanswered", "RedeemInvite",
           "TicketAction", "TicketDetail", "TicketMessage", "TicketQueue", "TicketWithdraw"]


class _Plain:
    """Every effect reads as a name and plain values (``kind``, ``data``) for logs and outcomes."""

    __slots__ = ()
    kind: ClassVar[str]
    outcome: ClassVar[type[EffectOutcome] | None] = None  # the event that answers it, if any

    @property
    def data(self) -> dict[str, Any]:
        return {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class LogUnanswered(_Plain):
    """A question the FAQ did not answer (or answered by a small margin), masked, for maintainers."""

    kind: ClassVar[str] = "log_unanswered"
    text: str
    lang: str
    role: str | None
    verdict: str  # "none", "suggest", "story" or "low_margin"
    score: float
    faq_id: str | None = None  # the entry that won by a small margin


@dataclass(frozen=True, slots=True)
class LogFeedback(_Plain):
    kind: ClassVar[str] = "log_feedback"
    faq_id: str
    vote: str  # "up" or "down"
    lang: str
    role: str | None


@dataclass(frozen=True, slots=True)
class CreateTicket(_Plain):
    """Send the intake to the municipality; the answers as the professional gave them."""

    kind: ClassVar[str] = "create_ticket"
    outcome: ClassVar[type[EffectOutcome] | None] = TicketCreated
    municipality: str
    concern: str
    urgency: str
    contact: str
    lang: str
    role: str


@dataclass(frozen=True, slots=True)
class RedeemInvite(_Plain):
    kind: ClassVar[str] = "redeem_invite"
    outcome: ClassVar[type[EffectOutcome] | None] = InviteRedeemed
    code: str
    flow: str  # the flow to start once registered


@dataclass(frozen=True, slots=True)
class ListTickets(_Plain):
    """/status: the professional's own tickets."""

    kind: ClassVar[str] = "list_tickets"
    outcome: ClassVar[type[EffectOutcome] | None] = TicketsListed


@dataclass(frozen=True, slots=True)
class TicketQueue(_Plain):
    """/queue: a municipal contact's open tickets."""

    kind: ClassVar[str] = "ticket_queue"
    outcome: ClassVar[type[EffectOutcome] | None] = QueueShown


@dataclass(frozen=True, slots=True)
class TicketAction(_Plain):
    """A contact claims or closes a ticket (``reason`` for a close)."""

    kind: ClassVar[str] = "ticket_action"
    outcome: ClassVar[type[EffectOutcome] | None] = TicketActed
    action: str  # "claim" or "close"
    ref: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class TicketDetail(_Plain):
    kind: ClassVar[str] = "ticket_detail"
    outcome: ClassVar[type[EffectOutcome] | None] = TicketShown
    ref: str


@dataclass(frozen=True, slots=True)
class TicketWithdraw(_Plain):
    kind: ClassVar[str] = "ticket_withdraw"
    outcome: ClassVar[type[EffectOutcome] | None] = TicketWithdrawn
    ref: str


@dataclass(frozen=True, slots=True)
class TicketMessage(_Plain):
    """A message on a ticket's thread, from the professional or the contact."""

    kind: ClassVar[str] = "ticket_message"
    outcome: ClassVar[type[EffectOutcome] | None] = TicketMessaged
    ref: str
    text: str
    urgent: bool = False  # the text describes acute danger: a follow-up reaches the contact marked SPOED


Effect = Union[LogUnanswered, LogFeedback, CreateTicket, RedeemInvite, ListTickets, TicketQueue, TicketAction,
               TicketDetail, TicketWithdraw, TicketMessage]
EFFECT_TYPES: tuple[type[Effect], ...] = get_args(Effect)
