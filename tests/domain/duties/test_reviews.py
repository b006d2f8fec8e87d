"""REVIEW boundaries (CPPCR 2010 reg 33, reg 48 for short breaks)."""

import pytest

from incare.domain.duties.context import ChildFacts
from incare.domain.duties.model import EngineConfig
from incare.domain.duties.reviews import review, short_break_review
from incare.domain.timeline import Review
from tests.builders import D, brief, duties, ep, timeline


def reviews(*dates: str) -> list[Review]:
    return [Review(D(d)) for d in dates]


def test_reviews_at_20_working_days_then_3_months_then_6_monthly() -> None:
    tl = timeline(ep("2026-03-02"), events=reviews("2026-03-27", "2026-06-30", "2026-12-01"))
    assert [brief(d) for d in duties(tl, "2027-07-01", "REVIEW")] == [
        ("2026-03-02", "2026-03-30", "2026-03-27", "met"),
        ("2026-03-27", "2026-06-27", "2026-06-30", "met_late"),
        ("2026-06-30", "2026-12-30", "2026-12-01", "met"),
        ("2026-12-01", "2027-06-01", None, "overdue"),
    ]


def test_an_extra_early_review_resets_the_clock() -> None:
    tl = timeline(ep("2026-03-02"), events=reviews("2026-03-27", "2026-04-20", "2026-05-10"))
    assert [d.due.isoformat() for d in duties(tl, "2026-09-01", "REVIEW")] == [
        "2026-03-30",
        "2026-06-27",
        "2026-10-20",
        "2026-11-10",
    ]


@pytest.mark.parametrize(
    ("previous", "due"),
    [("2024-02-29", "2024-08-29"), ("2023-08-31", "2024-02-29"), ("2024-08-31", "2025-02-28")],
    ids=["from-leap-day", "onto-leap-day", "clamped-to-february"],
)
def test_six_monthly_reviews_clamp_to_the_end_of_the_month(previous: str, due: str) -> None:
    tl = timeline(ep("2023-01-09"), events=reviews("2023-02-01", "2023-05-01", previous))
    assert duties(tl, "2025-06-01", "REVIEW")[-1].due == D(due)


def test_the_first_review_on_the_day_care_starts_counts() -> None:
    tl = timeline(ep("2026-03-02"), events=reviews("2026-03-02"))
    assert duties(tl, "2026-04-01", "REVIEW")[0].status == "met"


def test_a_review_is_cancelled_when_care_ends_before_it_is_due() -> None:
    tl = timeline(ep("2026-03-02", end="2026-06-26", rec="E11"), events=reviews("2026-03-27"))
    assert [d.status for d in duties(tl, "2026-09-01", "REVIEW")] == ["met", "cancelled"]


def test_short_break_reviews_are_at_3_months_then_6_monthly() -> None:
    tl = timeline(
        ep("2026-01-05", legal_status="V3", end="2026-01-07", rec="X1"),
        ep("2026-01-07", rne="L", legal_status="V3", placement="U3"),
        events=reviews("2026-04-01"),
    )
    assert [brief(d) for d in duties(tl, "2026-11-01", "REVIEW")] == [
        ("2026-01-05", "2026-04-05", "2026-04-01", "met"),
        ("2026-04-01", "2026-10-01", None, "overdue"),
    ]


def test_short_break_review_months_are_configuration() -> None:
    tl = timeline(ep("2026-01-05", legal_status="V4"))
    facts = ChildFacts(tl, D("2026-02-01"), EngineConfig(short_break_first_review_months=2))
    (duty,) = short_break_review(facts, facts.periods[0])
    assert duty.due == D("2026-03-05")


def test_reviews_before_the_known_history_start_a_6_monthly_chain_on_history_from() -> None:
    tl = timeline(ep("2024-11-04"), events=reviews("2025-05-10"), history_from="2025-04-01")
    assert [brief(d) for d in duties(tl, "2025-12-01", "REVIEW")] == [
        ("2025-04-01", "2025-10-01", "2025-05-10", "met"),
        ("2025-05-10", "2025-11-10", None, "overdue"),
    ]


def test_review_rule_cites_regulation_33() -> None:
    facts = ChildFacts(timeline(ep("2026-03-02")), D("2026-03-03"), EngineConfig())
    assert "reg 33" in review(facts, facts.periods[0])[0].source
