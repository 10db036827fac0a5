"""Where conversations are kept between turns: a small interface with two implementations.

Both pass the same contract test (tests/test_session_store.py). The SQLite store writes at every turn,
so a restart resumes every conversation where it was.
"""

from __future__ import annotations

import datetime
import json
import threading
from typing import Protocol

from sqlite_utils import Database

from bot.clock import iso
from bot.engine.session import Session
from bot.storage.database import lock_of, transaction

__all__ = ["MemorySessionStore", "SessionStore", "SqliteSessionStore", "holds_draft"]


class SessionStore(Protocol):
    def load(self, user: str) -> Session | None: ...

    def save(self, session: Session, at: datetime.datetime) -> None: ...

    def delete(self, user: str) -> None: ...

    def purge_idle(self, before: datetime.datetime) -> int:
        """Forget conversations not touched since ``before``; return how many."""
        ...

    def purge_drafts(self, before: datetime.datetime) -> int:
        """Empty unsent escalation intakes (the concern typed so far) not touched since ``before``; how many."""
        ...

    def count(self) -> int: ...


def holds_draft(session: Session) -> bool:
    """An escalation intake in progress: its answers may quote the concern, which must not linger."""
    return bool(session.node and session.node.startswith("escalation:")) or session.answer("concern") is not None


def without_draft(session: Session) -> Session:
    return session.leave_flow()


class MemorySessionStore:
    def __init__(self) -> None:
        self._rows: dict[str, tuple[dict[str, object], datetime.datetime]] = {}
        self._lock = threading.Lock()

    def load(self, user: str) -> Session | None:
        with self._lock:
            row = self._rows.get(user)
        return Session.from_dict(row[0]) if row else None

    def save(self, session: Session, at: datetime.datetime) -> None:
        with self._lock:
            self._rows[str(session.user)] = (session.to_dict(), at)

    def delete(self, user: str) -> None:
        with self._lock:
            self._rows.pop(user, None)

    def purge_idle(self, before: datetime.datetime) -> int:
        with self._lock:
            stale = [user for user, (_, at) in self._rows.items() if at < before]
            for user in stale:
                del self._rows[user]
        return len(stale)

    def purge_drafts(self, before: datetime.datetime) -> int:
        with self._lock:
            stale = [user for user, (data, at) in self._rows.items()
                     if at < before and holds_draft(Session.from_dict(data))]
            for user in stale:
                data, at = self._rows[user]
                self._rows[user] = (without_draft(Session.from_dict(data)).to_dict(), at)
        return len(stale)

    def count(self) -> int:
        return len(self._rows)


class SqliteSessionStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = lock_of(db)

    def load(self, user: str) -> Session | None:
        with self._lock:
            rows = list(self.db.query("select data from sessions where user = ?", [user]))
        if not rows:
            return None
        try:
            return Session.from_dict(json.loads(rows[0]["data"]))
        except (ValueError, KeyError, TypeError):
            return None  # unreadable row (older or damaged): start afresh rather than fail the user

    def save(self, session: Session, at: datetime.datetime) -> None:
        row = [str(session.user), json.dumps(session.to_dict()), iso(at)]
        with self._lock:
            # plain SQL on the hot path: Table.upsert introspects the schema on every call (bench/telegram_bench.py)
            self.db.execute("insert into sessions (user, data, updated_at) values (?, ?, ?) on conflict(user) do "
                            "update set data = excluded.data, updated_at = excluded.updated_at", row)

    def delete(self, user: str) -> None:
        with self._lock:
            self.db.execute("delete from sessions where user = ?", [user])

    def purge_idle(self, before: datetime.datetime) -> int:
        with self._lock:
            cursor = self.db.execute("delete from sessions where updated_at < ?", [iso(before)])
        return int(cursor.rowcount)

    def purge_drafts(self, before: datetime.datetime) -> int:
        cleaned = 0
        with transaction(self.db):
            rows = list(self.db.query("select user, data from sessions where updated_at < ? and "
                                      "(data like '%escalation:%' or data like '%concern%')", [iso(before)]))
            for row in rows:
                try:
                    session = Session.from_dict(json.loads(row["data"]))
                except (ValueError, KeyError, TypeError):
                    self.db.execute("delete from sessions where user = ?", [row["user"]])
                    cleaned += 1
                    continue
                if holds_draft(session):
                    self.db.execute("update sessions set data = ? where user = ?",
                                    [json.dumps(without_draft(session).to_dict()), row["user"]])
                    cleaned += 1
        return cleaned

    def count(self) -> int:
        with self._lock:
            return int(self.db.execute("select count(*) from sessions").fetchone()[0])
