"""E-mail-only help desk (issue 12 point 3): ``helpdesk mail``, and ``helpdesk serve`` without a token, run the
outbox, the reminders and the inbound reply listener without Telegram. Real processes, a real SMTP server on
127.0.0.1 as the municipality's mail, a real SQLite file."""

from __future__ import annotations

import datetime
import os
import signal
import smtplib
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from bot.address import Address
from bot.app import build_conversations
from bot.config import Settings
from bot.storage.database import open_database
from tests.conftest import CLOCK, FIXTURES, ROOT
from tests.smtp_server import LocalSmtp, free_port

CONTACT_MAIL = "meldpunt@amsterdam.example.org"
INTAKE = {"municipality": "Amsterdam", "concern": "Een leerling deelt filmpjes die geweld goedpraten.",
          "urgency": "soon", "contact": "geen", "lang": "nl", "role": "docent"}


@pytest.fixture
def smtp() -> Iterator[LocalSmtp]:
    with LocalSmtp() as server:
        yield server


def wait_for(check: Callable[[], object], timeout: float = 90) -> None:
    """Until ``check`` holds; the timeout only guards against a hang."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def send_reply(port: int, to: str, body: str) -> None:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = CONTACT_MAIL, to, "Re: melding"
    message.set_content(body)
    deadline = time.monotonic() + 30
    while True:  # the listener may still be starting
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
                client.sendmail(CONTACT_MAIL, [to], bytes(message))
            return
        except (ConnectionRefusedError, smtplib.SMTPServerDisconnected):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@pytest.mark.parametrize("command", ["mail", "serve"])
def test_without_telegram_a_contact_receives_the_ticket_by_mail_and_claims_and_answers_by_reply(
        tmp_path: Path, smtp: LocalSmtp, command: str) -> None:
    inbound = free_port()
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update({"HELPDESK_DB": str(tmp_path / "helpdesk.db"), "HELPDESK_CONTACTS": str(FIXTURES / "contacts.yaml"),
                "HELPDESK_SMTP_HOST": "127.0.0.1", "HELPDESK_SMTP_PORT": str(smtp.port),
                "HELPDESK_SMTP_STARTTLS": "false", "HELPDESK_SMTP_FROM": "bot@helpdesk.example.org",
                "HELPDESK_MAIL_REPLY_ADDRESS": "reply@helpdesk.example.org",
                "HELPDESK_INBOUND_SMTP": f"127.0.0.1:{inbound}"})
    settings = Settings.load(env)
    service = build_conversations(settings, open_database(settings.db_path)).tickets
    assert service is not None
    user = "console:local"
    service.access.redeem(user, service.access.create_invite("Het Lyceum", "docent", 1, 30, CLOCK).code, CLOCK)
    ref = str(service.create(Address.parse(user), INTAKE, CLOCK).data["ref"])

    # started as a shell starts a job in the background (SIGINT ignored): the bot stops on SIGINT and on SIGTERM
    # (docker stop) all the same, by handlers of its own
    process = subprocess.Popen([sys.executable, "-m", "bot", command], cwd=ROOT, env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        wait_for(lambda: smtp.messages)
        ticket_mail = smtp.messages[0]
        assert ref in str(ticket_mail["Subject"]) and ticket_mail["To"] == CONTACT_MAIL
        send_reply(inbound, str(ticket_mail["Reply-To"]), "OPPAKKEN\nWe bellen de school vandaag nog.")
        wait_for(lambda: (ticket := service.tickets.get(ref)) is not None and ticket.status == "answered")
        assert service.tickets.get(ref).claimed_by == "amsterdam_mail"  # type: ignore[union-attr]
        # the console user's notices wait in the outbox for their chat: no console sender runs here
        waiting = service.outbox.due(datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=1))
        notices = [n.payload["text"] for n in waiting if n.address == Address.parse(user)]
        assert any("We bellen de school vandaag nog." in text for text in notices)
        assert any("opgepakt door Meldpunt radicalisering Amsterdam" in text for text in notices)
    finally:
        process.send_signal(signal.SIGINT if command == "mail" else signal.SIGTERM)
        _, stderr = process.communicate(timeout=90)
    assert process.returncode == 0
    assert "Traceback" not in stderr
    if command == "serve":
        assert "running e-mail only" in stderr


def test_mail_only_without_an_outgoing_mail_server_says_what_to_set(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN" and not k.startswith("HELPDESK_SMTP")}
    env["HELPDESK_DB"] = str(tmp_path / "x.db")
    result = subprocess.run([sys.executable, "-m", "bot", "mail"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2
    assert "HELPDESK_SMTP_HOST" in result.stderr and "python -m aiosmtpd -n -l 127.0.0.1:1025" in result.stderr
