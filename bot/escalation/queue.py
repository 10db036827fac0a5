"""The contact's side: the open tickets of their municipalities, oldest first, as a list (``/queue`` on
Telegram) and as a daily e-mail digest.

A digest goes once per Amsterdam calendar day, at the first reminder pass inside the contact's office hours,
and only when something is open; its outbox key carries the date, so a restart never sends it twice.
"""

from __future__ import annotations

import datetime

from bot.clock import minutes_since
from bot.escalation.availability import age_text
from bot.escalation.directory import Contact, Directory
from bot.escalation.office_hours import AMSTERDAM
from bot.storage.outbox import Outbox
from bot.texts import LANGS
from bot.texts.escalation import URGENCY, text
from bot.storage.tickets import Ticket, TicketStore

__all__ = ["digest_due", "queue_items", "queue_lines", "queue_tickets"]

URGENCY_ORDER = {"acute": 0, "soon": 1, "normal": 2}


def queue_tickets(store: TicketStore, directory: Directory, contacts: tuple[Contact, ...]) -> list[Ticket]:
    """Open tickets of the contacts' municipalities, sent to them, or handed to them as backup; oldest first."""
    municipalities: set[str] = set()
    ids: set[str] = set()
    for contact in contacts:
        municipalities |= directory.municipalities_of(contact.id)
        ids.add(contact.id)
        ids |= {other.id for other in directory.contacts.values() if other.backup == contact.id}
    tickets = store.open_for(frozenset(municipalities), frozenset(ids))
    # a ticket of a contact this one backs up counts only once it has been handed over
    return [t for t in tickets if t.municipality in municipalities or t.contact_id in {c.id for c in contacts}
            or t.backup_at]


def queue_items(tickets: list[Ticket], now: datetime.datetime) -> tuple[dict[str, str], ...]:
    return tuple({"ref": t.ref, "municipality": t.municipality, "urgency": t.urgency, "status": t.status,
                  "created": t.created_at, "age_minutes": str(minutes_since(t.created_at, now))} for t in tickets)


def queue_lines(tickets: list[Ticket], now: datetime.datetime, lang: str) -> list[str]:
    lines = []
    for ticket in tickets:
        urgency = URGENCY[ticket.urgency].get(lang) if ticket.urgency in URGENCY else ticket.urgency
        lines.append("- " + text("queue_line", lang, ref=ticket.ref, municipality=ticket.municipality,
                                 urgency=urgency.split(" (")[0], status=text(f"status_{ticket.status}", lang),
                                 age=age_text(ticket.created_at, now, lang)))
    return lines


def digest_due(store: TicketStore, outbox: Outbox, directory: Directory, now: datetime.datetime) -> int:
    """Queue today's digest for every e-mail contact that is in office now and has open tickets."""
    queued = 0
    day = now.astimezone(AMSTERDAM).date().isoformat()
    for contact in directory.contacts.values():
        if not contact.email or not contact.office_hours.is_open(now):
            continue
        tickets = queue_tickets(store, directory, (contact,))
        if not tickets:
            continue
        body = "\n\n".join(
            f"{text('digest_head', lang)}\n\n" + "\n".join(queue_lines(tickets, now, lang)) for lang in LANGS)
        subject = " / ".join(text("digest_subject", lang, count=str(len(tickets))) for lang in LANGS)
        if outbox.enqueue(key=f"digest:{contact.id}:{day}", channel="email", recipient=contact.email, ref="",
                          kind="digest", payload={"subject": subject, "body": body}, at=now):
            queued += 1
    return queued

