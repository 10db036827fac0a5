"""Contacts who work by e-mail answer by replying: an SMTP listener turns replies into ticket actions.

Ticket e-mails carry a Reply-To such as ``helpdesk-reply+K7M-4QX.3f9a1c0b2d4e6f80@gemeente.example``: the
ticket and a token signed with this installation's secret for that contact. A reply is accepted only when
the token is genuine AND the envelope sender is that contact's address. A first line that starts with
``OPPAKKEN``/``CLAIM`` takes the ticket up, ``SLUITEN``/``CLOSE`` closes it; any other text (also after those
words) goes to the professional as the answer. A reply that cannot be used (the ticket is closed, no text)
is answered with an e-mail that says so: nothing is dropped without telling the contact.

The municipality's mail system forwards (or an MX record routes) that address to ``HELPDESK_INBOUND_SMTP``.
The server runs inside the bot's event loop, so all database work stays on one thread.
"""

from __future__ import annotations

import asyncio
import datetime
import email
import hashlib
import email.policy
import email.utils
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from html.parser import HTMLParser
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.address import EMAIL, Address
from bot.escalation.service import TicketService

__all__ = ["InboundMail", "Reply", "parse_reply"]

log = logging.getLogger(__name__)

_ADDRESS = re.compile(r"^[^+@]+\+(?P<ref>[A-Z0-9]{3}-[A-Z0-9]{3})\.(?P<token>[0-9a-f]{16})@", re.IGNORECASE)
_QUOTE_START = re.compile(r"^(on .+ wrote:|op .+ schreef.*:|-+ ?original message ?-+|-+ ?oorspronkelijk bericht ?-+|"
                          r"from: .+|van: .+|-- ?)$", re.IGNORECASE)
CLAIM_WORDS = {"oppakken", "claim", "oppakken.", "claim."}
CLOSE_WORDS = {"sluiten", "close", "sluiten.", "close."}


@dataclass(frozen=True)
class Reply:
    ref: str
    token: str
    sender: str  # the envelope sender (MAIL FROM), which the sending server vouches for; not the From: header
    action: str  # "claim", "close" or "message"
    text: str  # the reply's own text, without the quote and without a leading command word
    message_id: str = ""


def parse_reply(recipient: str, sender: str, raw: bytes) -> Reply | None:
    """The action an e-mail reply asks for, or None when it is not addressed to a ticket.

    ``OPPAKKEN`` or ``SLUITEN`` may stand alone on the first line or start it; text after the word is kept
    as a message. HTML-only replies are read as text.
    """
    match = _ADDRESS.match(recipient)
    if match is None:
        return None
    message = email.message_from_bytes(raw, policy=email.policy.default)
    kept = []
    for line in _body_text(message).splitlines():
        if line.startswith(">") or _QUOTE_START.match(line.strip()):
            break
        kept.append(line.rstrip())
    text = "\n".join(kept).strip()
    word, _, rest = text.partition("\n")[0].strip().partition(" ")
    action = "claim" if word.lower() in CLAIM_WORDS else "close" if word.lower() in CLOSE_WORDS else "message"
    if action != "message":
        text = "\n".join(part for part in (rest.lstrip(" :.-").strip(), text.partition("\n")[2].strip()) if part).strip()
    message_id = str(message.get("Message-ID", "") or "")
    return Reply(match["ref"].upper(), match["token"].lower(), sender.strip().lower(), action, text, message_id)


def _body_text(message: EmailMessage) -> str:
    """The plain-text body; else the HTML body as text; unknown charsets are read as UTF-8 with replacements."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = str(part.get_content())
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else str(payload or "")
    return _html_to_text(content) if part.get_content_type() == "text/html" else content


class _TextOfHtml(HTMLParser):
    BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head"):
            self._skip += 1
        elif tag == "blockquote":
            self.parts.append("\n> ")  # the quoted original: parse_reply stops here
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head"):
            self._skip = max(self._skip - 1, 0)
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def _html_to_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = [re.sub(r" {2,}", " ", line).strip() for line in "".join(parser.parts).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


UNUSABLE = {
    "already_closed": ("Uw antwoord op {ref} is niet doorgestuurd: de melding is al gesloten. Neem zo nodig "
                       "rechtstreeks contact op met de melder.",
                       "Your reply on {ref} was not passed on: the concern is already closed. If needed, contact "
                       "the reporter directly."),
    "empty": ("Uw antwoord op {ref} is niet doorgestuurd: er stond geen tekst in (boven het geciteerde bericht).",
              "Your reply on {ref} was not passed on: it held no text (above the quoted message)."),
}


class _Handler:
    def __init__(self, service: TicketService, now: Callable[[], datetime.datetime]) -> None:
        self.service = service
        self.now = now

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        if _ADDRESS.match(address) is None:
            return "550 5.1.1 not a ticket reply address"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """Never answers with an exception's text: the sender sees a plain SMTP status, the log has the rest."""
        try:
            return self._receive(envelope)
        except Exception:  # noqa: BLE001 - the one broad catch of this adapter
            log.exception("could not handle an e-mail reply")
            return "451 4.3.0 the reply could not be processed now; please try again later"

    def _receive(self, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        for recipient in envelope.rcpt_tos:
            reply = parse_reply(recipient, str(envelope.mail_from or ""), raw)
            if reply is None:
                continue
            contact = self.service.check_token(reply.ref, reply.token)
            if contact is None or not reply.sender or (contact.email or "").lower() != reply.sender:
                log.warning("refused an e-mail reply with a wrong token or envelope sender")
                return "550 5.7.1 not allowed for this ticket"
            actor, at = Address(EMAIL, reply.sender), self.now()
            outcomes = []
            if reply.action == "claim":
                outcomes.append(self.service.act(actor, "claim", reply.ref, at))
            if reply.text:
                outcomes.append(self.service.message(actor, reply.ref, reply.text, at))
            if reply.action == "close":
                reason = reply.text.splitlines()[0][:200] if reply.text else ""  # the professional sees it
                outcomes.append(self.service.act(actor, "close", reply.ref, at, reason))
            problem = "empty" if not outcomes else next(
                (o.detail for o in outcomes if not o.ok and o.detail in UNUSABLE), "")
            if problem:
                nl, en = UNUSABLE[problem]
                self.service.tell_contact(reply.ref, contact, f"{nl}\n\n{en}".format(ref=reply.ref), at,
                                          key=f"unusable:{hashlib.sha256(raw).hexdigest()[:16]}")
            log.info("e-mail reply on a ticket: %s -> %s", reply.action,
                     ", ".join(o.detail or "ok" for o in outcomes) or "nothing to do")
        return "250 Message accepted"


class InboundMail:
    """``await start()`` listens on host:port inside the running event loop; ``close()`` stops it."""

    def __init__(self, service: TicketService, host: str, port: int,
                 now: Callable[[], datetime.datetime] | None = None) -> None:
        self.handler = _Handler(service, now or (lambda: datetime.datetime.now(datetime.timezone.utc)))
        self.host, self.port = host, port
        self._server: asyncio.AbstractServer | None = None

    async def start(self) -> int:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(lambda: SMTP(self.handler, data_size_limit=1_000_000),
                                                self.host, self.port)
        sockets: Any = self._server.sockets
        self.port = sockets[0].getsockname()[1]
        return self.port

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
