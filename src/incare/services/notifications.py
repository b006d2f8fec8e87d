"""Notifications to the NHS (issue 5 §2): who must be told that a child entered care, moved or
left care, and by when; recording each notification sent; the receiving organisation's
acknowledgement; and the letter that carries what the receiving ICB and GP need.

The NOTIFY duties themselves are computed by the duties engine (duties.md §3 NOTIFY) and stored
with the child's other duties; a `Notification` row is the fact that meets one. Recording one
goes through `change_child`, so the duty shows met (or met late) in the same transaction.

The letter holds the minimum of personal data a receiving ICB or GP practice needs: the child's
name, date of birth and NHS number, what happened and when, the legal status, the placement's
type, council and ICB (never the home or the carer's address), the council to contact, the
originating ICB and the health needs known.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from django.db import transaction
from django.db.models import F, Q, QuerySet

from incare.domain.commissioner import originating_icb
from incare.domain.duties.wellbeing import sdq_band
from incare.domain.identifiers import shown_nhs_number
from incare.services import audit, policy, stored_duties
from incare.services.child_changes import Actor, InvalidChange, change_child
from incare.services.policy import Permission
from incare.services.reference import icb_names
from incare.web.care.models import CareRecord, Notification
from incare.web.children.models import Allocation, Child, Episode
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import Council, GPPractice
from incare.web.people.models import Membership

TRIGGERS: Final = ("enter", "move", "cease")
WHAT_HAPPENED: Final = {"enter": "entered care", "move": "moved placement", "cease": "left care"}
EVENT_NAMES: Final = {"enter": "Entered care", "move": "Moved placement", "cease": "Left care"}
ICB_KIND, GP_KIND = "ICB", "GP practice"

# The meaning of each SSDA903 code a letter shows. Source: DfE, "Children looked after return
# 2025 to 2026: guide", legal status and placement type code lists.
LEGAL_STATUSES: Final = {
    "C1": "Interim care order",
    "C2": "Full care order",
    "D1": "Freeing order granted",
    "E1": "Placement order granted",
    "V2": "Single period of accommodation under section 20 (Children Act 1989)",
    "V3": "Accommodated under an agreed series of short-term breaks (individual episodes)",
    "V4": "Accommodated under an agreed series of short-term breaks (agreements recorded)",
    "L1": "Under police protection and in local authority accommodation",
    "L2": "Emergency protection order",
    "L3": "Under a child assessment order and in local authority accommodation",
    "J1": "Remanded to local authority accommodation or to youth detention accommodation",
    "J2": "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984",
    "J3": "Sentenced to a youth rehabilitation order with a residence or intensive fostering "
    "requirement",
}
PLACEMENT_TYPES: Final = {
    "A3": "Placed for adoption with consent, with current foster carers",
    "A4": "Placed for adoption with consent, not with current foster carers",
    "A5": "Placed for adoption with a placement order, with current foster carers",
    "A6": "Placed for adoption with a placement order, not with current foster carers",
    "H5": "Semi-independent living accommodation",
    "K1": "Secure children's home",
    "K2": "Children's home",
    "K3": "Supported accommodation",
    "P1": "Placed with own parents or other person with parental responsibility",
    "P2": "Independent living",
    "P3": "Residential employment",
    "R1": "Residential care home",
    "R2": "NHS or other establishment providing medical or nursing care",
    "R3": "Family centre or mother and baby unit",
    "R5": "Young offender institution",
    "S1": "Residential school",
    "T0": "Temporary placement",
    "T1": "Temporary period in hospital",
    "T2": "Temporary absence on holiday",
    "T3": "Temporary accommodation while the usual foster carers are on holiday",
    "T4": "Temporary accommodation of seven days or less",
    "U1": "Foster placement with relatives or friends: long-term fostering",
    "U2": "Foster placement with relatives or friends who are approved adopters",
    "U3": "Foster placement with relatives or friends: other",
    "U4": "Foster placement with other foster carers: long-term fostering",
    "U5": "Foster placement with other foster carers who are approved adopters",
    "U6": "Foster placement with other foster carers: other",
    "Z1": "Other placement",
}
PLACEMENT_STARTS: Final = frozenset({"S", "P", "T", "B", "U"})  # duties.md §1

CLASSIFICATION: Final = "OFFICIAL-SENSITIVE"
LEGAL_BASIS: Final = (
    "This notification is sent under the Care Planning, Placement and Case Review (England) "
    "Regulations 2010 and the statutory guidance Promoting the health and wellbeing of "
    "looked-after children (2015)."
)
WHO_PAYS: Final = (
    'NHS England, "Who Pays? Determining which NHS commissioner is responsible for '
    'commissioning healthcare services and making payments to providers" (2022): the '
    "originating ICB remains the responsible commissioner for the child's NHS care while they "
    "are looked after, wherever they are placed; services that follow GP registration are "
    "commissioned where the child is registered."
)


class NotAddressedToYou(LookupError):
    """No such notification in the membership's inbox (the view answers 404)."""


class AlreadyAcknowledged(ValueError):
    """The notification was acknowledged before; the message says when and by whom."""


@dataclass(frozen=True, slots=True)
class Recipient:
    code: str
    name: str
    kind: str  # ICB_KIND or GP_KIND, or "" when the code is not known

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})" if self.name != self.code else self.code


@dataclass(frozen=True, slots=True)
class DueNotification:
    """One NOTIFY duty: who must be told of what, by when, and what was recorded."""

    duty: StoredDuty  # annotated with `status`
    recipient: Recipient
    role: str  # why this organisation is told: "originating ICB (responsible commissioner)"
    notification: Notification | None

    @property
    def trigger(self) -> str:
        return str(self.duty.trigger)

    @property
    def trigger_date(self) -> dt.date:
        return self.duty.anchor

    @property
    def event(self) -> str:
        return EVENT_NAMES.get(self.trigger, self.trigger)

    @property
    def status(self) -> str:
        return str(getattr(self.duty, "status", self.duty.settled_status or "open"))

    @property
    def done(self) -> bool:
        return self.notification is not None

    @property
    def key(self) -> str:
        """Names this duty's form on a page: unique per child."""
        return f"{self.trigger}-{self.trigger_date.isoformat()}-{self.recipient.code}"


def recipients(codes: set[str]) -> dict[str, Recipient]:
    """Each code as an organisation: an ICB by ODS code (the newest), else a GP practice."""
    icbs = icb_names(codes)
    practices = dict(GPPractice.objects.filter(code__in=codes).values_list("code", "name"))
    found = {}
    for code in codes:
        if code in icbs:
            found[code] = Recipient(code, icbs[code], ICB_KIND)
        elif code in practices:
            found[code] = Recipient(code, practices[code], GP_KIND)
        else:
            found[code] = Recipient(code, code, "")
    return found


@dataclass(frozen=True, slots=True)
class _Facts:
    """What a child's notifications are worked out from: episodes, and the originating ICB
    of each period of care."""

    child: Child
    episodes: tuple[Episode, ...]
    origin_by_period: dict[dt.date, str | None]

    def origin(self, period_start: dt.date) -> str | None:
        return self.origin_by_period.get(period_start)

    def episode_for(self, trigger: str, day: dt.date) -> Episode | None:
        """The episode that says where the child was placed by the event: for a cease, the
        last episode (ending that day); else the episode in force on the day."""
        if trigger == "cease":
            ended = [e for e in self.episodes if e.end == day]
            if ended:
                return ended[-1]
        started = [e for e in self.episodes if e.start <= day]
        return started[-1] if started else None

    def previous_placement(self, day: dt.date) -> Episode | None:
        """For a move on `day`: the episode in force the day before."""
        before = [e for e in self.episodes if e.start < day]
        return before[-1] if before else None


def _facts(child: Child) -> _Facts:
    episodes = tuple(Episode.objects.filter(child=child).order_by("start"))
    origins: dict[dt.date, str | None] = {}
    for _, timeline in stored_duties.timelines([child.pk]):
        starts = {e.start for e in timeline.episodes}
        periods = StoredDuty.objects.filter(child=child).values_list("period_start", flat=True)
        for start in starts | set(periods):
            determination = originating_icb(timeline.gp_registrations, timeline.home_icb, start)
            origins[start] = determination.icb
    return _Facts(child, episodes, origins)


def _role(facts: _Facts, duty: StoredDuty, recipient: Recipient) -> str:
    if recipient.kind == GP_KIND:
        return "child's GP practice"
    trigger, day = str(duty.trigger), duty.anchor
    roles = []
    if recipient.code == facts.origin(duty.period_start):
        roles.append("originating ICB (responsible commissioner)")
    placed = facts.episode_for(trigger, day)
    if placed is not None and placed.placement_icb == recipient.code:
        roles.append(
            {
                "enter": "ICB where the child is placed",
                "move": "ICB of the new placement",
                "cease": "ICB of the last placement",
            }.get(trigger, "ICB of the placement")
        )
    previous = facts.previous_placement(day) if trigger == "move" else None
    moved_from = previous.placement_icb if previous is not None else None
    if moved_from == recipient.code and (placed is None or placed.placement_icb != moved_from):
        roles.append("ICB of the previous placement")
    return " and ".join(roles) or "ICB"


_TRIGGER_ORDER = {t: i for i, t in enumerate(TRIGGERS)}


def due_notifications(child: Child, today: dt.date) -> list[DueNotification]:
    """The child's NOTIFY duties, newest event first, each with its recipient (ICBs before the
    GP practice), why it is told, its status on `today` and the notification recorded."""
    duties = list(
        stored_duties.with_status(StoredDuty.objects.filter(child=child, code="NOTIFY"), today)
    )
    if not duties:
        return []
    sent = {
        (n.trigger, n.trigger_date, n.recipient): n
        for n in Notification.objects.filter(child=child).select_related(
            "sent_by", "acknowledged_by"
        )
    }
    names = recipients({str(d.recipient) for d in duties})
    facts = _facts(child)
    items = [
        DueNotification(
            duty=d,
            recipient=names[str(d.recipient)],
            role=_role(facts, d, names[str(d.recipient)]),
            notification=sent.get((str(d.trigger), d.anchor, str(d.recipient))),
        )
        for d in duties
    ]
    items.sort(
        key=lambda i: (
            -i.trigger_date.toordinal(),
            _TRIGGER_ORDER.get(i.trigger, 9),
            i.recipient.kind == GP_KIND,
            not i.role.startswith("originating"),
            i.recipient.code,
        )
    )
    return items


def record_sent(
    *,
    child_id: int,
    version: int,
    actor: Actor,
    trigger: str,
    trigger_date: dt.date,
    recipient: str,
    method: str,
    sent_on: dt.date | None,
) -> Notification:
    """Record that the council told `recipient` of the child's `trigger` on `trigger_date`.

    Refused with `InvalidChange` (nothing changed): a recipient the NOTIFY duties do not name,
    a notification already recorded, a method not known, a date missing or in the future, or
    a date before the event except for a planned entry or move (duties.md §3: "a
    notification sent before the trigger (a planned move) meets it on time").
    """
    detail = {
        "trigger": trigger, "trigger_date": trigger_date.isoformat(), "recipient": recipient,
        "method": method, "sent_on": sent_on.isoformat() if sent_on else None,
    }  # fmt: skip
    with change_child(
        child_id, version=version, actor=actor, what="notification to the NHS recorded",
        detail=detail,
    ) as child:  # fmt: skip
        errors = _sent_errors(child, actor, trigger, trigger_date, recipient, method, sent_on)
        if errors:
            raise InvalidChange(errors)
        assert sent_on is not None  # checked above
        return Notification.objects.create(
            child=child, trigger=trigger, trigger_date=trigger_date, recipient=recipient,
            method=method, sent_on=sent_on, sent_by=actor.user,
        )  # fmt: skip


def _sent_errors(
    child: Child,
    actor: Actor,
    trigger: str,
    trigger_date: dt.date,
    recipient: str,
    method: str,
    sent_on: dt.date | None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    event = WHAT_HAPPENED.get(trigger)
    duties = StoredDuty.objects.filter(child=child, code="NOTIFY", trigger=trigger)
    duties = duties.filter(anchor=trigger_date)
    if event is None or not duties.exists():
        return {"recipient": "There is no notification to the NHS due for this event."}
    named = recipients({recipient})[recipient]
    if not duties.filter(recipient=recipient).exists():
        codes = {str(r) for r in duties.values_list("recipient", flat=True)}
        told = ", ".join(r.label for _, r in sorted(recipients(codes).items()))
        return {
            "recipient": f"{named.label} is not one of those to be told that the child {event} "
            f"on {long_date(trigger_date)}: they are {told}."
        }
    already = (
        Notification.objects.filter(
            child=child, trigger=trigger, trigger_date=trigger_date, recipient=recipient
        )
        .select_related("sent_by")
        .first()
    )
    if already is not None:
        return {
            "recipient": f"A notification to {named.label} that the child {event} on "
            f"{long_date(trigger_date)} is already recorded: sent on "
            f"{long_date(already.sent_on)} by {_person(already.sent_by)}."
        }
    if method not in Notification.Method.values:
        errors["method"] = "Select how the notification was sent."
    if sent_on is None:
        errors["sent_on"] = "Enter the date the notification was sent."
    elif sent_on > actor.today:
        errors["sent_on"] = "The date the notification was sent must be today or in the past."
    elif sent_on < trigger_date:
        episode = _facts_episodes(child, trigger, trigger_date)
        planned = trigger in ("enter", "move") and episode is not None and not episode.emergency
        if not planned:
            what = "an emergency placement" if trigger != "cease" else "leaving care"
            errors["sent_on"] = (
                f"The date the notification was sent cannot be before the child {event} "
                f"({long_date(trigger_date)}): only a planned placement can be notified in "
                f"advance, not {what}."
            )
    return errors


def _facts_episodes(child: Child, trigger: str, day: dt.date) -> Episode | None:
    episodes = tuple(Episode.objects.filter(child=child).order_by("start"))
    return _Facts(child, episodes, {}).episode_for(trigger, day)


def acknowledge(*, notification_id: int, actor: Actor) -> Notification:
    """Record that the receiving organisation has the notification: by whom, today.

    Only a user of the organisation it is addressed to may (else `NotAddressedToYou`);
    a second acknowledgement changes nothing and says who acknowledged it first.
    """
    with transaction.atomic():
        found = policy.notifications(actor.membership) if policy.has(
            actor.membership, Permission.ACKNOWLEDGE_NOTIFICATION
        ) else Notification.objects.none()  # fmt: skip
        notification = (
            found.select_for_update(of=("self",))  # only the row: some joins are outer
            .select_related("child", "acknowledged_by")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None:
            raise NotAddressedToYou("No such notification in your organisation's inbox.")
        if notification.acknowledged_on is not None:
            when, who = notification.acknowledged_on, _person(notification.acknowledged_by)
            raise AlreadyAcknowledged(
                f"This notification was already acknowledged on {long_date(when)} by {who}."
            )
        notification.acknowledged_on = actor.today
        notification.acknowledged_by = actor.user
        notification.save(update_fields=["acknowledged_on", "acknowledged_by"])
        audit.record(
            now=actor.now, actor=actor.user, role=actor.membership.role,
            organisation=actor.membership.organisation_code, action="update",
            what="notification acknowledged", child=notification.child,
            detail={"notification": notification.pk, "trigger": notification.trigger,
                    "trigger_date": notification.trigger_date.isoformat(),
                    "recipient": notification.recipient},
            address=actor.address,
        )  # fmt: skip
        return notification


def long_date(day: dt.date) -> str:
    """23 November 2026."""
    return f"{day.day} {day:%B %Y}"


def _person(user: object) -> str:
    if user is None:
        return "someone"
    full = getattr(user, "get_full_name", lambda: "")()
    return str(full or getattr(user, "username", "someone"))


def inbox(membership: Membership) -> QuerySet[Notification]:
    """The notifications addressed to the membership's organisation (`policy.notifications`),
    those not yet acknowledged first, then the newest sent first."""
    return (
        policy.notifications(membership)
        .select_related("child", "child__council", "sent_by", "acknowledged_by")
        .order_by(F("acknowledged_on").desc(nulls_first=True), "-sent_on", "-pk")
    )


@dataclass(frozen=True, slots=True)
class Letter:
    """What a notification tells the receiving ICB or GP practice (issue 5 §2): the minimum of
    personal data. Never an address: not the child's home, not the carer's."""

    written_on: dt.date
    recipient: Recipient
    recipient_role: str
    # The child.
    child_name: str
    dob: dt.date | None
    nhs_number: str  # spaced 3-3-4, or "Not recorded"
    council_reference: str
    # What happened.
    trigger: str
    what_happened: str  # "entered care", "moved placement", "left care"
    trigger_date: dt.date
    due: dt.date | None
    emergency: bool | None  # None when leaving care
    legal_status: str
    legal_status_meaning: str
    placement_type: str
    placement_type_meaning: str
    placement_council: str
    placement_icb: str
    previous_placement_council: str | None  # a move only
    previous_placement_icb: str | None
    # Who to contact, and who pays.
    council: str
    social_worker: str
    contact: str
    originating_icb: str
    # Health needs known on the day the letter is written.
    sdq: str
    immunisations: str
    dental: str
    health_assessments: tuple[str, ...]
    # What was recorded as sent, if anything.
    sent_on: dt.date | None
    method: str | None
    classification: str = CLASSIFICATION
    legal_basis: str = LEGAL_BASIS
    who_pays: str = WHO_PAYS

    @property
    def subject(self) -> str:
        return f"Looked-after child {self.what_happened} on {long_date(self.trigger_date)}"

    @property
    def placement_planning(self) -> str:
        if self.emergency is None:
            return "Not applicable (the child left care)"
        return "Emergency placement" if self.emergency else "Planned placement"


def _icb_label(code: str | None) -> str:
    if not code:
        return "Not known"
    name = icb_names({code}).get(code)
    return f"{name} ({code})" if name else code


def _council_name(code: str | None) -> str:
    if not code:
        return "Not known"
    council = Council.objects.filter(pk=code).first()
    return council.name if council is not None else code


def _nhs_number(number: str | None) -> str:
    return shown_nhs_number(number) if number else "Not recorded"


def _social_worker(child: Child, today: dt.date) -> str:
    allocation = (
        Allocation.objects.filter(
            Q(end__isnull=True) | Q(end__gte=today),
            child=child,
            kind=Allocation.Kind.SOCIAL_WORKER,
            start__lte=today,
        )
        .select_related("user")
        .order_by("-start", "-pk")
        .first()
    )
    return _person(allocation.user) if allocation is not None else "Not allocated"


def _health(child: Child, today: dt.date) -> tuple[str, str, str, tuple[str, ...]]:
    records = CareRecord.objects.filter(child=child, date__lte=today).order_by("-date", "-pk")
    sdq = records.filter(kind=CareRecord.Kind.SDQ, sdq_score__isnull=False).first()
    sdq_text = (
        f"Score {sdq.sdq_score} ({sdq_band(sdq.sdq_score)}), {long_date(sdq.date)}"
        if sdq is not None and sdq.sdq_score is not None
        else "No SDQ score recorded"
    )
    immunisations = {True: "Up to date", False: "Not up to date", None: "Not recorded"}[
        child.immunisations_up_to_date
    ]
    dental = records.filter(kind=CareRecord.Kind.DENTAL).first()
    dental_text = long_date(dental.date) if dental is not None else "No dental check recorded"
    names = {"IHA": "Initial health assessment", "RHA": "Review health assessment"}
    assessments = []
    for code, due in (
        StoredDuty.objects.filter(child=child, code__in=names, settled_status__isnull=True)
        .order_by("due")
        .values_list("code", "due")
    ):
        late = " (overdue)" if due < today else ""
        assessments.append(f"{names[code]} due by {long_date(due)}{late}")
    if not assessments:
        last = (
            StoredDuty.objects.filter(child=child, code__in=names, met__isnull=False)
            .order_by("-met")
            .values_list("code", "met")
            .first()
        )
        done = ""
        if last is not None and last[1] is not None:
            done = f"; the last, {names[last[0]].lower()}, on {long_date(last[1])}"
        assessments.append(f"None due at present{done}")
    return sdq_text, immunisations, dental_text, tuple(assessments)


def letter(item: Notification | StoredDuty, *, today: dt.date) -> Letter:
    """The letter for a NOTIFY duty or a recorded notification, as known on `today`."""
    child = Child.objects.select_related("council").get(pk=item.child_id)
    if isinstance(item, Notification):
        trigger, day, code = item.trigger, item.trigger_date, item.recipient
        duty = StoredDuty.objects.filter(
            child=child, code="NOTIFY", trigger=trigger, anchor=day, recipient=code
        ).first()
        sent: Notification | None = item
    else:
        trigger, day, code, duty = str(item.trigger), item.anchor, str(item.recipient), item
        sent = Notification.objects.filter(
            child=child, trigger=trigger, trigger_date=day, recipient=code
        ).first()
    facts = _facts(child)
    recipient = recipients({code})[code]
    placed = facts.episode_for(trigger, day)
    previous = facts.previous_placement(day) if trigger == "move" else None
    period_start = duty.period_start if duty is not None else _period_start(facts, day)
    legal_status = (placed.legal_status or "") if placed is not None else ""
    placement = (placed.placement or "") if placed is not None else ""
    sdq, immunisations, dental, assessments = _health(child, today)
    return Letter(
        written_on=today,
        recipient=recipient,
        recipient_role=_role(facts, duty, recipient) if duty is not None else recipient.kind,
        child_name=child.name,
        dob=child.dob,
        nhs_number=_nhs_number(child.nhs_number),
        council_reference=child.child_ref,
        trigger=trigger,
        what_happened=WHAT_HAPPENED.get(trigger, trigger),
        trigger_date=day,
        due=duty.due if duty is not None else None,
        emergency=None if trigger == "cease" or placed is None else placed.emergency,
        legal_status=legal_status,
        legal_status_meaning=LEGAL_STATUSES.get(legal_status, "Not recorded"),
        placement_type=placement,
        placement_type_meaning=_placement_meaning(placement),
        placement_council=_council_name(placed.placement_la if placed else None),
        placement_icb=_icb_label(placed.placement_icb if placed else None),
        previous_placement_council=_council_name(previous.placement_la) if previous else None,
        previous_placement_icb=_icb_label(previous.placement_icb) if previous else None,
        council=child.council.name,
        social_worker=_social_worker(child, today),
        contact=f"Contact through {child.council.name}'s children in care team.",
        originating_icb=_icb_label(facts.origin(period_start) if period_start else None),
        sdq=sdq,
        immunisations=immunisations,
        dental=dental,
        health_assessments=assessments,
        sent_on=sent.sent_on if sent is not None else None,
        method=sent.get_method_display() if sent is not None else None,
    )


def _placement_meaning(code: str) -> str:
    if not code:
        return "Not recorded"
    if code in PLACEMENT_TYPES:
        return PLACEMENT_TYPES[code]
    return "Other placement" if code.startswith("Z") else "Not a known placement type"


def _period_start(facts: _Facts, day: dt.date) -> dt.date | None:
    """The start of the period of care containing `day` (for a notification whose duty is no
    longer stored): the latest episode on or before it that began a period (duties.md §1)."""
    start = None
    previous: Episode | None = None
    for episode in facts.episodes:
        if episode.start > day:
            break
        ended = previous is not None and previous.end is not None and previous.reason_ceased != "X1"
        if previous is None or episode.rne == "S" or ended:
            start = episode.start
        previous = episode
    return start
