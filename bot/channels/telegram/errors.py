"""What to tell an operator when Telegram stops a command (``helpdesk serve``, ``deliver``): plain words."""

from __future__ import annotations

from telegram.error import InvalidToken, TelegramError

__all__ = ["explain"]


def explain(exc: Exception) -> str | None:
    """A plain message for a Telegram failure, or None when ``exc`` is not one."""
    if isinstance(exc, InvalidToken):
        return ("Telegram refused the bot token: it is wrong or was revoked, or TELEGRAM_API_URL does not point "
                "to the Bot API. Check TELEGRAM_BOT_TOKEN (ask @BotFather for a new one) and TELEGRAM_API_URL.")
    if isinstance(exc, TelegramError):
        return f"Telegram could not be reached: {exc}"
    return None
