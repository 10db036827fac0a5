"""The outbox: every message to a contact or a professional is stored first, then delivered.

A delivery that fails stays in the outbox and is tried again with backoff (10 s, 20 s, 40 s … up to an
hour), across restarts and outages, until it succeeds. Each delivery has a key (ticket, kind, recipient),
stored with a unique index, so the same message is never queued twice.

A worker *leases* a row before sending it: one conditional UPDATE sets status 'sending' and lease_until, so
two workers (two ``serve`` processes, or ``serve`` and a cron ``helpdesk deliver``) never take the same row.
A lease that runs out (its worker died) makes the row due again.

At-least-once: if the process dies after the mail server or Telegram accepted a message but before it is
marked sent, it is sent again once the lease has run out (LEASE). That window is one round trip wide;
e-mails carry a stable Message-ID so mail clients can fold such a repeat.

Callers hold an :class:`Outbox` (the interface); :class:`SqliteOutbox` keeps it in the database under the
connection's one lock (:func:`bot.storage.database.lock_of`).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Collection
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

from sqlite_utils import Database

from bot.address import Address
from bot.clock import iso
from bot.storage.database import lock_of, transaction

__all__ = ["Outbox", "OutboxItem", "SqliteOutbox", "backoff"]

LEASE = datetime.timedelta(minutes=5)
FIRST_RETRY = datetime.timedelta(seconds=10)
MAX_RETRY = datetime.timedelta(hours=1)


def backoff(attempts: int) -> datetime.timedelta:
    return min(FIRST_RETRY * (2 ** max(attempts - 1, 0)), MAX_RETRY)


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    channel: str  # the sender it waits for: "telegram", "email", "console"
    recipient: str  # that channel's id: a chat id, an e-mail address, the console user
    ref: str
    kind: str
    payload: dict[str, Any]
    attempts: int

    @property
    def address(self) -> Address:
        return Address(self.channel, self.recipient)


_DUE = "(status = 'pending' and next_attempt_at <= ?) or (status = 'sending' and lease_until <= ?)"


def _item(r: dict[str, Any]) -> OutboxItem:
    return OutboxItem(r["id"], r["key"], r["channel"], r["recipient"], r["ref"], r["kind"], json.loads(r["payload"]),
                      r["attempts"])


class Outbox(Protocol):
    """What the notices, the delivery worker, the console chat and retention ask of the outbox."""

    def atomic(self) -> AbstractContextManager[None]:
        """Changes that belong together (a delivery marked sent with what it changes): all or none."""
        ...

    def enqueue(self, *, key: str, channel: str, recipient: str, ref: str, kind: str, payload: dict[str, Any],
                at: datetime.datetime) -> bool: ...

    def due(self, now: datetime.datetime, limit: int = 50) -> list[OutboxItem]: ...

    def last_id(self) -> int: ...

    def lease(self, now: datetime.datetime, up_to: int | None = None, channels: Collection[str] | None = None
              ) -> OutboxItem | None: ...

    def waiting_channels(self) -> set[str]: ...

    def mark_sent(self, item_id: int, at: datetime.datetime) -> None: ...

    def mark_failed(self, item_id: int, error: str, now: datetime.datetime, *, permanent: bool = False
                    ) -> datetime.datetime: ...

    def purge_payloads(self, before: datetime.datetime) -> int: ...

    def forget_recipient(self, recipient: str) -> int: ...

    def counts(self) -> dict[str, int]: ...


class SqliteOutbox:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = lock_of(db)

    def atomic(self) -> AbstractContextManager[None]:
        return transaction(self.db)

    def enqueue(self, *, key: str, channel: str, recipient: str, ref: str, kind: str, payload: dict[str, Any],
                at: datetime.datetime) -> bool:
        """Queue a delivery; False when one with this key was queued before (nothing is queued twice)."""
        row = {"key": key, "channel": channel, "recipient": recipient, "ref": ref, "kind": kind,
               "payload": json.dumps(payload, ensure_ascii=False), "status": "pending", "attempts": 0,
               "next_attempt_at": iso(at), "last_error": "", "created_at": iso(at), "sent_at": ""}
        with self._lock:
            cursor = self.db.execute(
                "insert or ignore into outbox (key, channel, recipient, ref, kind, payload, status, attempts, "
                "next_attempt_at, last_error, created_at, sent_at) values (:key, :channel, :recipient, :ref, :kind, "
                ":payload, :status, :attempts, :next_attempt_at, :last_error, :created_at, :sent_at)", row)
        return bool(cursor.rowcount)

    def due(self, now: datetime.datetime, limit: int = 50) -> list[OutboxItem]:
        """What is waiting and due (read only: a worker takes rows with :meth:`lease`)."""
        with self._lock:
            rows = self.db.query(f"select * from outbox where {_DUE} order by id limit ?", [iso(now), iso(now), limit])
            return [_item(r) for r in rows]

    def last_id(self) -> int:
        with self._lock:
            return int(self.db.execute("select coalesce(max(id), 0) from outbox").fetchone()[0])

    def lease(self, now: datetime.datetime, up_to: int | None = None, channels: Collection[str] | None = None
              ) -> OutboxItem | None:
        """Take the next due row (id at most ``up_to``, for one of ``channels``, or any) until ``now + LEASE``;
        None when nothing is due. Rows for other channels are left as they are: they wait for their sender."""
        among = json.dumps(sorted(channels)) if channels is not None else None
        with self._lock:
            for _ in range(20):  # another worker may take a row between our SELECT and UPDATE: try the next
                rows = list(self.db.query(f"select id from outbox where ({_DUE}) and id <= ? and (? is null or "
                                          "channel in (select value from json_each(?))) order by id limit 1",
                                          [iso(now), iso(now), up_to if up_to is not None else 2**62, among, among]))
                if not rows:
                    return None
                cursor = self.db.execute(f"update outbox set status = 'sending', lease_until = ? where id = ? and ({_DUE})",
                                         [iso(now + LEASE), rows[0]["id"], iso(now), iso(now)])
                if cursor.rowcount:
                    row = next(iter(self.db.query("select * from outbox where id = ?", [rows[0]["id"]])))
                    return _item(row)
        return None

    def waiting_channels(self) -> set[str]:
        """The channels that rows still wait for (pending or being sent)."""
        with self._lock:
            return {r["channel"] for r in self.db.query("select distinct channel from outbox where status in "
                                                       "('pending', 'sending')")}

    def mark_sent(self, item_id: int, at: datetime.datetime) -> None:
        """Call inside ``db.atomic()`` together with what the delivery changes (the ticket, the next notice)."""
        with self._lock:
            # the payload (which may quote the concern) is not kept once delivered: store the least possible
            self.db.execute("update outbox set status = 'sent', sent_at = ?, attempts = attempts + 1, payload = '{}', "
                            "lease_until = '' where id = ?", [iso(at), item_id])

    def mark_failed(self, item_id: int, error: str, now: datetime.datetime, *, permanent: bool = False
                    ) -> datetime.datetime:
        """Schedule another attempt (or give up, when ``permanent``: the same request would fail again)."""
        with self._lock:
            attempts = self.db.execute("select attempts from outbox where id = ?", [item_id]).fetchone()[0] + 1
            retry_at = now + backoff(attempts)
            self.db.execute("update outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
                            "lease_until = '' where id = ?",
                            ["failed" if permanent else "pending", attempts, iso(retry_at), error[:300], item_id])
        return retry_at

    def purge_payloads(self, before: datetime.datetime) -> int:
        """Empty the payloads of rows that failed for good and are older than ``before`` (they may quote a concern)."""
        with self._lock:
            cursor = self.db.execute("update outbox set payload = '{}' where status = 'failed' and created_at < ? "
                                     "and payload != '{}'", [iso(before)])
        return int(cursor.rowcount)

    def forget_recipient(self, recipient: str) -> int:
        """Drop undelivered messages to one chat (used by ``helpdesk forget``)."""
        with self._lock:
            cursor = self.db.execute("delete from outbox where recipient = ? and status != 'sent'", [recipient])
        return int(cursor.rowcount)

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {r["status"]: r["n"] for r in self.db.query("select status, count(*) as n from outbox group by status")}

