"""CAREPLAN boundaries (CPPCR 2010 reg 4(2))."""

import pytest

from incare.domain.duties.care_plans import care_plan
from incare.domain.duties.context import ChildFacts
from incare.domain.duties.model import EngineConfig
from incare.domain.timeline import CarePlan
from tests.builders import D, brief, duties, ep, timeline

ENTRY = "2025-04-14"  # + 10 working days over Easter 2025 is Wed 2025-04-30


@pytest.mark.parametrize(
    ("done", "as_at", "expected"),
    [
        (None, "2025-04-30", (ENTRY, "2025-04-30", None, "open")),
        (None, "2025-05-01", (ENTRY, "2025-04-30", None, "overdue")),
        ("2025-04-30", "2025-05-01", (ENTRY, "2025-04-30", "2025-04-30", "met")),
        ("2025-05-01", "2025-05-01", (ENTRY, "2025-04-30", "2025-05-01", "met_late")),
        ("2025-01-14", "2025-05-01", (ENTRY, "2025-04-30", "2025-01-14", "met")),
        ("2025-01-13", "2025-05-01", (ENTRY, "2025-04-30", None, "overdue")),
    ],
    ids=["due-today", "day-after", "on-due", "day-late", "3-months-before", "too-early"],
)
def test_care_plan_is_due_10_working_days_after_entry(
    done: str | None, as_at: str, expected: tuple[str, str, str | None, str]
) -> None:
    events = [CarePlan(D(done))] if done else []
    (duty,) = duties(timeline(ep(ENTRY), events=events), as_at, "CAREPLAN")
    assert brief(duty) == expected


def test_care_plan_is_cancelled_when_care_ends_before_it_is_due() -> None:
    tl = timeline(ep(ENTRY, end="2025-04-29", rec="E11"))
    facts = ChildFacts(tl, D("2025-06-01"), EngineConfig())
    (duty,) = care_plan(facts, facts.periods[0])
    assert duty.status == "cancelled"
