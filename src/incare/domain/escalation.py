"""The escalation ladder when a child misses a health assessment appointment (duties.md §5).

One assessment request (an IHA or an RHA) may need several appointments. Each appointment has
an outcome; a child who was not brought (WNB) or who did not attend (DNA) has missed it, and
each miss climbs a ladder of timed tasks: tell the carer and social worker, then the team
manager, then the IRO, then the named nurse at the provider and the designated nurse at the
originating ICB. A competent refusal is not a miss: it is recorded with the young person's
views and alternatives are offered, and nothing escalates.

Everything here is pure: the outcomes, the recorded closures of tasks and "today" (`as_at`)
are inputs, and the same inputs always give the same tasks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple

from incare.domain.calendar import WorkingDayCalendar
from incare.domain.duties.dates import CPPCR_2010_IN_FORCE
from incare.domain.registry import rule

Outcome = Literal[
    "attended", "was_not_brought", "did_not_attend", "cancelled_by_provider", "refused"
]
AssessmentKind = Literal["IHA", "RHA"]
Role = Literal["carer_and_social_worker", "team_manager", "iro", "named_nurse", "designated_nurse"]
TaskStatus = Literal["open", "overdue", "closed", "closed_late"]

ATTENDED: Final = "attended"
WAS_NOT_BROUGHT: Final = "was_not_brought"
DID_NOT_ATTEND: Final = "did_not_attend"
CANCELLED_BY_PROVIDER: Final = "cancelled_by_provider"
REFUSED: Final = "refused"
OUTCOMES: Final = (ATTENDED, WAS_NOT_BROUGHT, DID_NOT_ATTEND, CANCELLED_BY_PROVIDER, REFUSED)

CARER_AND_SOCIAL_WORKER: Final = "carer_and_social_worker"
TEAM_MANAGER: Final = "team_manager"
IRO: Final = "iro"
NAMED_NURSE: Final = "named_nurse"
DESIGNATED_NURSE: Final = "designated_nurse"

OPEN: Final = "open"
OVERDUE: Final = "overdue"
CLOSED: Final = "closed"
CLOSED_LATE: Final = "closed_late"

# The ladder is a local standard that follows up the health-assessment duties, so it is in
# force with them (CPPCR 2010, SI 2010/959, in force 1 April 2011).
LADDER_IN_FORCE = CPPCR_2010_IN_FORCE

SPEC = "incare duties.md §5 (did not attend / was not brought, default ladder)"
GUIDANCE = (
    "Promoting the health and wellbeing of looked-after children, statutory guidance for local "
    "authorities, clinical commissioning groups and NHS England (DfE and DH, now DHSC, 2015)"
)

_ONE_DAY = dt.timedelta(days=1)
_MISS_LABEL: Final[Mapping[str, str]] = {
    WAS_NOT_BROUGHT: "was not brought (WNB)",
    DID_NOT_ATTEND: "did not attend (DNA)",
}
_ORDINAL: Final = ("first", "second", "third", "fourth", "fifth", "sixth")


@dataclass(frozen=True, slots=True)
class LadderConfig:
    """The thresholds of the ladder; a council or ICB may change every one (duties.md §5).

    The defaults are the spec's: the first miss is told to the carer and social worker within
    1 working day; the 2nd miss goes to the team manager; the 3rd to the IRO; 10 working days
    unresolved after the first miss goes to the named and then the designated nurse. The due
    periods of steps 2 to 4 are ours (the spec gives none).
    """

    carer_notice_working_days: int = 1  # duties.md §5 step 1: "within 1 working day"
    team_manager_at_miss: int = 2  # duties.md §5 step 2: "second miss"
    team_manager_working_days: int = 2  # ours: a written notice within 2 working days
    iro_at_miss: int = 3  # duties.md §5 step 3: "third miss"
    iro_working_days: int = 5  # ours
    unresolved_working_days: int = 10  # duties.md §5 step 4: "after 10 working days"
    named_nurse_working_days: int = 5  # ours
    designated_nurse_working_days: int = 5  # ours
    late_step_escalates: bool = True  # ours: an overdue step raises the next one

    def __post_init__(self) -> None:
        if not 2 <= self.team_manager_at_miss <= self.iro_at_miss:
            raise ValueError("the ladder needs 2 <= team_manager_at_miss <= iro_at_miss")
        periods = (
            self.carer_notice_working_days,
            self.team_manager_working_days,
            self.iro_working_days,
            self.unresolved_working_days,
            self.named_nurse_working_days,
            self.designated_nurse_working_days,
        )
        if min(periods) < 0:
            raise ValueError("working-day periods of the ladder cannot be negative")


DEFAULT_LADDER = LadderConfig()


@dataclass(frozen=True, slots=True)
class AppointmentOutcome:
    """What happened at one appointment of an assessment request."""

    date: dt.date
    outcome: Outcome

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"unknown appointment outcome {self.outcome!r}")


@dataclass(frozen=True, slots=True)
class EscalationTask:
    """One timed step of the ladder: who must be told, why, by when, and whether they were."""

    step: int
    addressed_to: Role
    reason: str
    raised: dt.date
    due: dt.date
    closed: dt.date | None
    status: TaskStatus
    panel_exception: bool


class Trigger(NamedTuple):
    """A date on which a step is raised, and why."""

    date: dt.date
    reason: str


REFUSAL_ALTERNATIVES: Final[tuple[str, ...]] = (
    "a different venue: the young person's home or placement, school or college, or a young "
    "people's clinic",
    "a different clinician: someone the young person already knows, or of the gender they prefer",
    "an assessment led by the young person's own GP",
    "a written health questionnaire the young person completes in their own time, with a "
    "conversation afterwards if they wish",
    "offer the assessment again at the next looked-after review, and note the offer in the "
    "health plan",
)
"""What to offer a young person who has refused a health assessment.

Source: Promoting the health and wellbeing of looked-after children, statutory guidance
(DfE and DH, now DHSC, 2015): a child of sufficient age and understanding may refuse a health
assessment; the refusal is to be recorded, and followed up so that the child's health needs are
still met and the offer is made again.
Interpretation: the list itself is ours, drawn from the guidance's emphasis on the child's
wishes and a flexible approach to where and by whom assessments are done; a council or ICB may
offer others.
"""


@dataclass(frozen=True, slots=True)
class RefusalOutcome:
    """A competent refusal: recorded as a refusal with the young person's views, not a miss."""

    date: dt.date
    kind: AssessmentKind
    recorded_as: str
    alternatives: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LadderFacts:
    """What the ladder of one assessment request is computed from, as known on `as_at`."""

    kind: AssessmentKind
    statutory_due: dt.date
    misses: tuple[AppointmentOutcome, ...]
    ended: AppointmentOutcome | None
    as_at: dt.date
    calendar: WorkingDayCalendar
    config: LadderConfig

    @property
    def first_miss(self) -> AppointmentOutcome | None:
        return self.misses[0] if self.misses else None

    def miss_number(self, n: int) -> AppointmentOutcome | None:
        """The n-th miss (1-based), if there has been one."""
        return self.misses[n - 1] if len(self.misses) >= n else None


@dataclass(frozen=True, slots=True)
class LadderResult:
    """The ladder of one assessment request on `as_at`: its tasks and how it ended, if it has."""

    tasks: tuple[EscalationTask, ...]
    misses: tuple[AppointmentOutcome, ...]
    resolved_on: dt.date | None
    refusal: RefusalOutcome | None

    @property
    def panel_exceptions(self) -> tuple[EscalationTask, ...]:
        """The tasks that list this request in the panel's exceptions."""
        return tuple(task for task in self.tasks if task.panel_exception)


def _ordinal(n: int) -> str:
    return _ORDINAL[n - 1] if n <= len(_ORDINAL) else f"{n}th"


def _miss_text(n: int, miss: AppointmentOutcome) -> str:
    label = _MISS_LABEL[miss.outcome]
    return f"{_ordinal(n)} missed appointment: {label} on {miss.date.isoformat()}"


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def counts_as_miss(outcome: Outcome) -> bool:
    """An appointment is missed when the child was not brought (WNB) or did not attend (DNA).

    Source: incare duties.md §5: WNB (a child who depends on a carer was not brought) and DNA
    (a young person chose not to attend) are distinct outcomes; a competent refusal is recorded
    as a refusal, not as a miss.
    Interpretation: WNB and DNA stay distinct in the record but both count towards the ladder;
    an appointment the provider cancelled is not the child's miss and counts for nothing.
    """
    return outcome in (WAS_NOT_BROUGHT, DID_NOT_ATTEND)


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def refusal_outcome(kind: AssessmentKind, refused_on: dt.date) -> RefusalOutcome:
    """A competent refusal is recorded as a refusal with the young person's views, never as a
    missed appointment, and other ways of meeting their health needs are offered.

    Source: incare duties.md §5 and §2 (`refused`: discharged, not a breach); Promoting the
    health and wellbeing of looked-after children, statutory guidance (DfE and DH, now DHSC,
    2015): a child of sufficient age and understanding may refuse an assessment, and the refusal
    is recorded and followed up.
    Interpretation: whether the young person is competent is the clinician's judgement, made
    before the outcome `refused` is recorded; the alternatives are `REFUSAL_ALTERNATIVES`.
    """
    return RefusalOutcome(
        date=refused_on,
        kind=kind,
        recorded_as=(
            f"{kind} refused on {refused_on.isoformat()} by a young person of sufficient age "
            "and understanding; record their views in their own words, not as a missed "
            "appointment"
        ),
        alternatives=REFUSAL_ALTERNATIVES,
    )


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def late_step_trigger(task: EscalationTask, config: LadderConfig) -> Trigger | None:
    """A step that is not closed by its due date raises the next step of the ladder.

    Source: incare duties.md §5 (each step is a timed task) and §2 (overdue when not done and
    the due date is before as-at).
    Interpretation: ours, as the spec does not say what happens when a step is itself late: the
    next step is raised on the first day the step is overdue (the day after its due date), if it
    was not raised earlier; a step closed late still raised it, because it was overdue on that
    day. A council may turn this off (`late_step_escalates`).
    """
    if not config.late_step_escalates:
        return None
    if task.closed is not None and task.closed <= task.due:
        return None
    return Trigger(
        task.due + _ONE_DAY,
        f"step {task.step} ({task.addressed_to}) was not closed by {task.due.isoformat()}",
    )


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def carer_and_social_worker_triggers(facts: LadderFacts) -> list[Trigger]:
    """At the first missed appointment the health team tells the carer and the social worker
    within 1 working day and rebooks.

    Source: incare duties.md §5 step 1.
    Interpretation: the task is raised on the date of the miss and due 1 working day after it
    (`carer_notice_working_days`); rebooking is the health team's part of the same task. Each
    step is raised at most once per assessment request: a later miss climbs the ladder instead
    of repeating this step.
    """
    first = facts.first_miss
    return [] if first is None else [Trigger(first.date, _miss_text(1, first))]


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def team_manager_triggers(facts: LadderFacts, previous: EscalationTask | None) -> list[Trigger]:
    """At the second missed appointment the social worker's team manager is informed in
    writing.

    Source: incare duties.md §5 step 2.
    Interpretation: due 2 working days after the miss (`team_manager_working_days`; the spec
    gives no period); also raised when step 1 is overdue (`late_step_trigger`).
    """
    n = facts.config.team_manager_at_miss
    triggers = []
    miss = facts.miss_number(n)
    if miss is not None:
        triggers.append(Trigger(miss.date, _miss_text(n, miss)))
    if previous is not None and (late := late_step_trigger(previous, facts.config)):
        triggers.append(late)
    return triggers


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def iro_triggers(facts: LadderFacts, previous: EscalationTask | None) -> list[Trigger]:
    """At the third missed appointment, or when a miss has made the statutory deadline be
    missed, the independent reviewing officer is informed.

    Source: incare duties.md §5 step 3; CPPCR 2010 reg 7 and the statutory guidance (DfE and
    DH 2015) for the IHA and RHA deadlines.
    Interpretation: a miss made the deadline be missed when it was on or before the statutory
    due date and the assessment was still not done on that date; the task is then raised the
    day after the due date, the first day of the breach. A miss after the due date did not make
    the deadline be missed (it was already missed). Due 5 working days after it is raised
    (`iro_working_days`; ours); also raised when step 2 is overdue (`late_step_trigger`).
    """
    n = facts.config.iro_at_miss
    triggers = []
    miss = facts.miss_number(n)
    if miss is not None:
        triggers.append(Trigger(miss.date, _miss_text(n, miss)))
    before_deadline = [m for m in facts.misses if m.date <= facts.statutory_due]
    if before_deadline:
        last = before_deadline[-1]
        triggers.append(
            Trigger(
                facts.statutory_due + _ONE_DAY,
                f"the missed appointment on {last.date.isoformat()} left the {facts.kind} "
                f"undone on its statutory due date {facts.statutory_due.isoformat()}",
            )
        )
    if previous is not None and (late := late_step_trigger(previous, facts.config)):
        triggers.append(late)
    return triggers


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def named_nurse_triggers(facts: LadderFacts, previous: EscalationTask | None) -> list[Trigger]:
    """When the assessment is still not done 10 working days after the first missed
    appointment, or an IHA is in breach, the named nurse at the provider is informed and the
    request is listed in the panel's exceptions.

    Source: incare duties.md §5 step 4; IHA within 20 working days: CPPCR 2010 reg 7 with
    reg 33(1), statutory guidance (DfE and DH 2015).
    Interpretation: "still unresolved after 10 working days" means not attended (or refused)
    on or before the 10th working day after the first miss, so the task is raised the day
    after that working day; an IHA is in breach from the day after its statutory due date, and
    the ladder reports it once it has begun (from the first miss, if that is later). Due 5
    working days after it is raised (`named_nurse_working_days`; ours); also raised when step 3
    is overdue (`late_step_trigger`).
    """
    first = facts.first_miss
    if first is None:
        return []
    config = facts.config
    limit = facts.calendar.add_working_days(first.date, config.unresolved_working_days)
    triggers = [
        Trigger(
            limit + _ONE_DAY,
            f"unresolved {config.unresolved_working_days} working days after the first missed "
            f"appointment on {first.date.isoformat()} (by {limit.isoformat()})",
        )
    ]
    if facts.kind == "IHA":
        triggers.append(
            Trigger(
                max(facts.statutory_due + _ONE_DAY, first.date),
                f"IHA breach: not done by its statutory due date {facts.statutory_due.isoformat()}",
            )
        )
    if previous is not None and (late := late_step_trigger(previous, config)):
        triggers.append(late)
    return triggers


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def designated_nurse_triggers(named_nurse: EscalationTask | None) -> list[Trigger]:
    """After the named nurse at the provider, the designated nurse for looked-after children
    at the originating ICB is informed, and the request stays in the panel's exceptions.

    Source: incare duties.md §5 step 4 ("named nurse at the provider, then the designated nurse
    at the originating ICB"); the originating ICB: duties.md §4.
    Interpretation: "then" is read as a sequence within step 4: the designated nurse's task is
    raised on the day the named nurse's task is closed (not before it was raised), or on the
    day after it fell due if it is still open, whichever is first. Due 5 working days after it
    is raised (`designated_nurse_working_days`; ours). It is the top of the ladder: nothing
    follows it.
    """
    if named_nurse is None:
        return []
    triggers = []
    if named_nurse.closed is not None:
        triggers.append(
            Trigger(
                max(named_nurse.closed, named_nurse.raised),
                f"the named nurse was informed on {named_nurse.closed.isoformat()}",
            )
        )
    if named_nurse.closed is None or named_nurse.closed > named_nurse.due:
        triggers.append(
            Trigger(
                named_nurse.due + _ONE_DAY,
                f"step 4 (named_nurse) was not closed by {named_nurse.due.isoformat()}",
            )
        )
    return triggers


def task_status(*, due: dt.date, closed: dt.date | None, as_at: dt.date) -> TaskStatus:
    """The status of a task, like a duty's (duties.md §2): closed on or before its due date is
    `closed`, after it `closed_late`; not closed is `overdue` once the due date is before
    `as_at`, else `open`."""
    if closed is not None:
        return CLOSED if closed <= due else CLOSED_LATE
    return OVERDUE if due < as_at else OPEN


def _outcome_order(outcome: AppointmentOutcome) -> tuple[dt.date, int]:
    # On one day an attendance or refusal comes first: a miss on the day the assessment was
    # done, or refused, does not climb the ladder.
    return outcome.date, 0 if outcome.outcome in (ATTENDED, REFUSED) else 1


@rule("ESCALATION", effective_from=LADDER_IN_FORCE)
def escalation_ladder(
    outcomes: Iterable[AppointmentOutcome],
    *,
    kind: AssessmentKind,
    statutory_due: dt.date,
    calendar: WorkingDayCalendar,
    as_at: dt.date,
    closed: Mapping[Role, dt.date] | None = None,
    config: LadderConfig = DEFAULT_LADDER,
) -> LadderResult:
    """Each missed appointment of a health assessment request climbs a ladder of timed tasks,
    until the child attends or competently refuses.

    Source: incare duties.md §5 (the ladder and its thresholds, config) and §2 (statuses);
    Promoting the health and wellbeing of looked-after children, statutory guidance (DfE and
    DH, now DHSC, 2015) on refusals.
    Interpretation: outcomes and closures dated after `as_at` are ignored, and so is everything
    after the request ends; the request ends at the first attendance (resolved) or refusal
    (recorded with alternatives, never a miss). A step is raised on the earliest of its triggers
    that falls before the end and on or before `as_at`; once the request ends, tasks not yet
    raised never are, while tasks already raised stay until closed. Closures are recorded per
    addressee (each addressee has one step, and step 4 has two: the named nurse, then the
    designated nurse); a closure recorded before its task is raised counts as closed on time.
    Step 4 tasks list the request in the panel's exceptions.
    """
    known = sorted((o for o in outcomes if o.date <= as_at), key=_outcome_order)
    misses: list[AppointmentOutcome] = []
    ended: AppointmentOutcome | None = None
    for outcome in known:
        if outcome.outcome in (ATTENDED, REFUSED):
            ended = outcome
            break
        if counts_as_miss(outcome.outcome):
            misses.append(outcome)
    facts = LadderFacts(
        kind=kind,
        statutory_due=statutory_due,
        misses=tuple(misses),
        ended=ended,
        as_at=as_at,
        calendar=calendar,
        config=config,
    )
    closures = {role: day for role, day in (closed or {}).items() if day <= as_at}
    stop = ended.date if ended is not None else dt.date.max

    def raise_task(
        step: int, role: Role, triggers: list[Trigger], working_days: int
    ) -> EscalationTask | None:
        live = [t for t in triggers if t.date < stop and t.date <= as_at]
        if not live:
            return None
        when, reason = min(live, key=lambda t: t.date)  # a tie goes to the first listed
        due = calendar.add_working_days(when, working_days)
        done = closures.get(role)
        return EscalationTask(
            step=step,
            addressed_to=role,
            reason=reason,
            raised=when,
            due=due,
            closed=done,
            status=task_status(due=due, closed=done, as_at=as_at),
            panel_exception=step == 4,
        )

    step1 = raise_task(
        1,
        CARER_AND_SOCIAL_WORKER,
        carer_and_social_worker_triggers(facts),
        config.carer_notice_working_days,
    )
    step2 = raise_task(
        2, TEAM_MANAGER, team_manager_triggers(facts, step1), config.team_manager_working_days
    )
    step3 = raise_task(3, IRO, iro_triggers(facts, step2), config.iro_working_days)
    named = raise_task(
        4, NAMED_NURSE, named_nurse_triggers(facts, step3), config.named_nurse_working_days
    )
    designated = raise_task(
        4,
        DESIGNATED_NURSE,
        designated_nurse_triggers(named),
        config.designated_nurse_working_days,
    )
    tasks = tuple(t for t in (step1, step2, step3, named, designated) if t is not None)
    refusal = None
    resolved_on = None
    if ended is not None:
        if ended.outcome == REFUSED:
            refusal = refusal_outcome(kind, ended.date)
        else:
            resolved_on = ended.date
    return LadderResult(tasks=tasks, misses=facts.misses, resolved_on=resolved_on, refusal=refusal)
