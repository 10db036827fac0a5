"""One PTB callback per kind of input. Each turns an update into an engine event; nothing else."""

from __future__ import annotations

import html
import logging

from telegram import Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot.channels.telegram.channel import TelegramChannel
from bot.clock import utc_now
from bot.engine import ButtonPress, Command, Start, TextMessage, Unsupported
from bot.texts.engine import say

__all__ = ["Handlers"]

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE


class Handlers:
    def __init__(self, channel: TelegramChannel) -> None:
        self.channel = channel

    async def on_text(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is not None and message.from_user is not None:
            await self.channel.dispatch(context.bot, message.chat_id, message.from_user.id,
                                        TextMessage(message.text or "", at=utc_now()))

    async def on_command(self, update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None or message.from_user is None or not message.text:
            return
        word, *rest = message.text.strip().split(maxsplit=1)  # "/start\npayload" is /start with an argument
        arg = rest[0] if rest else ""
        name = word[1:].split("@", 1)[0].lower()
        # "/start" alone opens the conversation; an argument (typed or a deep link) goes to the engine, which
        # checks it for acute danger
        event = Start(at=utc_now()) if name == "start" and not arg else Command(name, arg.strip(), at=utc_now())
        await self.channel.dispatch(context.bot, message.chat_id, message.from_user.id, event)

    async def on_button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is None:
            return
        await query.answer()  # always: the spinner on the user's button stops at once
        chat_id = query.message.chat.id if query.message is not None else query.from_user.id
        if query.message is not None and query.message.chat.type != ChatType.PRIVATE:
            return
        await self.channel.dispatch(context.bot, chat_id, query.from_user.id, ButtonPress(query.data or "", at=utc_now()))

    async def on_sticker(self, update: Update, context: Context) -> None:
        await self._unsupported(update, context, "sticker")

    async def on_media(self, update: Update, context: Context) -> None:
        await self._unsupported(update, context, "photo")

    async def on_edited(self, update: Update, context: Context) -> None:
        await self._unsupported(update, context, "edited")

    async def on_group(self, update: Update, context: Context) -> None:
        """In a group the bot only answers commands addressed to it, and says it works in private only."""
        await self._unsupported(update, context, "group")

    async def _unsupported(self, update: Update, context: Context, kind: str) -> None:
        """Not read as a message, but its text or caption goes along: the engine checks it for acute danger."""
        message: Message | None = update.effective_message
        if message is not None and message.from_user is not None:
            typed = message.text or message.caption or ""
            await self.channel.dispatch(context.bot, message.chat_id, message.from_user.id,
                                        Unsupported(kind, typed, at=utc_now()))

    async def on_error(self, update: object, context: Context) -> None:
        """The one broad catch of this adapter: log the traceback (the log formatter removes the token and
        personal data) and tell the user, politely, in their language."""
        log.error("error while handling an update", exc_info=context.error)
        if not isinstance(update, Update) or update.effective_chat is None or update.effective_user is None:
            return
        if update.effective_chat.type != ChatType.PRIVATE:
            return
        try:
            lang = self.channel.language_of(update.effective_user.id)
            await context.bot.send_message(update.effective_chat.id, html.escape(say("error", lang)), parse_mode=ParseMode.HTML)
        except Exception:  # noqa: BLE001 - the error path must never raise in turn
            log.warning("could not tell the user about the error", exc_info=True)
