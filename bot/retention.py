"""Deleting what is older than its retention period (see :class:`bot.config.Retention`)."""

from __future__ import annotations

import datetime

from sqlite_utils import Database

from bot.config import Retention
from bot.escalation.tickets import TicketStore
from bot.storage.questions import QuestionLog
from bot.storage.sessions import SqliteSessionStore

__all__ = ["purge_expired"]


def purge_expired(db: Database, retention: Retention, now: datetime.datetime) -> dict[str, int]:
    days = datetime.timedelta(days=1)
    return {
        "sessions": SqliteSessionStore(db).purge_idle(now - retention.sessions_days * days),
        "questions": QuestionLog(db).purge(now - retention.questions_days * days),
        "closed tickets": TicketStore(db).purge_closed(now - retention.tickets_days * days),
    }
