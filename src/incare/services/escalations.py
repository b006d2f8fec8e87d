"""The missed-appointment escalation ladder of each open health assessment request, stored as
tasks so that each appears in the worklist of the person it is addressed to.

`refresh(child_id, today)` recomputes the tasks from the facts (appointments, outcomes, closing
actions) with `incare.domain.escalation` and replaces them; it runs in the transaction that
changed those facts. Statuses (open, overdue, closed, closed late) are derived in the query.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from django.db.models import Case, CharField, F, Q, QuerySet, Value, When

from incare.domain.calendar import WorkingDayCalendar
from incare.domain.escalation import (
    AppointmentOutcome,
    AssessmentKind,
    LadderResult,
    Outcome,
    Role,
    escalation_ladder,
)
from incare.services import policy
from incare.web.care.models import AssessmentRequest, EscalationTask
from incare.web.duties.models import StoredDuty
from incare.web.people.models import Membership

CALENDAR = WorkingDayCalendar()
TASK_FIELDS = ("step", "addressed_to", "reason", "raised", "due", "closed", "panel_exception")


def statutory_due(request: AssessmentRequest) -> dt.date:
    """The due date of the IHA or RHA duty the request answers: the first of that kind still
    unmet on the day it was requested, else the last of that kind, else the request date."""
    duties = StoredDuty.objects.filter(child_id=request.child_id, code=request.kind)
    unmet = duties.filter(Q(met__isnull=True) | Q(met__gte=request.requested_on)).order_by("due")
    found = unmet.first() or duties.order_by("-due").first()
    return found.due if found is not None else request.requested_on


def ladder(request: AssessmentRequest, today: dt.date) -> LadderResult:
    outcomes = [
        AppointmentOutcome(a.date, cast(Outcome, a.outcome))
        for a in request.appointments.exclude(outcome="").order_by("date")
    ]
    closed = {cast(Role, a.addressed_to): a.closed_on for a in request.escalation_actions.all()}
    return escalation_ladder(
        outcomes,
        kind=cast(AssessmentKind, request.kind),
        statutory_due=statutory_due(request),
        calendar=CALENDAR,
        as_at=today,
        closed=closed,
    )


def refresh(child_id: int, today: dt.date) -> int:
    """Replace the child's stored escalation tasks; returns how many there are now."""
    EscalationTask.objects.filter(child_id=child_id).delete()
    tasks = []
    for request in AssessmentRequest.objects.filter(child_id=child_id).prefetch_related(
        "appointments", "escalation_actions"
    ):
        for task in ladder(request, today).tasks:
            fields = {f: getattr(task, f) for f in TASK_FIELDS}
            tasks.append(EscalationTask(request=request, child_id=child_id, **fields))
    EscalationTask.objects.bulk_create(tasks)
    return len(tasks)


def with_status(tasks: QuerySet[EscalationTask], today: dt.date) -> QuerySet[EscalationTask]:
    """Tasks with `status`: closed or closed late when closed, else overdue or open."""
    return tasks.annotate(
        status=Case(
            When(closed__isnull=False, closed__lte=F("due"), then=Value("closed")),
            When(closed__isnull=False, then=Value("closed_late")),
            When(due__lt=today, then=Value("overdue")),
            default=Value("open"),
            output_field=CharField(),
        )
    )


def closable(membership: Membership, today: dt.date) -> set[int]:
    """The ids of the open steps the membership may close (policy.escalation_tasks)."""
    return set(
        policy.escalation_tasks(membership, today)
        .filter(closed__isnull=True)
        .values_list("pk", flat=True)
    )


def of_child(child_id: int, today: dt.date) -> QuerySet[EscalationTask]:
    """Every escalation step of the child's requests, open and closed, by due date."""
    tasks = EscalationTask.objects.filter(child_id=child_id).select_related("request")
    return with_status(tasks, today).order_by("due", "pk")
