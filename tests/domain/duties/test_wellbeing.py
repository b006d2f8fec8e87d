"""SDQ and DENTAL boundaries."""

import pytest

from incare.domain.duties.context import ChildFacts
from incare.domain.duties.model import EngineConfig
from incare.domain.duties.wellbeing import dental, sdq, sdq_band
from incare.domain.timeline import DentalCheck, Sdq
from tests.builders import D, brief, duties, ep, timeline


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0, "normal"),
        (13, "normal"),
        (14, "borderline"),
        (16, "borderline"),
        (17, "concern"),
        (40, "concern"),
    ],
    ids=["0", "13", "14", "16", "17", "40"],
)
def test_sdq_bands_at_their_edges(score: int, band: str) -> None:
    assert sdq_band(score) == band


@pytest.mark.parametrize("score", [-1, 41], ids=["below-0", "above-40"])
def test_an_sdq_score_outside_0_to_40_is_refused(score: int) -> None:
    with pytest.raises(ValueError, match="0 to 40"):
        sdq_band(score)


def test_the_first_sdq_is_due_a_year_after_entry_and_carries_its_score() -> None:
    tl = timeline(ep("2025-03-03"), events=[Sdq(D("2026-02-01"), 15)])
    first, second = duties(tl, "2026-04-01", "SDQ")
    assert brief(first) == ("2025-03-03", "2026-03-03", "2026-02-01", "met")
    assert first.score == 15
    assert brief(second) == ("2026-02-01", "2027-02-01", None, "open")


def test_no_sdq_is_due_before_the_fourth_birthday() -> None:
    tl = timeline(ep("2025-03-03"), dob="2022-09-30")
    (duty,) = duties(tl, "2026-04-01", "SDQ")
    assert (duty.anchor, duty.due) == (D("2025-03-03"), D("2026-09-30"))


@pytest.mark.parametrize(
    ("dob", "count"), [("2009-03-04", 1), ("2009-03-03", 0)], ids=["due-before-17th", "on-17th"]
)
def test_no_sdq_is_due_on_or_after_the_17th_birthday(dob: str, count: int) -> None:
    assert len(duties(timeline(ep("2025-03-03"), dob=dob), "2025-04-01", "SDQ")) == count


def test_an_entry_sdq_is_configuration() -> None:
    facts = ChildFacts(
        timeline(ep("2026-03-02")), D("2026-03-03"), EngineConfig(sdq_entry_assessment=True)
    )
    (duty,) = sdq(facts, facts.periods[0])
    assert duty.due == D("2026-03-30")


def test_short_breaks_have_no_sdq_or_dental_duties() -> None:
    tl = timeline(ep("2024-03-04", legal_status="V3"))
    assert duties(tl, "2026-01-01", "SDQ") == duties(tl, "2026-01-01", "DENTAL") == []


def test_dental_checks_are_yearly_from_the_last_check() -> None:
    tl = timeline(ep("2024-02-29"), events=[DentalCheck(D("2025-03-10"))])
    assert [brief(d) for d in duties(tl, "2026-04-01", "DENTAL")] == [
        ("2024-02-29", "2025-02-28", "2025-03-10", "met_late"),
        ("2025-03-10", "2026-03-10", None, "overdue"),
    ]


def test_the_dental_interval_is_configuration() -> None:
    facts = ChildFacts(
        timeline(ep("2026-03-02")), D("2026-03-03"), EngineConfig(dental_interval_months=6)
    )
    (duty,) = dental(facts, facts.periods[0])
    assert duty.due == D("2026-09-02")
