"""IHA and RHA boundaries (duties.md §3 IHA, RHA; CPPCR 2010 reg 7)."""

import pytest

from incare.domain.duties.context import ChildFacts
from incare.domain.duties.health_assessments import (
    iha,
    rha,
    rha_interval_by_age_at_last_assessment,
    rha_interval_literal,
)
from incare.domain.duties.model import EngineConfig
from incare.domain.timeline import HealthAssessment, Refusal
from tests.builders import D, brief, duties, ep, timeline

ENTRY = "2024-12-20"  # a Friday: + 20 working days is Wed 2025-01-22 (duties.md §0)


def assessed(kind: str, date: str) -> HealthAssessment:
    return HealthAssessment(kind, D(date))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("done", "as_at", "expected"),
    [
        (None, "2025-01-22", (ENTRY, "2025-01-22", None, "open")),
        (None, "2025-01-23", (ENTRY, "2025-01-22", None, "overdue")),
        ("2025-01-22", "2025-02-01", (ENTRY, "2025-01-22", "2025-01-22", "met")),
        ("2025-01-23", "2025-02-01", (ENTRY, "2025-01-22", "2025-01-23", "met_late")),
        ("2024-09-20", "2025-02-01", (ENTRY, "2025-01-22", "2024-09-20", "met")),
        ("2024-09-19", "2025-02-01", (ENTRY, "2025-01-22", None, "overdue")),
    ],
    ids=["due-today", "day-after", "on-due", "day-late", "3-months-before", "3-months-1-day"],
)
def test_iha_is_due_20_working_days_after_entry_over_christmas(
    done: str | None, as_at: str, expected: tuple[str, str, str | None, str]
) -> None:
    events = [assessed("IHA", done)] if done else []
    (duty,) = duties(timeline(ep(ENTRY), events=events), as_at, "IHA")
    assert brief(duty) == expected


@pytest.mark.parametrize(
    ("end", "status"),
    [("2025-01-21", "cancelled"), ("2025-01-22", "overdue")],
    ids=["ends-day-before-due", "ends-on-due"],
)
def test_iha_is_cancelled_only_when_care_ends_before_it_is_due(end: str, status: str) -> None:
    tl = timeline(ep(ENTRY, end=end, rec="E11"))
    (duty,) = duties(tl, "2025-03-01", "IHA")
    assert duty.status == status


def test_iha_refused_by_a_competent_young_person_is_discharged() -> None:
    tl = timeline(ep(ENTRY), events=[Refusal("IHA", D("2025-01-10"))])
    (duty,) = duties(tl, "2025-03-01", "IHA")
    assert (duty.status, duty.met, duty.met_by) == ("refused", D("2025-01-10"), "refusal")


def test_iha_of_a_previous_period_does_not_count_for_the_next() -> None:
    tl = timeline(
        ep("2025-01-06", end="2025-02-03", rec="E11"),
        ep("2025-03-03"),
        events=[assessed("IHA", "2025-01-20")],
    )
    found = duties(tl, "2025-05-01", "IHA")
    assert [d.status for d in found] == ["met", "overdue"]


def test_each_period_of_care_has_one_iha_not_each_placement() -> None:
    tl = timeline(ep("2025-01-06", end="2025-02-03", rec="X1"), ep("2025-02-03", rne="P"))
    assert len(duties(tl, "2025-05-01", "IHA")) == 1


def test_no_iha_when_the_period_started_before_the_known_history() -> None:
    tl = timeline(ep("2024-06-03"), history_from="2024-04-01")
    assert len(duties(tl, "2025-05-01", "IHA")) == 1
    tl = timeline(ep("2024-03-04"), history_from="2024-04-01")
    assert duties(tl, "2025-05-01", "IHA") == []


def test_short_breaks_have_no_health_assessments() -> None:
    tl = timeline(ep("2025-01-06", legal_status="V4"))
    assert duties(tl, "2026-05-01", "IHA") == duties(tl, "2026-05-01", "RHA") == []


def test_iha_rule_cites_the_regulation() -> None:
    facts = ChildFacts(timeline(ep(ENTRY)), D("2025-01-01"), EngineConfig())
    (duty,) = iha(facts, facts.periods[0])
    assert "CPPCR 2010 reg 7" in duty.source


# RHA ---------------------------------------------------------------------------------------

DOB = "2020-06-15"  # fifth birthday 2025-06-15


@pytest.mark.parametrize(
    ("previous", "due"),
    [
        ("2025-06-14", "2025-12-14"),
        ("2025-06-15", "2026-06-15"),
        ("2024-08-31", "2025-02-28"),
    ],
    ids=["day-before-5th-birthday-6m", "on-5th-birthday-12m", "month-end-clamped"],
)
def test_rha_interval_is_chosen_by_age_on_the_previous_assessment(previous: str, due: str) -> None:
    facts = ChildFacts(timeline(ep("2024-01-08"), dob=DOB), D("2026-01-01"), EngineConfig())
    assert rha_interval_by_age_at_last_assessment(facts, D(previous)) == D(due)


@pytest.mark.parametrize(
    ("previous", "due"),
    [
        ("2024-12-15", "2025-06-15"),
        ("2024-12-16", "2025-12-16"),
        ("2024-06-01", "2024-12-01"),
    ],
    ids=["6m-lands-on-5th-birthday", "6m-would-pass-5th-birthday", "well-before"],
)
def test_literal_rha_steps_never_pass_the_fifth_birthday(previous: str, due: str) -> None:
    facts = ChildFacts(
        timeline(ep("2024-01-08"), dob=DOB),
        D("2026-01-01"),
        EngineConfig(rha_age_basis="literal"),
    )
    assert rha_interval_literal(facts, D(previous)) == D(due)


def test_rha_chain_runs_from_actual_dates_and_switches_at_five() -> None:
    tl = timeline(
        ep("2024-01-08"),
        dob=DOB,
        events=[
            assessed("IHA", "2024-01-30"),
            assessed("RHA", "2024-07-01"),  # early: the next runs from here
            assessed("RHA", "2025-01-20"),  # late (due 2025-01-01)
            assessed("RHA", "2025-07-01"),  # child now 5: next due in 12 months
        ],
    )
    assert [brief(d) for d in duties(tl, "2026-08-01", "RHA")] == [
        ("2024-01-30", "2024-07-30", "2024-07-01", "met"),
        ("2024-07-01", "2025-01-01", "2025-01-20", "met_late"),
        ("2025-01-20", "2025-07-20", "2025-07-01", "met"),
        ("2025-07-01", "2026-07-01", None, "overdue"),
    ]


def test_no_rha_is_emitted_before_the_iha_is_done() -> None:
    assert duties(timeline(ep("2024-01-08"), dob=DOB), "2026-01-01", "RHA") == []


def test_rha_chain_starts_from_a_refused_iha_and_continues_after_a_refusal() -> None:
    tl = timeline(
        ep("2024-01-08"),
        events=[Refusal("IHA", D("2024-01-20")), Refusal("RHA", D("2024-12-01"))],
    )
    assert [brief(d) for d in duties(tl, "2025-06-01", "RHA")] == [
        ("2024-01-20", "2025-01-20", "2024-12-01", "refused"),
        ("2024-12-01", "2025-12-01", None, "open"),
    ]


@pytest.mark.parametrize(
    ("dob", "emitted"),
    [("2007-07-31", 1), ("2007-07-30", 0)],
    ids=["due-day-before-18th", "due-on-18th-not-emitted"],
)
def test_no_rha_is_due_on_or_after_the_18th_birthday(dob: str, emitted: int) -> None:
    tl = timeline(ep("2024-07-01"), dob=dob, events=[assessed("IHA", "2024-07-30")])
    assert len(duties(tl, "2025-08-01", "RHA")) == emitted


def test_rha_is_cancelled_when_care_ends_before_it_is_due() -> None:
    tl = timeline(
        ep("2024-07-01", end="2025-07-29", rec="E11"), events=[assessed("IHA", "2024-07-30")]
    )
    (duty,) = duties(tl, "2025-09-01", "RHA")
    assert duty.status == "cancelled"


@pytest.mark.parametrize(
    ("iha_date", "anchor", "due"),
    [
        (None, "2025-04-01", "2026-04-01"),
        ("2024-02-01", "2025-04-01", "2026-04-01"),
        ("2025-05-01", "2025-05-01", "2026-05-01"),
    ],
    ids=["no-iha-in-data", "iha-before-history", "late-iha-after-history"],
)
def test_rha_chain_of_a_period_before_the_known_history_starts_on_history_from(
    iha_date: str | None, anchor: str, due: str
) -> None:
    events = [assessed("IHA", iha_date)] if iha_date else []
    tl = timeline(ep("2024-01-08"), events=events, history_from="2025-04-01")
    (duty,) = duties(tl, "2025-06-01", "RHA")
    assert (duty.anchor, duty.due) == (D(anchor), D(due))


def test_rha_rule_function_is_the_chain_of_its_period() -> None:
    tl = timeline(ep("2024-01-08"), events=[assessed("IHA", "2024-01-30")])
    facts = ChildFacts(tl, D("2025-06-01"), EngineConfig())
    assert [d.due for d in rha(facts, facts.periods[0])] == [D("2025-01-30")]


def test_rha_chain_anchored_on_an_iha_before_the_known_history_starts_on_history_from() -> None:
    tl = timeline(
        ep("2025-05-01"), events=[assessed("IHA", "2025-03-15")], history_from="2025-04-01"
    )
    (duty,) = duties(tl, "2025-06-01", "RHA")
    assert (duty.anchor, duty.due) == (D("2025-04-01"), D("2026-04-01"))
