"""HEALTHSUMMARY and care-leaver status."""

import pytest

from incare.domain.duties.care_leavers import health_summary, is_care_leaver
from incare.domain.duties.context import ChildFacts
from incare.domain.duties.model import EngineConfig
from incare.domain.timeline import HealthSummary
from tests.builders import D, brief, duties, ep, timeline

DOB = "2008-05-20"  # 17½ on 2025-11-20, 18 on 2026-05-20


def test_a_young_person_in_care_at_17_and_a_half_needs_a_summary_by_18() -> None:
    tl = timeline(ep("2023-01-09"), dob=DOB)
    (duty,) = duties(tl, "2026-05-21", "HEALTHSUMMARY")
    assert brief(duty) == ("2025-11-20", "2026-05-20", None, "overdue")


@pytest.mark.parametrize(
    ("as_at", "count"), [("2025-11-19", 0), ("2025-11-20", 1)], ids=["day-before", "on-17-5"]
)
def test_the_summary_duty_arises_on_the_17_and_a_half_birthday(as_at: str, count: int) -> None:
    assert len(duties(timeline(ep("2023-01-09"), dob=DOB), as_at, "HEALTHSUMMARY")) == count


@pytest.mark.parametrize(
    ("summary", "status"),
    [("2025-05-19", "overdue"), ("2025-05-20", "met"), ("2026-05-21", "met_late")],
    ids=["before-17th", "on-17th", "after-18th"],
)
def test_a_summary_from_the_17th_birthday_on_meets_the_duty(summary: str, status: str) -> None:
    tl = timeline(ep("2023-01-09"), dob=DOB, events=[HealthSummary(D(summary))])
    (duty,) = duties(tl, "2026-06-01", "HEALTHSUMMARY")
    assert duty.status == status


def test_a_care_leaver_who_left_before_18_is_still_owed_the_summary() -> None:
    tl = timeline(ep("2023-01-09", end="2026-01-05", rec="E11"), dob=DOB)
    (duty,) = duties(tl, "2026-06-01", "HEALTHSUMMARY")
    assert duty.status == "overdue"


def test_a_short_stay_that_does_not_make_a_care_leaver_cancels_the_summary() -> None:
    tl = timeline(ep("2025-11-01", end="2025-12-01", rec="E11"), dob=DOB)
    (duty,) = duties(tl, "2026-06-01", "HEALTHSUMMARY")
    assert duty.status == "cancelled"


@pytest.mark.parametrize(
    ("start", "end", "leaver"),
    [
        ("2025-08-21", "2025-11-20", True),
        ("2025-08-22", "2025-11-20", False),
        ("2024-05-20", "2024-05-21", False),
    ],
    ids=["exactly-13-weeks", "a-day-short", "left-before-16"],
)
def test_care_leaver_status_needs_13_weeks_after_14_ending_after_16(
    start: str, end: str, leaver: bool
) -> None:
    facts = ChildFacts(
        timeline(ep(start, end=end, rec="E11"), dob=DOB), D("2026-01-01"), EngineConfig()
    )
    assert is_care_leaver(facts, D(end)) is leaver


def test_no_summary_for_a_child_not_looked_after_at_17_and_a_half() -> None:
    facts = ChildFacts(
        timeline(ep("2024-01-08", end="2025-01-06", rec="E11"), dob=DOB),
        D("2026-06-01"),
        EngineConfig(),
    )
    assert health_summary(facts) == []
