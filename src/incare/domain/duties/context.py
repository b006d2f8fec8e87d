"""A child's facts arranged for the rules: periods, placements and sorted event dates.

Built once per child and per as-at date, so that each rule only slices sorted lists.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass

from incare.domain.calendar import WorkingDayCalendar, birthday
from incare.domain.commissioner import CommissionerDetermination, originating_icb
from incare.domain.duties.model import EngineConfig
from incare.domain.periods import Period, Placement, periods_of_care
from incare.domain.timeline import (
    CarePlan,
    DentalCheck,
    HealthAssessment,
    HealthSummary,
    Notification,
    Refusal,
    Review,
    Sdq,
    Timeline,
    Visit,
)

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Scope:
    """Dates from `first` up to but not including `stop` (None: no end)."""

    first: dt.date
    stop: dt.date | None

    def slice(self, dates: list[dt.date]) -> list[dt.date]:
        lo = bisect_left(dates, self.first)
        hi = len(dates) if self.stop is None else bisect_left(dates, self.stop, lo)
        return dates[lo:hi]


@dataclass(frozen=True, slots=True)
class PeriodFacts:
    period: Period
    scope: Scope
    previous_end: dt.date | None
    originating: CommissionerDetermination
    placement_scopes: tuple[Scope, ...]


class ChildFacts:
    """Everything the rules read about one child, as known on `as_at`."""

    __slots__ = (
        "as_at",
        "calendar",
        "care_plans",
        "child_id",
        "config",
        "dental_checks",
        "dob",
        "gp_registrations",
        "health_summaries",
        "history_from",
        "ihas",
        "notifications",
        "periods",
        "refusals",
        "reviews",
        "rhas",
        "sdq_scores",
        "sdqs",
        "visits",
    )

    def __init__(self, timeline: Timeline, as_at: dt.date, config: EngineConfig) -> None:
        self.as_at = as_at
        self.config = config
        self.calendar: WorkingDayCalendar = config.calendar
        self.child_id = timeline.child.id
        self.dob = timeline.child.dob
        self.history_from = timeline.history_from
        self.gp_registrations = tuple(r for r in timeline.gp_registrations if r.start <= as_at)
        by_type: dict[type, list[dt.date]] = defaultdict(list)
        self.ihas: list[dt.date] = []
        self.rhas: list[dt.date] = []
        self.refusals: dict[str, list[dt.date]] = defaultdict(list)
        self.notifications: dict[tuple[str, dt.date, str], dt.date] = {}
        self.sdq_scores: dict[dt.date, int | None] = {}
        for event in timeline.events:
            day = event.date
            if day > as_at:
                continue
            if isinstance(event, HealthAssessment):
                (self.ihas if event.kind == "IHA" else self.rhas).append(day)
            elif isinstance(event, Refusal):
                self.refusals[event.duty].append(day)
            elif isinstance(event, Notification):
                key = (event.trigger, event.trigger_date, event.recipient)
                earliest = self.notifications.get(key)
                if earliest is None or day < earliest:
                    self.notifications[key] = day
            else:
                if isinstance(event, Sdq) and self.sdq_scores.get(day) is None:
                    self.sdq_scores[day] = event.score
                by_type[type(event)].append(day)
        for dates in (self.ihas, self.rhas, *self.refusals.values()):
            dates.sort()
        self.reviews = sorted(by_type[Review])
        self.visits = sorted(by_type[Visit])
        self.care_plans = sorted(by_type[CarePlan])
        self.sdqs = sorted(by_type[Sdq])
        self.dental_checks = sorted(by_type[DentalCheck])
        self.health_summaries = sorted(by_type[HealthSummary])
        self.periods = self._period_facts(timeline, as_at)

    def _period_facts(self, timeline: Timeline, as_at: dt.date) -> tuple[PeriodFacts, ...]:
        periods = periods_of_care(timeline.episodes, as_at)
        facts = []
        for i, period in enumerate(periods):
            following = periods[i + 1] if i + 1 < len(periods) else None
            stop = _stop(period.end, following.start if following else None)
            scope = Scope(period.start, stop)
            facts.append(
                PeriodFacts(
                    period=period,
                    scope=scope,
                    previous_end=periods[i - 1].end if i else None,
                    originating=originating_icb(
                        self.gp_registrations, timeline.home_icb, period.start
                    ),
                    placement_scopes=tuple(_placement_scope(p, stop) for p in period.placements),
                )
            )
        return tuple(facts)

    def birthday(self, years: int) -> dt.date:
        return birthday(self.dob, years)

    def age_on(self, day: dt.date) -> int:
        """Whole years of age on `day` (birthdays by calendar month arithmetic)."""
        years = day.year - self.dob.year
        return years - 1 if birthday(self.dob, years) > day else years

    def known(self, day: dt.date) -> bool:
        """Whether history on `day` is in the data (duties.md §1, known history)."""
        return self.history_from is None or day >= self.history_from

    def looked_after_on(self, day: dt.date) -> PeriodFacts | None:
        found = None
        for facts in self.periods:
            if facts.period.start <= day and (facts.period.end is None or day <= facts.period.end):
                found = facts
        return found

    def period_of(self, day: dt.date) -> PeriodFacts | None:
        """The period an event on `day` belongs to (the new one on a changeover day)."""
        for facts in self.periods:
            if day >= facts.scope.first and (facts.scope.stop is None or day < facts.scope.stop):
                return facts
        return None


def _stop(end: dt.date | None, next_start: dt.date | None) -> dt.date | None:
    """The first day no longer in a period: the day after its end, or the next period's start
    when that starts on the end day itself (events that day belong to the new period)."""
    if end is None:
        return None
    if next_start is not None and next_start <= end:
        return next_start
    return end + ONE_DAY


def _placement_scope(placement: Placement, period_stop: dt.date | None) -> Scope:
    return Scope(placement.start, period_stop if placement.is_last else placement.end)


def first_on_or_after(dates: list[dt.date], day: dt.date) -> dt.date | None:
    i = bisect_left(dates, day)
    return dates[i] if i < len(dates) else None
