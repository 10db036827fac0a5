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
from typing import Protocol

from bot.content.load import ContentHolder
from bot.content.model import Content
from bot.engine import Effect, EffectOutcome, Event, Session, Turn, handle
from bot.escalation.results import ServiceResult
from bot.escalation.service import Actor, TicketService
from bot.engine.turn import merge_texts
from bot.storage.questions import QuestionLog
from bot.storage.sessions import SessionStore

__all__ = ["Conversations", "EffectHandler"]

log = logging.getLogger(__name__)


class EffectHandler(Protocol):
    """Carries out one kind of effect; may return events to feed back into the same conversation."""

    def __call__(self, effect: Effect, session: Session, at: datetime.datetime, /) -> Sequence[Event]: ...


class Conversations:
    def __init__(self, content: ContentHolder, sessions: SessionStore, questions: QuestionLog,
                 tickets: TicketService | None = None) -> None:
        self.content = content
        self.sessions = sessions
        self.questions = questions
        self.tickets = tickets
        self.handlers: dict[str, EffectHandler] = {
            "log_unanswered": self._log_unanswered,
            "log_feedback": self._log_feedback,
        }
        if tickets is not None:
            self.handlers.update({
                "redeem_invite": lambda e, s, at: [_event(tickets.redeem(s.user, e.data["code"], e.data["flow"], at))],
                "create_ticket": lambda e, s, at: [_event(tickets.create(s.user, e.data, at))],
                "list_tickets": lambda e, s, at: [_event(tickets.list_for(s.user, at))],
                "ticket_action": lambda e, s, at: [_event(tickets.act(Actor(user=s.user), e.data["action"],
                                                                      e.data["ref"], at, str(e.data.get("reason", ""))))],
                "ticket_message": lambda e, s, at: [_event(tickets.message(Actor(user=s.user), e.data["ref"],
                                                                           e.data["text"], at))],
                "ticket_detail": lambda e, s, at: [_event(tickets.detail(s.user, e.data["ref"], at))],
                "ticket_withdraw": lambda e, s, at: [_event(tickets.withdraw(s.user, e.data["ref"], at))],
                "ticket_queue": lambda e, s, at: [_event(tickets.queue(s.user, at))],
            })

    def session_for(self, user: str) -> Session:
        session = self.sessions.load(user) or Session(user)
        registered = self.tickets is not None and self.tickets.access.is_registered(user)
        return session.replace(registered=registered) if registered != session.registered else session

    def handle(self, user: str, event: Event) -> Turn:
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
        handler = self.handlers.get(effect.kind)
        if handler is None:
            log.error("no handler for effect %r", effect.kind)
            return [EffectOutcome(effect.kind, False, "unavailable", at=at)]
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

    def _log_unanswered(self, effect: Effect, session: Session, at: datetime.datetime) -> list[Event]:
        data = effect.data
        kind = {"none": "unanswered", "low_margin": "low_margin"}.get(str(data.get("verdict")), "suggested")
        with _optional_write("an unanswered question"):
            self.questions.record(kind, at, text=str(data.get("text", "")),
                                  lang=str(data.get("lang") or session.lang), role=session.role,
                                  faq_id=data.get("faq_id"), score=data.get("score"))
        return []

    def _log_feedback(self, effect: Effect, session: Session, at: datetime.datetime) -> list[Event]:
        with _optional_write("feedback"):
            self.questions.record(f"feedback_{effect.data['vote']}", at, lang=session.lang, role=session.role,
                                  faq_id=str(effect.data["faq_id"]))
        return []


def _event(result: ServiceResult) -> EffectOutcome:
    """The ticket service's answer as the engine reads it."""
    return EffectOutcome(result.kind, result.ok, result.detail, result.data, result.items, at=result.at)


@contextlib.contextmanager
def _optional_write(what: str) -> Iterator[None]:
    """Statistics for maintainers are not worth failing a user's turn over (a lock held elsewhere)."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        log.warning("could not record %s (%s)", what, exc)
