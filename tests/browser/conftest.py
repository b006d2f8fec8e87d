"""Browser tests: the real pages in headless Chromium (Playwright, the system /usr/bin/chromium),
each page checked for accessibility with axe-core (WCAG 2.2 AA rules)."""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Browser, Page, expect, sync_playwright

from incare.services.reference import load_reference
from tests.web.personas import TODAY, World, build_world

CHROMIUM = os.environ.get("INCARE_CHROMIUM", "/usr/bin/chromium")
AXE = Path(os.environ.get("INCARE_NODE_MODULES", "node_modules")) / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session", autouse=True)
def orm_beside_playwright() -> Iterator[None]:
    """Playwright's synchronous API runs an event loop in this thread; the tests' own ORM calls
    are still synchronous and in order, so Django's guard against ORM calls inside a running
    loop is lifted for the browser tests only."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (CI's .ci/run does)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        )  # fmt: skip
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    # axe is injected by the test, so the page's own CSP must not block that one script.
    context = browser.new_context(bypass_csp=True, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


def accessibility_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations of WCAG 2.0-2.2 A and AA on the page as it stands."""
    page.add_script_tag(path=str(AXE))
    result: dict[str, Any] = page.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag', values:
            ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
    ]


def assert_accessible(page: Page) -> None:
    violations = accessibility_violations(page)
    assert violations == [], violations


PASSWORD = "a long test password"


@pytest.fixture(autouse=True)
def fixed_today(settings: pytest.FixtureRequest) -> None:
    settings.INCARE_TODAY = TODAY  # type: ignore[attr-defined]


TRIGGERS = importlib.import_module("incare.web.audit.migrations.0002_append_only_triggers")


@pytest.fixture
def people(transactional_db: None) -> Iterator[World]:
    """Transactional tests (the server runs in another thread) empty every table after each
    test, so each builds its region again. Emptying the audit table is what its append-only
    triggers refuse: they are lifted for that teardown only, and put back for the next test."""
    with connection.schema_editor() as editor:
        TRIGGERS.drop_triggers(None, editor)
        TRIGGERS.create_triggers(None, editor)
    load_reference()
    yield build_world()
    with connection.schema_editor() as editor:
        TRIGGERS.drop_triggers(None, editor)


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/sign-in/"))
    assert_accessible(page)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Set up two-factor sign-in")).to_be_visible()
    assert_accessible(page)
    device = TOTPDevice.objects.get(user__username=username)
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    page.get_by_label("The 6-digit code from your authenticator app").fill(f"{code:06d}")
    page.get_by_role("button", name="Continue").click()
