"""The application layer around the pure engine: load the session, run the turn, save, carry out effects.

Every channel (console, Telegram) calls :meth:`Conversations.handle`; it is the one path from an event
to replies, and the one place that performs what the engine asks for.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from bot.address import Address
from bot.content.load import ContentHolder
from bot.content.model import Content
from bot.engine import Effect, EffectOutcome, Event, Session, Turn, handle, read_ahead
from bot.engine.effects import (CreateTicket, ListTickets, LogFeedback, LogUnanswered, RedeemInvite, TicketAction,
                                TicketDetail, TicketMessage, TicketQueue, TicketWithdraw)
from bot.escalation.results import ServiceResult
from bot.escalation.service import TicketService
from bot.engine.emergency import emergency_reply
from bot.engine.replies import Reply
from bot.engine.turn import DANGER_READ_CHARS, merge_texts
from bot.storage.questions import QuestionLog
from bot.storage.sessions import SessionStore

__all__ = ["Conversations", "EffectHandler", "ticket_handlers"]

log = logging.getLogger(__name__)


class EffectHandler(Protocol):
    """Carries out one kind of effect; may return events to feed back into the same conversation."""

    def __call__(self, effect: Any, session: Session, at: datetime.datetime, /) -> Sequence[Event]: ...


class Conversations:
    def __init__(self, content: ContentHolder, sessions: SessionStore, questions: QuestionLog,
                 tickets: TicketService | None = None) -> None:
        self.content = content
        self.sessions = sessions
        self.questions = questions
        self.tickets = tickets
        self.handlers: dict[type[Effect], EffectHandler] = {
            LogUnanswered: self._log_unanswered,
            LogFeedback: self._log_feedback,
            **(ticket_handlers(tickets) if tickets is not None else {}),
        }

    def session_for(self, user: Address) -> Session:
        session = self.sessions.load(str(user)) or Session(user)
        registered = self.tickets is not None and self.tickets.access.is_registered(str(user))
        return session.replace(registered=registered) if registered != session.registered else session

    def emergency_for_unread(self, user: Address, text: str, by_meaning: bool = False) -> Reply | None:
        """For a message that is not read (dropped in a flood, or interrupted by a restart): the emergency reply
        when it describes acute danger, in the user's language; by default the word rules only, so a flood
        costs no model time."""
        content = self.content.content
        if content.danger is None:
            return None
        verdict = content.danger.check(text[:DANGER_READ_CHARS], by_meaning=by_meaning)
        return emergency_reply(content, self.session_for(user).lang, verdict) if verdict.urgent else None

    def read_ahead(self, event: Event) -> None:
        """The slow, pure part of reading ``event`` (see :func:`bot.engine.read_ahead`); safe in a worker thread."""
        read_ahead(self.content.content, event)

    def handle(self, user: Address, event: Event) -> Turn:
        """One event in, the replies out; the session is saved before this returns."""
        content = self.content.content
        session = self.session_for(user)
        turn = handle(content, session, event)
        replies, effects, visited = list(turn.replies), list(turn.effects), list(turn.visited)
        session = turn.session
        while effects:
            effect = effects.pop(0)
            for follow_up in self._perform(effect, session, event.at):
                more = handle(content, session, follow_up)
                session = more.session
                replies += more.replies
                effects += more.effects
                visited += more.visited
        self._log_flow_starts(content, visited, session, event.at)
        try:
            self.sessions.save(session, event.at)
        except sqlite3.OperationalError as exc:
            # a lock held by another process (busy timeout passed): answer anyway; only the step is not kept
            log.warning("could not save the conversation (%s); the reply is sent all the same", exc)
        return Turn(session, merge_texts(tuple(replies)), (), tuple(visited))

    def _perform(self, effect: Effect, session: Session, at: datetime.datetime) -> Sequence[Event]:
        handler = self.handlers.get(type(effect))
        if handler is None:  # a ticket effect without a ticket service (tests/test_effects.py keeps the rest)
            log.error("no handler for effect %r", effect.kind)
            return [effect.outcome(False, "unavailable", at=at)] if effect.outcome else []
        return handler(effect, session, at)

    def _log_flow_starts(self, content: Content, visited: Sequence[str], session: Session,
                         at: datetime.datetime) -> None:
        """A flow's first node visited counts as one use of that flow, by role (``helpdesk stats``); no user id."""
        starts = {flow.start: flow.id for flow in content.flows.values()}
        for node_id in visited:
            if node_id in starts:
                with _optional_write("a flow's use"):
                    self.questions.record("flow_start", at, lang=session.lang, role=session.role,
                                          faq_id=starts[node_id])

    def _log_unanswered(self, effect: LogUnanswered, session: Session, at: datetime.datetime) -> list[Event]:
        kind = {"none": "unanswered", "low_margin": "low_margin"}.get(effect.verdict, "suggested")
        with _optional_write("an unanswered question"):
            self.questions.record(kind, at, text=effect.text, lang=effect.lang or session.lang, role=session.role,
                                  faq_id=effect.faq_id, score=effect.score)
        return []

    def _log_feedback(self, effect: LogFeedback, session: Session, at: datetime.datetime) -> list[Event]:
        with _optional_write("feedback"):
            self.questions.record(f"feedback_{effect.vote}", at, lang=session.lang, role=session.role,
                                  faq_id=effect.faq_id)
        return []


def ticket_handlers(tickets: TicketService) -> dict[type[Effect], EffectHandler]:
    """The ticket effects, carried out by the escalation service; its answers become engine events."""

    def create(effect: CreateTicket, session: Session, at: datetime.datetime) -> list[Event]:
        return [_event(effect, tickets.create(session.user, effect.data, at))]

    def act(effect: TicketAction, session: Session, at: datetime.datetime) -> list[Event]:
        return [_event(effect, tickets.act(session.user, effect.action, effect.ref, at, effect.reason))]

    def message(effect: TicketMessage, session: Session, at: datetime.datetime) -> list[Event]:
        return [_event(effect, tickets.message(session.user, effect.ref, effect.text, at, urgent=effect.urgent))]

    return {
        CreateTicket: create,
        TicketAction: act,
        TicketMessage: message,
        RedeemInvite: lambda e, s, at: [_event(e, tickets.redeem(s.user, e.code, e.flow, at))],
        ListTickets: lambda e, s, at: [_event(e, tickets.list_for(s.user, at))],
        TicketDetail: lambda e, s, at: [_event(e, tickets.detail(s.user, e.ref, at))],
        TicketWithdraw: lambda e, s, at: [_event(e, tickets.withdraw(s.user, e.ref, at))],
        TicketQueue: lambda e, s, at: [_event(e, tickets.queue(s.user, at))],
    }


def _event(effect: Effect, result: ServiceResult) -> EffectOutcome:
    """The ticket service's answer as the engine reads it: the outcome type of the effect asked for."""
    outcome = effect.outcome or EffectOutcome
    return outcome(result.ok, result.detail, result.data, result.items, at=result.at)


@contextlib.contextmanager
def _optional_write(what: str) -> Iterator[None]:
    """Statistics for maintainers are not worth failing a user's turn over (a lock held elsewhere)."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        log.warning("could not record %s (%s)", what, exc)
