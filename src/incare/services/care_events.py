"""Care events: a child enters care, changes placement, changes legal status, leaves care.

One function per event (issue 5 §1), each a `change_child` transaction: the event is checked
against the SSDA903 rules that apply to a single child's record (dates, codes valid in the
collection year of the date, the order of episodes), written as 903 episodes, and the child's
duties are recomputed at once. Bad input raises `InvalidChange` with a message per form field and
changes nothing; a form opened before someone else saved the child raises `StaleRecord`.

How the events map onto 903 episodes (DfE SSDA903 guidance: episodes, RNE, REC):
* entering care starts an episode with reason for new episode `S` (a new period of care);
* a change of placement ends the open episode on the day with reason ceased `X1` and starts one
  with RNE `P`, same legal status; the reason for the change is recorded on the episode that
  ends (rules 225, 226);
* a change of legal status does the same with RNE `L`, same placement;
* leaving care ends the open episode with the reason care ceased (never `X1`).

A placement postcode gives the council (`PL_LA`) and ICB of the placement on the day, and the
distance from home, as `incare import-903` derives them. A postcode in the wrong shape is
refused; a well-formed one that the postcode store does not hold is accepted with council and
ICB unknown, and the result says so (the bundled sample holds 200 postcodes per council).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl

from incare.domain.calendar import birthday
from incare.domain.periods import Period, periods_of_care
from incare.domain.timeline import Episode as EpisodeFacts
from incare.interop.ssda903 import codes
from incare.interop.ssda903.placement_icb import icb_of_postcodes
from incare.interop.ssda903.postcodes import load_store, locate_placements
from incare.interop.ssda903.years import CollectionYear
from incare.services.child_changes import Actor, InvalidChange, change_child
from incare.services.reference import icb_names
from incare.services.worklist import DUTY_NAMES
from incare.web.children.models import Child, Episode
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import GPPractice

NON_FIELD = "__all__"  # Django's key for an error about the form as a whole

# The shape of a UK postcode without its space (as rule 392c checks it).
POSTCODE_SHAPE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
# The oldest a young person can be looked after (Children Act 1989 s 105(1): a child is under 18).
ADULT_AGE = 18
# Rule 358: a child must be 10 or over to start an episode under a J1, J2 or J3 legal status.
YOUTH_JUSTICE_STATUSES = frozenset({"J1", "J2", "J3"})
YOUTH_JUSTICE_AGE = 10
# Rules 370-374 and 371: the youngest a child may be when a placement of these types starts.
# H5 and K3 depend on the collection year (rule 371), so they are in `_minimum_age`.
PLACEMENT_MINIMUM_AGE = {"P2": 16, "R5": 10, "S1": 4, "P3": 14}
# Rule 408: a placement for adoption under a placement order needs legal status E1.
PLACEMENT_ORDER_PLACEMENTS = frozenset({"A5", "A6"})
# Rule 445: a freeing order (D1) cannot begin an episode after the Adoption and Children Act 2002
# came into force (30 December 2005).
FREEING_ORDERS_ENDED = dt.date(2005, 12, 30)
# Rule 437: no episode may follow one that ended because the child died or was found to be 18.
FINAL_REASONS = {"E2": "the child died", "E15": "an age assessment found them to be 18 or over"}
# Rules 386, 387, 389, 407, 460: the age a young person must (not) have reached for a reason.
ADOPTED = frozenset({"E11", "E12"})
SPECIAL_GUARDIANSHIP = frozenset({"E45", "E46", "E47", "E48"})
LEFT_CARE_REASONS = codes.REASON_EPISODE_CEASED - {"X1"}
# Reasons for a change of placement that need the child to be 10 or over (rule 234).
CUSTODY_REASON, CUSTODY_AGE = "CUSTOD", 10


@dataclass(frozen=True, slots=True)
class Recorded:
    """What a recorded event changed: the sentences the user is shown after saving."""

    what: str
    notes: tuple[str, ...] = ()
    duties: tuple[str, ...] = ()
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def message(self) -> str:
        return " ".join((self.what, *self.notes, *self.duties))


def collection_year(day: dt.date) -> CollectionYear:
    """The SSDA903 collection year containing `day` (1 April to 31 March)."""
    return CollectionYear(day.year + 1 if day >= dt.date(day.year, 4, 1) else day.year)


def when(day: dt.date) -> str:
    """A date as the pages write it: 23 November 2026."""
    return f"{day.day} {day:%B %Y}"


# ---------------------------------------------------------------------------------------------
# Duties before and after: what the message says changed.

Snapshot = dict[tuple[Any, ...], tuple[Any, ...]]
_KEY = ("code", "trigger", "recipient", "anchor", "period_start", "placement_start")


def duty_snapshot(child_id: int) -> Snapshot:
    """The child's stored duties by identity: (due, met, settled status)."""
    rows = StoredDuty.objects.filter(child_id=child_id).values_list(
        *_KEY, "due", "met", "settled_status"
    )
    return {row[:6]: row[6:] for row in rows}


def duty_changes(child_id: int, before: Snapshot) -> tuple[tuple[str, ...], Counter[str]]:
    """Sentences about the duties that became due, met or no longer required since `before`,
    and their counts by kind ("NOTIFY due", "REVIEW met", ...)."""
    after = duty_snapshot(child_id)
    due: dict[str, list[tuple[dt.date, str | None]]] = {}
    met: list[tuple[str, str]] = []
    cancelled: Counter[str] = Counter()
    for key, (day, met_on, settled) in after.items():
        code, recipient = key[0], key[2]
        old = before.get(key)
        if met_on is not None and (old is None or old[1] is None):
            met.append((code, settled))
        elif settled == "cancelled" and (old is None or old[2] != "cancelled"):
            cancelled[code] += 1
        elif met_on is None and settled is None and old is None:
            due.setdefault(code, []).append((day, recipient))
    counts: Counter[str] = Counter()
    sentences = []
    codes_ = {r for items in due.values() for _, r in items if r}
    names = icb_names(codes_)
    names.update(GPPractice.objects.filter(code__in=codes_).values_list("code", "name"))
    for code, settled in sorted(met):
        counts[f"{code} met"] += 1
        late = " late" if settled == "met_late" else " on time" if settled == "met" else ""
        sentences.append(f"{DUTY_NAMES.get(code, code)}: met{late}.")
    for code, items in sorted(due.items()):
        counts[f"{code} due"] += len(items)
        first = when(min(day for day, _ in items))
        if code == "NOTIFY":
            to = ", ".join(sorted(names.get(r, r) for _, r in items if r))
            told = _count(len(items), "notification to the NHS is", "notifications to the NHS are")
            sentences.append(f"{told} now due, by {first} ({to}): see Notifications.")
        else:
            sentences.append(f"{DUTY_NAMES.get(code, code)}: due by {first}.")
    for code, n in sorted(cancelled.items()):
        counts[f"{code} cancelled"] += n
        sentences.append(
            f"{DUTY_NAMES.get(code, code)}: {_count(n, 'duty', 'duties')} no longer required."
        )
    return tuple(sentences), counts


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# ---------------------------------------------------------------------------------------------
# The child's episodes, periods and checks shared by the events (and by care records).


@dataclass(frozen=True, slots=True)
class History:
    """A child's episodes (oldest first) and periods of care, as known today."""

    child: Child
    episodes: tuple[Episode, ...]
    periods: tuple[Period, ...]

    @classmethod
    def of(cls, child: Child, today: dt.date) -> History:
        episodes = tuple(Episode.objects.filter(child=child).order_by("start"))
        facts = tuple(
            EpisodeFacts(
                start=e.start, rne=e.rne or "P", legal_status=e.legal_status or "",
                placement=e.placement, icb=e.placement_icb, end=e.end, rec=e.reason_ceased,
            )
            for e in episodes
        )  # fmt: skip
        return cls(child, episodes, periods_of_care(facts, today) if facts else ())

    @property
    def open_episode(self) -> Episode | None:
        """The episode still running (no end date), if the child is in care."""
        last = self.episodes[-1] if self.episodes else None
        return last if last is not None and last.end is None else None

    @property
    def open_period(self) -> Period | None:
        last = self.periods[-1] if self.periods else None
        return last if last is not None and last.end is None else None

    def period_on(self, day: dt.date) -> Period | None:
        """The period of care whose dates contain `day` (start and end days included)."""
        found = None
        for period in self.periods:
            if period.start <= day and (period.end is None or day <= period.end):
                found = period
        return found


def check_date(
    errors: dict[str, str], name: str, day: dt.date, child: Child, today: dt.date, what: str
) -> bool:
    """Add an error when `day` is in the future or before the child was born; True if fine."""
    if day > today:
        errors[name] = f"The date {what} must be today or in the past"
    elif child.dob is not None and day < child.dob:
        errors[name] = (
            f"The date {what} must be on or after the child's date of birth ({when(child.dob)})"
        )
    return name not in errors


def age_on(child: Child, day: dt.date) -> int | None:
    """Whole years of age on `day` (None without a date of birth)."""
    if child.dob is None:
        return None
    years = day.year - child.dob.year
    return years - 1 if birthday(child.dob, years) > day else years


def _minimum_age(placement: str, year: CollectionYear) -> int | None:
    if placement == "H5":
        return 14 if year.end_year <= 2023 else 16  # rule 371
    if placement == "K3":
        return 16  # rule 371, from 2024/25
    return PLACEMENT_MINIMUM_AGE.get(placement)


def _check_placement(
    errors: dict[str, str], child: Child, day: dt.date, placement: str, legal_status: str
) -> None:
    """The placement type: valid in the collection year of `day`, and allowed for the child."""
    year = collection_year(day)
    if not placement:
        errors["placement"] = "Select the placement type"
        return
    if placement not in codes.placement_types(year.end_year):
        errors["placement"] = (
            f"Placement type {placement} is not valid in the {year.label} collection year "
            f"(the year of {when(day)}): choose a placement type in use that year"
        )
        return
    minimum = _minimum_age(placement, year)
    age = age_on(child, day)
    if minimum is not None and age is not None and age < minimum:
        errors["placement"] = (
            f"A child must be {minimum} or over to be placed in {placement}; "
            f"this child is {age} on {when(day)}"
        )
    elif placement in PLACEMENT_ORDER_PLACEMENTS and legal_status != "E1":
        errors["placement"] = (
            f"A placement for adoption under a placement order ({placement}) needs legal status "
            f"E1 (placement order granted); the legal status is {legal_status or 'not recorded'}"
        )
    elif legal_status in codes.SHORT_BREAK_LEGAL_STATUS and (
        placement in codes.TEMPORARY_PLACEMENTS or placement in {"U1", "U4"}
    ):
        errors["placement"] = (
            f"A child on short breaks ({legal_status}) cannot be in a temporary placement or "
            "long-term foster care"
        )


def _check_legal_status(
    errors: dict[str, str], child: Child, day: dt.date, legal_status: str
) -> None:
    if not legal_status:
        errors["legal_status"] = "Select the legal status"
    elif legal_status not in codes.LEGAL_STATUS:
        errors["legal_status"] = f"{legal_status} is not an SSDA903 legal status"
    elif legal_status == "D1" and day >= FREEING_ORDERS_ENDED:
        errors["legal_status"] = (
            "A freeing order (D1) cannot begin an episode after 30 December 2005: "
            "use E1 (placement order granted)"
        )
    elif legal_status in YOUTH_JUSTICE_STATUSES:
        age = age_on(child, day)
        if age is not None and age < YOUTH_JUSTICE_AGE:
            errors["legal_status"] = (
                f"A child must be {YOUTH_JUSTICE_AGE} or over to be looked after under "
                f"{legal_status}; this child is {age} on {when(day)}"
            )


# ---------------------------------------------------------------------------------------------
# Where a placement is.


@dataclass(frozen=True, slots=True)
class Place:
    """A placement postcode located: its council (PL_LA) and ICB on the day, miles from home."""

    postcode: str | None
    council: str | None = None
    icb: str | None = None
    distance_miles: float | None = None

    @property
    def known(self) -> bool:
        return self.postcode is None or self.council is not None


@cache
def postcode_store(path: Path) -> pl.DataFrame:
    """The postcode store at `path` (`incare reference load-postcodes`), else the bundled
    sample; read once per process."""
    return load_store(path)


def normal_postcode(text: str | None) -> str | None:
    """A postcode in capitals with one space before the inward code ("DE11 9BS"), or None when
    blank; ValueError when it is not in the shape of a UK postcode."""
    squeezed = re.sub(r"\s+", "", text or "").upper()
    if not squeezed:
        return None
    if not POSTCODE_SHAPE.match(squeezed):
        raise ValueError(text)
    return f"{squeezed[:-3]} {squeezed[-3:]}"


def locate(
    postcode: str | None, *, day: dt.date, home: str | None, la: str, store: pl.DataFrame
) -> Place:
    """Council, ICB and distance of a (normalised) placement postcode on `day`, as the 903
    import derives them (`postcodes.locate_placements`, `placement_icb.icb_of_postcodes`)."""
    if postcode is None:
        return Place(None)
    frame = pl.DataFrame(
        {"ROW": [0], "PL_POST": [postcode], "HOME_POST": [home], "DECOM": [day]},
        schema={"ROW": pl.Int64, "PL_POST": pl.String, "HOME_POST": pl.String,
                "DECOM": pl.Date},
    )  # fmt: skip
    located = icb_of_postcodes(locate_placements(frame, la, store), "PL_POST", "DECOM", store)
    row = located.row(0, named=True)
    distance = row["PL_DISTANCE"]
    return Place(
        postcode=postcode,
        council=row["PL_LA"],
        icb=row["icb_ods"],
        distance_miles=float(distance) if distance not in (None, "", "null") else None,
    )


def _postcode(errors: dict[str, str], name: str, text: str | None) -> str | None:
    try:
        return normal_postcode(text)
    except ValueError:
        errors[name] = "Enter a real postcode, like NG2 7QP"
        return None


def _place_note(place: Place) -> tuple[str, ...]:
    if place.known:
        return ()
    return (
        f"The postcode {place.postcode} is not in incare's postcode directory, so the "
        "placement's council and ICB are not known and no notification to the host ICB can "
        "be worked out: check the postcode, or ask your administrator to load the ONS Postcode "
        "Directory.",
    )


def _finish(
    child_id: int,
    before: Snapshot,
    what: str,
    notes: tuple[str, ...] = (),
) -> Recorded:
    sentences, counts = duty_changes(child_id, before)
    return Recorded(what, notes, sentences, counts)


# ---------------------------------------------------------------------------------------------
# The events.


def enter_care(
    *,
    child_id: int,
    version: int,
    actor: Actor,
    start: dt.date,
    legal_status: str,
    placement: str,
    emergency: bool,
    placement_postcode: str | None,
    postcodes: pl.DataFrame,
    home_postcode: str | None = None,
    category_of_need: str | None = None,
) -> Recorded:
    """The child starts a period of care on `start` (an episode with RNE S).

    Refused when the child is in care already, when `start` is not after the end of the last
    period of care (periods never overlap), and on the 903's single-record rules: codes valid
    for the collection year of `start` (rules 143-146), not before birth (302), not at 18 or
    over, not after care ended by death or an age assessment (437), no temporary placement to
    begin a period (380), J1-J3 from 10 (358), no freeing order after 2005 (445), placement
    ages (370-374), a placement order for A5/A6 (408), short breaks without a postcode (214,
    398) and never temporary or long-term foster care (382, 384); a postcode in the shape of a
    UK postcode (392c); home and placement postcodes differ unless placed with parents (392d).
    """
    with change_child(
        child_id, version=version, actor=actor, what="care event: entered care"
    ) as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        if check_date(errors, "start", start, child, actor.today, "care started"):
            if history.open_period is not None:
                errors[NON_FIELD] = (
                    f"{child.name} is in care already, since {when(history.open_period.start)}: "
                    "record a change of placement or legal status, or that care ended, instead"
                )
            elif history.periods:
                last = history.periods[-1]
                assert last.end is not None
                ended = last.episodes[-1].rec or ""
                if ended in FINAL_REASONS:
                    errors[NON_FIELD] = (
                        f"No care can follow the period that ended on {when(last.end)} because "
                        f"{FINAL_REASONS[ended]} (reason {ended})"
                    )
                elif start <= last.end:
                    errors["start"] = (
                        f"The date care started must be after the last period of care ended "
                        f"({when(last.end)}); periods of care cannot overlap"
                    )
            age = age_on(child, start)
            if age is not None and age >= ADULT_AGE and "start" not in errors:
                errors["start"] = (
                    f"A young person aged {age} cannot start to be looked after: care is for "
                    "children under 18"
                )
        _check_legal_status(errors, child, start, legal_status)
        _check_placement(errors, child, start, placement, legal_status)
        if placement in codes.TEMPORARY_PLACEMENTS and "placement" not in errors:
            errors["placement"] = (
                "A temporary placement (T0-T4) cannot begin a period of care: record where the "
                "child was placed when care began"
            )
        if category_of_need and category_of_need not in codes.CATEGORY_OF_NEED:
            errors["category_of_need"] = f"{category_of_need} is not a category of need (N1-N8)"
        pl_post = _postcode(errors, "placement_postcode", placement_postcode)
        home = _postcode(errors, "home_postcode", home_postcode)
        if home is None and history.episodes:
            home = history.episodes[-1].home_postcode
        _check_postcodes(errors, child, legal_status, placement, pl_post, home)
        if errors:
            raise InvalidChange(errors)
        place = locate(pl_post, day=start, home=home, la=child.council_id, store=postcodes)
        Episode.objects.create(
            child=child, start=start, rne="S", legal_status=legal_status,
            category_of_need=category_of_need or None, placement=placement,
            home_postcode=home, placement_postcode=place.postcode, placement_la=place.council,
            placement_icb=place.icb, distance_miles=place.distance_miles, emergency=emergency,
        )  # fmt: skip
        if home_postcode and home:
            # Where the child lived the day before care began: the originating ICB when the
            # child has no GP (duties.md §4).
            lived = locate(home, day=start - dt.timedelta(days=1), home=None,
                           la=child.council_id, store=postcodes)  # fmt: skip
            if lived.icb is not None and lived.icb != child.home_icb:
                child.home_icb = lived.icb
                child.save(update_fields=["home_icb"])
    return _finish(child.pk, before, f"Care began on {when(start)}.", _place_note(place))


def _check_postcodes(
    errors: dict[str, str],
    child: Child,
    legal_status: str,
    placement: str,
    pl_post: str | None,
    home: str | None,
) -> None:
    if "placement_postcode" in errors:
        return
    if legal_status in codes.SHORT_BREAK_LEGAL_STATUS:
        if pl_post is not None:
            errors["placement_postcode"] = (
                f"Leave the placement postcode blank for short breaks ({legal_status}): the "
                "SSDA903 records none"
            )
    elif pl_post is None and not child.uasc:
        errors["placement_postcode"] = "Enter the postcode of the placement"
    elif (
        pl_post is not None
        and home is not None
        and placement != "P1"
        and (pl_post.replace(" ", "") == home.replace(" ", ""))
    ):
        errors["placement_postcode"] = (
            "The placement postcode is the child's home postcode: that is only possible when "
            "the child is placed with their parents (P1)"
        )


def _open_episode(
    errors: dict[str, str], history: History, day: dt.date, event: str
) -> Episode | None:
    """The open episode a change applies to, checking that `day` comes after it began."""
    episode = history.open_episode
    if episode is None:
        errors[NON_FIELD] = (
            f"{history.child.name} is not in care, so no {event} can be recorded: record that "
            "care began first"
        )
        return None
    if day <= episode.start:
        errors["date"] = (
            f"The date must be after the last change, on {when(episode.start)}: only one change "
            "can be recorded on a day, and an episode cannot end on the day it began"
        )
    return episode


def change_placement(
    *,
    child_id: int,
    version: int,
    actor: Actor,
    date: dt.date,
    placement: str,
    placement_postcode: str | None,
    emergency: bool,
    reason_place_change: str | None,
    postcodes: pl.DataFrame,
) -> Recorded:
    """The child moves to a new placement on `date`: the open episode ends with X1 and one with
    RNE P starts, with the same legal status.

    Refused without an open period, on or before the last change, and on the 903 rules for the
    placement (as `enter_care`) and for the reason for the change: a valid code (1009), needed
    unless the move is to or from a temporary placement, and then not given (225, 226), and
    CUSTOD only from 10 (234).
    """
    with change_child(
        child_id, version=version, actor=actor, what="care event: change of placement"
    ) as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        episode = None
        if check_date(errors, "date", date, child, actor.today, "of the move"):
            episode = _open_episode(errors, history, date, "move")
        legal_status = episode.legal_status or "" if episode is not None else ""
        _check_placement(errors, child, date, placement, legal_status)
        reason = reason_place_change or None
        if episode is not None:
            temporary = (
                placement in codes.TEMPORARY_PLACEMENTS
                or (episode.placement or "") in codes.TEMPORARY_PLACEMENTS
            )
            if reason is not None and reason not in codes.REASON_PLACE_CHANGE:
                errors["reason_place_change"] = f"{reason} is not a reason for a placement change"
            elif temporary and reason is not None:
                errors["reason_place_change"] = (
                    "Leave the reason blank for a move to or from a temporary placement (T0-T4)"
                )
            elif not temporary and reason is None:
                errors["reason_place_change"] = "Select the reason for the change of placement"
            elif reason == CUSTODY_REASON:
                age = age_on(child, date)
                if age is not None and age < CUSTODY_AGE:
                    errors["reason_place_change"] = (
                        f"A child under {CUSTODY_AGE} cannot be admitted to custody; this child "
                        f"is {age} on {when(date)}"
                    )
            if legal_status == "V3":
                errors[NON_FIELD] = (
                    "A single short break (V3) is a period of care of its own: record that it "
                    "ended and a new entry to care instead of a move"
                )
        pl_post = _postcode(errors, "placement_postcode", placement_postcode)
        home = episode.home_postcode if episode is not None else None
        _check_postcodes(errors, child, legal_status, placement, pl_post, home)
        if errors:
            raise InvalidChange(errors)
        assert episode is not None
        place = locate(pl_post, day=date, home=home, la=child.council_id, store=postcodes)
        episode.end, episode.reason_ceased = date, "X1"
        episode.placement_change_reason = reason
        episode.save(update_fields=["end", "reason_ceased", "placement_change_reason"])
        Episode.objects.create(
            child=child, start=date, rne="P", legal_status=episode.legal_status,
            category_of_need=episode.category_of_need, placement=placement,
            home_postcode=home, placement_postcode=place.postcode, placement_la=place.council,
            placement_icb=place.icb, distance_miles=place.distance_miles, emergency=emergency,
        )  # fmt: skip
    return _finish(child.pk, before, f"The move on {when(date)} is recorded.", _place_note(place))


def change_legal_status(
    *,
    child_id: int,
    version: int,
    actor: Actor,
    date: dt.date,
    legal_status: str,
    postcodes: pl.DataFrame | None = None,
) -> Recorded:
    """The child's legal status changes on `date`, in the same placement: the open episode ends
    with X1 and one with RNE L starts.

    Refused without an open period, on or before the last change, when the status does not
    change (rule 434), into a single short break (V3 starts a period: rule 366), and on the
    legal status rules of `enter_care`. With `postcodes`, the placement's ICB is worked out
    again for the new episode's date (ICBs merged on 1 April 2026); otherwise it is kept.
    """
    with change_child(
        child_id, version=version, actor=actor, what="care event: change of legal status"
    ) as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        episode = None
        if check_date(errors, "date", date, child, actor.today, "of the change"):
            episode = _open_episode(errors, history, date, "change of legal status")
        _check_legal_status(errors, child, date, legal_status)
        if episode is not None and "legal_status" not in errors:
            if legal_status == episode.legal_status:
                errors["legal_status"] = (
                    f"The legal status is {legal_status} already: choose the new legal status"
                )
            elif (legal_status in codes.SHORT_BREAK_LEGAL_STATUS) != (
                (episode.legal_status or "") in codes.SHORT_BREAK_LEGAL_STATUS
            ):
                errors["legal_status"] = (
                    "Short breaks (V3, V4) are a period of care of their own: record that care "
                    "ended and a new entry to care instead"
                )
            elif (episode.placement or "") in PLACEMENT_ORDER_PLACEMENTS and legal_status != "E1":
                errors["legal_status"] = (
                    f"The child is placed for adoption under a placement order "
                    f"({episode.placement}), which needs legal status E1"
                )
        if errors:
            raise InvalidChange(errors)
        assert episode is not None
        icb = episode.placement_icb
        if postcodes is not None and episode.placement_postcode:
            icb = (
                locate(episode.placement_postcode, day=date, home=None, la=child.council_id,
                       store=postcodes).icb
                or icb
            )  # fmt: skip
        episode.end, episode.reason_ceased = date, "X1"
        episode.save(update_fields=["end", "reason_ceased"])
        Episode.objects.create(
            child=child, start=date, rne="L", legal_status=legal_status,
            category_of_need=episode.category_of_need, placement=episode.placement,
            provider=episode.provider, home_postcode=episode.home_postcode,
            placement_postcode=episode.placement_postcode, placement_la=episode.placement_la,
            placement_icb=icb, distance_miles=episode.distance_miles, urn=episode.urn,
            emergency=episode.emergency,
        )  # fmt: skip
    return _finish(child.pk, before, f"The legal status is {legal_status} from {when(date)}.")


def cease_care(
    *,
    child_id: int,
    version: int,
    actor: Actor,
    date: dt.date,
    reason: str,
) -> Recorded:
    """The child stops being looked after on `date`: the open episode ends with `reason`.

    Refused without an open period, on or before the last change, with X1 or an unknown code
    (rule 149), from a temporary placement (381), and on the ages the reasons need: adopted or
    a special guardianship order before 18 (386, 407), independent living from 14 (387), adult
    social care from 16 (389), staying put at 18 (460); adoption only from a placement for
    adoption (390).
    """
    with change_child(
        child_id, version=version, actor=actor, what="care event: care ended"
    ) as child:
        before = duty_snapshot(child.pk)
        history = History.of(child, actor.today)
        errors: dict[str, str] = {}
        episode = None
        if check_date(errors, "date", date, child, actor.today, "care ended"):
            episode = _open_episode(errors, history, date, "end of care")
        if not reason:
            errors["reason"] = "Select why care ended"
        elif reason == "X1":
            errors["reason"] = (
                "X1 means the episode continues in a new one: record a move or a change of "
                "legal status instead, or choose why care ended"
            )
        elif reason not in LEFT_CARE_REASONS:
            errors["reason"] = f"{reason} is not a reason for care ending"
        elif episode is not None and "date" not in errors:
            problem = _reason_problem(child, episode, date, reason)
            if problem:
                errors["reason"] = problem
        if errors:
            raise InvalidChange(errors)
        assert episode is not None
        episode.end, episode.reason_ceased = date, reason
        episode.save(update_fields=["end", "reason_ceased"])
    return _finish(child.pk, before, f"Care ended on {when(date)} (reason {reason}).")


def _reason_problem(child: Child, episode: Episode, date: dt.date, reason: str) -> str | None:
    placement = episode.placement or ""
    if placement in codes.TEMPORARY_PLACEMENTS:
        return (
            f"Care cannot end from a temporary placement ({placement}): record the child's "
            "return to their placement first"
        )
    if reason in ADOPTED and placement not in codes.ADOPTION_PLACEMENTS:
        return (
            f"An adoption ({reason}) ends a placement for adoption (A3-A6); the child's "
            f"placement is {placement or 'not recorded'}"
        )
    age = age_on(child, date)
    if age is None:
        return None
    limits = {
        **dict.fromkeys(ADOPTED, ("under", 18)),
        **dict.fromkeys(SPECIAL_GUARDIANSHIP, ("under", 18)),
        "E5": ("from", 14), "E6": ("from", 14), "E7": ("from", 16), "E17": ("from", 18),
    }  # fmt: skip
    if reason not in limits:
        return None
    side, years = limits[reason]
    if side == "under" and age >= years:
        return f"Reason {reason} is only for a child under {years}; this young person is {age}"
    if side == "from" and age < years:
        return f"Reason {reason} needs the young person to be {years} or over; they are {age}"
    return None
