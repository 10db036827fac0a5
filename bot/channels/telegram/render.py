"""Replies as Telegram sees them: escaped HTML, inline keyboards, messages split under 4096 characters."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine import Button, DocumentReply, Reply

__all__ = ["MAX_MESSAGE", "Outgoing", "render", "split_text", "telegram_length"]

MAX_MESSAGE = 4096  # Telegram counts UTF-16 code units of the text after entities are parsed


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One Bot API call to make: a message (``document`` is None) or a document with a caption."""

    html: str
    keyboard: InlineKeyboardMarkup | None = None
    document: bytes | None = None
    filename: str = ""


def render(reply: Reply) -> list[Outgoing]:
    if isinstance(reply, DocumentReply):
        return [Outgoing(_escape(reply.caption), document=reply.content.encode("utf-8"), filename=reply.filename)]
    parts = split_text(reply.text or " ")
    keyboard = _keyboard(reply.buttons) if reply.buttons else None
    return [Outgoing(_escape(part), keyboard if index == len(parts) - 1 else None) for index, part in enumerate(parts)]


def telegram_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split at paragraph boundaries, else at line ends, else at spaces, else hard; every part fits."""
    if telegram_length(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while telegram_length(rest) > limit:
        window = _prefix(rest, limit)
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0) or len(window)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return [p for p in parts if p]


def _prefix(text: str, limit: int) -> str:
    """The longest prefix of ``text`` within ``limit`` UTF-16 units (never splitting a surrogate pair)."""
    count = 0
    for index, char in enumerate(text):
        count += 2 if ord(char) > 0xFFFF else 1
        if count > limit:
            return text[:index]
    return text


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


@lru_cache(maxsize=1024)
def _keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup:
    """Built once per distinct keyboard: most are the content's own, the same for every user, and PTB's
    objects are frozen, so one can be shared (building one cost about as much as rendering the text)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(button.label, callback_data=button.id) for button in row]
                                 for row in rows])
