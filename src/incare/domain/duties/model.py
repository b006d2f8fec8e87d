"""What the duties engine produces: duties with statuses, and its configuration."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from incare.domain.calendar import WorkingDayCalendar, england
from incare.domain.commissioner import CommissionerDetermination

Standard = Literal["local", "national"]
RhaAgeBasis = Literal["age_at_last_assessment", "literal"]

MET = "met"
MET_LATE = "met_late"
OVERDUE = "overdue"
OPEN = "open"
CANCELLED = "cancelled"
REFUSED = "refused"
STATUSES = (MET, MET_LATE, OVERDUE, OPEN, CANCELLED, REFUSED)


class Duty(NamedTuple):
    """One obligation: what is due by when, and whether and when it was met.

    A NamedTuple rather than a dataclass because a national recompute creates millions.
    """

    code: str
    anchor: dt.date
    due: dt.date
    met: dt.date | None
    status: str
    source: str
    period_start: dt.date
    recipient: str | None = None
    trigger: str | None = None
    standard: str | None = None
    placement_start: dt.date | None = None
    met_by: str | None = None
    score: int | None = None


class TimelineWarning(NamedTuple):
    """A fact no duty could use (a review outside care), or a gap (no originating ICB)."""

    type: str
    date: dt.date
    event: str | None = None


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """The standards a council or ICB may choose (duties.md, options marked *config*)."""

    standard: Standard = "local"
    notify_working_days: int = 5
    rha_age_basis: RhaAgeBasis = "age_at_last_assessment"
    dental_interval_months: int = 12
    sdq_entry_assessment: bool = False
    short_break_first_review_months: int = 3
    short_break_review_interval_months: int = 6
    calendar: WorkingDayCalendar = field(default_factory=england)


@dataclass(frozen=True, slots=True)
class DutyReport:
    child: str
    as_at: dt.date
    standard: Standard
    originating_icb: tuple[CommissionerDetermination, ...]
    duties: tuple[Duty, ...]
    warnings: tuple[TimelineWarning, ...]


def status_of(
    *, due: dt.date, met: dt.date | None, as_at: dt.date, scope_end: dt.date | None
) -> str:
    """The status of a duty (duties.md §2).

    `scope_end` is the end, as known on `as_at`, of what the duty belongs to (the period, or for
    VISIT the placement); an unmet duty whose scope ended before its due date is cancelled.
    """
    if met is not None:
        return MET if met <= due else MET_LATE
    if scope_end is not None and scope_end < due:
        return CANCELLED
    return OVERDUE if due < as_at else OPEN
