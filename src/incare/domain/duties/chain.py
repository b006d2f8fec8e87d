"""Repeating duties as chains of instances (duties.md §2, "Instances, chains and matching")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from incare.domain.duties.context import first_after, first_on_or_after
from incare.domain.duties.model import REFUSED, Duty, status_of


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
    find = first_on_or_after
    while age_limit is None or due < age_limit:
        done = find(events, anchor)
        refused = find(refusals, anchor) if refusals else None
        if refused is not None and (done is None or refused < done):
            duties.append(
                Duty(
                    code,
                    anchor,
                    due,
                    refused,
                    REFUSED,
                    source,
                    period_start,
                    placement_start=placement_start,
                    met_by="refusal",
                )
            )
            anchor = refused
        elif done is not None:
            status = status_of(due=due, met=done, as_at=as_at, scope_end=scope_end)
            duties.append(
                Duty(
                    code,
                    anchor,
                    due,
                    done,
                    status,
                    source,
                    period_start,
                    placement_start=placement_start,
                    met_by=met_by,
                )
            )
            anchor = done
        else:
            status = status_of(due=due, met=None, as_at=as_at, scope_end=scope_end)
            duties.append(
                Duty(
                    code,
                    anchor,
                    due,
                    None,
                    status,
                    source,
                    period_start,
                    placement_start=placement_start,
                )
            )
            break
        find = first_after
        due = next_due(anchor)
    return duties
