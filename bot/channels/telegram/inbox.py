"""Telegram's side of the inbox (:mod:`bot.storage.inbox`): store on arrival, mark each turn, recover after a crash.

PTB's Updater puts each update on the Application's update queue and only then confirms it to Telegram (the
next getUpdates call; a webhook answers 200 after the put), so :class:`InboxQueue` stores the update on that
put. Two handlers around the adapter's own (group -1 before, group 1 after) take the update when its turn
starts and delete it when the turn has ended, also when the turn failed (the user then got the error reply).
:func:`recover`, at startup, handles what a crash left behind.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.channels.telegram.channel import TelegramChannel
from bot.clock import utc_now
from bot.storage.inbox import Inbound, SqliteInbox

__all__ = ["InboxQueue", "add_inbox_handlers", "recover"]

log = logging.getLogger(__name__)
BEFORE, AFTER = -1, 1  # handler groups around the adapter's own (group 0)


class InboxQueue(asyncio.Queue[object]):
    """The Application's update queue: every update is stored before it is queued (``Queue.put`` ends in
    ``put_nowait``). A database that cannot store it is logged, and the update is handled all the same."""

    def __init__(self, inbox: SqliteInbox, clock: Callable[[], Any] = utc_now) -> None:
        super().__init__()
        self.inbox = inbox
        self.clock = clock

    def put_nowait(self, item: object) -> None:
        if isinstance(item, Update):
            try:
                self.inbox.store(item.update_id, item.to_dict(), self.clock())
            except Exception:  # noqa: BLE001 - never drop an update because the inbox could not keep it
                log.warning("could not store an update in the inbox; handling it without", exc_info=True)
        super().put_nowait(item)


def add_inbox_handlers(app: Application, inbox: SqliteInbox) -> None:
    async def take(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        _quietly(inbox.take, update.update_id)

    async def done(update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        _quietly(inbox.done, update.update_id)

    app.add_handler(TypeHandler(Update, take), group=BEFORE)
    app.add_handler(TypeHandler(Update, done), group=AFTER)


async def recover(app: Application, inbox: SqliteInbox, channel: TelegramChannel) -> tuple[int, int]:
    """Updates a crash left: one whose turn never started is handled now; one whose turn started (and may have
    moved the conversation on) is not run again, but the user hears that their message may be unanswered,
    after the emergency reply when its text describes acute danger. Returns (handled again, users told)."""
    again = told = 0
    for inbound in inbox.unfinished():
        if not inbound.taken:
            await app.update_queue.put(Update.de_json(inbound.data, app.bot))
            again += 1
            continue
        chat_id, user_id, typed = _who_and_what(inbound)
        if chat_id is None or user_id is None:
            inbox.done(inbound.update_id)
            continue
        try:
            await channel.interrupted(app.bot, chat_id, user_id, typed)
        except TelegramError:
            log.warning("could not tell a user about a message a restart interrupted; trying at the next start")
            continue
        inbox.done(inbound.update_id)
        told += 1
    if again or told:
        log.info("after a restart: %d update(s) handled again, %d user(s) told a reply may be missing", again, told)
    return again, told


def _who_and_what(inbound: Inbound) -> tuple[int | None, int | None, str]:
    """The private chat, the sender and the typed text of an update; no chat for a group (the bot says nothing
    of its own there) or an update of another kind."""
    data = inbound.data
    message = data.get("message") or data.get("edited_message")
    query = data.get("callback_query")
    if isinstance(message, dict):
        chat, sender = message.get("chat") or {}, message.get("from") or {}
        typed = message.get("text") or message.get("caption")
    elif isinstance(query, dict):
        chat = (query.get("message") or {}).get("chat") or {"type": "private"}  # an inline button without message
        sender, typed = query.get("from") or {}, ""
    else:
        return None, None, ""
    if chat.get("type") != "private":
        return None, None, ""
    return chat.get("id", sender.get("id")), sender.get("id"), str(typed or "")


def _quietly(action: Callable[[int], None], update_id: int) -> None:
    try:
        action(update_id)
    except Exception:  # noqa: BLE001 - bookkeeping must never stop a turn
        log.warning("inbox bookkeeping failed for an update", exc_info=True)
