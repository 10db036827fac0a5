"""A simulated week at the help desk, with a controlled clock: how long do tickets wait to be claimed?

    .venv/bin/python -m bench.helpdesk_week [--tickets 40] [--seed 12] [--reminder 120]

Professionals send tickets through the real ticket service (real SQLite file, the fictional contacts of
tests/fixtures/contacts_office_hours.yaml: Utrecht ma-vr 09-17 with a 24/7 backup, Amsterdam ma-vr 09-17
without one, Houten 24/7). Most tickets come on weekdays in the daytime, some at night and at the weekend;
10 % are acute. The reminders run every 10 simulated minutes, as ``serve`` does every minute.

How contacts behave is an assumption, stated here and printed: a contact notices a new ticket after an
exponential delay (mean 90 minutes) counted from when their office is open; a reminder makes them act within
an exponential 20 minutes (mean), a hand-over to the backup within 30. The figures show what the reminders,
the backup and acute-after-hours routing do to the wait under those assumptions; they are not measurements
of real municipalities.
"""

from __future__ import annotations

import argparse
import datetime
import random
import tempfile
from pathlib import Path

from bot.address import Address
from bot.app import build_conversations
from bot.config import Settings
from bot.escalation.office_hours import AMSTERDAM
from bot.escalation.service import TicketService
from bot.stats.measure import Spread, measure
from bot.stats.text_report import minutes_text
from bot.storage.database import open_database

ROOT = Path(__file__).resolve().parent.parent
CONTACTS = ROOT / "tests" / "fixtures" / "contacts_office_hours.yaml"
START = datetime.datetime(2026, 11, 30, 0, 0, tzinfo=AMSTERDAM)  # a Monday
STEP = datetime.timedelta(minutes=10)
CHATS = {"utrecht_oov": 100000001, "utrecht_backup": 100000002}
MEAN_NOTICE, MEAN_AFTER_REMINDER, MEAN_BACKUP = 90.0, 20.0, 30.0


Arrival = tuple[datetime.datetime, str, str, tuple[datetime.timedelta, ...]]


def arrivals(count: int, rng: random.Random) -> list[Arrival]:
    """(time, municipality, urgency, the contact's delays: to notice it, after a reminder, as backup) over the
    week: 80 % on weekdays 08:00-18:00, the rest at any time. All drawn before the run, so a run with other
    settings (``--compare``) gets the very same tickets and the very same contacts: the comparison is paired."""
    tickets = []
    for _ in range(count):
        if rng.random() < 0.8:
            day, minute = rng.randrange(5), rng.randrange(8 * 60, 18 * 60)
        else:
            day, minute = rng.randrange(7), rng.randrange(24 * 60)
        place = rng.choices(["Utrecht", "Amsterdam", "Houten"], [5, 4, 1])[0]
        urgency = "acute" if rng.random() < 0.1 else rng.choice(["soon", "normal"])
        delays = (minutes(rng, MEAN_NOTICE), minutes(rng, MEAN_AFTER_REMINDER), minutes(rng, MEAN_BACKUP))
        tickets.append((START + datetime.timedelta(days=day, minutes=minute), place, urgency, delays))
    return sorted(tickets)


def actor_for(contact_id: str) -> Address:
    if contact_id in CHATS:
        return Address("telegram", str(CHATS[contact_id]))
    return Address("email", "meldpunt@amsterdam.example.org")


def simulate(service: TicketService, count: int, seed: int) -> None:
    directory = service.directory()
    assert directory is not None
    user = "telegram:42"
    service.access.redeem(user, service.access.create_invite("Sim", "docent", 1, 30, START).code, START)
    pending = arrivals(count, random.Random(seed))
    delays: dict[str, tuple[datetime.timedelta, ...]] = {}
    planned: dict[str, tuple[datetime.datetime, str]] = {}  # ref -> (when the claim happens, by whom)
    seen_outbox = service.outbox.last_id()
    now = START
    while now < START + datetime.timedelta(days=7):
        while pending and pending[0][0] <= now:
            sent_at, place, urgency, ticket_delays = pending.pop(0)
            data = {"municipality": place, "concern": f"zorg {sent_at:%a %H:%M}", "urgency": urgency,
                    "contact": "geen", "lang": "nl", "role": "docent"}
            outcome = service.create(Address.parse(user), data, sent_at)
            ticket = service.tickets.get(str(outcome.data["ref"]))
            assert ticket is not None
            delays[ticket.ref] = ticket_delays
            contact = directory.contact(ticket.contact_id)
            assert contact is not None
            opens = contact.office_hours.next_open(sent_at)
            plan(planned, ticket.ref, opens + ticket_delays[0], contact.id)
        service.remind_due(now)
        for item in service.outbox.due(now, limit=1000):
            if item.id <= seen_outbox:
                continue
            seen_outbox = max(seen_outbox, item.id)
            if item.kind == "reminder":
                ticket = service.tickets.get(item.ref)
                if ticket is not None:
                    plan(planned, item.ref, now + delays[item.ref][1], ticket.contact_id)
            elif item.kind == "backup" and item.channel == "telegram":
                backup = next(cid for cid, chat in CHATS.items() if str(chat) == item.recipient)
                plan(planned, item.ref, now + delays[item.ref][2], backup)
        for ref, (when, who) in list(planned.items()):
            if when <= now:
                service.act(actor_for(who), "claim", ref, when)
                del planned[ref]
        now += STEP


def plan(planned: dict[str, tuple[datetime.datetime, str]], ref: str, when: datetime.datetime, who: str) -> None:
    if ref not in planned or when < planned[ref][0]:
        planned[ref] = (when, who)


def minutes(rng: random.Random, mean: float) -> datetime.timedelta:
    return datetime.timedelta(minutes=rng.expovariate(1 / mean))


def row(name: str, spread: Spread) -> str:
    return f"  {name:<22} n={spread.count:<3} median {minutes_text(spread.median):>8}  p90 {minutes_text(spread.p90):>8}"


def run(tickets: int, seed: int, reminder: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(content_root=ROOT, db_path=Path(folder) / "week.db", contacts_path=CONTACTS,
                            claim_reminder_minutes=reminder)
        db = open_database(settings.db_path)
        service = build_conversations(settings, db).tickets
        assert service is not None
        simulate(service, tickets, seed)
        figures = measure(db, service.directory(), START + datetime.timedelta(days=7), reminder_minutes=reminder)
        print(f"Simulated week from {START:%a %d %b %Y}: {figures.tickets} tickets, seed {seed}, "
              + (f"reminder after {reminder} office minutes" if reminder < NO_REMINDER else "no reminders"))
        print(row("time to claim, all", figures.to_claim))
        for urgency in ("acute", "soon", "normal"):
            waits = [(datetime.datetime.fromisoformat(t["claimed_at"]) - datetime.datetime.fromisoformat(
                t["created_at"])).total_seconds() / 60
                for t in db.query("select * from tickets where urgency = ? and coalesce(claimed_at, '') != ''",
                                  [urgency])]
            print(row(f"  {urgency}", Spread.of(waits)))
        events = {r["action"]: r["n"] for r in db.query(
            "select case when action like '%backup%' then 'backup' else action end as action, count(*) as n "
            "from ticket_events group by 1")}
        unclaimed = len(list(db.query("select ref from tickets where coalesce(claimed_at, '') = ''")))
        print(f"  reminders sent: {events.get('reminder', 0)}, handed to a backup: {events.get('backup', 0)}, "
              f"still unclaimed at the end: {unclaimed}; per municipality: {figures.per_municipality}")


NO_REMINDER = 10**6


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--tickets", type=int, default=40)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--reminder", type=int, default=120, help="reminder after N office minutes")
    parser.add_argument("--compare", action="store_true", help="also run the same week without reminders")
    args = parser.parse_args()
    print("Contact behaviour as assumed in bench/helpdesk_week.py (not measured from real municipalities).")
    run(args.tickets, args.seed, args.reminder)
    if args.compare:
        run(args.tickets, args.seed, NO_REMINDER)


if __name__ == "__main__":
    main()
