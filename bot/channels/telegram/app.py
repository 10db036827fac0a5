"""Building and running the PTB Application: handlers, rate limiting, the request layer.

The help desk's background work is not Telegram's: this adapter registers its outbox sender on the
:class:`~bot.app.HelpDesk` when it is built, and :mod:`.lifecycle` awaits ``desk.start()``/``desk.stop()``
around the Application's own start and stop, on an event loop that ``run`` owns (not PTB's run_polling).
"""

from __future__ import annotations

import asyncio
import logging

from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters

from bot.app import HelpDesk
from bot.channels.telegram.aiohttp_request import AiohttpRequest
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.handlers import Handlers
from bot.channels.telegram.inbox import InboxQueue, add_inbox_handlers
from bot.channels.telegram.lifecycle import serve
from bot.channels.telegram.outbox_sender import CHANNEL, telegram_sender
from bot.channels.telegram.rate_limit import PerChatRateLimiter
from bot.config import Settings

__all__ = ["build_application", "run"]

log = logging.getLogger(__name__)


# Updates handled at once, and HTTP connections to the Bot API. Few is faster: httpcore's pool does work
# per waiting request for every connection (measured in bench/telegram_bench.py: 256/64 gave a third of
# the throughput of 16/8), and Telegram's own limits are far below what 16 concurrent turns can send.
CONCURRENT_UPDATES = 16
CONNECTIONS = 8


def build_application(settings: Settings, desk: HelpDesk, *, rate_limit: bool = True,
                      concurrency: int = CONCURRENT_UPDATES) -> Application:
    """The Application with one handler per kind of input; the desk's background work runs while it runs."""
    token = settings.require_token()
    builder = (ApplicationBuilder().token(token)
               .base_url(f"{settings.telegram_api_url}/bot").base_file_url(f"{settings.telegram_api_url}/file/bot")
               .concurrent_updates(concurrency)
               .request(AiohttpRequest(connections=CONNECTIONS))
               .get_updates_request(AiohttpRequest(connections=1, read_timeout=60)))
    if rate_limit:
        builder = builder.rate_limiter(PerChatRateLimiter())
    if desk.inbox is not None:  # stored before Telegram is told it arrived (bot/storage/inbox.py)
        builder = builder.update_queue(InboxQueue(desk.inbox))
    app = builder.build()
    if desk.inbox is not None:
        add_inbox_handlers(app, desk.inbox)
    desk.senders.register(CHANNEL, telegram_sender(app.bot))
    handlers = Handlers(TelegramChannel(desk.conversations))
    private = filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(filters.UpdateType.EDITED, handlers.on_edited))
    app.add_handler(MessageHandler(~private & filters.COMMAND, handlers.on_group))
    app.add_handler(MessageHandler(private & filters.COMMAND, handlers.on_command))
    app.add_handler(MessageHandler(private & filters.TEXT, handlers.on_text))
    app.add_handler(MessageHandler(private & filters.Sticker.ALL, handlers.on_sticker))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.on_media))
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    app.add_error_handler(handlers.on_error)
    return app


def run(app: Application, desk: HelpDesk, *, webhook_url: str = "", listen: str = "127.0.0.1", port: int = 8443,
        secret: str = "") -> None:
    """Polling by default; a webhook when ``webhook_url`` is given; until SIGINT or SIGTERM (:func:`.lifecycle.serve`).

    Startup calls (getMe, deleteWebhook/setWebhook) are retried without end, backing off to 30 s: a Bot API
    that is down for a while delays the start, it does not end it. A rejected token still stops at once.
    """
    _use_uvloop()
    asyncio.run(serve(app, desk, webhook_url=webhook_url, listen=listen, port=port, secret=secret))


def _use_uvloop() -> None:
    """uvloop's event loop cuts the per-update cost of the HTTP stack (bench/telegram_bench.py)."""
    try:
        import uvloop
    except ImportError:  # optional: the standard loop works, only slower
        return
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
