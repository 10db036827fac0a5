"""The baseline for bench/telegram_bench.py: the smallest PTB bot (replies "ok" to every update) with the
same Application settings as the help desk: the same aiohttp request layer, the same concurrency and
connection pool, and uvloop's event loop. So the benchmark compares like with like and shows only what the
help desk adds on top of the framework."""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot.channels.telegram.aiohttp_request import AiohttpRequest
from bot.channels.telegram.app import CONCURRENT_UPDATES, CONNECTIONS, _use_uvloop


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.callback_query:
        await update.callback_query.answer()
    if update.effective_chat:
        await context.bot.send_message(update.effective_chat.id, "ok")


def main() -> None:
    api = os.environ["TELEGRAM_API_URL"]
    app = (ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]).base_url(f"{api}/bot")
           .concurrent_updates(CONCURRENT_UPDATES)
           .request(AiohttpRequest(connections=CONNECTIONS))
           .get_updates_request(AiohttpRequest(connections=1, read_timeout=60)).build())
    app.add_handler(MessageHandler(filters.ALL, echo))
    app.add_handler(CallbackQueryHandler(echo))
    _use_uvloop()
    app.run_polling()


if __name__ == "__main__":
    main()
