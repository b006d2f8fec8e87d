"""What every view does first: who is asking, in which role, about which child.

A role that may never use a page gets 403 (`PermissionDenied`); a child outside the membership's
scope gets 404 (`Http404`), as if it did not exist. Views never query children directly.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from incare.services import audit, policy
from incare.services.child_changes import Actor
from incare.services.policy import Permission
from incare.web.children.models import Child
from incare.web.pages.requests import address, now, today
from incare.web.people.models import Membership


def permissions(membership: Membership) -> dict[str, bool]:
    """What the membership's role may do, by permission name, for templates: `can.record_care`."""
    return {p.value: policy.has(membership, p) for p in Permission}


def membership_for(request: HttpRequest, permission: Permission) -> Membership:
    """The signed-in membership, if its role has `permission`; else 403."""
    membership: Membership | None = getattr(request, "membership", None)
    if membership is None or not policy.has(membership, permission):
        raise PermissionDenied
    return membership


def child_for(membership: Membership, child_id: int) -> Child:
    """The child, if in the membership's scope; else 404."""
    found = policy.children(membership, today()).filter(pk=child_id).select_related("council")
    child = found.first()
    if child is None:
        raise Http404("No such child")
    return child


def actor(request: HttpRequest, membership: Membership) -> Actor:
    """Who is changing a record, for `incare.services.child_changes.change_child`."""
    user = request.user
    assert isinstance(user, User)  # the sign-in middleware let only signed-in users through
    return Actor(user, membership, address(request), now(), today())


def record_event(
    request: HttpRequest,
    membership: Membership,
    action: str,
    what: str,
    child: Child | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Add a view or export to the audit trail (changes are recorded by the services)."""
    user = request.user
    assert isinstance(user, User)
    audit.record(
        now=now(), actor=user, role=membership.role,
        organisation=membership.organisation_code, action=action, what=what, child=child,
        detail=detail, address=address(request),
    )  # fmt: skip
