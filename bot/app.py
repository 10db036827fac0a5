"""Wiring: build the parts from Settings into a :class:`HelpDesk`. Nothing happens at import time.

A channel adapter is handed the HelpDesk: it calls :meth:`Conversations.handle` for each event, registers the
sender by which queued notices reach its users (``desk.senders.register``), and awaits ``desk.start()`` and
``desk.stop()``, which run the background work (outbox, reminders, retention, ...) as plain asyncio tasks.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from bot.address import EMAIL
from bot.background import BackgroundTasks, Job, jobs_for
from bot.clock import utc_now
from bot.config import Settings
from bot.content.load import ContentHolder
from bot.privacy import mask_personal_data
from bot.conversations import Conversations
from bot.storage.access import SqliteAccess
from bot.storage.inbox import SqliteInbox
from bot.storage.outbox import SqliteOutbox
from bot.escalation.delivery import DeliveryWorker, Senders, mail_sender
from bot.escalation.service import MailSettings, TicketService
from bot.storage.tickets import SqliteTicketStore
from bot.storage.database import installation_secret, open_database
from bot.storage.questions import SqliteQuestionLog
from bot.storage.sessions import SqliteSessionStore

__all__ = ["HelpDesk", "RedactingFormatter", "RedactingHandler", "build_conversations", "build_help_desk",
           "build_ticket_service", "configure_logging", "documents_folder", "redact"]


class HelpDesk:
    """The wired application: one Conversations for every channel, the channels' senders, and the background
    work it owns, started and stopped here whatever the channel (Telegram, ``helpdesk mail``)."""

    def __init__(self, conversations: Conversations, jobs: Sequence[Job] = (), senders: Senders | None = None,
                 inbox: SqliteInbox | None = None) -> None:
        self.conversations = conversations
        self.inbox = inbox  # a chat channel's updates between arrival and the end of their turn
        self.senders = senders if senders is not None else Senders()
        self.background = BackgroundTasks(jobs)
        self._worker: DeliveryWorker | None = None

    async def start(self) -> list[str]:
        """Warm the FAQ matcher (the semantic model loads in about 2 s, before any update is taken), then start
        the background jobs on the running loop with the senders registered so far; their names."""
        self.conversations.content.content.warm()
        return self.background.start(self.senders)

    async def stop(self) -> None:
        await self.background.stop()

    async def deliver_once(self) -> int:
        """One outbox pass by the registered senders (the console chat runs one before each prompt)."""
        service = self.conversations.tickets
        if service is None:
            return 0
        if self._worker is None:  # kept: it remembers a send whose record failed
            self._worker = DeliveryWorker(service.outbox, service, self.senders, utc_now)
        return await self._worker.run_once()


def build_help_desk(settings: Settings, db: Database, *, background: bool = True) -> HelpDesk:
    """The help desk of ``serve`` and ``mail``: e-mail's sender registered when SMTP is set, every job.
    Chat channels register their own sender on the result."""
    conversations = build_conversations(settings, db)
    senders = Senders({EMAIL: mail_sender(settings.smtp)} if settings.smtp.enabled else {})
    return HelpDesk(conversations, jobs_for(settings, conversations, db) if background else (), senders,
                    SqliteInbox(db))


def build_conversations(settings: Settings, db: Database | None = None) -> Conversations:
    db = db or open_database(settings.db_path)
    holder = ContentHolder(settings.content_root, settings.contacts_path)
    return Conversations(holder, SqliteSessionStore(db), SqliteQuestionLog(db),
                         build_ticket_service(settings, db, holder))


def build_ticket_service(settings: Settings, db: Database, holder: ContentHolder) -> TicketService:
    mail = MailSettings(reply_address=settings.mail_reply_address, secret=installation_secret(db))
    return TicketService(SqliteTicketStore(db), SqliteOutbox(db), SqliteAccess(db, settings.allowlist),
                         lambda: holder.content, mail, settings.claim_reminder_minutes)


TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


def redact(text: str) -> str:
    """Remove bot tokens, then personal data; if masking itself fails (at interpreter shutdown), tokens still go."""
    text = TOKEN.sub("<token>", text)
    try:
        return mask_personal_data(text)
    except Exception:  # noqa: BLE001 - the redaction path must never let the raw text through instead
        return text


class RedactingFormatter(logging.Formatter):
    """Formats a record, traceback included, then removes secrets and personal data from the result.

    Bot API URLs carry the token (``/bot<token>/``), and an exception message may quote user input.
    """

    TOKEN = TOKEN

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class RedactingHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A stream handler whose error path never prints the raw record (logging's fallback does)."""

    def handleError(self, record: logging.LogRecord) -> None:
        try:
            self.stream.write(f"(a log line from {record.name} could not be written)\n")
        except Exception:  # noqa: BLE001 - nothing more to do at this point
            pass


# Loggers that write request or update bodies (concern texts, the token in URLs) at DEBUG: never below INFO.
CHATTY_LOGGERS = ("telegram", "httpx", "httpcore", "aiohttp", "mail.log", "hpack")


def configure_logging(level: str = "INFO") -> None:
    handler = RedactingHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.raiseExceptions = False  # logging's own fallback would print the unredacted message
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.INFO, logging.getLogger(name).getEffectiveLevel()))
    # httpx logs every request URL, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    sys.excepthook = _redacting_excepthook


def _redacting_excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    text = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(redact(text))


def documents_folder(settings: Settings) -> Path:
    return settings.db_path.parent / "verslagen"
