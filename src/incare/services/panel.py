"""The Corporate Parenting Panel's aggregates for one council: never a child, only counts,
with small numbers suppressed (`incare.reporting.suppression`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q

from incare.reporting.suppression import percentage, shown
from incare.services.stored_duties import with_status
from incare.services.worklist import DUTY_NAMES
from incare.web.children.models import Child
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import Council


@dataclass(frozen=True, slots=True)
class DutyLine:
    duty: str
    due_so_far: str
    on_time: str
    late_or_overdue: str
    on_time_share: str


@dataclass(frozen=True, slots=True)
class PanelReport:
    children_in_care: str
    placed_out_of_area: str
    lines: tuple[DutyLine, ...]


def council_report(council: Council, today: dt.date) -> PanelReport:
    children = Child.objects.filter(council=council)
    in_care = children.filter(episodes__end__isnull=True).distinct()
    lines = []
    duties = with_status(StoredDuty.objects.filter(child__council=council, due__lte=today), today)
    rows = duties.values("code").annotate(
        due=Count("pk", filter=~Q(status="cancelled")),
        on_time=Count("pk", filter=Q(status__in=("met", "refused"))),
        late=Count("pk", filter=Q(status__in=("met_late", "overdue"))),
    )
    for row in sorted(
        rows, key=lambda r: list(DUTY_NAMES).index(r["code"]) if r["code"] in DUTY_NAMES else 99
    ):
        lines.append(
            DutyLine(
                duty=DUTY_NAMES.get(row["code"], row["code"]),
                due_so_far=shown(row["due"]),
                on_time=shown(row["on_time"]),
                late_or_overdue=shown(row["late"]),
                on_time_share=percentage(row["on_time"], row["due"]),
            )
        )
    return PanelReport(
        children_in_care=shown(in_care.count()),
        placed_out_of_area=shown(in_care.filter(out_of_area=True).count()),
        lines=tuple(lines),
    )
