"""The rest of the record (issue 5 §5): reviews, social worker visits, care plans, SDQs, dental
checks, immunisation status and the care leaver's health summary.

One function per thing a user records, each a `change_child` transaction that checks the input,
stores the fact and recomputes the child's duties, so that the duty it meets (REVIEW, VISIT,
CAREPLAN, SDQ, DENTAL, HEALTHSUMMARY: duties.md §3) shows as met, or met late, at once.

"Outside care" follows duties.md §1: an event belongs to the period of care whose dates contain
it (start and end days included). A review, visit, SDQ or dental check outside every period is
used by no duty (the engine's `event_outside_care` warning), so it is refused here. A care plan
may be made up to 3 months before the period it is for starts (the CAREPLAN rule counts one);
a health summary is for a young person of 16 or over who is, or has been, looked after.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User

from incare.domain.calendar import add_months, birthday
from incare.domain.duties.wellbeing import SDQ_AGE_LIMIT, SDQ_BANDS, SDQ_FIRST_AGE, sdq_band
from incare.interop.ssda903 import codes
from incare.services.care_events import (
    History,
    Recorded,
    Snapshot,
    age_on,
    check_date,
    duty_changes,
    duty_snapshot,
    when,
)
from incare.services.child_changes import Actor, InvalidChange, change_child
from incare.web.care.models import CareRecord
from incare.web.children.models import Allocation, Child, Review
from incare.web.people.models import Role

SDQ_MAX = 40
CARE_PLAN_BEFORE_MONTHS = 3  # duties.md §3 CAREPLAN: a plan made before the placement counts
HEALTH_SUMMARY_AGE = 16  # a care leaver is 16 or over (Children Act 1989 s 23A, Sch 2 para 19B)
REVIEW_UNDER_FOUR = "PN0"  # rules 440, 441: PN0 before the 4th birthday, PN1-PN7 from it


def band_of(score: int) -> str:
    """The SDQ band of a total difficulties score with its range: "borderline (14 to 16)"."""
    band = sdq_band(score)
    low = 0
    for top, name in SDQ_BANDS:
        if name == band:
            return f"{band} ({low} to {top})"
        low = top + 1
    raise AssertionError(band)  # pragma: no cover - sdq_band returns one of SDQ_BANDS


def _finish(child: Child, before: Snapshot, what: str) -> Recorded:
    sentences, counts = duty_changes(child.pk, before)
    return Recorded(what, (), sentences, counts)


def _in_care(errors: dict[str, str], history: History, day: dt.date, what: str) -> None:
    if "date" not in errors and history.period_on(day) is None:
        errors["date"] = (
            f"{history.child.name} was not in care on {when(day)}, so {what} cannot count: "
            f"enter a date within a period of care ({_periods(history)})"
        )


def _periods(history: History) -> str:
    if not history.periods:
        return "none is recorded"
    return "; ".join(
        f"from {when(p.start)}" + (f" to {when(p.end)}" if p.end else " to now")
        for p in history.periods
    )


def _same_day(errors: dict[str, str], child: Child, kind: str, day: dt.date, what: str) -> None:
    if (
        "date" not in errors
        and CareRecord.objects.filter(child=child, kind=kind, date=day).exists()
    ):
        errors["date"] = f"{what} on {when(day)} is recorded already"


def record_review(
    *,
    child_id: int,
    version: int,
    actor: Actor,
    date: dt.date,
    participation: str,
) -> Recorded:
    """A looked-after review held on `date`, with the child's participation (PN0-PN7).

    Chaired by the actor when an IRO records it, else by the IRO allocated to the child that
    day (if one). Refused outside a period of care, on a day with a review already, with a code
    outside PN0-PN7 (rule 167), PN0 from the 4th birthday (440) or PN1-PN7 before it (441).
    """
    with change_child(child_id, version=version, actor=actor, what="review recorded") as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        if check_date(errors, "date", date, child, actor.today, "of the review"):
            _in_care(errors, history, date, "a review")
        if "date" not in errors and Review.objects.filter(child=child, date=date).exists():
            errors["date"] = f"A review on {when(date)} is recorded already"
        if not participation:
            errors["participation"] = "Select how the child took part in the review"
        elif participation not in codes.REVIEW_CODES:
            errors["participation"] = f"{participation} is not a participation code (PN0-PN7)"
        elif child.dob is not None and "date" not in errors:
            under_four = date < birthday(child.dob, 4)
            if under_four and participation != REVIEW_UNDER_FOUR:
                errors["participation"] = (
                    f"The child was under 4 on {when(date)}: the participation code is PN0"
                )
            elif not under_four and participation == REVIEW_UNDER_FOUR:
                errors["participation"] = (
                    "PN0 is for a child under 4; this child was 4 or over: choose PN1 to PN7"
                )
        if errors:
            raise InvalidChange(errors)
        Review.objects.create(
            child=child,
            date=date,
            participation=participation,
            chaired_by=_chair(actor, child, date),
        )
    return _finish(child, before, f"The review on {when(date)} is recorded.")


def _chair(actor: Actor, child: Child, day: dt.date) -> User | None:
    if actor.membership.role == Role.IRO:
        return actor.user
    allocated = list(
        Allocation.objects.filter(child=child, kind=Allocation.Kind.IRO, start__lte=day)
        .exclude(end__lt=day)
        .select_related("user")[:2]
    )
    return allocated[0].user if len(allocated) == 1 else None


def record_visit(
    *,
    child_id: int,
    version: int,
    actor: Actor,
    date: dt.date,
    seen_alone: bool,
) -> Recorded:
    """A social worker's visit to the child on `date` (CPPCR 2010 reg 28), seen alone or not.

    Refused outside a period of care and when a visit is recorded that day already.
    """
    with change_child(child_id, version=version, actor=actor, what="visit recorded") as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        if check_date(errors, "date", date, child, actor.today, "of the visit"):
            _in_care(errors, history, date, "a visit")
        _same_day(errors, child, CareRecord.Kind.VISIT, date, "A visit")
        if errors:
            raise InvalidChange(errors)
        CareRecord.objects.create(
            child=child, kind=CareRecord.Kind.VISIT, date=date, seen_alone=seen_alone,
            recorded_by=actor.user,
        )  # fmt: skip
    alone = "seen alone" if seen_alone else "not seen alone"
    return _finish(child, before, f"The visit on {when(date)} ({alone}) is recorded.")


def record_care_plan(*, child_id: int, version: int, actor: Actor, date: dt.date) -> Recorded:
    """A care plan made on `date` (CPPCR 2010 reg 4).

    Refused unless `date` is within a period of care or in the 3 months before one starts (the
    CAREPLAN duty counts a plan made before the placement), and when a plan is recorded that day.
    """
    with change_child(child_id, version=version, actor=actor, what="care plan recorded") as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        if check_date(errors, "date", date, child, actor.today, "of the care plan"):
            ahead = any(
                add_months(p.start, -CARE_PLAN_BEFORE_MONTHS) <= date < p.start
                for p in history.periods
            )
            if not ahead:
                _in_care(errors, history, date, "a care plan")
        _same_day(errors, child, CareRecord.Kind.CARE_PLAN, date, "A care plan")
        if errors:
            raise InvalidChange(errors)
        CareRecord.objects.create(
            child=child, kind=CareRecord.Kind.CARE_PLAN, date=date, recorded_by=actor.user
        )
    return _finish(child, before, f"The care plan of {when(date)} is recorded.")


def record_sdq(*, child_id: int, version: int, actor: Actor, date: dt.date, score: int) -> Recorded:
    """A Strengths and Difficulties Questionnaire on `date` with its total difficulties score.

    Refused outside a period of care, for a child under 4 or 17 and over (the SSDA903 SDQ is for
    children aged 4 to 16), with a score outside 0-40, and when one is recorded that day.
    """
    with change_child(child_id, version=version, actor=actor, what="SDQ recorded") as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        if check_date(errors, "date", date, child, actor.today, "of the SDQ"):
            _in_care(errors, history, date, "an SDQ")
        age = age_on(child, date)
        if "date" not in errors and age is not None and not SDQ_FIRST_AGE <= age < SDQ_AGE_LIMIT:
            errors["date"] = (
                f"The SDQ is for children aged {SDQ_FIRST_AGE} to {SDQ_AGE_LIMIT - 1}; this "
                f"child was {age} on {when(date)}"
            )
        if not 0 <= score <= SDQ_MAX:
            errors["score"] = f"The score must be a whole number from 0 to {SDQ_MAX}"
        _same_day(errors, child, CareRecord.Kind.SDQ, date, "An SDQ")
        if errors:
            raise InvalidChange(errors)
        CareRecord.objects.create(
            child=child, kind=CareRecord.Kind.SDQ, date=date, sdq_score=score,
            note=f"band {band_of(score)}", recorded_by=actor.user,
        )  # fmt: skip
    return _finish(
        child, before, f"The SDQ of {when(date)} is recorded: score {score}, band {band_of(score)}."
    )


def record_dental_check(*, child_id: int, version: int, actor: Actor, date: dt.date) -> Recorded:
    """A dental check on `date`. Refused outside a period of care and when one is recorded that
    day already."""
    with change_child(
        child_id, version=version, actor=actor, what="dental check recorded"
    ) as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        if check_date(errors, "date", date, child, actor.today, "of the dental check"):
            _in_care(errors, history, date, "a dental check")
        _same_day(errors, child, CareRecord.Kind.DENTAL, date, "A dental check")
        if errors:
            raise InvalidChange(errors)
        CareRecord.objects.create(
            child=child, kind=CareRecord.Kind.DENTAL, date=date, recorded_by=actor.user
        )
    return _finish(child, before, f"The dental check on {when(date)} is recorded.")


def record_immunisations(
    *, child_id: int, version: int, actor: Actor, up_to_date: bool
) -> Recorded:
    """Whether the child's immunisations are up to date (the SSDA903 OC2 IMMUNISATIONS)."""
    with change_child(
        child_id, version=version, actor=actor, what="immunisation status recorded"
    ) as child:
        before = duty_snapshot(child.pk)
        child.immunisations_up_to_date = up_to_date
        child.save(update_fields=["immunisations_up_to_date"])
    state = "up to date" if up_to_date else "not up to date"
    return _finish(child, before, f"Immunisations are recorded as {state}.")


def record_health_summary(*, child_id: int, version: int, actor: Actor, date: dt.date) -> Recorded:
    """The health summary given to a young person leaving care, on `date`.

    Refused for a young person under 16 on `date`, before their first period of care, and when
    one is recorded that day. The HEALTHSUMMARY duty counts a summary from the 17th birthday.
    """
    with change_child(
        child_id, version=version, actor=actor, what="health summary recorded"
    ) as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        if check_date(errors, "date", date, child, actor.today, "of the health summary"):
            age = age_on(child, date)
            if age is not None and age < HEALTH_SUMMARY_AGE:
                errors["date"] = (
                    f"A health summary is for a young person leaving care, aged "
                    f"{HEALTH_SUMMARY_AGE} or over; this child was {age} on {when(date)}"
                )
            elif not history.periods or date < history.periods[0].start:
                errors["date"] = (
                    f"{child.name} had not been in care by {when(date)}: a health summary is for "
                    "a young person who is or has been looked after"
                )
        _same_day(errors, child, CareRecord.Kind.HEALTH_SUMMARY, date, "A health summary")
        if errors:
            raise InvalidChange(errors)
        CareRecord.objects.create(
            child=child, kind=CareRecord.Kind.HEALTH_SUMMARY, date=date, recorded_by=actor.user
        )
    note = ""
    if child.dob is not None and date < birthday(child.dob, 17):
        note = (
            " It was given before the 17th birthday, so it does not meet the health summary "
            "duty, which counts a summary from then until the 18th birthday."
        )
    return _finish(child, before, f"The health summary of {when(date)} is recorded.{note}")
