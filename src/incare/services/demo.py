"""`make demo`'s region: three neighbouring councils and their ICBs, ~1,500 synthetic children
with histories up to today, teams, GP registrations, referrals, and one login per role.

Everything is made up: SSDA903 returns from `incare.interop.ssda903.synth` (real postcodes,
invented children), names from lists of common first names and surnames, NHS numbers from the
999 range that is never issued to patients. Each council's return is imported exactly as a real
one would be (`import_903`); events after today are then cut, because the synthetic collection
year runs to 31 March.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Count

from incare.domain.identifiers import synthetic_nhs_number
from incare.interop.ssda903.synth import generate
from incare.interop.ssda903.years import CollectionYear
from incare.services import escalations, stored_duties
from incare.services.import_903 import import_903
from incare.services.reference import load_reference
from incare.web.care.models import Appointment, AssessmentRequest, Notification
from incare.web.children.models import Allocation, Child, Episode, GPRegistration, Referral
from incare.web.children.models import Review as ReviewRow
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import ICB, Council, GPPractice, Provider, Team
from incare.web.people.models import Membership, Role

# Three East Midlands neighbours, each the main council of its own ICB.
REGION = {
    "E10000024": "Nottinghamshire",
    "E10000007": "Derbyshire",
    "E10000018": "Leicestershire",
}
HOME = "E10000024"  # the council and ICB the demo logins work for
CHILDREN_PER_COUNCIL = 500
PASSWORD = "incare-demo-only"  # printed on screen; demo mode only
# Community providers of LAC health teams in the three ICBs (NHS trusts, by ODS code).
PROVIDERS = {
    "RHA": ("Nottinghamshire Healthcare NHS Foundation Trust", "QT1"),
    "RY8": ("Derbyshire Community Health Services NHS Foundation Trust", "QJ2"),
    "RT5": ("Leicestershire Partnership NHS Trust", "QK1"),
}
GIVEN = (
    "Oliver", "Amelia", "Noah", "Isla", "Jack", "Ava", "Leo", "Mia", "Harry", "Ivy", "Oscar",
    "Lily", "Charlie", "Freya", "Muhammad", "Grace", "George", "Sophia", "Theo", "Evie", "Alfie",
    "Poppy", "Arthur", "Ella", "Henry", "Willow", "Archie", "Rosie", "Jacob", "Daisy", "Thomas",
    "Aisha", "Yusuf", "Zara", "Kacper", "Maja", "Tendai", "Amara", "Reuben", "Esme",
)  # fmt: skip
FAMILY = (
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
    "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
    "Khan", "Clarke", "Hughes", "Edwards", "Lewis", "Wood", "Harris", "Ali", "Martin", "Jackson",
    "Clark", "Turner", "Hill", "Scott", "Cooper", "Morris", "Ward", "Moore", "King", "Baker",
    "Nowak", "Okafor",
)  # fmt: skip
TEAMS = ("Children in care team north", "Children in care team south")


@dataclass(frozen=True, slots=True)
class Login:
    username: str
    role: str
    organisation: str


Say = Callable[[str], None]


def build_region(
    *, today: dt.date, postcodes: pl.DataFrame, say: Say, children: int = CHILDREN_PER_COUNCIL
) -> list[Login]:
    """Create the demo region in an empty database; return the logins created."""
    say("Loading councils, ICBs, sub-ICB locations and GP practices")
    load_reference()
    year = CollectionYear.last_ended(today).end_year + 1  # the year running now
    with tempfile.TemporaryDirectory() as tmp:
        for seed, la in enumerate(REGION, start=1):
            say(f"Synthesising and importing {children} children for {REGION[la]}")
            extract = generate(children, la=la, year=year, seed=seed, postcodes=postcodes)
            extract.write(Path(tmp) / la)
            import_903(
                Path(tmp) / la / str(year),
                la=la,
                previous=Path(tmp) / la / str(year - 1),
                year=CollectionYear(year),
                as_at=today,
                postcodes=postcodes,
            )
    with transaction.atomic():
        say("Cutting the synthetic year at today; adding names, teams and GP registrations")
        _cut_at(today)
        rng = random.Random(2026)
        _identities(rng)
        _registrations(rng)
        say("Computing every child's duties")
        ids = list(Child.objects.order_by("pk").values_list("pk", flat=True))
        stored_duties.refresh(ids, as_at=today)
        logins = _people(rng, today)
        say("Recording the work done so far: notifications sent, assessments under way")
        _work_done(rng, today)
        return logins


def _work_done(rng: random.Random, today: dt.date) -> None:
    """A plausible history of the recorded work: most notifications of events more than two
    weeks ago were sent (a fifth of them late), and a few IHAs were requested, one with a
    child not brought to the appointment, so the journeys have something to show."""
    worker = User.objects.get(username="sw")
    provider_user = User.objects.get(username="provider")
    notified = []
    cutoff = today - dt.timedelta(days=14)
    for duty in StoredDuty.objects.filter(code="NOTIFY", anchor__lt=cutoff, met__isnull=True):
        if duty.trigger is None or duty.recipient is None or rng.random() < 0.15:
            continue  # never sent: it stays overdue
        late = rng.random() < 0.2
        sent = duty.due + dt.timedelta(days=rng.randint(1, 10)) if late else duty.due
        notified.append(
            Notification(
                child_id=duty.child_id,
                trigger=duty.trigger,
                trigger_date=duty.anchor,
                recipient=duty.recipient,
                method=Notification.Method.SECURE_EMAIL,
                sent_on=min(sent, today),
                sent_by=worker,
            )
        )
    Notification.objects.bulk_create(notified, ignore_conflicts=True)
    allocated = Child.objects.filter(
        allocations__user=worker, duties__code="IHA", duties__met__isnull=True
    ).distinct()
    changed = [c.pk for c in Child.objects.all()]
    for n, child in enumerate(allocated.order_by("pk")[:3]):
        request = AssessmentRequest.objects.create(
            child=child, kind="IHA", provider_id="RHA", requested_on=today - dt.timedelta(days=21),
            requested_by=worker,
        )  # fmt: skip
        Referral.objects.get_or_create(child=child, provider_id="RHA", defaults={"start": today})
        if n == 0:  # not brought once: the social worker has an escalation step
            Appointment.objects.create(
                request=request, date=today - dt.timedelta(days=7),
                outcome=Appointment.Outcome.WAS_NOT_BROUGHT, booked_by=provider_user,
            )  # fmt: skip
    stored_duties.refresh(changed, as_at=today)
    for child_id in AssessmentRequest.objects.values_list("child_id", flat=True):
        escalations.refresh(child_id, today)


def _cut_at(today: dt.date) -> None:
    """Make the histories end today: nothing recorded after it."""
    Episode.objects.filter(start__gt=today).delete()
    Episode.objects.filter(end__gt=today).update(end=None, reason_ceased=None)
    ReviewRow.objects.filter(date__gt=today).delete()
    Child.objects.filter(episodes__isnull=True).delete()


def _identities(rng: random.Random) -> None:
    teams = {
        la: [Team.objects.get_or_create(council_id=la, name=name)[0] for name in TEAMS]
        for la in REGION
    }
    in_council: Counter[str] = Counter()  # the children of each council so far: teams alternate
    children = list(Child.objects.order_by("pk"))
    for n, child in enumerate(children):
        child.given_name = rng.choice(GIVEN)
        child.family_name = rng.choice(FAMILY)
        child.nhs_number = synthetic_nhs_number(n)
        council_teams = teams[child.council_id]
        child.team = council_teams[in_council[child.council_id] % len(council_teams)]
        in_council[child.council_id] += 1
    Child.objects.bulk_update(
        children, ["given_name", "family_name", "nhs_number", "team"], batch_size=500
    )


def _registrations(rng: random.Random) -> None:
    """Each child registered with a practice where they are placed: from the start of their
    first placement, and again when a move takes them into another ICB's area."""
    practices: dict[str | None, list[str]] = {}
    for code, icb in GPPractice.objects.values_list("code", "icb_ods_code_2026"):
        practices.setdefault(icb, []).append(code)
    for codes in practices.values():
        codes.sort()
    rows: list[GPRegistration] = []
    for child in Child.objects.prefetch_related("episodes").order_by("pk"):
        current_icb: str | None = None
        for episode in sorted(child.episodes.all(), key=lambda e: e.start):
            placed = episode.placement_icb
            if placed is None or placed == current_icb or placed not in practices:
                continue
            if rows and rows[-1].child_id == child.pk:
                rows[-1].end = episode.start - dt.timedelta(days=1)
            practice = rng.choice(practices[placed][:40])
            rows.append(GPRegistration(child=child, practice_id=practice, start=episode.start))
            current_icb = placed
    GPRegistration.objects.bulk_create(rows, batch_size=1000)


def _people(rng: random.Random, today: dt.date) -> list[Login]:
    council = Council.objects.get(pk=HOME)
    icb = ICB.objects.get(ods_code="QT1", valid_to__isnull=True)
    north = Team.objects.get(council=council, name=TEAMS[0])
    for code, (name, icb_code) in PROVIDERS.items():
        Provider.objects.update_or_create(
            ods_code=code, defaults={"name": name, "icb_ods_code": icb_code}
        )
    logins = []

    def member(username: str, first: str, last: str, role: Role, **where: object) -> User:
        user = User.objects.create_user(
            username, password=PASSWORD, first_name=first, last_name=last
        )
        Membership.objects.create(user=user, role=role, **where)
        logins.append(Login(username, Role(role).label, str(next(iter(where.values())))))
        return user

    social_worker = member("sw", "Sam", "Worker", Role.SOCIAL_WORKER, council=council)
    member("tm", "Tara", "Manager", Role.TEAM_MANAGER, council=council, team=north)
    member("coordinator", "Chris", "Coordinator", Role.HEALTH_COORDINATOR, council=council)
    iro = member("iro", "Indira", "Reviewer", Role.IRO, council=council)
    member("admin", "Alex", "Admin", Role.COUNCIL_ADMIN, council=council)
    member("nurse", "Nadia", "Nurse", Role.DESIGNATED_PROFESSIONAL, icb=icb)
    member("provider", "Priya", "Paediatrician", Role.PROVIDER_LAC_TEAM,
           provider=Provider.objects.get(pk="RHA"))  # fmt: skip
    practice = (  # the home ICB's practice with the most of the region's children
        GPRegistration.objects.filter(end__isnull=True, practice__icb_ods_code_2026="QT1")
        .values("practice")
        .annotate(n=Count("pk"))
        .order_by("-n", "practice")
        .values_list("practice", flat=True)
        .first()
    )
    member("gp", "Gita", "Practice", Role.GP_PRACTICE,
           gp_practice=GPPractice.objects.get(pk=practice))  # fmt: skip
    member("panel", "Pat", "Panel", Role.PANEL_MEMBER, council=council)
    in_care = list(
        Child.objects.filter(council=council, team=north, episodes__end__isnull=True)
        .distinct()
        .order_by("pk")
    )
    for child in in_care[:25]:
        Allocation.objects.create(
            child=child, user=social_worker, kind=Allocation.Kind.SOCIAL_WORKER,
            start=today - dt.timedelta(days=90),
        )  # fmt: skip
    everyone = list(
        Child.objects.filter(council=council, episodes__end__isnull=True).distinct().order_by("pk")
    )
    for child in rng.sample(everyone, min(40, len(everyone))):
        Allocation.objects.create(
            child=child, user=iro, kind=Allocation.Kind.IRO, start=today - dt.timedelta(days=200)
        )
    placed_here = Child.objects.filter(host_icb="QT1", episodes__end__isnull=True).distinct()
    for child in placed_here.order_by("pk")[:60]:
        Referral.objects.create(child=child, provider_id="RHA", start=today - dt.timedelta(days=30))
    return logins
