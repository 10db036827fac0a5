"""Questions the bot could not answer, and feedback on answers, kept for maintainers.

Texts are masked with :mod:`bot.privacy` here, whatever the caller did, and cut to a short length.

Callers hold a :class:`QuestionLog` (the interface): the conversations record, ``helpdesk questions`` reads,
retention purges. :class:`SqliteQuestionLog` keeps the rows in the ``questions`` table under the connection's
one lock (:func:`bot.storage.database.lock_of`).
"""

from __future__ import annotations

import datetime
from typing import Any, Protocol

from sqlite_utils import Database

from bot.clock import iso
from bot.privacy import mask_personal_data
from bot.storage.database import lock_of

__all__ = ["QuestionLog", "SqliteQuestionLog"]

TEXT_MAX_CHARS = 500


class QuestionLog(Protocol):
    """What the conversations, ``helpdesk questions`` and retention ask of the question log."""

    def record(self, kind: str, at: datetime.datetime, *, text: str = "", lang: str = "nl", role: str | None = None,
               faq_id: str | None = None, score: float | None = None) -> None:
        """One unanswered question, flow start or vote; ``text`` is stored masked and cut, whatever was passed."""
        ...

    def recent(self, kind: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """The newest rows first, of one kind or of all."""
        ...

    def feedback_totals(self) -> list[dict[str, Any]]:
        """Votes per FAQ entry (``faq_id``, ``up``, ``down``), the most disliked first."""
        ...

    def purge(self, before: datetime.datetime) -> int:
        """Deletes rows recorded before ``before``; how many."""
        ...


class SqliteQuestionLog:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = lock_of(db)

    def record(self, kind: str, at: datetime.datetime, *, text: str = "", lang: str = "nl", role: str | None = None,
               faq_id: str | None = None, score: float | None = None) -> None:
        row = [iso(at), kind, mask_personal_data(text[:TEXT_MAX_CHARS]), lang, role or "", faq_id or "", score]
        with self._lock:
            # plain SQL on the hot path: Table.insert reads the table's schema on every call (cProfile of
            # bench/telegram_bench.py: 1.0 ms a row under the profiler, five times a session save)
            self.db.execute("insert into questions (at, kind, text, lang, role, faq_id, score) "
                            "values (?, ?, ?, ?, ?, ?, ?)", row)

    def recent(self, kind: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        where, args = ("where kind = ?", [kind]) if kind else ("", [])
        with self._lock:
            return list(self.db.query(f"select * from questions {where} order by id desc limit ?", [*args, limit]))

    def feedback_totals(self) -> list[dict[str, Any]]:
        sql = ("select faq_id, sum(kind = 'feedback_up') as up, sum(kind = 'feedback_down') as down "
               "from questions where kind like 'feedback_%' group by faq_id order by down desc, up desc")
        with self._lock:
            return list(self.db.query(sql))

    def purge(self, before: datetime.datetime) -> int:
        with self._lock:
            cursor = self.db.execute("delete from questions where at < ?", [iso(before)])
        return int(cursor.rowcount)
