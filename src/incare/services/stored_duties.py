"""Children's duties, computed from the facts in the database and stored for the worklists.

`refresh` is the one way stored duties change: it rebuilds each child's timeline from the
database (episodes, reviews, GP registrations, …), runs the duties engine, and replaces the
stored duties of the children whose duties changed, together with what scope is filtered by
(originating and host ICB, out of area). Callers run it inside the transaction that changed the
facts, so a child's duties are never out of step with the child's record.

Only what does not depend on today is stored (`settled_status`); `with_status` derives overdue,
due soon and open from the due date and today in the query, so no nightly job is needed.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

from django.db.models import Case, CharField, F, Q, QuerySet, Value, When

from incare.domain.calendar import england
from incare.domain.duties.engine import compute_duties
from incare.domain.duties.model import Duty
from incare.domain.timeline import (
    AssessmentKind,
    CarePlan,
    DentalCheck,
    Event,
    GpRegistration,
    HealthAssessment,
    HealthSummary,
    Notification,
    Refusal,
    Review,
    Sdq,
    Timeline,
    Trigger,
    Visit,
)
from incare.domain.timeline import Child as ChildFacts
from incare.domain.timeline import Episode as EpisodeFacts
from incare.web.care.models import Appointment, AssessmentRequest, CareRecord
from incare.web.care.models import Notification as NotificationRow
from incare.web.children.models import Child, Episode, GPRegistration
from incare.web.children.models import Review as ReviewRow
from incare.web.duties.models import SETTLED_STATUSES, StoredDuty

BATCH = 2000
# The April 2026 ICB mergers: a practice's ICB code before and from this day.
ICB_MERGERS_2026 = dt.date(2026, 4, 1)
DUE_SOON_WORKING_DAYS = 10  # "my work": overdue, then due in the next 10 working days

DUTY_FIELDS = (
    "code", "trigger", "recipient", "anchor", "due", "met", "met_by", "settled_status", "source",
    "period_start", "placement_start",
)  # fmt: skip
SCOPE_FIELDS = ("originating_icb", "host_icb", "out_of_area")

Progress = Callable[[int, int], None]


class DutiesOutOfRange(ValueError):
    """A child whose dates fall outside the working-day calendar; the message names the child."""


def _stored(duty: Duty) -> tuple[Any, ...]:
    """A duty as the row StoredDuty keeps, in DUTY_FIELDS order."""
    settled = duty.status if duty.status in SETTLED_STATUSES else None
    return (
        duty.code, duty.trigger, duty.recipient, duty.anchor, duty.due, duty.met, duty.met_by,
        settled, duty.source, duty.period_start, duty.placement_start,
    )  # fmt: skip


def _by_child(rows: Iterator[tuple[Any, ...]]) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row[1:])
    return grouped


def timelines(ids: Sequence[int]) -> Iterator[tuple[Child, Timeline]]:
    """The duties engine's timeline of each child in `ids` (a few queries per batch)."""
    for start in range(0, len(ids), BATCH):
        for child, timeline, _ in _timelines(list(ids[start : start + BATCH])):
            yield child, timeline


def _timelines(batch: list[int]) -> Iterator[tuple[Child, Timeline, str | None]]:
    """Each child's timeline, and the council (ONS) of its last placement."""
    if batch:
        children = Child.objects.filter(pk__in=batch).select_related("council").order_by("pk")
        episodes = _by_child(
            Episode.objects.filter(child_id__in=batch)
            .order_by("child_id", "start")
            .values_list(
                "child_id",
                "start",
                "rne",
                "legal_status",
                "placement",
                "placement_icb",
                "end",
                "reason_ceased",
                "emergency",
                "placement_la",
            )
            .iterator(chunk_size=BATCH)
        )
        reviews = _by_child(
            ReviewRow.objects.filter(child_id__in=batch)
            .order_by("child_id", "date")
            .values_list("child_id", "date")
            .iterator(chunk_size=BATCH)
        )
        registrations = _by_child(
            GPRegistration.objects.filter(child_id__in=batch)
            .order_by("child_id", "start")
            .values_list(
                "child_id",
                "practice_id",
                "start",
                "end",
                "practice__icb_ods_code",
                "practice__icb_ods_code_2026",
            )
            .iterator(chunk_size=BATCH)
        )
        events = _events(batch)
        for child in children:
            rows = episodes.get(child.pk)
            if not rows or child.dob is None:
                continue
            timeline = Timeline(
                child=ChildFacts(id=str(child.pk), dob=child.dob, sex=child.sex, uasc=child.uasc),
                episodes=tuple(
                    EpisodeFacts(
                        start=s,
                        rne=rne or "P",
                        legal_status=ls or "",
                        placement=place,
                        icb=icb,
                        end=end,
                        rec=rec,
                        emergency=emergency,
                    )
                    for s, rne, ls, place, icb, end, rec, emergency, _ in rows
                ),
                gp_registrations=tuple(
                    GpRegistration(
                        practice=practice,
                        icb=icb_2026 if s >= ICB_MERGERS_2026 else icb,
                        start=s,
                        end=end,
                    )
                    for practice, s, end, icb, icb_2026 in registrations.get(child.pk, ())
                ),
                events=(
                    *(Review(d) for (d,) in reviews.get(child.pk, ())),
                    *events.get(child.pk, ()),
                ),
                home_icb=child.home_icb,
                history_from=child.history_from,
            )
            yield child, timeline, rows[-1][-1]


CARE_EVENTS: dict[str, Callable[[dt.date, int | None], Event]] = {
    CareRecord.Kind.VISIT: lambda day, _: Visit(day),
    CareRecord.Kind.CARE_PLAN: lambda day, _: CarePlan(day),
    CareRecord.Kind.SDQ: lambda day, score: Sdq(day, score),
    CareRecord.Kind.DENTAL: lambda day, _: DentalCheck(day),
    CareRecord.Kind.HEALTH_SUMMARY: lambda day, _: HealthSummary(day),
}


def _events(batch: list[int]) -> dict[int, list[Event]]:
    """What was recorded in incare about the children of `batch`, as the engine's events:
    notifications sent, health assessments completed, refusals, and the care records."""
    events: dict[int, list[Event]] = defaultdict(list)
    for child, trigger, day, recipient, sent in NotificationRow.objects.filter(
        child_id__in=batch
    ).values_list("child_id", "trigger", "trigger_date", "recipient", "sent_on"):
        events[child].append(Notification(cast(Trigger, trigger), day, recipient, sent))
    for child, kind, completed in AssessmentRequest.objects.filter(
        child_id__in=batch, completed_on__isnull=False
    ).values_list("child_id", "kind", "completed_on"):
        assert completed is not None  # filtered above
        events[child].append(HealthAssessment(cast(AssessmentKind, kind), completed))
    for child, kind, day in Appointment.objects.filter(
        request__child_id__in=batch, outcome=Appointment.Outcome.REFUSED
    ).values_list("request__child_id", "request__kind", "date"):
        events[child].append(Refusal(kind, day))
    for child, kind, day, score in CareRecord.objects.filter(child_id__in=batch).values_list(
        "child_id", "kind", "date", "sdq_score"
    ):
        events[child].append(CARE_EVENTS[kind](day, score))
    return events


@contextmanager
def _no_gc() -> Iterator[None]:
    """Full GC passes over hundreds of thousands of young objects cost more than the engine
    itself (measured for issue 2): a bulk refresh holds them only briefly, so pause GC."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def refresh(ids: Sequence[int], *, as_at: dt.date, progress: Progress | None = None) -> int:
    """Recompute and store the duties of the children `ids`; returns how many changed.

    Run inside the caller's transaction. A child without episodes (or without a date of birth)
    has no duties.
    """
    changed = 0
    done = 0
    with _no_gc():
        for start in range(0, len(ids), BATCH):
            batch = list(ids[start : start + BATCH])
            changed += _refresh_batch(batch, as_at)
            done += len(batch)
            if progress is not None:
                progress(done, len(ids))
    return changed


def _refresh_batch(batch: list[int], as_at: dt.date) -> int:
    wanted: dict[int, Counter[tuple[Any, ...]]] = {i: Counter() for i in batch}
    scope: dict[int, tuple[Any, ...]] = {}
    children: dict[int, Child] = {}
    for child, timeline, placed_in in _timelines(batch):
        children[child.pk] = child
        try:
            report = compute_duties(timeline, as_at)
        except ValueError as error:
            raise DutiesOutOfRange(f"child {child.child_ref}: {error}") from error
        wanted[child.pk] = Counter(_stored(d) for d in report.duties)
        originating = report.originating_icb[-1].icb if report.originating_icb else None
        outside = placed_in is not None and placed_in != child.council_id
        scope[child.pk] = (originating, timeline.episodes[-1].icb, outside)
    existing: dict[int, Counter[tuple[Any, ...]]] = {}
    rows = StoredDuty.objects.filter(child_id__in=batch).values_list("child_id", *DUTY_FIELDS)
    for row in rows.iterator(chunk_size=BATCH):
        existing.setdefault(row[0], Counter())[row[1:]] += 1
    changed = [i for i, duties in wanted.items() if existing.get(i, Counter()) != duties]
    StoredDuty.objects.filter(child_id__in=changed).delete()
    StoredDuty.objects.bulk_create(
        (
            StoredDuty(child_id=i, **dict(zip(DUTY_FIELDS, duty, strict=True)))
            for i in changed
            for duty in wanted[i].elements()
        ),
        batch_size=BATCH,
    )
    moved = []
    for pk, child in children.items():
        values = scope[pk]
        if tuple(getattr(child, f) for f in SCOPE_FIELDS) != values:
            for field, value in zip(SCOPE_FIELDS, values, strict=True):
                setattr(child, field, value)
            moved.append(child)
    Child.objects.bulk_update(moved, list(SCOPE_FIELDS), batch_size=BATCH)
    return len(changed)


def with_status(queryset: QuerySet[StoredDuty], today: dt.date) -> QuerySet[StoredDuty]:
    """`queryset` with `status`: the settled status as stored, else overdue (due before today),
    due soon (within DUE_SOON_WORKING_DAYS working days) or open, computed by the database.
    England's calendar is built once per process (`england()`): building one costs ~50 ms."""
    horizon = england().add_working_days(today, DUE_SOON_WORKING_DAYS)
    return queryset.annotate(
        status=Case(
            When(settled_status__isnull=False, then=F("settled_status")),
            When(due__lt=today, then=Value("overdue")),
            When(due__lte=horizon, then=Value("due_soon")),
            default=Value("open"),
            output_field=CharField(),
        )
    )


def my_work(today: dt.date) -> Q:
    """The duties of "my work": overdue, or due within the next 10 working days."""
    horizon = england().add_working_days(today, DUE_SOON_WORKING_DAYS)
    return Q(settled_status__isnull=True, due__lte=horizon)
