"""The outbox worker: deliver what is due, by whichever channel a row names, and record what happened.

A channel registers its :data:`Sender` when the app is wired (Telegram's lives in
:mod:`bot.channels.telegram.outbox_sender`); e-mail's is :func:`mail_sender`.

``DeliveryWorker.run_once`` is one pass; ``helpdesk serve`` keeps one worker and runs it every few seconds,
``helpdesk deliver`` runs ``deliver_due`` once. Each row is leased before it is sent (see
:mod:`bot.storage.outbox`), and marked sent in the same transaction as what the delivery changes.

When that write fails (disk full, a lock held elsewhere), the worker remembers the row as sent and tries
the write again on its next pass, before anything else: it never sends the row again, and other rows are
not blocked behind it for longer than the storage problem lasts.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import sqlite3
from collections.abc import Awaitable, Callable

from bot.config import SmtpSettings
from bot.errors import DeliveryError
from bot.escalation.mail import compose, send_mail
from bot.storage.outbox import Outbox, OutboxItem
from bot.escalation.service import TicketService

__all__ = ["DeliveryWorker", "Sender", "deliver_due", "mail_sender"]

log = logging.getLogger(__name__)

Sender = Callable[[OutboxItem], Awaitable[None]]  # raises DeliveryError (permanent or not) when it fails
PASS_LIMIT = 50


def mail_sender(settings: SmtpSettings) -> Sender:
    async def send(item: OutboxItem) -> None:
        message = compose(settings, item.recipient, str(item.payload.get("subject", "")),
                          str(item.payload.get("body", "")), reply_to=str(item.payload.get("reply_to", "")),
                          message_key=f"outbox-{item.id}")
        await asyncio.to_thread(send_mail, settings, message)

    return send


class DeliveryWorker:
    def __init__(self, outbox: Outbox, service: TicketService, senders: dict[str, Sender],
                 now: Callable[[], datetime.datetime]) -> None:
        self.outbox = outbox
        self.service = service
        self.senders = senders
        self.now = now
        self.unrecorded: list[OutboxItem] = []  # sent, but the write that says so failed: retried first

    async def run_once(self, limit: int = PASS_LIMIT) -> int:
        """Deliver what is due, once each; failures are rescheduled with backoff. Returns how many were sent."""
        if not self._record_pending():
            return 0
        sent, up_to = 0, self.outbox.last_id()  # what is queued during this pass waits for the next one
        for _ in range(limit):
            item = self.outbox.lease(self.now(), up_to)
            if item is None:
                break
            sender = self.senders.get(item.channel)
            if sender is None:
                self.outbox.mark_failed(item.id, f"no {item.channel} channel configured", self.now())
                continue
            try:
                await sender(item)
            except DeliveryError as exc:
                retry_at = self.outbox.mark_failed(item.id, str(exc), self.now(), permanent=exc.permanent)
                if exc.permanent:
                    log.error("delivery of %s for %s failed for good (%s); see 'helpdesk deliver'", item.kind,
                              item.ref, exc)
                else:
                    log.warning("delivery of %s for %s failed (%s); next try %s", item.kind, item.ref, exc, retry_at)
                continue
            sent += 1
            self.unrecorded.append(item)
            if not self._record_pending():
                break
        return sent

    def _record_pending(self) -> bool:
        """Mark what was sent, each in one transaction with its consequences; False while storage fails."""
        while self.unrecorded:
            item = self.unrecorded[0]
            try:
                at = self.now()
                with self.outbox.atomic():
                    self.outbox.mark_sent(item.id, at)
                    self.service.delivered(item.ref, item.kind, item.channel, at)
            except sqlite3.Error as exc:
                log.error("could not record that %s for %s was sent (%s); will not send it again, retrying the "
                          "write", item.kind, item.ref, exc)
                return False
            self.unrecorded.pop(0)
        return True


async def deliver_due(outbox: Outbox, service: TicketService, senders: dict[str, Sender],
                      now: Callable[[], datetime.datetime]) -> int:
    """One pass with a fresh worker (``helpdesk deliver``, tests)."""
    return await DeliveryWorker(outbox, service, senders, now).run_once()
