"""Record what people do with children's records, and search an organisation's audit trail.

Every view of a child's record, every change and every export is recorded: who (the user and
their username as it was), in which role, for which organisation, when, what, about which
child, from which address. Events are only ever added: the model and the database refuse to
change or delete one (see `incare.web.audit.models`).

The time is the caller's `now`, never read from the clock here, so a view records the moment
of its request and tests choose theirs.

`search` shows one organisation its own rows only: the caller passes the organisation of the
signed-in user. Whether that user may search at all (council admins and ICB designated
professionals) is a permission check that belongs to the policy module, not to this service.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import User
from django.db.models import QuerySet

from incare.web.audit.models import AuditEvent
from incare.web.children.models import Child

Action = AuditEvent.Action
SYSTEM = "system"  # the actor label of what the system does by itself


def _aware(name: str, value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name}: {value.isoformat()} has no time zone")
    return value


def _action(value: str) -> Action:
    try:
        return Action(value)
    except ValueError:
        choices = ", ".join(Action.values)
        raise ValueError(f"action: {value!r} is not one of {choices}") from None


def _required(name: str, value: str) -> str:
    if not value.strip():
        raise ValueError(f"{name}: is required")
    return value


def record(
    *,
    now: dt.datetime,
    actor: User | None,
    role: str,
    organisation: str,
    action: str,
    what: str,
    child: Child | None = None,
    detail: dict[str, Any] | None = None,
    address: str | None = None,
) -> AuditEvent:
    """Add one event to the audit trail and return it.

    `actor` is None only for what the system does by itself; its label is then "system". A
    failed sign-in by an unknown username has no user either: put that username in `detail`.
    `detail` must be JSON-serialisable: identifiers and counts, never the record's contents.
    """
    return AuditEvent.objects.create(
        at=_aware("now", now),
        actor=actor,
        actor_label=actor.get_username() if actor is not None else SYSTEM,
        role=_required("role", role),
        organisation=_required("organisation", organisation),
        action=_action(action),
        child=child,
        what=_required("what", what),
        detail=dict(detail or {}),
        address=address or None,
    )


def search(
    *,
    organisation: str,
    now: dt.datetime,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    child: Child | None = None,
    action: str | None = None,
    actor: User | None = None,
) -> QuerySet[AuditEvent]:
    """The events of `organisation`, newest first, from `since` (inclusive) to `until` (exclusive).

    Nothing after `now` is ever returned. Each filter given narrows the result. The caller has
    already checked, through the policy module, that its user may search this organisation.
    """
    events = AuditEvent.objects.filter(
        organisation=_required("organisation", organisation), at__lte=_aware("now", now)
    )
    if since is not None:
        events = events.filter(at__gte=_aware("since", since))
    if until is not None:
        events = events.filter(at__lt=_aware("until", until))
    if child is not None:
        events = events.filter(child=child)
    if action is not None:
        events = events.filter(action=_action(action))
    if actor is not None:
        events = events.filter(actor_id=actor.pk)
    return events.select_related("actor", "child").order_by("-at", "-id")
