"""Contacts who work by e-mail answer by replying: an SMTP listener turns replies into ticket actions.

Ticket e-mails carry a Reply-To such as ``helpdesk-reply+K7M-4QX.3f9a1c0b2d4e6f80@gemeente.example``: the
ticket and a token signed with this installation's secret for that contact. A reply is accepted only when
the token is genuine AND the sender is that contact's address. The first line ``OPPAKKEN``/``CLAIM`` takes
the ticket up, ``SLUITEN``/``CLOSE`` closes it; any other text goes to the professional as the answer.

The municipality's mail system forwards (or an MX record routes) that address to ``HELPDESK_INBOUND_SMTP``.
The server runs inside the bot's event loop, so all database work stays on one thread.
"""

from __future__ import annotations

import asyncio
import datetime
import email
import email.policy
import email.utils
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.escalation.service import Actor, TicketService

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
    sender: str
    action: str  # "claim", "close" or "message"
    text: str


def parse_reply(recipient: str, sender: str, raw: bytes) -> Reply | None:
    """The action an e-mail reply asks for, or None when it is not addressed to a ticket."""
    match = _ADDRESS.match(recipient)
    if match is None:
        return None
    message = email.message_from_bytes(raw, policy=email.policy.default)
    header_from = email.utils.parseaddr(str(message.get("From", "")))[1]
    part = message.get_body(preferencelist=("plain",)) if hasattr(message, "get_body") else None
    body = part.get_content() if part is not None else ""
    kept = []
    for line in str(body).splitlines():
        if line.startswith(">") or _QUOTE_START.match(line.strip()):
            break
        kept.append(line.rstrip())
    text = "\n".join(kept).strip()
    first = text.splitlines()[0].strip().lower() if text else ""
    action = "claim" if first in CLAIM_WORDS else "close" if first in CLOSE_WORDS else "message"
    return Reply(match["ref"].upper(), match["token"].lower(), (header_from or sender).lower(), action, text)


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
        raw = envelope.original_content or b""
        for recipient in envelope.rcpt_tos:
            reply = parse_reply(recipient, str(envelope.mail_from or ""), raw)
            if reply is None:
                continue
            contact = self.service.check_token(reply.ref, reply.token)
            if contact is None or (contact.email or "").lower() != reply.sender:
                log.warning("refused an e-mail reply with a wrong token or sender")
                return "550 5.7.1 not allowed for this ticket"
            actor = Actor(email=reply.sender)
            if reply.action == "message" and reply.text:
                outcome = self.service.message(actor, reply.ref, reply.text, self.now())
            else:
                outcome = self.service.act(actor, "claim" if reply.action == "message" else reply.action,
                                           reply.ref, self.now())
            log.info("e-mail reply on a ticket: %s -> %s", reply.action, outcome.detail or "ok")
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
