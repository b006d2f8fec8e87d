"""CAREPLAN: the care plan of a period of care."""

from __future__ import annotations

from incare.domain.duties.context import ChildFacts, PeriodFacts
from incare.domain.duties.dates import CPPCR_2010_IN_FORCE
from incare.domain.duties.health_assessments import first_outcome, prior_window
from incare.domain.duties.model import REFUSED, Duty, status_of
from incare.domain.registry import rule, source_of

CARE_PLAN_WORKING_DAYS = 10  # reg 4(2)


@rule("CAREPLAN", effective_from=CPPCR_2010_IN_FORCE)
def care_plan(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    """A care plan is prepared before the child is first placed or, if that is not
    practicable, within 10 working days of the start of the first placement.

    Source: CPPCR 2010 reg 4(2).
    Interpretation: one per period of care; a plan dated up to 3 months before the period
    starts counts; cancelled if the period ends before the due date without one.
    """
    period = pf.period
    if period.short_break or not facts.known(period.start):
        return []
    due = facts.calendar.add_working_days(period.start, CARE_PLAN_WORKING_DAYS)
    window = prior_window(pf)
    met, refused = first_outcome(
        window.slice(facts.care_plans), window.slice(facts.refusals.get("CAREPLAN", []))
    )
    status = (
        REFUSED if refused else status_of(due=due, met=met, as_at=facts.as_at, scope_end=period.end)
    )
    by = None if met is None else ("refusal" if refused else "care_plan")
    return [
        Duty(
            "CAREPLAN",
            period.start,
            due,
            met,
            status,
            source_of(care_plan),
            period.start,
            met_by=by,
        )
    ]
