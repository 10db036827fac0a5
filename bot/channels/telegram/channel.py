"""From a Telegram update's event to the replies on screen, one conversation at a time per chat."""

from __future__ import annotations

import asyncio
import logging
import time
import weakref

from telegram import Bot
from telegram.error import TimedOut

from bot.address import TELEGRAM, Address
from bot.channels.telegram.flood import FloodGuard
from bot.channels.telegram.render import render
from bot.channels.telegram.sender import send
from bot.conversations import Conversations
from bot.engine import Event, TextMessage, TextReply, Unsupported
from bot.texts.engine import say

__all__ = ["TelegramChannel", "user_key"]

log = logging.getLogger(__name__)


def user_key(user_id: int) -> Address:
    return Address(TELEGRAM, str(user_id))


class TelegramChannel:
    def __init__(self, conversations: Conversations, flood: FloodGuard | None = None) -> None:
        self.conversations = conversations
        self.flood = flood or FloodGuard()
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    async def dispatch(self, bot: Bot, chat_id: int, user_id: int, event: Event) -> None:
        """Run one event through the engine and send what it says. Turns of one chat never interleave."""
        user = user_key(user_id)
        verdict = self.flood.check(user, time.monotonic())
        typed = event.text if isinstance(event, (TextMessage, Unsupported)) else ""
        if verdict == "drop":
            log.info("flood guard dropped an update")
            alarm = self.conversations.emergency_for_unread(user, typed) if typed else None
            if alarm is not None and self.flood.first_alert(user):  # 112 first, even in a flood; once per flood
                for outgoing in render(alarm):
                    await send(bot, chat_id, outgoing)
            return
        if verdict == "warn":
            event = Unsupported("flood", typed, at=event.at)  # not read, but still checked for acute danger
        if typed:  # the sentence vector, off the event loop (a button press has nothing to read)
            await asyncio.to_thread(self.conversations.read_ahead, event)
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[chat_id] = lock
        async with lock:
            turn = self.conversations.handle(user, event)
            for reply in turn.replies:
                for outgoing in render(reply):
                    try:
                        await send(bot, chat_id, outgoing)
                    except TimedOut:
                        # Telegram may well have shown it: neither repeated nor answered with an error message
                        log.warning("a reply timed out; not sent again, as Telegram may have delivered it")

    async def interrupted(self, bot: Bot, chat_id: int, user_id: int, typed: str) -> None:
        """A restart interrupted this user's turn: say that a reply may be missing, after 112 when ``typed``
        describes acute danger (see :func:`bot.channels.telegram.inbox.recover`)."""
        user = user_key(user_id)
        alarm = self.conversations.emergency_for_unread(user, typed, by_meaning=True) if typed else None
        replies = [alarm] if alarm is not None else []
        replies.append(TextReply(say("interrupted", self.language_of(user_id))))
        for reply in replies:
            for outgoing in render(reply):
                await send(bot, chat_id, outgoing)

    def language_of(self, user_id: int) -> str:
        return self.conversations.session_for(user_key(user_id)).lang
