"""The inbox: a Telegram update is stored before Telegram is told it arrived, so a crash cannot lose it.

Telegram forgets an update once the bot confirms it (the next getUpdates call, or the webhook's 200), but
the bot may be killed after that and before its turn ran or its reply went out. So every update is written
here first (:meth:`SqliteInbox.store`), *taken* when its turn starts and deleted when the turn has ended.
After a restart, :meth:`SqliteInbox.unfinished` gives back

- updates never taken: their turn never ran, so they are handled now, as if they had just arrived;
- updates taken but not finished: the turn may have run (the conversation moved on) without its reply
  reaching the user. Running it again could answer the wrong step, so the user is told instead, and the
  text is checked for acute danger once more.

A row lives for the milliseconds of one turn. What it holds (the update with the sender's names removed, so
a message text) is personal data, so rows left behind by a crash are purged after ``Retention.inbox_hours``
(Telegram keeps an unconfirmed update no longer than 24 hours either).
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.clock import iso
from bot.storage.database import lock_of, transaction

__all__ = ["Inbound", "SqliteInbox", "without_names"]

NAME_FIELDS = ("first_name", "last_name", "username")


@dataclass(frozen=True)
class Inbound:
    update_id: int
    data: dict[str, Any]  # the update as Telegram sent it, names removed (:func:`without_names`)
    taken: bool


def without_names(data: Any) -> Any:
    """The update with every user's and chat's names emptied: the turn needs ids, not names."""
    if isinstance(data, dict):
        return {key: "" if key in NAME_FIELDS and isinstance(value, str) else without_names(value)
                for key, value in data.items()}
    if isinstance(data, list):
        return [without_names(value) for value in data]
    return data


class SqliteInbox:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = lock_of(db)

    def store(self, update_id: int, data: dict[str, Any], at: datetime.datetime) -> None:
        """Keep an update until its turn has ended (a second copy of the same update is ignored)."""
        with self._lock:
            self.db.execute("insert or ignore into inbox (update_id, data, received_at, taken) values (?, ?, ?, 0)",
                            [update_id, json.dumps(without_names(data), ensure_ascii=False), iso(at)])

    def take(self, update_id: int) -> None:
        """The update's turn starts now."""
        with self._lock:
            self.db.execute("update inbox set taken = 1 where update_id = ?", [update_id])

    def done(self, update_id: int) -> None:
        """The update's turn has ended: nothing of it is kept."""
        with self._lock:
            self.db.execute("delete from inbox where update_id = ?", [update_id])

    def unfinished(self) -> list[Inbound]:
        """Updates whose turn did not end (a crash), oldest first."""
        with self._lock:
            rows = list(self.db.query("select update_id, data, taken from inbox order by update_id"))
        return [Inbound(r["update_id"], json.loads(r["data"]), bool(r["taken"])) for r in rows]

    def purge(self, before: datetime.datetime) -> int:
        with transaction(self.db):
            return self.db.execute("delete from inbox where received_at < ?", [iso(before)]).rowcount
