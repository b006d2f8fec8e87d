"""The WNB/DNA escalation ladder of one assessment request (duties.md §5)."""

from __future__ import annotations

import datetime as dt

import pytest

from incare.domain.calendar import england
from incare.domain.escalation import (
    DEFAULT_LADDER,
    REFUSAL_ALTERNATIVES,
    AppointmentOutcome,
    AssessmentKind,
    EscalationTask,
    LadderConfig,
    LadderFacts,
    LadderResult,
    Outcome,
    Role,
    carer_and_social_worker_triggers,
    counts_as_miss,
    designated_nurse_triggers,
    escalation_ladder,
    iro_triggers,
    late_step_trigger,
    named_nurse_triggers,
    refusal_outcome,
    task_status,
    team_manager_triggers,
)

D = dt.date.fromisoformat
FAR = "2027-09-30"  # a statutory due date well after every appointment below


def at(date: str, outcome: Outcome = "was_not_brought") -> AppointmentOutcome:
    return AppointmentOutcome(D(date), outcome)


def ladder(
    *outcomes: AppointmentOutcome,
    as_at: str,
    kind: AssessmentKind = "RHA",
    due: str = FAR,
    closed: dict[Role, str] | None = None,
    config: LadderConfig = DEFAULT_LADDER,
) -> LadderResult:
    return escalation_ladder(
        outcomes,
        kind=kind,
        statutory_due=D(due),
        calendar=england(),
        as_at=D(as_at),
        closed={role: D(day) for role, day in (closed or {}).items()},
        config=config,
    )


def brief(task: EscalationTask) -> tuple[int, str, str, str, str | None, str]:
    closed = task.closed.isoformat() if task.closed else None
    return (
        task.step,
        task.addressed_to,
        task.raised.isoformat(),
        task.due.isoformat(),
        closed,
        task.status,
    )


def task_for(result: LadderResult, role: Role) -> EscalationTask | None:
    found = [t for t in result.tasks if t.addressed_to == role]
    assert len(found) <= 1
    return found[0] if found else None


def roles(result: LadderResult) -> list[str]:
    return [t.addressed_to for t in result.tasks]


def facts(*misses: AppointmentOutcome, kind: AssessmentKind = "RHA", due: str = FAR) -> LadderFacts:
    return LadderFacts(
        kind=kind,
        statutory_due=D(due),
        misses=misses,
        ended=None,
        as_at=D("2030-01-01"),
        calendar=england(),
        config=DEFAULT_LADDER,
    )


# --- What counts as a miss -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "missed"),
    [
        ("was_not_brought", True),
        ("did_not_attend", True),
        ("cancelled_by_provider", False),
        ("refused", False),
        ("attended", False),
    ],
    ids=["wnb", "dna", "cancelled-by-provider", "refused", "attended"],
)
def test_counts_as_miss_only_for_was_not_brought_and_did_not_attend(
    outcome: Outcome, missed: bool
) -> None:
    assert counts_as_miss(outcome) is missed


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("was_not_brought", "was_not_brought"),
        ("did_not_attend", "did_not_attend"),
        ("was_not_brought", "did_not_attend"),
        ("did_not_attend", "was_not_brought"),
    ],
    ids=["wnb-wnb", "dna-dna", "wnb-dna", "dna-wnb"],
)
def test_dna_and_wnb_are_distinct_but_both_count_towards_the_ladder(
    first: Outcome, second: Outcome
) -> None:
    result = ladder(
        at("2026-06-01", first),
        at("2026-06-08", second),
        as_at="2026-06-08",
        closed={"carer_and_social_worker": "2026-06-02"},
    )
    assert roles(result) == ["carer_and_social_worker", "team_manager"]
    labels = {"was_not_brought": "was not brought (WNB)", "did_not_attend": "did not attend (DNA)"}
    assert labels[first] in result.tasks[0].reason
    assert labels[second] in result.tasks[1].reason
    assert [m.outcome for m in result.misses] == [first, second]


def test_an_appointment_cancelled_by_the_provider_is_not_a_miss() -> None:
    result = ladder(
        at("2026-06-01"),
        at("2026-06-03", "cancelled_by_provider"),
        at("2026-06-05", "cancelled_by_provider"),
        as_at="2026-06-05",
        closed={"carer_and_social_worker": "2026-06-02"},
    )
    assert roles(result) == ["carer_and_social_worker"]
    assert len(result.misses) == 1


def test_a_cancellation_between_two_misses_does_not_stop_the_second_counting() -> None:
    result = ladder(
        at("2026-06-01", "did_not_attend"),
        at("2026-06-03", "cancelled_by_provider"),
        at("2026-06-10", "was_not_brought"),
        as_at="2026-06-10",
        closed={"carer_and_social_worker": "2026-06-02"},
    )
    manager = task_for(result, "team_manager")
    assert manager is not None
    assert manager.raised == D("2026-06-10")


def test_no_miss_no_ladder() -> None:
    result = ladder(at("2026-06-01", "cancelled_by_provider"), as_at="2027-12-31", kind="IHA")
    assert result.tasks == ()


# --- Step 1: the first miss --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("missed", "due"),
    [
        ("2026-06-01", "2026-06-02"),
        ("2026-06-05", "2026-06-08"),
        ("2026-12-18", "2026-12-21"),
        ("2026-12-24", "2026-12-29"),
        ("2026-12-31", "2027-01-04"),
    ],
    ids=["monday", "friday", "friday-before-christmas", "christmas-eve", "new-years-eve"],
)
def test_first_miss_tells_carer_and_social_worker_within_one_working_day(
    missed: str, due: str
) -> None:
    result = ladder(at(missed), as_at=missed)
    assert [brief(t) for t in result.tasks] == [
        (1, "carer_and_social_worker", missed, due, None, "open")
    ]
    assert "first missed appointment" in result.tasks[0].reason
    assert result.tasks[0].panel_exception is False


def test_carer_and_social_worker_triggers_is_the_first_miss_only() -> None:
    triggers = carer_and_social_worker_triggers(facts(at("2026-06-01"), at("2026-06-08")))
    assert [t.date for t in triggers] == [D("2026-06-01")]
    assert carer_and_social_worker_triggers(facts()) == []


# --- Steps 2 and 3: the second and third misses --------------------------------------------


@pytest.mark.parametrize(
    ("misses", "expected"),
    [
        (1, [(1, "carer_and_social_worker", "2026-06-01", "2026-06-02")]),
        (
            2,
            [
                (1, "carer_and_social_worker", "2026-06-01", "2026-06-02"),
                (2, "team_manager", "2026-06-08", "2026-06-10"),
            ],
        ),
        (
            3,
            [
                (1, "carer_and_social_worker", "2026-06-01", "2026-06-02"),
                (2, "team_manager", "2026-06-08", "2026-06-10"),
                (3, "iro", "2026-06-10", "2026-06-17"),
            ],
        ),
    ],
    ids=["first-miss", "second-miss", "third-miss"],
)
def test_each_miss_climbs_one_step(misses: int, expected: list[tuple[int, str, str, str]]) -> None:
    dates = ["2026-06-01", "2026-06-08", "2026-06-10"][:misses]
    result = ladder(
        *(at(d) for d in dates),
        as_at="2026-06-10",
        closed={"carer_and_social_worker": "2026-06-02", "team_manager": "2026-06-10"},
    )
    assert [brief(t)[:4] for t in result.tasks] == expected


def test_team_manager_triggers_at_the_second_miss() -> None:
    triggers = team_manager_triggers(facts(at("2026-06-01"), at("2026-06-08")), None)
    assert [t.date for t in triggers] == [D("2026-06-08")]
    assert "second missed appointment" in triggers[0].reason
    assert team_manager_triggers(facts(at("2026-06-01")), None) == []


def test_iro_triggers_at_the_third_miss() -> None:
    three = facts(at("2026-06-01"), at("2026-06-08"), at("2026-06-10", "did_not_attend"))
    triggers = iro_triggers(three, None)
    # the second trigger is the day after the statutory due date, if still undone by then
    assert [t.date for t in triggers] == [D("2026-06-10"), D("2027-10-01")]
    assert "third missed appointment: did not attend (DNA)" in triggers[0].reason


def test_a_fourth_miss_does_not_repeat_a_step() -> None:
    result = ladder(
        *(at(d) for d in ("2026-06-01", "2026-06-08", "2026-06-10", "2026-06-11")),
        as_at="2026-06-11",
        closed={"carer_and_social_worker": "2026-06-02", "team_manager": "2026-06-10"},
    )
    assert roles(result) == ["carer_and_social_worker", "team_manager", "iro"]


# --- Step 3: a miss that makes the statutory deadline be missed -----------------------------


@pytest.mark.parametrize(
    ("outcomes", "as_at", "raised"),
    [
        ([at("2026-06-10")], "2026-06-10", None),
        ([at("2026-06-10")], "2026-06-11", "2026-06-11"),
        ([at("2026-06-01")], "2026-06-11", "2026-06-11"),
        ([at("2026-06-11")], "2026-06-12", None),
        ([at("2026-06-01"), at("2026-06-10", "attended")], "2026-06-30", None),
        ([at("2026-06-01"), at("2026-06-11", "attended")], "2026-06-30", None),
        ([at("2026-06-01"), at("2026-06-12", "attended")], "2026-06-30", "2026-06-11"),
    ],
    ids=[
        "miss-on-due-date-as-at-due",
        "miss-on-due-date-day-after",
        "earlier-miss-still-undone",
        "miss-after-the-deadline",
        "attended-on-due-date",
        "attended-on-the-first-day-of-breach",
        "attended-later",
    ],
)
def test_a_miss_that_makes_the_statutory_deadline_be_missed_informs_the_iro(
    outcomes: list[AppointmentOutcome], as_at: str, raised: str | None
) -> None:
    result = ladder(
        *outcomes,
        as_at=as_at,
        due="2026-06-10",
        closed={"carer_and_social_worker": "2026-06-01"},
    )
    iro = task_for(result, "iro")
    assert (iro.raised.isoformat() if iro else None) == raised
    if iro is not None:
        assert "statutory due date 2026-06-10" in iro.reason
        assert iro.due == england().add_working_days(iro.raised, 5)


# --- Step 4: unresolved after 10 working days, or an IHA breach -----------------------------


@pytest.mark.parametrize(
    ("first_miss", "as_at", "raised", "due"),
    [
        ("2026-12-18", "2027-01-05", None, None),
        ("2026-12-18", "2027-01-06", None, None),
        ("2026-12-18", "2027-01-07", "2027-01-07", "2027-01-14"),
        ("2026-12-10", "2026-12-24", None, None),
        ("2026-12-10", "2026-12-25", "2026-12-25", "2027-01-05"),
        ("2026-06-01", "2026-06-15", None, None),
        ("2026-06-01", "2026-06-16", "2026-06-16", "2026-06-23"),
    ],
    ids=[
        "across-christmas-day-before",
        "across-christmas-on-the-10th-working-day",
        "across-christmas-day-after",
        "10th-day-is-christmas-eve",
        "raised-on-christmas-day",
        "june-on-the-10th-working-day",
        "june-day-after",
    ],
)
def test_unresolved_10_working_days_after_the_first_miss_goes_to_the_named_nurse(
    first_miss: str, as_at: str, raised: str | None, due: str | None
) -> None:
    # 2026-12-18 + 10 working days skips Christmas Day, the Boxing Day substitute (28 Dec) and
    # New Year's Day: 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6 Jan.
    result = ladder(at(first_miss), as_at=as_at, closed={"carer_and_social_worker": first_miss})
    nurse = task_for(result, "named_nurse")
    if raised is None or due is None:
        assert nurse is None
        return
    assert nurse is not None
    assert (nurse.step, nurse.raised, nurse.due) == (4, D(raised), D(due))
    assert nurse.panel_exception is True
    assert "unresolved 10 working days" in nurse.reason
    assert result.panel_exceptions == (nurse,)


@pytest.mark.parametrize(
    ("attended", "named_nurse"),
    [("2027-01-06", False), ("2027-01-07", False), ("2027-01-08", True)],
    ids=["attended-on-the-10th-working-day", "attended-on-the-day-after", "attended-later"],
)
def test_attending_by_the_10th_working_day_keeps_the_named_nurse_out(
    attended: str, named_nurse: bool
) -> None:
    result = ladder(
        at("2026-12-18"),
        at(attended, "attended"),
        as_at="2027-02-01",
        closed={"carer_and_social_worker": "2026-12-18", "named_nurse": "2027-01-08"},
    )
    assert (task_for(result, "named_nurse") is not None) is named_nurse


@pytest.mark.parametrize(
    ("kind", "as_at", "expected"),
    [
        ("IHA", "2026-12-29", ["carer_and_social_worker"]),
        ("IHA", "2026-12-30", ["carer_and_social_worker", "iro", "named_nurse"]),
        ("RHA", "2026-12-30", ["carer_and_social_worker", "iro"]),
    ],
    ids=["iha-on-due-date", "iha-breached", "rha-breached-is-not-step-4"],
)
def test_any_iha_breach_goes_to_the_named_nurse(
    kind: AssessmentKind, as_at: str, expected: list[str]
) -> None:
    result = ladder(
        at("2026-12-21"),
        as_at=as_at,
        kind=kind,
        due="2026-12-29",
        closed={"carer_and_social_worker": "2026-12-21"},
    )
    assert roles(result) == expected
    nurse = task_for(result, "named_nurse")
    if nurse is not None:
        assert nurse.raised == D("2026-12-30")
        assert nurse.reason.startswith("IHA breach")


def test_an_iha_already_in_breach_at_the_first_miss_goes_to_the_named_nurse_that_day() -> None:
    result = ladder(
        at("2027-01-11"),
        as_at="2027-01-11",
        kind="IHA",
        due="2026-12-29",
    )
    assert [brief(t)[:3] for t in result.tasks] == [
        (1, "carer_and_social_worker", "2027-01-11"),
        (4, "named_nurse", "2027-01-11"),
    ]


def test_named_nurse_triggers_list_unresolved_and_iha_breach() -> None:
    triggers = named_nurse_triggers(facts(at("2026-12-18"), kind="IHA", due="2026-12-29"), None)
    assert [t.date for t in triggers] == [D("2027-01-07"), D("2026-12-30")]
    assert named_nurse_triggers(facts(), None) == []


# --- Step 4, then: the designated nurse ------------------------------------------------------


@pytest.mark.parametrize(
    ("named_closed", "as_at", "expected"),
    [
        (None, "2027-01-14", None),
        (None, "2027-01-15", ("2027-01-15", "2027-01-22", "step 4 (named_nurse)")),
        ("2027-01-11", "2027-01-11", ("2027-01-11", "2027-01-18", "named nurse was informed")),
        ("2027-01-20", "2027-01-20", ("2027-01-15", "2027-01-22", "step 4 (named_nurse)")),
    ],
    ids=["named-nurse-open", "named-nurse-overdue", "named-nurse-closed", "closed-late"],
)
def test_the_designated_nurse_is_informed_after_the_named_nurse(
    named_closed: str | None, as_at: str, expected: tuple[str, str, str] | None
) -> None:
    closed: dict[Role, str] = {"carer_and_social_worker": "2026-12-18"}
    if named_closed:
        closed["named_nurse"] = named_closed
    result = ladder(at("2026-12-18"), as_at=as_at, closed=closed)
    designated = task_for(result, "designated_nurse")
    if expected is None:
        assert designated is None
        return
    assert designated is not None
    raised, due, reason = expected
    assert (designated.step, designated.raised, designated.due) == (4, D(raised), D(due))
    assert reason in designated.reason
    assert designated.panel_exception is True


def test_designated_nurse_triggers_need_a_named_nurse_task() -> None:
    assert designated_nurse_triggers(None) == []


def test_a_named_nurse_closure_recorded_early_raises_the_designated_nurse_with_it() -> None:
    result = ladder(
        at("2026-12-18"),
        as_at="2027-01-07",
        closed={"carer_and_social_worker": "2026-12-18", "named_nurse": "2027-01-04"},
    )
    designated = task_for(result, "designated_nurse")
    assert designated is not None
    assert designated.raised == D("2027-01-07")


# --- A late step raises the next ------------------------------------------------------------


@pytest.mark.parametrize(
    ("closed", "as_at", "step1_status", "step2"),
    [
        (None, "2026-06-02", "open", None),
        (None, "2026-06-03", "overdue", ("2026-06-03", "2026-06-05")),
        ("2026-06-02", "2026-06-30", "closed", None),
        ("2026-06-03", "2026-06-03", "closed_late", ("2026-06-03", "2026-06-05")),
        ("2026-06-04", "2026-06-03", "overdue", ("2026-06-03", "2026-06-05")),
    ],
    ids=["due-today", "day-after", "closed-on-due", "closed-a-day-late", "closure-after-as-at"],
)
def test_an_overdue_step_raises_the_next_step(
    closed: str | None, as_at: str, step1_status: str, step2: tuple[str, str] | None
) -> None:
    result = ladder(
        at("2026-06-01"),
        at("2026-06-30", "attended"),
        as_at=as_at,
        closed={"carer_and_social_worker": closed} if closed else None,
    )
    first = task_for(result, "carer_and_social_worker")
    assert first is not None
    assert first.status == step1_status
    manager = task_for(result, "team_manager")
    assert (None if manager is None else (manager.raised.isoformat(), manager.due.isoformat())) == (
        step2
    )
    if manager is not None:
        assert manager.reason == "step 1 (carer_and_social_worker) was not closed by 2026-06-02"


def test_nobody_acting_climbs_the_whole_ladder() -> None:
    result = ladder(at("2026-06-01"), as_at="2026-07-31")
    assert [brief(t) for t in result.tasks] == [
        (1, "carer_and_social_worker", "2026-06-01", "2026-06-02", None, "overdue"),
        (2, "team_manager", "2026-06-03", "2026-06-05", None, "overdue"),
        (3, "iro", "2026-06-06", "2026-06-12", None, "overdue"),
        (4, "named_nurse", "2026-06-13", "2026-06-19", None, "overdue"),
        (4, "designated_nurse", "2026-06-20", "2026-06-26", None, "overdue"),
    ]


def test_a_step_already_raised_by_a_miss_is_not_raised_again_by_lateness() -> None:
    result = ladder(at("2026-06-01"), at("2026-06-02"), as_at="2026-06-04")
    manager = task_for(result, "team_manager")
    assert manager is not None
    assert manager.raised == D("2026-06-02")
    assert "second missed appointment" in manager.reason


def test_late_step_trigger_only_for_a_step_not_closed_by_its_due_date() -> None:
    def task(closed: str | None) -> EscalationTask:
        return EscalationTask(
            1,
            "carer_and_social_worker",
            "first missed appointment",
            D("2026-06-01"),
            D("2026-06-02"),
            D(closed) if closed else None,
            "open",
            False,
        )

    late = late_step_trigger(task(None), DEFAULT_LADDER)
    assert late is not None
    assert late.date == D("2026-06-03")
    assert late_step_trigger(task("2026-06-02"), DEFAULT_LADDER) is None
    assert late_step_trigger(task("2026-06-03"), DEFAULT_LADDER) == late
    assert late_step_trigger(task(None), LadderConfig(late_step_escalates=False)) is None


def test_late_steps_escalate_only_when_configured() -> None:
    result = ladder(
        at("2026-06-01"), as_at="2026-06-12", config=LadderConfig(late_step_escalates=False)
    )
    assert roles(result) == ["carer_and_social_worker"]


# --- Statuses: closed and closed late --------------------------------------------------------


@pytest.mark.parametrize(
    ("closed", "as_at", "status"),
    [
        (None, "2026-06-01", "open"),
        (None, "2026-06-02", "open"),
        (None, "2026-06-03", "overdue"),
        ("2026-05-29", "2026-06-10", "closed"),
        ("2026-06-02", "2026-06-10", "closed"),
        ("2026-06-03", "2026-06-10", "closed_late"),
    ],
    ids=["day-before", "on-due", "day-after", "closed-early", "closed-on-due", "closed-late"],
)
def test_task_status_is_computed_like_a_duty_status(
    closed: str | None, as_at: str, status: str
) -> None:
    assert task_status(
        due=D("2026-06-02"), closed=D(closed) if closed else None, as_at=D(as_at)
    ) == (status)


def test_a_task_closed_before_it_was_raised_is_closed_on_time() -> None:
    result = ladder(
        at("2026-06-01"),
        at("2026-06-08"),
        as_at="2026-06-30",
        closed={
            "carer_and_social_worker": "2026-06-02",
            "team_manager": "2026-06-03",
            "iro": "2026-06-30",
            "named_nurse": "2026-06-30",
            "designated_nurse": "2026-06-30",
        },
    )
    manager = task_for(result, "team_manager")
    assert manager is not None
    assert (manager.raised, manager.closed, manager.status) == (
        D("2026-06-08"),
        D("2026-06-03"),
        "closed",
    )


# --- Attendance resolves, refusal is not a miss ----------------------------------------------


def test_attending_resolves_the_ladder_and_open_tasks_stay_until_closed() -> None:
    result = ladder(
        at("2026-06-01"),
        at("2026-06-02", "attended"),
        at("2026-06-08"),  # after the request was done: not part of this ladder
        as_at="2026-07-31",
    )
    assert result.resolved_on == D("2026-06-02")
    assert result.refusal is None
    assert [brief(t) for t in result.tasks] == [
        (1, "carer_and_social_worker", "2026-06-01", "2026-06-02", None, "overdue"),
    ]
    assert len(result.misses) == 1


def test_a_miss_on_the_day_of_the_attended_appointment_does_not_count() -> None:
    result = ladder(at("2026-06-01"), at("2026-06-01", "attended"), as_at="2026-06-30")
    assert result.tasks == ()
    assert result.resolved_on == D("2026-06-01")


def test_outcomes_after_the_as_at_date_are_not_yet_known() -> None:
    result = ladder(at("2026-06-01"), at("2026-06-08"), as_at="2026-06-04")
    assert roles(result) == ["carer_and_social_worker", "team_manager"]
    assert len(result.misses) == 1
    assert task_for(result, "team_manager") == EscalationTask(
        2,
        "team_manager",
        "step 1 (carer_and_social_worker) was not closed by 2026-06-02",
        D("2026-06-03"),
        D("2026-06-05"),
        None,
        "open",
        False,
    )


def test_a_competent_refusal_gives_alternatives_and_no_task() -> None:
    result = ladder(at("2026-06-01", "refused"), as_at="2027-12-31", kind="IHA", due="2026-06-10")
    assert result.tasks == ()
    assert result.misses == ()
    assert result.resolved_on is None
    assert result.refusal is not None
    assert result.refusal.date == D("2026-06-01")
    assert result.refusal.alternatives == REFUSAL_ALTERNATIVES
    assert "views" in result.refusal.recorded_as
    assert "not as a missed appointment" in result.refusal.recorded_as


def test_a_refusal_after_a_miss_ends_the_ladder_without_further_steps() -> None:
    result = ladder(
        at("2026-06-01", "did_not_attend"),
        at("2026-06-02", "refused"),
        at("2026-06-08", "did_not_attend"),
        as_at="2026-07-31",
        closed={"carer_and_social_worker": "2026-06-02"},
    )
    assert [brief(t)[:2] for t in result.tasks] == [(1, "carer_and_social_worker")]
    assert result.refusal is not None
    assert result.refusal.date == D("2026-06-02")


def test_refusal_outcome_lists_the_alternatives_to_offer() -> None:
    outcome = refusal_outcome("RHA", D("2026-06-01"))
    assert outcome.kind == "RHA"
    assert outcome.recorded_as.startswith("RHA refused on 2026-06-01")
    assert any("GP" in a for a in outcome.alternatives)
    assert any("questionnaire" in a for a in outcome.alternatives)
    assert any("venue" in a for a in outcome.alternatives)
    assert any("clinician" in a for a in outcome.alternatives)
    assert any("next looked-after review" in a for a in outcome.alternatives)


# --- Configuration ---------------------------------------------------------------------------


def test_changed_thresholds_move_every_step() -> None:
    config = LadderConfig(
        carer_notice_working_days=2,
        team_manager_at_miss=3,
        team_manager_working_days=1,
        iro_at_miss=4,
        iro_working_days=3,
        unresolved_working_days=15,
        named_nurse_working_days=10,
        late_step_escalates=False,
    )
    misses = [at(d) for d in ("2026-06-01", "2026-06-03", "2026-06-05", "2026-06-10")]
    # The 15th working day after 2026-06-01 is 2026-06-22: still in time on that day.
    on_the_15th = ladder(*misses, as_at="2026-06-22", config=config)
    assert [brief(t)[:4] for t in on_the_15th.tasks] == [
        (1, "carer_and_social_worker", "2026-06-01", "2026-06-03"),
        (2, "team_manager", "2026-06-05", "2026-06-08"),
        (3, "iro", "2026-06-10", "2026-06-15"),
    ]
    day_after = ladder(*misses, as_at="2026-06-23", config=config)
    assert [brief(t)[:4] for t in day_after.panel_exceptions] == [
        (4, "named_nurse", "2026-06-23", "2026-07-07"),
    ]


def test_the_default_ladder_is_the_spec() -> None:
    assert (
        DEFAULT_LADDER.carer_notice_working_days,
        DEFAULT_LADDER.team_manager_at_miss,
        DEFAULT_LADDER.iro_at_miss,
        DEFAULT_LADDER.unresolved_working_days,
    ) == (1, 2, 3, 10)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"team_manager_at_miss": 1},
        {"team_manager_at_miss": 4, "iro_at_miss": 3},
        {"iro_working_days": -1},
    ],
    ids=["team-manager-at-first-miss", "iro-before-team-manager", "negative-period"],
)
def test_a_ladder_that_makes_no_sense_is_refused(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="ladder"):
        LadderConfig(**kwargs)  # type: ignore[arg-type]


def test_an_unknown_outcome_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown appointment outcome"):
        AppointmentOutcome(D("2026-06-01"), "no_show")  # type: ignore[arg-type]
