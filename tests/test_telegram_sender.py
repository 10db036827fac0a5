"""Sending a reply: what reaches the Bot API, and what PTB's error mapping still says (the Bot API stand-in)."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import InvalidToken
from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

from bot.channels.telegram.aiohttp_request import AiohttpRequest
from bot.channels.telegram.rate_limit import PerChatRateLimiter
from bot.channels.telegram.render import Outgoing
from bot.channels.telegram.sender import send
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import TOKEN

CHAT = 41


@pytest.fixture
def standin() -> Iterator[BotApiStandIn]:
    with BotApiStandIn() as api:
        api.add_chat(CHAT)
        yield api


def _send(standin: BotApiStandIn, outgoing: Outgoing) -> None:
    """One send through the stack ``helpdesk serve`` uses: ExtBot, the per-chat rate limiter, aiohttp."""
    async def scenario() -> None:
        bot = ExtBot(TOKEN, base_url=standin.base_url, request=AiohttpRequest(), rate_limiter=PerChatRateLimiter())
        async with bot:
            await send(bot, CHAT, outgoing)

    asyncio.run(scenario())


def test_a_reply_arrives_as_html_with_its_keyboard_and_no_link_preview(standin: BotApiStandIn) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="b:ja"),
                                      InlineKeyboardButton("Nee", callback_data="b:nee")]])
    _send(standin, Outgoing("<b>Mag ik</b> dit delen?", keyboard))
    [message] = standin.message_objects(CHAT)
    assert message["text"] == "Mag ik dit delen?"
    assert message["entities"] == [{"type": "bold", "offset": 0, "length": 6}]
    assert message["reply_markup"] == {"inline_keyboard": [[{"text": "Ja", "callback_data": "b:ja"},
                                                            {"text": "Nee", "callback_data": "b:nee"}]]}
    [call] = [c for c in standin.calls if c.method == "sendMessage"]
    assert call.params["link_preview_options"] == {"is_disabled": True}


def test_a_reply_goes_as_a_json_body_whose_values_keep_their_types(standin: BotApiStandIn) -> None:
    _send(standin, Outgoing("hallo"))
    [call] = [c for c in standin.calls if c.method == "sendMessage"]
    assert call.params == {"chat_id": CHAT, "text": "hallo", "parse_mode": "HTML",
                           "link_preview_options": {"is_disabled": True}}  # a form would carry "41" and JSON text


def test_sending_a_reply_raises_no_library_warning(standin: BotApiStandIn) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _send(standin, Outgoing("hallo"))
    assert [str(w.message) for w in caught if issubclass(w.category, PTBUserWarning)] == []
    assert standin.messages(CHAT) == ["hallo"]


def test_a_token_refused_while_sending_is_still_reported_as_an_invalid_token(standin: BotApiStandIn) -> None:
    async def scenario() -> None:
        async with ExtBot(TOKEN, base_url=standin.base_url, request=AiohttpRequest()) as bot:
            standin.token = "999:revoked"  # revoked at @BotFather after the bot started
            await send(bot, CHAT, Outgoing("hallo"))

    with pytest.raises(InvalidToken):
        asyncio.run(scenario())
    assert standin.messages(CHAT) == []
