"""The health assessment journey (issue 5 §3) and the closing of missed-appointment escalation
steps (§4).

The council requests an initial (IHA) or review (RHA) health assessment from a provider; the
provider's LAC health team books an appointment and records its outcome (attended, was not
brought, did not attend, cancelled by the provider, refused by a young person of sufficient
understanding); a clinician completes the assessment (a doctor for an IHA); the council
receives the report, quality-assures it and updates the health plan. A completed request meets
the IHA or RHA duty (`stored_duties`), a refused appointment discharges it as refused, and each
missed appointment climbs the escalation ladder (`escalations`, over
`incare.domain.escalation`), whose steps the people they are addressed to close by recording
the action they took.

Every function is one thing a user does, keyword-only, inside `change_child`: one transaction
that checks the version the user's form was opened at, recomputes the child's duties and
escalation tasks and writes the audit trail. Bad input raises `InvalidChange` with a message
per form field and changes nothing. Who may do what is `policy`'s: each function checks it
again (the views check first), so that no other caller can skip it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q, QuerySet

from incare.domain.escalation import OUTCOMES, REFUSAL_ALTERNATIVES, REFUSED
from incare.services import escalations, policy
from incare.services.child_changes import Actor, InvalidChange, change_child
from incare.services.policy import Permission
from incare.web.care.models import Appointment, AssessmentRequest, EscalationAction, EscalationTask
from incare.web.children.models import Child, Episode, Referral
from incare.web.organisations.models import Provider
from incare.web.people.models import Membership, Role

KINDS: Final = tuple(AssessmentRequest.Kind.values)
CLINICIAN_ROLES: Final = tuple(AssessmentRequest.Clinician.values)
BOOKING_HORIZON_DAYS: Final = 366  # ours: a booking more than a year ahead is a typing mistake

IHA_BY_A_DOCTOR: Final = (
    "An initial health assessment must be completed by a registered medical practitioner "
    "(a doctor): the Care Planning, Placement and Case Review (England) Regulations 2010, "
    "regulation 7(1) and Schedule 1. A nurse may complete a review health assessment."
)

# How each date field is named in messages ("Enter the date the report was received").
DATE_LABELS: Final[Mapping[str, str]] = {
    "requested_on": "the date the assessment was requested",
    "date": "the appointment date",
    "completed_on": "the date the assessment was completed",
    "received_on": "the date the report was received",
    "quality_assured_on": "the date the report was quality-assured",
    "health_plan_updated_on": "the date the health plan was updated",
    "closed_on": "the date the action was taken",
}


class NotFound(LookupError):
    """The request, appointment or escalation step is not one the membership reaches: the
    pages answer 404, as for a child outside its scope."""


# -- What a membership reaches ----------------------------------------------------------------


def visible_requests(membership: Membership, today: dt.date) -> QuerySet[AssessmentRequest]:
    """The assessment requests of the children the membership reaches (`policy.children`);
    a provider's LAC team only the requests made to its own provider."""
    found = AssessmentRequest.objects.filter(child__in=policy.children(membership, today))
    if membership.role == Role.PROVIDER_LAC_TEAM:
        found = found.filter(provider_id=membership.provider_id)
    return found


def _require(actor: Actor, permission: Permission) -> None:
    if not policy.has(actor.membership, permission):
        raise PermissionDenied


def _request(actor: Actor, request_id: int) -> AssessmentRequest:
    found = visible_requests(actor.membership, actor.today).filter(pk=request_id).first()
    if found is None:
        raise NotFound("No such assessment request")
    return found


# -- Dates -------------------------------------------------------------------------------------


def parse_dates(
    data: Mapping[str, str], fields: tuple[str, ...], *, optional: tuple[str, ...] = ()
) -> dict[str, dt.date | None]:
    """The date fields of a form (YYYY-MM-DD, as a `type="date"` input sends them), or
    `InvalidChange` naming every field that is missing or not a real date."""
    values: dict[str, dt.date | None] = {}
    errors: dict[str, str] = {}
    for field in fields:
        text = (data.get(field) or "").strip()
        label = DATE_LABELS[field]
        if not text:
            if field in optional:
                values[field] = None
            else:
                errors[field] = f"Enter {label}"
            continue
        try:
            values[field] = dt.date.fromisoformat(text)
        except ValueError:
            errors[field] = (
                f"{label[0].upper()}{label[1:]} must be a real date, like 2026-09-07 "
                "(year, month, day)"
            )
    if errors:
        raise InvalidChange(errors)
    return values


def _not_future(field: str, day: dt.date, today: dt.date, errors: dict[str, str]) -> None:
    if day > today:
        label = DATE_LABELS[field]
        errors[field] = f"{label[0].upper()}{label[1:]} must be today or in the past"


def _not_before(
    field: str, day: dt.date, earliest: dt.date, what: str, errors: dict[str, str]
) -> None:
    if day < earliest and field not in errors:
        label = DATE_LABELS[field]
        errors[field] = f"{label[0].upper()}{label[1:]} cannot be before {what} ({_day(earliest)})"


def _day(day: dt.date) -> str:
    """A date as the pages write it: 7 September 2026."""
    return f"{day.day} {day:%B %Y}"


def _check(errors: dict[str, str]) -> None:
    if errors:
        raise InvalidChange(errors)


# -- The state of a request, as the pages show it ----------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestState:
    """One request with its appointments (by date) and escalation tasks (with `status`)."""

    request: AssessmentRequest
    appointments: tuple[Appointment, ...]
    tasks: tuple[EscalationTask, ...]

    @property
    def pending(self) -> Appointment | None:
        """The booked appointment whose outcome is not recorded yet."""
        return next((a for a in self.appointments if not a.outcome), None)

    @property
    def attended(self) -> Appointment | None:
        return next(
            (a for a in self.appointments if a.outcome == Appointment.Outcome.ATTENDED), None
        )

    @property
    def refused(self) -> Appointment | None:
        return next((a for a in self.appointments if a.outcome == REFUSED), None)

    @property
    def misses(self) -> int:
        return sum(
            a.outcome in (Appointment.Outcome.WAS_NOT_BROUGHT, Appointment.Outcome.DID_NOT_ATTEND)
            for a in self.appointments
        )

    @property
    def is_open(self) -> bool:
        """Not completed and not ended by a refusal: a new request of the kind must wait."""
        return self.request.completed_on is None and self.refused is None

    @property
    def may_book(self) -> bool:
        return self.is_open and self.attended is None and self.pending is None

    @property
    def may_complete(self) -> bool:
        return self.request.completed_on is None and self.attended is not None

    @property
    def open_tasks(self) -> tuple[EscalationTask, ...]:
        return tuple(t for t in self.tasks if t.closed is None)

    @property
    def stage(self) -> str:
        r = self.request
        if r.health_plan_updated_on is not None:
            return "Health plan updated"
        if r.quality_assured_on is not None:
            return "Report quality-assured"
        if r.report_received_on is not None:
            return "Report received"
        if r.completed_on is not None:
            return "Completed"
        if self.refused is not None:
            return "Refused"
        if self.attended is not None:
            return "Attended"
        if self.pending is not None:
            return "Booked"
        return "Requested"

    @property
    def alternatives(self) -> tuple[str, ...]:
        """What to offer a young person who refused (`REFUSAL_ALTERNATIVES`), if they did."""
        return REFUSAL_ALTERNATIVES if self.refused is not None else ()


def states(requests: QuerySet[AssessmentRequest], today: dt.date) -> list[RequestState]:
    """The requests as the pages show them: open first, then the newest first."""
    rows = requests.select_related("child", "child__council", "provider").prefetch_related(
        "appointments"
    )
    tasks: dict[int, list[EscalationTask]] = {}
    found = escalations.with_status(
        EscalationTask.objects.filter(request__in=[r.pk for r in rows]), today
    ).order_by("step", "raised", "pk")
    for task in found:
        tasks.setdefault(task.request_id, []).append(task)
    result = [
        RequestState(
            r, tuple(sorted(r.appointments.all(), key=lambda a: a.date)), tuple(tasks.get(r.pk, ()))
        )
        for r in rows
    ]
    result.sort(key=lambda s: (s.request.requested_on, s.request.pk), reverse=True)
    result.sort(key=lambda s: not s.is_open)
    return result


def state(request: AssessmentRequest, today: dt.date) -> RequestState:
    return states(AssessmentRequest.objects.filter(pk=request.pk), today)[0]


# -- Who is asked -----------------------------------------------------------------------------


def providers_for(child: Child) -> QuerySet[Provider]:
    """The providers a request for the child is likely to go to: those of the host and the
    originating ICB's areas, and those the child is referred to."""
    areas = [code for code in (child.host_icb, child.originating_icb) if code]
    return (
        Provider.objects.filter(Q(icb_ods_code__in=areas) | Q(referrals__child=child))
        .distinct()
        .order_by("name", "ods_code")
    )


def default_provider(child: Child) -> Provider | None:
    """The provider asked unless the council chooses another: the host area's when the child
    is placed out of area (the host ICB's provider does the assessment; the originating ICB
    pays: Who Pays? 2022, duties.md §4), else the originating area's.

    Interpretation: several providers may serve one ICB's area; the one the child is already
    referred to is preferred, else the first by name. None when no provider of that area is
    known (the council chooses one)."""
    area = child.host_icb if child.out_of_area and child.host_icb else child.originating_icb
    if not area:
        return None
    candidates = Provider.objects.filter(icb_ods_code=area).order_by("name", "ods_code")
    referred = candidates.filter(referrals__child=child, referrals__end__isnull=True).first()
    return referred or candidates.first()


def _open_request(child_id: int, kind: str) -> AssessmentRequest | None:
    """The child's request of `kind` that is neither completed nor ended by a refusal."""
    return (
        AssessmentRequest.objects.filter(child_id=child_id, kind=kind, completed_on__isnull=True)
        .exclude(appointments__outcome=REFUSED)
        .select_related("provider")
        .first()
    )


def _in_care_on(child_id: int, day: dt.date) -> bool:
    return Episode.objects.filter(
        Q(end__isnull=True) | Q(end__gte=day), child_id=child_id, start__lte=day
    ).exists()


# -- What users do ----------------------------------------------------------------------------


def request_assessment(
    *,
    child_id: int,
    version: int,
    actor: Actor,
    kind: str,
    provider_ods: str,
    requested_on: dt.date,
) -> AssessmentRequest:
    """The council asks a provider for an IHA or RHA; the child is referred to the provider
    (so that its LAC team reaches the child) if not already.

    One open request of each kind at a time; the request is dated today or earlier, while the
    child is in care. A blank `provider_ods` asks the `default_provider`."""
    _require(actor, Permission.REQUEST_ASSESSMENT)
    if not policy.children(actor.membership, actor.today).filter(pk=child_id).exists():
        raise NotFound("No such child")
    detail: dict[str, object] = {"kind": kind, "provider": provider_ods}
    with change_child(
        child_id, version=version, actor=actor, what="health assessment requested", detail=detail
    ) as child:
        errors: dict[str, str] = {}
        if kind not in KINDS:
            errors["kind"] = "Select whether this is an initial or a review health assessment"
        else:
            already = _open_request(child_id, kind)
            if already is not None:
                errors["kind"] = (
                    f"An {kind} was already requested from {already.provider.name} on "
                    f"{_day(already.requested_on)} and is not completed: record its "
                    "appointments on that request"
                )
        provider = (
            Provider.objects.filter(pk=provider_ods.strip()).first()
            if provider_ods.strip()
            else default_provider(child)
        )
        if provider is None:
            errors["provider_ods"] = (
                "Select the provider to ask"
                if not provider_ods.strip()
                else "Select a provider from the list"
            )
        _not_future("requested_on", requested_on, actor.today, errors)
        if "requested_on" not in errors and not _in_care_on(child_id, requested_on):
            errors["requested_on"] = (
                f"{child.name} was not in care on {_day(requested_on)}: a health assessment "
                "is requested for a child in care"
            )
        _check(errors)
        assert provider is not None
        created = AssessmentRequest.objects.create(
            child=child,
            kind=kind,
            provider=provider,
            requested_on=requested_on,
            requested_by=actor.user,
        )
        referred = Referral.objects.filter(
            Q(end__isnull=True) | Q(end__gte=actor.today),
            child=child,
            provider=provider,
            start__lte=actor.today,
        )
        if not referred.exists():
            Referral.objects.create(child=child, provider=provider, start=requested_on)
        detail["request"] = created.pk
        detail["provider"] = provider.pk
    return created


def book_appointment(*, request_id: int, version: int, actor: Actor, date: dt.date) -> Appointment:
    """The provider books an appointment for a request (a booking may be in the future).

    Interpretation: one booked appointment at a time, after the request and after every
    earlier appointment; a moved appointment is recorded as cancelled by the provider first."""
    _require(actor, Permission.RECORD_ASSESSMENT)
    request = _request(actor, request_id)
    detail: dict[str, object] = {"request": request.pk, "kind": request.kind}
    with change_child(
        request.child_id, version=version, actor=actor, what="health assessment appointment booked",
        detail=detail,
    ):  # fmt: skip
        current = state(request, actor.today)
        errors: dict[str, str] = {}
        if not current.is_open or current.attended is not None:
            errors["date"] = (
                f"The child was already seen or refused ({current.stage.lower()}): no more "
                "appointments can be booked for this request"
            )
        elif current.pending is not None:
            errors["date"] = (
                f"Record the outcome of the appointment on {_day(current.pending.date)} "
                "first (if it was moved, record it as cancelled by the provider)"
            )
        _not_before("date", date, request.requested_on, "the request", errors)
        if current.appointments and "date" not in errors:
            last = current.appointments[-1].date
            if date <= last:
                errors["date"] = (
                    f"The appointment date must be after the last appointment ({_day(last)})"
                )
        if date > actor.today + dt.timedelta(days=BOOKING_HORIZON_DAYS) and "date" not in errors:
            errors["date"] = "The appointment date must be within a year from today"
        _check(errors)
        booked = Appointment.objects.create(request=request, date=date, booked_by=actor.user)
        detail["appointment"] = booked.pk
    return booked


def record_outcome(
    *,
    appointment_id: int,
    version: int,
    actor: Actor,
    outcome: str,
    young_persons_views: str = "",
) -> Appointment:
    """The provider records what happened at an appointment, on or after its day.

    A refusal by a young person of sufficient understanding is recorded with their views: it
    discharges the duty as refused and raises no escalation; the pages offer
    `REFUSAL_ALTERNATIVES`. A child not brought (WNB) or who did not attend (DNA) climbs the
    escalation ladder; an appointment the provider cancelled does not."""
    _require(actor, Permission.RECORD_ASSESSMENT)
    appointment = Appointment.objects.filter(pk=appointment_id).first()
    if appointment is None:
        raise NotFound("No such appointment")
    request = _request(actor, appointment.request_id)
    detail: dict[str, object] = {
        "request": request.pk, "appointment": appointment.pk, "outcome": outcome,
    }  # fmt: skip
    with change_child(
        request.child_id, version=version, actor=actor,
        what="health assessment appointment outcome recorded", detail=detail,
    ):  # fmt: skip
        appointment.refresh_from_db()
        errors: dict[str, str] = {}
        views = young_persons_views.strip()
        if appointment.outcome:
            errors["outcome"] = (
                f"The outcome of this appointment was already recorded "
                f"({appointment.get_outcome_display().lower()})"
            )
        elif outcome not in OUTCOMES:
            errors["outcome"] = "Select what happened at the appointment"
        elif appointment.date > actor.today:
            errors["outcome"] = (
                f"The appointment is on {_day(appointment.date)}: record its outcome on "
                "or after that day"
            )
        elif request.completed_on is not None:
            errors["outcome"] = "This assessment is already completed"
        if outcome == REFUSED and not views:
            errors["young_persons_views"] = (
                "Enter the young person's views, in their own words: a refusal is recorded "
                "with them"
            )
        _check(errors)
        appointment.outcome = outcome
        appointment.young_persons_views = views
        appointment.save(update_fields=["outcome", "young_persons_views"])
    return appointment


def complete_assessment(
    *,
    request_id: int,
    version: int,
    actor: Actor,
    completed_on: dt.date,
    clinician_name: str,
    clinician_role: str,
) -> AssessmentRequest:
    """The provider records the assessment completed by a clinician: this meets the IHA or
    RHA duty. An IHA must be completed by a doctor (CPPCR 2010 reg 7(1) and Schedule 1).

    Interpretation: the child attended an appointment of this request on or before the day
    the assessment is completed."""
    _require(actor, Permission.RECORD_ASSESSMENT)
    request = _request(actor, request_id)
    detail = {"request": request.pk, "kind": request.kind, "clinician_role": clinician_role}
    with change_child(
        request.child_id, version=version, actor=actor, what="health assessment completed",
        detail=detail,
    ):  # fmt: skip
        current = state(request, actor.today)
        request = current.request
        errors: dict[str, str] = {}
        attended = current.attended
        if request.completed_on is not None:
            errors["completed_on"] = (
                f"This assessment was already completed on {_day(request.completed_on)}"
            )
        elif attended is None:
            errors["completed_on"] = (
                "Record the appointment the child attended first: an assessment is completed "
                "after the child is seen"
            )
        _not_future("completed_on", completed_on, actor.today, errors)
        _not_before("completed_on", completed_on, request.requested_on, "the request", errors)
        if attended is not None:
            _not_before(
                "completed_on", completed_on, attended.date, "the appointment attended", errors
            )
        if not clinician_name.strip():
            errors["clinician_name"] = "Enter the name of the clinician who did the assessment"
        if clinician_role not in CLINICIAN_ROLES:
            errors["clinician_role"] = "Select the clinician's profession"
        elif request.kind == AssessmentRequest.Kind.IHA and clinician_role != "doctor":
            errors["clinician_role"] = IHA_BY_A_DOCTOR
        _check(errors)
        request.completed_on = completed_on
        request.clinician_name = clinician_name.strip()
        request.clinician_role = clinician_role
        request.save(update_fields=["completed_on", "clinician_name", "clinician_role"])
    return request


def receive_report(
    *,
    request_id: int,
    version: int,
    actor: Actor,
    received_on: dt.date,
    quality_assured_on: dt.date | None,
    health_plan_updated_on: dt.date | None,
) -> AssessmentRequest:
    """The council records the report received, quality-assured and the health plan updated.

    The dates may be recorded as they happen (quality assurance and the health plan later, on
    the same form again); each is today or earlier, and comes after the one before it."""
    _require(actor, Permission.QUALITY_ASSURE)
    request = _request(actor, request_id)
    with change_child(
        request.child_id, version=version, actor=actor,
        what="health assessment report received", detail={"request": request.pk},
    ):  # fmt: skip
        request.refresh_from_db()
        errors: dict[str, str] = {}
        if request.completed_on is None:
            errors["received_on"] = (
                "The assessment is not completed yet: its report is received after it is"
            )
        else:
            _not_future("received_on", received_on, actor.today, errors)
            _not_before("received_on", received_on, request.completed_on, "the assessment", errors)
        if quality_assured_on is not None:
            _not_future("quality_assured_on", quality_assured_on, actor.today, errors)
            _not_before(
                "quality_assured_on", quality_assured_on, received_on,
                "the report was received", errors,
            )  # fmt: skip
        if health_plan_updated_on is not None:
            _not_future("health_plan_updated_on", health_plan_updated_on, actor.today, errors)
            _not_before(
                "health_plan_updated_on", health_plan_updated_on, received_on,
                "the report was received", errors,
            )  # fmt: skip
        _check(errors)
        request.report_received_on = received_on
        request.quality_assured_on = quality_assured_on
        request.health_plan_updated_on = health_plan_updated_on
        request.save(
            update_fields=["report_received_on", "quality_assured_on", "health_plan_updated_on"]
        )
    return request


def open_task(actor: Actor, request_id: int, addressed_to: str) -> EscalationTask:
    """The open escalation step of the request addressed to the actor's role, in its scope."""
    task = (
        escalations.with_status(policy.escalation_tasks(actor.membership, actor.today), actor.today)
        .filter(request_id=request_id, addressed_to=addressed_to, closed__isnull=True)
        .select_related("child", "request", "request__provider")
        .first()
    )
    if task is None:
        raise NotFound("No such escalation step")
    return task


def close_escalation(
    *,
    request_id: int,
    version: int,
    actor: Actor,
    addressed_to: str,
    action: str,
    closed_on: dt.date,
) -> EscalationAction:
    """The person a step of the ladder is addressed to closes it by recording the action
    taken; a step closed after its due date is closed late (and has raised the next step)."""
    _require(actor, Permission.CLOSE_ESCALATION)
    task = open_task(actor, request_id, addressed_to)
    detail = {"request": request_id, "addressed_to": addressed_to, "step": task.step}
    with change_child(
        task.child_id, version=version, actor=actor, what="escalation step closed", detail=detail
    ):
        errors: dict[str, str] = {}
        if not action.strip():
            errors["action"] = "Enter the action you took"
        _not_future("closed_on", closed_on, actor.today, errors)
        _not_before("closed_on", closed_on, task.raised, "the step was raised", errors)
        _check(errors)
        return EscalationAction.objects.create(
            request_id=request_id,
            addressed_to=addressed_to,
            closed_on=closed_on,
            action=action.strip(),
            closed_by=actor.user,
        )


def refresh_open_ladders(today: dt.date) -> int:
    """Recompute the escalation tasks of every child with an open request; returns how many
    children. Run daily (`incare refresh-escalations`): a step that is late raises the next
    one only when the tasks are recomputed, which otherwise happens at the child's next
    change. Statuses (open, overdue) need no refresh: they are derived in the query."""
    ids = sorted(
        set(
            AssessmentRequest.objects.filter(completed_on__isnull=True)
            .exclude(appointments__outcome__in=(REFUSED, Appointment.Outcome.ATTENDED))
            .values_list("child_id", flat=True)
        )
    )
    for child_id in ids:
        with transaction.atomic():
            escalations.refresh(child_id, today)
    return len(ids)
