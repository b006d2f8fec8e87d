"""Notifications to the NHS (issue 5 §2): a child's notification duties with a form to record
each one sent and its letter (text or PDF); the inbox of a designated professional (ICB) or GP
practice, where the receiving organisation acknowledges what it was sent.

Permission first (403), child scope second (404); every view and export is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from incare.services import notifications
from incare.services.child_changes import InvalidChange, StaleRecord
from incare.services.notifications import long_date
from incare.services.policy import Permission
from incare.web.care.letters import letter_pdf, letter_text
from incare.web.care.models import Notification
from incare.web.children.models import Child
from incare.web.duties.models import StoredDuty
from incare.web.pages.access import (
    actor,
    child_for,
    membership_for,
    permissions,
    record_event,
)
from incare.web.pages.requests import today
from incare.web.people.models import Membership

PAGE_SIZE = 50
FORM_FIELDS = ("trigger", "trigger_date", "recipient", "method", "sent_on")


def _render_child(
    request: HttpRequest,
    membership: Membership,
    child: Child,
    *,
    version: int | None = None,
    form_key: str = "",
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    stale: str = "",
    status: int = 200,
) -> HttpResponse:
    items = notifications.due_notifications(child, today())
    context: dict[str, Any] = {
        "child": child,
        "items": items,
        "version": child.version if version is None else version,
        "methods": Notification.Method.choices,
        "form_key": form_key,
        "values": values or {},
        "errors": errors or {},
        "stale": stale,
        "can": permissions(membership),
        "today": today(),
    }
    return render(request, "care/notifications/child.html", context, status=status)


@require_GET
def child_notifications(request: HttpRequest, child_id: int) -> HttpResponse:
    """Who must be told of the child's entry, moves and leaving, by when, and what was sent."""
    membership = membership_for(request, Permission.VIEW_RECORD)
    child = child_for(membership, child_id)
    record_event(request, membership, "view", "child's notifications to the NHS", child=child)
    return _render_child(request, membership, child)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


@require_POST
def record_sent(request: HttpRequest, child_id: int) -> HttpResponse:
    """Record one notification sent (the form beside its duty)."""
    membership = membership_for(request, Permission.SEND_NOTIFICATION)
    child = child_for(membership, child_id)
    values = {name: request.POST.get(name, "").strip() for name in FORM_FIELDS}
    form_key = f"{values['trigger']}-{values['trigger_date']}-{values['recipient']}"
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1  # no version: treated as a form from an older page
    trigger_date = _date(values["trigger_date"])
    sent_on = _date(values["sent_on"])
    errors: dict[str, str] = {}
    if trigger_date is None:
        errors["recipient"] = "There is no notification to the NHS due for this event."
    if values["sent_on"] and sent_on is None:
        errors["sent_on"] = (
            "The date the notification was sent must be a real date, like 2026-11-20."
        )
    if errors:
        return _render_child(request, membership, child, version=version, form_key=form_key,
                             values=values, errors=errors, status=400)  # fmt: skip
    assert trigger_date is not None
    try:
        sent = notifications.record_sent(
            child_id=child.pk, version=version, actor=actor(request, membership),
            trigger=values["trigger"], trigger_date=trigger_date,
            recipient=values["recipient"], method=values["method"], sent_on=sent_on,
        )  # fmt: skip
    except StaleRecord as error:  # the page shows the record as it is now, the input kept
        child = child_for(membership, child_id)
        return _render_child(request, membership, child, form_key=form_key, values=values,
                             stale=str(error), status=409)  # fmt: skip
    except InvalidChange as error:
        return _render_child(request, membership, child, version=version, form_key=form_key,
                             values=values, errors=error.errors, status=400)  # fmt: skip
    name = notifications.recipients({sent.recipient})[sent.recipient].label
    messages.success(
        request,
        f"Recorded: {name} was told on {long_date(sent.sent_on)} that the child "
        f"{notifications.WHAT_HAPPENED[sent.trigger]} on {long_date(sent.trigger_date)}.",
    )
    return redirect("notifications-child", child_id=child.pk)


def _duty(child: Child, trigger: str, day: str, recipient: str) -> StoredDuty:
    anchor = _date(day)
    if trigger not in notifications.TRIGGERS or anchor is None:
        raise Http404("No such notification")
    duty = StoredDuty.objects.filter(
        child=child, code="NOTIFY", trigger=trigger, anchor=anchor, recipient=recipient
    ).first()
    if duty is None:
        raise Http404("No such notification")
    return duty


def _letter_response(
    request: HttpRequest, child_id: int, trigger: str, day: str, recipient: str, fmt: str
) -> HttpResponse:
    membership = membership_for(request, Permission.SEND_NOTIFICATION)
    child = child_for(membership, child_id)
    letter = notifications.letter(_duty(child, trigger, day, recipient), today=today())
    name = f"notification-{child.child_ref}-{trigger}-{day}-{recipient}.{fmt}"
    if fmt == "pdf":
        response = HttpResponse(letter_pdf(letter), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        response = HttpResponse(letter_text(letter), content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{name}"'
    record_event(
        request, membership, "export", f"notification letter ({fmt.upper()})", child=child,
        detail={"trigger": trigger, "trigger_date": day, "recipient": recipient},
    )  # fmt: skip
    response["Cache-Control"] = "no-store"
    return response


@require_GET
def letter_as_text(
    request: HttpRequest, child_id: int, trigger: str, day: str, recipient: str
) -> HttpResponse:
    return _letter_response(request, child_id, trigger, day, recipient, "txt")


@require_GET
def letter_as_pdf(
    request: HttpRequest, child_id: int, trigger: str, day: str, recipient: str
) -> HttpResponse:
    return _letter_response(request, child_id, trigger, day, recipient, "pdf")


@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    """The notifications addressed to the membership's ICB or GP practice."""
    membership = membership_for(request, Permission.ACKNOWLEDGE_NOTIFICATION)
    page = Paginator(notifications.inbox(membership), PAGE_SIZE).get_page(request.GET.get("page"))
    day = today()
    entries = [(n, notifications.letter(n, today=day)) for n in page.object_list]
    record_event(
        request, membership, "view", "notifications inbox",
        detail={"page": page.number, "notifications": [n.pk for n, _ in entries]},
    )  # fmt: skip
    return render(
        request,
        "care/notifications/inbox.html",
        {"page": page, "entries": entries,
         "unacknowledged": notifications.inbox(membership)
         .filter(acknowledged_on__isnull=True).count()},
    )  # fmt: skip


@require_POST
def acknowledge(request: HttpRequest, notification_id: int) -> HttpResponse:
    membership = membership_for(request, Permission.ACKNOWLEDGE_NOTIFICATION)
    try:
        done = notifications.acknowledge(
            notification_id=notification_id, actor=actor(request, membership)
        )
    except notifications.NotAddressedToYou:
        raise Http404("No such notification") from None
    except notifications.AlreadyAcknowledged as error:
        messages.info(request, str(error))
        return redirect("inbox")
    messages.success(
        request,
        f"Acknowledged: {done.child.name}, {notifications.WHAT_HAPPENED[done.trigger]} on "
        f"{long_date(done.trigger_date)}.",
    )
    return redirect("inbox")
