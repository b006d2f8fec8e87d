"""Named personas in a small region, for the permission matrix and the page tests.

Council A (Nottinghamshire, in ICB X = QT1) has two teams; council B (Derbyshire, in ICB
Y = QJ2). Children:
* a1: A, team North, allocated to A's social worker and IRO, registered with GP G1 (in X),
  referred to provider P; placed at home in X.
* a2: A, team South, placed out of area in Y, still registered with G1.
* b1: B's child (GP G2 in Y) placed in X's area: host ICB X.
* b2: B's child placed at home in Y.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from incare.services.stored_duties import refresh
from incare.web.children.models import Allocation, Child, Episode, GPRegistration, Referral
from incare.web.organisations.models import ICB, GPPractice, Provider, Team
from incare.web.people.models import Membership, Role

TODAY = dt.date(2026, 11, 23)
A, B = "E10000024", "E10000007"
X, Y = "QT1", "QJ2"


@dataclass
class World:
    children: dict[str, Child]
    users: dict[str, User]
    practices: dict[str, GPPractice]

    def client(self, persona: str) -> Client:
        """A browser signed in as `persona`, past the two-factor step."""
        return signed_in(self.users[persona])


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    session = client.session
    session["otp_device_id"] = device.persistent_id  # what django_otp.login() stores
    session.save()
    return client


def _practice(icb: str, skip: int = 0) -> GPPractice:
    return GPPractice.objects.filter(icb_ods_code_2026=icb).order_by("code")[skip]


def _child(ref: str, council: str, team: Team | None, home: str, placed: str, la: str) -> Child:
    child = Child.objects.create(
        council_id=council, child_ref=ref, dob=dt.date(2014, 6, 1), given_name=ref.upper(),
        family_name="Test", nhs_number="9434765919", team=team, home_icb=home,
        history_from=dt.date(2025, 4, 1),
    )  # fmt: skip
    Episode.objects.create(
        child=child, start=dt.date(2026, 9, 1), rne="S", legal_status="C2", placement="U3",
        placement_icb=placed, placement_la=la,
    )  # fmt: skip
    return child


def build_world() -> World:
    north = Team.objects.create(council_id=A, name="North")
    south = Team.objects.create(council_id=A, name="South")
    provider = Provider.objects.create(ods_code="RHA", name="Provider P", icb_ods_code=X)
    g1, g2 = _practice(X), _practice(Y)
    children = {
        "a1": _child("a1", A, north, X, X, A),
        "a2": _child("a2", A, south, X, Y, B),
        "b1": _child("b1", B, None, Y, X, A),
        "b2": _child("b2", B, None, Y, Y, B),
    }
    # Registered with a GP at home before care; a2 keeps its home GP when placed away.
    for ref, practice in (("a1", g1), ("a2", g1), ("b1", g2), ("b2", g2)):
        GPRegistration.objects.create(
            child=children[ref], practice=practice, start=dt.date(2020, 1, 1)
        )
    users: dict[str, User] = {}

    def persona(name: str, role: Role, **where: object) -> User:
        user = User.objects.create_user(name, password="a long test password")
        Membership.objects.create(user=user, role=role, **where)  # type: ignore[misc]
        users[name] = user
        return user

    sw = persona("social_worker", Role.SOCIAL_WORKER, council_id=A)
    persona("team_manager", Role.TEAM_MANAGER, council_id=A, team=north)
    persona("coordinator", Role.HEALTH_COORDINATOR, council_id=A)
    iro = persona("iro", Role.IRO, council_id=A)
    persona("council_admin", Role.COUNCIL_ADMIN, council_id=A)
    persona("nurse", Role.DESIGNATED_PROFESSIONAL, icb=ICB.objects.get(ods_code=X, valid_to=None))
    persona("provider", Role.PROVIDER_LAC_TEAM, provider=provider)
    persona("gp", Role.GP_PRACTICE, gp_practice=g1)
    persona("panel", Role.PANEL_MEMBER, council_id=A)
    persona("outsider", Role.SOCIAL_WORKER, council_id=B)
    start = dt.date(2026, 9, 1)
    Allocation.objects.create(child=children["a1"], user=sw, kind="social_worker", start=start)
    Allocation.objects.create(child=children["a1"], user=iro, kind="iro", start=start)
    # An allocation that ended, and one to the IRO as a social worker: neither gives access.
    Allocation.objects.create(
        child=children["a2"], user=sw, kind="social_worker", start=start,
        end=dt.date(2026, 10, 1),
    )  # fmt: skip
    Allocation.objects.create(child=children["a2"], user=iro, kind="social_worker", start=start)
    Referral.objects.create(child=children["a1"], provider=provider, start=start)
    refresh([c.pk for c in children.values()], as_at=TODAY)
    for child in children.values():
        child.refresh_from_db()
    return World(children, users, {"g1": g1, "g2": g2})
