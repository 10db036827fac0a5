"""Keeping within Telegram's limits: about 30 messages a second overall, about one a second per chat.

PTB's AIORateLimiter covers the overall limit and groups; this adds a per-chat limiter for private chats
(a short burst allowed, one a second on average). RetryAfter is *not* retried here: AIORateLimiter would
pause every chat for the whole wait. The caller (``sender.with_retries``) waits instead, for that chat only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.ext import AIORateLimiter, BaseRateLimiter

__all__ = ["PerChatRateLimiter"]

JSON = bool | dict[str, Any] | list[dict[str, Any]]


class PerChatRateLimiter(BaseRateLimiter[None]):
    def __init__(self, *, per_chat_burst: int = 3, per_chat_seconds: float = 3.0, max_retries: int = 0) -> None:
        self._inner = AIORateLimiter(max_retries=max_retries)
        self._burst = per_chat_burst
        self._seconds = per_chat_seconds
        self._chats: dict[int, AsyncLimiter] = {}

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, JSON]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: None) -> JSON:
        chat_id = data.get("chat_id")
        limiter: contextlib.AbstractAsyncContextManager[Any] = contextlib.nullcontext()
        if isinstance(chat_id, int) and chat_id > 0 and endpoint not in ("answerCallbackQuery",):
            limiter = self._chats.get(chat_id) or self._chats.setdefault(chat_id, AsyncLimiter(self._burst, self._seconds))
            if len(self._chats) > 20_000:
                self._chats.clear()
        async with limiter:
            return await self._inner.process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
