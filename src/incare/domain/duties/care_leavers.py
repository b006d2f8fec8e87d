"""HEALTHSUMMARY: the health summary a young person takes with them on leaving care."""

from __future__ import annotations

import datetime as dt

from incare.domain.calendar import add_months
from incare.domain.duties.context import ChildFacts, first_on_or_after
from incare.domain.duties.dates import CPPCR_2010_IN_FORCE
from incare.domain.duties.model import Duty, status_of
from incare.domain.registry import rule, source_of

SUMMARY_FROM_MONTHS = 17 * 12 + 6  # the 17½ birthday
ELIGIBLE_DAYS = 13 * 7  # 13 weeks looked after since the 14th birthday


@rule("HEALTHSUMMARY", effective_from=CPPCR_2010_IN_FORCE)
def is_care_leaver(facts: ChildFacts, left_on: dt.date) -> bool:
    """Whether a young person leaving care on `left_on` is an eligible or relevant child.

    Source: Children Act 1989 Sch 2 para 19B and s 23A; Care Leavers (England) Regulations
    2010 reg 3: looked after for 13 weeks in all, beginning after the 14th birthday and ending
    after the 16th.
    Interpretation: short-break periods do not count (reg 3(2)); days are counted from the
    later of the period start and the 14th birthday to the period end.
    """
    fourteenth = facts.birthday(14)
    if left_on <= facts.birthday(16):
        return False
    days = 0
    for pf in facts.periods:
        period = pf.period
        if period.short_break or period.start > left_on:
            continue
        end = min(period.end or left_on, left_on)
        start = max(period.start, fourteenth)
        if end > start:
            days += (end - start).days
    return days >= ELIGIBLE_DAYS


@rule("HEALTHSUMMARY", effective_from=CPPCR_2010_IN_FORCE)
def health_summary(facts: ChildFacts) -> list[Duty]:
    """A young person looked after on their 17½ birthday receives a summary of their health
    history by their 18th birthday.

    Source: Promoting the health and well-being of looked-after children, statutory guidance
    (DfE/DH 2015), care leavers' health summary; the deadline is ours.
    Interpretation: due on the 18th birthday; met by a `health_summary` event from the 17th
    birthday on; cancelled only if care ends before the 18th birthday and the young person is
    not a care leaver.
    """
    from_day = add_months(facts.dob, SUMMARY_FROM_MONTHS)
    if from_day > facts.as_at or not facts.known(from_day):
        return []
    pf = facts.looked_after_on(from_day)
    if pf is None or pf.period.short_break:
        return []
    due = facts.birthday(18)
    met = first_on_or_after(facts.health_summaries, facts.birthday(17))
    end = pf.period.end
    scope_end = end if end is not None and not is_care_leaver(facts, end) else None
    status = status_of(due=due, met=met, as_at=facts.as_at, scope_end=scope_end)
    return [
        Duty(
            "HEALTHSUMMARY",
            from_day,
            due,
            met,
            status,
            source_of(health_summary),
            pf.period.start,
            met_by="health_summary" if met else None,
        )
    ]
