"""Work that runs beside the conversations while ``helpdesk serve`` runs, each job a small loop.

delivery   the outbox, every few seconds (each channel's registered sender, and e-mail)
reminders  unclaimed tickets: reminder, then the backup contact (office hours aware)
digest     each contact with e-mail gets one list of their open tickets per working day
inbound    the SMTP listener for contacts' e-mail replies (when HELPDESK_INBOUND_SMTP is set)
retention  deletes what is past its retention period, every hour
heartbeat  touches a file that ``helpdesk health`` (the Docker healthcheck) reads
"""

from __future__ import annotations

import asyncio
import datetime
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path

from sqlite_utils import Database

from bot.config import Settings
from bot.conversations import Conversations
from bot.escalation.delivery import DeliveryWorker, Sender, mail_sender
from bot.escalation.inbound import InboundMail
from bot.retention import purge_expired

__all__ = ["HEARTBEAT_NAME", "BackgroundTasks", "Job", "Senders", "jobs_for"]

log = logging.getLogger(__name__)

Senders = Mapping[str, Sender]  # the channels' outbox senders by channel name, registered when the app is wired
Job = Callable[[Senders], Awaitable[None]]  # none registered: e-mail only (``helpdesk mail``)
HEARTBEAT_NAME = "heartbeat"
DELIVERY_SECONDS = 2.0
REMINDER_SECONDS = 60.0
RETENTION_SECONDS = 3600.0  # hourly: unsent intake drafts go within an hour of their 24 h
HEARTBEAT_SECONDS = 30.0
RESTART_SECONDS = 5.0


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def jobs_for(settings: Settings, conversations: Conversations, db: Database, *,
             delivery_seconds: float = DELIVERY_SECONDS, reminder_seconds: float = REMINDER_SECONDS) -> list[Job]:
    """The jobs of ``serve`` and of ``mail``; each is given the channels' senders when it starts."""
    service = conversations.tickets
    if service is None:
        return []

    async def delivery(channels: Senders) -> None:
        senders: dict[str, Sender] = dict(channels)
        if settings.smtp.enabled:
            senders["email"] = mail_sender(settings.smtp)
        worker = DeliveryWorker(service.outbox, service, senders, _now)  # kept: it remembers unrecorded sends
        while True:
            await worker.run_once()
            await asyncio.sleep(delivery_seconds)

    async def reminders(channels: Senders) -> None:
        while True:
            service.remind_due(_now())
            service.digest_due(_now())
            await asyncio.sleep(reminder_seconds)

    async def retention(channels: Senders) -> None:
        while True:
            counts = purge_expired(db, settings.retention, _now())
            log.info("retention: %s", counts)
            await asyncio.sleep(RETENTION_SECONDS)

    async def heartbeat(channels: Senders) -> None:
        path = heartbeat_path(settings)
        while True:
            path.write_text(_now().isoformat(), encoding="utf-8")
            await asyncio.sleep(HEARTBEAT_SECONDS)

    jobs: list[Job] = [delivery, reminders, retention, heartbeat]
    if settings.inbound_smtp:
        host, _, port = settings.inbound_smtp.rpartition(":")

        async def inbound(channels: Senders) -> None:
            server = InboundMail(service, host or "0.0.0.0", int(port))
            bound = await server.start()
            log.info("receiving e-mail replies on port %d", bound)
            try:
                await asyncio.Event().wait()
            finally:
                await server.close()

        jobs.append(inbound)
    return jobs


class BackgroundTasks:
    """The app's background work as plain asyncio tasks, whatever the channel: started with the channels'
    senders once the app is wired (Telegram's ``post_init``, ``helpdesk mail``), stopped together."""

    def __init__(self, jobs: Sequence[Job]) -> None:
        self.jobs = list(jobs)
        self.tasks: list[asyncio.Task[None]] = []

    def start(self, senders: Senders) -> list[str]:
        """Start every job on the running loop; returns their names."""
        self.tasks += [asyncio.create_task(_guarded(job, senders), name=getattr(job, "__name__", "job"))
                       for job in self.jobs]
        return [task.get_name() for task in self.tasks]

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks.clear()


async def _guarded(job: Job, senders: Senders) -> None:
    """Background work must not die silently: log, wait, start again."""
    while True:
        try:
            await job(senders)
            return
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - one broad catch per background job
            log.exception("background job %s failed; restarting in %.0fs", getattr(job, "__name__", job),
                          RESTART_SECONDS)
            await asyncio.sleep(RESTART_SECONDS)


def heartbeat_path(settings: Settings) -> Path:
    return settings.db_path.parent / HEARTBEAT_NAME
