"""A bounded soak of ``helpdesk serve`` (minutes, not hours), or 100,000 random engine events.

    python bench/soak.py [--minutes 3] [--users 300] [--workers 16] [--kill-every 60] [--seed 1]
    python bench/soak.py --fuzz 100000

Soak: the real ``helpdesk serve`` process against the Bot API stand-in (tests/standin) and an aiosmtpd mail
server on 127.0.0.1. Many users go through onboarding, questions and guided steps; about a third register
and escalate a concern (each with a unique marker) to a contact who has Telegram and e-mail. Meanwhile the
stand-in answers sendMessage with random 502s, 429s and the odd 25 s delay (a client timeout), the mail
server is stopped and started, and the bot is killed with SIGKILL and restarted every ``--kill-every``
seconds. At the end the outbox is given time to drain, and the script prints:

    replies lost        user steps that never got an answer (60 s each)
    escalations lost    markers that never reached the contact by Telegram or by e-mail
    duplicates          markers delivered more than once on a channel (the documented crash window)
    errors              ERROR lines in the bot's log; engine exceptions ("error while handling an update")
    memory              growth of the bot's resident memory per 1,000 users in the last run without a kill

Fuzz: random events (tests/event_fuzz.py) from two users over the shipped content straight into the
engine; prints events per second and any exception.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONTACT_CHAT = 100000001
CONTACT_MAIL = "oov@utrecht.example.org"
TOKEN = "123456:SOAK-token-for-the-stand-in-0000000000"
# personal data of a young person, typed in a question: must never reach the log or the database unmasked
PERSONAL = ("jan.devries2009@example.nl", "0612345678", "111222333")
QUESTIONS = [f"ik maak me zorgen om een leerling, mail {PERSONAL[0]} of bel {PERSONAL[1]}, bsn {PERSONAL[2]}",
             "Wat is radicalisering?", "Mag ik informatie delen met de gemeente?", "Wat is het Veiligheidshuis?",
             "ik maak me zorgen over een leerling", "hoe werkt een casusoverleg", "wat doet de politie"]


@dataclass
class Tally:
    steps: int = 0
    lost: int = 0
    escalated: list[str] = field(default_factory=list)  # the bot said "Verstuurd, je referentie is ..."
    unconfirmed: list[str] = field(default_factory=list)  # Send pressed, no confirmation seen
    lock: threading.Lock = field(default_factory=threading.Lock)


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class Bot:
    """The ``helpdesk serve`` process, started again after every kill; logs kept per run."""

    def __init__(self, env: dict[str, str], folder: Path) -> None:
        self.env, self.folder = env, folder
        self.runs: list[Path] = []
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = self.folder / f"serve-{len(self.runs)}.log"
        self.runs.append(log)
        with open(log, "wb") as out:
            self.process = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=self.env,
                                            stdout=out, stderr=subprocess.STDOUT)

    def kill(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()


def user_script(rng: random.Random, chat: int, code: str, escalate: bool) -> list[tuple[str, str]]:
    steps = [("text", "/start"), ("button", "lang:nl"), ("button", "role:docent")]
    steps += [("text", rng.choice(QUESTIONS)) for _ in range(rng.randint(1, 3))]
    steps += [("button", "menu:signalling")]
    if escalate:
        marker = f"SOAK{chat}"
        steps += [("button", "menu:contact"), ("text", code), ("text", "Utrecht"),
                  ("text", f"Een leerling deelt filmpjes die geweld goedpraten ({marker})."),
                  ("button", "o:escalation:urgency:soon"), ("text", "geen"),
                  ("button", "o:escalation:confirm:send")]
    return steps


def run_user(standin, chat: int, steps: list[tuple[str, str]], tally: Tally, stop_at: float) -> None:
    for kind, value in steps:
        if time.monotonic() > stop_at:
            return
        before = len(standin.sent(chat))
        if kind == "text":
            standin.push_message(chat, value)
        else:
            standin.push_callback(chat, value)
        try:
            standin.wait_for(lambda: len(standin.sent(chat)) > before, timeout=60)
            ok = True
            time.sleep(0.3)  # a turn may send more than one message
        except TimeoutError:
            ok = False
        with tally.lock:
            tally.steps += 1
            tally.lost += 0 if ok else 1
            if value == "o:escalation:confirm:send":
                confirmed = ok and any("referentie" in (s.text or "") for s in standin.sent(chat)[before:])
                tally.escalated.append(f"SOAK{chat}") if confirmed else tally.unconfirmed.append(f"SOAK{chat}")


def chaos(standin, smtp, rng: random.Random, until: float) -> None:
    smtp_down_until = 0.0
    while time.monotonic() < until:
        roll = rng.random()
        if roll < 0.15:
            standin.fail_next("sendMessage", status=502)
        elif roll < 0.25:
            standin.fail_next("sendMessage", status=429, retry_after=1)
        elif roll < 0.26:
            standin.delay_next("sendMessage", 25)  # longer than the bot's 20 s read timeout
        now = time.monotonic()
        if smtp_down_until and now > smtp_down_until:
            smtp.start()
            smtp_down_until = 0.0
        elif not smtp_down_until and rng.random() < 0.01:
            smtp.stop()
            smtp_down_until = now + 10
        time.sleep(0.5)
    if smtp_down_until:
        smtp.start()


def soak(args: argparse.Namespace) -> int:
    from bot.storage.access import SqliteAccess
    from bot.storage.database import open_database
    from tests.conftest import CLOCK
    from tests.smtp_server import LocalSmtp
    from tests.standin.bot_api import BotApiStandIn

    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="soak-"))
    db = folder / "soak.db"
    code = SqliteAccess(open_database(db)).create_invite("Soak", "docent", 1_000_000, 30, CLOCK).code
    with BotApiStandIn() as standin, LocalSmtp() as smtp:
        standin.add_chat(CONTACT_CHAT)
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": f"http://127.0.0.1:{standin.port}",
               "HELPDESK_DB": str(db), "HELPDESK_CONTACTS": str(ROOT / "tests" / "fixtures" / "contacts.yaml"),
               "HELPDESK_CONTENT": str(ROOT), "HELPDESK_SMTP_HOST": "127.0.0.1", "HELPDESK_SMTP_PORT": str(smtp.port),
               "HELPDESK_SMTP_STARTTLS": "false", "HELPDESK_SMTP_FROM": "bot@soak.example.org",
               "HELPDESK_RATE_LIMIT": "off", "PYTHONPATH": str(ROOT)}
        bot = Bot(env, folder)
        bot.start()
        started = time.monotonic()
        stop_at = started + args.minutes * 60
        tally = Tally()
        threading.Thread(target=chaos, args=(standin, smtp, random.Random(args.seed + 1), stop_at), daemon=True).start()
        users_started = [0]

        # memory per run: (rss, users started) once the run has warmed up, and again just before its end
        memory: dict[int, list[tuple[int, int]]] = {}

        def sample() -> None:
            if bot.process is not None and bot.process.poll() is None:
                memory.setdefault(bot.process.pid, []).append((rss_kb(bot.process.pid), users_started[0]))

        def killer() -> None:
            while time.monotonic() + args.kill_every < stop_at:
                time.sleep(args.kill_every)
                sample()
                bot.kill()
                bot.start()

        threading.Thread(target=killer, daemon=True).start()
        time.sleep(3)
        slots = threading.Semaphore(args.workers)

        def one_user(chat: int, script: list[tuple[str, str]]) -> None:
            try:
                run_user(standin, chat, script, tally, stop_at)
            finally:
                slots.release()

        with ThreadPoolExecutor(args.workers) as pool:
            for index in range(args.users):
                if time.monotonic() > stop_at:
                    break
                chat = 500_000 + index
                script = user_script(rng, chat, code, escalate=rng.random() < 0.33)
                slots.acquire()
                pool.submit(one_user, chat, script)
                users_started[0] += 1
                if bot.process is not None and len(memory.get(bot.process.pid, [])) == 0 and \
                        users_started[0] % args.workers == 0:
                    sample()  # the run's first sample, once a round of users has warmed it up
        sample()
        runs = sorted(((points[-1][1] - points[0][1], points[-1][0] - points[0][0]) for points in memory.values()
                       if len(points) >= 2), reverse=True)
        users_in_run, grown = runs[0] if runs else (0, 0)
        # drain: give the outbox time to deliver what is still queued (mail server up, no more faults)
        deadline = time.monotonic() + args.drain
        while time.monotonic() < deadline:
            telegram = "\n".join(standin.messages(CONTACT_CHAT))
            mails = "\n".join(str(m.get_content()) for m in smtp.messages)
            if all(m in telegram and m in mails for m in tickets_in(db)):
                break
            time.sleep(2)
        bot.stop()
        telegram_texts = standin.messages(CONTACT_CHAT)
        mail_texts = [str(m.get_content()) for m in smtp.messages]
    stored = tickets_in(db)  # every ticket the bot stored must reach the contact, confirmed to the user or not
    lost_telegram = [m for m in stored if not any(m in t for t in telegram_texts)]
    lost_mail = [m for m in stored if not any(m in t for t in mail_texts)]
    dup_telegram = sum(max(sum(m in t for t in telegram_texts) - 1, 0) for m in stored)
    dup_mail = sum(max(sum(m in t for t in mail_texts) - 1, 0) for m in stored)
    confirmed_missing = [m for m in tally.escalated if m not in stored]
    logs = "\n".join(run.read_text(errors="replace") for run in bot.runs)
    injected = "Can not load invalid JSON data"  # PTB's own line for each injected 502 (nginx's HTML page)
    errors = sum(" ERROR " in line and injected not in line for line in logs.splitlines())
    engine = sum("bot/engine/" in part for part in logs.split("error while handling an update")[1:])
    handled = logs.count("error while handling an update")
    token_leaks = logs.count(TOKEN.split(":")[1])
    stored_bytes = b"".join(path.read_bytes() for path in folder.glob("soak.db*"))
    personal_leaks = sum(logs.count(value) + stored_bytes.count(value.encode()) for value in PERSONAL)
    growth = grown / users_in_run * 1000 if users_in_run else float("nan")
    print(f"soak: {args.minutes} min, {users_started[0]} users, {tally.steps} steps, {len(bot.runs)} bot runs "
          f"({len(bot.runs) - 1} kill -9), logs in {folder}")
    print(f"replies lost: {tally.lost} of {tally.steps}")
    print(f"escalations: {len(stored)} tickets stored; {len(tally.escalated)} confirmed to the user, "
          f"{len(confirmed_missing)} of those without a ticket; Send pressed without a confirmation seen "
          f"{len(tally.unconfirmed)}")
    print(f"escalations lost: by Telegram {len(lost_telegram)}, by e-mail {len(lost_mail)}")
    print(f"duplicates delivered: Telegram {dup_telegram}, e-mail {dup_mail}")
    print(f"errors in the log (besides injected 502 pages): {errors}; updates that ended in an error: {handled}, "
          f"of which engine exceptions: {engine}; token in the log: {token_leaks}")
    print(f"a young person's e-mail, phone number or BSN typed in questions, found unmasked in the log or the "
          f"database: {personal_leaks}")
    print(f"memory: {growth:.0f} kB per 1,000 users, in the run that served the most users after warming up "
          f"({users_in_run} users, {grown:+d} kB)")
    return 0 if not (lost_telegram or lost_mail or confirmed_missing or engine or token_leaks or personal_leaks) else 1


def tickets_in(db: Path) -> list[str]:
    import re
    import sqlite3

    with sqlite3.connect(db) as connection:
        concerns = [row[0] for row in connection.execute("select concern from tickets")]
    return [m for concern in concerns for m in re.findall(r"SOAK\d+", concern)]


def fuzz(count: int, seed: int) -> int:
    from bot.content.load import load_content
    from bot.engine import Session, handle
    from bot.address import Address
    from tests.event_fuzz import SECRET_OF, buttons_of, random_event

    content = load_content(ROOT)
    rng = random.Random(seed)
    sessions = {user: Session(Address.parse(user)) for user in SECRET_OF}
    shown: dict[str, list[str]] = {user: [] for user in SECRET_OF}
    seen: dict[str, list[str]] = {user: [] for user in SECRET_OF}
    failures, leaks = 0, 0
    started = time.perf_counter()
    for index in range(count):
        user = rng.choice(list(SECRET_OF))
        event = random_event(rng, user, shown[user], seen[user])
        try:
            turn = handle(content, sessions[user], event)
        except Exception as exc:  # noqa: BLE001 - counting is the point
            failures += 1
            if failures <= 5:
                print(f"event {index}: {type(exc).__name__}: {exc} on {event!r:.200}")
            sessions[user] = Session(Address.parse(user))
            continue
        sessions[user] = turn.session
        shown[user] = buttons_of(turn)
        seen[user] = (seen[user] + shown[user])[-50:]
        text = "\n".join(turn.texts())
        leaks += any(secret in text for who, secret in SECRET_OF.items() if who != user)
    seconds = time.perf_counter() - started
    print(f"fuzz: {count} events in {seconds:.1f} s ({count / seconds:.0f}/s); exceptions {failures}; "
          f"one user shown the other's text {leaks}")
    return 1 if failures or leaks else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--kill-every", type=float, default=60.0)
    parser.add_argument("--drain", type=float, default=240.0, help="seconds to let the outbox drain at the end")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fuzz", type=int, default=0, help="instead of the soak: this many random engine events")
    args = parser.parse_args()
    return fuzz(args.fuzz, args.seed) if args.fuzz else soak(args)


if __name__ == "__main__":
    sys.exit(main())
