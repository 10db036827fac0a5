"""Deleting what is older than its retention period (see :class:`bot.config.Retention`).

``helpdesk serve`` runs this every hour, ``helpdesk purge`` on demand; both take the time as an argument,
so tests run it with a controlled clock. The stores built here over ``db`` take that connection's one lock
(:func:`bot.storage.database.lock_of`), the same lock as the stores ``serve`` answers conversations with, so
a purge never lands inside another store's transaction; each purge is one short transaction on the event
loop, as every database access is (see :mod:`bot.storage.database`).
"""

from __future__ import annotations

import datetime

from sqlite_utils import Database

from bot.config import Retention
from bot.storage.inbox import SqliteInbox
from bot.storage.outbox import SqliteOutbox
from bot.storage.tickets import SqliteTicketStore
from bot.storage.audit import SqliteAuditLog
from bot.storage.questions import SqliteQuestionLog
from bot.storage.sessions import SqliteSessionStore

__all__ = ["purge_expired"]


def purge_expired(db: Database, retention: Retention, now: datetime.datetime) -> dict[str, int]:
    days = datetime.timedelta(days=1)
    sessions = SqliteSessionStore(db)
    return {
        "intake drafts": sessions.purge_drafts(now - retention.drafts_hours * datetime.timedelta(hours=1)),
        "sessions": sessions.purge_idle(now - retention.sessions_days * days),
        "questions": SqliteQuestionLog(db).purge(now - retention.questions_days * days),
        "closed tickets": SqliteTicketStore(db).purge_closed(now - retention.tickets_days * days),
        "outbox payloads": SqliteOutbox(db).purge_payloads(now - retention.outbox_days * days),
        "audit log": SqliteAuditLog(db).purge(now - retention.audit_days * days),
        "unhandled updates": SqliteInbox(db).purge(now - retention.inbox_hours * datetime.timedelta(hours=1)),
    }
