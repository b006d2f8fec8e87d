"""VISIT: the social worker's visits to the child in each placement."""

from __future__ import annotations

import datetime as dt
from functools import partial

from incare.domain.calendar import add_months
from incare.domain.duties.chain import run_chain
from incare.domain.duties.context import ChildFacts, PeriodFacts, first_on_or_after
from incare.domain.duties.dates import CPPCR_2010_IN_FORCE
from incare.domain.duties.model import Duty
from incare.domain.periods import Placement
from incare.domain.registry import rule, source_of

FIRST_VISIT = dt.timedelta(days=7)  # reg 28(2)(a): within one week of the placement's start
FIRST_YEAR_INTERVAL = dt.timedelta(weeks=6)  # reg 28(2)(b): at most six weeks in the first year
LONG_TERM_INTERVAL_MONTHS = 3  # reg 28(2)(c)(i): placement intended to last until 18
OTHER_INTERVAL = dt.timedelta(weeks=6)  # reg 28(2)(c)(ii)
WEEKLY = dt.timedelta(days=7)  # reg 28(3)-(4): weekly until the first review


@rule("VISIT", effective_from=CPPCR_2010_IN_FORCE)
def visit_interval(
    placement: Placement, previous: dt.date, first_review: dt.date | None
) -> dt.date:
    """The social worker visits within a week of a placement starting, then at most every
    6 weeks in its first year, then every 3 months if it is meant to last until 18, otherwise
    every 6 weeks.

    Source: CPPCR 2010 reg 28(2); reg 28(3)-(5) for the weekly regimes.
    Interpretation: the interval is chosen by the date of the previous visit (before the
    placement's first anniversary: 6 weeks); long-term means placement type U1 or U4 or an
    explicit flag; the weekly regimes apply until the period's first review.
    """
    if placement.visit_regime == "weekly_until_first_review" and (
        first_review is None or previous < first_review
    ):
        return previous + WEEKLY
    if previous < placement.first_anniversary:
        return previous + FIRST_YEAR_INTERVAL
    if not placement.long_term:
        return previous + OTHER_INTERVAL
    return add_months(previous, LONG_TERM_INTERVAL_MONTHS)


def _next_visit(placement: Placement, first_review: dt.date | None, previous: dt.date) -> dt.date:
    return visit_interval(placement, previous, first_review)


def visits(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    """The chain of visits of every placement of one period (none for short breaks)."""
    period = pf.period
    if period.short_break:
        return []
    source = source_of(visit_interval)
    first_review = first_on_or_after(pf.scope.slice(facts.reviews), period.start)
    duties: list[Duty] = []
    for placement, scope in zip(period.placements, pf.placement_scopes, strict=True):
        if placement.end is not None and not facts.known(placement.end):
            continue
        if facts.known(placement.start):
            anchor = placement.start
            due = anchor + FIRST_VISIT
        else:
            assert facts.history_from is not None
            anchor = facts.history_from
            due = visit_interval(placement, anchor, first_review)
        duties += run_chain(
            code="VISIT",
            source=source,
            period_start=period.start,
            anchor=anchor,
            due=due,
            next_due=partial(_next_visit, placement, first_review),
            events=scope.slice(facts.visits),
            refusals=scope.slice(facts.refusals.get("VISIT", [])),
            scope_end=placement.end,
            as_at=facts.as_at,
            placement_start=placement.start,
            met_by="visit",
        )
    return duties
