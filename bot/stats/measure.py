"""The help desk's figures, read from the database: what ``helpdesk stats`` prints and draws.

Tickets per municipality; time to claim and time to the first answer (median and p90, in real minutes from
sending); open and overdue tickets (unclaimed longer than the reminder time, counted in the contact's office
hours); the bot's use per role and per flow (flow starts); unanswered questions; thumbs-down answers.
No person is named: tickets are counted, questions are shown as stored (already masked).
"""

from __future__ import annotations

import datetime
import math
from collections import Counter
from dataclasses import dataclass, field

from sqlite_utils import Database

from bot.escalation.directory import Directory
from bot.escalation.office_hours import AMSTERDAM
from bot.clock import iso

__all__ = ["Figures", "Spread", "measure", "percentile"]


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile (``share`` 0.5 is the median); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


@dataclass(frozen=True)
class Spread:
    count: int
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, minutes: list[float]) -> Spread:
        return cls(len(minutes), percentile(minutes, 0.5), percentile(minutes, 0.9))


@dataclass(frozen=True)
class Figures:
    at: str
    since: str
    tickets: int
    per_municipality: dict[str, int]
    per_day: dict[str, int]  # Amsterdam date -> tickets sent
    per_urgency: dict[str, int]
    to_claim: Spread
    to_first_answer: Spread
    open: int
    overdue: int
    closed_reasons: dict[str, int]
    use_per_role: dict[str, int]
    use_per_flow: dict[str, int]
    unanswered: int
    unanswered_examples: list[str] = field(default_factory=list)
    thumbs_down: dict[str, int] = field(default_factory=dict)


def _minutes(start: str, end: str) -> float | None:
    if not start or not end:
        return None
    delta = datetime.datetime.fromisoformat(end) - datetime.datetime.fromisoformat(start)
    return max(delta.total_seconds() / 60, 0.0)


def measure(db: Database, directory: Directory | None, now: datetime.datetime, *,
            since: datetime.datetime | None = None, reminder_minutes: int = 120) -> Figures:
    start = iso(since) if since else ""
    tickets = list(db.query("select * from tickets where created_at >= ? order by created_at", [start]))
    first_answers = {r["ref"]: r["first"] for r in db.query(
        "select ref, min(at) as first from ticket_messages where sender like 'contact:%' group by ref")}
    closed = Counter(str(r["detail"] or "-") for r in db.query(
        "select detail from ticket_events where action = 'closed' and at >= ?", [start]))
    to_claim = [m for t in tickets if (m := _minutes(t["created_at"], t["claimed_at"] or "")) is not None]
    to_answer = [m for t in tickets if (m := _minutes(t["created_at"], first_answers.get(t["ref"], ""))) is not None]
    open_tickets = [t for t in tickets if t["status"] != "closed"]
    overdue = 0
    for ticket in open_tickets:
        if ticket["status"] not in ("new", "delivered"):
            continue
        contact = directory.contact(ticket["contact_id"]) if directory else None
        created = datetime.datetime.fromisoformat(ticket["created_at"])
        waited = (contact.office_hours.open_minutes_between(created, now) if contact
                  else (now - created).total_seconds() / 60)
        overdue += waited >= reminder_minutes
    questions = list(db.query("select kind, role, faq_id, text from questions where at >= ?", [start]))
    return Figures(
        at=iso(now), since=start, tickets=len(tickets),
        per_municipality=dict(Counter(t["municipality"] for t in tickets).most_common()),
        per_day=dict(sorted(Counter(datetime.datetime.fromisoformat(t["created_at"]).astimezone(AMSTERDAM)
                                    .date().isoformat() for t in tickets).items())),
        per_urgency=dict(Counter(t["urgency"] for t in tickets).most_common()),
        to_claim=Spread.of(to_claim), to_first_answer=Spread.of(to_answer),
        open=len(open_tickets), overdue=overdue, closed_reasons=dict(closed.most_common()),
        use_per_role=dict(Counter(q["role"] or "-" for q in questions if q["kind"] == "flow_start").most_common()),
        use_per_flow=dict(Counter(q["faq_id"] for q in questions if q["kind"] == "flow_start").most_common()),
        unanswered=sum(q["kind"] == "unanswered" for q in questions),
        unanswered_examples=[q["text"] for q in questions if q["kind"] == "unanswered"][-10:],
        thumbs_down=dict(Counter(q["faq_id"] for q in questions if q["kind"] == "feedback_down").most_common(10)),
    )
