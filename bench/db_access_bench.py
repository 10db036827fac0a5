"""Where SQLite work should run in ``helpdesk serve``: on the event loop, or on one writer thread it awaits.

    .venv/bin/python bench/db_access_bench.py [--users 1000] [--concurrency 16]

Each simulated user has the conversation of bench/telegram_bench.py (/start, language, role, the signalling
guide, a FAQ question) on a real SQLite file (WAL, as ``serve`` opens it). A turn does what
``Conversations.handle`` does with the database: load the session, look up the registration, run the pure
engine, log an unanswered question when there is one, save the session, then await 2 ms (the reply's trip
to the Bot API). ``--concurrency`` turns run at once, as PTB's concurrent updates do. Two ways are timed on
the same work:

- ``on the loop``: the store calls run inline in the coroutine (short transactions, WAL);
- ``writer thread``: every store call is ``await loop.run_in_executor(writer, ...)`` on one thread that owns
  the connection; the engine stays on the loop.

Printed per way: turns per second, the turn latency p50/p95, and the event loop's lag (a 1 ms ticker: how
late it woke, p99 and max) with and without an hourly purge of 20,000 idle sessions during the run, which is
the longest transaction ``serve`` makes.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import datetime
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content.load import load_content  # noqa: E402
from bot.engine import ButtonPress, Event, Session, Start, TextMessage, handle  # noqa: E402
from bot.engine.effects import LogUnanswered  # noqa: E402
from bot.storage.access import SqliteAccess  # noqa: E402
from bot.storage.database import BUSY_MS_HOT_PATH, open_database  # noqa: E402
from bot.storage.questions import SqliteQuestionLog  # noqa: E402
from bot.storage.sessions import SqliteSessionStore  # noqa: E402

T = TypeVar("T")
Runner = Callable[..., Awaitable[T]]
STEPS: list[Callable[[datetime.datetime], Event]] = [
    lambda at: Start(at=at), lambda at: ButtonPress("lang:nl", at=at), lambda at: ButtonPress("role:docent", at=at),
    lambda at: ButtonPress("menu:signalling", at=at), lambda at: TextMessage("wat is subsidiariteit", at=at)]
NOW = datetime.datetime(2026, 11, 29, 12, 0, tzinfo=datetime.timezone.utc)
SEND_S = 0.002


class Stores:
    def __init__(self, path: Path) -> None:
        db = open_database(path, busy_ms=BUSY_MS_HOT_PATH)
        self.sessions, self.access, self.questions = SqliteSessionStore(db), SqliteAccess(db), SqliteQuestionLog(db)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def ticker(lags: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        planned = time.perf_counter() + 0.001
        await asyncio.sleep(0.001)
        lags.append((time.perf_counter() - planned) * 1000)


async def run(way: str, path: Path, users: int, concurrency: int, purge: bool) -> dict[str, float]:
    content = load_content(ROOT)
    stores = Stores(path)
    loop = asyncio.get_running_loop()
    writer = concurrent.futures.ThreadPoolExecutor(max_workers=1)

    db_ms: list[float] = []

    async def db(call: Callable[..., T], *args: object) -> T:
        if way == "loop":
            started = time.perf_counter()
            try:
                return call(*args)
            finally:
                db_ms.append((time.perf_counter() - started) * 1000)
        return await loop.run_in_executor(writer, call, *args)

    async def turn(user: str, event: Event) -> float:
        started = time.perf_counter()
        session = await db(stores.sessions.load, user) or Session(user)
        registered = await db(stores.access.is_registered, user)
        result = handle(content, session.replace(registered=registered), event)
        for effect in result.effects:
            if isinstance(effect, LogUnanswered):
                await db(lambda e=effect: stores.questions.record("unanswered", event.at, text=e.text))
        await db(stores.sessions.save, result.session, event.at)
        elapsed = (time.perf_counter() - started) * 1000
        await asyncio.sleep(SEND_S)  # the reply's round trip to the Bot API: the loop serves others meanwhile
        return elapsed

    gate = asyncio.Semaphore(concurrency)

    async def one(user: str, event: Event) -> float:
        async with gate:
            return await turn(user, event)

    purge_ms: list[float] = []

    def timed(call: Callable[..., T], *args: object) -> T:
        started = time.perf_counter()
        try:
            return call(*args)
        finally:
            purge_ms.append((time.perf_counter() - started) * 1000)

    lags: list[float] = []
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(lags, stop))
    latencies: list[float] = []
    started = time.perf_counter()
    for number, step in enumerate(STEPS):
        if purge and number == 2:
            purged = asyncio.ensure_future(db(timed, stores.sessions.purge_idle, NOW))
        latencies += await asyncio.gather(*(one(f"telegram:{n}", step(NOW + datetime.timedelta(days=1)))
                                            for n in range(users)))
    elapsed = time.perf_counter() - started
    if purge:
        await purged
    stop.set()
    await tick
    writer.shutdown()
    return {"turns/s": users * len(STEPS) / elapsed, "p50": statistics.median(latencies),
            "db per turn": (sum(db_ms) - sum(purge_ms)) / len(latencies) if db_ms else 0.0, "purge": sum(purge_ms),
            "p95": percentile(latencies, 0.95), "lag p99": percentile(lags, 0.99), "lag max": max(lags)}


def seed_idle(path: Path, count: int) -> None:
    store = SqliteSessionStore(open_database(path))
    with store.db.atomic():
        for n in range(count):
            store.save(Session(f"telegram:{9_000_000 + n}", role="docent", node="signalling:danger"),
                       NOW - datetime.timedelta(days=400))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="runs per way, alternating; the best is shown")
    args = parser.parse_args()
    try:
        import uvloop
        uvloop.install()
    except ImportError:
        pass
    print(f"{args.users} users x {len(STEPS)} turns, {args.concurrency} at once, SQLite file with WAL; "
          f"best of {args.rounds}")
    for purge in (False, True):
        best: dict[str, dict[str, float]] = {}
        for _ in range(args.rounds):
            for way in ("loop", "writer"):
                with tempfile.TemporaryDirectory(prefix="helpdesk-dbbench-") as folder:
                    path = Path(folder) / "bench.db"
                    seed_idle(path, 20_000 if purge else 0)
                    figures = asyncio.run(run(way, path, args.users, args.concurrency, purge))
                if way not in best or figures["turns/s"] > best[way]["turns/s"]:
                    best[way] = figures
        took = f" (the purge itself: {best['loop']['purge']:.0f} ms)" if purge else ""
        print(f"\n{'with a purge of 20,000 idle sessions' if purge else 'turns only'}{took}:")
        for way, label in (("loop", "on the loop  "), ("writer", "writer thread")):
            f = best[way]
            print(f"  {label}: {f['turns/s']:6.0f} turns/s; turn p50 {f['p50']:6.2f} ms, p95 {f['p95']:6.2f} ms; "
                  f"loop lag p99 {f['lag p99']:6.2f} ms, max {f['lag max']:6.1f} ms"
                  + (f"; SQLite {f['db per turn']:.3f} ms of each turn" if way == "loop" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
