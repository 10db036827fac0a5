"""Work that runs beside the conversations while ``helpdesk serve`` runs, each job a small loop.

content    takes in edited content (flows, FAQ, contacts) when it validates, every few seconds
delivery   the outbox, every few seconds, by the senders the channels registered (e-mail's too)
reminders  unclaimed tickets: reminder, then the backup contact (office hours aware)
digest     each contact with e-mail gets one list of their open tickets per working day
inbound    the SMTP listener for contacts' e-mail replies (when HELPDESK_INBOUND_SMTP is set)
retention  deletes what is past its retention period, every hour
heartbeat  touches a file that ``helpdesk health`` (the Docker healthcheck) reads
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import suppress
from pathlib import Path

from sqlite_utils import Database

from bot.clock import utc_now
from bot.config import Settings
from bot.conversations import Conversations
from bot.escalation.delivery import DeliveryWorker, Sender, Senders
from bot.escalation.inbound import InboundMail
from bot.retention import purge_expired

__all__ = ["HEARTBEAT_NAME", "BackgroundTasks", "Job", "Senders", "jobs_for", "stop_on_signals"]

log = logging.getLogger(__name__)


def stop_on_signals() -> asyncio.Event:
    """An event set by SIGINT or SIGTERM (``docker stop``), on the running loop: a handler of its own, so the
    process also stops when it was started with SIGINT ignored (in the background of a shell, under nohup)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(NotImplementedError, RuntimeError):  # not on Windows, not outside the main thread
            loop.add_signal_handler(sig, stop.set)
    return stop

Job = Callable[[Mapping[str, Sender]], Awaitable[None]]  # given the senders the channels registered
HEARTBEAT_NAME = "heartbeat"
CONTENT_POLL_SECONDS = 5.0
DELIVERY_SECONDS = 2.0
REMINDER_SECONDS = 60.0
RETENTION_SECONDS = 3600.0  # hourly: unsent intake drafts go within an hour of their 24 h
HEARTBEAT_SECONDS = 30.0
RESTART_SECONDS = 5.0


def jobs_for(settings: Settings, conversations: Conversations, db: Database, *,
             delivery_seconds: float = DELIVERY_SECONDS, reminder_seconds: float = REMINDER_SECONDS) -> list[Job]:
    """The jobs of ``serve`` and of ``mail``; each is given the channels' senders when it starts."""

    async def content(senders: Mapping[str, Sender]) -> None:
        while True:
            await asyncio.sleep(CONTENT_POLL_SECONDS)
            await asyncio.to_thread(conversations.content.reload_if_changed)  # reading + indexing, off the loop

    service = conversations.tickets
    if service is None:
        return [content]

    async def delivery(senders: Mapping[str, Sender]) -> None:
        worker = DeliveryWorker(service.outbox, service, senders, utc_now)  # kept: it remembers unrecorded sends
        while True:
            await worker.run_once()
            await asyncio.sleep(delivery_seconds)

    async def reminders(senders: Mapping[str, Sender]) -> None:
        while True:
            service.remind_due(utc_now())
            service.digest_due(utc_now())
            await asyncio.sleep(reminder_seconds)

    async def retention(senders: Mapping[str, Sender]) -> None:
        while True:
            counts = purge_expired(db, settings.retention, utc_now())
            log.info("retention: %s", counts)
            await asyncio.sleep(RETENTION_SECONDS)

    async def heartbeat(senders: Mapping[str, Sender]) -> None:
        path = heartbeat_path(settings)
        while True:
            path.write_text(utc_now().isoformat(), encoding="utf-8")
            await asyncio.sleep(HEARTBEAT_SECONDS)

    jobs: list[Job] = [content, delivery, reminders, retention, heartbeat]
    if settings.inbound_smtp:
        host, _, port = settings.inbound_smtp.rpartition(":")

        async def inbound(senders: Mapping[str, Sender]) -> None:
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
    senders by :meth:`bot.app.HelpDesk.start` once the app is wired, stopped together."""

    def __init__(self, jobs: Sequence[Job]) -> None:
        self.jobs = list(jobs)
        self.tasks: list[asyncio.Task[None]] = []

    def start(self, senders: Mapping[str, Sender]) -> list[str]:
        """Start every job on the running loop; returns their names."""
        self.tasks += [asyncio.create_task(_guarded(job, senders), name=getattr(job, "__name__", "job"))
                       for job in self.jobs]
        return [task.get_name() for task in self.tasks]

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks.clear()


async def _guarded(job: Job, senders: Mapping[str, Sender]) -> None:
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
