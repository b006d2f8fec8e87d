"""A child's history as immutable facts: the input of the duties engine.

The shape mirrors the timeline JSON format (`docs/timeline-json.md`); codes (`rne`,
`legal_status`, `placement`, `rec`) are SSDA903 codes, organisations are ODS codes that the
engine treats as opaque identifiers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Trigger = Literal["enter", "move", "cease"]
AssessmentKind = Literal["IHA", "RHA"]
VisitRegime = Literal["standard", "weekly_until_first_review"]

# Placement types intended to last until the child is 18 (CPPCR 2010 reg 28(2)(c)(i)):
# long-term foster placements (SSDA903 U1 and U4).
LONG_TERM_PLACEMENT_TYPES = frozenset({"U1", "U4"})
# Legal statuses of an agreed series of short breaks (CPPCR 2010 reg 48).
SHORT_BREAK_LEGAL_STATUSES = frozenset({"V3", "V4"})
# Reasons for new episode that start a placement ("L" is a change of legal status only).
PLACEMENT_STARTING_RNE = frozenset({"S", "P", "T", "B", "U"})
CONTINUING_REASON_CEASED = "X1"


@dataclass(frozen=True, slots=True)
class Child:
    id: str
    dob: dt.date
    sex: str | None = None
    uasc: bool = False


@dataclass(frozen=True, slots=True)
class Episode:
    """One SSDA903 episode: a span with one legal status and one placement."""

    start: dt.date
    rne: str
    legal_status: str
    placement: str | None = None
    icb: str | None = None
    emergency: bool = False
    long_term: bool = False
    end: dt.date | None = None
    rec: str | None = None
    visit_regime: VisitRegime = "standard"


@dataclass(frozen=True, slots=True)
class GpRegistration:
    practice: str
    icb: str | None
    start: dt.date
    end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Notification:
    trigger: Trigger
    trigger_date: dt.date
    recipient: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class HealthAssessment:
    kind: AssessmentKind
    date: dt.date


@dataclass(frozen=True, slots=True)
class Refusal:
    """A child of sufficient understanding declined what `duty` asks for (a duty code)."""

    duty: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class Review:
    date: dt.date


@dataclass(frozen=True, slots=True)
class Visit:
    date: dt.date


@dataclass(frozen=True, slots=True)
class CarePlan:
    date: dt.date


@dataclass(frozen=True, slots=True)
class Sdq:
    date: dt.date
    score: int | None = None


@dataclass(frozen=True, slots=True)
class DentalCheck:
    date: dt.date


@dataclass(frozen=True, slots=True)
class HealthSummary:
    date: dt.date


Event = (
    Notification
    | HealthAssessment
    | Refusal
    | Review
    | Visit
    | CarePlan
    | Sdq
    | DentalCheck
    | HealthSummary
)


@dataclass(frozen=True, slots=True)
class Timeline:
    child: Child
    episodes: tuple[Episode, ...]
    gp_registrations: tuple[GpRegistration, ...] = ()
    events: tuple[Event, ...] = ()
    home_icb: str | None = None
    history_from: dt.date | None = None
