"""The inbox: a Telegram update is kept from its arrival to the end of its turn, so a crash loses nothing.

The store on a real SQLite file; the recovery through the real Application against the Bot API stand-in,
with the inbox a killed process would have left behind written into the database before the bot starts.
"""

from __future__ import annotations

import datetime
import time
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.storage.database import open_database
from bot.storage.inbox import SqliteInbox, without_names
from tests.conftest import CLOCK
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import RunningBot
from tests.test_telegram import settings, standin  # noqa: F401 - the same stand-in and settings fixtures

USER = 4343
GROUP = -100777


def text_update(update_id: int, text: str, chat: int = USER, chat_type: str = "private") -> dict[str, Any]:
    return {"update_id": update_id,
            "message": {"message_id": update_id, "date": int(time.time()), "text": text,
                        "chat": {"id": chat, "type": chat_type, "first_name": "Fatima", "title": "team"},
                        "from": {"id": USER, "is_bot": False, "first_name": "Fatima", "last_name": "El Amrani",
                                 "username": "fatima_a", "language_code": "nl"}}}


def left_by_a_crash(settings: Settings, standin: BotApiStandIn, update: dict[str, Any], taken: bool) -> None:
    """What a process killed after storing ``update`` (and, with ``taken``, after starting its turn) leaves."""
    chat = update["message"]["chat"]
    standin.add_chat(chat["id"], chat_type=chat["type"])
    inbox = SqliteInbox(open_database(settings.db_path))
    inbox.store(update["update_id"], update, datetime.datetime.now(datetime.timezone.utc))
    if taken:
        inbox.take(update["update_id"])


def messages(standin: BotApiStandIn, chat: int) -> list[Any]:
    return [s for s in standin.sent(chat) if s.method == "sendMessage"]


def test_an_update_is_kept_without_names_until_its_turn_ends(tmp_path: Path) -> None:
    inbox = SqliteInbox(open_database(tmp_path / "h.db"))
    inbox.store(7, text_update(7, "hoi"), CLOCK)
    inbox.store(7, text_update(7, "hoi"), CLOCK)  # the same update twice: kept once
    inbox.take(7)
    [kept] = inbox.unfinished()
    assert kept.taken and kept.data["message"]["text"] == "hoi"
    assert "Fatima" not in str(kept.data) and "fatima_a" not in str(kept.data) and "El Amrani" not in str(kept.data)
    assert kept.data["message"]["from"]["id"] == USER  # ids stay: the turn needs them
    inbox.done(7)
    assert inbox.unfinished() == []


def test_rows_a_crash_left_behind_are_purged_after_the_retention_period(tmp_path: Path) -> None:
    inbox = SqliteInbox(open_database(tmp_path / "h.db"))
    inbox.store(1, text_update(1, "oud"), CLOCK)
    inbox.store(2, text_update(2, "nieuw"), CLOCK + datetime.timedelta(hours=30))
    assert inbox.purge(CLOCK + datetime.timedelta(hours=24)) == 1
    assert [i.update_id for i in inbox.unfinished()] == [2]


def test_names_are_removed_at_every_depth() -> None:
    data = {"callback_query": {"from": {"id": 1, "first_name": "A", "username": "a"},
                               "message": {"chat": {"id": 1, "first_name": "A"}, "entities": [{"username": "x"}]}}}
    clean = without_names(data)["callback_query"]
    assert clean["from"] == {"id": 1, "first_name": "", "username": ""}
    assert clean["message"]["chat"]["first_name"] == "" and clean["message"]["entities"] == [{"username": ""}]


def test_after_a_turn_the_inbox_is_empty(settings: Settings, standin: BotApiStandIn) -> None:
    with RunningBot(settings, standin):
        standin.push_message(USER, "/start")
        standin.wait_for(lambda: len(messages(standin, USER)) >= 1, timeout=10)
        time.sleep(0.3)  # the bookkeeping after the reply
        assert SqliteInbox(open_database(settings.db_path)).unfinished() == []


def test_an_update_whose_turn_never_started_is_answered_after_the_restart(settings: Settings,
                                                                            standin: BotApiStandIn) -> None:
    left_by_a_crash(settings, standin, text_update(900, "/start"), taken=False)
    with RunningBot(settings, standin):
        standin.wait_for(lambda: len(messages(standin, USER)) >= 1, timeout=10)
        time.sleep(0.3)
        assert SqliteInbox(open_database(settings.db_path)).unfinished() == []


def test_an_interrupted_turn_is_not_run_again_but_the_user_hears_so_with_112_first(settings: Settings,
                                                                                   standin: BotApiStandIn) -> None:
    danger = "hij staat nu met een mes voor de school en zegt dat hij iemand gaat neersteken"
    left_by_a_crash(settings, standin, text_update(901, danger), taken=True)
    with RunningBot(settings, standin):
        standin.wait_for(lambda: len(messages(standin, USER)) >= 2, timeout=10)
        first, notice = messages(standin, USER)[:2]
        assert "112" in first.text.split("\n")[0]
        assert "herstart" in notice.text
        time.sleep(0.3)
        assert SqliteInbox(open_database(settings.db_path)).unfinished() == []


def test_an_interrupted_calm_message_gets_only_the_notice(settings: Settings, standin: BotApiStandIn) -> None:
    left_by_a_crash(settings, standin, text_update(902, "Wat is het verschil tussen delen en melden?"), taken=True)
    with RunningBot(settings, standin):
        standin.wait_for(lambda: len(messages(standin, USER)) >= 1, timeout=10)
        time.sleep(0.3)
        [notice] = messages(standin, USER)
        assert "herstart" in notice.text and "Bel nu 112" not in notice.text


def test_an_interrupted_group_message_gets_no_reply_in_the_group(settings: Settings, standin: BotApiStandIn) -> None:
    left_by_a_crash(settings, standin, text_update(903, "hallo", chat=GROUP, chat_type="group"), taken=True)
    with RunningBot(settings, standin):
        time.sleep(1.0)
        assert messages(standin, GROUP) == []
        assert SqliteInbox(open_database(settings.db_path)).unfinished() == []
