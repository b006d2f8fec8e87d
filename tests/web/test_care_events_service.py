"""Care events (issue 5 §1, §6): entering care, moves, legal status changes and leaving care,
checked against the single-record 903 rules, with the child's duties recomputed at once.

The region is `tests.web.personas`: a1 (council A) is in care since 1 September 2026, placed in
ICB X (QT1), registered with GP g1 in X; a2 is A's child placed in ICB Y (QJ2). Today is Monday
23 November 2026.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from incare.interop.ssda903.postcodes import bundled_sample
from incare.services import care_events
from incare.services.care_events import collection_year, normal_postcode
from incare.services.child_changes import Actor, InvalidChange, StaleRecord
from incare.web.children.models import Child, Episode
from incare.web.duties.models import StoredDuty
from incare.web.people.models import Membership
from tests.web.personas import TODAY, World, X, Y

pytestmark = pytest.mark.django_db

STORE = bundled_sample()
IN_Y = "DE11 9BS"  # South Derbyshire: council B, ICB Y (QJ2)
IN_X = "DN10 4JH"  # Bassetlaw: council A, ICB X (QT1)
ELSEWHERE = "TS22 5FZ"  # Hartlepool: North East and North Cumbria ICB (QHM)
UNKNOWN = "ZZ1 1ZZ"  # well formed, not in the postcode directory


def actor_of(world: World, persona: str = "social_worker") -> Actor:
    user = world.users[persona]
    return Actor(user, Membership.objects.get(user=user), None, timezone.now(), TODAY)


def state(child: Child) -> tuple[Any, ...]:
    """Everything a care event may change, to show that a refused one changed nothing."""
    child.refresh_from_db()
    episodes = list(Episode.objects.filter(child=child).order_by("start").values())
    duties = sorted(
        StoredDuty.objects.filter(child=child).values_list(
            "code", "trigger", "recipient", "anchor", "due", "met", "settled_status"
        ),
        key=str,
    )
    return child.version, child.host_icb, child.home_icb, episodes, duties


def notify(child: Child, trigger: str, day: dt.date) -> dict[str, tuple[dt.date, Any]]:
    rows = StoredDuty.objects.filter(child=child, code="NOTIFY", trigger=trigger, anchor=day)
    return {r.recipient: (r.due, r.settled_status) for r in rows if r.recipient}


def move(world: World, ref: str = "a1", **overrides: Any) -> care_events.Recorded:
    child = world.children[ref]
    child.refresh_from_db()
    values: dict[str, Any] = {
        "child_id": child.pk, "version": child.version, "actor": actor_of(world),
        "date": dt.date(2026, 11, 16), "placement": "U6", "placement_postcode": IN_Y,
        "emergency": False, "reason_place_change": "CARPL", "postcodes": STORE,
    }  # fmt: skip
    values.update(overrides)
    return care_events.change_placement(**values)


def cease(world: World, ref: str = "a1", **overrides: Any) -> care_events.Recorded:
    child = world.children[ref]
    child.refresh_from_db()
    values: dict[str, Any] = {
        "child_id": child.pk, "version": child.version, "actor": actor_of(world),
        "date": dt.date(2026, 10, 1), "reason": "E4A",
    }  # fmt: skip
    values.update(overrides)
    return care_events.cease_care(**values)


def enter(world: World, ref: str = "a1", **overrides: Any) -> care_events.Recorded:
    child = world.children[ref]
    child.refresh_from_db()
    values: dict[str, Any] = {
        "child_id": child.pk, "version": child.version, "actor": actor_of(world),
        "start": dt.date(2026, 11, 2), "legal_status": "V2", "placement": "U6",
        "emergency": True, "placement_postcode": IN_X, "postcodes": STORE,
    }  # fmt: skip
    values.update(overrides)
    return care_events.enter_care(**values)


def legal(world: World, ref: str = "a1", **overrides: Any) -> care_events.Recorded:
    child = world.children[ref]
    child.refresh_from_db()
    values: dict[str, Any] = {
        "child_id": child.pk, "version": child.version, "actor": actor_of(world),
        "date": dt.date(2026, 11, 2), "legal_status": "C1",
    }  # fmt: skip
    values.update(overrides)
    return care_events.change_legal_status(**values)


# --- happy paths and their duties -----------------------------------------------------------


def test_a_move_to_another_icbs_area_ends_the_episode_with_x1_and_starts_one_with_rne_p(
    world: World,
) -> None:
    child = world.children["a1"]
    move(world)
    first, second = Episode.objects.filter(child=child).order_by("start")
    assert (first.end, first.reason_ceased, first.placement_change_reason) == (
        dt.date(2026, 11, 16), "X1", "CARPL",
    )  # fmt: skip
    assert (second.start, second.rne, second.legal_status, second.placement) == (
        dt.date(2026, 11, 16), "P", "C2", "U6",
    )  # fmt: skip
    assert (second.placement_postcode, second.placement_la, second.placement_icb) == (
        IN_Y, "E10000007", Y,
    )  # fmt: skip
    assert second.end is None
    child.refresh_from_db()
    assert (child.host_icb, child.out_of_area) == (Y, True)


def test_a_move_to_icb_y_is_told_to_the_originating_icb_the_new_host_and_the_gp(
    world: World,
) -> None:
    # a1's originating ICB (X, by its GP) is also its old host, so it is told once.
    result = move(world)
    g1 = world.practices["g1"].code
    due = dt.date(2026, 11, 23)  # Monday 16 November + 5 working days
    assert notify(world.children["a1"], "move", dt.date(2026, 11, 16)) == {
        X: (due, None), Y: (due, None), g1: (due, None),
    }  # fmt: skip
    assert result.counts["NOTIFY due"] == 3
    assert "3 notifications to the NHS are now due, by 23 November 2026" in result.message
    assert "NHS Derby and Derbyshire Integrated Care Board" in result.message


def test_a_move_between_two_other_icbs_notifies_origin_new_host_old_host_and_gp(
    world: World,
) -> None:
    # a2: originating ICB X, placed in Y, moves to the North East: four to tell.
    move(world, "a2", placement_postcode=ELSEWHERE)
    told = notify(world.children["a2"], "move", dt.date(2026, 11, 16))
    assert set(told) == {X, "QHM", Y, world.practices["g1"].code}


def test_a_move_keeps_the_home_postcode_and_works_out_the_distance(world: World) -> None:
    child = world.children["a1"]
    Episode.objects.filter(child=child).update(home_postcode=IN_X)
    move(world)
    new = Episode.objects.get(child=child, rne="P")
    assert (new.home_postcode, new.distance_miles) == (IN_X, 54.4)


def test_a_change_of_legal_status_keeps_the_placement_with_rne_l(world: World) -> None:
    child = world.children["a1"]
    Episode.objects.filter(child=child).update(placement_postcode=IN_X, distance_miles=3.0)
    result = legal(world, postcodes=STORE)
    first, second = Episode.objects.filter(child=child).order_by("start")
    assert (first.end, first.reason_ceased) == (dt.date(2026, 11, 2), "X1")
    assert (second.rne, second.legal_status, second.placement, second.placement_icb) == (
        "L", "C1", "U3", X,
    )  # fmt: skip
    assert (second.placement_postcode, second.distance_miles) == (IN_X, 3.0)
    # Not a new placement: no one needs telling.
    assert not notify(child, "move", dt.date(2026, 11, 2))
    assert result.counts["NOTIFY due"] == 0
    assert result.message.startswith("The legal status is C1 from 2 November 2026.")


def test_leaving_care_ends_the_period_and_notifies_the_originating_icb_and_gp(
    world: World,
) -> None:
    child = world.children["a1"]
    result = cease(world)
    episode = Episode.objects.get(child=child)
    assert (episode.end, episode.reason_ceased) == (dt.date(2026, 10, 1), "E4A")
    told = notify(child, "cease", dt.date(2026, 10, 1))
    assert set(told) == {X, world.practices["g1"].code}
    # Due 5 working days after Thursday 1 October: Thursday 8 October, long past today.
    assert {due for due, _ in told.values()} == {dt.date(2026, 10, 8)}
    # The yearly dental check and SDQ, due after care ended, are no longer required.
    cancelled = StoredDuty.objects.filter(child=child, settled_status="cancelled")
    assert set(cancelled.values_list("code", flat=True)) == {"DENTAL", "SDQ"}
    assert "Dental check: 1 duty no longer required." in result.message


def test_entering_care_again_starts_a_new_period_with_its_own_notifications(
    world: World,
) -> None:
    child = world.children["a1"]
    cease(world)
    result = enter(world, home_postcode="ng1 1fz", category_of_need="N1")
    new = Episode.objects.get(child=child, start=dt.date(2026, 11, 2))
    assert (new.rne, new.legal_status, new.emergency, new.category_of_need) == (
        "S", "V2", True, "N1",
    )  # fmt: skip
    assert (new.placement_icb, new.placement_la) == (X, "E10000024")
    assert (new.home_postcode, new.distance_miles) == ("NG1 1FZ", 35.0)
    told = notify(child, "enter", dt.date(2026, 11, 2))
    assert set(told) == {X, world.practices["g1"].code}
    assert StoredDuty.objects.filter(child=child, code="IHA", period_start=new.start).exists()
    assert "2 notifications to the NHS are now due" in result.message
    child.refresh_from_db()
    assert child.home_icb == X


def test_a_well_formed_postcode_not_in_the_directory_is_accepted_with_a_warning(
    world: World,
) -> None:
    result = move(world, placement_postcode="zz11zz")
    new = Episode.objects.get(child=world.children["a1"], rne="P")
    assert (new.placement_postcode, new.placement_la, new.placement_icb) == (UNKNOWN, None, None)
    assert "is not in incare's postcode directory" in result.message
    # Without the new host ICB, only the originating ICB and the GP can be told.
    told = notify(world.children["a1"], "move", dt.date(2026, 11, 16))
    assert set(told) == {X, world.practices["g1"].code}


def test_a_move_to_or_from_a_temporary_placement_needs_no_reason(world: World) -> None:
    move(world, placement="T1", reason_place_change=None, date=dt.date(2026, 11, 16))
    move(world, placement="U3", reason_place_change=None, date=dt.date(2026, 11, 18),
         placement_postcode=IN_X)  # fmt: skip
    assert list(
        Episode.objects.filter(child=world.children["a1"])
        .order_by("start")
        .values_list("rne", "placement", "placement_change_reason")
    ) == [("S", "U3", None), ("P", "T1", None), ("P", "U3", None)]


# --- refusals: a clear message, nothing changed ---------------------------------------------


REFUSED_MOVES = [
    ({"date": dt.date(2026, 11, 24)}, "date", "today or in the past"),
    ({"date": dt.date(2026, 9, 1)}, "date", "must be after the last change, on 1 September 2026"),
    ({"date": dt.date(2026, 8, 1)}, "date", "after the last change"),
    ({"placement": "Z1"}, "placement", "not valid in the 2026/27 collection year"),
    ({"placement": "XX"}, "placement", "not valid"),
    ({"placement": "R5"}, "placement", "must be 10 or over"),
    ({"placement": "A5"}, "placement", "needs legal status E1"),
    ({"placement_postcode": "NOT A POSTCODE"}, "placement_postcode", "Enter a real postcode"),
    ({"placement_postcode": ""}, "placement_postcode", "Enter the postcode of the placement"),
    ({"reason_place_change": None}, "reason_place_change", "Select the reason"),
    ({"reason_place_change": "BOGUS"}, "reason_place_change", "not a reason"),
    ({"reason_place_change": "CUSTOD"}, "reason_place_change", "under 10"),
    ({"placement": "T2"}, "reason_place_change", "Leave the reason blank"),
]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    REFUSED_MOVES,
    ids=[
        "future", "same-day-as-last-change", "before-last-change", "code-of-another-year",
        "unknown-code", "too-young-for-youth-custody",
        "placement-order-needs-e1", "malformed-postcode", "no-postcode", "no-reason",
        "unknown-reason", "custody-under-10", "temporary-with-reason",
    ],
)  # fmt: skip
def test_a_refused_move_says_why_and_changes_nothing(
    world: World, overrides: dict[str, Any], field: str, message: str
) -> None:
    child = world.children["a1"]
    Child.objects.filter(pk=child.pk).update(dob=dt.date(2019, 6, 1))  # aged 7
    before = state(child)
    with pytest.raises(InvalidChange) as refused:
        move(world, **overrides)
    assert message in refused.value.errors[field]
    assert state(child) == before


def test_a_move_dated_before_the_child_was_born_is_refused(world: World) -> None:
    child = world.children["a1"]
    Child.objects.filter(pk=child.pk).update(dob=dt.date(2026, 11, 10))
    before = state(child)
    with pytest.raises(InvalidChange) as refused:
        move(world, date=dt.date(2026, 11, 9))
    assert (
        "on or after the child's date of birth (10 November 2026)" in refused.value.errors["date"]
    )
    assert state(child) == before


def test_a_move_needs_the_child_to_be_in_care(world: World) -> None:
    child = world.children["a1"]
    cease(world)
    before = state(child)
    with pytest.raises(InvalidChange) as refused:
        move(world)
    assert "is not in care, so no move can be recorded" in refused.value.errors["__all__"]
    assert state(child) == before
    with pytest.raises(InvalidChange) as refused:
        legal(world)
    assert "is not in care" in refused.value.errors["__all__"]
    with pytest.raises(InvalidChange) as refused:
        cease(world, date=dt.date(2026, 11, 1))
    assert "is not in care" in refused.value.errors["__all__"]
    assert state(child) == before


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({}, "__all__", "is in care already, since 1 September 2026"),
        ({"start": dt.date(2026, 11, 24)}, "start", "today or in the past"),
        ({"legal_status": "Q9"}, "legal_status", "not an SSDA903 legal status"),
        ({"legal_status": "J1"}, "__all__", "in care already"),
    ],
    ids=["already-in-care", "future", "unknown-legal-status", "in-care-whatever-the-status"],
)
def test_entering_care_is_refused_while_in_care(
    world: World, overrides: dict[str, Any], field: str, message: str
) -> None:
    child = world.children["a1"]
    before = state(child)
    with pytest.raises(InvalidChange) as refused:
        enter(world, **overrides)
    assert message in refused.value.errors[field]
    assert state(child) == before


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"start": dt.date(2026, 10, 1)}, "start", "after the last period of care ended"),
        ({"start": dt.date(2026, 9, 15)}, "start", "periods of care cannot overlap"),
        ({"placement": "T1"}, "placement", "cannot begin a period of care"),
        ({"placement": "H5"}, "placement", "not valid in the 2026/27 collection year"),
        ({"legal_status": "D1"}, "legal_status", "freeing order"),
        ({"legal_status": "J2"}, "legal_status", "must be 10 or over"),
        ({"legal_status": "V3", "placement_postcode": IN_X}, "placement_postcode", "blank"),
        ({"placement_postcode": IN_X, "home_postcode": IN_X}, "placement_postcode", "(P1)"),
        ({"home_postcode": "12345"}, "home_postcode", "Enter a real postcode"),
        ({"category_of_need": "N9"}, "category_of_need", "not a category of need"),
    ],
    ids=[
        "on-the-day-care-ended", "inside-the-earlier-period", "temporary-placement",
        "code-withdrawn-that-year", "freeing-order", "youth-justice-under-10",
        "short-break-with-postcode", "placed-at-home-not-with-parents", "bad-home-postcode",
        "unknown-category-of-need",
    ],
)  # fmt: skip
def test_a_refused_entry_to_care_says_why_and_changes_nothing(
    world: World, overrides: dict[str, Any], field: str, message: str
) -> None:
    child = world.children["a1"]
    Child.objects.filter(pk=child.pk).update(dob=dt.date(2019, 6, 1))  # aged 7
    cease(world)
    before = state(child)
    with pytest.raises(InvalidChange) as refused:
        enter(world, **overrides)
    assert message in refused.value.errors[field]
    assert state(child) == before


def test_no_care_can_follow_a_period_that_ended_because_the_child_died(world: World) -> None:
    cease(world, reason="E2")
    with pytest.raises(InvalidChange) as refused:
        enter(world)
    assert "because the child died" in refused.value.errors["__all__"]


def test_a_young_person_of_18_cannot_enter_care(world: World) -> None:
    child = world.children["a1"]
    cease(world)
    Child.objects.filter(pk=child.pk).update(dob=dt.date(2008, 1, 1))
    with pytest.raises(InvalidChange) as refused:
        enter(world)
    assert "care is for children under 18" in refused.value.errors["start"]


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"legal_status": "C2"}, "legal_status", "is C2 already"),
        ({"legal_status": "V3"}, "legal_status", "Short breaks"),
        ({"legal_status": ""}, "legal_status", "Select the legal status"),
        ({"date": dt.date(2026, 9, 1)}, "date", "after the last change"),
        ({"date": dt.date(2027, 1, 1)}, "date", "today or in the past"),
    ],
    ids=["no-change", "into-short-breaks", "blank", "same-day", "future"],
)
def test_a_refused_change_of_legal_status_says_why_and_changes_nothing(
    world: World, overrides: dict[str, Any], field: str, message: str
) -> None:
    child = world.children["a1"]
    before = state(child)
    with pytest.raises(InvalidChange) as refused:
        legal(world, **overrides)
    assert message in refused.value.errors[field]
    assert state(child) == before


@pytest.mark.parametrize(
    ("overrides", "dob", "message"),
    [
        ({"reason": "X1"}, None, "X1 means the episode continues"),
        ({"reason": "E99"}, None, "not a reason for care ending"),
        ({"reason": ""}, None, "Select why care ended"),
        ({"reason": "E11"}, None, "ends a placement for adoption"),
        ({"reason": "E5"}, None, "14 or over"),
        ({"reason": "E7"}, None, "16 or over"),
        ({"reason": "E17"}, None, "18 or over"),
        ({"reason": "E45"}, dt.date(2008, 1, 1), "only for a child under 18"),
    ],
    ids=["x1", "unknown", "blank", "adopted-not-placed-for-adoption", "independent-under-14",
         "adult-care-under-16", "staying-put-under-18", "sgo-at-18"],
)  # fmt: skip
def test_a_refused_end_of_care_says_why_and_changes_nothing(
    world: World, overrides: dict[str, Any], dob: dt.date | None, message: str
) -> None:
    child = world.children["a1"]
    if dob is not None:
        Child.objects.filter(pk=child.pk).update(dob=dob)
    before = state(child)
    with pytest.raises(InvalidChange) as refused:
        cease(world, **overrides)
    assert message in refused.value.errors["reason"]
    assert state(child) == before


def test_care_cannot_end_from_a_temporary_placement(world: World) -> None:
    move(world, placement="T1", reason_place_change=None)
    with pytest.raises(InvalidChange) as refused:
        cease(world, date=dt.date(2026, 11, 20))
    assert "temporary placement" in refused.value.errors["reason"]


def test_a_change_saved_from_an_older_version_is_refused_and_changes_nothing(
    world: World,
) -> None:
    child = world.children["a1"]
    opened_at = child.version
    move(world)  # someone else saves first
    after_first = state(child)
    with pytest.raises(StaleRecord):
        cease(world, version=opened_at, date=dt.date(2026, 11, 20))
    assert state(child) == after_first


# --- helpers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "year"),
    [(dt.date(2026, 3, 31), "2025/26"), (dt.date(2026, 4, 1), "2026/27"),
     (dt.date(2026, 11, 23), "2026/27")],
    ids=["last-day", "first-day", "today"],
)  # fmt: skip
def test_the_collection_year_of_a_date_runs_from_april_to_march(day: dt.date, year: str) -> None:
    assert collection_year(day).label == year


@pytest.mark.parametrize(
    ("text", "expected"),
    [("de119bs", "DE11 9BS"), (" NG1  1FZ ", "NG1 1FZ"), ("EC1A1BB", "EC1A 1BB"), ("", None)],
)
def test_postcodes_are_stored_in_capitals_with_one_space(text: str, expected: str | None) -> None:
    assert normal_postcode(text) == expected


@pytest.mark.parametrize("text", ["NG1", "12345", "NG1 1F", "NOT A POSTCODE"])
def test_a_postcode_not_in_the_shape_of_a_uk_postcode_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=text):
        normal_postcode(text)
