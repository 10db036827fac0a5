"""Building and running the PTB Application: handlers, rate limiting, command menus.

The help desk's background work is not Telegram's: this adapter registers its outbox sender on the
:class:`~bot.app.HelpDesk` when it is built, and only awaits ``desk.start()`` once PTB's Application is
initialised and ``desk.stop()`` once it has stopped (PTB's run_polling owns the event loop, its startup retries
and its stop signals, so its post_init/post_stop hooks are where an adapter can await on that loop).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters

from bot.app import HelpDesk
from bot.channels.telegram.aiohttp_request import AiohttpRequest
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.handlers import Handlers
from bot.channels.telegram.outbox_sender import CHANNEL, telegram_sender
from bot.channels.telegram.rate_limit import PerChatRateLimiter
from bot.channels.telegram.sender import with_retries
from bot.config import Settings
from bot.texts import DEFAULT_LANG, LANGS
from bot.texts.engine import COMMAND_NAMES, COMMANDS

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

    async def post_init(app: Application) -> None:
        await _set_commands(app)
        await desk.start()

    async def post_stop(app: Application) -> None:
        await desk.stop()

    app = builder.post_init(post_init).post_stop(post_stop).build()
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


def run(app: Application, *, webhook_url: str = "", listen: str = "127.0.0.1", port: int = 8443,
        secret: str = "") -> None:
    """Polling by default; a webhook when ``webhook_url`` is given (Telegram then POSTs updates to it).

    Startup calls (getMe, deleteWebhook/setWebhook) are retried without end, backing off to 30 s: a Bot API
    that is down for a while delays the start, it does not end it. A rejected token still stops at once.
    """
    _use_uvloop()
    if webhook_url:
        path = urlsplit(webhook_url).path.strip("/")
        app.run_webhook(listen=listen, port=port, url_path=path, webhook_url=webhook_url, bootstrap_retries=-1,
                        secret_token=secret or secrets.token_urlsafe(32), allowed_updates=Update.ALL_TYPES)
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)


async def _set_commands(app: Application) -> None:
    """The command menu in Dutch (the default) and English; a failure here is logged, not fatal."""
    for lang in LANGS:
        commands = [BotCommand(COMMAND_NAMES.get(lang, {}).get(name, name), text.get(lang))
                    for name, text in COMMANDS.items()]
        try:
            await with_retries(lambda: app.bot.set_my_commands(commands, language_code=None if lang == DEFAULT_LANG else lang),
                               "setMyCommands", retry_timeouts=True)
        except TelegramError:
            log.warning("could not set the %s command menu; the bot works without it", lang, exc_info=True)


def _use_uvloop() -> None:
    """uvloop's event loop cuts the per-update cost of the HTTP stack (bench/telegram_bench.py)."""
    try:
        import uvloop
    except ImportError:  # optional: the standard loop works, only slower
        return
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
