"""Who may see and do what: the one place every page, export and API asks.

Two questions, always together:
* what a role may do at all (`ROLE_PERMISSIONS`): a role without the permission is refused
  with 403, because the refusal says nothing about any child;
* which children a membership reaches (`children`): a child outside it is answered with 404,
  as if it did not exist, because that a child is in care is itself sensitive.

Scope by role (issue 4 §3):
* social worker, IRO: the children allocated to them (an allocation open on the day);
* team manager: their team's children;
* LAC health coordinator: all the council's children;
* council administrator: no child's record (users and the audit trail only);
* ICB designated nurse or doctor: the children whose originating ICB or host ICB it is;
* health provider LAC team: the children referred to it (a referral open on the day);
* GP practice: the children registered with it, and of those only the notifications addressed
  to the practice and the health summaries, never the record;
* Corporate Parenting Panel member: aggregates only, never a child.

Every list, count, search and export is built on `children`, so no number or row can include a
child the record page would refuse.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from django.db.models import Exists, OuterRef, Q, QuerySet

from incare.web.care.models import EscalationTask, Notification
from incare.web.children.models import Allocation, Child, GPRegistration, Referral
from incare.web.duties.models import StoredDuty
from incare.web.people.models import Membership, Role


class Permission(StrEnum):
    VIEW_RECORD = "view_record"  # the child's full record
    VIEW_GP_SUMMARY = "view_gp_summary"  # a registered child's notifications and summary
    VIEW_WORKLIST = "view_worklist"
    EXPORT_WORKLIST = "export_worklist"
    SEARCH_AUDIT = "search_audit"  # the audit trail of the membership's own organisation
    VIEW_PANEL = "view_panel"  # the Corporate Parenting Panel's aggregates
    # Recording the work (issue 5): always on a child in the membership's scope.
    RECORD_CARE_EVENT = "record_care_event"  # enters care, moves, legal status, leaves care
    SEND_NOTIFICATION = "send_notification"  # record a notification sent to the NHS
    ACKNOWLEDGE_NOTIFICATION = "acknowledge_notification"  # one addressed to the organisation
    REQUEST_ASSESSMENT = "request_assessment"  # ask a provider for an IHA or RHA
    RECORD_ASSESSMENT = "record_assessment"  # book, record the outcome, complete
    QUALITY_ASSURE = "quality_assure"  # the report received and quality-assured, health plan
    CLOSE_ESCALATION = "close_escalation"  # a step addressed to the membership's role
    RECORD_REVIEW = "record_review"
    RECORD_CARE = "record_care"  # visits, care plans, SDQ, dental, immunisations, summaries


_CASEWORK = frozenset(
    {Permission.VIEW_RECORD, Permission.VIEW_WORKLIST, Permission.EXPORT_WORKLIST}
)
_COUNCIL_RECORDING = frozenset(
    {
        Permission.RECORD_CARE_EVENT,
        Permission.SEND_NOTIFICATION,
        Permission.REQUEST_ASSESSMENT,
        Permission.RECORD_CARE,
        Permission.RECORD_REVIEW,
        Permission.CLOSE_ESCALATION,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SOCIAL_WORKER: _CASEWORK | _COUNCIL_RECORDING,
    Role.TEAM_MANAGER: _CASEWORK | _COUNCIL_RECORDING | {Permission.VIEW_PANEL},
    Role.HEALTH_COORDINATOR: _CASEWORK
    | _COUNCIL_RECORDING
    | {Permission.VIEW_PANEL, Permission.QUALITY_ASSURE},
    Role.IRO: _CASEWORK | {Permission.RECORD_REVIEW, Permission.CLOSE_ESCALATION},
    Role.COUNCIL_ADMIN: frozenset({Permission.SEARCH_AUDIT}),
    Role.DESIGNATED_PROFESSIONAL: _CASEWORK
    | {Permission.SEARCH_AUDIT, Permission.ACKNOWLEDGE_NOTIFICATION, Permission.CLOSE_ESCALATION},
    Role.PROVIDER_LAC_TEAM: _CASEWORK | {Permission.RECORD_ASSESSMENT, Permission.CLOSE_ESCALATION},
    Role.GP_PRACTICE: frozenset(
        {Permission.VIEW_GP_SUMMARY, Permission.VIEW_WORKLIST, Permission.ACKNOWLEDGE_NOTIFICATION}
    ),
    Role.PANEL_MEMBER: frozenset({Permission.VIEW_PANEL}),
}

# Which role each step of the missed-appointment escalation ladder is addressed to
# (incare.domain.escalation's roles -> the membership role that sees and closes it).
ESCALATION_ROLE: dict[str, Role] = {
    "carer_and_social_worker": Role.SOCIAL_WORKER,
    "team_manager": Role.TEAM_MANAGER,
    "iro": Role.IRO,
    "named_nurse": Role.PROVIDER_LAC_TEAM,
    "designated_nurse": Role.DESIGNATED_PROFESSIONAL,
}

# What a membership's records and worklist are about: a council's children, an ICB's, …
ALLOCATED_KIND = {Role.SOCIAL_WORKER: Allocation.Kind.SOCIAL_WORKER, Role.IRO: Allocation.Kind.IRO}


def has(membership: Membership, permission: Permission) -> bool:
    """Whether the membership's role may ever do this (regardless of which child)."""
    return permission in ROLE_PERMISSIONS[Role(membership.role)]


def _open_on(today: dt.date) -> Q:
    return Q(start__lte=today) & (Q(end__isnull=True) | Q(end__gte=today))


def children(membership: Membership, today: dt.date) -> QuerySet[Child]:
    """The children whose records (or, for a GP practice, summaries) the membership reaches."""
    role = Role(membership.role)
    everyone = Child.objects.all()
    if role in ALLOCATED_KIND:
        allocated = Allocation.objects.filter(
            _open_on(today),
            child=OuterRef("pk"),
            user_id=membership.user_id,
            kind=ALLOCATED_KIND[role],
        )
        return everyone.filter(Exists(allocated), council_id=membership.council_id)
    if role is Role.TEAM_MANAGER:
        return everyone.filter(council_id=membership.council_id, team=membership.team)
    if role is Role.HEALTH_COORDINATOR:
        return everyone.filter(council_id=membership.council_id)
    if role is Role.DESIGNATED_PROFESSIONAL:
        ods = membership.icb.ods_code if membership.icb is not None else None
        return everyone.filter(Q(originating_icb=ods) | Q(host_icb=ods))
    if role is Role.PROVIDER_LAC_TEAM:
        referred = Referral.objects.filter(
            _open_on(today), child=OuterRef("pk"), provider_id=membership.provider_id
        )
        return everyone.filter(Exists(referred))
    if role is Role.GP_PRACTICE:
        registered = GPRegistration.objects.filter(
            _open_on(today), child=OuterRef("pk"), practice_id=membership.gp_practice_id
        )
        return everyone.filter(Exists(registered))
    return everyone.none()  # council administrators and panel members reach no child


def duties(membership: Membership, today: dt.date) -> QuerySet[StoredDuty]:
    """The duties the membership's worklist may show: its children's, and for a GP practice
    only the notifications addressed to the practice."""
    found = StoredDuty.objects.filter(child__in=children(membership, today))
    if Role(membership.role) is Role.GP_PRACTICE:
        found = found.filter(code="NOTIFY", recipient=membership.gp_practice_id)
    return found


def notifications(membership: Membership) -> QuerySet[Notification]:
    """The notifications addressed to the membership's organisation (its inbox): an ICB's by
    its ODS code, a GP practice's by its practice code. A notification is the minimum a
    recipient needs, so the recipient sees it even when the child is outside its scope (an ICB
    told that a child has left its area, say)."""
    role = Role(membership.role)
    if role is Role.DESIGNATED_PROFESSIONAL and membership.icb is not None:
        return Notification.objects.filter(recipient=membership.icb.ods_code)
    if role is Role.GP_PRACTICE:
        return Notification.objects.filter(recipient=membership.gp_practice_id)
    return Notification.objects.none()


def escalation_tasks(membership: Membership, today: dt.date) -> QuerySet[EscalationTask]:
    """The escalation steps addressed to the membership: its role's steps, for children in its
    scope; a provider only its own requests', an ICB only as the originating ICB."""
    role = Role(membership.role)
    steps = [step for step, addressed in ESCALATION_ROLE.items() if addressed is role]
    tasks = EscalationTask.objects.filter(
        addressed_to__in=steps, child__in=children(membership, today)
    )
    if role is Role.PROVIDER_LAC_TEAM:
        tasks = tasks.filter(request__provider_id=membership.provider_id)
    if role is Role.DESIGNATED_PROFESSIONAL and membership.icb is not None:
        tasks = tasks.filter(child__originating_icb=membership.icb.ods_code)
    return tasks


def audit_organisation(membership: Membership) -> str:
    """The organisation whose audit trail this membership may search (its own)."""
    return membership.organisation_code
