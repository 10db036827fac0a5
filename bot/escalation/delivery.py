"""The outbox worker: deliver what is due, by whichever channel a row names, and record what happened.

Each channel registers its :data:`Sender` in :class:`Senders` when the app is wired (Telegram's lives in
:mod:`bot.channels.telegram.outbox_sender`, the console chat's in :mod:`bot.channels.console`); e-mail's is
:func:`mail_sender`. The worker only looks a row's sender up by its address's channel: a row for a channel
without a sender here (Telegram rows while ``helpdesk mail`` runs) is not taken; it waits in the outbox, and
the worker says so once.

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
from collections.abc import Awaitable, Callable, Iterator, Mapping

from bot.config import SmtpSettings
from bot.errors import ConfigError, DeliveryError
from bot.escalation.mail import compose, send_mail
from bot.storage.outbox import Outbox, OutboxItem
from bot.escalation.service import TicketService

__all__ = ["DeliveryWorker", "Sender", "Senders", "deliver_due", "mail_sender"]

log = logging.getLogger(__name__)

Sender = Callable[[OutboxItem], Awaitable[None]]  # raises DeliveryError (permanent or not) when it fails
PASS_LIMIT = 50


class Senders(Mapping[str, Sender]):
    """The channels' senders by channel name: filled once when the app is wired, read by every delivery pass."""

    def __init__(self, senders: Mapping[str, Sender] | None = None) -> None:
        self._by_channel: dict[str, Sender] = {}
        for channel, sender in (senders or {}).items():
            self.register(channel, sender)

    def register(self, channel: str, sender: Sender) -> None:
        if channel in self._by_channel:
            raise ConfigError(f"two senders for the channel {channel!r}: register each channel once, when the app "
                              "is wired")
        self._by_channel[channel] = sender

    def __getitem__(self, channel: str) -> Sender:
        return self._by_channel[channel]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_channel)

    def __len__(self) -> int:
        return len(self._by_channel)


def mail_sender(settings: SmtpSettings) -> Sender:
    async def send(item: OutboxItem) -> None:
        message = compose(settings, item.recipient, str(item.payload.get("subject", "")),
                          str(item.payload.get("body", "")), reply_to=str(item.payload.get("reply_to", "")),
                          message_key=f"outbox-{item.id}")
        await asyncio.to_thread(send_mail, settings, message)

    return send


class DeliveryWorker:
    def __init__(self, outbox: Outbox, service: TicketService, senders: Mapping[str, Sender],
                 now: Callable[[], datetime.datetime]) -> None:
        self.outbox = outbox
        self.service = service
        self.senders = senders  # read at every pass: a channel registered later is served from then on
        self.now = now
        self.unrecorded: list[OutboxItem] = []  # sent, but the write that says so failed: retried first
        self.told_waiting: set[str] = set()  # channels without a sender whose rows wait: logged once each

    async def run_once(self, limit: int = PASS_LIMIT) -> int:
        """Deliver what is due, once each; failures are rescheduled with backoff. Returns how many were sent."""
        if not self._record_pending():
            return 0
        self._tell_waiting()
        sent, up_to = 0, self.outbox.last_id()  # what is queued during this pass waits for the next one
        for _ in range(limit):
            item = self.outbox.lease(self.now(), up_to, channels=set(self.senders))
            if item is None:
                break
            sender = self.senders.get(item.address.channel)
            if sender is None:  # not leased by channel; only if the registry changed during this pass
                self.outbox.mark_failed(item.id, f"no sender for the channel {item.channel!r}", self.now())
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

    def _tell_waiting(self) -> None:
        for channel in sorted(self.outbox.waiting_channels() - set(self.senders) - self.told_waiting):
            log.warning("messages for the channel %r wait in the outbox: this process has no sender for it "
                        "(they go out once a process that has one runs, such as 'helpdesk serve' with a token)",
                        channel)
            self.told_waiting.add(channel)

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


async def deliver_due(outbox: Outbox, service: TicketService, senders: Mapping[str, Sender],
                      now: Callable[[], datetime.datetime]) -> int:
    """One pass with a fresh worker (``helpdesk deliver``, tests)."""
    return await DeliveryWorker(outbox, service, senders, now).run_once()
