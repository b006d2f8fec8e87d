"""REVIEW: the looked-after child's case review chaired by the IRO."""

from __future__ import annotations

import datetime as dt

from incare.domain.calendar import add_months
from incare.domain.duties.chain import run_chain
from incare.domain.duties.context import ChildFacts, PeriodFacts
from incare.domain.duties.dates import CPPCR_2010_IN_FORCE
from incare.domain.duties.model import Duty
from incare.domain.registry import rule, source_of

FIRST_REVIEW_WORKING_DAYS = 20  # reg 33(1)(a)
SECOND_REVIEW_MONTHS = 3  # reg 33(1)(b)
LATER_REVIEW_MONTHS = 6  # reg 33(1)(c)


@rule("REVIEW", effective_from=CPPCR_2010_IN_FORCE)
def review(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    """A child's case is reviewed within 20 working days of entering care, again within
    3 months of that review, then at most every 6 months.

    Source: CPPCR 2010 reg 33(1)(a)-(c).
    Interpretation: every interval runs from the actual date of the previous review, so an
    extra early review resets the clock; with unknown history the chain starts on
    `history_from`, 6-monthly throughout.
    """
    return _review_chain(
        facts, pf, source_of(review), FIRST_REVIEW_WORKING_DAYS, SECOND_REVIEW_MONTHS
    )


@rule("REVIEW", effective_from=CPPCR_2010_IN_FORCE)
def short_break_review(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    """A child on an agreed series of short breaks has a first review within 3 months of the
    first short break, then at most every 6 months.

    Source: CPPCR 2010 reg 48(2) (modifying reg 33 for short breaks).
    Interpretation: the months are configuration (`short_break_first_review_months`,
    `short_break_review_interval_months`).
    """
    config = facts.config
    return _review_chain(
        facts,
        pf,
        source_of(short_break_review),
        None,
        config.short_break_first_review_months,
        config.short_break_review_interval_months,
    )


def _review_chain(
    facts: ChildFacts,
    pf: PeriodFacts,
    source: str,
    first_working_days: int | None,
    next_months: int,
    routine_months: int = LATER_REVIEW_MONTHS,
) -> list[Duty]:
    period = pf.period
    if facts.known(period.start):
        anchor = period.start
        if first_working_days is None:
            due = add_months(anchor, next_months)
            months = [routine_months]
        else:
            due = facts.calendar.add_working_days(anchor, first_working_days)
            months = [next_months, routine_months]
    else:
        assert facts.history_from is not None
        anchor = facts.history_from
        due = add_months(anchor, routine_months)
        months = [routine_months]

    def next_due(previous: dt.date) -> dt.date:
        step = months.pop(0) if len(months) > 1 else months[0]
        return add_months(previous, step)

    return run_chain(
        code="REVIEW",
        source=source,
        period_start=period.start,
        anchor=anchor,
        due=due,
        next_due=next_due,
        events=pf.scope.slice(facts.reviews),
        refusals=pf.scope.slice(facts.refusals.get("REVIEW", [])),
        scope_end=period.end,
        as_at=facts.as_at,
        met_by="review",
    )


def reviews(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    return short_break_review(facts, pf) if pf.period.short_break else review(facts, pf)
