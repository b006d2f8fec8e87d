"""Worklists: the duties a membership may see, filtered, counted, ordered and exported.

Built on `policy.duties`, so a filter, a count or an export can never reach a child the
record page would refuse. "My work" is the default: overdue first, then what is due within the
next 10 working days; other statuses are a filter away.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from xlsxwriter import Workbook

from incare.services import policy
from incare.services.stored_duties import my_work, with_status
from incare.web.duties.models import StoredDuty
from incare.web.people.models import Membership

STATUSES = {
    "my_work": "My work: overdue or due within 10 working days",
    "overdue": "Overdue",
    "due_soon": "Due within 10 working days",
    "open": "Open, due later",
    "met": "Met",
    "met_late": "Met late",
    "refused": "Refused",
    "cancelled": "Cancelled",
    "all": "All",
}
DUTY_NAMES = {
    "NOTIFY": "Notify the NHS",
    "IHA": "Initial health assessment",
    "RHA": "Review health assessment",
    "REVIEW": "Review of the care plan",
    "VISIT": "Social worker visit",
    "CAREPLAN": "Care plan",
    "SDQ": "Strengths and difficulties questionnaire",
    "DENTAL": "Dental check",
    "HEALTHSUMMARY": "Health summary for a care leaver",
}
EXPORT_COLUMNS = (
    "child", "name", "council", "duty", "recipient", "anchor", "due", "status", "met", "rule",
)  # fmt: skip
EXPORT_LIMIT = 50_000  # one export; a wider one is refused rather than cut short


@dataclass(frozen=True, slots=True)
class Filters:
    status: str = "my_work"
    council: str = ""
    icb: str = ""
    team: int | None = None
    code: str = ""
    area: str = ""  # "in", "out" or "" for both
    query: str = ""  # a child's reference or NHS number

    @classmethod
    def from_query(cls, params: Any) -> Filters:
        """Filters from a GET query; unknown values are ignored, never an error page."""
        status = params.get("status", "my_work")
        team = params.get("team", "")
        return cls(
            status=status if status in STATUSES else "my_work",
            council=params.get("council", "").strip(),
            icb=params.get("icb", "").strip().upper(),
            team=int(team) if team.isdigit() else None,
            code=params.get("code", "") if params.get("code", "") in DUTY_NAMES else "",
            area=params.get("area", "") if params.get("area", "") in ("in", "out") else "",
            query=params.get("q", "").strip()[:40],
        )


def _status(filters: Filters, today: dt.date) -> Q:
    if filters.status == "my_work":
        return my_work(today)
    if filters.status == "all":
        return Q()
    return Q(status=filters.status)


def worklist(membership: Membership, today: dt.date, filters: Filters) -> QuerySet[StoredDuty]:
    """The membership's duties matching `filters`: overdue first, then by due date."""
    duties = with_status(policy.duties(membership, today), today)
    if filters.council:
        duties = duties.filter(child__council_id=filters.council)
    if filters.icb:
        duties = duties.filter(
            Q(child__originating_icb=filters.icb) | Q(child__host_icb=filters.icb)
        )
    if filters.team is not None:
        duties = duties.filter(child__team_id=filters.team)
    if filters.code:
        duties = duties.filter(code=filters.code)
    if filters.area:
        duties = duties.filter(child__out_of_area=filters.area == "out")
    if filters.query:
        digits = filters.query.replace(" ", "")
        duties = duties.filter(Q(child__child_ref=filters.query) | Q(child__nhs_number=digits))
    rank = Case(
        When(status="overdue", then=Value(0)),
        When(status="due_soon", then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return (
        duties.filter(_status(filters, today))
        .select_related("child", "child__council")
        .order_by(rank, "due", "child__child_ref", "code", "pk")
    )


def counts(membership: Membership, today: dt.date) -> dict[str, int]:
    """How many of the membership's duties are overdue and due soon (the headline numbers)."""
    # Within "my work" (unsettled, due by the horizon) overdue is due before today and due soon
    # the rest: plain date filters, not the status CASE evaluated on every row.
    found = (
        policy.duties(membership, today)
        .filter(my_work(today))
        .aggregate(
            overdue=Count("pk", filter=Q(due__lt=today)),
            due_soon=Count("pk", filter=Q(due__gte=today)),
        )
    )
    return {"overdue": found["overdue"] or 0, "due_soon": found["due_soon"] or 0}


class ExportTooLarge(ValueError):
    """A list longer than one export may hold; narrow the filters."""


def export_rows(duties: QuerySet[StoredDuty]) -> list[tuple[Any, ...]]:
    rows = list(duties[: EXPORT_LIMIT + 1])
    if len(rows) > EXPORT_LIMIT:
        raise ExportTooLarge(
            f"the list has more than {EXPORT_LIMIT:,} rows: narrow the filters to export it"
        )
    return [
        (
            d.child.child_ref,
            d.child.name,
            d.child.council.name,
            DUTY_NAMES.get(d.code, d.code),
            d.recipient or "",
            d.anchor,
            d.due,
            STATUSES.get(d.status, d.status),  # type: ignore[attr-defined]
            d.met,
            d.source,
        )
        for d in rows
    ]


def _cell(value: Any) -> Any:
    """A value safe to open in a spreadsheet: text that a spreadsheet would run as a formula
    (starting = + - @) is prefixed with an apostrophe (OWASP, CSV injection)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(rows: list[tuple[Any, ...]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return text.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def to_xlsx(rows: list[tuple[Any, ...]]) -> bytes:
    buffer = io.BytesIO()
    book = Workbook(buffer, {"in_memory": True, "default_date_format": "dd/mm/yyyy"})
    sheet = book.add_worksheet("Worklist")
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, EXPORT_COLUMNS, bold)
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if isinstance(value, dt.date):
                sheet.write_datetime(number, column, dt.datetime.combine(value, dt.time()))
            elif isinstance(value, str):
                sheet.write_string(number, column, value)  # never a formula
            elif value is not None:
                sheet.write(number, column, value)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(EXPORT_COLUMNS) - 1)
    book.close()
    return buffer.getvalue()
