"""The duties engine: every statutory duty of one child as known on a date (duties.md)."""

from __future__ import annotations

import datetime as dt
from operator import attrgetter

from incare.domain.duties.care_leavers import health_summary
from incare.domain.duties.care_plans import care_plan
from incare.domain.duties.context import ChildFacts
from incare.domain.duties.health_assessments import iha, rha
from incare.domain.duties.model import Duty, DutyReport, EngineConfig, TimelineWarning
from incare.domain.duties.notify import notify
from incare.domain.duties.reviews import reviews
from incare.domain.duties.visits import visits
from incare.domain.duties.wellbeing import dental, sdq
from incare.domain.timeline import Timeline

DEFAULT_CONFIG = EngineConfig()
PERIOD_RULES = (iha, rha, reviews, visits, care_plan, sdq, dental)


# Due date, code, recipient. Within one due date and code, recipients are all set (NOTIFY) or
# all None, so comparing the tuples never compares None with a string.
_ORDER = attrgetter("due", "code", "recipient", "anchor", "trigger", "placement_start")


def compute_duties(
    timeline: Timeline, as_at: dt.date, config: EngineConfig = DEFAULT_CONFIG
) -> DutyReport:
    """Every duty the timeline gives rise to up to `as_at`, sorted by due date, code, recipient.

    Pure: the same timeline, date and configuration always give the same report.
    """
    facts = ChildFacts(timeline, as_at, config)
    duties: list[Duty] = []
    warnings: list[TimelineWarning] = []
    determinations = []
    for pf in facts.periods:
        end = pf.period.end
        if end is not None and not facts.known(end):
            continue
        determinations.append(pf.originating)
        duties += notify(facts, pf, warnings)
        for period_rule in PERIOD_RULES:
            duties += period_rule(facts, pf)
    duties += health_summary(facts)
    for name, dates in (("review", facts.reviews), ("visit", facts.visits)):
        for day in dates:
            if facts.period_of(day) is None:
                warnings.append(TimelineWarning("event_outside_care", day, name))
    duties.sort(key=_ORDER)
    warnings.sort(key=lambda w: (w.date, w.type, w.event or ""))
    return DutyReport(
        child=timeline.child.id,
        as_at=as_at,
        standard=config.standard,
        originating_icb=tuple(determinations),
        duties=tuple(duties),
        warnings=tuple(warnings),
    )


def rules_markdown() -> str:
    """docs/rules.md, with every rule module loaded (importing this module loads them)."""
    import incare.domain.escalation  # noqa: F401  (registers the ESCALATION rules)
    from incare.domain.registry import render_markdown

    return render_markdown()
