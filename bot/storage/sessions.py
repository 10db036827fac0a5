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

from bot.engine.session import Session

__all__ = ["MemorySessionStore", "SessionStore", "SqliteSessionStore"]


class SessionStore(Protocol):
    def load(self, user: str) -> Session | None: ...

    def save(self, session: Session, at: datetime.datetime) -> None: ...

    def delete(self, user: str) -> None: ...

    def purge_idle(self, before: datetime.datetime) -> int:
        """Forget conversations not touched since ``before``; return how many."""
        ...

    def count(self) -> int: ...


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
            self._rows[session.user] = (session.to_dict(), at)

    def delete(self, user: str) -> None:
        with self._lock:
            self._rows.pop(user, None)

    def purge_idle(self, before: datetime.datetime) -> int:
        with self._lock:
            stale = [user for user, (_, at) in self._rows.items() if at < before]
            for user in stale:
                del self._rows[user]
        return len(stale)

    def count(self) -> int:
        return len(self._rows)


class SqliteSessionStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()

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
        row = [session.user, json.dumps(session.to_dict()), _iso(at)]
        with self._lock:
            # plain SQL on the hot path: Table.upsert introspects the schema on every call (bench/telegram_bench.py)
            self.db.execute("insert into sessions (user, data, updated_at) values (?, ?, ?) on conflict(user) do "
                            "update set data = excluded.data, updated_at = excluded.updated_at", row)

    def delete(self, user: str) -> None:
        with self._lock:
            self.db.execute("delete from sessions where user = ?", [user])

    def purge_idle(self, before: datetime.datetime) -> int:
        with self._lock:
            cursor = self.db.execute("delete from sessions where updated_at < ?", [_iso(before)])
        return int(cursor.rowcount)

    def count(self) -> int:
        with self._lock:
            return int(self.db.execute("select count(*) from sessions").fetchone()[0])


def _iso(at: datetime.datetime) -> str:
    return at.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")
