"""The Telegram channel's outbox sender: how a queued notice (:mod:`bot.storage.outbox`) reaches a chat.

Registered under the channel name ``telegram`` when the app is wired (:func:`bot.channels.telegram.app.build_application`
for ``helpdesk serve``, :func:`bot_sender` for ``helpdesk deliver``); the delivery worker only sees a
:data:`~bot.escalation.delivery.Sender`, so the escalation layer imports no channel SDK.

A notice goes through the same renderer and sender as every reply (:mod:`.render`, :mod:`.sender`): the same
keyboard, escaping and splitting, and the same wait when Telegram asks for one. A network error is not retried
here: the outbox tries again with its own backoff, across restarts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.address import TELEGRAM
from bot.channels.notice import notice_reply
from bot.channels.telegram.render import render
from bot.channels.telegram.sender import send
from bot.config import Settings
from bot.errors import DeliveryError
from bot.escalation.delivery import Sender
from bot.storage.outbox import OutboxItem

__all__ = ["CHANNEL", "bot_sender", "telegram_sender"]

CHANNEL = TELEGRAM


def telegram_sender(bot: Bot) -> Sender:
    """Long texts are split before escaping (no part is cut inside ``&amp;``); buttons go on the last part."""
    async def send_notice(item: OutboxItem) -> None:
        if not item.address.id.lstrip("-").isdecimal():
            raise DeliveryError(f"Telegram: {item.address} is not a chat id", permanent=True)
        chat_id = int(item.address.id)
        try:
            for outgoing in render(notice_reply(item)):
                await send(bot, chat_id, outgoing, retry_seconds=0.0)
        except (BadRequest, Forbidden) as exc:
            raise DeliveryError(f"Telegram: {type(exc).__name__}: {exc}", permanent=True) from exc
        except TelegramError as exc:
            raise DeliveryError(f"Telegram: {type(exc).__name__}: {exc}") from exc

    return send_notice


@asynccontextmanager
async def bot_sender(settings: Settings) -> AsyncIterator[Sender]:
    """A sender over a Bot of its own, opened and closed around one ``helpdesk deliver`` pass."""
    bot = Bot(settings.require_token(), base_url=f"{settings.telegram_api_url}/bot")
    async with bot:
        yield telegram_sender(bot)
