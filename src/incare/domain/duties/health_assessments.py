"""IHA and RHA: the initial and review health assessments of a looked-after child."""

from __future__ import annotations

import datetime as dt

from incare.domain.calendar import add_months
from incare.domain.duties.chain import run_chain
from incare.domain.duties.context import ONE_DAY, ChildFacts, PeriodFacts, Scope
from incare.domain.duties.dates import CPPCR_2010_IN_FORCE
from incare.domain.duties.model import REFUSED, Duty, status_of
from incare.domain.registry import rule, source_of

IHA_WORKING_DAYS = 20  # statutory guidance 2015: IHA "within 20 working days" of entry
PRIOR_ASSESSMENT_MONTHS = 3  # an assessment in the 3 months before entry counts
RHA_UNDER_FIVE_MONTHS = 6  # CPPCR 2010 reg 7(4)(a)
RHA_FROM_FIVE_MONTHS = 12  # CPPCR 2010 reg 7(4)(b)
RHA_AGE_LIMIT_YEARS = 18


def prior_window(pf: PeriodFacts) -> Scope:
    """Where a one-off duty may be met: from 3 months before the period starts, but never by
    something that belongs to the previous period, to the period's end."""
    first = add_months(pf.period.start, -PRIOR_ASSESSMENT_MONTHS)
    if pf.previous_end is not None:
        first = max(first, min(pf.previous_end + ONE_DAY, pf.period.start))
    return Scope(first, pf.scope.stop)


def first_outcome(done: list[dt.date], refused: list[dt.date]) -> tuple[dt.date | None, bool]:
    """The earliest of a matching event and a refusal (the event wins a tie)."""
    met = done[0] if done else None
    refusal = refused[0] if refused else None
    if refusal is not None and (met is None or refusal < met):
        return refusal, True
    return met, False


def iha_outcome(facts: ChildFacts, pf: PeriodFacts) -> tuple[dt.date | None, bool]:
    window = prior_window(pf)
    return first_outcome(window.slice(facts.ihas), window.slice(facts.refusals.get("IHA", [])))


@rule("IHA", effective_from=CPPCR_2010_IN_FORCE)
def iha(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    """Each period of care needs an initial health assessment by a doctor within 20 working
    days of its start.

    Source: CPPCR 2010 reg 7(1)-(2) with reg 33(1)(a); Promoting the health and well-being of
    looked-after children, statutory guidance (DfE/DH 2015), "within 20 working days".
    Interpretation: one per period, not per placement; an assessment up to 3 months before
    the period starts counts; cancelled if the period ends before the due date without one.
    """
    period = pf.period
    if period.short_break or not facts.known(period.start):
        return []
    due = facts.calendar.add_working_days(period.start, IHA_WORKING_DAYS)
    met, refused = iha_outcome(facts, pf)
    if refused:
        status = REFUSED
    else:
        status = status_of(due=due, met=met, as_at=facts.as_at, scope_end=period.end)
    by = None if met is None else ("refusal" if refused else "health_assessment")
    return [Duty("IHA", period.start, due, met, status, source_of(iha), period.start, met_by=by)]


@rule("RHA", effective_from=CPPCR_2010_IN_FORCE)
def rha_interval_by_age_at_last_assessment(facts: ChildFacts, previous: dt.date) -> dt.date:
    """A review health assessment is due 6 months after the previous assessment if the child
    was then under 5, otherwise 12 months after it.

    Source: CPPCR 2010 reg 7(4); statutory guidance (DfE/DH 2015): "six-monthly before the
    fifth birthday, at least annually after".
    Interpretation: the default (`rha_age_basis: age_at_last_assessment`); the age that
    counts is the age on the date of the previous assessment.
    """
    if facts.age_on(previous) < 5:
        return add_months(previous, RHA_UNDER_FIVE_MONTHS)
    return add_months(previous, RHA_FROM_FIVE_MONTHS)


@rule("RHA", effective_from=CPPCR_2010_IN_FORCE)
def rha_interval_literal(facts: ChildFacts, previous: dt.date) -> dt.date:
    """A review health assessment is due 6 months after the previous one while that falls on
    or before the 5th birthday, otherwise 12 months after it.

    Source: CPPCR 2010 reg 7(4)(a)-(b): "at least once in every period of six months before
    C's fifth birthday" and "of twelve months after".
    Interpretation: the `literal` option; a 6-month step that would pass the 5th birthday
    becomes a 12-month step, as the child is then over 5.
    """
    six = add_months(previous, RHA_UNDER_FIVE_MONTHS)
    if six <= facts.birthday(5):
        return six
    return add_months(previous, RHA_FROM_FIVE_MONTHS)


def rha(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    """The chain of review health assessments of one period, after its IHA is done.

    Interpretation: a refused IHA starts the chain from the refusal; with unknown history
    (duties.md §1) the chain starts on `history_from` when the IHA is not in the data.
    """
    period = pf.period
    if period.short_break:
        return []
    by_age = facts.config.rha_age_basis == "age_at_last_assessment"
    interval = rha_interval_by_age_at_last_assessment if by_age else rha_interval_literal
    start, _ = iha_outcome(facts, pf)
    history_from = facts.history_from
    if history_from is not None and (
        (start is None and not facts.known(period.start))
        or (start is not None and start < history_from)
    ):
        start = history_from
    if start is None:
        return []
    return run_chain(
        code="RHA",
        source=source_of(interval),
        period_start=period.start,
        anchor=start,
        due=interval(facts, start),
        next_due=lambda previous: interval(facts, previous),
        events=pf.scope.slice(facts.rhas),
        refusals=pf.scope.slice(facts.refusals.get("RHA", [])),
        scope_end=period.end,
        as_at=facts.as_at,
        age_limit=facts.birthday(RHA_AGE_LIMIT_YEARS),
        met_by="health_assessment",
    )
