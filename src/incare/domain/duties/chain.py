"""Repeating duties as chains of instances (duties.md §2, "Instances, chains and matching")."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from incare.domain.duties.model import MET, MET_LATE, REFUSED, Duty, status_of


def run_chain(
    *,
    code: str,
    source: str,
    period_start: dt.date,
    anchor: dt.date,
    due: dt.date,
    next_due: Callable[[dt.date], dt.date],
    events: list[dt.date],
    refusals: list[dt.date],
    scope_end: dt.date | None,
    as_at: dt.date,
    age_limit: dt.date | None = None,
    placement_start: dt.date | None = None,
    met_by: str,
) -> list[Duty]:
    """Emit a chain's instances until the first one that is not met.

    Each instance is met by the first matching event after its anchor (on or after, for the
    first instance); the next instance anchors on that event's date, never on the due date. A
    refusal dated before any matching event discharges the instance as refused and the chain
    continues from it. An instance due on or after `age_limit` is not emitted at all.
    """
    duties: list[Duty] = []
    inclusive = True
    while age_limit is None or due < age_limit:
        i = bisect_left(events, anchor) if inclusive else bisect_right(events, anchor)
        done = events[i] if i < len(events) else None
        refused = None
        if refusals:
            j = bisect_left(refusals, anchor) if inclusive else bisect_right(refusals, anchor)
            refused = refusals[j] if j < len(refusals) else None
        if refused is not None and (done is None or refused < done):
            duties.append(
                Duty(code, anchor, due, refused, REFUSED, source, period_start,
                     None, None, None, placement_start, "refusal")
            )  # fmt: skip
            anchor = refused
        elif done is not None:
            status = MET if done <= due else MET_LATE
            duties.append(
                Duty(code, anchor, due, done, status, source, period_start,
                     None, None, None, placement_start, met_by)
            )  # fmt: skip
            anchor = done
        else:
            status = status_of(due=due, met=None, as_at=as_at, scope_end=scope_end)
            duties.append(
                Duty(code, anchor, due, None, status, source, period_start,
                     None, None, None, placement_start)
            )  # fmt: skip
            break
        inclusive = False
        due = next_due(anchor)
    return duties
