"""The one clock: now in UTC, how a moment is stored (ISO, UTC, to the second), and how people in the
Netherlands read it back (the time zone, a short local time and a short age).

Neutral ground for the engine (events, a ticket's thread, a contact's queue), the escalation service
(reminders, office hours), the stores and the channels; the words for hours and days come from the text
catalogue.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from bot.texts.escalation import text

__all__ = ["AMSTERDAM", "age_text", "duration_text", "iso", "local_time", "minutes_since", "utc_now"]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def utc_now() -> datetime.datetime:
    """Now, aware, in UTC: the one wall clock (tests pass their own time instead)."""
    return datetime.datetime.now(datetime.timezone.utc)


def iso(at: datetime.datetime) -> str:
    """How a moment is stored: UTC, to the second ('2026-11-29T19:43:59+00:00'), so stored texts sort as times."""
    return at.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")


def local_time(iso: str) -> str:
    """Amsterdam wall-clock time, 'dd-mm HH:MM', of an ISO timestamp (the text itself, shortened, if not one)."""
    try:
        return f"{datetime.datetime.fromisoformat(iso).astimezone(AMSTERDAM):%d-%m %H:%M}"
    except ValueError:
        return iso[:16]


def minutes_since(since: str, now: datetime.datetime) -> int:
    """Whole minutes from ``since`` (a stored ISO time) to ``now``; never below 0."""
    return max(int((now - datetime.datetime.fromisoformat(since)).total_seconds() // 60), 0)


def age_text(since: str, now: datetime.datetime, lang: str) -> str:
    """'3 u 20 min' / '2 d 4 u': how long ago ``since`` (ISO) was."""
    return duration_text(minutes_since(since, now), lang)


def duration_text(minutes: int, lang: str) -> str:
    """'45 min', '3 u 20 min', '2 d 4 u' (in English 'h' for hours)."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    h, d = text("unit_hours", lang), text("unit_days", lang)
    if days:
        return f"{days} {d} {hours} {h}"
    if hours:
        return f"{hours} {h} {mins} min" if mins else f"{hours} {h}"
    return f"{mins} min"
