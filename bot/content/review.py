"""Review dates: which FAQ entries nobody has checked against their sources for too long.

``helpdesk check`` warns about them (it does not fail: old content is not broken content). The period is
``HELPDESK_REVIEW_MONTHS`` (default 12).
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from bot.content.model import FaqEntry

__all__ = ["StaleEntry", "months_before", "stale_entries"]


@dataclass(frozen=True, slots=True)
class StaleEntry:
    entry: FaqEntry
    months: int

    def render(self) -> str:
        line = self.entry.lines.get("reviewed", self.entry.where.line)
        return (f"{self.entry.where.path}:{line}: warning: '{self.entry.id}' was last reviewed "
                f"{self.entry.reviewed.isoformat()}, more than {self.months} months ago — check it against its "
                "sources (docs/sources.md) and set 'reviewed' to the date you did")


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` calendar months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def stale_entries(entries: Iterable[FaqEntry], today: datetime.date, months: int) -> list[StaleEntry]:
    """Entries reviewed before ``today`` minus ``months``, in file order."""
    cutoff = months_before(today, months)
    stale = [StaleEntry(e, months) for e in entries if e.reviewed < cutoff]
    return sorted(stale, key=lambda s: (s.entry.where.path, s.entry.where.line))
