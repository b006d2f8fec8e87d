"""NOTIFY: telling the NHS (the ICBs and the GP) that a child entered care, moved or left."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from incare.domain.commissioner import gp_on
from incare.domain.duties.context import ChildFacts, PeriodFacts
from incare.domain.duties.dates import CPPCR_2010_IN_FORCE
from incare.domain.duties.model import Duty, TimelineWarning, status_of
from incare.domain.registry import rule, source_of

# Working days allowed by the national standard (CPPCR 2010 reg 13(1), reg 14(4)).
NATIONAL_EMERGENCY_WORKING_DAYS = 5
NATIONAL_CEASE_WORKING_DAYS = 10


@rule("NOTIFY", effective_from=CPPCR_2010_IN_FORCE)
def notify_due_local(facts: ChildFacts, trigger: str, day: dt.date, emergency: bool) -> dt.date:
    """Tell the originating ICB, the placement ICBs and the GP within 5 working days of a child
    entering care, moving placement or leaving care.

    Source: South East Systems Leaders, Children in Care roles and responsibilities agreement
    (local authorities: "notify the CCG (both the originating and the receiving) and the
    child's GP within five working days").
    Interpretation: the default (`local`) standard, applied to every council; the number of
    working days is configuration (`notify_working_days`).
    """
    return facts.calendar.add_working_days(day, facts.config.notify_working_days)


@rule("NOTIFY", effective_from=CPPCR_2010_IN_FORCE)
def notify_due_national(facts: ChildFacts, trigger: str, day: dt.date, emergency: bool) -> dt.date:
    """Notify the health bodies on the day of a planned placement, within 5 working days of an
    emergency one, and within 10 working days of the end of care.

    Source: CPPCR 2010 reg 13(1) (notification of placement), reg 14(4) (termination).
    Interpretation: the `national` standard; a placement is planned unless its episode is
    flagged `emergency`.
    """
    if trigger == "cease":
        return facts.calendar.add_working_days(day, NATIONAL_CEASE_WORKING_DAYS)
    if emergency:
        return facts.calendar.add_working_days(day, NATIONAL_EMERGENCY_WORKING_DAYS)
    return day


def notify(facts: ChildFacts, pf: PeriodFacts, warnings: list[TimelineWarning]) -> list[Duty]:
    """NOTIFY duties of one period: one per trigger and recipient (duties.md §3, NOTIFY).

    Interpretation: a NOTIFY is never cancelled: the NHS must hear of an entry or a move even
    when the child has left care since. Short-break periods give none.
    """
    period = pf.period
    if period.short_break:
        return []
    national = facts.config.standard == "national"
    due_of = notify_due_national if national else notify_due_local
    source = source_of(due_of)
    origin = pf.originating.icb
    if origin is None:
        warnings.append(TimelineWarning("originating_icb_unknown", period.start))
    placements = period.placements
    first = placements[0]
    triggers: list[tuple[str, dt.date, tuple[str | None, ...], bool]] = [
        ("enter", period.start, (origin, first.icb), first.emergency)
    ]
    for previous, new in pairwise(placements):
        triggers.append(("move", new.start, (origin, new.icb, previous.icb), new.emergency))
    if period.end is not None:
        triggers.append(("cease", period.end, (origin, placements[-1].icb), False))
    duties = []
    for trigger, day, icbs, emergency in triggers:
        if not facts.known(day):
            continue
        due = due_of(facts, trigger, day, emergency)
        gp = gp_on(facts.gp_registrations, day)
        recipients = [*icbs, gp.practice if gp else None]
        seen: set[str] = set()
        for recipient in recipients:
            if recipient is None or recipient in seen:
                continue
            seen.add(recipient)
            met = facts.notifications.get((trigger, day, recipient))
            duties.append(
                Duty(
                    "NOTIFY",
                    day,
                    due,
                    met,
                    status_of(due=due, met=met, as_at=facts.as_at, scope_end=None),
                    source,
                    period.start,
                    recipient=recipient,
                    trigger=trigger,
                    standard=facts.config.standard,
                    met_by="notification" if met else None,
                )
            )
    return duties
