"""Sending rendered replies, retrying what Telegram or the network let fail for a moment.

RetryAfter waits as long as Telegram asks; NetworkError and TimedOut back off exponentially. A BadRequest
is not retried: the same request would fail again.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Bot, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.channels.telegram.render import Outgoing

__all__ = ["send", "with_retries"]

log = logging.getLogger(__name__)
T = TypeVar("T")

ATTEMPTS = 6
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
FIRST_BACKOFF = 0.5
MAX_BACKOFF = 30.0


async def with_retries(call: Callable[[], Awaitable[T]], what: str) -> T:
    delay = FIRST_BACKOFF
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return await call()
        except RetryAfter as exc:
            wait = _seconds(exc)
            log.warning("%s: Telegram asks to wait %.1fs (attempt %d)", what, wait, attempt)
            await asyncio.sleep(wait + 0.1)
        except (BadRequest, Forbidden):
            raise
        except (TimedOut, NetworkError) as exc:
            if attempt == ATTEMPTS:
                raise
            log.warning("%s failed (%s); retrying in %.1fs", what, type(exc).__name__, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_BACKOFF)
    return await call()


async def send(bot: Bot, chat_id: int, outgoing: Outgoing) -> Message:
    if outgoing.document is not None:
        document, caption = outgoing.document, outgoing.html
        return await with_retries(lambda: bot.send_document(
            chat_id, document=document, filename=outgoing.filename, caption=caption, parse_mode=ParseMode.HTML),
            "sendDocument")
    return await with_retries(lambda: bot.send_message(
        chat_id, outgoing.html, parse_mode=ParseMode.HTML, reply_markup=outgoing.keyboard,
        link_preview_options=_NO_PREVIEW), "sendMessage")



def _seconds(exc: RetryAfter) -> float:
    """RetryAfter.retry_after is an int in PTB 22 (a timedelta later); reading it as int warns."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, datetime.timedelta) else float(value)
