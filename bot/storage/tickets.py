"""Tickets: a professional's concern on its way to a municipal contact, with an audit trail and a thread.

Status: new → delivered → claimed → answered → closed. Claiming is one conditional UPDATE, so when two
contacts press "claim" at once exactly one wins and the other is told who did.

Callers hold a :class:`TicketStore` (the interface); :class:`SqliteTicketStore` keeps it in the database and
takes the connection's one lock (:func:`bot.storage.database.lock_of`), like every other store over it.
"""

from __future__ import annotations

import datetime
import json
import secrets
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from typing import Any, Protocol

from sqlite_utils import Database

from bot.clock import iso
from bot.storage.database import lock_of, transaction

__all__ = ["ClaimResult", "SqliteTicketStore", "Ticket", "TicketDraft", "TicketStore"]

OPEN = ("new", "delivered", "claimed", "answered")
REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone


@dataclass(frozen=True)
class TicketDraft:
    municipality: str
    contact_id: str
    urgency: str  # "acute", "soon", "normal"
    concern: str
    reporter: str  # channel-qualified user id
    reporter_role: str
    reporter_org: str
    reporter_contact: str  # the professional's own phone or e-mail; stored apart
    lang: str
    intake_key: str = ""  # the same intake sent twice (Send pressed again) makes one ticket


@dataclass(frozen=True)
class Ticket:
    ref: str
    municipality: str
    contact_id: str
    status: str
    urgency: str
    concern: str
    reporter: str
    reporter_role: str
    reporter_org: str
    lang: str
    claimed_by: str
    created_at: str
    updated_at: str
    delivered_at: str
    claimed_at: str
    answered_at: str
    closed_at: str
    reminded_at: str
    backup_at: str

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Ticket:
        return cls(**{f.name: row.get(f.name) or "" for f in fields(cls)})


@dataclass(frozen=True)
class ClaimResult:
    outcome: str  # "claimed", "taken" (someone else was first), "closed", "missing"
    ticket: Ticket | None


class TicketStore(Protocol):
    """What the ticket service, its notices, a contact's queue and retention ask of the stored tickets."""

    def atomic(self) -> AbstractContextManager[None]:
        """Changes that belong together (this store's and others' over the same database): all or none."""
        ...

    def create_once(self, draft: TicketDraft, at: datetime.datetime) -> tuple[Ticket, bool]: ...

    def get(self, ref: str) -> Ticket | None: ...

    def reporter_contact(self, ref: str) -> str: ...

    def for_reporter(self, reporter: str, limit: int = 10) -> list[Ticket]: ...

    def open_tickets(self) -> list[Ticket]: ...

    def open_for(self, municipalities: frozenset[str], contact_ids: frozenset[str]) -> list[Ticket]: ...

    def mark_delivered(self, ref: str, at: datetime.datetime, detail: str) -> bool: ...

    def claim(self, ref: str, contact_id: str, at: datetime.datetime) -> ClaimResult: ...

    def add_message(self, ref: str, sender: str, text: str, at: datetime.datetime) -> Ticket | None: ...

    def close(self, ref: str, actor: str, at: datetime.datetime, reason: str = "", *,
              action: str = "closed") -> Ticket | None: ...

    def reopen(self, ref: str, actor: str, at: datetime.datetime) -> Ticket | None: ...

    def note(self, ref: str, field: str, actor: str, action: str, at: datetime.datetime) -> None: ...

    def events(self, ref: str) -> list[dict[str, Any]]: ...

    def messages(self, ref: str) -> list[dict[str, Any]]: ...

    def purge_closed(self, before: datetime.datetime) -> int: ...


class SqliteTicketStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = lock_of(db)

    def atomic(self) -> AbstractContextManager[None]:
        return transaction(self.db)

    def create(self, draft: TicketDraft, at: datetime.datetime) -> Ticket:
        return self.create_once(draft, at)[0]

    def create_once(self, draft: TicketDraft, at: datetime.datetime) -> tuple[Ticket, bool]:
        """The ticket for this intake, and whether it is new (False: this intake was sent before)."""
        if draft.intake_key:
            with self._lock:
                rows = list(self.db.query("select ref from tickets where intake_key = ?", [draft.intake_key]))
            existing = self.get(rows[0]["ref"]) if rows else None
            if existing is not None:
                return existing, False
        now = iso(at)
        with transaction(self.db):
            for _ in range(20):
                ref = _new_ref()
                try:
                    self.db.table("tickets").insert({
                        "ref": ref, "municipality": draft.municipality, "contact_id": draft.contact_id,
                        "status": "new", "urgency": draft.urgency, "concern": draft.concern,
                        "reporter": draft.reporter, "reporter_role": draft.reporter_role,
                        "reporter_org": draft.reporter_org, "lang": draft.lang, "created_at": now, "updated_at": now,
                        "intake_key": draft.intake_key or None,
                    })
                    break
                except sqlite3.IntegrityError:
                    continue
            else:
                raise RuntimeError("could not store the ticket: this intake was stored at the same moment elsewhere")
            self.db.table("reporter_contacts").insert({"ref": ref, "contact": draft.reporter_contact})
            self._event(ref, now, draft.reporter, "created", f"to {draft.contact_id}, urgency {draft.urgency}")
            ticket = self.get(ref)
        if ticket is None:
            raise RuntimeError(f"ticket {ref} vanished right after it was stored")
        return ticket, True

    def get(self, ref: str) -> Ticket | None:
        with self._lock:
            rows = list(self.db.query("select * from tickets where ref = ?", [ref.upper()]))
        return Ticket.from_row(rows[0]) if rows else None

    def reporter_contact(self, ref: str) -> str:
        with self._lock:
            rows = list(self.db.query("select contact from reporter_contacts where ref = ?", [ref]))
        return str(rows[0]["contact"]) if rows else ""

    def for_reporter(self, reporter: str, limit: int = 10) -> list[Ticket]:
        with self._lock:
            rows = self.db.query("select * from tickets where reporter = ? order by created_at desc limit ?",
                                 [reporter, limit])
            return [Ticket.from_row(r) for r in rows]

    def open_tickets(self) -> list[Ticket]:
        marks = ",".join("?" * len(OPEN))
        with self._lock:
            return [Ticket.from_row(r) for r in self.db.query(f"select * from tickets where status in ({marks})", OPEN)]

    def mark_delivered(self, ref: str, at: datetime.datetime, detail: str) -> bool:
        now = iso(at)
        with transaction(self.db):
            cursor = self.db.execute("update tickets set status = 'delivered', delivered_at = ?, updated_at = ? "
                                     "where ref = ? and status = 'new'", [now, now, ref])
            if cursor.rowcount:
                self._event(ref, now, "bot", "delivered", detail)
        return bool(cursor.rowcount)

    def claim(self, ref: str, contact_id: str, at: datetime.datetime) -> ClaimResult:
        now = iso(at)
        with transaction(self.db):
            cursor = self.db.execute(
                "update tickets set status = 'claimed', claimed_by = ?, claimed_at = ?, updated_at = ? "
                "where ref = ? and status in ('new', 'delivered')", [contact_id, now, now, ref])
            if cursor.rowcount:
                self._event(ref, now, contact_id, "claimed", "")
        ticket = self.get(ref)
        if ticket is None:
            return ClaimResult("missing", None)
        if cursor.rowcount:
            return ClaimResult("claimed", ticket)
        return ClaimResult("closed" if ticket.status == "closed" else "taken", ticket)

    def add_message(self, ref: str, sender: str, text: str, at: datetime.datetime) -> Ticket | None:
        now = iso(at)
        with transaction(self.db):
            self.db.table("ticket_messages").insert({"ref": ref, "at": now, "sender": sender, "text": text})
            if sender.startswith("contact:"):
                self.db.execute("update tickets set status = 'answered', answered_at = ?, updated_at = ?, "
                                "claimed_by = coalesce(nullif(claimed_by, ''), ?), "
                                "claimed_at = coalesce(nullif(claimed_at, ''), ?) "
                                "where ref = ? and status != 'closed'", [now, now, sender[8:], now, ref])
            else:
                self.db.execute("update tickets set updated_at = ? where ref = ?", [now, ref])
            self._event(ref, now, sender, "message", f"{len(text)} characters")
        return self.get(ref)

    def close(self, ref: str, actor: str, at: datetime.datetime, reason: str = "", *,
              action: str = "closed") -> Ticket | None:
        """Close an open ticket; ``reason`` is kept in the event (``action`` 'withdrawn' when the reporter closes)."""
        now = iso(at)
        with transaction(self.db):
            cursor = self.db.execute("update tickets set status = 'closed', closed_at = ?, updated_at = ? "
                                     "where ref = ? and status != 'closed'", [now, now, ref])
            if cursor.rowcount:
                self._event(ref, now, actor, action, reason[:300])
        return self.get(ref)

    def reopen(self, ref: str, actor: str, at: datetime.datetime) -> Ticket | None:
        """A closed ticket back to where it was before closing (claimed, delivered or new), for a follow-up."""
        now = iso(at)
        with transaction(self.db):
            cursor = self.db.execute(
                "update tickets set closed_at = '', updated_at = ?, status = case when claimed_by != '' and "
                "claimed_by is not null then 'claimed' when delivered_at != '' and delivered_at is not null "
                "then 'delivered' else 'new' end where ref = ? and status = 'closed'", [now, ref])
            if cursor.rowcount:
                self._event(ref, now, actor, "reopened", "")
        return self.get(ref)

    def open_for(self, municipalities: frozenset[str], contact_ids: frozenset[str]) -> list[Ticket]:
        """Open tickets of these municipalities or sent to these contacts, oldest first (a contact's queue)."""
        return sorted((t for t in self.open_tickets() if t.municipality in municipalities
                       or t.contact_id in contact_ids), key=lambda t: t.created_at)

    def note(self, ref: str, field: str, actor: str, action: str, at: datetime.datetime) -> None:
        """Record a reminder or a hand-over to the backup contact (``field`` is reminded_at or backup_at)."""
        if field not in ("reminded_at", "backup_at"):
            raise ValueError(f"not a ticket timestamp: {field}")
        now = iso(at)
        with transaction(self.db):
            self.db.execute(f"update tickets set {field} = ? where ref = ?", [now, ref])
            self._event(ref, now, actor, action, "")

    def events(self, ref: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.db.query("select at, actor, action, detail from ticket_events where ref = ? order by id",
                                      [ref]))

    def messages(self, ref: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.db.query("select at, sender, text from ticket_messages where ref = ? order by id", [ref]))

    def purge_closed(self, before: datetime.datetime) -> int:
        cutoff = iso(before)
        with transaction(self.db):
            refs = [r["ref"] for r in self.db.query(
                "select ref from tickets where status = 'closed' and closed_at < ?", [cutoff])]
            for table, column in (("ticket_messages", "ref"), ("ticket_events", "ref"), ("reporter_contacts", "ref"),
                                  ("outbox", "ref"), ("tickets", "ref")):
                self.db.execute(f"delete from {table} where {column} in (select value from json_each(?))",
                                [json.dumps(refs)])
        return len(refs)

    def _event(self, ref: str, at: str, actor: str, action: str, detail: str) -> None:
        self.db.table("ticket_events").insert({"ref": ref, "at": at, "actor": actor, "action": action, "detail": detail})
        # the audit log outlives the ticket (its own retention) and holds no detail: who, what, when
        self.db.execute("insert into audit_log (at, actor, action, subject) values (?, ?, ?, ?)",
                        [at, actor, f"ticket {action}", ref])


def _new_ref() -> str:
    code = "".join(secrets.choice(REF_ALPHABET) for _ in range(6))
    return f"{code[:3]}-{code[3:]}"

