"""When a contact can be expected to answer, and what to do when it is urgent outside their hours.

Shown to the professional right after sending; decides whether an acute ticket goes to the backup at once.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from bot.clock import AMSTERDAM, age_text, duration_text
from bot.escalation.directory import Contact, Directory, National
from bot.texts.escalation import text

__all__ = ["Availability", "after_hours_target", "age_text", "availability"]



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
        expect = text("hours_expect", lang, hours=duration_text(self.reminder_minutes, lang))
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


def _moment(at: datetime.datetime, lang: str) -> str:
    local = at.astimezone(AMSTERDAM)
    return f"{text('weekdays', lang).split()[local.weekday()]} {local:%d-%m %H:%M}"
