"""Users' rights and retention on a real SQLite file with a controlled clock: unsent intake drafts emptied
after 24 h, every kind of record purged after its own period, ``helpdesk export-user`` and ``helpdesk forget``
as real commands, and the audit log they leave (who, what, when; no content)."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.address import Address
from bot.config import Retention
from bot.engine import TextMessage
from bot.retention import purge_expired
from bot.rights import FORGOTTEN, forget_user
from bot.storage.audit import SqliteAuditLog, pseudonym
from bot.storage.database import open_database
from tests.conftest import CLOCK, FIXTURES, ROOT
from tests.smtp_server import LocalSmtp
from tests.test_escalation import CONCERN, World, escalate, make_world, register

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with LocalSmtp() as smtp:
        yield make_world(tmp_path, smtp)


def test_an_unsent_intake_is_emptied_after_24_hours_and_the_rest_of_the_session_kept(world: World) -> None:
    register(world, "telegram:50")
    world.say("telegram:50", TextMessage("Utrecht", at=CLOCK), TextMessage(CONCERN, at=CLOCK))
    db = world.conversations.sessions.db  # type: ignore[attr-defined]
    purge_expired(db, Retention(), CLOCK + 23 * HOUR)
    assert world.conversations.session_for(Address("telegram", "50")).answer("concern") == CONCERN
    counts = purge_expired(db, Retention(), CLOCK + 25 * HOUR)
    session = world.conversations.session_for(Address("telegram", "50"))
    assert counts["intake drafts"] == 1 and session.answer("concern") is None and session.node is None
    assert session.role == "docent" and CONCERN not in json.dumps(list(db.query("select * from sessions")))


def test_every_kind_of_record_goes_after_its_own_configurable_period(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    world.service.act(world_actor(), "close", ref, CLOCK)
    db = world.conversations.sessions.db  # type: ignore[attr-defined]
    short = Retention(sessions_days=1, questions_days=1, tickets_days=2, drafts_hours=1, audit_days=3, outbox_days=1)
    assert purge_expired(db, short, CLOCK + 0.5 * HOUR)["closed tickets"] == 0
    after_two_days = purge_expired(db, short, CLOCK + 49 * HOUR)
    assert after_two_days["sessions"] >= 1 and after_two_days["closed tickets"] == 1
    assert SqliteAuditLog(db).entries(subject=ref)  # the audit log outlives the ticket ...
    purge_expired(db, short, CLOCK + 73 * HOUR)
    assert SqliteAuditLog(db).entries(subject=ref) == []  # ... for its own period


def world_actor():  # the contact of the fixture directory for Utrecht, by Telegram

    return Address("telegram", "100000001")


def helpdesk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HELPDESK_DB": str(db), "HELPDESK_CONTACTS": str(FIXTURES / "contacts.yaml"),
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)


def test_export_user_prints_everything_stored_about_them_and_is_audited(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    result = helpdesk(world.settings.db_path, "export-user", "--user", "42")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["user"] == "telegram:42" and [t["ref"] for t in data["tickets"]] == [ref]
    assert data["registration"]["org"] == "Het Lyceum" and data["contact_details"][0]["contact"] == "06-12345678"
    assert data["session"]["data"]["role"] == "docent"
    audit = SqliteAuditLog(open_database(world.settings.db_path)).entries(subject=pseudonym("telegram:42"))
    assert [e["action"] for e in audit] == ["export-user"] and audit[0]["actor"].startswith("operator:")


def test_forget_deletes_the_person_and_anonymises_their_tickets(world: World) -> None:
    escalate(world)
    ref = world.service.tickets.for_reporter("telegram:42")[0].ref
    result = helpdesk(world.settings.db_path, "forget", "--user", "telegram:42")
    assert result.returncode == 0, result.stderr
    db = open_database(world.settings.db_path)
    everything = json.dumps({table: list(db.query(f"select * from {table}")) for table in db.table_names()
                             if table != "invites"}, ensure_ascii=False)  # an invite names the school, not a person
    assert "telegram:42" not in everything and "06-12345678" not in everything and "Het Lyceum" not in everything
    ticket = world.service.tickets.get(ref)
    assert ticket is not None and ticket.reporter == FORGOTTEN and ticket.concern == CONCERN
    assert world.service.tickets.for_reporter("telegram:42") == []
    assert [e["action"] for e in SqliteAuditLog(db).entries(subject=pseudonym("telegram:42"))] == ["forget"]


def test_forgetting_twice_or_an_unknown_person_is_harmless(world: World) -> None:
    db = open_database(world.settings.db_path)
    first = forget_user(db, Address("telegram", "777"), "operator:test", CLOCK)
    assert set(first.values()) == {0}
    assert forget_user(db, Address("telegram", "777"), "operator:test", CLOCK) == first
