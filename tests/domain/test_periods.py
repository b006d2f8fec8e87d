"""Periods of care and placements from 903 episodes (duties.md §1)."""

import pytest

from incare.domain.periods import periods_of_care
from tests.builders import D, ep


def spans(*episodes, as_at="2026-11-23"):  # type: ignore[no-untyped-def]
    return [
        (p.start.isoformat(), p.end.isoformat() if p.end else None, len(p.placements))
        for p in periods_of_care(tuple(episodes), D(as_at))
    ]


def test_continuing_episodes_make_one_period_and_placement_changes_make_placements() -> None:
    assert spans(
        ep("2025-01-06", end="2025-02-03", rec="X1"),
        ep("2025-02-03", rne="L", end="2025-03-03", rec="X1"),
        ep("2025-03-03", rne="P", end="2025-06-02", rec="E11"),
    ) == [("2025-01-06", "2025-06-02", 2)]


@pytest.mark.parametrize("rec", ["E11", None], ids=["reason-given", "blank-reason"])
def test_an_end_date_without_x1_ends_the_period(rec: str | None) -> None:
    assert spans(ep("2025-01-06", end="2025-02-03", rec=rec), ep("2025-03-03", rne="S")) == [
        ("2025-01-06", "2025-02-03", 1),
        ("2025-03-03", None, 1),
    ]


def test_a_new_start_of_care_ends_an_open_period_on_its_start_date() -> None:
    assert spans(ep("2025-01-06"), ep("2025-03-03", rne="S")) == [
        ("2025-01-06", "2025-03-03", 1),
        ("2025-03-03", None, 1),
    ]


def test_the_first_episode_starts_a_period_whatever_its_reason() -> None:
    assert spans(ep("2025-01-06", rne="P")) == [("2025-01-06", None, 1)]


def test_an_x1_end_with_nothing_after_leaves_the_period_open() -> None:
    assert spans(ep("2025-01-06", end="2025-02-03", rec="X1")) == [("2025-01-06", None, 1)]


@pytest.mark.parametrize(
    ("as_at", "expected"),
    [
        ("2025-02-02", [("2025-01-06", None, 1)]),
        ("2025-02-03", [("2025-01-06", "2025-02-03", 1)]),
        ("2025-01-05", []),
    ],
    ids=["end-after-as-at-is-open", "end-on-as-at", "start-after-as-at-ignored"],
)
def test_the_periods_are_as_known_on_the_as_at_date(as_at: str, expected: list) -> None:  # type: ignore[type-arg]
    assert spans(ep("2025-01-06", end="2025-02-03", rec="E11"), as_at=as_at) == expected


def test_a_period_of_only_v3_and_v4_episodes_is_a_short_break_period() -> None:
    (period,) = periods_of_care(
        (
            ep("2025-01-06", legal_status="V3", end="2025-01-08", rec="X1"),
            ep("2025-01-08", rne="L", legal_status="V4"),
        ),
        D("2026-01-01"),
    )
    assert period.short_break
    (mixed,) = periods_of_care(
        (
            ep("2025-01-06", legal_status="V3", end="2025-01-08", rec="X1"),
            ep("2025-01-08", rne="L", legal_status="C2"),
        ),
        D("2026-01-01"),
    )
    assert not mixed.short_break


def test_u1_and_u4_placements_are_long_term() -> None:
    (period,) = periods_of_care(
        (
            ep("2025-01-06", placement="U3", end="2025-02-03", rec="X1"),
            ep("2025-02-03", rne="P", placement="U4", end="2025-03-03", rec="X1"),
            ep("2025-03-03", rne="T", placement="K2", long_term=True),
        ),
        D("2026-01-01"),
    )
    assert [p.long_term for p in period.placements] == [False, True, True]
    assert [p.end for p in period.placements] == [D("2025-02-03"), D("2025-03-03"), None]
