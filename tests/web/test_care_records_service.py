"""The rest of the record (issue 5 §5, §6): reviews, visits, care plans, SDQs, dental checks,
immunisations and health summaries, each meeting its duty at once, and refused with a clear
message (changing nothing) when the date is impossible for it.

a1 is in care since Tuesday 1 September 2026 (placement U3, born 1 June 2014); today is Monday
23 November 2026. Its duties (duties.md §3): CAREPLAN due 15 September (10 working days),
VISIT 8 September (7 days), REVIEW and IHA 29 September (20 working days), SDQ and DENTAL
1 September 2027 (12 months).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from django.utils import timezone

from incare.domain.calendar import add_months
from incare.services import care_events, care_records
from incare.services.care_records import band_of
from incare.services.child_changes import Actor, InvalidChange, StaleRecord
from incare.services.stored_duties import refresh
from incare.web.care.models import CareRecord
from incare.web.children.models import Child, Review
from incare.web.duties.models import StoredDuty
from incare.web.people.models import Membership
from tests.web.personas import TODAY, World

pytestmark = pytest.mark.django_db


def actor_of(world: World, persona: str = "social_worker") -> Actor:
    user = world.users[persona]
    return Actor(user, Membership.objects.get(user=user), None, timezone.now(), TODAY)


def save(
    world: World, service: Callable[..., care_events.Recorded], persona: str = "social_worker",
    ref: str = "a1", **values: Any,
) -> care_events.Recorded:  # fmt: skip
    child = world.children[ref]
    child.refresh_from_db()
    return service(child_id=child.pk, version=child.version, actor=actor_of(world, persona),
                   **values)  # fmt: skip


def status(child: Child, code: str, anchor: dt.date | None = None) -> tuple[Any, ...]:
    duties = StoredDuty.objects.filter(child=child, code=code).order_by("anchor")
    if anchor is not None:
        duties = duties.filter(anchor=anchor)
    first = duties.first()
    assert first is not None
    return first.met, first.settled_status


def state(child: Child) -> tuple[Any, ...]:
    child.refresh_from_db()
    return (
        child.version,
        child.immunisations_up_to_date,
        list(Review.objects.filter(child=child).values_list("date", "participation")),
        list(CareRecord.objects.filter(child=child).values_list("kind", "date", "sdq_score")),
        sorted(StoredDuty.objects.filter(child=child).values_list("code", "anchor", "met",
                                                                  "settled_status"), key=str),
    )  # fmt: skip


# --- each record meets its duty -------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "settled", "said"),
    [(dt.date(2026, 9, 29), "met", "met on time"), (dt.date(2026, 10, 5), "met_late", "met late")],
    ids=["on-the-due-date", "after-it"],
)
def test_a_review_meets_the_review_duty_on_time_or_late(
    world: World, day: dt.date, settled: str, said: str
) -> None:
    child = world.children["a1"]
    result = save(world, care_records.record_review, date=day, participation="PN1")
    assert status(child, "REVIEW") == (day, settled)
    assert f"Review of the care plan: {said}" in result.message
    # The second review is due 3 months after the first (duties.md §3 REVIEW).
    assert StoredDuty.objects.get(child=child, code="REVIEW", anchor=day, met=None).due == (
        add_months(day, 3)
    )


def test_a_review_recorded_by_the_iro_is_chaired_by_them(world: World) -> None:
    save(world, care_records.record_review, "iro", date=dt.date(2026, 9, 20),
         participation="PN2")  # fmt: skip
    review = Review.objects.get(child=world.children["a1"])
    assert (review.participation, review.chaired_by) == ("PN2", world.users["iro"])


def test_a_review_recorded_by_the_social_worker_is_chaired_by_the_allocated_iro(
    world: World,
) -> None:
    save(world, care_records.record_review, date=dt.date(2026, 9, 20), participation="PN7")
    assert Review.objects.get(child=world.children["a1"]).chaired_by == world.users["iro"]


@pytest.mark.parametrize(
    ("day", "settled"),
    [(dt.date(2026, 9, 8), "met"), (dt.date(2026, 9, 9), "met_late")],
    ids=["within-7-days", "on-the-8th-day"],
)
def test_a_visit_meets_the_first_visit_duty(world: World, day: dt.date, settled: str) -> None:
    child = world.children["a1"]
    save(world, care_records.record_visit, date=day, seen_alone=True)
    assert status(child, "VISIT") == (day, settled)
    assert CareRecord.objects.get(child=child, kind="visit").seen_alone is True


def test_a_care_plan_meets_the_care_plan_duty(world: World) -> None:
    child = world.children["a1"]
    result = save(world, care_records.record_care_plan, date=dt.date(2026, 9, 15))
    assert status(child, "CAREPLAN") == (dt.date(2026, 9, 15), "met")
    assert "Care plan: met on time." in result.message


def test_a_care_plan_made_before_care_began_counts(world: World) -> None:
    child = world.children["a1"]
    save(world, care_records.record_care_plan, date=dt.date(2026, 8, 20))
    assert status(child, "CAREPLAN") == (dt.date(2026, 8, 20), "met")


def test_an_sdq_meets_the_sdq_duty_and_says_its_band(world: World) -> None:
    child = world.children["a1"]
    result = save(world, care_records.record_sdq, date=dt.date(2026, 11, 20), score=15)
    assert status(child, "SDQ") == (dt.date(2026, 11, 20), "met")
    assert "score 15, band borderline (14 to 16)" in result.message
    assert CareRecord.objects.get(child=child, kind="sdq").sdq_score == 15


@pytest.mark.parametrize(
    ("score", "band"),
    [(0, "normal (0 to 13)"), (13, "normal (0 to 13)"), (14, "borderline (14 to 16)"),
     (16, "borderline (14 to 16)"), (17, "concern (17 to 40)"), (40, "concern (17 to 40)")],
)  # fmt: skip
def test_sdq_bands_are_the_domains(score: int, band: str) -> None:
    assert band_of(score) == band


def test_a_dental_check_meets_the_dental_duty(world: World) -> None:
    child = world.children["a1"]
    save(world, care_records.record_dental_check, date=dt.date(2026, 10, 12))
    assert status(child, "DENTAL") == (dt.date(2026, 10, 12), "met")


def test_immunisation_status_is_recorded_on_the_child(world: World) -> None:
    child = world.children["a1"]
    result = save(world, care_records.record_immunisations, up_to_date=False)
    child.refresh_from_db()
    assert child.immunisations_up_to_date is False
    assert result.message == "Immunisations are recorded as not up to date."


def test_a_health_summary_meets_the_care_leavers_duty(world: World) -> None:
    child = world.children["a1"]
    # Born 1 April 2009: 17½ on 1 October 2026, looked after then; due on the 18th birthday.
    Child.objects.filter(pk=child.pk).update(dob=dt.date(2009, 4, 1))
    refresh([child.pk], as_at=TODAY)
    assert status(child, "HEALTHSUMMARY") == (None, None)
    save(world, care_records.record_health_summary, date=dt.date(2026, 11, 20))
    assert status(child, "HEALTHSUMMARY") == (dt.date(2026, 11, 20), "met")


def test_a_health_summary_can_follow_the_end_of_care(world: World) -> None:
    child = world.children["a1"]
    Child.objects.filter(pk=child.pk).update(dob=dt.date(2009, 4, 1))
    save(world, care_events.cease_care, date=dt.date(2026, 11, 2), reason="E8")
    result = save(world, care_records.record_health_summary, date=dt.date(2026, 11, 20))
    assert result.what == "The health summary of 20 November 2026 is recorded."


# --- refusals -------------------------------------------------------------------------------

CASES: list[tuple[str, Callable[..., Any], dict[str, Any], str, str]] = [
    ("review-future", care_records.record_review,
     {"date": dt.date(2026, 11, 24), "participation": "PN1"}, "date", "today or in the past"),
    ("review-outside-care", care_records.record_review,
     {"date": dt.date(2026, 8, 31), "participation": "PN1"}, "date",
     "was not in care on 31 August 2026"),
    ("review-bad-code", care_records.record_review,
     {"date": dt.date(2026, 9, 20), "participation": "PN9"}, "participation",
     "not a participation code"),
    ("review-pn0-over-4", care_records.record_review,
     {"date": dt.date(2026, 9, 20), "participation": "PN0"}, "participation",
     "PN0 is for a child under 4"),
    ("visit-outside-care", care_records.record_visit,
     {"date": dt.date(2026, 8, 1), "seen_alone": False}, "date", "was not in care"),
    ("visit-before-birth", care_records.record_visit,
     {"date": dt.date(2014, 5, 1), "seen_alone": False}, "date", "date of birth"),
    ("care-plan-months-early", care_records.record_care_plan,
     {"date": dt.date(2026, 5, 31)}, "date", "was not in care"),
    ("sdq-score-too-high", care_records.record_sdq,
     {"date": dt.date(2026, 10, 1), "score": 41}, "score", "from 0 to 40"),
    ("sdq-outside-care", care_records.record_sdq,
     {"date": dt.date(2026, 8, 1), "score": 10}, "date", "was not in care"),
    ("dental-future", care_records.record_dental_check,
     {"date": dt.date(2027, 1, 1)}, "date", "today or in the past"),
    ("dental-outside-care", care_records.record_dental_check,
     {"date": dt.date(2026, 1, 1)}, "date", "was not in care"),
    ("health-summary-under-16", care_records.record_health_summary,
     {"date": dt.date(2026, 11, 20)}, "date", "aged 16 or over; this child was 12"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("service", "values", "field", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_refused_record_says_why_and_changes_nothing(
    world: World, service: Callable[..., Any], values: dict[str, Any], field: str, message: str
) -> None:
    child = world.children["a1"]
    before = state(child)
    with pytest.raises(InvalidChange) as refused:
        save(world, service, **values)
    assert message in refused.value.errors[field]
    assert state(child) == before


def test_pn1_to_pn7_are_refused_for_a_child_under_4(world: World) -> None:
    child = world.children["a1"]
    Child.objects.filter(pk=child.pk).update(dob=dt.date(2024, 1, 1))
    with pytest.raises(InvalidChange) as refused:
        save(world, care_records.record_review, date=dt.date(2026, 9, 20), participation="PN1")
    assert "the participation code is PN0" in refused.value.errors["participation"]


def test_an_sdq_is_refused_for_a_child_under_4(world: World) -> None:
    child = world.children["a1"]
    Child.objects.filter(pk=child.pk).update(dob=dt.date(2024, 1, 1))
    with pytest.raises(InvalidChange) as refused:
        save(world, care_records.record_sdq, date=dt.date(2026, 10, 1), score=3)
    assert "for children aged 4 to 16; this child was 2" in refused.value.errors["date"]


def test_a_second_review_on_the_same_day_is_refused(world: World) -> None:
    save(world, care_records.record_review, date=dt.date(2026, 9, 20), participation="PN1")
    with pytest.raises(InvalidChange) as refused:
        save(world, care_records.record_review, date=dt.date(2026, 9, 20), participation="PN2")
    assert "A review on 20 September 2026 is recorded already" in refused.value.errors["date"]


def test_a_second_visit_on_the_same_day_is_refused(world: World) -> None:
    save(world, care_records.record_visit, date=dt.date(2026, 9, 5), seen_alone=True)
    with pytest.raises(InvalidChange) as refused:
        save(world, care_records.record_visit, date=dt.date(2026, 9, 5), seen_alone=False)
    assert "recorded already" in refused.value.errors["date"]


def test_a_record_saved_from_an_older_version_is_refused(world: World) -> None:
    child = world.children["a1"]
    opened_at = child.version
    save(world, care_records.record_visit, date=dt.date(2026, 9, 5), seen_alone=True)
    before = state(child)
    with pytest.raises(StaleRecord):
        care_records.record_dental_check(
            child_id=child.pk, version=opened_at, actor=actor_of(world), date=dt.date(2026, 10, 1)
        )
    assert state(child) == before
