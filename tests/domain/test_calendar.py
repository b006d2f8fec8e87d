"""The working-day calendar of England and calendar arithmetic (duties.md §0 Time)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incare.domain.calendar import (
    OutOfCalendarRange,
    WorkingDayCalendar,
    add_months,
    birthday,
    england,
)

D = dt.date.fromisoformat


def wd(day: str) -> bool:
    return england().is_working_day(D(day))


def plus(day: str, n: int) -> str:
    return england().add_working_days(D(day), n).isoformat()


def between(start: str, end: str) -> int:
    return england().working_days_between(D(start), D(end))


# --- The spec's vectors (duties.md §0) -----------------------------------------------------


def test_2026_has_exactly_the_eight_closures_of_the_spec() -> None:
    in_2026 = sorted(d for d in england().closures if d.year == 2026)
    assert in_2026 == [
        D(s)
        for s in (
            "2026-01-01",
            "2026-04-03",
            "2026-04-06",
            "2026-05-04",
            "2026-05-25",
            "2026-08-31",
            "2026-12-25",
            "2026-12-28",
        )
    ]


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        ("2024-12-20", 20, "2025-01-22"),
        ("2025-03-01", 5, "2025-03-07"),
        ("2026-12-18", 5, "2026-12-29"),
    ],
    ids=[
        "fri-before-christmas-plus-20",
        "saturday-start-plus-5",
        "fri-before-christmas-2026-plus-5",
    ],
)
def test_the_spec_working_day_vectors_hold(start: str, n: int, due: str) -> None:
    assert plus(start, n) == due


def test_six_months_after_the_last_of_august_is_the_last_of_february() -> None:
    assert add_months(D("2024-08-31"), 6) == D("2025-02-28")


# --- Which days are working days -----------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        "2022-09-19",
        "2023-05-08",
        "2022-06-02",
        "2022-06-03",
        "2025-12-25",
        "2025-12-26",
        "2025-04-18",
        "2025-04-21",
        "2026-12-28",
        "2021-12-27",
        "2021-12-28",
        "2020-05-08",
    ],
    ids=[
        "queen-funeral-2022",
        "coronation-2023",
        "jubilee-spring-bank-2022",
        "jubilee-platinum-2022",
        "christmas-2025",
        "boxing-day-2025",
        "good-friday-2025",
        "easter-monday-2025",
        "boxing-day-substitute-2026",
        "christmas-substitute-2021",
        "boxing-day-substitute-2021",
        "ve-day-moved-may-day-2020",
    ],
)
def test_a_bank_holiday_on_a_weekday_is_not_a_working_day(day: str) -> None:
    assert not wd(day)
    assert D(day) in england().closures


@pytest.mark.parametrize(
    "day",
    ["2025-04-17", "2025-04-22", "2026-12-24", "2026-12-29", "2022-09-20", "2023-05-09"],
    ids=[
        "maundy-thursday",
        "tuesday-after-easter",
        "christmas-eve-2026",
        "day-after-boxing-substitute-2026",
        "day-after-queen-funeral",
        "day-after-coronation",
    ],
)
def test_the_weekday_next_to_a_bank_holiday_is_a_working_day(day: str) -> None:
    assert wd(day)


@pytest.mark.parametrize(
    "day",
    ["2026-12-26", "2021-12-25", "2021-12-26", "2027-12-25"],
    ids=["boxing-day-2026-sat", "christmas-2021-sat", "boxing-day-2021-sun", "christmas-2027-sat"],
)
def test_a_weekend_holiday_is_not_a_closure(day: str) -> None:
    assert D(day) in holidays.country_holidays("GB", subdiv="ENG", years=D(day).year)
    assert D(day) not in england().closures
    assert not wd(day)


def test_the_boxing_day_substitute_2026_is_the_monday_after_a_saturday_boxing_day() -> None:
    assert D("2026-12-26").weekday() == 5
    assert D("2026-12-28").weekday() == 0
    assert not wd("2026-12-28")
    assert wd("2026-12-29")


def test_due_date_skips_the_boxing_day_substitute() -> None:
    assert plus("2026-12-24", 1) == "2026-12-29"


def test_due_date_skips_good_friday_and_easter_monday() -> None:
    assert plus("2025-04-17", 1) == "2025-04-22"
    assert plus("2025-04-17", -1) == "2025-04-16"
    assert plus("2025-04-22", -1) == "2025-04-17"


def test_closures_are_only_weekdays() -> None:
    assert all(d.weekday() < 5 for d in england().closures)


# --- Extra closures --------------------------------------------------------------------------


def test_a_configured_weekday_closure_is_skipped() -> None:
    closed = D("2026-03-04")  # a Wednesday
    cal = WorkingDayCalendar([closed])
    assert closed in cal.closures
    assert not cal.is_working_day(closed)
    assert england().add_working_days(D("2026-03-02"), 5) == D("2026-03-09")
    assert cal.add_working_days(D("2026-03-02"), 5) == D("2026-03-10")
    assert cal.working_days_between(D("2026-03-02"), D("2026-03-10")) == 5


def test_a_configured_weekend_closure_changes_nothing() -> None:
    cal = WorkingDayCalendar([D("2026-03-07"), D("2026-03-08")])
    assert cal.closures == england().closures
    assert cal.add_working_days(D("2026-03-06"), 1) == D("2026-03-09")


def test_the_default_calendar_has_no_extra_closures() -> None:
    assert england().closures == WorkingDayCalendar().closures


# --- Day before / on / after boundaries --------------------------------------------------------

# Around Easter 2025: Wed 16, Thu 17 working; Fri 18 and Mon 21 bank holidays; Tue 22 working.


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        ("2025-04-16", 1, "2025-04-17"),
        ("2025-04-17", 1, "2025-04-22"),
        ("2025-04-18", 1, "2025-04-22"),
        ("2025-04-19", 1, "2025-04-22"),
        ("2025-04-21", 1, "2025-04-22"),
        ("2025-04-22", 1, "2025-04-23"),
        ("2025-04-17", 2, "2025-04-23"),
        ("2025-04-22", -1, "2025-04-17"),
        ("2025-04-21", -1, "2025-04-17"),
        ("2025-04-18", -1, "2025-04-17"),
        ("2025-04-17", -1, "2025-04-16"),
        ("2025-04-23", -2, "2025-04-17"),
        ("2025-04-18", 0, "2025-04-18"),
        ("2025-04-17", 0, "2025-04-17"),
        ("2025-04-19", 0, "2025-04-19"),
    ],
    ids=[
        "wed-before-plus-1",
        "day-before-holiday-plus-1",
        "on-good-friday-plus-1",
        "on-saturday-plus-1",
        "on-easter-monday-plus-1",
        "day-after-plus-1",
        "day-before-plus-2",
        "day-after-minus-1",
        "on-easter-monday-minus-1",
        "on-good-friday-minus-1",
        "day-before-minus-1",
        "wed-after-minus-2",
        "zero-on-holiday-is-unchanged",
        "zero-on-working-day-is-unchanged",
        "zero-on-weekend-is-unchanged",
    ],
)
def test_add_working_days_at_the_edges_of_a_holiday(start: str, n: int, expected: str) -> None:
    assert plus(start, n) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2025-04-17", "2025-04-17", 0),
        ("2025-04-16", "2025-04-17", 1),
        ("2025-04-17", "2025-04-18", 0),
        ("2025-04-17", "2025-04-21", 0),
        ("2025-04-17", "2025-04-22", 1),
        ("2025-04-18", "2025-04-22", 1),
        ("2025-04-22", "2025-04-17", -1),
        ("2025-04-22", "2025-04-16", -2),
        ("2025-03-01", "2025-03-07", 5),
        ("2024-12-20", "2025-01-22", 20),
    ],
    ids=[
        "same-day",
        "day-before-to-day",
        "day-before-to-holiday",
        "over-two-holidays",
        "day-before-to-day-after",
        "holiday-to-day-after",
        "backwards-over-holidays",
        "backwards-two",
        "saturday-start",
        "over-christmas",
    ],
)
def test_working_days_between_counts_after_start_up_to_and_including_end(
    start: str, end: str, expected: int
) -> None:
    assert between(start, end) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2025-04-17", True),
        ("2025-04-18", False),
        ("2025-04-19", False),
        ("2025-04-20", False),
        ("2025-04-21", False),
        ("2025-04-22", True),
        ("2026-12-24", True),
        ("2026-12-25", False),
        ("2026-12-28", False),
        ("2026-12-29", True),
    ],
    ids=[
        "thu-before",
        "good-friday",
        "saturday",
        "easter-sunday",
        "easter-monday",
        "tue-after",
        "christmas-eve",
        "christmas",
        "boxing-substitute",
        "tue-after-christmas",
    ],
)
def test_is_working_day_at_the_edges_of_a_holiday(day: str, expected: bool) -> None:
    assert wd(day) is expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2025-04-17", "2025-04-17"),
        ("2025-04-18", "2025-04-22"),
        ("2025-04-19", "2025-04-22"),
        ("2026-12-25", "2026-12-29"),
    ],
    ids=["working-day-itself", "good-friday", "easter-saturday", "christmas-2026"],
)
def test_next_working_day_on_or_after_is_the_day_itself_or_the_next_open_one(
    day: str, expected: str
) -> None:
    assert england().next_working_day_on_or_after(D(day)) == D(expected)


# --- Out of range ----------------------------------------------------------------------------


INSIDE = D("2026-01-05")
OPERATIONS: dict[str, Callable[[WorkingDayCalendar, dt.date], object]] = {
    "is_working_day": lambda cal, day: cal.is_working_day(day),
    "add_working_days-plus-1": lambda cal, day: cal.add_working_days(day, 1),
    "add_working_days-minus-1": lambda cal, day: cal.add_working_days(day, -1),
    "working_days_between-start": lambda cal, day: cal.working_days_between(day, INSIDE),
    "working_days_between-end": lambda cal, day: cal.working_days_between(INSIDE, day),
    "next_working_day_on_or_after": lambda cal, day: cal.next_working_day_on_or_after(day),
}


@pytest.mark.parametrize("operation", list(OPERATIONS.values()), ids=list(OPERATIONS))
@pytest.mark.parametrize(
    "day",
    ["1989-12-31", "2101-01-01", "1066-10-14"],
    ids=["day-before-first", "day-after-last", "far"],
)
def test_dates_outside_the_calendar_raise_out_of_calendar_range(
    day: str, operation: Callable[[WorkingDayCalendar, dt.date], object]
) -> None:
    with pytest.raises(OutOfCalendarRange, match=day):
        operation(england(), D(day))


@pytest.mark.parametrize(
    ("day", "working"),
    [("1990-01-01", False), ("1990-01-02", True), ("2100-12-31", True)],
    ids=["first-day-new-year", "first-working-day", "last-day"],
)
def test_the_first_and_last_days_of_the_calendar_are_inside_it(day: str, working: bool) -> None:
    cal = england()
    assert cal.is_working_day(D(day)) is working
    assert cal.working_days_between(D("1990-01-01"), D(day)) >= 0
    assert cal.working_days_between(D(day), D("2100-12-31")) >= 0


def test_out_of_calendar_range_is_a_value_error() -> None:
    assert issubclass(OutOfCalendarRange, ValueError)


@pytest.mark.parametrize(
    ("day", "n"),
    [("2100-12-31", 1), ("2100-12-30", 2), ("1990-01-02", -1), ("2026-01-05", 10**6)],
    ids=["past-the-last-day", "two-past-the-end", "before-the-first-day", "huge-n"],
)
def test_counting_out_of_the_calendar_raises_out_of_calendar_range(day: str, n: int) -> None:
    with pytest.raises(OutOfCalendarRange):
        england().add_working_days(D(day), n)


def test_the_first_day_of_the_calendar_is_a_holiday_and_counts_from_zero() -> None:
    cal = england()
    assert not cal.is_working_day(D("1990-01-01"))
    assert cal.is_working_day(D("1990-01-02"))
    assert cal.add_working_days(D("1990-01-01"), 1) == D("1990-01-02")
    assert cal.add_working_days(D("1990-01-03"), -1) == D("1990-01-02")


def test_a_narrow_calendar_rejects_dates_outside_its_years() -> None:
    cal = WorkingDayCalendar(first_year=2025, last_year=2026)
    assert cal.add_working_days(D("2026-12-18"), 5) == D("2026-12-29")
    with pytest.raises(OutOfCalendarRange):
        cal.is_working_day(D("2027-01-04"))
    with pytest.raises(OutOfCalendarRange):
        cal.add_working_days(D("2026-12-30"), 5)


# --- Months and birthdays --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2024-01-31", 1, "2024-02-29"),
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2024-08-31", 6, "2025-02-28"),
        ("2024-12-31", 2, "2025-02-28"),
        ("2025-05-31", 1, "2025-06-30"),
        ("2025-03-31", -1, "2025-02-28"),
        ("2024-03-31", -1, "2024-02-29"),
        ("2025-01-15", -1, "2024-12-15"),
        ("2025-01-10", -13, "2023-12-10"),
        ("2025-05-31", 0, "2025-05-31"),
        ("2025-11-30", 2, "2026-01-30"),
    ],
    ids=[
        "jan-31-leap",
        "jan-31-common",
        "feb-29-plus-year",
        "feb-29-plus-four-years",
        "spec-aug-31-plus-6",
        "dec-31-over-year-end",
        "may-31-to-june",
        "mar-31-minus-1-common",
        "mar-31-minus-1-leap",
        "minus-1-over-year-start",
        "minus-13",
        "zero",
        "nov-30-plus-2",
    ],
)
def test_add_months_clamps_to_the_end_of_a_shorter_month(
    start: str, months: int, expected: str
) -> None:
    assert add_months(D(start), months) == D(expected)


@pytest.mark.parametrize(
    ("years", "expected"),
    [(0, "2008-02-29"), (4, "2012-02-29"), (17, "2025-02-28"), (18, "2026-02-28")],
    ids=["birth", "leap-year-4th", "common-year-17th", "common-year-18th"],
)
def test_a_29_february_child_has_a_28_february_birthday_in_common_years(
    years: int, expected: str
) -> None:
    assert birthday(D("2008-02-29"), years) == D(expected)


def test_birthday_of_an_ordinary_child_is_the_same_day() -> None:
    assert birthday(D("2012-06-15"), 18) == D("2030-06-15")


# --- Properties against a naive day-by-day reference ----------------------------------------

_BANK = holidays.country_holidays("GB", subdiv="ENG", years=range(1999, 2063))


def naive_is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _BANK


def naive_add(day: dt.date, n: int) -> dt.date:
    step = dt.timedelta(days=1 if n >= 0 else -1)
    left = abs(n)
    while left:
        day += step
        if naive_is_working_day(day):
            left -= 1
    return day


dates = st.dates(dt.date(2000, 1, 1), dt.date(2060, 12, 31))
counts = st.integers(0, 300)


@settings(max_examples=300, deadline=None)
@given(day=dates)
def test_is_working_day_agrees_with_the_naive_reference(day: dt.date) -> None:
    assert england().is_working_day(day) is naive_is_working_day(day)


@settings(max_examples=200, deadline=None)
@given(day=dates, n=counts)
def test_adding_working_days_agrees_with_the_naive_reference(day: dt.date, n: int) -> None:
    cal = england()
    due = cal.add_working_days(day, n)
    assert due == naive_add(day, n)
    if n == 0:
        assert due == day
        return
    assert due > day
    assert cal.is_working_day(due)
    assert cal.working_days_between(day, due) == n
    assert cal.working_days_between(due, day) == -n


@settings(max_examples=200, deadline=None)
@given(day=dates, n=counts)
def test_subtracting_working_days_agrees_with_the_naive_reference(day: dt.date, n: int) -> None:
    cal = england()
    back = cal.add_working_days(day, -n)
    assert back == naive_add(day, -n)
    if n == 0:
        assert back == day
        return
    assert back < day
    assert cal.is_working_day(back)
    # The n-1 working days strictly between, plus the day itself if it is a working day.
    assert cal.working_days_between(back, day) == n - 1 + cal.is_working_day(day)
    # Going back n and forward n lands on the day itself, or the first working day after it.
    assert cal.add_working_days(back, n) == cal.next_working_day_on_or_after(day)
    # Going forward n and back n lands on the day itself, or the last working day before it.
    last_on_or_before = day if cal.is_working_day(day) else cal.add_working_days(day, -1)
    assert cal.add_working_days(cal.add_working_days(day, n), -n) == last_on_or_before


@settings(max_examples=200, deadline=None)
@given(start=dates, end=dates)
def test_working_days_between_agrees_with_a_naive_count(start: dt.date, end: dt.date) -> None:
    low, high = sorted((start, end))
    if (high - low).days > 800:
        high = low + dt.timedelta(days=800)
        start, end = (low, high) if start <= end else (high, low)
    naive = sum(
        naive_is_working_day(low + dt.timedelta(days=i)) for i in range(1, (high - low).days + 1)
    )
    expected = naive if start <= end else -naive
    assert england().working_days_between(start, end) == expected


@settings(max_examples=300, deadline=None)
@given(day=dates, months=st.integers(-600, 600))
def test_adding_then_removing_months_never_passes_the_start(day: dt.date, months: int) -> None:
    there = add_months(day, months)
    back = add_months(there, -months)
    assert back <= day
    assert back.year == day.year
    assert back.month == day.month
    if day.day <= 28:
        assert back == day
        assert there.day == day.day
