"""Senders are registered per channel on the app; delivery finds a row's sender by its address's channel.

A second channel is cheap: the console chat registers a sender for ``console`` and gets its notices through
the same outbox, worker and registry as Telegram. A row for a channel that has no sender in this process
waits in the outbox, and the worker says so once.
"""

from __future__ import annotations

import asyncio
import datetime
import logging

import pytest

from bot.address import Address
from bot.app import HelpDesk
from bot.channels.console import ConsoleChat
from bot.errors import ConfigError
from bot.escalation.delivery import DeliveryWorker, Senders
from bot.storage.outbox import OutboxItem
from tests.conftest import CLOCK
from tests.test_escalation import CONTACT_MAIL, World, escalate, run_inbound, smtp, world

__all__ = ["smtp", "world"]  # fixtures used here

CONSOLE_USER = Address("console", "local")


def console_rows(world: World) -> list[OutboxItem]:
    return [i for i in world.service.outbox.due(world.now() + datetime.timedelta(days=1)) if i.channel == "console"]


def chat_once(world: World, desk: HelpDesk) -> list[str]:
    """Run the console chat up to its first prompt and return what it printed."""
    written: list[str] = []

    def read(prompt: str) -> str:
        raise EOFError  # Ctrl-D at the first prompt

    ConsoleChat(desk, world.settings.db_path.parent, user=CONSOLE_USER, read=read, write=written.append).run()
    return written


def test_a_contacts_e_mail_reply_reaches_a_console_user_through_the_outbox(world: World) -> None:
    escalate(world, municipality="Amsterdam", user=str(CONSOLE_USER))  # an e-mail-only contact
    world.deliver()  # Telegram and e-mail senders only: the console's notice waits for its chat
    reply_to = str(world.smtp.messages[0]["Reply-To"])
    assert run_inbound(world, [(reply_to, CONTACT_MAIL, "OPPAKKEN\nWe bellen de school vandaag nog.")]) == ["accepted"]
    waiting = console_rows(world)
    assert waiting and {item.address for item in waiting} == {CONSOLE_USER}

    printed = "\n".join(chat_once(world, HelpDesk(world.conversations)))
    assert "We bellen de school vandaag nog." in printed and "opgepakt door Meldpunt radicalisering Amsterdam" in printed
    assert console_rows(world) == []  # sent through the outbox: the next prompt shows nothing again
    assert world.service.outbox.counts().get("pending", 0) == 0


def test_a_row_for_a_channel_without_a_sender_waits_in_the_outbox_and_is_logged_once(
        world: World, caplog: pytest.LogCaptureFixture) -> None:
    escalate(world, user=str(CONSOLE_USER))
    sent: list[str] = []

    async def telegram(item: OutboxItem) -> None:
        sent.append(item.channel)

    worker = DeliveryWorker(world.service.outbox, world.service, {"telegram": telegram}, world.now)
    with caplog.at_level(logging.WARNING, logger="bot.escalation.delivery"):
        for _ in range(3):
            asyncio.run(worker.run_once())
            world.later(hours=2)
    assert sent == ["telegram"]
    waiting = [r.getMessage() for r in caplog.records if "wait in the outbox" in r.getMessage()]
    assert sorted(waiting) == [f"messages for the channel {name!r} wait in the outbox: this process has no sender for "
                               "it (they go out once a process that has one runs, such as 'helpdesk serve' with a "
                               "token)" for name in ("console", "email")]
    untouched = {item.channel: item.attempts for item in world.service.outbox.due(world.now())}
    assert untouched == {"email": 0, "console": 0}  # never taken: not marked failed, not backed off


def test_a_channel_registers_one_sender() -> None:
    async def send(item: OutboxItem) -> None: ...

    senders = Senders({"telegram": send})
    senders.register("console", send)
    with pytest.raises(ConfigError, match="two senders for the channel 'telegram'"):
        senders.register("telegram", send)
    assert sorted(senders) == ["console", "telegram"]


def test_a_telegram_row_whose_id_is_no_chat_id_fails_for_good_without_a_call() -> None:
    from telegram import Bot

    from bot.channels.telegram.outbox_sender import telegram_sender
    from bot.errors import DeliveryError

    item = OutboxItem(1, "k", "telegram", "local", "ABC-DEF", "new", {"text": "x"}, 0)
    with pytest.raises(DeliveryError, match="telegram:local is not a chat id") as raised:
        asyncio.run(telegram_sender(Bot("123456:no-network-needed"))(item))
    assert raised.value.permanent
