"""Wiring: build the parts from Settings. Nothing happens at import time."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlite_utils import Database

from bot.config import Settings
from bot.content.load import ContentHolder
from bot.privacy import mask_personal_data
from bot.conversations import Conversations
from bot.escalation.access import Access
from bot.escalation.outbox import Outbox
from bot.escalation.service import MailSettings, TicketService
from bot.escalation.tickets import TicketStore
from bot.storage.database import installation_secret, open_database
from bot.storage.questions import QuestionLog
from bot.storage.sessions import SqliteSessionStore

__all__ = ["RedactingFormatter", "build_conversations", "build_ticket_service", "configure_logging", "documents_folder"]


def build_conversations(settings: Settings, db: Database | None = None) -> Conversations:
    db = db or open_database(settings.db_path)
    holder = ContentHolder(settings.content_root, settings.contacts_path)
    return Conversations(holder, SqliteSessionStore(db), QuestionLog(db), build_ticket_service(settings, db, holder))


def build_ticket_service(settings: Settings, db: Database, holder: ContentHolder) -> TicketService:
    mail = MailSettings(reply_address=settings.mail_reply_address, secret=installation_secret(db))
    return TicketService(TicketStore(db), Outbox(db), Access(db, settings.allowlist), lambda: holder.content,
                         mail, settings.claim_reminder_minutes)


class RedactingFormatter(logging.Formatter):
    """Formats a record, traceback included, then removes secrets and personal data from the result.

    Bot API URLs carry the token (``/bot<token>/``), and an exception message may quote user input.
    """

    TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal_data(self.TOKEN.sub("<token>", super().format(record)))


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def documents_folder(settings: Settings) -> Path:
    return settings.db_path.parent / "verslagen"
