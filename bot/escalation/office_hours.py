"""Office hours of a municipal contact, in Dutch local time, as written in the contacts file.

A spec is one or more blocks separated by ``;``; a block is days, then one or more time ranges::

    ma-vr 09:00-17:00
    ma,wo,vr 08:30-12:30; di 13:00-17:00
    mon-fri 09:00-12:00, 13:00-17:00
    ma-zo 00:00-24:00

Days are Dutch (ma di wo do vr za zo) or English (mon tue wed thu fri sat sun), full names allowed; a
range may wrap (``vr-ma``). Times are ``HH:MM`` from 00:00 to 24:00 and a range ends after it starts
(night shifts: ``ma-vr 22:00-24:00; di-za 00:00-06:00``). Hours are wall-clock time in
Europe/Amsterdam, so 09:00 is 09:00 in summer and in winter; minutes are counted as real time passing
(the night clocks go forward has 23 hours).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from bot.clock import AMSTERDAM

__all__ = ["ALWAYS", "AMSTERDAM", "OfficeHours", "OfficeHoursError"]

_DAYS = {
    "ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_BLOCK = re.compile(r"^(?P<days>[^\d]+?)\s+(?P<times>\d.*)$")
_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$")
_EXAMPLE = "write e.g. 'ma-vr 09:00-17:00' or 'ma,wo 08:30-12:30; di 13:00-17:00'"

class OfficeHoursError(ValueError):
    """A spec that cannot be read: ``problem`` says what is wrong, ``hint`` how to write it."""

    def __init__(self, problem: str, hint: str) -> None:
        super().__init__(f"{problem}; {hint}")
        self.problem = problem
        self.hint = hint


Week = tuple[tuple[tuple[int, int], ...], ...]  # per weekday (Monday first): sorted (start, end) minutes
_Interval = tuple[datetime.datetime, datetime.datetime]


@dataclass(frozen=True)
class OfficeHours:
    """When a contact works. Two specs that mean the same hours are equal (``ma-vr`` == ``mon-fri``)."""

    spec: str = field(compare=False)
    week: Week = field(repr=False)

    @classmethod
    def parse(cls, spec: str) -> OfficeHours:
        """Read a spec; ValueError with a readable message (quoting the part that is wrong) when it is not one."""
        if not isinstance(spec, str) or not spec.strip():
            raise OfficeHoursError("office hours are empty", _EXAMPLE)
        days: list[list[tuple[int, int]]] = [[] for _ in range(7)]
        for block in spec.split(";"):
            block = block.strip()
            if not block:
                raise OfficeHoursError(f"office hours '{spec}' have an empty part around a ';'",
                                       "remove the extra ';'")
            match = _BLOCK.match(block)
            if match is None:
                raise OfficeHoursError(f"office hours '{spec}': '{block}' should be days and times", _EXAMPLE)
            ranges = [_time_range(part.strip(), spec) for part in match["times"].split(",")]
            for day in _day_list(match["days"], spec):
                days[day] += ranges
        return cls(spec.strip(), tuple(_merged(ranges) for ranges in days))

    def __str__(self) -> str:
        return self.spec

    def is_open(self, at: datetime.datetime) -> bool:
        local = _aware(at).astimezone(AMSTERDAM)
        minute = local.hour * 60 + local.minute + local.second / 60
        return any(start <= minute < end for start, end in self.week[local.weekday()])

    def open_minutes_between(self, start: datetime.datetime, end: datetime.datetime) -> float:
        """Minutes of real time within office hours from ``start`` to ``end`` (0 when end is not after start)."""
        start, end = _aware(start), _aware(end)
        if end <= start:
            return 0.0
        total = datetime.timedelta()
        for opens, closes in self._intervals(start.astimezone(AMSTERDAM).date(), end.astimezone(AMSTERDAM).date()):
            overlap = min(closes, end) - max(opens, start)
            if overlap > datetime.timedelta():
                total += overlap
        return total.total_seconds() / 60

    def next_open(self, at: datetime.datetime) -> datetime.datetime:
        """``at`` itself when open, else the next moment the office opens (in Europe/Amsterdam time)."""
        if self.is_open(at):
            return at
        moment = _aware(at)
        first = moment.astimezone(AMSTERDAM).date()
        for opens, _ in self._intervals(first, first + datetime.timedelta(days=7)):
            if opens > moment:
                return opens.astimezone(AMSTERDAM)
        raise ValueError(f"office hours '{self.spec}' never open")  # parse() does not allow this

    def _intervals(self, first: datetime.date, last: datetime.date) -> list[_Interval]:
        """Open intervals on the local dates ``first`` to ``last`` (inclusive), in UTC, in order."""
        found = []
        day = first
        while day <= last:
            for start, end in self.week[day.weekday()]:
                found.append((_local(day, start), _local(day, end)))
            day += datetime.timedelta(days=1)
        return found


def _aware(at: datetime.datetime) -> datetime.datetime:
    """``at`` in UTC; ValueError for a naive datetime, which could be any time."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{at.isoformat()} has no timezone; pass an aware datetime")
    return at.astimezone(datetime.timezone.utc)


def _local(day: datetime.date, minute: int) -> datetime.datetime:
    """Wall-clock ``minute`` of ``day`` in Amsterdam (24:00 is the next midnight), as UTC.

    UTC, because Python compares and subtracts two datetimes with the same tzinfo by wall clock,
    which would make the night the clocks change an hour too long or too short."""
    if minute == 24 * 60:
        day, minute = day + datetime.timedelta(days=1), 0
    local = datetime.datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=AMSTERDAM)
    return local.astimezone(datetime.timezone.utc)


def _day_list(text: str, spec: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        names = [name.strip().casefold() for name in re.split(r"\s*[-–]\s*", part.strip())]
        unknown = [name for name in names if name not in _DAYS]
        if unknown or len(names) > 2:
            raise OfficeHoursError(f"office hours '{spec}': '{part.strip()}' is not a day or a range of days",
                                   "use ma di wo do vr za zo or mon tue wed thu fri sat sun, e.g. 'ma-vr'")
        first, last = _DAYS[names[0]], _DAYS[names[-1]]
        days += [(first + step) % 7 for step in range((last - first) % 7 + 1)]
    return days


def _time_range(text: str, spec: str) -> tuple[int, int]:
    match = _RANGE.match(text)
    if match is None:
        raise OfficeHoursError(f"office hours '{spec}': '{text}' is not a time range", "write it like 09:00-17:00")
    hour1, minute1, hour2, minute2 = (int(group) for group in match.groups())
    start, end = hour1 * 60 + minute1, hour2 * 60 + minute2
    if minute1 > 59 or minute2 > 59 or start > 24 * 60 or end > 24 * 60:
        raise OfficeHoursError(f"office hours '{spec}': '{text}' has a time that does not exist",
                               "use 00:00 to 24:00")
    if end <= start:
        raise OfficeHoursError(f"office hours '{spec}': '{text}' ends before it starts",
                               "split a night shift over two days, e.g. 'ma 22:00-24:00; di 00:00-06:00'")
    return start, end


def _merged(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


ALWAYS = OfficeHours.parse("ma-zo 00:00-24:00")
