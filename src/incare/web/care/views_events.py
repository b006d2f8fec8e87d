"""Pages that record care events (entering care, moves, legal status, leaving care) and the
rest of the record (reviews, visits, care plans, SDQs, dental checks, immunisations, health
summaries).

Every page asks the policy first (403 for a role that may never record this), then the child's
scope (404), records the view of the form in the audit trail, and on a valid form calls one
service. A form saved from an older version of the child's record gets 409 with what was typed
kept; input a rule refuses gets 400 with the GOV.UK error summary; a saved form redirects to the
child's record with a message saying what changed in the duties.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from incare.interop.ssda903.postcodes import STORE_FILE
from incare.services import care_events, care_records
from incare.services.care_events import History, Recorded
from incare.services.child_changes import InvalidChange, StaleRecord
from incare.services.policy import Permission
from incare.web.care import forms_events as forms
from incare.web.children.models import Child
from incare.web.pages.access import actor, child_for, membership_for, record_event
from incare.web.pages.requests import today


def postcodes() -> Any:
    """The postcode store (`incare reference load-postcodes`), else the bundled sample."""
    return care_events.postcode_store(settings.VAR / STORE_FILE)


@dataclass(frozen=True, slots=True)
class Page:
    title: str
    permission: Permission
    form: type[forms.ChildForm]
    template: str
    save: Callable[..., Recorded]
    extra: Callable[[], dict[str, Any]] = field(default=dict)
    initial: Callable[[Child], dict[str, Any]] = field(default=lambda child: {})


def _with_postcodes() -> dict[str, Any]:
    return {"postcodes": postcodes()}


def _immunisations(child: Child) -> dict[str, Any]:
    state = child.immunisations_up_to_date
    return {} if state is None else {"up_to_date": "yes" if state else "no"}


EVENT, CARE, REVIEW = Permission.RECORD_CARE_EVENT, Permission.RECORD_CARE, Permission.RECORD_REVIEW
PAGES = {
    "enter": Page("Record that care began", EVENT, forms.EnterCareForm, "care/events/enter.html",
                  care_events.enter_care, _with_postcodes),
    "move": Page("Record a change of placement", EVENT, forms.MoveForm, "care/events/move.html",
                 care_events.change_placement, _with_postcodes),
    "legal_status": Page("Record a change of legal status", EVENT, forms.LegalStatusForm,
                         "care/events/legal_status.html", care_events.change_legal_status,
                         _with_postcodes),
    "cease": Page("Record that care ended", EVENT, forms.CeaseForm, "care/events/cease.html",
                  care_events.cease_care),
    "review": Page("Record a review", REVIEW, forms.ReviewForm, "care/events/review.html",
                   care_records.record_review),
    "visit": Page("Record a social worker visit", CARE, forms.VisitForm,
                  "care/events/visit.html", care_records.record_visit),
    "care_plan": Page("Record a care plan", CARE, forms.CarePlanForm,
                      "care/events/care_plan.html", care_records.record_care_plan),
    "sdq": Page("Record a strengths and difficulties questionnaire", CARE, forms.SdqForm,
                "care/events/sdq.html", care_records.record_sdq),
    "dental": Page("Record a dental check", CARE, forms.DentalForm, "care/events/dental.html",
                   care_records.record_dental_check),
    "immunisations": Page("Record immunisation status", CARE, forms.ImmunisationsForm,
                          "care/events/immunisations.html", care_records.record_immunisations,
                          initial=_immunisations),
    "health_summary": Page("Record a health summary", CARE, forms.HealthSummaryForm,
                           "care/events/health_summary.html",
                           care_records.record_health_summary),
}  # fmt: skip


def _page(request: HttpRequest, child_id: int, page: Page) -> HttpResponse:
    membership = membership_for(request, page.permission)
    child = child_for(membership, child_id)
    stale = None
    status = 200
    if request.method == "POST":
        form = page.form(request.POST)
        status = 400
        if form.is_valid():
            try:
                result = page.save(
                    child_id=child.pk,
                    version=form.cleaned_data["version"],
                    actor=actor(request, membership),
                    **forms.cleaned(form),
                    **page.extra(),
                )
            except StaleRecord as error:
                # Keep what was typed; the form now carries the version the user can check
                # on the record, so that saving again after checking goes through.
                stale, status = str(error), 409
                data = request.POST.copy()
                data["version"] = str(child.version)
                form = page.form(data)
                form.is_valid()
            except InvalidChange as error:
                for name, message in error.errors.items():
                    form.add_error(name if name in form.fields else None, message)
            else:
                messages.success(request, result.message)
                return redirect("child-record", child_id=child.pk)
    else:
        form = page.form(initial={"version": child.version, **page.initial(child)})
        record_event(request, membership, "view", f"form: {page.title.lower()}", child=child)
    day = today()
    history = History.of(child, day)
    context = {
        "title": page.title,
        "child": child,
        "form": form,
        "errors": form.error_list() if form.is_bound else [],
        "stale": stale,
        "today": day,
        "open_episode": history.open_episode,
        "open_period": history.open_period,
        "last_period": history.periods[-1] if history.periods else None,
        "labels": {
            "legal_status": forms.LEGAL_STATUSES,
            "placement": forms.PLACEMENTS,
        },
    }
    return render(request, page.template, context, status=status)


@require_http_methods(["GET", "POST"])
def enter_care(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["enter"])


@require_http_methods(["GET", "POST"])
def change_placement(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["move"])


@require_http_methods(["GET", "POST"])
def change_legal_status(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["legal_status"])


@require_http_methods(["GET", "POST"])
def cease_care(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["cease"])


@require_http_methods(["GET", "POST"])
def review(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["review"])


@require_http_methods(["GET", "POST"])
def visit(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["visit"])


@require_http_methods(["GET", "POST"])
def care_plan(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["care_plan"])


@require_http_methods(["GET", "POST"])
def sdq(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["sdq"])


@require_http_methods(["GET", "POST"])
def dental_check(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["dental"])


@require_http_methods(["GET", "POST"])
def immunisations(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["immunisations"])


@require_http_methods(["GET", "POST"])
def health_summary(request: HttpRequest, child_id: int) -> HttpResponse:
    return _page(request, child_id, PAGES["health_summary"])
