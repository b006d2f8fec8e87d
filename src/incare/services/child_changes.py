"""One way to change a child's facts: `change_child`, a transaction that checks the version
the user's form was opened at (optimistic locking), lets the caller change the facts, then
recomputes the child's duties and escalation tasks and records the change in the audit trail.

If anything fails, nothing is changed; if someone else saved the child in the meantime, the
save is refused with `StaleRecord` and the user's form keeps what they typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F

from incare.services import audit, escalations, stored_duties
from incare.web.children.models import Child
from incare.web.people.models import Membership


class StaleRecord(Exception):
    """The child was changed by someone else after the form was opened."""


class InvalidChange(ValueError):
    """A change that breaks a rule; `errors` maps each form field to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = errors


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is making a change, as the audit trail records it."""

    user: User
    membership: Membership
    address: str | None
    now: dt.datetime
    today: dt.date


@contextmanager
def change_child(
    child_id: int,
    *,
    version: int,
    actor: Actor,
    what: str,
    detail: dict[str, Any] | None = None,
) -> Iterator[Child]:
    """Change child `child_id` as seen at `version`; yields the child to change."""
    with transaction.atomic():
        bumped = Child.objects.filter(pk=child_id, version=version).update(version=F("version") + 1)
        if not bumped:
            raise StaleRecord(
                "Someone else saved this child's record after you opened this form. "
                "Nothing you entered was saved: check the record, then enter it again."
            )
        child = Child.objects.select_related("council").get(pk=child_id)
        yield child
        stored_duties.refresh([child_id], as_at=actor.today)
        escalations.refresh(child_id, actor.today)
        audit.record(
            now=actor.now, actor=actor.user, role=actor.membership.role,
            organisation=actor.membership.organisation_code, action="update", what=what,
            child=child, detail=detail, address=actor.address,
        )  # fmt: skip
