"""One contract per store interface (TicketStore, Outbox, Access, QuestionLog, AuditLog), run against every
backend over a real file.

Each test speaks only the interface (``bot.storage.tickets.TicketStore`` and so on), so a second backend joins
by adding a factory to its ``*_BACKENDS``. Sessions have their own contract in tests/test_session_store.py.
The last test holds the rule of ``bot/storage/database.py``: stores over one connection share one lock.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.address import Address
from bot.storage.access import Access, Invite, Professional, SqliteAccess
from bot.storage.audit import AuditLog, SqliteAuditLog
from bot.storage.database import open_database
from bot.storage.outbox import Outbox, OutboxItem, SqliteOutbox
from bot.storage.questions import QuestionLog, SqliteQuestionLog
from bot.storage.tickets import ClaimResult, SqliteTicketStore, TicketDraft, TicketStore
from tests.conftest import CLOCK

MINUTE = datetime.timedelta(minutes=1)
STAMP = "2026-11-28T12:00:00+00:00"  # CLOCK as every store writes it: UTC, to the second
DRAFT = TicketDraft(municipality="Utrecht", contact_id="utrecht_oov", urgency="soon", concern="Zorgen over uitspraken.",
                    reporter="telegram:42", reporter_role="docent", reporter_org="Het Lyceum",
                    reporter_contact="06-12345678", lang="nl", intake_key="intake-1")

TICKET_BACKENDS: dict[str, Callable[[Database], TicketStore]] = {"sqlite": SqliteTicketStore}
OUTBOX_BACKENDS: dict[str, Callable[[Database], Outbox]] = {"sqlite": SqliteOutbox}
ACCESS_BACKENDS: dict[str, Callable[[Database], Access]] = {"sqlite": lambda db: SqliteAccess(db, ("777",))}
QUESTION_BACKENDS: dict[str, Callable[[Database], QuestionLog]] = {"sqlite": SqliteQuestionLog}
AUDIT_BACKENDS: dict[str, Callable[[Database], AuditLog]] = {"sqlite": SqliteAuditLog}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "contract.db"


@pytest.mark.parametrize("backend", TICKET_BACKENDS)
def test_ticket_store_contract_lifecycle_thread_and_purge(backend: str, db_path: Path) -> None:
    store = TICKET_BACKENDS[backend](open_database(db_path))
    ticket, fresh = store.create_once(DRAFT, CLOCK)
    assert fresh and store.create_once(DRAFT, CLOCK + MINUTE) == (ticket, False)  # the same intake: one ticket
    assert (ticket.status, ticket.concern, ticket.created_at, ticket.updated_at) == ("new", DRAFT.concern, STAMP, STAMP)
    assert store.reporter_contact(ticket.ref) == "06-12345678" and store.get(ticket.ref.lower()) == ticket
    assert store.for_reporter("telegram:42") == [ticket] == store.open_tickets()
    assert store.open_for(frozenset({"Utrecht"}), frozenset()) == [ticket] == \
        store.open_for(frozenset(), frozenset({"utrecht_oov"}))

    assert store.mark_delivered(ticket.ref, CLOCK + MINUTE, "by telegram")
    assert not store.mark_delivered(ticket.ref, CLOCK + MINUTE, "by email")
    claimed = store.claim(ticket.ref, "utrecht_oov", CLOCK + 2 * MINUTE)
    assert claimed == ClaimResult("claimed", store.get(ticket.ref))
    assert store.claim(ticket.ref, "utrecht_backup", CLOCK + 2 * MINUTE).outcome == "taken"
    answered = store.add_message(ticket.ref, "contact:utrecht_oov", "Ik bel je morgen.", CLOCK + 3 * MINUTE)
    assert answered is not None and answered.status == "answered"
    store.note(ticket.ref, "reminded_at", "bot", "reminder", CLOCK + 4 * MINUTE)
    closed = store.close(ticket.ref, "contact:utrecht_oov", CLOCK + 5 * MINUTE, "afgehandeld")
    assert closed is not None and (closed.status, closed.is_open, closed.reminded_at) == \
        ("closed", False, "2026-11-28T12:04:00+00:00")
    reopened = store.reopen(ticket.ref, "telegram:42", CLOCK + 6 * MINUTE)
    assert reopened is not None and (reopened.status, reopened.claimed_by) == ("claimed", "utrecht_oov")
    assert store.messages(ticket.ref) == [{"at": "2026-11-28T12:03:00+00:00", "sender": "contact:utrecht_oov",
                                           "text": "Ik bel je morgen."}]
    assert [(e["actor"], e["action"], e["detail"]) for e in store.events(ticket.ref)] == [
        ("telegram:42", "created", "to utrecht_oov, urgency soon"), ("bot", "delivered", "by telegram"),
        ("utrecht_oov", "claimed", ""), ("contact:utrecht_oov", "message", "17 characters"),
        ("bot", "reminder", ""), ("contact:utrecht_oov", "closed", "afgehandeld"), ("telegram:42", "reopened", "")]

    store.close(ticket.ref, "telegram:42", CLOCK + 7 * MINUTE, action="withdrawn")
    assert store.purge_closed(CLOCK) == 0 and store.purge_closed(CLOCK + 8 * MINUTE) == 1
    assert store.get(ticket.ref) is None and store.events(ticket.ref) == [] and store.messages(ticket.ref) == []


@pytest.mark.parametrize("backend", TICKET_BACKENDS)
def test_ticket_store_contract_a_failed_transaction_leaves_nothing(backend: str, db_path: Path) -> None:
    store = TICKET_BACKENDS[backend](open_database(db_path))
    with pytest.raises(LookupError), store.atomic():
        ref = store.create_once(DRAFT, CLOCK)[0].ref
        raise LookupError("the notice could not be queued")
    assert store.get(ref) is None and store.events(ref) == [] and store.open_tickets() == []


@pytest.mark.parametrize("backend", OUTBOX_BACKENDS)
def test_outbox_contract_queue_lease_retry_send_and_forget(backend: str, db_path: Path) -> None:
    outbox = OUTBOX_BACKENDS[backend](open_database(db_path))
    first = {"key": "ABC-DEF:c1:telegram:new", "channel": "telegram", "recipient": "42", "ref": "ABC-DEF",
             "kind": "new"}
    assert outbox.enqueue(**first, payload={"text": "Nieuwe zorg"}, at=CLOCK)
    assert not outbox.enqueue(**first, payload={"text": "again"}, at=CLOCK)  # one key, one delivery
    assert outbox.enqueue(key="console-1", channel="console", recipient="local", ref="ABC-DEF",
                          kind="claimed", payload={"text": "Opgepakt"}, at=CLOCK)
    item = OutboxItem(1, "ABC-DEF:c1:telegram:new", "telegram", "42", "ABC-DEF", "new", {"text": "Nieuwe zorg"}, 0)
    notice = OutboxItem(2, "console-1", "console", "local", "ABC-DEF", "claimed", {"text": "Opgepakt"}, 0)
    assert outbox.due(CLOCK) == [item, notice] and notice.address == Address("console", "local")
    assert outbox.last_id() == 2

    telegram = {"telegram"}  # a worker with only Telegram's sender: the console row waits for its own
    assert outbox.lease(CLOCK, up_to=outbox.last_id(), channels=telegram) == item
    assert outbox.lease(CLOCK, channels=telegram) is None and outbox.waiting_channels() == {"telegram", "console"}
    retry_at = outbox.mark_failed(item.id, "timed out", CLOCK)
    assert retry_at == CLOCK + datetime.timedelta(seconds=10) and outbox.lease(CLOCK, channels=telegram) is None
    again = outbox.lease(retry_at, channels=telegram)
    assert again == OutboxItem(1, item.key, "telegram", "42", "ABC-DEF", "new", {"text": "Nieuwe zorg"}, 1)
    with outbox.atomic():
        outbox.mark_sent(again.id, retry_at)
    assert outbox.waiting_channels() == {"console"} and outbox.lease(CLOCK, channels=telegram) is None
    assert outbox.lease(CLOCK, channels={"console"}) == notice  # once a console sender asks
    with outbox.atomic():
        outbox.mark_sent(notice.id, CLOCK)
    assert outbox.lease(CLOCK) is None and outbox.waiting_channels() == set()
    assert outbox.counts() == {"sent": 2}

    assert outbox.enqueue(key="k2", channel="email", recipient="a@example.org", ref="ABC-DEF", kind="new",
                          payload={"body": "x"}, at=CLOCK)
    outbox.mark_failed(3, "550 no such user", CLOCK, permanent=True)
    assert outbox.purge_payloads(CLOCK) == 0 and outbox.purge_payloads(CLOCK + MINUTE) == 1
    assert outbox.enqueue(key="k3", channel="telegram", recipient="42", ref="", kind="x", payload={}, at=CLOCK)
    assert outbox.forget_recipient("42") == 1 and outbox.counts() == {"sent": 2, "failed": 1}


@pytest.mark.parametrize("backend", ACCESS_BACKENDS)
def test_access_contract_invites_registrations_and_the_allowlist(backend: str, db_path: Path) -> None:
    access = ACCESS_BACKENDS[backend](open_database(db_path))
    invite = access.create_invite("Het Lyceum", "docent", 1, 30, CLOCK)
    assert invite == Invite(invite.code, "Het Lyceum", "docent", 1, "2026-12-28T12:00:00+00:00")
    assert access.professional("telegram:1") is None and not access.is_registered("telegram:1")
    assert access.redeem("telegram:1", invite.code.lower().replace("-", " "), CLOCK) == \
        Professional("telegram:1", "Het Lyceum", "docent")
    assert access.redeem("telegram:2", invite.code, CLOCK) is None  # used up
    assert access.professional("telegram:1") == Professional("telegram:1", "Het Lyceum", "docent")
    assert access.professional("telegram:777") == Professional("telegram:777", "allowlist", "")
    assert access.is_registered("telegram:777") and not access.is_registered("telegram:2")


@pytest.mark.parametrize("backend", QUESTION_BACKENDS)
def test_question_log_contract_masks_and_cuts_texts_lists_newest_first_totals_votes_and_purges(
        backend: str, db_path: Path) -> None:
    log = QUESTION_BACKENDS[backend](open_database(db_path))
    log.record("unanswered", CLOCK, text="Bel me op 06-12345678, " + "x" * 600, lang="en", role="docent")
    log.record("feedback_down", CLOCK + MINUTE, faq_id="deel_met_gemeente")
    log.record("feedback_up", CLOCK + MINUTE, faq_id="deel_met_gemeente")
    log.record("feedback_up", CLOCK + 2 * MINUTE, faq_id="meldcode", score=0.75)
    unanswered = {"id": 1, "at": STAMP, "kind": "unanswered", "text": "Bel me op [telefoonnummer], " + "x" * 477,
                  "lang": "en", "role": "docent", "faq_id": "", "score": None}  # cut to 500 characters, then masked
    newest = {"id": 4, "at": "2026-11-28T12:02:00+00:00", "kind": "feedback_up", "text": "", "lang": "nl",
              "role": "", "faq_id": "meldcode", "score": 0.75}
    assert log.recent("unanswered") == [unanswered] and log.recent(limit=1) == [newest]
    assert [row["id"] for row in log.recent()] == [4, 3, 2, 1]
    assert log.feedback_totals() == [{"faq_id": "deel_met_gemeente", "up": 1, "down": 1},
                                     {"faq_id": "meldcode", "up": 1, "down": 0}]  # the most disliked first

    assert log.purge(CLOCK) == 0 and log.purge(CLOCK + MINUTE) == 1
    assert log.recent("unanswered") == [] and [row["id"] for row in log.recent()] == [4, 3, 2]


@pytest.mark.parametrize("backend", AUDIT_BACKENDS)
def test_audit_log_contract_entries_in_written_order_filtered_by_actor_and_subject_then_purged(
        backend: str, db_path: Path) -> None:
    audit = AUDIT_BACKENDS[backend](open_database(db_path))
    audit.record(CLOCK, "operator:anna", "create invite", "Het Lyceum")
    audit.record(CLOCK + MINUTE, "telegram:42", "ticket created", "ABC-DEF")
    audit.record(CLOCK + 2 * MINUTE, "operator:anna", "purge")
    invite = {"at": STAMP, "actor": "operator:anna", "action": "create invite", "subject": "Het Lyceum"}
    ticket = {"at": "2026-11-28T12:01:00+00:00", "actor": "telegram:42", "action": "ticket created",
              "subject": "ABC-DEF"}
    purge = {"at": "2026-11-28T12:02:00+00:00", "actor": "operator:anna", "action": "purge", "subject": ""}
    assert audit.entries() == [invite, ticket, purge] and audit.entries(limit=1) == [invite]
    assert audit.entries(actor="operator:anna") == [invite, purge] and audit.entries(subject="ABC-DEF") == [ticket]
    assert audit.entries(actor="operator:anna", subject="ABC-DEF") == []

    assert audit.purge(CLOCK) == 0 and audit.purge(CLOCK + MINUTE) == 1
    assert audit.entries() == [ticket, purge]


def test_stores_over_one_connection_share_its_lock_so_a_rolled_back_transaction_takes_no_other_write(
        db_path: Path) -> None:
    """Without one lock, the outbox's write on the shared connection would land inside the tickets' transaction
    and vanish with its rollback."""
    db = open_database(db_path)
    tickets, outbox = SqliteTicketStore(db), SqliteOutbox(db)
    queued = threading.Event()

    def queue_a_notice() -> None:
        outbox.enqueue(key="other", channel="email", recipient="a@example.org", ref="", kind="digest",
                       payload={}, at=CLOCK)
        queued.set()

    writer = threading.Thread(target=queue_a_notice)
    with pytest.raises(LookupError), tickets.atomic():
        tickets.create_once(DRAFT, CLOCK)
        writer.start()
        assert not queued.wait(0.1)  # held off while this transaction is open (a broken lock fails here)
        raise LookupError("roll back")
    writer.join()
    assert tickets.open_tickets() == [] and [i.key for i in outbox.due(CLOCK)] == ["other"]
