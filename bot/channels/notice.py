"""A queued notice (worded by :mod:`bot.escalation.notices`) as a reply value, so each chat channel shows it with
the renderer it uses for every other reply: Telegram's keyboard, escaping and splitting, the console's numbers."""

from __future__ import annotations

from bot.address import Address
from bot.engine import Button, TextReply
from bot.storage.outbox import OutboxItem

__all__ = ["address_of", "notice_reply"]


def address_of(item: OutboxItem) -> Address:
    return Address(item.channel, item.recipient)


def notice_reply(item: OutboxItem) -> TextReply:
    """The payload's ``text`` and ``buttons`` (rows of ``[label, button id]``) as the engine's TextReply."""
    rows = tuple(tuple(Button(str(data), str(label)) for label, data in row)
                 for row in item.payload.get("buttons") or [] if row)
    return TextReply(str(item.payload.get("text", "")), rows)
