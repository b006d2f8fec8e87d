"""The permission matrix: every role against every page and action, allowed and refused.

A role that may never use a page gets 403; a child outside the role's scope gets 404 (its
existence is itself sensitive); and no list, count or export shows a child outside the scope.
"""

from __future__ import annotations

import csv
import io

import pytest

from incare.services import policy
from incare.web.audit.models import AuditEvent
from incare.web.people.models import Membership
from tests.web.personas import TODAY, World

pytestmark = pytest.mark.django_db

# persona -> the children whose full record it may open
RECORDS = {
    "social_worker": {"a1"},
    "team_manager": {"a1"},
    "coordinator": {"a1", "a2"},
    "iro": {"a1"},
    "council_admin": set(),
    "nurse": {"a1", "a2", "b1"},
    "provider": {"a1"},
    "gp": set(),
    "panel": set(),
    "outsider": set(),
}
# persona -> the children whose GP summary it may open
SUMMARIES = {persona: set() for persona in RECORDS} | {"gp": {"a1", "a2"}}
# persona -> (worklist, exports, audit search, panel report): 200 or 403
PAGES = {
    "social_worker": (200, 200, 403, 403),
    "team_manager": (200, 200, 403, 200),
    "coordinator": (200, 200, 403, 200),
    "iro": (200, 200, 403, 403),
    "council_admin": (403, 403, 200, 403),
    "nurse": (200, 200, 200, 403),
    "provider": (200, 200, 403, 403),
    "gp": (200, 403, 403, 403),
    "panel": (403, 403, 403, 200),
    "outsider": (200, 200, 403, 403),
}
PERSONAS = sorted(RECORDS)
CHILDREN = ("a1", "a2", "b1", "b2")


def expected_record_status(persona: str, child: str) -> int:
    if not policy.has(_membership(persona), policy.Permission.VIEW_RECORD):
        return 403
    return 200 if child in RECORDS[persona] else 404


def _membership(persona: str) -> Membership:
    return Membership.objects.get(user__username=persona)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("child", CHILDREN)
def test_a_childs_record_opens_only_for_the_roles_that_reach_it(
    world: World, persona: str, child: str
) -> None:
    response = world.client(persona).get(f"/children/{world.children[child].pk}/")
    assert response.status_code == expected_record_status(persona, child)
    if response.status_code != 200:
        assert world.children[child].name.encode() not in response.content  # "A2 Test"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("child", CHILDREN)
def test_a_gp_summary_opens_only_for_the_practice_the_child_is_registered_with(
    world: World, persona: str, child: str
) -> None:
    response = world.client(persona).get(f"/children/{world.children[child].pk}/summary/")
    if persona != "gp":
        assert response.status_code == 403
    else:
        assert response.status_code == (200 if child in SUMMARIES["gp"] else 404)


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_role_reaches_the_pages_its_role_allows(world: World, persona: str) -> None:
    client = world.client(persona)
    worklist, exports, audit, panel = PAGES[persona]
    assert client.get("/").status_code == worklist
    assert client.get("/worklist.csv").status_code == exports
    assert client.get("/worklist.xlsx").status_code == exports
    assert client.get("/audit/").status_code == audit
    assert client.get("/panel/").status_code == panel


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_policy_scope_is_exactly_the_children_each_role_should_reach(
    world: World, persona: str
) -> None:
    found = {c.child_ref for c in policy.children(_membership(persona), TODAY)}
    assert found == RECORDS[persona] | SUMMARIES[persona]


@pytest.mark.parametrize("persona", [p for p in PERSONAS if PAGES[p][0] == 200])
def test_the_worklist_lists_and_counts_only_children_in_scope(world: World, persona: str) -> None:
    client = world.client(persona)
    page = client.get("/", {"status": "all"}).content.decode()
    visible = RECORDS[persona] | SUMMARIES[persona]
    for ref, child in world.children.items():
        shown = f"/children/{child.pk}/" in page
        assert shown == (ref in visible), ref
    # A search for a child outside the scope finds nothing, and says nothing more.
    for ref in set(CHILDREN) - visible:
        result = client.get("/", {"status": "all", "q": ref}).content.decode()
        assert "0 duties match" in result


@pytest.mark.parametrize("persona", [p for p in PERSONAS if PAGES[p][1] == 200])
def test_an_export_holds_only_children_in_scope_and_is_audited(world: World, persona: str) -> None:
    response = world.client(persona).get("/worklist.csv", {"status": "all"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {r["child"] for r in rows} == RECORDS[persona]
    event = AuditEvent.objects.get(actor__username=persona, action="export")
    assert event.detail["rows"] == len(rows)


def test_gp_worklist_shows_only_the_notifications_addressed_to_the_practice(world: World) -> None:
    page = world.client("gp").get("/", {"status": "all"}).content.decode()
    results = page[page.index('<div id="results">') :]
    assert "Notify the NHS" in results
    assert "Initial health assessment" not in results


def test_a_role_chosen_in_the_session_cannot_be_another_users_membership(world: World) -> None:
    client = world.client("outsider")
    session = client.session
    session["incare_membership"] = _membership("coordinator").pk
    session.save()
    response = client.get(f"/children/{world.children['a2'].pk}/")
    assert response.status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in_from_every_page(world: World) -> None:
    from django.test import Client

    for path in (
        "/",
        "/audit/",
        "/panel/",
        "/worklist.csv",
        f"/children/{world.children['a1'].pk}/",
    ):
        response = Client().get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/sign-in/")
