"""A child's record as its page shows it: identity, periods and placements, GP registrations,
originating and host ICB, duties with their status and rule, and the timeline of what is
recorded. Read-only; the caller has checked the policy and records the view in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from incare.domain.identifiers import nhs_number_problem, shown_nhs_number
from incare.domain.periods import periods_of_care
from incare.domain.timeline import Episode as EpisodeFacts
from incare.services.reference import icb_names
from incare.services.stored_duties import with_status
from incare.web.children.models import Child, Episode, GPRegistration, Review
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import Council


@dataclass(frozen=True, slots=True)
class PlacementRow:
    start: dt.date
    end: dt.date | None
    placement: str | None
    legal_status: str | None
    council: str  # the council the placement is in, by name where known
    icb: str  # the ICB of that council on the day, by name where known
    out_of_area: bool
    distance_miles: float | None


@dataclass(frozen=True, slots=True)
class PeriodRow:
    start: dt.date
    end: dt.date | None
    placements: tuple[PlacementRow, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    day: dt.date
    what: str


@dataclass(frozen=True, slots=True)
class ChildRecord:
    child: Child
    nhs_number: str | None  # spaced 3 3 4 when well-formed, else as recorded
    nhs_number_problem: str | None
    originating_icb: str
    host_icb: str
    periods: tuple[PeriodRow, ...]
    registrations: tuple[GPRegistration, ...]
    duties: tuple[StoredDuty, ...]
    timeline: tuple[TimelineEntry, ...] = field(default=())


def child_record(child: Child, today: dt.date) -> ChildRecord:
    councils = dict(Council.objects.values_list("ons_code", "name"))
    icbs = icb_names()
    episodes = list(Episode.objects.filter(child=child).order_by("start"))
    by_start = {e.start: e for e in episodes}
    facts = tuple(
        EpisodeFacts(
            start=e.start,
            rne=e.rne or "P",
            legal_status=e.legal_status or "",
            placement=e.placement,
            icb=e.placement_icb,
            end=e.end,
            rec=e.reason_ceased,
        )
        for e in episodes
    )
    periods = []
    for period in periods_of_care(facts, today) if facts else ():
        rows = []
        for placement in period.placements:
            episode = by_start[placement.start]
            where = episode.placement_la
            rows.append(
                PlacementRow(
                    start=placement.start,
                    end=placement.end,
                    placement=episode.placement,
                    legal_status=episode.legal_status,
                    council=councils.get(where or "", where or "not known"),
                    icb=icbs.get(episode.placement_icb or "", episode.placement_icb or "not known"),
                    out_of_area=where is not None and where != child.council_id,
                    distance_miles=episode.distance_miles,
                )
            )
        periods.append(PeriodRow(period.start, period.end, tuple(rows)))
    registrations = tuple(
        GPRegistration.objects.filter(child=child).select_related("practice").order_by("-start")
    )
    duties = tuple(
        with_status(StoredDuty.objects.filter(child=child), today).order_by("due", "code")
    )
    return ChildRecord(
        child=child,
        nhs_number=shown_nhs_number(child.nhs_number) if child.nhs_number else None,
        nhs_number_problem=nhs_number_problem(child.nhs_number) if child.nhs_number else None,
        originating_icb=icbs.get(child.originating_icb or "", child.originating_icb or "not known"),
        host_icb=icbs.get(child.host_icb or "", child.host_icb or "not known"),
        periods=tuple(periods),
        registrations=registrations,
        duties=duties,
        timeline=_timeline(episodes, registrations, child, duties),
    )


def _timeline(
    episodes: list[Episode],
    registrations: tuple[GPRegistration, ...],
    child: Child,
    duties: tuple[StoredDuty, ...],
) -> tuple[TimelineEntry, ...]:
    """Everything recorded, newest first."""
    entries = []
    for e in episodes:
        entries.append(
            TimelineEntry(
                e.start,
                f"Episode began: legal status {e.legal_status}, "
                f"placement {e.placement or 'not recorded'} (reason {e.rne})",
            )
        )
        if e.end is not None:
            entries.append(TimelineEntry(e.end, f"Episode ended (reason {e.reason_ceased})"))
    for day, code in Review.objects.filter(child=child).values_list("date", "participation"):
        entries.append(TimelineEntry(day, f"Review held (participation {code or 'not recorded'})"))
    for r in registrations:
        entries.append(TimelineEntry(r.start, f"Registered with {r.practice.name}"))
        if r.end is not None:
            entries.append(TimelineEntry(r.end, f"Registration with {r.practice.name} ended"))
    for d in duties:
        if d.met is not None:
            entries.append(TimelineEntry(d.met, f"{d.code} met ({d.met_by or 'recorded'})"))
    return tuple(sorted(entries, key=lambda e: e.day, reverse=True))
