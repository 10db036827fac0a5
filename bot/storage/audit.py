"""The audit log: who did what, and when, never with any content (no concern, message or code).

Written for users' rights requests (``helpdesk forget``, ``helpdesk export-user``), maintainers' commands
(invite codes, reading the question log, purges) and every ticket action by a contact or the bot. A person
who asked to be forgotten appears only as a one-way hash of their id, so the entry proves the request was
carried out without keeping who made it.

Callers hold an :class:`AuditLog` (the interface); :class:`SqliteAuditLog` keeps the entries in the
``audit_log`` table under the connection's one lock (:func:`bot.storage.database.lock_of`). The ticket store
writes its own entries inside its transactions (``SqliteTicketStore._event``), into the same table.
"""

from __future__ import annotations

import datetime
import getpass
import hashlib
from typing import Any, Protocol

from sqlite_utils import Database

from bot.clock import iso
from bot.storage.database import lock_of

__all__ = ["AuditLog", "SqliteAuditLog", "operator", "pseudonym"]


def operator() -> str:
    """The actor for a command run by hand: the operating-system user who ran it."""
    try:
        return f"operator:{getpass.getuser()}"
    except (KeyError, OSError):
        return "operator:unknown"


def pseudonym(user: str) -> str:
    return "sha256:" + hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]


class AuditLog(Protocol):
    """What users' rights requests, maintainers' commands and retention ask of the audit log."""

    def record(self, at: datetime.datetime, actor: str, action: str, subject: str = "") -> None: ...

    def entries(self, *, actor: str = "", subject: str = "", limit: int = 1000) -> list[dict[str, Any]]:
        """Entries (``at``, ``actor``, ``action``, ``subject``) in the order written, filtered by what is given."""
        ...

    def purge(self, before: datetime.datetime) -> int:
        """Deletes entries written before ``before``; how many."""
        ...


class SqliteAuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = lock_of(db)

    def record(self, at: datetime.datetime, actor: str, action: str, subject: str = "") -> None:
        with self._lock:
            self.db.execute("insert into audit_log (at, actor, action, subject) values (?, ?, ?, ?)",
                            [iso(at), actor, action, subject])

    def entries(self, *, actor: str = "", subject: str = "", limit: int = 1000) -> list[dict[str, Any]]:
        where, args = [], []
        if actor:
            where.append("actor = ?")
            args.append(actor)
        if subject:
            where.append("subject = ?")
            args.append(subject)
        clause = f"where {' and '.join(where)}" if where else ""
        with self._lock:
            return list(self.db.query(f"select at, actor, action, subject from audit_log {clause} order by id "
                                      "limit ?", [*args, limit]))

    def purge(self, before: datetime.datetime) -> int:
        with self._lock:
            cursor = self.db.execute("delete from audit_log where at < ?", [iso(before)])
        return int(cursor.rowcount)
