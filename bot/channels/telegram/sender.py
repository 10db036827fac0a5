"""Sending rendered replies, retrying what Telegram or the network let fail for a moment.

RetryAfter waits as long as Telegram asks (this chat's turn waits, nobody else's); NetworkError backs off
exponentially for up to RETRY_SECONDS, so a Bot API that fails for a minute delays a reply without losing it.
A BadRequest is not retried: the same request would fail again. A timeout while *sending* is not retried
either: Telegram may have delivered the message all the same, and a retry would show it twice.

A text goes out through ``Bot.do_api_request`` without a return type: ``Bot.send_message`` would build a
``Message`` from Telegram's answer, which nobody here reads, and under load that parsing cost as much CPU as
the rest of the send (bench/telegram_bench.py). The call still passes PTB's rate limiter and error mapping.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot.channels.telegram.render import Outgoing

__all__ = ["retry_after_seconds", "send", "with_retries"]

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_SECONDS = 120.0
MAX_RETRY_AFTER = 10
_NO_PREVIEW = {"is_disabled": True}
FIRST_BACKOFF = 0.5
MAX_BACKOFF = 15.0


async def with_retries(call: Callable[[], Awaitable[T]], what: str, *, retry_timeouts: bool = False,
                       first_backoff: float = FIRST_BACKOFF, retry_seconds: float = RETRY_SECONDS) -> T:
    """``retry_timeouts``: only for calls that are harmless to repeat (setMyCommands), never for sends.
    ``retry_seconds``: how long network errors are retried; 0 for the outbox, which has its own backoff."""
    delay = first_backoff
    deadline = time.monotonic() + retry_seconds
    attempt, waits = 0, 0
    while True:
        attempt += 1
        try:
            return await call()
        except RetryAfter as exc:
            waits += 1
            wait = retry_after_seconds(exc)
            if waits > MAX_RETRY_AFTER:
                raise
            log.warning("%s: Telegram asks to wait %.1fs (attempt %d)", what, wait, attempt)
            await asyncio.sleep(wait + 0.1)
        except (BadRequest, Forbidden):
            raise
        except TimedOut:
            if not retry_timeouts:
                raise
            if time.monotonic() + delay > deadline:
                raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_BACKOFF)
        except NetworkError as exc:
            if time.monotonic() + delay > deadline:
                raise
            log.warning("%s failed (%s); retrying in %.1fs", what, type(exc).__name__, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_BACKOFF)


async def send(bot: Bot, chat_id: int, outgoing: Outgoing, *, retry_seconds: float = RETRY_SECONDS) -> None:
    if outgoing.document is not None:
        document, caption = outgoing.document, outgoing.html
        await with_retries(lambda: bot.send_document(
            chat_id, document=document, filename=outgoing.filename, caption=caption, parse_mode=ParseMode.HTML),
            "sendDocument", retry_seconds=retry_seconds)
        return
    params = {"chat_id": chat_id, "text": outgoing.html, "parse_mode": ParseMode.HTML.value,
              "link_preview_options": _NO_PREVIEW,
              "reply_markup": _markup(outgoing.keyboard) if outgoing.keyboard is not None else None}
    await with_retries(lambda: _send_message(bot, params), "sendMessage", retry_seconds=retry_seconds)


async def _send_message(bot: Bot, params: dict[str, object]) -> None:
    """sendMessage, leaving Telegram's answer unparsed. The method is spelt in lower case, as the Bot API allows
    (https://core.telegram.org/bots/api#making-requests: method names are case-insensitive), because PTB warns
    when ``do_api_request`` is given the name of a method it has; here its typed method is avoided on purpose."""
    try:
        await bot.do_api_request("sendmessage", params)
    except EndPointNotFound as exc:  # do_api_request's name for PTB's InvalidToken; sendMessage itself exists
        if isinstance(exc.__cause__, InvalidToken):
            raise exc.__cause__ from None
        raise


@lru_cache(maxsize=1024)
def _markup(keyboard: InlineKeyboardMarkup) -> dict[str, object]:
    """The keyboard as the Bot API's JSON, once per keyboard (render shares them); read only, never changed."""
    return keyboard.to_dict()


def retry_after_seconds(exc: RetryAfter) -> float:
    """RetryAfter.retry_after is an int in PTB 22 (a timedelta later); reading it as int warns."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, datetime.timedelta) else float(value)
