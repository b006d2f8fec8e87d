"""Signing in: a password, then a TOTP code (set up on first sign-in); throttled; audited;
sessions time out; demo mode skips only the second factor and says so."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from incare.web.audit.models import AuditEvent
from tests.web.personas import World

pytestmark = pytest.mark.django_db
PASSWORD = "a long test password"


def password_step(client: Client, username: str, password: str = PASSWORD) -> None:
    client.post("/sign-in/", {"username": username, "password": password})


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_a_password_alone_leads_only_to_the_two_factor_step(world: World) -> None:
    client = Client()
    response = client.post("/sign-in/", {"username": "coordinator", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/two-factor/"
    assert client.get("/").status_code == 302
    assert client.get(f"/children/{world.children['a1'].pk}/")["Location"] == "/two-factor/"


def test_first_sign_in_sets_up_an_authenticator_and_a_correct_code_lets_the_user_in(
    world: World,
) -> None:
    client = Client()
    password_step(client, "coordinator")
    page = client.get("/two-factor/").content.decode()
    assert "Set up two-factor sign-in" in page
    assert "<svg" in page
    device = TOTPDevice.objects.get(user__username="coordinator")
    assert not device.confirmed
    response = client.post("/two-factor/", {"code": current_code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/").status_code == 200


def test_a_wrong_code_is_refused_with_a_clear_message(world: World) -> None:
    client = Client()
    password_step(client, "coordinator")
    client.get("/two-factor/")
    response = client.post("/two-factor/", {"code": "000000"})
    assert "Enter the 6-digit code your authenticator app shows now" in response.content.decode()
    assert client.get("/").status_code == 302


def test_a_wrong_password_is_refused_and_audited_without_saying_which_part_was_wrong(
    world: World,
) -> None:
    response = Client().post("/sign-in/", {"username": "coordinator", "password": "wrong"})
    assert response.status_code == 200
    assert "Enter a correct username and password" in response.content.decode()
    event = AuditEvent.objects.get(action="sign_in_failed")
    assert event.detail == {"username": "coordinator"}
    # Filed under the user's council, so its administrator sees it in the audit trail.
    assert (event.role, event.organisation) == ("health_coordinator", "E10000024")


def test_five_failures_lock_the_username_even_with_the_right_password_next(world: World) -> None:
    client = Client()
    for _ in range(5):
        client.post("/sign-in/", {"username": "coordinator", "password": "wrong"})
    response = client.post("/sign-in/", {"username": "coordinator", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.content.decode()


def test_passwords_are_stored_with_argon2(world: World) -> None:
    assert User.objects.get(username="coordinator").password.startswith("argon2")


def test_an_open_redirect_after_sign_in_is_refused(world: World) -> None:
    client = Client()
    response = client.post(
        "/sign-in/?next=https://evil.example/",
        {"username": "coordinator", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert "evil.example" not in response["Location"]


def test_demo_mode_skips_the_second_factor_and_says_so_on_every_page(
    world: World, settings: pytest.FixtureRequest
) -> None:
    settings.TWO_FACTOR_REQUIRED = False  # type: ignore[attr-defined]
    settings.DEMO = True  # type: ignore[attr-defined]
    client = Client()
    password_step(client, "coordinator")
    page = client.get("/").content.decode()
    assert "Two-factor sign-in is switched off in demo mode" in page
    assert "My work" in page


def test_a_user_with_two_roles_chooses_one_and_sees_that_roles_pages(world: World) -> None:
    from incare.web.people.models import Membership, Role

    Membership.objects.create(
        user=world.users["coordinator"], role=Role.PANEL_MEMBER, council_id="E10000024"
    )
    client = world.client("coordinator")
    assert client.get("/")["Location"] == "/choose-role/"
    panel = Membership.objects.get(user__username="coordinator", role=Role.PANEL_MEMBER)
    client.post("/choose-role/", {"membership": panel.pk})
    assert client.get("/panel/").status_code == 200
    assert client.get("/").status_code == 403


def test_sessions_expire_after_thirty_idle_minutes_and_cookies_are_http_only() -> None:
    from django.conf import settings

    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST
    assert settings.SESSION_COOKIE_HTTPONLY


def test_every_page_sends_a_content_security_policy_without_inline_script(world: World) -> None:
    response = world.client("coordinator").get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
