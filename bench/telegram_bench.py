"""Telegram load benchmark: simulated users through the Bot API stand-in and the real ``helpdesk serve``.

    .venv/bin/python bench/telegram_bench.py [--users 1000]

The stand-in and the bot run as separate processes on loopback; the rate limiter is off for the run
(HELPDESK_RATE_LIMIT=off). Each user has a short conversation (/start, language, role, the signalling
guide, a FAQ question), pushed in waves. Prints updates handled per second and p50/p95 from pushing an
update to the first reply, the bot's peak RSS, its RSS after serving with 10,000 stored sessions, and
the same throughput for a bare PTB echo bot (bench/echo_bot.py) as the baseline; also the CPU time each
bot spent per update in the capacity wave, a ratio that other load on the machine disturbs less, and the
CPU the help desk's own turn takes for the same updates in this process, without Telegram (the part of the
difference that is not the framework's). ``--profile FILE`` runs only the capacity waves, each bot under cProfile.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.address import Address  # noqa: E402
from bot.app import build_conversations  # noqa: E402
from bot.channels.telegram.render import render  # noqa: E402
from bot.clock import utc_now  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.engine import ButtonPress, Event, Start, TextMessage  # noqa: E402
from bot.engine.session import Session  # noqa: E402
from bot.storage.database import open_database  # noqa: E402
from bot.storage.sessions import SqliteSessionStore  # noqa: E402

TOKEN = "123456:BENCH-token-for-the-stand-in-0000000"
STEPS = [("message", "/start"), ("callback", "lang:nl"), ("callback", "role:docent"),
         ("callback", "menu:signalling"), ("message", "wat is subsidiariteit")]


def control(port: int, name: str, body: object | None = None) -> object:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}/_standin/{name}", data=data,
                                     headers={"Content-Type": "application/json"} if data else {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())["result"]


def start_standin() -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen([sys.executable, "-m", "tests.standin.bot_api", "--port", "0"], cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline() if process.stdout else ""
    return process, int(line.split()[1])


def start_bot(command: list[str], port: int, db: Path) -> subprocess.Popen[str]:
    control(port, "reset")  # so that "polling has started" below means this bot, not the previous one
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": f"http://127.0.0.1:{port}",
           "HELPDESK_DB": str(db), "HELPDESK_RATE_LIMIT": "off", "HELPDESK_LOG_LEVEL": "WARNING"}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        calls = control(port, "stats")["calls"]  # type: ignore[index]
        if calls.get("getUpdates", 0) or calls.get("getupdates", 0):
            time.sleep(1.0)  # past the first, immediate getUpdates: the bot is in its steady polling loop
            return process
        time.sleep(0.1)
    raise RuntimeError("the bot did not start polling")


def rss_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def capacity_wave(bot: subprocess.Popen[str], port: int, users: int, burst: float) -> tuple[float, float]:
    """(updates handled per second, CPU milliseconds the bot spent per update) for one wave pushed at ``burst``."""
    before = cpu_seconds(bot.pid)
    capacity, _ = run_waves(port, users, STEPS, 10_000, burst)
    return capacity, (cpu_seconds(bot.pid) - before) * 1000 / (users * len(STEPS))


def run_waves(port: int, users: int, steps: list[tuple[str, str]], first_chat: int,
              offered: float) -> tuple[float, list[float]]:
    """Step by step, push every user's next update at ``offered`` updates/s (batches every 20 ms), and wait
    until all have their reply; return (updates handled per second, update->reply latencies in ms)."""
    control(port, "reset")
    chats = list(range(first_chat, first_chat + users))
    batch = max(1, int(offered * 0.02))
    started = time.time()
    for kind, value in steps:
        key = "text" if kind == "message" else "data"
        wave_start = time.time()
        for index in range(0, users, batch):
            control(port, "push", [{"kind": kind, "chat_id": c, key: value} for c in chats[index:index + batch]])
            pause = wave_start + (index + batch) / offered - time.time()
            if pause > 0:
                time.sleep(pause)
        deadline = time.time() + 120
        while time.time() < deadline:
            latency = control(port, "stats")["latency"]  # type: ignore[index]
            if sum(1 for row in latency if row[2] is not None) >= users * (steps.index((kind, value)) + 1):
                break
            time.sleep(0.5)
        else:
            raise RuntimeError("replies did not arrive in time")
    latency = control(port, "stats")["latency"]  # type: ignore[index]
    finished = max(row[2] for row in latency if row[2] is not None)
    delays = [(row[2] - row[1]) * 1000 for row in latency if row[2] is not None]
    return users * len(steps) / (finished - started), delays


def turn_cpu_ms(db: Path, users: int) -> float:
    """CPU milliseconds per update of the help desk's own turn for STEPS (session, engine, FAQ matcher, storage,
    rendering), run in this process on a fresh database: what the help desk adds to the framework's work."""
    conversations = build_conversations(Settings(content_root=ROOT, db_path=db))

    def event(kind: str, value: str) -> Event:
        if kind == "callback":
            return ButtonPress(value, at=utc_now())
        return Start(at=utc_now()) if value == "/start" else TextMessage(value, at=utc_now())

    def step(chat: int, kind: str, value: str) -> None:
        for reply in conversations.handle(Address("telegram", str(chat)), event(kind, value)).replies:
            render(reply)

    for kind, value in STEPS:  # content loaded, caches warm, as in a running bot
        step(1, kind, value)
    started = time.process_time()
    for kind, value in STEPS:
        for chat in range(10_000, 10_000 + users):
            step(chat, kind, value)
    return (time.process_time() - started) * 1000 / (users * len(STEPS))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def profile(users: int, burst: float, out: Path) -> int:
    """The capacity wave against the echo bot and ``helpdesk serve``, each under cProfile (``OUT.echo``,
    ``OUT.helpdesk``; the stats are written when the bot stops)."""
    workdir = Path(tempfile.mkdtemp(prefix="helpdesk-bench-"))
    standin, port = start_standin()
    try:
        for name, command in (("echo", ["bench/echo_bot.py"]), ("helpdesk", ["-m", "bot", "serve"])):
            stats = out.with_name(f"{out.name}.{name}")
            bot = start_bot([sys.executable, "-m", "cProfile", "-o", str(stats), *command], port,
                            workdir / f"{name}.db")
            capacity, _ = run_waves(port, users, STEPS, 10_000, burst)
            bot.terminate()
            bot.wait(60)
            print(f"{name} under cProfile: capacity {capacity:.0f} updates/s; python -m pstats {stats}")
    finally:
        standin.terminate()
        standin.wait(30)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--offered", type=float, default=100.0,
                        help="updates per second pushed for the latency figures (default 100, below the help "
                             "desk's capacity, so the latency is not queueing)")
    parser.add_argument("--burst", type=float, default=5000.0,
                        help="updates per second pushed for the capacity figure (default 5000: as fast as it goes)")
    parser.add_argument("--profile", type=Path, metavar="FILE",
                        help="only the capacity waves, each bot under cProfile: stats in FILE.echo and FILE.helpdesk")
    args = parser.parse_args()
    if args.profile:
        return profile(args.users, args.burst, args.profile.resolve())
    workdir = Path(tempfile.mkdtemp(prefix="helpdesk-bench-"))
    standin, port = start_standin()
    try:
        echo = start_bot([sys.executable, "bench/echo_bot.py"], port, workdir / "echo.db")
        echo_rate, echo_delays = run_waves(port, args.users, STEPS, 1, args.offered)
        echo_capacity, echo_cpu = capacity_wave(echo, port, args.users, args.burst)
        echo.terminate()
        echo.wait(30)

        bot = start_bot([sys.executable, "-m", "bot", "serve"], port, workdir / "helpdesk.db")
        rate, delays = run_waves(port, args.users, STEPS, 1, args.offered)
        capacity, cpu = capacity_wave(bot, port, args.users, args.burst)
        peak = rss_mb(bot.pid, "VmHWM")
        bot.terminate()
        bot.wait(30)

        store = SqliteSessionStore(open_database(workdir / "helpdesk.db"))
        now = datetime.datetime.now(datetime.timezone.utc)
        with store.db.atomic():
            for n in range(10_000):
                store.save(Session(Address("telegram", str(5_000_000 + n)), role="docent", node="signalling:danger"), now)
        stored = store.count()
        bot = start_bot([sys.executable, "-m", "bot", "serve"], port, workdir / "helpdesk.db")
        run_waves(port, 200, STEPS[:2], 5_000_000, args.offered)
        rss_sessions = rss_mb(bot.pid, "VmRSS")
        bot.terminate()
        bot.wait(30)
    finally:
        standin.terminate()
        standin.wait(30)
    turn = turn_cpu_ms(workdir / "turns.db", args.users)

    updates = args.users * len(STEPS)
    print(f"{args.users} users x {len(STEPS)} updates = {updates} updates through the stand-in (rate limiter off);")
    print(f"capacity: pushed as fast as possible; latency: pushed at {args.offered:.0f} updates/s\n")
    print(f"helpdesk serve : capacity {capacity:5.0f} updates/s; at {rate:.0f}/s update->reply p50 "
          f"{statistics.median(delays):5.1f} ms, p95 {percentile(delays, 0.95):5.1f} ms; peak RSS {peak:.0f} MB")
    print(f"echo baseline  : capacity {echo_capacity:5.0f} updates/s; at {echo_rate:.0f}/s update->reply p50 "
          f"{statistics.median(echo_delays):5.1f} ms, p95 {percentile(echo_delays, 0.95):5.1f} ms")
    print(f"ratio          : the help desk handles {capacity / echo_capacity:.2f}x the updates/s of a bare PTB echo bot")
    print(f"CPU per update : help desk {cpu:.2f} ms, echo {echo_cpu:.2f} ms: {echo_cpu / cpu:.2f}x the echo bot's "
          "capacity where the CPU is the limit (steadier than updates/s on a shared machine)")
    print(f"own turn       : {turn:.2f} ms CPU per update for the same steps in-process, without Telegram (session, "
          f"engine, FAQ matcher, storage, rendering); the framework's share is then {cpu - turn:.2f} ms")
    print(f"RSS with {stored} stored sessions: {rss_sessions:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
