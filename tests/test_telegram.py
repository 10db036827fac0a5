"""End to end on Telegram: the real python-telegram-bot Application (as ``helpdesk serve`` builds it)
against the Bot API stand-in on 127.0.0.1. Nothing leaves this machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any
from pathlib import Path

import pytest

from bot.address import Address
from bot.config import Settings
from bot.storage.access import SqliteAccess
from bot.storage.database import open_database
from tests.conftest import CLOCK, FIXTURES, ROOT
from tests.smtp_server import free_port
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import TOKEN, RunningBot, buttons_of

USER = 4242
OTHER = 5151


@pytest.fixture
def standin() -> Iterator[BotApiStandIn]:
    with BotApiStandIn() as api:
        yield api


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(content_root=ROOT, db_path=tmp_path / "helpdesk.db", contacts_path=FIXTURES / "contacts.yaml")


@pytest.fixture
def bot(settings: Settings, standin: BotApiStandIn) -> Iterator[RunningBot]:
    with RunningBot(settings, standin) as running:
        yield running


def replies(standin: BotApiStandIn, chat: int) -> list:
    return [s for s in standin.sent(chat) if s.method in ("sendMessage", "sendDocument")]


def act(standin: BotApiStandIn, chat: int, push: Callable[[], object], expect: int = 1) -> list:
    """Push one update and return the bot's new replies in that chat (at least ``expect``)."""
    before = len(replies(standin, chat))
    push()
    standin.wait_for(lambda: len(replies(standin, chat)) >= before + expect, timeout=10)
    time.sleep(0.05)  # let a turn that sends two messages finish
    return replies(standin, chat)[before:]


def say(standin: BotApiStandIn, chat: int, text: str, expect: int = 1) -> list:
    return act(standin, chat, lambda: standin.push_message(chat, text), expect)


def press(standin: BotApiStandIn, chat: int, data: str, expect: int = 1) -> list:
    return act(standin, chat, lambda: standin.push_callback(chat, data), expect)


def open_intake(settings: Settings, standin: BotApiStandIn, chat: int = USER) -> None:
    """Onboard, register with a fresh invite code and name the municipality: the bot now asks for the concern."""
    code = SqliteAccess(open_database(settings.db_path)).create_invite("Het Lyceum", "docent", 1, 30, CLOCK).code
    onboard(standin, chat)
    press(standin, chat, "menu:contact")
    say(standin, chat, code)
    say(standin, chat, "Utrecht")


CONCERN = "Sinds september deelt een leerling filmpjes die geweld goedpraten."


def send_concern(settings: Settings, standin: BotApiStandIn, contact_detail: str) -> tuple[Any, str]:
    """Open the intake, send a calm concern (urgency "soon") with ``contact_detail``: the confirmation and its ref."""
    open_intake(settings, standin)
    say(standin, USER, CONCERN)
    press(standin, USER, "o:escalation:urgency:soon")
    say(standin, USER, contact_detail)
    sent = press(standin, USER, "o:escalation:confirm:send")[-1]
    return sent, sent.text.split("referentie is ")[1][:7]


def onboard(standin: BotApiStandIn, chat: int = USER, role: str = "docent") -> None:
    say(standin, chat, "/start")
    press(standin, chat, "lang:nl")
    press(standin, chat, f"role:{role}")


def test_onboarding_language_role_menu_and_command_menus(bot: RunningBot, standin: BotApiStandIn) -> None:
    welcome = say(standin, USER, "/start")[-1]
    assert "Welkom" in welcome.text and buttons_of(welcome) == ["lang:nl", "lang:en"]
    role = press(standin, USER, "lang:en")[-1]
    assert "What is your role?" in role.text
    menu = press(standin, USER, "role:politie")[-1]
    assert buttons_of(menu) == ["menu:signalling", "menu:sharing", "menu:ask", "menu:contact"]
    assert len(standin.callback_answers) == 2
    commands = standin.commands
    assert {c["command"] for c in commands[("default", "")]} >= {"start", "menu", "help", "taal", "rol", "status",
                                                                  "wachtrij"}
    assert {c["command"] for c in commands[("default", "en")]} >= {"lang", "role", "queue"}


def test_signalling_flow_for_a_teacher(bot: RunningBot, standin: BotApiStandIn) -> None:
    onboard(standin)
    first = press(standin, USER, "menu:signalling")[-1]
    assert "acuut gevaar" in first.text and any(b.startswith("o:signalling:") for b in buttons_of(first))
    after = press(standin, USER, buttons_of(first)[-3])  # "Nee": no acute danger (before the nav row)
    assert after and all(r.params.get("parse_mode") == "HTML" for r in after)


def test_sharing_flow_hands_out_the_decision_record_as_a_file(bot: RunningBot, standin: BotApiStandIn) -> None:
    onboard(standin, role="zorg")
    shown = press(standin, USER, "menu:sharing")[-1]
    for _ in range(12):
        options = [b for b in buttons_of(shown) if b.startswith("o:sharing:")]
        wants_record = [b for b in options if "record" in b]
        new = press(standin, USER, (wants_record or options)[-1] if wants_record else options[-1],
                    expect=1)
        documents = [r for r in new if r.method == "sendDocument"]
        if documents:
            record = documents[0].message["document"]
            assert record["file_name"].startswith("afwegingsverslag-") and record["file_name"].endswith(".md")
            return
        shown = new[-1]
    pytest.fail("no decision record was handed out")


def test_free_text_question_is_answered_with_its_sources(bot: RunningBot, standin: BotApiStandIn) -> None:
    onboard(standin)
    answer = say(standin, USER, "Heb ik toestemming nodig om iets te delen?")[-1]
    assert "toestemming" in answer.text.lower() and "Bronnen:" in answer.text
    assert any(b.startswith("fb:up:") for b in buttons_of(answer))


def test_conversation_resumes_after_a_restart(settings: Settings, standin: BotApiStandIn) -> None:
    with RunningBot(settings, standin):
        onboard(standin)
        first = press(standin, USER, "menu:signalling")[-1]
    with RunningBot(settings, standin):
        after = press(standin, USER, buttons_of(first)[-3])[-1]  # the button from before the restart
    assert "eerder bericht" not in after.text and after.text != first.text


def test_stale_and_forged_buttons_get_a_sensible_answer(bot: RunningBot, standin: BotApiStandIn) -> None:
    onboard(standin)
    first = press(standin, USER, "menu:signalling")[-1]
    press(standin, USER, buttons_of(first)[-3])
    stale = press(standin, USER, buttons_of(first)[0])[-1]
    assert stale.text.startswith("Die knop hoort bij een eerder bericht")
    forged = press(standin, USER, "t:claim:<b>x</b>")[-1]
    assert forged.text
    garbage = press(standin, USER, "x" * 40)[-1]
    assert "ken ik niet" in garbage.text
    assert len(standin.callback_answers) == 7  # every press answered (2 onboarding, 5 here)


@pytest.mark.parametrize("push", ["sticker", "photo", "voice", "document"])
def test_non_text_messages_get_a_clear_answer(bot: RunningBot, standin: BotApiStandIn, push: str) -> None:
    reply = act(standin, USER, lambda: getattr(standin, f"push_{push}")(USER))[-1]
    assert "tekst" in reply.text


def test_edited_message_and_group_chat(bot: RunningBot, standin: BotApiStandIn) -> None:
    say(standin, USER, "hallo")
    edited = act(standin, USER, lambda: standin.push_edited_message(USER, 1, "hallo!"))[-1]
    assert "aangepast" in edited.text
    group = act(standin, -100123, lambda: standin.push_message(-100123, "/start", user_id=USER, chat_type="group"))[-1]
    assert "privégesprek" in group.text
    standin.push_message(-100123, "gewoon een praatje in de groep", user_id=USER, chat_type="group")
    say(standin, USER, "/menu")  # a later update answered: the chatter before it has been handled
    assert len(replies(standin, -100123)) == 1  # chatter in a group is not answered


def test_long_text_gets_an_answer(bot: RunningBot, standin: BotApiStandIn) -> None:
    reply = say(standin, USER, "mag ik delen " * 420)[-1]
    assert "erg lang" in reply.text


@pytest.mark.parametrize("status", [429, 502])
def test_api_errors_are_retried_and_the_message_arrives_once(bot: RunningBot, standin: BotApiStandIn,
                                                             status: int) -> None:
    standin.fail_next("sendMessage", status=status, retry_after=1)
    reply = say(standin, USER, "/start")
    say(standin, USER, "/menu")  # a later turn answered: a retried duplicate of the first would have come before it
    assert [r.text for r in replies(standin, USER)].count(reply[0].text) == 1 and "Welkom" in reply[0].text


def test_two_users_at_once_do_not_hear_each_other(bot: RunningBot, standin: BotApiStandIn) -> None:
    for chat in (USER, OTHER):
        standin.push_message(chat, "/start")
    standin.wait_for(lambda: replies(standin, USER) and replies(standin, OTHER))
    standin.push_callback(USER, "lang:en")
    standin.push_callback(OTHER, "lang:nl")
    standin.wait_for(lambda: len(replies(standin, USER)) >= 2 and len(replies(standin, OTHER)) >= 2)
    assert "What is your role?" in replies(standin, USER)[1].text
    assert "Wat is je rol?" in replies(standin, OTHER)[1].text


def test_webhook_mode_receives_updates_with_the_secret(settings: Settings, standin: BotApiStandIn) -> None:
    with RunningBot(settings, standin, webhook_port=free_port()):
        assert standin.webhook["secret_token"] == "s3cret-webhook"
        assert "Welkom" in say(standin, USER, "/start")[-1].text


def test_escalation_by_telegram_reaches_the_contact_who_claims_and_replies(settings: Settings,
                                                                           standin: BotApiStandIn) -> None:
    contact = 100000001
    standin.add_chat(contact)
    with RunningBot(settings, standin, jobs=True):
        sent, ref = send_concern(settings, standin, "06-12345678")
        assert "Verstuurd" in sent.text

        standin.wait_for(lambda: replies(standin, contact), timeout=10)
        ticket = replies(standin, contact)[0]
        assert ref in ticket.text and f"t:claim:{ref}" in buttons_of(ticket)
        assert "Verstuurd" not in ticket.text and "06-12345678" in ticket.text

        claimed = press(standin, contact, f"t:claim:{ref}")[-1]
        assert "opgepakt" in claimed.text
        press(standin, contact, f"t:reply:{ref}")
        say(standin, contact, "Dank je, ik bel je morgen.")
        standin.wait_for(lambda: any("ik bel je morgen" in (r.text or "") for r in replies(standin, USER)), timeout=10)
        notices = [r.text for r in replies(standin, USER)]
        assert any("afgeleverd" in t for t in notices) and any("opgepakt door" in t for t in notices)


def test_serve_without_a_token_says_how_to_get_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["HELPDESK_DB"] = str(tmp_path / "x.db")
    result = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and "TELEGRAM_BOT_TOKEN" in result.stderr and "BotFather" in result.stderr


def test_helpdesk_serve_process_answers_survives_a_restart_and_never_logs_the_token(tmp_path: Path,
                                                                                      standin: BotApiStandIn) -> None:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": f"http://127.0.0.1:{standin.port}",
           "HELPDESK_DB": str(tmp_path / "serve.db"), "HELPDESK_LOG_LEVEL": "DEBUG"}

    def serve() -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    first = serve()
    try:
        onboard(standin)
        menu = press(standin, USER, "menu:signalling")[-1]
    finally:
        first.send_signal(signal.SIGINT)
        log_one = first.communicate(timeout=30)[0]
    second = serve()
    try:
        after = press(standin, USER, buttons_of(menu)[-3])[-1]
        assert "eerder bericht" not in after.text
    finally:
        second.send_signal(signal.SIGINT)
        log_two = second.communicate(timeout=30)[0]
    assert TOKEN not in log_one + log_two and TOKEN.split(":")[1] not in log_one + log_two


def test_delivery_to_a_contact_survives_telegram_5xx_and_arrives_once(settings: Settings,
                                                                    standin: BotApiStandIn) -> None:
    import asyncio
    import datetime

    from telegram import Bot

    from bot.app import build_conversations
    from bot.channels.telegram.outbox_sender import telegram_sender
    from bot.escalation.delivery import deliver_due

    contact = 100000001
    standin.add_chat(contact)
    service = build_conversations(settings, open_database(settings.db_path)).tickets
    assert service is not None
    code = service.access.create_invite("Wijkteam", "zorg", 1, 30, CLOCK).code
    service.access.redeem("console:local", code, CLOCK)
    created = service.create(Address("console", "local"), {"municipality": "Utrecht", "concern": "Zorgen over uitspraken.",
                                               "urgency": "normal", "contact": "geen", "lang": "nl"}, CLOCK)
    clock = [CLOCK]

    async def rounds() -> list[int]:
        async with Bot(TOKEN, base_url=standin.base_url) as bot:
            senders = {"telegram": telegram_sender(bot)}
            standin.fail_next("sendMessage", status=502)
            first = await deliver_due(service.outbox, service, senders, lambda: clock[0])
            clock[0] += datetime.timedelta(seconds=11)
            second = await deliver_due(service.outbox, service, senders, lambda: clock[0])
            clock[0] += datetime.timedelta(hours=2)
            third = await deliver_due(service.outbox, service, senders, lambda: clock[0])
            return [first, second, third]

    assert asyncio.run(rounds()) == [0, 1, 0]
    assert len(replies(standin, contact)) == 1 and created.data["ref"] in replies(standin, contact)[0].text
    assert service.tickets.get(created.data["ref"]).status == "delivered"
