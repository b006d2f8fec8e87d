"""The GP on a date and the originating ICB (duties.md §4)."""

import pytest

from incare.domain.commissioner import gp_on, originating_icb
from tests.builders import D, gp

REGISTRATIONS = (
    gp("G82001", "QKS", "2015-01-01", "2025-03-02"),
    gp("Y01234", "QXU", "2025-03-03"),
)


@pytest.mark.parametrize(
    ("day", "practice"),
    [
        ("2014-12-31", None),
        ("2015-01-01", "G82001"),
        ("2025-03-02", "G82001"),
        ("2025-03-03", "Y01234"),
        ("2030-01-01", "Y01234"),
    ],
    ids=["before-any", "first-day", "last-day", "next-starts", "open-ended"],
)
def test_the_gp_on_a_date_includes_both_ends(day: str, practice: str | None) -> None:
    found = gp_on(REGISTRATIONS, D(day))
    assert (found.practice if found else None) == practice


def test_overlapping_registrations_take_the_latest_start() -> None:
    overlapping = (gp("G82001", "QKS", "2015-01-01"), gp("Y01234", "QXU", "2020-01-01"))
    assert gp_on(overlapping, D("2021-01-01")).practice == "Y01234"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("period_start", "icb", "basis"),
    [
        ("2025-03-03", "QKS", "gp_registration"),
        ("2025-03-04", "QXU", "gp_registration"),
        ("2015-01-01", "QHG", "home_icb"),
    ],
    ids=["day-before-is-old-gp", "day-before-is-new-gp", "no-gp-uses-home"],
)
def test_the_originating_icb_is_the_core_icb_the_day_before_care(
    period_start: str, icb: str, basis: str
) -> None:
    found = originating_icb(REGISTRATIONS, "QHG", D(period_start))
    assert (found.icb, found.basis) == (icb, basis)


def test_without_gp_or_home_the_originating_icb_is_unknown() -> None:
    assert originating_icb((), None, D("2025-01-01")).basis == "unknown"


@pytest.mark.parametrize(
    ("start", "version"),
    [("2022-06-30", "Who Pays? 2020 (CCGs)"), ("2022-07-01", "Who Pays? 2022 (ICBs)")],
    ids=["last-ccg-day", "first-icb-day"],
)
def test_each_determination_records_the_rule_version(start: str, version: str) -> None:
    assert originating_icb((), "QKS", D(start)).rule_version == version
