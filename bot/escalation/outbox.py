"""The outbox: every message to a contact or a professional is stored first, then delivered.

A delivery that fails stays in the outbox and is tried again with backoff (10 s, 20 s, 40 s … up to an
hour), across restarts and outages, until it succeeds. Each delivery has a key (ticket, kind, recipient),
stored with a unique index, so the same message is never queued twice.

At-least-once: if the process dies after the mail server or Telegram accepted a message but before it is
marked sent, it is sent again on restart. That window is one round trip wide; e-mails carry a stable
Message-ID so mail clients can fold such a repeat.
"""

from __future__ import annotations

import datetime
import json
import threading
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.escalation.tickets import iso

__all__ = ["Outbox", "OutboxItem", "backoff"]

FIRST_RETRY = datetime.timedelta(seconds=10)
MAX_RETRY = datetime.timedelta(hours=1)


def backoff(attempts: int) -> datetime.timedelta:
    return min(FIRST_RETRY * (2 ** max(attempts - 1, 0)), MAX_RETRY)


@dataclass(frozen=True)
class OutboxItem:
    id: int
    key: str
    channel: str  # "telegram" or "email"
    recipient: str  # chat id or e-mail address
    ref: str
    kind: str
    payload: dict[str, Any]
    attempts: int


class Outbox:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.RLock()

    def enqueue(self, key: str, channel: str, recipient: str, ref: str, kind: str, payload: dict[str, Any],
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
        with self._lock:
            rows = self.db.query("select * from outbox where status = 'pending' and next_attempt_at <= ? "
                                 "order by id limit ?", [iso(now), limit])
            return [OutboxItem(r["id"], r["key"], r["channel"], r["recipient"], r["ref"], r["kind"],
                               json.loads(r["payload"]), r["attempts"]) for r in rows]

    def mark_sent(self, item_id: int, at: datetime.datetime) -> None:
        with self._lock:
            # the payload (which may quote the concern) is not kept once delivered: store the least possible
            self.db.execute("update outbox set status = 'sent', sent_at = ?, attempts = attempts + 1, payload = '{}' "
                            "where id = ?", [iso(at), item_id])

    def mark_failed(self, item_id: int, error: str, now: datetime.datetime) -> datetime.datetime:
        """Schedule another attempt; returns when."""
        with self._lock:
            attempts = self.db.execute("select attempts from outbox where id = ?", [item_id]).fetchone()[0] + 1
            retry_at = now + backoff(attempts)
            self.db.execute("update outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?",
                            [attempts, iso(retry_at), error[:300], item_id])
        return retry_at

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {r["status"]: r["n"] for r in self.db.query("select status, count(*) as n from outbox group by status")}

    def sent_keys(self) -> list[str]:
        with self._lock:
            return [r["key"] for r in self.db.query("select key from outbox where status = 'sent' order by id")]
