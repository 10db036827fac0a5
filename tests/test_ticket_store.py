"""Tickets, outbox and invites on a real SQLite file: statuses, the audit trail, claiming races, retries."""

from __future__ import annotations

import datetime
import threading
from pathlib import Path

import pytest

from bot.storage.access import SqliteAccess
from bot.storage.outbox import SqliteOutbox, backoff
from bot.storage.tickets import SqliteTicketStore, TicketDraft
from bot.storage.database import open_database
from tests.conftest import CLOCK

MINUTE = datetime.timedelta(minutes=1)
DRAFT = TicketDraft(municipality="Utrecht", contact_id="utrecht_oov", urgency="soon",
                    concern="Leerling deelt sinds september filmpjes die geweld goedpraten.", reporter="telegram:42",
                    reporter_role="docent", reporter_org="Het Lyceum", reporter_contact="06-12345678", lang="nl")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "helpdesk.db"


def test_new_ticket_has_a_readable_reference_and_keeps_contact_details_apart(db_path: Path) -> None:
    store = SqliteTicketStore(open_database(db_path))
    ticket = store.create(DRAFT, CLOCK)
    assert len(ticket.ref) == 7 and ticket.ref[3] == "-" and not set(ticket.ref) & set("01OI")
    assert (ticket.status, ticket.municipality, ticket.reporter, ticket.created_at) == \
        ("new", "Utrecht", "telegram:42", "2026-11-28T12:00:00+00:00")
    assert "06-12345678" not in repr(ticket) and store.reporter_contact(ticket.ref) == "06-12345678"
    assert store.events(ticket.ref) == [{"at": "2026-11-28T12:00:00+00:00", "actor": "telegram:42",
                                         "action": "created", "detail": "to utrecht_oov, urgency soon"}]


def test_lifecycle_new_delivered_claimed_answered_closed_with_audit_trail(db_path: Path) -> None:
    store = SqliteTicketStore(open_database(db_path))
    ref = store.create(DRAFT, CLOCK).ref
    assert store.mark_delivered(ref, CLOCK + MINUTE, "by telegram")
    assert not store.mark_delivered(ref, CLOCK + 2 * MINUTE, "by email")  # delivered once, not twice
    assert store.claim(ref, "utrecht_oov", CLOCK + 3 * MINUTE).outcome == "claimed"
    assert store.add_message(ref, "contact:utrecht_oov", "Dank, ik bel je morgen.", CLOCK + 4 * MINUTE).status == "answered"
    assert store.close(ref, "contact:utrecht_oov", CLOCK + 5 * MINUTE).status == "closed"
    assert [e["action"] for e in store.events(ref)] == ["created", "delivered", "claimed", "message", "closed"]


def test_two_contacts_claiming_at_once_exactly_one_wins(db_path: Path) -> None:
    ref = SqliteTicketStore(open_database(db_path)).create(DRAFT, CLOCK).ref
    results: list[str] = []
    barrier = threading.Barrier(2)

    def claim(contact: str) -> None:
        store = SqliteTicketStore(open_database(db_path))  # each contact on its own connection, as two processes would
        barrier.wait()
        results.append(store.claim(ref, contact, CLOCK).outcome)

    threads = [threading.Thread(target=claim, args=(c,)) for c in ("utrecht_oov", "utrecht_backup")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["claimed", "taken"]


def test_claiming_a_closed_or_unknown_ticket_says_so(db_path: Path) -> None:
    store = SqliteTicketStore(open_database(db_path))
    ref = store.create(DRAFT, CLOCK).ref
    store.close(ref, "contact:utrecht_oov", CLOCK)
    assert store.claim(ref, "utrecht_oov", CLOCK).outcome == "closed"
    assert store.claim("ZZZ-999", "utrecht_oov", CLOCK).outcome == "missing"


def test_closed_tickets_past_retention_are_purged_with_everything_that_belongs_to_them(db_path: Path) -> None:
    db = open_database(db_path)
    store, outbox = SqliteTicketStore(db), SqliteOutbox(db)
    old = store.create(DRAFT, CLOCK - 400 * 24 * 60 * MINUTE).ref
    store.close(old, "contact:x", CLOCK - 300 * 24 * 60 * MINUTE)
    outbox.enqueue(key=f"{old}:x", channel="email", recipient="a@example.org", ref=old,
                   kind="new", payload={"body": "x"}, at=CLOCK)
    kept = store.create(DRAFT, CLOCK).ref
    assert store.purge_closed(CLOCK - 180 * 24 * 60 * MINUTE) == 1
    assert store.get(old) is None and store.get(kept) is not None
    for table in ("ticket_events", "reporter_contacts", "outbox", "ticket_messages"):
        assert db.execute(f"select count(*) from {table} where ref = ?", [old]).fetchone()[0] == 0


def test_outbox_never_queues_the_same_delivery_twice(db_path: Path) -> None:
    outbox = SqliteOutbox(open_database(db_path))
    assert outbox.enqueue(key="ABC-DEF:c1:email:new", channel="email", recipient="a@example.org", ref="ABC-DEF",
                          kind="new", payload={"body": "x"}, at=CLOCK)
    assert not outbox.enqueue(key="ABC-DEF:c1:email:new", channel="email", recipient="a@example.org", ref="ABC-DEF",
                              kind="new", payload={"body": "y"}, at=CLOCK)
    assert [i.payload for i in outbox.due(CLOCK)] == [{"body": "x"}]


def test_failed_delivery_is_retried_later_with_growing_backoff_and_survives_reopening(db_path: Path) -> None:
    outbox = SqliteOutbox(open_database(db_path))
    outbox.enqueue(key="k", channel="email", recipient="a@example.org", ref="ABC-DEF",
                   kind="new", payload={"body": "x"}, at=CLOCK)
    item = outbox.due(CLOCK)[0]
    retry_at = outbox.mark_failed(item.id, "connection refused", CLOCK)
    assert retry_at == CLOCK + backoff(1) and outbox.due(CLOCK) == []

    reopened = SqliteOutbox(open_database(db_path))
    assert [i.attempts for i in reopened.due(retry_at)] == [1]
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 10, 20)] == [10, 20, 40, 3600, 3600]


def test_sent_delivery_forgets_its_payload(db_path: Path) -> None:
    db = open_database(db_path)
    outbox = SqliteOutbox(db)
    outbox.enqueue(key="k", channel="email", recipient="a@example.org", ref="ABC-DEF",
                   kind="new", payload={"body": "the concern"}, at=CLOCK)
    outbox.mark_sent(outbox.due(CLOCK)[0].id, CLOCK)
    assert outbox.due(CLOCK) == [] and outbox.counts() == {"sent": 1}
    assert db.execute("select payload from outbox").fetchone()[0] == "{}"


def test_invite_code_registers_a_limited_number_of_professionals(db_path: Path) -> None:
    access = SqliteAccess(open_database(db_path))
    invite = access.create_invite("Het Lyceum", "docent", uses=2, days=30, now=CLOCK)
    typed = invite.code.lower().replace("-", " ")
    assert access.redeem("telegram:1", typed, CLOCK).org == "Het Lyceum"
    assert access.redeem("telegram:2", invite.code, CLOCK) is not None
    assert access.redeem("telegram:3", invite.code, CLOCK) is None
    assert access.is_registered("telegram:1") and not access.is_registered("telegram:3")


def test_expired_or_unknown_invite_code_is_refused(db_path: Path) -> None:
    access = SqliteAccess(open_database(db_path))
    invite = access.create_invite("Wijkteam", "zorg", uses=1, days=1, now=CLOCK)
    assert access.redeem("telegram:1", invite.code, CLOCK + 2 * 24 * 60 * MINUTE) is None
    assert access.redeem("telegram:1", "AAAA-BBBB-CCCC", CLOCK) is None


def test_allowlisted_user_may_escalate_without_a_code(db_path: Path) -> None:
    access = SqliteAccess(open_database(db_path), allowlist=("777",))
    assert access.is_registered("telegram:777") and not access.is_registered("telegram:778")
