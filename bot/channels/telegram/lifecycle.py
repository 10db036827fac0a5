"""Starting and stopping: Telegram's Application around the help desk's own work, in one order for every run.

``running`` is the one sequence (``helpdesk serve`` and the tests' harness both use it): initialise the
Application (getMe, retried until the Bot API answers: a Bot API that is down for a while delays the start,
it does not end it; a rejected token stops at once), set the command menu, ``await desk.start()`` (the
background jobs, which are the app's, not Telegram's), start the Application; on the way out the reverse.
``serve`` adds the updates (polling or a webhook, whose startup calls PTB retries without end) and runs until
SIGINT or SIGTERM.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from bot.app import HelpDesk
from bot.background import stop_on_signals
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.inbox import recover
from bot.channels.telegram.sender import retry_after_seconds, with_retries
from bot.texts import DEFAULT_LANG, LANGS
from bot.texts.engine import COMMAND_NAMES, COMMANDS

__all__ = ["running", "serve"]

log = logging.getLogger(__name__)

MAX_STARTUP_WAIT = 30.0


@asynccontextmanager
async def running(app: Application, desk: HelpDesk, stop: asyncio.Event | None = None) -> AsyncIterator[None]:
    """The Application and the desk's background work, started in order and stopped in reverse."""
    if not await _initialize(app, stop or asyncio.Event()):
        return
    try:
        await _set_commands(app)
        await desk.start()
        try:
            await app.start()
            try:
                if desk.inbox is not None:  # what a crash left unhandled, before new updates
                    await recover(app, desk.inbox, TelegramChannel(desk.conversations))
                yield
            finally:
                if app.updater is not None and app.updater.running:
                    await app.updater.stop()
                await app.stop()
        finally:
            await desk.stop()
    finally:
        await app.shutdown()


async def serve(app: Application, desk: HelpDesk, *, webhook_url: str = "", listen: str = "127.0.0.1",
                port: int = 8443, secret: str = "") -> None:
    """Polling by default; a webhook when ``webhook_url`` is given (Telegram then POSTs updates to it)."""
    stop = stop_on_signals()
    async with running(app, desk, stop):
        assert app.updater is not None  # built with an updater (ApplicationBuilder's default)
        if webhook_url:
            await app.updater.start_webhook(listen=listen, port=port, url_path=urlsplit(webhook_url).path.strip("/"),
                                            webhook_url=webhook_url, bootstrap_retries=-1,
                                            secret_token=secret or secrets.token_urlsafe(32),
                                            allowed_updates=Update.ALL_TYPES)
        else:
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
        await stop.wait()


async def _initialize(app: Application, stop: asyncio.Event) -> bool:
    """getMe and PTB's own setup, tried again (backing off to 30 s) until they succeed; False if stopped first."""
    delay = 1.0
    while not stop.is_set():
        try:
            await app.initialize()
            return True
        except InvalidToken:
            raise
        except RetryAfter as exc:
            wait = retry_after_seconds(exc) + 0.5
        except TimedOut:
            wait = 0.0
        except TelegramError as exc:
            log.warning("the Bot API did not answer at startup (%s); trying again in %.0f s", type(exc).__name__, delay)
            wait, delay = delay, min(MAX_STARTUP_WAIT, delay * 1.5)
        with suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), wait)
    return False


async def _set_commands(app: Application) -> None:
    """The command menu in every language (the default for all others); a failure is logged, not fatal."""
    for lang in LANGS:
        commands = [BotCommand(COMMAND_NAMES.get(lang, {}).get(name, name), text.get(lang))
                    for name, text in COMMANDS.items()]
        try:
            await with_retries(lambda: app.bot.set_my_commands(commands, language_code=None if lang == DEFAULT_LANG else lang),
                               "setMyCommands", retry_timeouts=True)
        except TelegramError:
            log.warning("could not set the %s command menu; the bot works without it", lang, exc_info=True)
