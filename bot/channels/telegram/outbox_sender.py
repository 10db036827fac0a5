"""The Telegram channel's outbox sender: how a queued notice (:mod:`bot.storage.outbox`) reaches a chat.

Registered under the channel name ``telegram`` when the app is wired (:func:`bot.channels.telegram.app.build_application`
for ``helpdesk serve``, :func:`bot_sender` for ``helpdesk deliver``); the delivery worker only sees a
:data:`~bot.escalation.delivery.Sender`, so the escalation layer imports no channel SDK.
"""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.channels.telegram.render import split_text
from bot.config import Settings
from bot.errors import DeliveryError
from bot.escalation.delivery import Sender
from bot.storage.outbox import OutboxItem

__all__ = ["CHANNEL", "bot_sender", "telegram_sender"]

CHANNEL = "telegram"


def telegram_sender(bot: Bot) -> Sender:
    """Long texts are split *before* escaping (so no part is cut inside ``&amp;``); buttons go on the last part."""
    async def send(item: OutboxItem) -> None:
        rows = item.payload.get("buttons") or []
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in row]
                                         for row in rows]) if rows else None
        parts = split_text(str(item.payload.get("text", "")) or " ")
        try:
            for index, part in enumerate(parts):
                await bot.send_message(int(item.recipient), html.escape(part, quote=False), parse_mode=ParseMode.HTML,
                                       reply_markup=keyboard if index == len(parts) - 1 else None)
        except (BadRequest, Forbidden) as exc:
            raise DeliveryError(f"Telegram: {type(exc).__name__}: {exc}", permanent=True) from exc
        except TelegramError as exc:
            raise DeliveryError(f"Telegram: {type(exc).__name__}: {exc}") from exc

    return send


@asynccontextmanager
async def bot_sender(settings: Settings) -> AsyncIterator[Sender]:
    """A sender over a Bot of its own, opened and closed around one ``helpdesk deliver`` pass."""
    bot = Bot(settings.require_token(), base_url=f"{settings.telegram_api_url}/bot")
    async with bot:
        yield telegram_sender(bot)
