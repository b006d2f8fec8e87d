"""Issue 5 §7: a social worker moves a child into another ICB's area and sees three NOTIFY
duties, records them; the designated nurse of a receiving ICB acknowledges; the GP practice
sees the notification for its registered child and nothing about another child. Each page is
checked for accessibility."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from incare.web.care.models import Notification
from incare.web.duties.models import StoredDuty
from tests.browser.conftest import assert_accessible, sign_in
from tests.web.personas import World

pytestmark = pytest.mark.django_db(transaction=True)
MOVED_ON = "2026-11-16"  # a week before today (2026-11-23)
DERBYSHIRE_POSTCODE = "DE11 9BS"  # in ICB Y (QJ2)


def test_a_move_to_another_icb_is_notified_acknowledged_and_seen_by_the_gp(
    page: Page, live_server: object, people: World
) -> None:
    base = str(live_server)
    a1, b1 = people.children["a1"], people.children["b1"]
    sign_in(page, base, "social_worker")
    page.goto(f"{base}/children/{a1.pk}/move/")
    assert_accessible(page)
    page.locator("#id_date").fill(MOVED_ON)
    page.locator("#id_placement").select_option("U4")
    page.locator("#id_placement_postcode").fill(DERBYSHIRE_POSTCODE)
    page.locator("input[name=emergency][value=no]").check()
    page.locator("#id_reason_place_change").select_option(index=1)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="A1 Test")).to_be_visible()

    page.goto(f"{base}/children/{a1.pk}/notifications/")
    assert_accessible(page)
    due = StoredDuty.objects.filter(child=a1, code="NOTIFY", trigger="move")
    assert sorted(due.values_list("recipient", flat=True)) == sorted(
        ["QT1", "QJ2", people.practices["g1"].code]
    )
    for _ in range(3):
        form = page.locator("form", has=page.get_by_role("button", name="Record as sent")).first
        form.locator("input[type=radio]").first.check()
        form.locator("input[type=date]").fill("2026-11-23")
        form.get_by_role("button", name="Record as sent").click()
    assert Notification.objects.filter(child=a1, trigger="move").count() == 3
    assert set(due.values_list("settled_status", flat=True)) == {"met"}

    page.context.clear_cookies()
    sign_in(page, base, "nurse")
    page.goto(f"{base}/inbox/")
    assert_accessible(page)
    expect(page.locator("#inbox")).to_contain_text("A1 Test")
    page.get_by_role("button", name="Acknowledge").first.click()
    acknowledged = Notification.objects.get(child=a1, trigger="move", recipient="QT1")
    assert acknowledged.acknowledged_by == people.users["nurse"]

    page.context.clear_cookies()
    sign_in(page, base, "gp")
    page.goto(f"{base}/inbox/")
    expect(page.locator("#inbox")).to_contain_text("A1 Test")
    expect(page.locator("#inbox")).not_to_contain_text("B1 Test")
    assert_accessible(page)
    page.goto(f"{base}/children/{b1.pk}/summary/")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
