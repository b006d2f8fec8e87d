"""NOTIFY: who must be told, by when, and what meets it (duties.md §3 NOTIFY)."""

import datetime as dt
from collections.abc import Callable

import pytest

from incare.domain.duties.context import ChildFacts
from incare.domain.duties.model import EngineConfig
from incare.domain.duties.notify import notify_due_local, notify_due_national
from incare.domain.timeline import Notification
from tests.builders import D, brief, duties, ep, gp, report, timeline

FRI_BEFORE_CHRISTMAS = "2026-12-18"


def note(trigger: str, trigger_date: str, recipient: str, date: str) -> Notification:
    return Notification(trigger, D(trigger_date), recipient, D(date))  # type: ignore[arg-type]


def test_entry_is_notified_to_originating_and_placement_icb_and_the_gp() -> None:
    tl = timeline(ep("2026-03-02", icb="QXU"), gps=(gp("G82001", "QKS", "2013-01-01"),))
    found = duties(tl, "2026-03-05", "NOTIFY")
    assert [(d.trigger, d.recipient) for d in found] == [
        ("enter", "G82001"),
        ("enter", "QKS"),
        ("enter", "QXU"),
    ]
    assert {d.due for d in found} == {D("2026-03-09")}
    assert all(d.standard == "local" for d in found)


def test_the_same_organisation_is_never_told_twice_for_one_trigger() -> None:
    tl = timeline(ep("2026-03-02", icb="QKS"), gps=(gp("G82001", "QKS", "2013-01-01"),))
    assert [d.recipient for d in duties(tl, "2026-03-05", "NOTIFY")] == ["G82001", "QKS"]


@pytest.mark.parametrize(
    ("sent", "as_at", "status"),
    [
        (None, "2026-12-29", "open"),
        (None, "2026-12-30", "overdue"),
        ("2026-12-29", "2027-01-10", "met"),
        ("2026-12-30", "2027-01-10", "met_late"),
        ("2026-12-10", "2027-01-10", "met"),
    ],
    ids=["due-today-open", "day-after-overdue", "on-due-met", "day-after-late", "before-met"],
)
def test_entry_before_christmas_is_due_after_the_boxing_day_substitute(
    sent: str | None, as_at: str, status: str
) -> None:
    events = [note("enter", FRI_BEFORE_CHRISTMAS, "QKS", sent)] if sent else []
    tl = timeline(ep(FRI_BEFORE_CHRISTMAS), events=events)
    (duty,) = duties(tl, as_at, "NOTIFY")
    assert brief(duty) == (FRI_BEFORE_CHRISTMAS, "2026-12-29", sent, status)


def test_a_notification_for_another_trigger_date_does_not_meet_the_duty() -> None:
    tl = timeline(ep("2026-03-02"), events=[note("enter", "2026-03-03", "QKS", "2026-03-03")])
    (duty,) = duties(tl, "2026-04-01", "NOTIFY")
    assert duty.status == "overdue"


def test_a_move_to_another_icb_tells_originating_new_outgoing_icbs_and_the_gp() -> None:
    tl = timeline(
        ep("2026-03-02", icb="QXU", end="2026-04-14", rec="X1"),
        ep("2026-04-14", rne="P", icb="QNQ"),
        gps=(gp("G82001", "QKS", "2013-01-01"),),
    )
    moves = [d for d in duties(tl, "2026-04-15", "NOTIFY") if d.trigger == "move"]
    assert [d.recipient for d in moves] == ["G82001", "QKS", "QNQ", "QXU"]
    assert {d.due for d in moves} == {D("2026-04-21")}


def test_a_change_of_legal_status_only_is_not_a_move() -> None:
    tl = timeline(ep("2026-03-02", end="2026-04-14", rec="X1"), ep("2026-04-14", rne="L"))
    assert [d.trigger for d in duties(tl, "2026-05-01", "NOTIFY")] == ["enter"]


def test_leaving_care_tells_originating_and_last_placement_icb_and_the_gp() -> None:
    tl = timeline(
        ep("2026-03-02", icb="QXU", end="2026-06-01", rec="E11"),
        gps=(gp("G82001", "QKS", "2013-01-01"),),
    )
    ceases = [d for d in duties(tl, "2026-06-02", "NOTIFY") if d.trigger == "cease"]
    assert [(d.recipient, d.anchor, d.due) for d in ceases] == [
        ("G82001", D("2026-06-01"), D("2026-06-08")),
        ("QKS", D("2026-06-01"), D("2026-06-08")),
        ("QXU", D("2026-06-01"), D("2026-06-08")),
    ]


def test_a_notification_is_never_cancelled_when_care_ends_before_it_is_due() -> None:
    tl = timeline(ep("2026-03-02", end="2026-03-03", rec="E11"))
    statuses = {d.trigger: d.status for d in duties(tl, "2026-06-01", "NOTIFY")}
    assert statuses == {"enter": "overdue", "cease": "overdue"}


@pytest.mark.parametrize(
    ("emergency", "trigger", "due"),
    [
        (False, "enter", "2026-12-18"),
        (True, "enter", "2026-12-29"),
        (False, "cease", "2027-01-20"),
    ],
    ids=["planned-same-day", "emergency-5wd", "cease-10wd"],
)
def test_the_national_standard_uses_the_regulations_deadlines(
    emergency: bool, trigger: str, due: str
) -> None:
    tl = timeline(
        ep(FRI_BEFORE_CHRISTMAS, emergency=emergency, end="2027-01-06", rec="E11"),
    )
    found = duties(tl, "2027-02-01", "NOTIFY", standard="national")
    (duty,) = [d for d in found if d.trigger == trigger]
    assert duty.due == D(due)
    assert duty.standard == "national"


@pytest.mark.parametrize(
    ("rule", "trigger", "emergency", "due"),
    [
        (notify_due_local, "move", False, "2025-04-23"),
        (notify_due_national, "move", False, "2025-04-14"),
        (notify_due_national, "move", True, "2025-04-23"),
        (notify_due_national, "cease", False, "2025-04-30"),
    ],
    ids=["local-over-easter", "national-planned", "national-emergency", "national-cease"],
)
def test_due_dates_of_each_standard_skip_easter(
    rule: Callable[..., dt.date], trigger: str, emergency: bool, due: str
) -> None:
    facts = ChildFacts(timeline(ep("2025-01-06")), D("2025-05-01"), EngineConfig())
    assert rule(facts, trigger, D("2025-04-14"), emergency) == D(due)


def test_the_local_number_of_working_days_is_configuration() -> None:
    facts = ChildFacts(
        timeline(ep("2026-03-02")), D("2026-03-02"), EngineConfig(notify_working_days=3)
    )
    assert notify_due_local(facts, "enter", D("2026-03-02"), False) == D("2026-03-05")


def test_the_gp_told_is_the_registration_in_force_on_the_trigger_date() -> None:
    tl = timeline(
        ep("2026-01-05", icb="QXU", end="2026-05-01", rec="X1"),
        ep("2026-05-01", rne="P", icb="QXU"),
        gps=(gp("G82001", "QKS", "2013-01-01", "2026-02-01"), gp("Y01234", "QXU", "2026-02-02")),
    )
    found = duties(tl, "2026-05-02", "NOTIFY")
    enter = {d.recipient for d in found if d.trigger == "enter"}
    move = {d.recipient for d in found if d.trigger == "move"}
    assert enter == {"QKS", "QXU", "G82001"}
    assert move == {"QKS", "QXU", "Y01234"}, "originating ICB stays QKS after re-registration"


def test_without_gp_or_home_icb_the_originating_icb_is_unknown_and_said() -> None:
    tl = timeline(ep("2026-03-02", icb="QXU"), home_icb=None)
    result = report(tl, "2026-03-05")
    assert [d.recipient for d in result.duties if d.code == "NOTIFY"] == ["QXU"]
    assert [w.type for w in result.warnings] == ["originating_icb_unknown"]


def test_short_breaks_need_no_notification() -> None:
    tl = timeline(ep("2026-03-02", legal_status="V3", end="2026-03-04", rec="E8"))
    assert duties(tl, "2026-06-01", "NOTIFY") == []


def test_a_trigger_before_the_known_history_is_not_emitted() -> None:
    tl = timeline(
        ep("2025-01-06", end="2025-06-02", rec="X1"),
        ep("2025-06-02", rne="P", icb="QXU"),
        history_from="2025-04-01",
    )
    assert [d.trigger for d in duties(tl, "2025-07-01", "NOTIFY")] == ["move", "move"]
