"""Issue 5 §7: a provider records a WNB, then a second, and the team manager's worklist shows
the escalation; every page checked for accessibility."""

from __future__ import annotations

import pytest
from django.test import Client
from playwright.sync_api import Page, expect

from incare.web.care.models import AssessmentRequest
from incare.web.children.models import Child
from tests.browser.conftest import assert_accessible, sign_in
from tests.web.personas import World, signed_in

pytestmark = pytest.mark.django_db(transaction=True)


def request_iha(world: World) -> AssessmentRequest:
    """The social worker asks provider RHA for a1's IHA (through the page, as a user would)."""
    child = world.children["a1"]
    client: Client = signed_in(world.users["social_worker"])
    response = client.post(
        f"/children/{child.pk}/assessments/request/",
        {"kind": "IHA", "provider_ods": "RHA", "requested_on": "2026-11-02",
         "version": str(Child.objects.get(pk=child.pk).version)},
    )  # fmt: skip
    assert response.status_code == 302, response.content[:2000]
    return AssessmentRequest.objects.get(child=child)


def record_a_missed_appointment(page: Page, base: str, request_id: int, day: str) -> None:
    page.goto(f"{base}/assessments/{request_id}/")
    page.get_by_label("Appointment date").fill(day)
    page.get_by_role("button", name="Book the appointment").click()
    page.get_by_label("Was not brought (WNB)").check()
    assert_accessible(page)
    page.get_by_role("button", name="Record the outcome").click()


def test_two_children_not_brought_reach_the_team_managers_worklist(
    page: Page, live_server: object, people: World
) -> None:
    base = str(live_server)
    request = request_iha(people)
    sign_in(page, base, "provider")
    page.goto(f"{base}/assessments/")
    expect(page.get_by_role("heading", name="Health assessment requests to")).to_be_visible()
    assert_accessible(page)
    record_a_missed_appointment(page, base, request.pk, "2026-11-09")
    record_a_missed_appointment(page, base, request.pk, "2026-11-16")
    page.goto(f"{base}/assessments/{request.pk}/")
    expect(page.locator("main")).to_contain_text("Was not brought")
    assert_accessible(page)

    page.context.clear_cookies()
    sign_in(page, base, "team_manager")
    tasks = page.locator("#escalation-tasks")
    expect(tasks).to_contain_text("A1 Test")
    assert_accessible(page)
