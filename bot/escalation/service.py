"""Escalation as the application carries it out: create, deliver, claim, reply, close, remind.

Telegram buttons (through the engine's effects) and e-mail replies (through the inbound mail server) both
end here, so permissions are checked in one place, on every action: a contact acts only on tickets of
their own municipalities (or handed to them as backup); a professional only on their own tickets.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import logging
from collections.abc import Callable

from bot.address import EMAIL, TELEGRAM, Address
from bot.content.model import Content
from bot.escalation.results import ServiceResult
from bot.storage.access import Access
from bot.escalation.availability import after_hours_target, age_text, availability
from bot.escalation.directory import Contact, Directory, directory_of
from bot.escalation.municipalities import MunicipalityIndex
from bot.escalation.notices import MailSettings, Notices
from bot.storage.outbox import Outbox
from bot.escalation.queue import digest_due, queue_items, queue_tickets
from bot.texts import DEFAULT_LANG, LANGS
from bot.texts.escalation import CLOSE_REASONS, text
from bot.escalation.thread import thread
from bot.storage.tickets import Ticket, TicketDraft, TicketStore
from bot.privacy import mask_personal_data

__all__ = ["MailSettings", "TicketService", "intake_key"]

log = logging.getLogger(__name__)


def intake_key(user: Address, data: dict[str, str]) -> str:
    """Identifies one intake: the same user sending the same answers again is the same escalation."""
    parts = [str(user)] + [data.get(k, "") for k in ("municipality", "concern", "urgency", "contact")]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class TicketService:
    def __init__(self, tickets: TicketStore, outbox: Outbox, access: Access, content: Callable[[], Content],
                 mail: MailSettings = MailSettings(), reminder_minutes: int = 120) -> None:
        self.tickets = tickets
        self.outbox = outbox
        self.access = access
        self.content = content
        self.mail = mail
        self.reminder_minutes = reminder_minutes
        self.notices = Notices(tickets, outbox, mail)

    # --- the professional ---------------------------------------------------------------------------------

    def redeem(self, user: Address, code: str, flow: str, at: datetime.datetime) -> ServiceResult:
        professional = self.access.redeem(str(user), code, at)
        if professional is None:
            return ServiceResult("redeem_invite", False, "invalid", at=at)
        return ServiceResult("redeem_invite", True, data={"org": professional.org, "flow": flow}, at=at)

    def create(self, user: Address, data: dict[str, str], at: datetime.datetime) -> ServiceResult:
        directory = self.directory()
        professional = self.access.professional(str(user))
        if professional is None:
            return ServiceResult("create_ticket", False, "not registered", at=at)
        index = self.content().municipalities
        index = index if isinstance(index, MunicipalityIndex) else None
        municipality = index.get(data.get("municipality", "")) if index else None
        route = directory.route(municipality) if directory and municipality else None
        if route is None or route.contact is None:
            national = directory.national if directory else None
            values = {"municipality": data.get("municipality", ""), "name": national.name if national else "LSE",
                      "phone": national.phone if national else "088 20 80 080",
                      "email": national.email if national else "info@hetlse.nl"}
            return ServiceResult("create_ticket", False, "national", data=values, at=at)
        draft = TicketDraft(municipality=route.municipality.name, contact_id=route.contact.id,
                            urgency=data.get("urgency") or "normal", concern=data.get("concern", ""),
                            reporter=str(user), reporter_role=data.get("role") or professional.role,
                            reporter_org=professional.org, reporter_contact=data.get("contact", ""),
                            lang=data.get("lang") or DEFAULT_LANG, intake_key=intake_key(user, data))
        # acute while the contact is out of office: the backup gets it at once, not after the reminders
        backup = after_hours_target(directory, route.contact, at) if draft.urgency == "acute" and directory else None
        # One transaction: a crash leaves either the ticket with its deliveries, or neither.
        with self.tickets.atomic():
            ticket, fresh = self.tickets.create_once(draft, at)
            if fresh:
                self.notices.to_contact(ticket, route.contact, "new", at)
                if backup is not None:
                    self.notices.to_contact(ticket, backup, "backup", at, original=route.contact.function)
                    self.tickets.note(ticket.ref, "backup_at", "bot", f"acute after hours: to backup {backup.id}", at)
        hours = availability(route.contact, at, self.reminder_minutes)
        after_hours = "" if hours.open_now or ticket.urgency != "acute" else "backup" if backup else "none"
        return ServiceResult("create_ticket", True, data={
            "ref": ticket.ref, "municipality": ticket.municipality, "contact": route.contact.function,
            **{f"hours_{lang}": hours.words(lang, route.national) for lang in LANGS},
            "after_hours": after_hours, "backup": backup.function if backup else ""}, at=at)

    def list_for(self, user: Address, at: datetime.datetime) -> ServiceResult:
        items = tuple({"ref": t.ref, "municipality": t.municipality, "status": t.status, "updated": t.updated_at}
                      for t in self.tickets.for_reporter(str(user)))
        contact = bool(self._contacts_at(user))
        return ServiceResult("list_tickets", True, data={"contact": "yes" if contact else ""}, items=items, at=at)

    def detail(self, user: Address, ref: str, at: datetime.datetime) -> ServiceResult:
        """One of the reporter's own tickets with its whole thread: messages and status changes, in order."""
        ticket = self.tickets.get(ref)
        if ticket is None or ticket.reporter != str(user):
            return ServiceResult("ticket_detail", False, "forbidden", data={"ref": ref}, at=at)
        timeline = thread(self.tickets, ticket.ref, self._function_of)
        data = {"ref": ticket.ref, "municipality": ticket.municipality, "status": ticket.status,
                "urgency": ticket.urgency, "created": ticket.created_at, "concern": ticket.concern}
        return ServiceResult("ticket_detail", True, data=data, items=tuple(timeline), at=at)

    def withdraw(self, user: Address, ref: str, at: datetime.datetime) -> ServiceResult:
        """The reporter takes an open concern back; the contact is told nothing more is needed."""
        ticket = self.tickets.get(ref)
        if ticket is None or ticket.reporter != str(user):
            return ServiceResult("ticket_withdraw", False, "forbidden", data={"ref": ref}, at=at)
        if ticket.status == "closed":
            return ServiceResult("ticket_withdraw", False, "already_closed", data={"ref": ref}, at=at)
        with self.tickets.atomic():
            self.tickets.close(ticket.ref, str(user), at, "withdrawn by the reporter", action="withdrawn")
            target = self._current_contact(ticket)
            if target is not None:
                self.notices.to_contact(ticket, target, "withdrawn", at)
        return ServiceResult("ticket_withdraw", True, "withdrawn", data={"ref": ticket.ref}, at=at)

    # --- the contact --------------------------------------------------------------------------------------

    def queue(self, user: Address, at: datetime.datetime) -> ServiceResult:
        """The open tickets of the contact behind this chat, oldest first."""
        directory = self.directory()
        contacts = self._contacts_at(user)
        if not contacts or directory is None:
            return ServiceResult("ticket_queue", False, "not_contact", at=at)
        return ServiceResult("ticket_queue", True, items=queue_items(queue_tickets(self.tickets, directory, contacts),
                                                                      at), at=at)

    def digest_due(self, now: datetime.datetime) -> int:
        directory = self.directory()
        return digest_due(self.tickets, self.outbox, directory, now) if directory else 0

    # --- both sides -------------------------------------------------------------------------------------

    def act(self, actor: Address, action: str, ref: str, at: datetime.datetime, reason: str = "") -> ServiceResult:
        """A contact claims or closes a ticket; ``reason`` (one of CLOSE_REASONS, or free text by e-mail) is
        what the professional is told."""
        ticket = self.tickets.get(ref)
        contact = self._contact_for(actor, ticket) if ticket is not None else None
        if ticket is None or contact is None:
            # the same answer whether or not the reference exists: a guess reveals nothing
            log.warning("refused %s on a ticket by an actor without permission (or no such ticket)", action)
            return ServiceResult("ticket_action", False, "forbidden", data={"ref": ref}, at=at)
        if action == "close":
            if ticket.status == "closed":
                return ServiceResult("ticket_action", False, "already_closed", data={"ref": ref}, at=at)
            with self.tickets.atomic():
                closed = self.tickets.close(ref, f"contact:{contact.id}", at, mask_personal_data(reason.strip()))
                if closed is not None:
                    self.notices.to_reporter(closed, "to_reporter_closed", at, dedupe=f"closed:{closed.closed_at}",
                                      reason=self._reason_words(reason, closed.lang))
            return ServiceResult("ticket_action", True, "closed", data={"ref": ref}, at=at)
        result = self.tickets.claim(ref, contact.id, at)
        if result.outcome == "claimed" and result.ticket is not None:
            self.notices.to_reporter(result.ticket, "to_reporter_claimed", at, contact=contact.function)
            return ServiceResult("ticket_action", True, "claimed", data={"ref": ref}, at=at)
        by = self._function_of(result.ticket.claimed_by) if result.ticket else ""
        return ServiceResult("ticket_action", False, result.outcome if result.outcome != "closed" else "already_closed",
                             data={"ref": ref, "by": by}, at=at)

    def message(self, actor: Address, ref: str, body: str, at: datetime.datetime, *,
                urgent: bool = False) -> ServiceResult:
        """A message in the ticket's thread: from the contact to the professional, or back (marked SPOED for
        the contact when ``urgent``: the follow-up describes acute danger)."""
        ticket = self.tickets.get(ref)
        if ticket is None or not body.strip():
            return ServiceResult("ticket_message", False, "forbidden" if ticket is None else "missing",
                                 data={"ref": ref}, at=at)
        if ticket.status == "closed" and self._contact_for(actor, ticket):
            return ServiceResult("ticket_message", False, "already_closed", data={"ref": ref}, at=at)
        contact = self._contact_for(actor, ticket)
        if contact is not None:
            with self.tickets.atomic():
                updated = self.tickets.add_message(ref, f"contact:{contact.id}", mask_personal_data(body), at)
                if updated is not None:
                    self.notices.to_reporter(updated, "to_reporter_message", at, contact=contact.function, text=body,
                                      dedupe=f"msg:{len(self.tickets.messages(ref))}")
            return ServiceResult("ticket_message", True, data={"ref": ref}, at=at)
        if str(actor) == ticket.reporter:
            # the professional's follow-up gets the same privacy check as the concern: masked before it leaves
            masked = mask_personal_data(body)
            reopen = ticket.status == "closed"  # a follow-up on a closed ticket reopens it
            with self.tickets.atomic():
                if reopen:
                    self.tickets.reopen(ref, ticket.reporter, at)
                self.tickets.add_message(ref, "reporter", masked, at)
                target = self._current_contact(ticket)
                if target is not None:
                    self.notices.to_contact(ticket, target, "reopened" if reopen else "message", at, body=masked,
                                     key=f"msg:{len(self.tickets.messages(ref))}", urgent=urgent)
            return ServiceResult("ticket_message", True, "reopened" if reopen else "", data={"ref": ref}, at=at)
        return ServiceResult("ticket_message", False, "forbidden", data={"ref": ref}, at=at)

    # --- delivery and time ------------------------------------------------------------------------------

    def delivered(self, ref: str, kind: str, channel: str, at: datetime.datetime) -> None:
        """Called when the outbox delivered ``kind`` to a contact: a new ticket becomes 'delivered'."""
        if kind == "new" and self.tickets.mark_delivered(ref, at, f"by {channel}"):
            ticket = self.tickets.get(ref)
            if ticket is not None:
                self.notices.to_reporter(ticket, "to_reporter_delivered", at)

    def remind_due(self, now: datetime.datetime) -> int:
        """Unclaimed tickets: a reminder after the configured office-hours minutes, the backup after twice that."""
        directory = self.directory()
        count = 0
        for ticket in self.tickets.open_tickets() if directory else []:
            contact = directory.contact(ticket.contact_id) if directory else None
            if contact is None or ticket.status not in ("new", "delivered"):
                continue
            created = datetime.datetime.fromisoformat(ticket.created_at)
            # acute: real minutes count, so a Sunday ticket is not left until Monday's office hours
            waited = ((now - created).total_seconds() / 60 if ticket.urgency == "acute"
                      else contact.office_hours.open_minutes_between(created, now))
            if waited >= self.reminder_minutes and not ticket.reminded_at:
                self.notices.to_contact(ticket, contact, "reminder", now, body=age_text(ticket.created_at, now, DEFAULT_LANG))
                self.tickets.note(ticket.ref, "reminded_at", "bot", "reminder", now)
                count += 1
            backup = directory.contact(contact.backup) if directory and contact.backup else None
            if waited >= 2 * self.reminder_minutes and not ticket.backup_at and backup is not None:
                self.notices.to_contact(ticket, backup, "backup", now, original=contact.function)
                self.tickets.note(ticket.ref, "backup_at", "bot", f"handed to backup {backup.id}", now)
                count += 1
        return count

    def tell_contact(self, ref: str, contact: Contact, message: str, at: datetime.datetime, *, key: str) -> None:
        self.notices.tell_contact(ref, contact, message, at, key=key)

    def reply_token(self, ref: str, contact_id: str) -> str:
        return self.notices.reply_token(ref, contact_id)

    def check_token(self, ref: str, token: str) -> Contact | None:
        """The contact an e-mail reply address was made for, if the token is genuine."""
        ticket, directory = self.tickets.get(ref), self.directory()
        if ticket is None or directory is None:
            return None
        for contact in directory.contacts.values():
            if hmac.compare_digest(self.reply_token(ticket.ref, contact.id), token):
                return contact
        return None

    # --- helpers ----------------------------------------------------------------------------------------

    def _contacts_at(self, who: Address) -> tuple[Contact, ...]:
        """The directory's contacts behind an address: their Telegram chat, or their e-mail address."""
        directory = self.directory()
        if directory is None:
            return ()
        if who.channel == TELEGRAM and who.id.lstrip("-").isdecimal():
            return directory.contacts_for_chat(int(who.id))
        if who.channel == EMAIL:
            return directory.contact_for_email(who.id)
        return ()

    def _contact_for(self, actor: Address, ticket: Ticket) -> Contact | None:
        directory = self.directory()
        if directory is None:
            return None
        for contact in self._contacts_at(actor):
            backup_of = directory.contact(ticket.contact_id)
            handed_over = bool(ticket.backup_at) and backup_of is not None and backup_of.backup == contact.id
            if (contact.id == ticket.contact_id or handed_over
                    or ticket.municipality in directory.municipalities_of(contact.id)):
                return contact
        return None

    def _current_contact(self, ticket: Ticket) -> Contact | None:
        directory = self.directory()
        if directory is None:
            return None
        return directory.contact(ticket.claimed_by) or directory.contact(ticket.contact_id)

    @staticmethod
    def _reason_words(reason: str, lang: str) -> str:
        if reason in CLOSE_REASONS:
            return text(f"close_{reason}", lang)
        return mask_personal_data(reason.strip()) or text("close_none", lang)

    def _function_of(self, contact_id: str) -> str:
        directory = self.directory()
        contact = directory.contact(contact_id) if directory and contact_id else None
        return contact.function if contact else contact_id

    def directory(self) -> Directory | None:
        return directory_of(self.content())
