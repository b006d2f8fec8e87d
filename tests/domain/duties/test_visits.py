"""VISIT boundaries (CPPCR 2010 reg 28)."""

import pytest

from incare.domain.duties.visits import visit_interval
from incare.domain.periods import Placement
from incare.domain.timeline import Review, Visit
from tests.builders import D, brief, duties, ep, timeline


def visits(*dates: str) -> list[Visit]:
    return [Visit(D(d)) for d in dates]


def placement(long_term: bool, regime: str = "standard") -> Placement:
    return Placement(
        start=D("2025-03-03"),
        end=None,
        placement_type="U4" if long_term else "U3",
        icb="QKS",
        emergency=False,
        long_term=long_term,
        visit_regime=regime,  # type: ignore[arg-type]
        is_last=True,
        first_anniversary=D("2026-03-03"),
    )


@pytest.mark.parametrize(
    ("done", "status"),
    [("2025-03-10", "met"), ("2025-03-11", "met_late")],
    ids=["day-7", "day-8"],
)
def test_the_first_visit_is_due_within_a_week(done: str, status: str) -> None:
    tl = timeline(ep("2025-03-03"), events=visits(done))
    assert brief(duties(tl, "2025-04-01", "VISIT")[0]) == ("2025-03-03", "2025-03-10", done, status)


@pytest.mark.parametrize(
    ("long_term", "previous", "due"),
    [
        (True, "2026-03-02", "2026-04-13"),
        (True, "2026-03-03", "2026-06-03"),
        (False, "2026-03-03", "2026-04-14"),
        (True, "2025-03-03", "2025-04-14"),
    ],
    ids=["long-term-day-before-anniversary", "long-term-on-anniversary", "not-long-term", "start"],
)
def test_visit_interval_is_six_weeks_in_the_first_year_then_by_intention(
    long_term: bool, previous: str, due: str
) -> None:
    assert visit_interval(placement(long_term), D(previous), None) == D(due)


def test_weekly_visits_until_the_first_review_under_the_special_regimes() -> None:
    p = placement(False, "weekly_until_first_review")
    assert visit_interval(p, D("2025-03-20"), None) == D("2025-03-27")
    assert visit_interval(p, D("2025-03-20"), D("2025-03-25")) == D("2025-03-27")
    assert visit_interval(p, D("2025-03-25"), D("2025-03-25")) == D("2025-05-06")


def test_each_placement_has_its_own_chain_and_a_move_cancels_the_old_one() -> None:
    tl = timeline(
        ep("2025-03-03", end="2025-04-01", rec="X1"),
        ep("2025-04-01", rne="P", placement="U4", icb="QXU"),
        events=visits("2025-03-07", "2025-04-01"),
    )
    assert [
        (d.placement_start.isoformat(), *brief(d)) for d in duties(tl, "2025-05-01", "VISIT")
    ] == [
        ("2025-03-03", "2025-03-03", "2025-03-10", "2025-03-07", "met"),
        ("2025-04-01", "2025-04-01", "2025-04-08", "2025-04-01", "met"),
        ("2025-03-03", "2025-03-07", "2025-04-18", None, "cancelled"),
        ("2025-04-01", "2025-04-01", "2025-05-13", None, "open"),
    ]


def test_a_change_of_legal_status_keeps_the_placement_and_its_visits() -> None:
    tl = timeline(
        ep("2025-03-03", end="2025-03-20", rec="X1"),
        ep("2025-03-20", rne="L", legal_status="C2"),
        events=visits("2025-03-07"),
    )
    assert [d.due.isoformat() for d in duties(tl, "2025-04-01", "VISIT")] == [
        "2025-03-10",
        "2025-04-18",
    ]


def test_a_placement_before_the_known_history_starts_its_chain_on_history_from() -> None:
    tl = timeline(
        ep("2023-01-09", placement="U1"),
        events=[*visits("2025-05-01"), Review(D("2023-02-01"))],
        history_from="2025-04-01",
    )
    assert [brief(d) for d in duties(tl, "2025-09-01", "VISIT")] == [
        ("2025-04-01", "2025-07-01", "2025-05-01", "met"),
        ("2025-05-01", "2025-08-01", None, "overdue"),
    ]


def test_placements_that_ended_before_the_known_history_have_no_visits() -> None:
    tl = timeline(
        ep("2024-01-08", end="2024-06-03", rec="X1"),
        ep("2024-06-03", rne="P"),
        history_from="2024-09-01",
    )
    assert {d.placement_start for d in duties(tl, "2024-09-10", "VISIT")} == {D("2024-06-03")}
