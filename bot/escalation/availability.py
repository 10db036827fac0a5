"""When a contact can be expected to answer, and what to do when it is urgent outside their hours.

Shown to the professional right after sending; decides whether an acute ticket goes to the backup at once.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from bot.escalation.directory import Contact, Directory, National
from bot.escalation.office_hours import AMSTERDAM
from bot.escalation.texts import text

__all__ = ["Availability", "after_hours_target", "age_text", "availability"]

DAYS = {"nl": ("ma", "di", "wo", "do", "vr", "za", "zo"), "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}


@dataclass(frozen=True)
class Availability:
    hours: str  # the contact's office hours as written in the contacts file
    open_now: bool
    next_open: datetime.datetime | None  # None when open now
    reminder_minutes: int

    def words(self, lang: str, national: National) -> str:
        """Office hours, the expected response time and the urgent-outside-hours advice, in ``lang``."""
        hours = (text("hours_open_now", lang, hours=self.hours) if self.open_now
                 else text("hours_closed_now", lang, hours=self.hours,
                              next=_moment(self.next_open, lang) if self.next_open else "-"))
        expect = text("hours_expect", lang, hours=_duration(self.reminder_minutes, lang))
        urgent = text("hours_urgent", lang, name=national.name, phone=national.phone, url=national.url)
        return f"{hours}\n{expect}\n{urgent}"


def availability(contact: Contact, at: datetime.datetime, reminder_minutes: int) -> Availability:
    hours = contact.office_hours
    open_now = hours.is_open(at)
    next_open = None if open_now else hours.next_open(at)
    return Availability(str(hours), open_now, next_open, reminder_minutes)


def after_hours_target(directory: Directory, contact: Contact, at: datetime.datetime) -> Contact | None:
    """For an acute ticket while ``contact`` is closed: the backup when there is one (open or not, it is one
    more person who sees it now), else None (the professional is pointed to the national lines)."""
    if contact.office_hours.is_open(at) or not contact.backup:
        return None
    return directory.contact(contact.backup)


def age_text(since: str, now: datetime.datetime, lang: str) -> str:
    """'3 u 20 min' / '2 d 4 u': how long ago ``since`` (ISO) was."""
    minutes = max(int((now - datetime.datetime.fromisoformat(since)).total_seconds() // 60), 0)
    return _duration(minutes, lang)


def _duration(minutes: int, lang: str) -> str:
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    h, d = ("u", "d") if lang == "nl" else ("h", "d")
    if days:
        return f"{days} {d} {hours} {h}"
    if hours:
        return f"{hours} {h} {mins} min" if mins else f"{hours} {h}"
    return f"{mins} min"


def _moment(at: datetime.datetime, lang: str) -> str:
    local = at.astimezone(AMSTERDAM)
    return f"{DAYS[lang][local.weekday()]} {local:%d-%m %H:%M}"
