"""Every message the escalation sends, worded and queued in the outbox: to the contact (Telegram and/or e-mail,
with a signed reply address) and to the professional (at their address: the channel they escalated from).

The ticket service decides *that* someone is told; this module decides *what* they read and on which channel.
Each row is queued for an :class:`~bot.address.Address`; the channel's registered sender delivers it.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from bot.address import EMAIL, TELEGRAM, Address, AddressError
from bot.escalation.directory import Contact
from bot.storage.outbox import Outbox
from bot.texts import DEFAULT_LANG, LANGS
from bot.texts.escalation import URGENCY, text
from bot.storage.tickets import Ticket, TicketStore

__all__ = ["MailSettings", "Notices"]


@dataclass(frozen=True)
class MailSettings:
    reply_address: str = ""  # e.g. helpdesk-reply@gemeente.example; replies go to helpdesk-reply+REF.TOKEN@...
    secret: bytes = b""


class Notices:
    def __init__(self, tickets: TicketStore, outbox: Outbox, mail: MailSettings) -> None:
        self.tickets = tickets
        self.outbox = outbox
        self.mail = mail

    def tell_contact(self, ref: str, contact: Contact, message: str, at: datetime.datetime, *, key: str) -> None:
        """An e-mail to a contact about their own reply (for instance: it could not be used)."""
        if contact.email:
            self._enqueue(Address(EMAIL, contact.email), f"{ref}:{contact.id}:{EMAIL}:{key}", ref, "notice",
                          {"subject": f"[{ref}] Uw antwoord / your reply", "body": message}, at)

    def reply_token(self, ref: str, contact_id: str) -> str:
        return hmac.new(self.mail.secret, f"{ref}:{contact_id}".encode(), hashlib.sha256).hexdigest()[:16]


    def to_reporter(self, ticket: Ticket, template: str, at: datetime.datetime, *, dedupe: str = "",
                     **values: str) -> None:
        body = text(template, ticket.lang, ref=ticket.ref, municipality=ticket.municipality, **values)
        buttons = []
        if template == "to_reporter_message":
            buttons = [[[text("answer_button", ticket.lang, ref=ticket.ref), f"t:answer:{ticket.ref}"]]]
        if template == "to_reporter_closed":
            buttons = [[[text("followup_button", ticket.lang, ref=ticket.ref), f"t:followup:{ticket.ref}"]]]
        try:
            reporter = Address.parse(ticket.reporter)
        except AddressError:  # a forgotten reporter (``helpdesk forget``) has no address left
            return
        self._enqueue(reporter, f"{ticket.ref}:reporter:{dedupe or template}", ticket.ref, template,
                      {"text": body, "buttons": buttons}, at)

    def to_contact(self, ticket: Ticket, contact: Contact, kind: str, at: datetime.datetime, *, body: str = "",
                    original: str = "", key: str = "", urgent: bool = False) -> None:
        """``urgent``: this message describes acute danger (a follow-up on a ticket that was not acute)."""
        lang = DEFAULT_LANG  # municipal contacts are addressed in Dutch, with the English below it in e-mail
        values = {"ref": ticket.ref, "municipality": ticket.municipality}
        if kind == "new":
            message = self.new_ticket_text(ticket, lang)
        elif kind == "reminder":
            urgency = URGENCY[ticket.urgency].get(lang) if ticket.urgency in URGENCY else ticket.urgency
            message = text("to_contact_reminder", lang, age=body, urgency=urgency, **values)
        elif kind == "withdrawn":
            message = text("to_contact_withdrawn", lang, **values)
        elif kind == "reopened":
            message = text("to_contact_reopened", lang, text=body, **values)
        elif kind == "backup":
            message = f"{text('to_backup', lang, contact=original, **values)}\n\n{self.new_ticket_text(ticket, lang)}"
        else:
            message = text("to_contact_message", lang, text=body, **values)
        if (ticket.urgency == "acute" and kind in ("new", "reminder", "backup")) or urgent:  # SPOED at the top
            message = f"{text('urgent_banner', lang)}\n\n{message}"
        suffix = key or kind
        if contact.telegram_chat_id is not None:
            buttons = [[[text("button_claim", lang), f"t:claim:{ticket.ref}"],
                        [text("button_reply", lang), f"t:reply:{ticket.ref}"]],
                       [[text("button_close", lang), f"t:close:{ticket.ref}"]]] if kind != "withdrawn" else []
            self._enqueue(Address(TELEGRAM, str(contact.telegram_chat_id)), f"{ticket.ref}:{contact.id}:{TELEGRAM}:{suffix}",
                          ticket.ref, kind, {"text": message, "buttons": buttons}, at)
        if contact.email:
            subject = f"[{ticket.ref}] Zorgmelding {ticket.municipality} via helpdesk-bot"
            if ticket.urgency == "acute" or urgent:
                subject = f"SPOED / URGENT {subject}"
            reply_to = self.reply_address(ticket.ref, contact.id)
            instructions = "\n".join(text("mail_instructions", lang) for lang in LANGS)
            mail_body = f"{message}\n\n-- \n{instructions}"
            self._enqueue(Address(EMAIL, contact.email), f"{ticket.ref}:{contact.id}:{EMAIL}:{suffix}", ticket.ref,
                          kind, {"subject": subject, "body": mail_body, "reply_to": reply_to}, at)

    def _enqueue(self, to: Address, key: str, ref: str, kind: str, payload: dict[str, Any],
                 at: datetime.datetime) -> None:
        self.outbox.enqueue(key=key, channel=to.channel, recipient=to.id, ref=ref, kind=kind, payload=payload, at=at)

    def new_ticket_text(self, ticket: Ticket, lang: str) -> str:
        urgency = URGENCY[ticket.urgency].get(lang) if ticket.urgency in URGENCY else ticket.urgency
        org = f", {ticket.reporter_org}" if ticket.reporter_org else ""
        return text("to_contact_new", lang, ref=ticket.ref, municipality=ticket.municipality, urgency=urgency,
                    role=ticket.reporter_role or "-", org=org, reach=self.tickets.reporter_contact(ticket.ref) or "-",
                    concern=ticket.concern)

    def reply_address(self, ref: str, contact_id: str) -> str:
        if not self.mail.reply_address or "@" not in self.mail.reply_address:
            return ""
        local, domain = self.mail.reply_address.split("@", 1)
        return f"{local}+{ref}.{self.reply_token(ref, contact_id)}@{domain}"
