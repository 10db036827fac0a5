"""Office hours: Dutch and English day names, several blocks, Amsterdam time through summer and winter time."""

from __future__ import annotations

import datetime

import pytest

from bot.escalation.office_hours import ALWAYS, AMSTERDAM, OfficeHours

UTC = datetime.timezone.utc
WEEKDAYS = OfficeHours.parse("ma-vr 09:00-17:00")


def local(*args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=AMSTERDAM)  # type: ignore[misc]


def utc(*args: int) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def test_weekdays_are_open_during_the_day_and_closed_at_night_and_at_the_weekend() -> None:
    assert [WEEKDAYS.is_open(local(2026, 3, 25, h, m)) for h, m in [(8, 59), (9, 0), (16, 59), (17, 0)]] == \
        [False, True, True, False]
    assert WEEKDAYS.is_open(local(2026, 3, 28, 12, 0)) is False  # Saturday


def test_hours_are_amsterdam_wall_clock_time_in_winter_and_in_summer() -> None:
    # Clocks go forward on Sunday 29 March 2026: 09:00 is 08:00 UTC before and 07:00 UTC after.
    assert [WEEKDAYS.is_open(utc(2026, 3, 27, 7, 30)), WEEKDAYS.is_open(utc(2026, 3, 27, 8, 30))] == [False, True]
    assert [WEEKDAYS.is_open(utc(2026, 3, 30, 6, 30)), WEEKDAYS.is_open(utc(2026, 3, 30, 7, 30))] == [False, True]
    assert [WEEKDAYS.is_open(utc(2026, 3, 30, 14, 59)), WEEKDAYS.is_open(utc(2026, 3, 30, 15, 0))] == [True, False]


def test_open_minutes_in_a_week_across_the_change_to_summer_time() -> None:
    assert WEEKDAYS.open_minutes_between(local(2026, 3, 23, 0, 0), local(2026, 3, 30, 0, 0)) == 5 * 8 * 60
    assert ALWAYS.open_minutes_between(local(2026, 3, 23, 0, 0), local(2026, 3, 30, 0, 0)) == 7 * 24 * 60 - 60


def test_the_night_clocks_go_back_has_an_hour_more() -> None:
    assert ALWAYS.open_minutes_between(local(2026, 10, 25, 0, 0), local(2026, 10, 26, 0, 0)) == 25 * 60


def test_open_minutes_over_a_weekend_count_only_office_time() -> None:
    assert WEEKDAYS.open_minutes_between(local(2026, 3, 27, 16, 0), local(2026, 3, 30, 10, 0)) == 120
    assert WEEKDAYS.open_minutes_between(utc(2026, 3, 27, 15, 0), utc(2026, 3, 30, 8, 0)) == 120


def test_open_minutes_are_zero_when_the_end_is_not_after_the_start() -> None:
    assert WEEKDAYS.open_minutes_between(local(2026, 3, 25, 12, 0), local(2026, 3, 25, 11, 0)) == 0
    assert WEEKDAYS.open_minutes_between(local(2026, 3, 25, 12, 0), local(2026, 3, 25, 12, 0)) == 0


def test_next_open_after_friday_evening_is_monday_morning_in_summer_time() -> None:
    assert WEEKDAYS.next_open(local(2026, 3, 27, 18, 0)) == local(2026, 3, 30, 9, 0)
    assert WEEKDAYS.next_open(local(2026, 3, 27, 18, 0)).utcoffset() == datetime.timedelta(hours=2)


def test_next_open_when_open_is_the_moment_itself() -> None:
    assert WEEKDAYS.next_open(utc(2026, 3, 25, 10, 0)) == utc(2026, 3, 25, 10, 0)


def test_next_open_before_opening_is_the_same_morning() -> None:
    assert WEEKDAYS.next_open(local(2026, 3, 25, 7, 15)) == local(2026, 3, 25, 9, 0)


def test_several_blocks_each_with_their_own_days() -> None:
    hours = OfficeHours.parse("ma,wo,vr 08:30-12:30; di 13:00-17:00")
    monday, tuesday, thursday = local(2026, 3, 23, 10, 0), local(2026, 3, 24, 10, 0), local(2026, 3, 26, 10, 0)
    assert [hours.is_open(monday), hours.is_open(tuesday), hours.is_open(thursday)] == [True, False, False]
    assert hours.is_open(local(2026, 3, 24, 14, 0)) is True
    assert hours.next_open(thursday) == local(2026, 3, 27, 8, 30)


def test_a_lunch_break_as_two_ranges_on_the_same_days() -> None:
    hours = OfficeHours.parse("mon-fri 09:00-12:00, 13:00-17:00")
    assert [hours.is_open(local(2026, 3, 25, h, 30)) for h in (11, 12, 13)] == [True, False, True]
    assert hours.open_minutes_between(local(2026, 3, 25, 0, 0), local(2026, 3, 26, 0, 0)) == 7 * 60


def test_english_and_full_day_names_mean_the_same_as_dutch() -> None:
    assert OfficeHours.parse("mon-fri 09:00-17:00") == WEEKDAYS
    assert OfficeHours.parse("maandag - vrijdag 09:00-17:00") == WEEKDAYS
    assert OfficeHours.parse("ma,di,wo,do,vr 09:00-17:00") == WEEKDAYS
    assert OfficeHours.parse("ma-vr 09:00-17:00").spec == "ma-vr 09:00-17:00"


def test_a_day_range_may_wrap_over_the_weekend() -> None:
    hours = OfficeHours.parse("vr-ma 20:00-24:00")
    assert [hours.is_open(local(2026, 3, day, 21, 0)) for day in range(23, 30)] == \
        [True, False, False, False, True, True, True]


def test_always_is_open_at_any_moment() -> None:
    assert all(ALWAYS.is_open(local(2026, 3, 29, h, 0)) for h in (0, 1, 3, 12, 23))
    assert ALWAYS.next_open(local(2026, 3, 29, 23, 59)) == local(2026, 3, 29, 23, 59)


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="has no timezone"):
        WEEKDAYS.is_open(datetime.datetime(2026, 3, 25, 10, 0))


EXAMPLE = "write e.g. 'ma-vr 09:00-17:00' or 'ma,wo 08:30-12:30; di 13:00-17:00'"


@pytest.mark.parametrize(("spec", "message"), [
    ("", f"office hours are empty; {EXAMPLE}"),
    ("ma-vr", f"office hours 'ma-vr': 'ma-vr' should be days and times; {EXAMPLE}"),
    ("ma-vr 9-17", "office hours 'ma-vr 9-17': '9-17' is not a time range; write it like 09:00-17:00"),
    ("mo-fr 09:00-17:00", "office hours 'mo-fr 09:00-17:00': 'mo-fr' is not a day or a range of days; "
                          "use ma di wo do vr za zo or mon tue wed thu fri sat sun, e.g. 'ma-vr'"),
    ("ma-vr 17:00-09:00", "office hours 'ma-vr 17:00-09:00': '17:00-09:00' ends before it starts; "
                          "split a night shift over two days, e.g. 'ma 22:00-24:00; di 00:00-06:00'"),
    ("ma-vr 09:00-24:30", "office hours 'ma-vr 09:00-24:30': '09:00-24:30' has a time that does not exist; "
                          "use 00:00 to 24:00"),
    ("ma-vr 09:00-17:00;", "office hours 'ma-vr 09:00-17:00;' have an empty part around a ';'; remove the extra ';'"),
])
def test_unreadable_specs_are_refused_with_a_readable_message(spec: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        OfficeHours.parse(spec)
    assert str(error.value) == message
