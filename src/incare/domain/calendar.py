"""The working-day calendar of England and calendar arithmetic on dates.

Every deadline in incare is counted here, so this module is both the reference for what a
working day is (`docs/rules.md`, rule CAL-WD) and the hot path of a national recompute: working
days are looked up in tables built once per calendar, never counted by looping over days.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
from collections.abc import Iterable
from functools import cache

import holidays

from incare.domain.registry import rule

FIRST_YEAR = 1990
LAST_YEAR = 2100


class OutOfCalendarRange(ValueError):
    """A date outside the years the calendar was built for."""


@rule("WORKINGDAY", effective_from=dt.date(1971, 12, 16))
class WorkingDayCalendar:
    """A working day is Monday to Friday except a bank holiday in England; N working days
    after a date is the N-th working day strictly after it.

    Source: Banking and Financial Dealings Act 1971 s 1 and Sch 1, and royal proclamations
    (substitute and one-off days), as published by the `holidays` library (GB, subdivision ENG).
    Interpretation: only bank holidays on a weekday matter; the start date itself is never
    counted, whatever day it is; a council or ICB may add closure days (`extra_closures`).
    """

    __slots__ = ("_base", "_closures", "_count_through", "_last", "_working_ordinals")

    def __init__(
        self,
        extra_closures: Iterable[dt.date] = (),
        *,
        first_year: int = FIRST_YEAR,
        last_year: int = LAST_YEAR,
    ) -> None:
        years = range(first_year, last_year + 1)
        bank = holidays.country_holidays("GB", subdiv="ENG", years=years)
        closures = {d for d in bank if d.weekday() < 5}
        closures.update(d for d in extra_closures if d.weekday() < 5)
        self._closures = frozenset(closures)
        first = dt.date(first_year, 1, 1).toordinal()
        last = dt.date(last_year, 12, 31).toordinal()
        self._base = first
        self._last = last
        closed = {d.toordinal() for d in self._closures}
        working: list[int] = []
        count_through: list[int] = []
        # Ordinal 1 (0001-01-01) was a Monday, so (ordinal - 1) % 7 is the weekday.
        for ordinal in range(first, last + 1):
            if (ordinal - 1) % 7 < 5 and ordinal not in closed:
                working.append(ordinal)
            count_through.append(len(working))
        self._working_ordinals = working
        # _count_through[i]: number of working days from the first day up to base + i inclusive.
        self._count_through = count_through

    @property
    def closures(self) -> frozenset[dt.date]:
        """Weekdays on which nobody works: bank holidays and configured closures."""
        return self._closures

    def _index(self, day: dt.date) -> int:
        ordinal = day.toordinal()
        if not self._base <= ordinal <= self._last:
            raise OutOfCalendarRange(f"{day.isoformat()} is outside the working-day calendar")
        return ordinal - self._base

    def is_working_day(self, day: dt.date) -> bool:
        """True on a weekday that is not a bank holiday or a configured closure."""
        index = self._index(day)
        before = self._count_through[index - 1] if index else 0
        return self._count_through[index] != before

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day strictly after `day` (strictly before it when n is negative).

        `day` itself is never counted, whatever day it is; n == 0 returns `day` unchanged.
        """
        index = self._index(day)
        if n == 0:
            return day
        through = self._count_through[index]
        if n > 0:
            position = through + n - 1
        else:
            before = through - (self.is_working_day(day))
            position = before + n
        if not 0 <= position < len(self._working_ordinals):
            raise OutOfCalendarRange(
                f"{n} working days from {day.isoformat()} leaves the working-day calendar"
            )
        return dt.date.fromordinal(self._working_ordinals[position])

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (negative when end < start)."""
        return self._count_through[self._index(end)] - self._count_through[self._index(start)]

    def next_working_day_on_or_after(self, day: dt.date) -> dt.date:
        """`day` if it is a working day, else the first working day after it."""
        index = self._index(day)
        before = self._count_through[index - 1] if index else 0
        return dt.date.fromordinal(self._working_ordinals[before])


@cache
def england() -> WorkingDayCalendar:
    """The default calendar: England's bank holidays and no extra closures."""
    return WorkingDayCalendar()


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole calendar months, clamped to the last day of a shorter month.

    2024-08-31 + 6 months is 2025-02-28; 2024-02-29 + 12 months is 2025-02-28.
    """
    year, month_index = divmod(day.year * 12 + day.month - 1 + months, 12)
    day_of_month = day.day
    if day_of_month > 28:  # only then can the target month be too short
        last = _MONTH_DAYS[month_index]
        if month_index == 1 and _stdlib_calendar.isleap(year):
            last = 29
        day_of_month = min(day_of_month, last)
    return dt.date(year, month_index + 1, day_of_month)


def birthday(dob: dt.date, years: int) -> dt.date:
    """The date a child born on `dob` turns `years` old.

    Interpretation: by month arithmetic with end-of-month clamping, like every other interval
    in incare, so a child born on 29 February has a birthday on 28 February in common years.
    """
    return add_months(dob, 12 * years)
