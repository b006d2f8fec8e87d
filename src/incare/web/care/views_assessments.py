"""Pages of the health assessment journey and of the missed-appointment escalation ladder
(issue 5 §3 and §4): thin views that ask the policy, call `incare.services.assessments` and
render.

A role that may never do the thing gets 403; a child, request or escalation step outside the
membership's scope gets 404 (a provider's LAC team reaches only the requests made to its own
provider). Forms post the child's version; a save after someone else's is refused with 409 and
the user's input kept; bad input is shown with the GOV.UK error summary (400), nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from incare.domain.escalation import REFUSAL_ALTERNATIVES
from incare.services import assessments, escalations
from incare.services.child_changes import Actor, InvalidChange, StaleRecord
from incare.services.policy import Permission
from incare.web.care.models import Appointment, AssessmentRequest
from incare.web.children.models import Child
from incare.web.pages.access import actor, child_for, membership_for, permissions, record_event
from incare.web.pages.requests import today
from incare.web.people.models import Membership


def _version(data: Mapping[str, str]) -> int:
    """The child's version the form was opened at; a missing one can only be stale."""
    try:
        return int(data.get("version", ""))
    except ValueError:
        return -1


def _visible(membership: Membership, request_id: int) -> AssessmentRequest:
    found = (
        assessments.visible_requests(membership, today())
        .filter(pk=request_id)
        .select_related("child", "child__council", "provider")
        .first()
    )
    if found is None:
        raise Http404("No such assessment request")
    return found


# -- The child's requests ---------------------------------------------------------------------


@require_GET
def child_assessments(request: HttpRequest, child_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.VIEW_RECORD)
    child = child_for(membership, child_id)
    record_event(request, membership, "view", "health assessment requests", child=child)
    return _child_page(request, membership, child)


def _child_page(
    request: HttpRequest,
    membership: Membership,
    child: Child,
    *,
    values: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
    stale: str = "",
    status: int = 200,
) -> HttpResponse:
    day = today()
    default = assessments.default_provider(child)
    form = values or {
        "kind": "",
        "provider_ods": default.pk if default is not None else "",
        "requested_on": day.isoformat(),
        "version": str(child.version),
    }
    return render(
        request,
        "care/assessments/child.html",
        {
            "child": child,
            "states": assessments.states(
                assessments.visible_requests(membership, day).filter(child=child), day
            ),
            "can": permissions(membership),
            "kinds": AssessmentRequest.Kind.choices,
            "providers": assessments.providers_for(child),
            "default_provider": default,
            "values": form,
            "errors": errors or {},
            "stale": stale,
            "today": day,
        },
        status=status,
    )


@require_POST
def request_assessment(request: HttpRequest, child_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.REQUEST_ASSESSMENT)
    child = child_for(membership, child_id)
    data = request.POST
    try:
        dates = assessments.parse_dates(data, ("requested_on",))
        requested_on = dates["requested_on"]
        assert requested_on is not None
        made = assessments.request_assessment(
            child_id=child.pk, version=_version(data), actor=actor(request, membership),
            kind=data.get("kind", ""), provider_ods=data.get("provider_ods", ""),
            requested_on=requested_on,
        )  # fmt: skip
    except assessments.NotFound as error:
        raise Http404(str(error)) from None
    except InvalidChange as error:
        return _child_page(request, membership, child, values=data, errors=error.errors, status=400)
    except StaleRecord as error:
        child.refresh_from_db()
        kept = data.copy()
        kept["version"] = str(child.version)
        return _child_page(request, membership, child, values=kept, stale=str(error), status=409)
    messages.success(request, f"{made.kind} requested from {made.provider.name}")
    return redirect("assessment-detail", request_id=made.pk)


# -- One request: its steps and the forms of the journey ---------------------------------------


@require_GET
def request_detail(request: HttpRequest, request_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.VIEW_RECORD)
    found = _visible(membership, request_id)
    record_event(
        request, membership, "view", "health assessment request", child=found.child,
        detail={"request": found.pk},
    )  # fmt: skip
    return _detail_page(request, membership, found)


def _detail_page(
    request: HttpRequest,
    membership: Membership,
    found: AssessmentRequest,
    *,
    form: str = "",
    values: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
    stale: str = "",
    status: int = 200,
) -> HttpResponse:
    day = today()
    current = assessments.state(found, day)
    closable = escalations.closable(membership, day)
    version = (values or {}).get("version") or str(found.child.version)
    return render(
        request,
        "care/assessments/detail.html",
        {
            "state": current,
            "req": current.request,
            "child": found.child,
            "can": permissions(membership),
            "closable": closable,
            "outcomes": Appointment.Outcome.choices,
            "clinicians": AssessmentRequest.Clinician.choices,
            "alternatives": REFUSAL_ALTERNATIVES,
            "form": form,
            "values_for": {form: values} if form and values is not None else {},
            "errors_for": {form: errors} if form and errors else {},
            "errors": errors or {},
            "stale": stale,
            "version": version,
            "today": day,
        },
        status=status,
    )


Step = Callable[[Mapping[str, str], Actor, int], object]


def _attempt(
    request: HttpRequest,
    membership: Membership,
    found: AssessmentRequest,
    form: str,
    step: Step,
    done: str,
) -> HttpResponse:
    """Run one step of the journey from a form on the request's page; re-show the page with
    the user's input and the errors (400) or the conflict (409) when it is refused."""
    data = request.POST
    try:
        step(data, actor(request, membership), _version(data))
    except assessments.NotFound as error:
        raise Http404(str(error)) from None
    except InvalidChange as error:
        return _detail_page(
            request, membership, found, form=form, values=data, errors=error.errors, status=400
        )
    except StaleRecord as error:
        found.child.refresh_from_db()
        kept = data.copy()
        kept["version"] = str(found.child.version)
        return _detail_page(
            request, membership, found, form=form, values=kept, stale=str(error), status=409
        )
    messages.success(request, done)
    return redirect("assessment-detail", request_id=found.pk)


@require_POST
def book(request: HttpRequest, request_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.RECORD_ASSESSMENT)
    found = _visible(membership, request_id)

    def step(data: Mapping[str, str], who: Actor, version: int) -> object:
        date = assessments.parse_dates(data, ("date",))["date"]
        assert date is not None
        return assessments.book_appointment(
            request_id=found.pk, version=version, actor=who, date=date
        )

    return _attempt(request, membership, found, "book", step, "Appointment booked")


@require_POST
def outcome(request: HttpRequest, request_id: int, appointment_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.RECORD_ASSESSMENT)
    found = _visible(membership, request_id)
    if not Appointment.objects.filter(pk=appointment_id, request=found).exists():
        raise Http404("No such appointment")

    def step(data: Mapping[str, str], who: Actor, version: int) -> object:
        return assessments.record_outcome(
            appointment_id=appointment_id, version=version, actor=who,
            outcome=data.get("outcome", ""),
            young_persons_views=data.get("young_persons_views", ""),
        )  # fmt: skip

    return _attempt(request, membership, found, "outcome", step, "Outcome recorded")


@require_POST
def complete(request: HttpRequest, request_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.RECORD_ASSESSMENT)
    found = _visible(membership, request_id)

    def step(data: Mapping[str, str], who: Actor, version: int) -> object:
        completed_on = assessments.parse_dates(data, ("completed_on",))["completed_on"]
        assert completed_on is not None
        return assessments.complete_assessment(
            request_id=found.pk, version=version, actor=who, completed_on=completed_on,
            clinician_name=data.get("clinician_name", ""),
            clinician_role=data.get("clinician_role", ""),
        )  # fmt: skip

    return _attempt(request, membership, found, "complete", step, "Assessment completed")


@require_POST
def report(request: HttpRequest, request_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.QUALITY_ASSURE)
    found = _visible(membership, request_id)

    def step(data: Mapping[str, str], who: Actor, version: int) -> object:
        dates = assessments.parse_dates(
            data,
            ("received_on", "quality_assured_on", "health_plan_updated_on"),
            optional=("quality_assured_on", "health_plan_updated_on"),
        )
        received_on = dates["received_on"]
        assert received_on is not None
        return assessments.receive_report(
            request_id=found.pk, version=version, actor=who, received_on=received_on,
            quality_assured_on=dates["quality_assured_on"],
            health_plan_updated_on=dates["health_plan_updated_on"],
        )  # fmt: skip

    return _attempt(request, membership, found, "report", step, "Report recorded")


# -- The provider's requests ------------------------------------------------------------------


@require_GET
def provider_requests(request: HttpRequest) -> HttpResponse:
    """The requests made to the membership's provider, open first."""
    membership = membership_for(request, Permission.RECORD_ASSESSMENT)
    day = today()
    rows = assessments.states(assessments.visible_requests(membership, day), day)
    return render(
        request,
        "care/assessments/provider_list.html",
        {"states": rows, "provider": membership.provider, "today": day},
    )


# -- Closing a step of the escalation ladder --------------------------------------------------


@require_http_methods(["GET", "POST"])
def close_escalation(request: HttpRequest, request_id: int, addressed_to: str) -> HttpResponse:
    membership = membership_for(request, Permission.CLOSE_ESCALATION)
    who = actor(request, membership)
    try:
        task = assessments.open_task(who, request_id, addressed_to)
    except assessments.NotFound as error:
        raise Http404(str(error)) from None
    context: dict[str, Any] = {
        "task": task,
        "child": task.child,
        "values": {"version": str(task.child.version), "closed_on": who.today.isoformat()},
        "errors": {},
        "stale": "",
        "today": who.today,
    }
    if request.method == "GET":
        record_event(
            request, membership, "view", "escalation step", child=task.child,
            detail={"request": request_id, "addressed_to": addressed_to},
        )  # fmt: skip
        return render(request, "care/assessments/close.html", context)
    data = request.POST
    try:
        closed_on = assessments.parse_dates(data, ("closed_on",))["closed_on"]
        assert closed_on is not None
        assessments.close_escalation(
            request_id=request_id, version=_version(data), actor=who, addressed_to=addressed_to,
            action=data.get("action", ""), closed_on=closed_on,
        )  # fmt: skip
    except assessments.NotFound as error:
        raise Http404(str(error)) from None
    except InvalidChange as error:
        context.update(values=data, errors=error.errors)
        return render(request, "care/assessments/close.html", context, status=400)
    except StaleRecord as error:
        task.child.refresh_from_db()
        kept = data.copy()
        kept["version"] = str(task.child.version)
        context.update(values=kept, stale=str(error))
        return render(request, "care/assessments/close.html", context, status=409)
    messages.success(request, f"Action recorded: the step for {task.child.name} is closed")
    return redirect("my-work")
