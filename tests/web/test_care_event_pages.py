"""The pages that record care events and the rest of the record (issue 5 §1, §5, §6): who may
open them (403 for a role that may never record, 404 for a child outside scope), what a saved
form says, bad input (400, nothing changed) and two people saving the same child (409, what
was typed kept)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from incare.interop.ssda903 import codes
from incare.interop.ssda903.years import FIRST_SUPPORTED, LAST_SUPPORTED
from incare.services import care_records
from incare.services.child_changes import Actor
from incare.web.audit.models import AuditEvent
from incare.web.care import forms_events as forms
from incare.web.children.models import Child, Episode, Review
from incare.web.duties.models import StoredDuty
from incare.web.people.models import Membership
from tests.web.personas import TODAY, World, X, Y

pytestmark = pytest.mark.django_db

EVENT_PAGES = ("care-enter", "care-move", "care-legal-status", "care-cease")
CARE_PAGES = (
    "care-visit", "care-plan", "care-sdq", "care-dental", "care-immunisations",
    "care-health-summary",
)  # fmt: skip
ALL_PAGES = (*EVENT_PAGES, "care-review", *CARE_PAGES)


def actor_of(world: World, persona: str = "social_worker") -> Actor:
    user = world.users[persona]
    return Actor(user, Membership.objects.get(user=user), None, timezone.now(), TODAY)


def url(name: str, child: Child) -> str:
    return reverse(name, kwargs={"child_id": child.pk})


def version(child: Child) -> str:
    child.refresh_from_db()
    return str(child.version)


def facts(child: Child) -> tuple[Any, ...]:
    child.refresh_from_db()
    return (
        child.version,
        list(Episode.objects.filter(child=child).order_by("start").values()),
        list(Review.objects.filter(child=child).values_list("date", "participation")),
        sorted(StoredDuty.objects.filter(child=child).values_list("code", "anchor", "met"),
               key=str),
    )  # fmt: skip


def move_form(child: Child, **overrides: str) -> dict[str, str]:
    data = {
        "version": version(child), "date": "2026-11-16", "placement": "U6",
        "placement_postcode": "DE11 9BS", "emergency": "no", "reason_place_change": "CARPL",
    }  # fmt: skip
    data.update(overrides)
    return data


def text(response: Any) -> str:
    return str(response.content.decode())


# --- the code lists ------------------------------------------------------------------------


def test_the_forms_label_every_903_code_they_offer_and_no_other() -> None:
    years = range(FIRST_SUPPORTED, LAST_SUPPORTED + 1)
    assert set(forms.PLACEMENTS) == set().union(*(codes.placement_types(y) for y in years))
    assert set(forms.LEGAL_STATUSES) == codes.LEGAL_STATUS
    assert set(forms.REASONS_CEASED) == codes.REASON_EPISODE_CEASED - {"X1"}
    assert set(forms.REASONS_PLACE_CHANGE) == codes.REASON_PLACE_CHANGE
    assert set(forms.CATEGORIES_OF_NEED) == codes.CATEGORY_OF_NEED
    assert set(forms.PARTICIPATION) == codes.REVIEW_CODES


# --- the record links to the forms the role may use -----------------------------------------


def test_the_record_links_a_social_worker_to_every_form_for_a_child_in_care(
    world: World,
) -> None:
    child = world.children["a1"]
    page = text(world.client("social_worker").get(f"/children/{child.pk}/"))
    section = page[page.index('id="record-links"') :]
    for name in ("care-move", "care-legal-status", "care-cease", "care-review", *CARE_PAGES):
        assert url(name, child) in section
    assert url("care-enter", child) not in section  # already in care


def test_the_record_offers_entering_care_once_care_has_ended(world: World) -> None:
    child = world.children["a1"]
    Episode.objects.filter(child=child).update(end=dt.date(2026, 10, 1), reason_ceased="E8")
    page = text(world.client("social_worker").get(f"/children/{child.pk}/"))
    assert url("care-enter", child) in page
    assert url("care-move", child) not in page


def test_the_record_offers_an_iro_only_the_review(world: World) -> None:
    child = world.children["a1"]
    page = text(world.client("iro").get(f"/children/{child.pk}/"))
    assert url("care-review", child) in page
    for name in (*EVENT_PAGES, *CARE_PAGES):
        assert url(name, child) not in page


def test_the_record_offers_a_designated_nurse_no_form(world: World) -> None:
    child = world.children["a1"]
    page = text(world.client("nurse").get(f"/children/{child.pk}/"))
    assert 'id="record-links"' not in page
    assert 'id="care-records"' in page  # what is recorded is still shown


# --- permissions ----------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["panel", "gp", "council_admin", "nurse", "provider"])
def test_roles_that_never_record_care_get_403_on_every_form(world: World, persona: str) -> None:
    child = world.children["a1"]
    client = world.client(persona)
    before = facts(child)
    for name in ALL_PAGES:
        assert client.get(url(name, child)).status_code == 403, name
        assert client.post(url(name, child), {"version": "0"}).status_code == 403, name
    assert facts(child) == before


def test_an_iro_may_record_a_review_but_no_other_form(world: World) -> None:
    child = world.children["a1"]
    client = world.client("iro")
    assert client.get(url("care-review", child)).status_code == 200
    for name in (*EVENT_PAGES, *CARE_PAGES):
        assert client.get(url(name, child)).status_code == 403, name


@pytest.mark.parametrize(("persona", "ref"), [("social_worker", "a2"), ("outsider", "a1")])
def test_a_social_worker_gets_404_for_a_child_not_allocated_to_them(
    world: World, persona: str, ref: str
) -> None:
    child = world.children[ref]
    client = world.client(persona)
    before = facts(child)
    for name in ALL_PAGES:
        assert client.get(url(name, child)).status_code == 404, name
        assert client.post(url(name, child), move_form(child)).status_code == 404, name
    assert facts(child) == before


def test_each_form_opens_for_the_allocated_social_worker_and_the_view_is_audited(
    world: World,
) -> None:
    child = world.children["a1"]
    client = world.client("social_worker")
    for name in ALL_PAGES:
        response = client.get(url(name, child))
        assert response.status_code == 200, name
        page = text(response)
        assert f'name="version" value="{child.version}"' in page
        assert 'name="csrfmiddlewaretoken"' in page
    views = AuditEvent.objects.filter(action="view", child=child, what__startswith="form: ")
    assert views.count() == len(ALL_PAGES)


# --- saving ---------------------------------------------------------------------------------


def test_a_move_redirects_to_the_record_and_says_who_must_be_told(world: World) -> None:
    child = world.children["a1"]
    client = world.client("social_worker")
    response = client.post(url("care-move", child), move_form(child), follow=True)
    assert response.redirect_chain == [(f"/children/{child.pk}/", 302)]
    page = text(response)
    assert "The move on 16 November 2026 is recorded." in page
    assert "3 notifications to the NHS are now due, by 23 November 2026" in page
    told = StoredDuty.objects.filter(child=child, code="NOTIFY", trigger="move")
    assert set(told.values_list("recipient", flat=True)) == {X, Y, world.practices["g1"].code}
    assert AuditEvent.objects.filter(
        action="update", child=child, what="care event: change of placement"
    ).exists()


def test_a_review_from_the_form_meets_the_review_duty(world: World) -> None:
    child = world.children["a1"]
    client = world.client("iro")
    response = client.post(
        url("care-review", child),
        {"version": version(child), "date": "2026-09-25", "participation": "PN1"},
        follow=True,
    )
    assert "Review of the care plan: met on time." in text(response)
    duty = StoredDuty.objects.filter(child=child, code="REVIEW").order_by("anchor").first()
    assert duty is not None
    assert (duty.met, duty.settled_status) == (dt.date(2026, 9, 25), "met")


def test_an_sdq_from_the_form_says_its_band_and_the_record_lists_it(world: World) -> None:
    child = world.children["a1"]
    response = world.client("social_worker").post(
        url("care-sdq", child),
        {"version": version(child), "date": "2026-11-20", "score": "18"},
        follow=True,
    )
    page = text(response)
    assert "score 18, band concern (17 to 40)" in page
    assert "Score 18, band concern (17 to 40)" in page  # in the record's list


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("care-visit", {"date": "2026-09-05", "seen_alone": "yes"}, "Social worker visit: met"),
        ("care-plan", {"date": "2026-09-10"}, "Care plan: met on time."),
        ("care-dental", {"date": "2026-10-01"}, "Dental check: met on time."),
        ("care-immunisations", {"up_to_date": "yes"}, "Immunisations are recorded as up to date"),
        ("care-legal-status", {"date": "2026-11-02", "legal_status": "C1"},
         "The legal status is C1 from 2 November 2026."),
        ("care-cease", {"date": "2026-11-02", "reason": "E4A"}, "Care ended on 2 November 2026"),
    ],
    ids=["visit", "care-plan", "dental", "immunisations", "legal-status", "cease"],
)  # fmt: skip
def test_each_form_saves_and_says_what_changed(
    world: World, name: str, data: dict[str, str], said: str
) -> None:
    child = world.children["a1"]
    response = world.client("social_worker").post(
        url(name, child), {"version": version(child), **data}, follow=True
    )
    assert response.redirect_chain == [(f"/children/{child.pk}/", 302)]
    assert said in text(response)


def test_entering_care_from_the_form(world: World) -> None:
    child = world.children["a1"]
    Episode.objects.filter(child=child).update(end=dt.date(2026, 10, 1), reason_ceased="E8")
    response = world.client("social_worker").post(
        url("care-enter", child),
        {"version": version(child), "start": "2026-11-02", "legal_status": "V2",
         "placement": "U6", "placement_postcode": "de11 9bs", "emergency": "yes",
         "home_postcode": "", "category_of_need": ""},
        follow=True,
    )  # fmt: skip
    assert "Care began on 2 November 2026." in text(response)
    new = Episode.objects.get(child=child, start=dt.date(2026, 11, 2))
    assert (new.rne, new.emergency, new.placement_icb) == ("S", True, Y)


# --- bad input: 400, a clear message, nothing changed ---------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("care-move", {"date": "2026-02-30"}, "The date of the move must be a real date"),
        ("care-move", {"date": "2026-11-24"}, "must be today or in the past"),
        ("care-move", {"date": ""}, "Enter the date of the move"),
        ("care-move", {"placement": "Z1"}, "not valid in the 2026/27 collection year"),
        ("care-move", {"placement": "QQ"}, "Select the placement type from the list"),
        ("care-move", {"placement_postcode": "NOT A CODE"}, "Enter a real postcode"),
        ("care-move", {"emergency": ""}, "Select whether this was an emergency placement"),
        ("care-review", {"date": "2026-08-15", "participation": "PN1"},
         "was not in care on 15 August 2026"),
        ("care-visit", {"date": "2026-13-01", "seen_alone": "no"},
         "The date of the visit must be a real date"),
        ("care-sdq", {"date": "2026-10-01", "score": "41"}, "from 0 to 40"),
        ("care-sdq", {"date": "2026-10-01", "score": "lots"}, "must be a whole number"),
        ("care-health-summary", {"date": "2026-10-01"}, "aged 16 or over"),
    ],
    ids=["impossible-date", "future-date", "no-date", "code-of-another-year", "unknown-code",
         "malformed-postcode", "no-answer", "review-outside-care", "impossible-month",
         "sdq-score", "sdq-not-a-number", "health-summary-too-young"],
)  # fmt: skip
def test_bad_input_is_refused_with_the_error_summary_and_changes_nothing(
    world: World, name: str, data: dict[str, str], message: str
) -> None:
    child = world.children["a1"]
    base = move_form(child) if name == "care-move" else {"version": version(child)}
    before = facts(child)
    response = world.client("social_worker").post(url(name, child), {**base, **data})
    assert response.status_code == 400
    page = text(response)
    assert "There is a problem" in page
    assert message in page
    assert "govuk-form-group--error" in page
    assert facts(child) == before
    for key, value in data.items():  # what was typed is kept
        if value and key in ("date", "placement_postcode", "score"):
            assert f'value="{value}"' in page, key


def test_a_move_without_an_open_period_is_refused_with_a_message(world: World) -> None:
    child = world.children["a1"]
    Episode.objects.filter(child=child).update(end=dt.date(2026, 10, 1), reason_ceased="E8")
    before = facts(child)
    response = world.client("social_worker").post(url("care-move", child), move_form(child))
    assert response.status_code == 400
    assert "is not in care, so no move can be recorded" in text(response)
    assert facts(child) == before


# --- two people saving the same child -------------------------------------------------------


def test_the_second_of_two_saves_gets_409_and_keeps_what_was_typed(world: World) -> None:
    child = world.children["a1"]
    first, second = world.client("social_worker"), world.client("coordinator")
    opened = text(second.get(url("care-move", child)))
    opened_at = re.search(r'name="version" value="(\d+)"', opened)
    assert opened_at is not None
    # Meanwhile the social worker records a visit.
    assert (
        first.post(
            url("care-visit", child),
            {"version": version(child), "date": "2026-09-05", "seen_alone": "yes"},
        ).status_code
        == 302
    )
    saved = facts(child)
    typed = move_form(child, version=opened_at.group(1), placement_postcode="DE11 9BS",
                      date="2026-11-13")  # fmt: skip
    response = second.post(url("care-move", child), typed)
    assert response.status_code == 409
    page = text(response)
    assert "record after you opened this form. Nothing you entered was saved" in page
    assert 'value="DE11 9BS"' in page
    assert 'value="2026-11-13"' in page
    assert '<option value="U6" selected>' in page
    assert 'value="CARPL" selected' in page
    assert facts(child) == saved
    # After checking the record, saving the kept form again goes through.
    kept = re.search(r'name="version" value="(\d+)"', page)
    assert kept is not None
    assert kept.group(1) == version(child)
    again = second.post(url("care-move", child), {**typed, "version": kept.group(1)})
    assert again.status_code == 302
    assert Episode.objects.filter(child=child, start=dt.date(2026, 11, 13), rne="P").exists()


def test_a_form_without_its_version_is_refused(world: World) -> None:
    child = world.children["a1"]
    before = facts(child)
    data = move_form(child)
    del data["version"]
    response = world.client("social_worker").post(url("care-move", child), data)
    assert response.status_code == 400
    assert "This form is out of date" in text(response)
    assert facts(child) == before


def test_a_review_service_call_bumps_the_version_the_form_carries(world: World) -> None:
    child = world.children["a1"]
    old = version(child)
    care_records.record_review(
        child_id=child.pk, version=int(old), actor=actor_of(world), date=dt.date(2026, 9, 20),
        participation="PN1",
    )  # fmt: skip
    page = text(world.client("social_worker").get(url("care-review", child)))
    assert f'name="version" value="{int(old) + 1}"' in page
