"""The pages: thin views that ask the policy, call a service, record the audit event, render.

A role that may never use a page gets 403; a child outside the membership's scope gets 404, as
if it did not exist (that a child is in care is itself sensitive).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from incare.services import audit, escalations, panel, policy, records, worklist
from incare.services.policy import Permission
from incare.web.organisations.models import ICB, Council, Team
from incare.web.pages.access import child_for, membership_for, permissions, record_event
from incare.web.pages.requests import now, today
from incare.web.people.models import Membership

PAGE_SIZE = 50


@require_GET
def health(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def my_work(request: HttpRequest) -> HttpResponse:
    membership = membership_for(request, Permission.VIEW_WORKLIST)
    day = today()
    filters = worklist.Filters.from_query(request.GET)
    duties = worklist.worklist(membership, day, filters)
    tasks = list(
        escalations.with_status(policy.escalation_tasks(membership, day), day)
        .filter(closed__isnull=True)
        .select_related("child", "request")
        .order_by("due", "pk")[:50]
    )
    page = Paginator(duties, PAGE_SIZE).get_page(request.GET.get("page"))
    query = {k: v for k, v in request.GET.items() if k != "page" and v}
    context = {
        "page": page,
        "filters": filters,
        "counts": worklist.counts(membership, day),
        "statuses": worklist.STATUSES,
        "duty_names": worklist.DUTY_NAMES,
        "councils": _councils(membership),
        "teams": Team.objects.filter(council_id=membership.council_id).order_by("name")
        if membership.council_id
        else Team.objects.none(),
        "icbs": ICB.objects.filter(valid_to__isnull=True).order_by("name"),
        "query": urlencode(query),
        "today": day,
        "gp": membership.role == "gp_practice",
        "can_export": policy.has(membership, Permission.EXPORT_WORKLIST),
        # Issue 5: escalation steps addressed to this role, and the notifications inbox.
        "tasks": tasks,
        "closable": {t.pk for t in tasks},  # every step listed is addressed to this membership
        "inbox_unacknowledged": policy.notifications(membership)
        .filter(acknowledged_on__isnull=True)
        .count(),
    }
    template = (
        "pages/htmx_worklist.html" if request.headers.get("HX-Request") else "pages/my_work.html"
    )
    return render(request, template, context)


def _councils(membership: Membership) -> Any:
    if membership.council_id:
        return Council.objects.filter(pk=membership.council_id)
    return Council.objects.filter(valid_to__isnull=True).order_by("name")


@require_GET
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    membership = membership_for(request, Permission.EXPORT_WORKLIST)
    if fmt not in ("csv", "xlsx"):
        raise Http404("No such format")
    filters = worklist.Filters.from_query(request.GET)
    try:
        rows = worklist.export_rows(worklist.worklist(membership, today(), filters))
    except worklist.ExportTooLarge as error:
        return render(request, "pages/export_too_large.html", {"error": str(error)}, status=400)
    body = worklist.to_csv(rows) if fmt == "csv" else worklist.to_xlsx(rows)
    record_event(
        request, membership, "export", f"worklist {fmt.upper()} export",
        detail={"rows": len(rows), "filters": dict(request.GET.items())},
    )  # fmt: skip
    content_type = (
        "text/csv; charset=utf-8"
        if fmt == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(body, content_type=content_type)
    name = f"incare-worklist-{today().isoformat()}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def child_record(request: HttpRequest, child_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.VIEW_RECORD)
    child = child_for(membership, child_id)
    day = today()
    record = records.child_record(child, day)
    record_event(request, membership, "view", "child record", child=child)
    return render(
        request,
        "pages/child_record.html",
        {"record": record, "today": day, "duty_names": worklist.DUTY_NAMES,
         "statuses": worklist.STATUSES, "can": permissions(membership),
         "escalation_tasks": escalations.of_child(child.pk, day),
         "closable": escalations.closable(membership, day)},
    )  # fmt: skip


@require_GET
def child_summary(request: HttpRequest, child_id: int) -> HttpResponse:
    """A GP practice's view of a registered child: the notifications addressed to it."""
    membership = membership_for(request, Permission.VIEW_GP_SUMMARY)
    child = child_for(membership, child_id)
    notifications = worklist.worklist(membership, today(), worklist.Filters(status="all")).filter(
        child=child
    )
    record_event(request, membership, "view", "child summary for the GP practice", child=child)
    return render(
        request,
        "pages/child_summary.html",
        {"child": child, "notifications": notifications, "statuses": worklist.STATUSES},
    )


@require_GET
def audit_trail(request: HttpRequest) -> HttpResponse:
    membership = membership_for(request, Permission.SEARCH_AUDIT)
    since = _date(request.GET.get("since", ""))
    until = _date(request.GET.get("until", ""))
    action = request.GET.get("action", "")
    events = audit.search(
        organisation=policy.audit_organisation(membership),
        now=now(),
        since=None if since is None else dt.datetime.combine(since, dt.time(), dt.UTC),
        until=None if until is None else dt.datetime.combine(
            until + dt.timedelta(days=1), dt.time(), dt.UTC),
        action=action if action in audit.Action.values else None,
    )  # fmt: skip
    child_ref = request.GET.get("child", "").strip()
    if child_ref:
        events = events.filter(child__child_ref=child_ref)
    user = request.GET.get("user", "").strip()
    if user:
        events = events.filter(actor_label=user)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    query = {k: v for k, v in request.GET.items() if k != "page" and v}
    return render(
        request,
        "pages/audit.html",
        {"page": page, "actions": audit.Action.choices, "params": request.GET,
         "query": urlencode(query)},
    )  # fmt: skip


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


@require_GET
def panel_report(request: HttpRequest) -> HttpResponse:
    membership = membership_for(request, Permission.VIEW_PANEL)
    council = membership.council
    if council is None:
        raise PermissionDenied
    report = panel.council_report(council, today())
    record_event(request, membership, "view", "panel report (aggregates)")
    return render(request, "pages/panel.html", {"report": report, "council": council})
