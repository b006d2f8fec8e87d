"""The engine as a whole: ordering, the as-at date, warnings, changeover days."""

from incare.domain.duties.engine import compute_duties
from incare.domain.timeline import CarePlan, HealthAssessment, Review, Visit
from tests.builders import D, ep, report, timeline


def test_duties_are_sorted_by_due_date_then_code_then_recipient() -> None:
    result = report(timeline(ep("2026-03-02", icb="QXU")), "2027-06-01")
    keys = [(d.due, d.code, d.recipient or "") for d in result.duties]
    assert keys == sorted(keys)


def test_events_after_the_as_at_date_are_ignored() -> None:
    tl = timeline(ep("2026-03-02"), events=[HealthAssessment("IHA", D("2026-03-20"))])
    (iha,) = [d for d in report(tl, "2026-03-19").duties if d.code == "IHA"]
    assert (iha.met, iha.status) == (None, "open")


def test_reviews_and_visits_outside_care_are_warned_about_and_used_by_no_duty() -> None:
    tl = timeline(
        ep("2026-03-02", end="2026-03-20", rec="E11"),
        events=[Review(D("2026-03-25")), Visit(D("2026-02-01")), Visit(D("2026-03-05"))],
    )
    result = report(tl, "2026-06-01")
    assert [(w.type, w.date.isoformat(), w.event) for w in result.warnings] == [
        ("event_outside_care", "2026-02-01", "visit"),
        ("event_outside_care", "2026-03-25", "review"),
    ]
    assert all(d.met != D("2026-03-25") for d in result.duties)


def test_an_event_on_a_changeover_day_belongs_to_the_new_period() -> None:
    tl = timeline(
        ep("2026-01-05", end="2026-03-02", rec="E11"),
        ep("2026-03-02"),
        events=[Review(D("2026-03-02"))],
    )
    first = [d for d in report(tl, "2026-06-01").duties if d.code == "REVIEW"]
    assert [(d.period_start.isoformat(), d.met) for d in first] == [
        ("2026-01-05", None),
        ("2026-03-02", D("2026-03-02")),
        ("2026-03-02", None),
    ]


def test_a_care_plan_before_entry_counts_for_the_period_it_precedes() -> None:
    tl = timeline(ep("2026-03-02"), events=[CarePlan(D("2026-02-20"))])
    (plan,) = [d for d in report(tl, "2026-04-01").duties if d.code == "CAREPLAN"]
    assert plan.status == "met"


def test_the_engine_is_pure_the_same_input_gives_the_same_report() -> None:
    tl = timeline(ep("2026-03-02", icb="QXU"), events=[Visit(D("2026-03-05"))])
    assert compute_duties(tl, D("2026-11-23")) == compute_duties(tl, D("2026-11-23"))


def test_periods_that_ended_before_the_known_history_give_nothing() -> None:
    tl = timeline(
        ep("2023-01-09", end="2023-06-05", rec="E11"),
        ep("2024-09-02"),
        history_from="2024-04-01",
    )
    result = report(tl, "2024-10-01")
    assert {d.period_start for d in result.duties} == {D("2024-09-02")}
    assert [o.period_start for o in result.originating_icb] == [D("2024-09-02")]
