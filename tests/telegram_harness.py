"""Runs the real Application (as ``helpdesk serve`` builds it) against the Bot API stand-in, in a thread.

Tests stay synchronous: ``RunningBot.start()`` returns once the bot is polling; ``stop()`` shuts it down
cleanly. Two RunningBots on the same SQLite file, one after the other, are a restart.
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import replace
from typing import Any

from telegram.ext import Application

from bot.app import build_help_desk
from bot.channels.telegram.app import build_application
from bot.channels.telegram.lifecycle import running
from bot.config import Settings
from bot.storage.database import open_database
from tests.standin.bot_api import BotApiStandIn

TOKEN = "123456:TEST-token-for-the-stand-in-000000000"
# startup warms the semantic model and the FAQ (2-3 s on a quiet machine; 30 s and more when other work shares
# the two cores): a start that is slow is not a failure, one that never comes is
START_WAIT = 90.0


class RunningBot:
    def __init__(self, settings: Settings, standin: BotApiStandIn, *, jobs: bool = False, rate_limit: bool = False,
                 webhook_port: int | None = None) -> None:
        self.settings = replace(settings, telegram_token=TOKEN, telegram_api_url=f"http://127.0.0.1:{standin.port}")
        self.standin = standin
        self.jobs = jobs
        self.rate_limit = rate_limit
        self.webhook_port = webhook_port
        self.app: Application | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.error: BaseException | None = None

    def start(self) -> RunningBot:
        self._thread.start()
        if not self._ready.wait(START_WAIT) or self.error:
            raise RuntimeError(f"bot did not start: {self.error!r}")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._stopped is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
        self._thread.join(15)

    def __enter__(self) -> RunningBot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # noqa: BLE001 - reported to the test through start()
            self.error = exc
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        db = open_database(self.settings.db_path)
        desk = build_help_desk(self.settings, db, background=self.jobs)
        app = build_application(self.settings, desk, rate_limit=self.rate_limit)
        self.app = app
        async with running(app, desk):  # the order helpdesk serve starts and stops in
            if self.webhook_port:
                await app.updater.start_webhook(listen="127.0.0.1", port=self.webhook_port, url_path="hook",
                                                webhook_url=f"http://127.0.0.1:{self.webhook_port}/hook",
                                                secret_token="s3cret-webhook")
            else:
                await app.updater.start_polling(poll_interval=0.0, timeout=1)
            self._ready.set()
            await self._stopped.wait()
        db.close()


def buttons_of(sent: Any) -> list[str]:
    """The callback_data of every inline button in a recorded sendMessage."""
    markup = sent.params.get("reply_markup")
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = (markup or {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row]
