"""The outbox under faults, on a real SQLite file: a failed write after sending, two workers on one database,
a worker that dies holding a lease, a process killed (SIGKILL) while storing a ticket, long texts with
markup characters through the Bot API stand-in, and messages Telegram refuses for good."""

from __future__ import annotations

import asyncio
import datetime
import html
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from telegram import Bot

from bot.address import Address
from bot.app import build_conversations
from bot.config import Settings
from bot.channels.telegram.outbox_sender import telegram_sender
from bot.escalation.delivery import DeliveryWorker, deliver_due
from bot.storage.outbox import LEASE, OutboxItem, SqliteOutbox
from bot.escalation.service import TicketService
from bot.storage.database import open_database
from tests.conftest import CLOCK, FIXTURES, ROOT
from tests.standin.bot_api import BotApiStandIn
from tests.telegram_harness import TOKEN

INTAKE = {"municipality": "Utrecht", "concern": "Zorgen over uitspraken in de klas.", "urgency": "normal",
          "contact": "geen", "lang": "nl"}


def settings_for(db_path: Path) -> Settings:
    return Settings(content_root=ROOT, db_path=db_path, contacts_path=FIXTURES / "contacts.yaml")


def service_on(db_path: Path, busy_ms: int = 30_000) -> TicketService:
    service = build_conversations(settings_for(db_path), open_database(db_path, busy_ms=busy_ms)).tickets
    assert service is not None
    return service


def escalated(db_path: Path, user: str = "console:local") -> tuple[TicketService, str]:
    service = service_on(db_path)
    code = service.access.create_invite("Wijkteam", "zorg", 1, 30, CLOCK).code
    service.access.redeem(user, code, CLOCK)
    return service, str(service.create(Address.parse(user), INTAKE, CLOCK).data["ref"])


def test_a_failed_write_after_sending_never_sends_again_and_blocks_nothing_once_storage_is_back(tmp_path: Path) -> None:
    db_path = tmp_path / "helpdesk.db"
    escalated(db_path)
    service = service_on(db_path, busy_ms=50)
    sent: list[str] = []
    blocker = sqlite3.connect(db_path, isolation_level=None)

    async def send_then_lock(item: OutboxItem) -> None:
        sent.append(item.key)
        if len(sent) == 1:
            blocker.execute("BEGIN IMMEDIATE")  # another process takes the write lock right after the send

    worker = DeliveryWorker(service.outbox, service, {"telegram": send_then_lock, "email": send_then_lock},
                            lambda: CLOCK)
    for _ in range(9):  # the storage problem lasts nine passes: nothing is sent twice meanwhile
        asyncio.run(worker.run_once())
    assert len(sent) == 1 and len(worker.unrecorded) == 1
    blocker.execute("ROLLBACK")
    asyncio.run(worker.run_once())  # the write succeeds, then the rest of the outbox goes out
    asyncio.run(worker.run_once())
    assert len(sent) == len(set(sent)) == 2 and worker.unrecorded == []
    # the console reporter's "delivered" notice waits for the console chat's next prompt, not for the worker
    assert service.outbox.counts() == {"sent": 2, "pending": 1}
    assert [key.split(":", 1)[1] for key in sent] == ["utrecht_oov:telegram:new", "utrecht_oov:email:new"]


def test_two_workers_on_one_database_deliver_every_message_exactly_once(tmp_path: Path) -> None:
    db_path = tmp_path / "helpdesk.db"
    service, _ = escalated(db_path)
    for index in range(40):
        service.outbox.enqueue(key=f"extra:{index}", channel="telegram", recipient="42", ref="ABC-DEF",
                               kind="extra", payload={"text": str(index)}, at=CLOCK)
    sent: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        own = service_on(db_path)  # its own connection, as a second process (or a cron 'helpdesk deliver') has

        async def record(item: OutboxItem) -> None:
            with lock:
                sent.append(item.key)
            await asyncio.sleep(0.002)

        for _ in range(5):
            asyncio.run(deliver_due(own.outbox, own, {"telegram": record, "email": record}, lambda: CLOCK))

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(sent) == len(set(sent)) == 42  # 40 extra, the new ticket by Telegram and by e-mail


def test_a_lease_held_by_a_dead_worker_runs_out_and_the_message_goes_out_then(tmp_path: Path) -> None:
    db_path = tmp_path / "helpdesk.db"
    outbox = SqliteOutbox(open_database(db_path))
    outbox.enqueue(key="k", channel="telegram", recipient="42", ref="ABC-DEF",
                   kind="extra", payload={"text": "x"}, at=CLOCK)
    taken = outbox.lease(CLOCK)  # ... and its worker dies before it sends or records anything
    assert taken is not None and outbox.lease(CLOCK) is None
    assert outbox.lease(CLOCK + LEASE - datetime.timedelta(seconds=1)) is None
    again = outbox.lease(CLOCK + LEASE)
    assert again is not None and again.key == "k"


KILL_WHILE_QUEUEING = """
import os, signal, sys
from bot.address import Address
from tests.test_outbox_delivery import INTAKE, CLOCK, service_on
from pathlib import Path
service = service_on(Path(sys.argv[1]))
code = service.access.create_invite("Wijkteam", "zorg", 1, 30, CLOCK).code
service.access.redeem("console:local", code, CLOCK)
real = service.outbox.enqueue
def enqueue_then_die(*args, **kwargs):
    real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)  # the first delivery row is written; the process dies here
service.outbox.enqueue = enqueue_then_die
service.create(Address("console", "local"), INTAKE, CLOCK)
"""


def test_a_process_killed_while_storing_a_ticket_leaves_no_ticket_without_its_deliveries(tmp_path: Path) -> None:
    db_path = tmp_path / "helpdesk.db"
    result = subprocess.run([sys.executable, "-c", KILL_WHILE_QUEUEING, str(db_path)], cwd=ROOT, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    assert result.returncode == -9, result.stderr
    service = service_on(db_path)
    assert service.tickets.open_tickets() == [] and service.outbox.counts() == {}
    again = service.create(Address("console", "local"), INTAKE, CLOCK)  # the user presses Send again: one ticket
    assert again.ok and len(service.tickets.open_tickets()) == 1
    assert service.outbox.counts() == {"pending": 2}


def test_pressing_send_again_for_the_same_intake_makes_no_second_ticket(tmp_path: Path) -> None:
    service, ref = escalated(tmp_path / "helpdesk.db")
    again = service.create(Address("console", "local"), INTAKE, CLOCK + datetime.timedelta(minutes=1))
    assert again.ok and again.data["ref"] == ref
    assert len(service.tickets.open_tickets()) == 1 and service.outbox.counts() == {"pending": 2}
    other = service.create(Address("console", "local"), {**INTAKE, "concern": "Een andere zorg."}, CLOCK)
    assert other.data["ref"] != ref


def run_with_bot(standin: BotApiStandIn, service: TicketService, clock: list[datetime.datetime]) -> int:
    async def once() -> int:
        async with Bot(TOKEN, base_url=standin.base_url) as bot:
            return await deliver_due(service.outbox, service, {"telegram": telegram_sender(bot)}, lambda: clock[0])
    return asyncio.run(once())


@pytest.fixture
def standin() -> BotApiStandIn:
    with BotApiStandIn() as api:
        yield api  # type: ignore[misc]


def test_a_long_message_full_of_markup_characters_arrives_whole_in_parts(tmp_path: Path, standin: BotApiStandIn) -> None:
    service = service_on(tmp_path / "helpdesk.db")
    standin.add_chat(77)
    text = "\n".join(f"regel {i}: a<b & c>d \"x\" & <script>" for i in range(400))  # ~14,000 chars escaped
    service.outbox.enqueue(key="long", channel="telegram", recipient="77", ref="ABC-DEF",
                           kind="extra", payload={"text": text, "buttons": [[["ok", "t:x"]]]}, at=CLOCK)
    assert run_with_bot(standin, service, [CLOCK]) == 1
    shown = standin.messages(77)
    assert len(shown) >= 2 and "\n".join(shown).replace("\n\n", "\n") == text
    assert all(len(part) <= 4096 for part in shown)
    assert service.outbox.counts() == {"sent": 1}


def test_a_message_telegram_refuses_for_good_is_not_retried_forever(tmp_path: Path, standin: BotApiStandIn) -> None:
    service = service_on(tmp_path / "helpdesk.db")
    standin.add_chat(77)
    standin.block_chat(77)
    service.outbox.enqueue(key="blocked", channel="telegram", recipient="77", ref="ABC-DEF",
                           kind="extra", payload={"text": "x"}, at=CLOCK)
    clock = [CLOCK]
    assert run_with_bot(standin, service, clock) == 0
    clock[0] += datetime.timedelta(hours=2)
    assert run_with_bot(standin, service, clock) == 0
    assert service.outbox.counts() == {"failed": 1} and standin.call_count("sendMessage") == 1
    assert html.escape("x") == "x"
