"""Background work runs as plain asyncio tasks owned by the app, with the senders the channels registered."""

from __future__ import annotations

import asyncio

import pytest

import bot.background
from bot.background import BackgroundTasks, Senders
from bot.storage.outbox import OutboxItem


def test_a_failing_job_is_started_again_with_the_channels_senders_and_stop_ends_every_task(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.background, "RESTART_SECONDS", 0.0)
    seen: list[list[str]] = []
    running = asyncio.Event()

    async def send(item: OutboxItem) -> None: ...

    async def flaky(senders: Senders) -> None:
        seen.append(sorted(senders))
        if len(seen) == 1:
            raise RuntimeError("first run fails")
        running.set()
        await asyncio.Event().wait()

    async def scenario() -> list[bool]:
        tasks = BackgroundTasks([flaky])
        assert tasks.start({"telegram": send, "console": send}) == ["flaky"]
        await asyncio.wait_for(running.wait(), 5)
        started = list(tasks.tasks)
        await tasks.stop()
        return [task.cancelled() for task in started]

    assert asyncio.run(scenario()) == [True]
    assert seen == [["console", "telegram"], ["console", "telegram"]]
