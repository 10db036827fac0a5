"""The outbox worker: deliver what is due, by Telegram or e-mail, and record what happened.

``deliver_due`` is one pass; ``helpdesk serve`` runs it every few seconds, ``helpdesk deliver`` once.
"""

from __future__ import annotations

import asyncio
import datetime
import html
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.config import SmtpSettings
from bot.errors import DeliveryError
from bot.escalation.mail import compose, send_mail
from bot.escalation.outbox import Outbox, OutboxItem
from bot.escalation.service import TicketService

__all__ = ["Sender", "deliver_due", "mail_sender", "telegram_sender"]

log = logging.getLogger(__name__)

Sender = Callable[[OutboxItem], Awaitable[None]]


def telegram_sender(bot: Bot) -> Sender:
    async def send(item: OutboxItem) -> None:
        rows = item.payload.get("buttons") or []
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in row]
                                         for row in rows]) if rows else None
        body = html.escape(str(item.payload.get("text", "")), quote=False)[:4000]
        try:
            await bot.send_message(int(item.recipient), body, parse_mode=ParseMode.HTML, reply_markup=keyboard)
        except TelegramError as exc:
            raise DeliveryError(f"Telegram: {type(exc).__name__}: {exc}") from exc

    return send


def mail_sender(settings: SmtpSettings) -> Sender:
    async def send(item: OutboxItem) -> None:
        message = compose(settings, item.recipient, str(item.payload.get("subject", "")),
                          str(item.payload.get("body", "")), reply_to=str(item.payload.get("reply_to", "")),
                          message_key=f"outbox-{item.id}")
        await asyncio.to_thread(send_mail, settings, message)

    return send


async def deliver_due(outbox: Outbox, service: TicketService, senders: dict[str, Sender],
                      now: Callable[[], datetime.datetime]) -> int:
    """Deliver every due item once; failures are rescheduled with backoff. Returns how many were sent."""
    sent = 0
    for item in outbox.due(now()):
        sender = senders.get(item.channel)
        if sender is None:
            outbox.mark_failed(item.id, f"no {item.channel} channel configured", now())
            continue
        try:
            await sender(item)
        except DeliveryError as exc:
            retry_at = outbox.mark_failed(item.id, str(exc), now())
            log.warning("delivery of %s for %s failed (%s); next try %s", item.kind, item.ref, exc, retry_at)
            continue
        outbox.mark_sent(item.id, now())
        service.delivered(item.ref, item.kind, item.channel, now())
        sent += 1
    return sent
