"""Smaller faults from issue 13, each reproduced with real parts: the Bot API stand-in, a real SQLite file."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from telegram import Bot
from telegram.error import TimedOut
from telegram.ext import ExtBot

from bot.address import Address
from bot.app import build_conversations
from bot.channels.telegram.aiohttp_request import AiohttpRequest
from bot.channels.telegram.rate_limit import PerChatRateLimiter
from bot.channels.telegram.render import Outgoing
from bot.channels.telegram.sender import send, with_retries
from bot.config import Settings
from bot.engine import Start, TextMessage
from bot.storage.access import FAILURE_WINDOW, MAX_FAILURES, SqliteAccess
from bot.storage.database import open_database
from tests.conftest import CLOCK, ROOT
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import TOKEN, RunningBot


@pytest.fixture
def standin() -> Iterator[BotApiStandIn]:
    with BotApiStandIn() as api:
        yield api


def test_start_with_a_payload_on_the_next_line_is_still_start(tmp_path: Path, standin: BotApiStandIn) -> None:
    with RunningBot(Settings(content_root=ROOT, db_path=tmp_path / "h.db"), standin):
        standin.push_message(1, "/start")
        plain = standin.wait_for_messages(1, 1, timeout=10)
        standin.push_message(2, "/start\npayload")
        with_payload = standin.wait_for_messages(2, 1, timeout=10)
    assert with_payload == plain


def test_a_reply_survives_more_than_fifteen_seconds_worth_of_502s(standin: BotApiStandIn) -> None:
    standin.add_chat(5)
    standin.fail_next("sendMessage", status=502, times=8)  # the old limit gave up after 6 attempts

    async def scenario() -> None:
        async with Bot(TOKEN, base_url=standin.base_url) as bot:
            await with_retries(lambda: bot.send_message(5, "hallo"), "sendMessage", first_backoff=0.01)

    asyncio.run(scenario())
    assert standin.messages(5) == ["hallo"]


def test_a_send_that_times_out_is_not_repeated_so_it_never_arrives_twice(standin: BotApiStandIn) -> None:
    standin.add_chat(6)
    standin.delay_next("sendMessage", 1.5)  # Telegram is slow, but takes the message all the same

    async def scenario() -> None:
        async with Bot(TOKEN, base_url=standin.base_url, request=AiohttpRequest(read_timeout=0.5)) as bot:
            with pytest.raises(TimedOut):
                await send(bot, 6, Outgoing("één keer"))

    asyncio.run(scenario())
    time.sleep(2)
    assert standin.messages(6) == ["één keer"]


def test_one_chats_long_429_does_not_pause_other_chats(standin: BotApiStandIn) -> None:
    standin.add_chat(7)
    standin.add_chat(8)
    standin.fail_next("sendMessage", status=429, retry_after=4)

    async def scenario() -> float:
        bot = ExtBot(TOKEN, base_url=standin.base_url, rate_limiter=PerChatRateLimiter())
        async with bot:
            slow = asyncio.create_task(send(bot, 7, Outgoing("wacht")))
            await asyncio.sleep(0.3)  # chat 7 has its 429 now
            started = time.monotonic()
            await send(bot, 8, Outgoing("gewoon"))
            other = time.monotonic() - started
            await slow
            return other

    assert asyncio.run(scenario()) < 1.5
    assert standin.messages(7) == ["wacht"] and standin.messages(8) == ["gewoon"]


def test_wrong_invite_codes_are_logged_without_the_code_and_limited(tmp_path: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    access = SqliteAccess(open_database(tmp_path / "h.db"))
    good = access.create_invite("Wijkteam", "zorg", 1, 30, CLOCK).code
    caplog.set_level(logging.WARNING)
    for attempt in range(MAX_FAILURES):
        assert access.redeem("telegram:9", f"AAAA-BBBB-CC{attempt:02d}", CLOCK) is None
    assert access.redeem("telegram:9", good, CLOCK) is None  # refused unchecked: guessing stops here
    assert "AAAA" not in caplog.text and "wrong, used or expired invite code" in caplog.text
    assert access.redeem("telegram:10", "XXXX-XXXX-XXXX", CLOCK) is None  # another user is not affected
    assert access.redeem("telegram:9", good, CLOCK + FAILURE_WINDOW) is not None


@pytest.mark.parametrize("typed", ["²", "①", "٣", "1²"])
def test_odd_digits_at_a_choice_never_crash_a_turn(tmp_path: Path, typed: str) -> None:
    conversations = build_conversations(Settings(content_root=ROOT, db_path=tmp_path / "h.db"))
    conversations.handle(Address("telegram", "3"), Start(at=CLOCK))
    turn = conversations.handle(Address("telegram", "3"), TextMessage(typed, at=CLOCK))
    assert turn.texts()
