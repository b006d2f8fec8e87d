"""Browser tests: the real pages in headless Chromium (Playwright, the system /usr/bin/chromium),
each page checked for accessibility with axe-core (WCAG 2.2 AA rules)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

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
