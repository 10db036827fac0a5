"""Wiring: build the parts from Settings. Nothing happens at import time."""

from __future__ import annotations

import logging
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from bot.config import Settings
from bot.content.load import ContentHolder
from bot.privacy import mask_personal_data
from bot.conversations import Conversations
from bot.storage.access import SqliteAccess
from bot.storage.outbox import SqliteOutbox
from bot.escalation.service import MailSettings, TicketService
from bot.storage.tickets import SqliteTicketStore
from bot.storage.database import installation_secret, open_database
from bot.storage.questions import QuestionLog
from bot.storage.sessions import SqliteSessionStore

__all__ = ["RedactingFormatter", "RedactingHandler", "build_conversations", "build_ticket_service", "configure_logging",
           "documents_folder", "redact"]


def build_conversations(settings: Settings, db: Database | None = None) -> Conversations:
    db = db or open_database(settings.db_path)
    holder = ContentHolder(settings.content_root, settings.contacts_path)
    return Conversations(holder, SqliteSessionStore(db), QuestionLog(db), build_ticket_service(settings, db, holder))


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
