"""Stored duties: refreshed from the facts in the database; the live status derived in the query."""

import datetime as dt

import pytest

from incare.services.reference import load_reference
from incare.services.stored_duties import refresh, with_status
from incare.web.children.models import Child, Episode, GPRegistration
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import GPPractice

pytestmark = pytest.mark.django_db
LA = "E10000014"


@pytest.fixture(autouse=True)
def reference() -> None:
    load_reference()


def statuses(today: dt.date) -> dict[str, str]:
    return dict(with_status(StoredDuty.objects.all(), today).values_list("code", "status"))


def test_the_live_status_is_derived_from_the_due_date_and_today() -> None:
    today = dt.date(2026, 5, 14)  # ten working days on, past the 25 May bank holiday: 29 May
    child = Child.objects.create(council_id=LA, child_ref="C1", dob=dt.date(2015, 1, 1))
    common = {"child": child, "anchor": dt.date(2026, 4, 1), "source": "s", "period_start":
              dt.date(2026, 4, 1)}  # fmt: skip
    StoredDuty.objects.create(code="LATE", due=today - dt.timedelta(days=1), **common)
    StoredDuty.objects.create(code="TODAY", due=today, **common)
    StoredDuty.objects.create(code="SOON", due=dt.date(2026, 5, 29), **common)
    StoredDuty.objects.create(code="LATER", due=dt.date(2026, 6, 1), **common)
    StoredDuty.objects.create(
        code="DONE", due=today - dt.timedelta(days=9), met=today, settled_status="met_late",
        **common,
    )  # fmt: skip
    assert statuses(today) == {
        "LATE": "overdue",
        "TODAY": "due_soon",
        "SOON": "due_soon",
        "LATER": "open",
        "DONE": "met_late",
    }
    assert statuses(today + dt.timedelta(days=1))["TODAY"] == "overdue"


def test_the_due_soon_horizon_counts_working_days_across_the_may_bank_holiday() -> None:
    # Friday 15 May 2026 + 10 working days skips Monday 25 May (spring bank holiday): 1 June.
    child = Child.objects.create(council_id=LA, child_ref="C1", dob=dt.date(2015, 1, 1))
    common = {"child": child, "anchor": dt.date(2026, 4, 1), "source": "s", "period_start":
              dt.date(2026, 4, 1)}  # fmt: skip
    StoredDuty.objects.create(code="ON", due=dt.date(2026, 6, 1), **common)
    StoredDuty.objects.create(code="AFTER", due=dt.date(2026, 6, 2), **common)
    assert statuses(dt.date(2026, 5, 15)) == {"ON": "due_soon", "AFTER": "open"}


def entered_care(child_ref: str = "C1") -> Child:
    child = Child.objects.create(
        council_id=LA, child_ref=child_ref, dob=dt.date(2015, 1, 1), home_icb="QT1"
    )
    Episode.objects.create(
        child=child, start=dt.date(2026, 3, 2), rne="S", legal_status="C2", placement="U3",
        placement_icb="QHM", placement_la="E06000047",
    )  # fmt: skip
    return child


def test_refresh_stores_the_engines_duties_and_the_childs_scope() -> None:
    child = entered_care()
    assert refresh([child.pk], as_at=dt.date(2026, 11, 23)) == 1
    child.refresh_from_db()
    assert (child.originating_icb, child.host_icb, child.out_of_area) == ("QT1", "QHM", True)
    codes = set(StoredDuty.objects.filter(child=child).values_list("code", flat=True))
    assert {"NOTIFY", "IHA", "REVIEW", "VISIT"} <= codes


def test_refresh_again_without_a_change_replaces_nothing() -> None:
    child = entered_care()
    refresh([child.pk], as_at=dt.date(2026, 11, 23))
    ids = set(StoredDuty.objects.values_list("pk", flat=True))
    assert refresh([child.pk], as_at=dt.date(2026, 11, 23)) == 0
    assert set(StoredDuty.objects.values_list("pk", flat=True)) == ids


def test_a_gp_registration_adds_a_notify_duty_to_the_practice() -> None:
    child = entered_care()
    refresh([child.pk], as_at=dt.date(2026, 11, 23))
    practice = GPPractice.objects.order_by("code").first()
    assert practice is not None
    GPRegistration.objects.create(child=child, practice=practice, start=dt.date(2020, 1, 1))
    assert refresh([child.pk], as_at=dt.date(2026, 11, 23)) == 1
    recipients = StoredDuty.objects.filter(child=child, code="NOTIFY").values_list(
        "recipient", flat=True
    )
    assert practice.code in set(recipients)


def test_a_child_placed_in_its_own_council_is_not_out_of_area() -> None:
    child = entered_care()
    Episode.objects.filter(child=child).update(placement_la=LA)
    refresh([child.pk], as_at=dt.date(2026, 11, 23))
    child.refresh_from_db()
    assert child.out_of_area is False


def test_the_timeline_from_the_database_carries_an_emergency_placement() -> None:
    from incare.services.stored_duties import timelines

    child = entered_care()
    Episode.objects.filter(child=child).update(emergency=True)
    [(_, timeline)] = list(timelines([child.pk]))
    assert timeline.episodes[0].emergency is True
