"""Sending e-mail over SMTP (STARTTLS where configured), one message per connection.

Runs in a worker thread (smtplib blocks). Every failure becomes a DeliveryError so the outbox retries it.
"""

from __future__ import annotations

import email.utils
import smtplib
import socket
import ssl
from email.message import EmailMessage

from bot.config import SmtpSettings
from bot.errors import DeliveryError

__all__ = ["compose", "send_mail"]

TIMEOUT_SECONDS = 20


def compose(settings: SmtpSettings, to: str, subject: str, body: str, *, reply_to: str = "",
            message_key: str = "") -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = email.utils.formatdate(localtime=False)
    domain = settings.sender.rsplit("@", 1)[-1] if "@" in settings.sender else "helpdesk.invalid"
    # Stable per outbox row: a repeat after a crash carries the same Message-ID.
    message["Message-ID"] = f"<{message_key or email.utils.make_msgid().strip('<>')}@{domain}>"
    if reply_to:
        message["Reply-To"] = reply_to
    message.set_content(body)
    return message


def send_mail(settings: SmtpSettings, message: EmailMessage) -> None:
    if not settings.enabled:
        raise DeliveryError("e-mail is not configured: set HELPDESK_SMTP_HOST and HELPDESK_SMTP_FROM")
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS) as smtp:
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.user:
                smtp.login(settings.user, settings.password)
            smtp.send_message(message)
    except (smtplib.SMTPException, OSError, socket.timeout) as exc:
        raise DeliveryError(f"mail server {settings.host}:{settings.port}: {type(exc).__name__}: {exc}") from exc
