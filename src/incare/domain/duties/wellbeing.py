"""SDQ and DENTAL: the emotional-wellbeing questionnaire and dental checks."""

from __future__ import annotations

import datetime as dt

from incare.domain.calendar import add_months
from incare.domain.duties.chain import run_chain
from incare.domain.duties.context import ChildFacts, PeriodFacts
from incare.domain.duties.dates import CPPCR_2010_IN_FORCE
from incare.domain.duties.model import Duty
from incare.domain.registry import rule, source_of

SDQ_INTERVAL_MONTHS = 12
SDQ_ENTRY_WORKING_DAYS = 20
SDQ_FIRST_AGE = 4
SDQ_AGE_LIMIT = 17  # the SSDA903 SDQ covers children aged 4 to 16
SDQ_BANDS = ((13, "normal"), (16, "borderline"), (40, "concern"))


@rule("SDQ", effective_from=CPPCR_2010_IN_FORCE)
def sdq_band(score: int) -> str:
    """The band of a total difficulties score: 0-13 normal, 14-16 borderline, 17-40 concern.

    Source: Goodman R., the Strengths and Difficulties Questionnaire scoring bands (sdqinfo),
    as used in the DfE SSDA903 guidance on the SDQ total difficulties score.
    """
    if not 0 <= score <= 40:
        raise ValueError(f"an SDQ score is 0 to 40, not {score}")
    return next(band for top, band in SDQ_BANDS if score <= top)


@rule("SDQ", effective_from=CPPCR_2010_IN_FORCE)
def sdq(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    """A looked-after child aged 4 to 16 has a Strengths and Difficulties Questionnaire at
    least every 12 months.

    Source: Promoting the health and well-being of looked-after children, statutory guidance
    (DfE/DH 2015), the SDQ; DfE SSDA903 guidance (SDQ return for children aged 4 to 16).
    Interpretation: first due 12 months after the period starts (or, with
    `sdq_entry_assessment`, 20 working days after), never before the 4th birthday; none due on
    or after the 17th birthday; none for short breaks.
    """
    period = pf.period
    if period.short_break:
        return []
    fourth = facts.birthday(SDQ_FIRST_AGE)
    if facts.known(period.start):
        anchor = period.start
        if facts.config.sdq_entry_assessment:
            first_due = facts.calendar.add_working_days(anchor, SDQ_ENTRY_WORKING_DAYS)
        else:
            first_due = add_months(anchor, SDQ_INTERVAL_MONTHS)
    else:
        assert facts.history_from is not None
        anchor = facts.history_from
        first_due = add_months(anchor, SDQ_INTERVAL_MONTHS)

    def next_due(previous: dt.date) -> dt.date:
        return max(add_months(previous, SDQ_INTERVAL_MONTHS), fourth)

    duties = run_chain(
        code="SDQ",
        source=source_of(sdq),
        period_start=period.start,
        anchor=anchor,
        due=max(first_due, fourth),
        next_due=next_due,
        events=pf.scope.slice(facts.sdqs),
        refusals=pf.scope.slice(facts.refusals.get("SDQ", [])),
        scope_end=period.end,
        as_at=facts.as_at,
        age_limit=facts.birthday(SDQ_AGE_LIMIT),
        met_by="sdq",
    )
    return [
        d._replace(score=facts.sdq_scores.get(d.met)) if d.met_by == "sdq" and d.met else d
        for d in duties
    ]


@rule("DENTAL", effective_from=CPPCR_2010_IN_FORCE)
def dental(facts: ChildFacts, pf: PeriodFacts) -> list[Duty]:
    """A looked-after child has a dental check within 12 months of entering care and of the
    last check.

    Source: CPPCR 2010 Sch 1 para 1(4) (the health plan covers dental health); the interval
    is a local standard.
    Interpretation: the interval is configuration (`dental_interval_months`, 12 or 6); none
    for short breaks.
    """
    period = pf.period
    if period.short_break:
        return []
    months = facts.config.dental_interval_months
    anchor = period.start if facts.known(period.start) else facts.history_from
    assert anchor is not None
    return run_chain(
        code="DENTAL",
        source=source_of(dental),
        period_start=period.start,
        anchor=anchor,
        due=add_months(anchor, months),
        next_due=lambda previous: add_months(previous, months),
        events=pf.scope.slice(facts.dental_checks),
        refusals=pf.scope.slice(facts.refusals.get("DENTAL", [])),
        scope_end=period.end,
        as_at=facts.as_at,
        met_by="dental_check",
    )
