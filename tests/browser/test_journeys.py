"""Signing in and the worklists, driven in headless Chromium, with an accessibility check on
every page the journey visits."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible, sign_in
from tests.web.personas import World

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_coordinator_signs_in_with_two_factors_and_works_the_list(
    page: Page, live_server: object, people: World
) -> None:
    base = str(live_server)
    sign_in(page, base, "coordinator")
    expect(page.get_by_role("heading", name="My work")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Status").select_option("all")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#result-count")).to_contain_text("match")
    rows = page.locator("#results tbody tr")
    assert rows.count() > 0
    assert_accessible(page)
    page.get_by_role("link", name="A2 Test").first.click()
    expect(page.get_by_role("heading", name="A2 Test")).to_be_visible()
    expect(page.locator("#identity")).to_contain_text("943 476 5919")
    assert_accessible(page)


def test_a_designated_nurse_filters_to_children_placed_out_of_area(
    page: Page, live_server: object, people: World
) -> None:
    base = str(live_server)
    sign_in(page, base, "nurse")
    page.get_by_label("Status").select_option("all")
    page.get_by_label("Placement").select_option("out")
    page.get_by_role("button", name="Apply filters").click()
    expect(page.locator("#results")).to_contain_text("A2 Test")
    expect(page.locator("#results")).not_to_contain_text("A1 Test")
    assert_accessible(page)


def test_a_gp_practice_sees_its_notifications_and_a_registered_childs_summary(
    page: Page, live_server: object, people: World
) -> None:
    base = str(live_server)
    sign_in(page, base, "gp")
    expect(page.get_by_role("heading", name="Notifications")).to_be_visible()
    page.get_by_label("Status").select_option("all")
    page.get_by_role("button", name="Apply filters").click()
    page.get_by_role("link", name="A1 Test").first.click()
    expect(page.get_by_role("heading", name="Notifications to your practice")).to_be_visible()
    assert_accessible(page)
    page.goto(f"{base}/children/{people.children['b1'].pk}/summary/")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()


def test_a_panel_member_sees_aggregates_and_no_child(
    page: Page, live_server: object, people: World
) -> None:
    base = str(live_server)
    sign_in(page, base, "panel")
    page.goto(f"{base}/panel/")
    expect(page.get_by_role("heading", name="Corporate Parenting Panel report")).to_be_visible()
    assert_accessible(page)
    page.goto(f"{base}/children/{people.children['a1'].pk}/")
    expect(page.get_by_role("heading", name="You cannot use this page")).to_be_visible()


def test_the_accessibility_check_finds_a_form_field_without_a_label(page: Page) -> None:
    page.set_content('<html lang="en"><title>t</title><main><input type="text"></main></html>')
    from tests.browser.conftest import accessibility_violations

    assert "label" in {v["id"] for v in accessibility_violations(page)}
