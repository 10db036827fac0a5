"""``helpdesk mail`` (and ``helpdesk serve`` without a token): the help desk for contacts who work by e-mail only.

The same jobs as ``serve`` run, without Telegram: the outbox (e-mail; console notices stay for ``helpdesk
chat``), reminders and the daily digest, the inbound SMTP listener for replies, retention and the heartbeat.
Rows for Telegram recipients wait in the outbox (no sender is registered for them) until a ``serve`` with a
token delivers them.
"""

from __future__ import annotations

import asyncio
import logging

from bot.app import HelpDesk
from bot.background import stop_on_signals
from bot.config import Settings
from bot.errors import ConfigError

__all__ = ["require_mail", "run_mail_only"]

log = logging.getLogger(__name__)


def require_mail(settings: Settings) -> None:
    """Refuse to start a mail-only help desk that could neither send nor receive."""
    if not settings.smtp.enabled:
        raise ConfigError("an e-mail-only help desk needs an outgoing mail server: set HELPDESK_SMTP_HOST and "
                          "HELPDESK_SMTP_FROM (to try it locally: python -m aiosmtpd -n -l 127.0.0.1:1025, then "
                          "HELPDESK_SMTP_HOST=127.0.0.1 HELPDESK_SMTP_PORT=1025 HELPDESK_SMTP_STARTTLS=false), "
                          "or set TELEGRAM_BOT_TOKEN to run on Telegram (create a bot with @BotFather in Telegram); "
                          "to try the bot without either, run 'helpdesk chat'")
    if not settings.inbound_smtp or not settings.mail_reply_address:
        log.warning("HELPDESK_INBOUND_SMTP or HELPDESK_MAIL_REPLY_ADDRESS is not set: contacts receive e-mail "
                    "but their replies cannot reach the bot")


async def run_mail_only(desk: HelpDesk, stop: asyncio.Event | None = None) -> None:
    """Run the desk's jobs until ``stop`` is set (by default: until SIGINT or SIGTERM); a job that fails is logged
    and started again. No chat channel registers a sender: e-mail only."""
    stop = stop or stop_on_signals()
    names = await desk.start()
    log.info("e-mail-only help desk running: %s", ", ".join(names))
    try:
        await stop.wait()
    finally:
        await desk.stop()
