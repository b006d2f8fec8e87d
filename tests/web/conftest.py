"""The web tests' region and personas (`tests.web.personas`), and a fixed today."""

from __future__ import annotations

import pytest

from incare.services.reference import load_reference
from tests.web.personas import TODAY, World, build_world


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: pytest.FixtureRequest) -> None:
    """The reference data once per test session (each test then runs in a transaction)."""
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        load_reference()


@pytest.fixture(autouse=True)
def fixed_today(settings: pytest.FixtureRequest) -> None:
    settings.INCARE_TODAY = TODAY  # type: ignore[attr-defined]


@pytest.fixture
def world(db: None) -> World:
    return build_world()
