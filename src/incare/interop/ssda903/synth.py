"""Seeded synthetic SSDA903 extracts, with the health events a council would record.

`generate(children, la=..., year=..., seed=...)` builds one council's return for a collection
year and the year before, for the same children and consistent with each other: an episode
open at the year boundary is in both years (its end date and reason blank in the earlier year),
a care leaver's episodes are in the year they left care, a decision to place for adoption is
returned every year until it is reversed or the child adopted, and so on. `write(...)` saves
the two years as CSV files (`DD/MM/YYYY` dates, UTF-8, `\\n`) and one timeline JSON file per
child (`docs/timeline-json.md`).

The shape follows the national figures of `docs/ssda903.md`: more teenagers than younger
children, 56% boys, about 9% unaccompanied asylum-seeking children (mostly boys of 16-17), the
ethnicity mix of 2025, most children with one or two episodes in a year and some with many,
legal statuses and placement types valid in every year an episode is returned, providers and
Ofsted URNs that fit the placement, about a third of placements outside the council (real
postcodes from the bundled sample), reviews about every six months, health outcomes (OC2) for
the children looked after all year, care leavers aged 17 to 21 (OC3), missing episodes,
social workers, adoptions and previous permanence. The timelines carry what the council's
health and social care records would hold: notifications to the NHS, initial and review health
assessments (some late, some missing), reviews, visits, care plans, SDQ scores (mean about 14),
dental checks, a few refusals and GP registrations.

All data are made up: the children, their dates and their stories. Postcodes and council codes
are real places (a sample of the ONS Postcode Directory); URNs, UPNs, social worker IDs and GP
practice codes are generated and belong to no one.

Deterministic: the same arguments give the same bytes (`random.Random` streams seeded from
`seed`, no clock, no hash randomisation). With `error_rate` > 0 that fraction of the children
of the collection year get one realistic mistake each (invalid codes, impossible dates, missing
fields, overlapping episodes, ...), so that the validator has something to find.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import math
import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from typing import Any

import polars as pl

from incare.interop.ssda903.postcodes import METRES_PER_MILE, bundled_sample
from incare.interop.ssda903.tables import TABLES
from incare.interop.ssda903.timelines import council_main_icb
from incare.interop.ssda903.writer import CSV_NAMES
from incare.interop.ssda903.years import CollectionYear

TIMELINES_FOLDER = "timelines"

Day = int  # a date as its proleptic Gregorian ordinal (datetime.date.toordinal)
Row = list[str | None]
TimelineSink = Callable[[str, dict[str, Any]], None]

# ---------------------------------------------------------------------------------------------
# Dates


_DMY: dict[Day, str] = {}
_ISO: dict[Day, str] = {}


def dmy(day: Day) -> str:
    """`DD/MM/YYYY`, as the DfE writes dates."""
    text = _DMY.get(day)
    if text is None:
        d = dt.date.fromordinal(day)
        text = _DMY[day] = f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    return text


def iso(day: Day) -> str:
    text = _ISO.get(day)
    if text is None:
        text = _ISO[day] = dt.date.fromordinal(day).isoformat()
    return text


def day_of(year: int, month: int, day: int) -> Day:
    return dt.date(year, month, day).toordinal()


def birthday(dob: Day, years: int) -> Day:
    """The `years`-th birthday; 29 February falls on 28 February in common years."""
    d = dt.date.fromordinal(dob)
    year = d.year + years
    if d.month == 2 and d.day == 29 and not calendar.isleap(year):
        return day_of(year, 2, 28)
    return day_of(year, d.month, d.day)


def age_on(dob: Day, day: Day) -> int:
    """Whole years of age on `day` (birthdays as `birthday` says)."""
    years = dt.date.fromordinal(day).year - dt.date.fromordinal(dob).year
    return years - 1 if birthday(dob, years) > day else years


def add_months(day: Day, months: int) -> Day:
    """Calendar months with end-of-month clamping (31 August + 6 months = 28/29 February)."""
    d = dt.date.fromordinal(day)
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return day_of(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def collection_year_of(day: Day) -> int:
    """The collection year (by the year it ends) that `day` falls in."""
    d = dt.date.fromordinal(day)
    return d.year + 1 if d.month >= 4 else d.year


# ---------------------------------------------------------------------------------------------
# Distributions (national figures, docs/ssda903.md; shares in per cent or weights)


class Redraw(Exception):
    """A random draw that cannot fit the child's dates: draw the child again."""


def draw(rng: random.Random, low: int, high: int) -> int:
    """A whole number from `low` to `high` inclusive (Redraw when there is none)."""
    if high < low:
        raise Redraw
    return rng.randint(low, high)


Weights = tuple[tuple[str, float], ...]


@cache
def table(spec: str) -> Weights:
    """Weighted values written as text: `"E4A 45 E13 15"` is E4A 45 times in 60."""
    parts = spec.split()
    return tuple((parts[i], float(parts[i + 1])) for i in range(0, len(parts), 2))


def pick(rng: random.Random, weights: Sequence[tuple[str, float]]) -> str:
    """A value from `(value, weight)` pairs."""
    total = sum(weight for _, weight in weights)
    point = rng.random() * total
    for value, weight in weights:
        point -= weight
        if point < 0:
            return value
    return weights[-1][0]


ETHNICITY: tuple[tuple[str, float], ...] = (
    ("WBRI", 66.0), ("WIRI", 0.5), ("WOTH", 5.5), ("WIRT", 0.6), ("WROM", 1.4),
    ("MWBC", 4.0), ("MWBA", 1.3), ("MWAS", 1.4), ("MOTH", 4.3),
    ("BCRB", 1.5), ("BAFR", 3.0), ("BOTH", 2.0),
    ("AIND", 0.5), ("APKN", 1.3), ("ABAN", 0.6), ("AOTH", 1.6),
    ("CHNE", 0.2), ("OOTH", 2.3), ("REFU", 0.4), ("NOBT", 0.6),
)  # fmt: skip
UASC_ETHNICITY: tuple[tuple[str, float], ...] = (
    ("AOTH", 30.0), ("OOTH", 34.0), ("BAFR", 22.0), ("BOTH", 6.0), ("WOTH", 4.0),
    ("MOTH", 2.0), ("NOBT", 2.0),
)  # fmt: skip
# Category of need at the start of a period of care (N8 for UASC).
NEED: tuple[tuple[str, float], ...] = (
    ("N1", 66.0), ("N2", 2.5), ("N3", 3.0), ("N4", 8.0), ("N5", 14.0), ("N6", 2.0),
    ("N7", 0.5), ("N8", 4.0),
)  # fmt: skip
# Reasons for placement change, 2024 (PLACE is used for a change of status with the same
# carers; CUSTOD for a move into custody).
MOVE_REASONS: tuple[tuple[str, float], ...] = (
    ("CARPL", 40.0), ("OTHER", 28.0), ("CREQB", 10.0), ("CREQO", 8.0), ("CHILD", 4.0),
    ("LAREQ", 1.5), ("STAND", 1.5), ("CLOSE", 1.5), ("ALLEG", 1.5), ("APPRR", 0.5),
)  # fmt: skip
SW_CHANGE_REASONS: tuple[tuple[str, float], ...] = (
    ("LEFTRL", 34.0), ("TSPROC", 22.0), ("MANAGE", 14.0), ("ORGRST", 9.0), ("ABSENC", 8.0),
    ("PCCHAN", 5.0), ("CHCHAN", 3.0), ("OTHERS", 5.0),
)  # fmt: skip
REVIEW_PARTICIPATION: tuple[tuple[str, float], ...] = (
    ("PN1", 58.0), ("PN2", 6.0), ("PN3", 4.0), ("PN4", 3.0), ("PN5", 8.0), ("PN6", 9.0),
    ("PN7", 12.0),
)  # fmt: skip
OC3_ACTIVITY: tuple[tuple[str, float], ...] = (
    ("F1", 6.0), ("P1", 1.0), ("F2", 22.0), ("P2", 4.0), ("F4", 3.0), ("P4", 1.0),
    ("F5", 14.0), ("P5", 8.0), ("G4", 9.0), ("G5", 26.0), ("G6", 6.0),
)  # fmt: skip
OC3_ACCOMMODATION: tuple[tuple[str, float], ...] = (
    ("U", 36.0), ("D", 15.0), ("Z", 10.0), ("B", 10.0), ("E", 8.0), ("K", 5.0), ("T", 3.0),
    ("C", 2.0), ("Y", 2.0), ("V", 2.0), ("W", 1.5), ("X", 2.0), ("S", 1.0), ("G", 0.5),
    ("R", 1.0),
)  # fmt: skip
# Reasons for leaving care other than at 18 (E5/E6 from 16 only).
EXIT_HOME = "E4A 34 E4B 4 E13 12 E41 6 E45 8 E46 5 E47 5 E48 3 E8 12 E3 1 E16 0.5 E9 1"
EXIT_HOME_16 = " E5 5 E6 1"
FIRST_LEGAL_STATUS = "C1 50 V2 25 L1 4 L2 5 C2 8"
FIRST_LEGAL_STATUS_YOUNG = "C1 50 V2 6 L1 4 L2 5 C2 8"  # babies on an adoption track
# Placement types by age band (under 5, 5-9, 10-15, 16-17); P1 and K1 are added by legal status.
PLACEMENT_BY_AGE = (
    "U6 52 U3 20 U4 8 U1 6 U5 2 R3 1",
    "U6 45 U3 16 U4 16 U1 10 K2 2 S1 0.5",
    "U6 33 U4 17 U3 8 U1 7 K2 22 S1 2 R2 0.6 R1 0.5 Z 0.6",
    "U6 25 U4 15 U3 5 U1 5 K2 17 K3 24 S1 1 P3 0.5 R2 0.6 R1 0.5 Z 0.6",
)
PREMISES_PROVIDERS = {
    "K1": "PR1 25 PR2 65 PR4 10",
    "K2": "PR4 80 PR1 12 PR5 5 PR2 3",
    "K3": "PR4 70 PR5 20 PR1 10",
    "R3": "PR4 50 PR5 30 PR1 20",
    "S1": "PR4 60 PR5 25 PR3 10 PR2 5",
}
# Age at 31 March of children in care then: (weight, youngest, oldest) in years.
AGE_IN_CARE: tuple[tuple[float, float, float], ...] = (
    (5.0, 0.0, 1.0),
    (14.0, 1.0, 5.0),
    (17.0, 5.0, 10.0),
    (38.0, 10.0, 16.0),
    (26.0, 16.0, 18.0),
)
# Age on starting care.
AGE_STARTING: tuple[tuple[float, float, float], ...] = (
    (19.0, 0.0, 1.0),
    (15.0, 1.0, 5.0),
    (15.0, 5.0, 10.0),
    (36.0, 10.0, 16.0),
    (15.0, 16.0, 18.0),
)
# The collection year's children: how they relate to the year (shares of its Header).
CATEGORIES: tuple[tuple[str, float], ...] = (
    ("stay", 50.0),  # in care since before the year, still at 31 March
    ("left", 11.5),  # in care since before the year, left during it
    ("new_stay", 12.0),  # started during the year, still in care at 31 March
    ("new_left", 8.5),  # started and left during the year
    ("respite", 1.5),  # an agreed series of short breaks (V3)
    ("leaver", 16.5),  # a care leaver (OC3) with no episode in the year
)
UASC_SHARE = {"stay": 0.065, "new_stay": 0.2, "left": 0.08, "new_left": 0.03, "leaver": 0.14}
PREVIOUS_ONLY_SHARE = 0.17  # children of the previous year only (left care then, not leavers)
YEAR_DAYS = 365.2425

SEXES = {True: ("1", "2"), False: ("M", "F")}  # year <= 2024: 1/2; from 2024/25: M/F
UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
FOSTER = frozenset({"U1", "U2", "U3", "U4", "U5", "U6"})
LONG_TERM = frozenset({"U1", "U4"})
TEMPORARY = frozenset({"T0", "T1", "T2", "T3", "T4"})
ADOPTION = frozenset({"A3", "A4", "A5", "A6"})
HOMES = frozenset({"K1", "K2", "K3", "R3", "S1"})  # registered premises with their own URN


def placement_valid(place: str, end_year: int) -> bool:
    """Whether `place` is a placement type in the collection year ending in `end_year`."""
    if place == "K3":
        return end_year >= 2025
    if place in ("H5", "P2", "Z1"):
        return end_year <= 2025
    if place.startswith("Z1") and len(place) == 3:
        return end_year >= 2026
    return True


# ---------------------------------------------------------------------------------------------
# Places: postcodes, neighbouring councils, providers and their Ofsted URNs


@dataclass(frozen=True, slots=True)
class Place:
    """Where a child lives in a placement, and who provides it (shared by the same carers)."""

    place: str
    provider: str | None
    post: str | None
    urn: str | None
    council: str | None


class Geography:
    """Postcodes by council (from the postcode store), and which councils are near which."""

    def __init__(self, la: str, store: pl.DataFrame) -> None:
        frame = (
            store.select("pcd", "utla", "easting", "northing")
            .drop_nulls()
            .filter(pl.col("pcd").str.contains(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$"))
            .sort("pcd")
        )
        self.postcodes: dict[str, list[str]] = {}
        sums: dict[str, list[float]] = {}
        for pcd, utla, easting, northing in frame.iter_rows():
            self.postcodes.setdefault(utla, []).append(pcd)
            total = sums.setdefault(utla, [0.0, 0.0, 0.0])
            total[0] += easting
            total[1] += northing
            total[2] += 1
        if la not in self.postcodes:
            raise ValueError(f"{la}: no postcodes for this council in the postcode store")
        self.la = la
        centres = {c: (t[0] / t[2], t[1] / t[2]) for c, t in sums.items()}
        home = centres[la]

        def miles(council: str) -> float:
            x, y = centres[council]
            return math.hypot(x - home[0], y - home[1]) / METRES_PER_MILE

        # Councils with too few postcodes (the Isles of Scilly) are not placement destinations.
        others = sorted(
            (c for c in centres if c != la and len(self.postcodes[c]) >= 150),
            key=lambda c: (miles(c), c),
        )
        self.near = others[:8]
        self.far = [c for c in others[8:] if miles(c) <= 230] or others[8:] or self.near

    def postcode(self, rng: random.Random, council: str) -> str:
        return rng.choice(self.postcodes[council])

    def council(self, rng: random.Random, where: str) -> str:
        """The council of a placement: `in` the returning council, `near` or `far` from it."""
        if where == "in":
            return self.la
        return rng.choice(self.near if where == "near" else self.far)


class Providers:
    """The Ofsted-registered providers children are placed with, created as they are needed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = {"XXXXXXX"}
        # Independent fostering agencies (private or voluntary) and voluntary adoption agencies.
        self.agencies = [(self._urn("SC"), "PR4" if i < 30 else "PR5") for i in range(40)]
        self.adoption_agencies = [self._urn("SC") for _ in range(8)]
        self.councils: dict[tuple[str, str], str] = {}  # (council, service) -> URN
        self.premises: dict[tuple[str, str, str], list[tuple[str, str]]] = {}

    def _urn(self, kind: str) -> str:
        while True:
            if kind == "SC":
                urn = f"SC{self.rng.randrange(10_000, 1_000_000):06d}"
            elif kind == "new":
                urn = f"{self.rng.randrange(2_000_000, 2_999_999)}"
            else:  # a school's URN
                urn = f"{self.rng.randrange(100_000, 150_000)}"
            if urn not in self.used:
                self.used.add(urn)
                return urn

    def council_service(self, council: str, service: str) -> str:
        """The URN of a council's fostering service or regional adoption agency."""
        key = (council, service)
        urn = self.councils.get(key)
        if urn is None:
            urn = self.councils[key] = self._urn("SC")
        return urn

    def agency(self, rng: random.Random, provider: str) -> str:
        return rng.choice([urn for urn, kind in self.agencies if kind == provider])

    def premises_in(
        self,
        rng: random.Random,
        geo: Geography,
        council: str,
        place: str,
        provider: str,
        avoid: str | None,
    ) -> tuple[str, str]:
        """A home, school or unit of this type in `council`, not at `avoid`: (URN, postcode)."""
        found = self.premises.setdefault((council, place, provider), [])
        usable = [p for p in found if p[1] != avoid]
        if len(usable) >= 4 or (usable and rng.random() < 0.7):
            return rng.choice(usable)
        kind = "new" if place == "K3" else "school" if place == "S1" else "SC"
        post = geo.postcode(self.rng, council)
        while post == avoid:
            post = geo.postcode(self.rng, council)
        created = (self._urn(kind), post)
        found.append(created)
        return created


# ---------------------------------------------------------------------------------------------
# A child's history


@dataclass(slots=True)
class Ep:
    """One episode of care (end None: still open when the collection year ends)."""

    start: Day
    end: Day | None
    rne: str
    ls: str
    cin: str
    at: Place
    rec: str | None = None
    rpc: str | None = None  # reason for placement change, on the episode that ends


@dataclass(slots=True)
class Decision:
    """A decision that the child should be placed for adoption."""

    placed: Day
    ceased: Day | None = None
    reason: str | None = None


@dataclass(slots=True)
class Adoption:
    date_match: Day
    foster_care: str
    number: str
    sexes: str
    status: str


@dataclass(slots=True)
class Kid:
    id: str
    male: bool
    dob: Day
    ethnic: str
    uasc: bool
    home_post: str | None
    episodes: list[Ep] = field(default_factory=list)
    upn: str = ""
    no_upn: str | None = None  # UN2/UN3/UN5: a UPN never known
    mother: Day | None = None  # date of birth of her first child
    decisions: list[Decision] = field(default_factory=list)
    adoption: Adoption | None = None
    prev_perm: dict[Day, tuple[str, str | None, str | None]] = field(default_factory=dict)
    missing: list[tuple[str, Day, Day | None]] = field(default_factory=list)
    social_workers: list[tuple[str, Day, Day | None, str]] = field(default_factory=list)
    dolo: list[tuple[Day, Day | None]] = field(default_factory=list)
    reviews: list[tuple[Day, str]] = field(default_factory=list)
    oc2: dict[int, Row] = field(default_factory=dict)
    oc3: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    # What the health records say in each collection year (for OC2).
    assessed: set[int] = field(default_factory=set)
    teeth: set[int] = field(default_factory=set)
    sdq: dict[int, int] = field(default_factory=dict)
    refused_sdq: set[int] = field(default_factory=set)
    timeline: dict[str, Any] | None = None

    def periods(self) -> list[list[Ep]]:
        """The episodes grouped by period of care (a period ends with a reason other than X1)."""
        out: list[list[Ep]] = []
        for ep in self.episodes:
            if ep.rne == "S" or not out:
                out.append([])
            out[-1].append(ep)
        return out


@dataclass(frozen=True, slots=True)
class Years:
    """The two collection years generated: the year asked for and the one before."""

    end_year: int

    @property
    def start(self) -> Day:
        return day_of(self.end_year - 1, 4, 1)

    @property
    def end(self) -> Day:
        return day_of(self.end_year, 3, 31)

    @property
    def first(self) -> Day:
        """1 April of the previous year: the history the extract holds starts there."""
        return day_of(self.end_year - 2, 4, 1)

    def bounds(self, end_year: int) -> tuple[Day, Day]:
        return day_of(end_year - 1, 4, 1), day_of(end_year, 3, 31)


class Builder:
    """Builds children one by one; each child from its own random stream."""

    def __init__(
        self, la: str, years: Years, geo: Geography, rng: random.Random, children: int
    ) -> None:
        self.la = la
        self.years = years
        self.geo = geo
        self.providers = Providers(random.Random(rng.getrandbits(64)))
        # About 15 children per social worker; a few agency workers without a registration.
        count = max(20, children // 15)
        self.social_workers = [f"SW{rng.randrange(10_000, 999_999)}" for _ in range(count)]
        self.social_workers += [f"XX{rng.randrange(1000, 9999)}" for _ in range(count // 20 + 1)]
        la_numbers = _la_numbers()
        self.la_number = la_numbers[zlib.crc32(la.encode()) % len(la_numbers)]
        self.la_numbers = la_numbers
        self.upns: set[str] = set()
        self.nhs = Nhs(la)

    # -- demographics ---------------------------------------------------------------------------

    def kid(self, child_id: str, rng: random.Random, category: str) -> Kid | None:
        """A child of `category`, or None when the draw did not fit (the caller draws again)."""
        try:
            return self._kid(child_id, rng, category)
        except Redraw:
            return None

    def _kid(self, child_id: str, rng: random.Random, category: str) -> Kid | None:
        uasc = category in UASC_SHARE and rng.random() < UASC_SHARE[category]
        male = rng.random() < (0.94 if uasc else 0.53)
        ethnic = pick(rng, UASC_ETHNICITY if uasc else ETHNICITY)
        home = None if uasc else self.geo.postcode(rng, self.la)
        if category == "respite":
            return self._respite(child_id, rng, male, ethnic, home)
        dob, periods = self._story(rng, category, uasc)
        if dob is None:
            return None
        kid = Kid(child_id, male, dob, ethnic, uasc, home)
        for start, end, rec, track in periods:
            kid.episodes += self._period(kid, rng, start, end, rec, track)
        if not kid.episodes:
            return None
        self._upn(kid, rng)
        self._extras(kid, rng)
        self.nhs.health(kid, rng, self.years)
        self._per_year(kid, rng)
        return kid

    def _age_days(self, rng: random.Random, bands: Sequence[tuple[float, float, float]]) -> int:
        weight_total = sum(b[0] for b in bands)
        point = rng.random() * weight_total
        for weight, low, high in bands:
            point -= weight
            if point < 0:
                return int((low + rng.random() * (high - low)) * YEAR_DAYS)
        return int(bands[-1][1] * YEAR_DAYS)

    def _story(
        self, rng: random.Random, category: str, uasc: bool
    ) -> tuple[Day | None, list[tuple[Day, Day | None, str | None, str]]]:
        """Date of birth and periods of care: (start, end or None if open, REC, track)."""
        y = self.years
        s, e, first = y.start, y.end, y.first
        periods: list[tuple[Day, Day | None, str | None, str]] = []
        if category in ("stay", "new_stay"):
            if uasc:
                age = int((15.0 + rng.random() * 2.99) * YEAR_DAYS)
                dob = e - age
                eighteen = birthday(dob, 18)
                if eighteen <= e:
                    return None, []
                low = max(birthday(dob, 14) + 30, s - int(2.5 * YEAR_DAYS))
                start = (
                    draw(rng, s + 1, e - 1)
                    if category == "new_stay"
                    else draw(rng, min(low, s - 2), s - 1)
                )
                if start < birthday(dob, 13):
                    return None, []
                return dob, [(start, None, None, "uasc")]
            if category == "new_stay":
                age_start = self._age_days(rng, AGE_STARTING)
                start = draw(rng, s, e - 2)
                dob = start - age_start
            else:
                dob = e - self._age_days(rng, AGE_IN_CARE)
                if dob >= s - 30:  # a baby born this year: in care since birth or soon after
                    start = draw(rng, max(dob, s), e - 2)
                else:
                    years_in = min(rng.expovariate(1 / 2.6), 15.0)
                    start = max(s - 1 - int(years_in * YEAR_DAYS), dob + draw(rng, 0, 60))
                    if start >= s:
                        return None, []
            if start < dob or birthday(dob, 18) <= e or age_on(dob, start) >= 18:
                return None, []
            # Children placed for adoption are adopted within about two years.
            adoptable = age_on(dob, start) < 3 and start >= s - 800
            track = "adoption" if adoptable and rng.random() < 0.3 else "care"
            periods = self._returner(rng, dob, start) if category == "new_stay" else []
            return dob, [*periods, (start, None, None, track)]
        if category in ("left", "new_left"):
            return self._leaving(rng, category, uasc)
        if category == "leaver":
            return self._care_leaver(rng, uasc)
        if category == "previous":  # left care during the previous year, under 16 then
            end = draw(rng, first + 1, s - 1)
            age_end = int(rng.random() * 15.5 * YEAR_DAYS)
            dob = end - age_end
            if age_end < 200:
                return None, []
            if age_on(dob, end) < 4 and rng.random() < 0.35:
                return self._adopted(rng, dob, end)
            length = int(rng.expovariate(1 / 500)) + 20
            start = max(dob + draw(rng, 0, 30), end - length)
            if start >= end - 1:
                return None, []
            rec = pick(rng, table("E4A 45 E13 15 E41 8 E47 6 E48 4 E8 8 E45 8 E46 6"))
            return dob, [(start, end, rec, "care")]
        raise ValueError(category)

    def _returner(
        self, rng: random.Random, dob: Day, start: Day
    ) -> list[tuple[Day, Day | None, str | None, str]]:
        """An earlier period of care for about one child in ten starting care (a return)."""
        if rng.random() > 0.1:
            return []
        end = start - draw(rng, 60, 1500)
        begin = end - draw(rng, 30, 700)
        if begin <= dob + 30:
            return []
        return [(begin, end, pick(rng, table("E4A 60 E13 25 E8 10 E41 5")), "care")]

    def _adopted(
        self, rng: random.Random, dob: Day, end: Day
    ) -> tuple[Day | None, list[tuple[Day, Day | None, str | None, str]]]:
        """A child adopted on `end` (the adoption track is worked out backwards)."""
        if dt.date.fromordinal(end).timetuple()[1:3] == (3, 31):
            # Adopted on 31 March, the child would also count as looked after all year (the
            # OC2 cohort), which rule 187 forbids with adoption data: a day earlier.
            end -= 1
        rec = "E11" if rng.random() < 0.58 else "E12"
        placed = end - draw(rng, 90, 300)
        start = placed - draw(rng, 400, 900)
        if start <= dob:
            start = dob + draw(rng, 0, 20)
        if placed - start < 300:
            return None, []
        return dob, [(start, end, rec, "adoption")]

    def _leaving(
        self, rng: random.Random, category: str, uasc: bool
    ) -> tuple[Day | None, list[tuple[Day, Day | None, str | None, str]]]:
        y = self.years
        s, e = y.start, y.end
        new = category == "new_left"
        kind = pick(
            rng, table("aged_out 8 remand 10 home 82" if new else "aged_out 30 adopted 17 home 53")
        )
        if uasc:
            kind = "aged_out"
        if kind == "aged_out":
            eighteen = draw(rng, s + 1, e)
            dob = dob_for_birthday(eighteen, 18)
            if new:
                start = draw(rng, s, eighteen - 30)
            elif uasc:
                start = eighteen - draw(rng, 200, 1000)
            else:
                start = s - 1 - int(min(rng.expovariate(1 / 3.0), 17.5) * YEAR_DAYS)
            start = max(start, dob + draw(rng, 0, 60))
            if start >= eighteen - 10 or (not new and start >= s):
                return None, []
            rec = pick(rng, table("E5 30 E6 8 E17 22 E8 30 E13 5 E4A 5"))
            return dob, [(start, eighteen, rec, "uasc" if uasc else "care")]
        end = draw(rng, s + 3, e)
        if kind == "adopted":
            dob = end - draw(rng, 420, 5 * 365)
            return self._adopted(rng, dob, end)
        if kind == "remand":
            dob = end - int((12 + rng.random() * 5.5) * YEAR_DAYS)
            length = draw(rng, 1, 2) if rng.random() < 0.3 else draw(rng, 10, 120)
            start = end - length
            if start < s:
                return None, []
            track = "pace" if length <= 2 else "remand"
            rec = "E8" if track == "pace" else ("E14" if rng.random() < 0.7 else "E9")
            return dob, [(start, end, rec, track)]
        # Returned home, special guardianship, child arrangements and other reasons.
        if new:
            length = int(rng.expovariate(1 / 120)) + 3
            start = end - length
            if start < s:
                start = draw(rng, s, end - 2)
            dob = start - self._age_days(rng, AGE_STARTING)
        else:
            dob = end - int(rng.random() * 17.8 * YEAR_DAYS)
            length = int(rng.expovariate(1 / 900)) + (end - s) + 1
            start = max(end - length, dob + draw(rng, 0, 30))
            if start >= s:
                return None, []
        if age_on(dob, end) >= 18 or end - dob < 30:
            return None, []
        age = age_on(dob, end)
        rec = pick(rng, table(EXIT_HOME + (EXIT_HOME_16 if age >= 16 else "")))
        periods = self._returner(rng, dob, start) if new else []
        return dob, [*periods, (start, end, rec, "care")]

    def _care_leaver(
        self, rng: random.Random, uasc: bool
    ) -> tuple[Day | None, list[tuple[Day, Day | None, str | None, str]]]:
        """A young person aged 17 to 21 at 31 March who left care before the year."""
        y = self.years
        s, e = y.start, y.end
        age = int(pick(rng, table("17 4 18 4 19 31 20 31 21 30")))
        dob = e - int((age + rng.random() * 0.999) * YEAR_DAYS)
        if age_on(dob, e) != age:
            return None, []
        if uasc and age <= 18:
            return None, []  # former UASC care leavers left care at 18
        if age <= 18 or (not uasc and rng.random() < 0.2):
            # Left care at 16 (before the 17th birthday, and before this year).
            low, high = birthday(dob, 16) + 1, min(birthday(dob, 17), s) - 1
            if low >= high:
                return None, []
            end = draw(rng, low, high)
            rec = pick(rng, table("E5 35 E6 10 E13 20 E4A 20 E8 15"))
        else:
            end = birthday(dob, 18)
            rec = pick(rng, table("E5 32 E6 8 E17 24 E8 28 E13 4 E4A 4"))
        if end >= s:
            return None, []
        if uasc:
            start = end - draw(rng, 200, 900)
        else:
            start = end - int((0.4 + min(rng.expovariate(1 / 3.5), 17.0)) * YEAR_DAYS)
        start = max(start, dob + draw(rng, 0, 60))
        if end - max(start, birthday(dob, 14)) < 120:
            return None, []
        return dob, [(start, end, rec, "uasc" if uasc else "care")]

    def _respite(
        self, child_id: str, rng: random.Random, male: bool, ethnic: str, home: str | None
    ) -> Kid:
        """A disabled child on an agreed series of short breaks (V3), in both years."""
        y = self.years
        dob = y.end - int((5 + rng.random() * 12.5) * YEAR_DAYS)
        kid = Kid(child_id, male, dob, ethnic, False, home)
        provider = pick(rng, table("PR1 50 PR3 15 PR4 25 PR5 10"))
        at = Place("R1", provider, None, None, None)
        day = y.first + draw(rng, 0, 40)
        eighteen = birthday(dob, 18)
        while day < y.end - 6:
            for limit in (y.start, y.end + 1):  # a break never spans a year boundary
                if day < limit <= day + 5:
                    day = limit
            length = draw(rng, 1, 4)
            if day + length > y.end or day + length >= eighteen:
                break
            kid.episodes.append(Ep(day, day + length, "S", "V3", "N2", at, "E4A"))
            kid.prev_perm[day] = ("Z1", None, None)
            day += length + draw(rng, 21, 45)
        self._upn(kid, rng)
        self.nhs.health(kid, rng, self.years)
        return kid

    def _upn(self, kid: Kid, rng: random.Random) -> None:
        roll = rng.random()
        if kid.uasc:
            kid.no_upn = "UN2"
        elif roll < 0.015:
            kid.no_upn = "UN3"
        elif roll < 0.02:
            kid.no_upn = "UN5"
        # A UPN: check letter, DfE council number, school, year of allocation, serial number.
        while True:
            council = self.la_number if rng.random() < 0.8 else rng.choice(self.la_numbers)
            allocated = (dt.date.fromordinal(kid.dob).year + 4) % 100
            digits = (
                f"{council}{rng.randrange(2000, 8000):04d}{allocated:02d}{rng.randrange(1000):03d}"
            )
            total = sum(int(d) * (i + 2) for i, d in enumerate(digits))
            upn = UPN_CHECK_LETTERS[total % 23] + digits
            if upn not in self.upns:
                self.upns.add(upn)
                kid.upn = upn
                return

    # -- periods and episodes -------------------------------------------------------------------

    def _period(
        self,
        kid: Kid,
        rng: random.Random,
        start: Day,
        end: Day | None,
        rec: str | None,
        track: str,
    ) -> list[Ep]:
        """The episodes of one period of care from `start` to `end` (None: open at 31 March)."""
        horizon = end if end is not None else self.years.end + 1
        age_start = age_on(kid.dob, start)
        cin = "N8" if track == "uasc" else pick(rng, NEED)
        # Legal statuses: the first, then planned changes (date, new status).
        legal: list[tuple[Day, str]] = []
        if track == "uasc":
            ls = "V2"
        elif track == "pace":
            ls = "J2"
        elif track == "remand":
            ls = "J1"
        else:
            ls = pick(
                rng, table(FIRST_LEGAL_STATUS if track == "care" else FIRST_LEGAL_STATUS_YOUNG)
            )
            day, current = start, ls
            if current == "L1":
                day += draw(rng, 1, 3)
                current = "C1" if rng.random() < 0.6 or track == "adoption" else "V2"
                legal.append((day, current))
            elif current == "L2":
                day += draw(rng, 5, 21)
                current = "C1"
                legal.append((day, current))
            if current == "V2" and rng.random() < 0.25:
                day += draw(rng, 30, 400)
                current = "C1"
                legal.append((day, current))
            if current == "C1" and rng.random() < 0.88:
                day += draw(rng, 90, 420)
                current = "C2"
                legal.append((day, current))
        # Adoption: a decision, a placement order (E1), a match and a placement for adoption.
        adopt_at: Day | None = None
        adopt_place = "A6"
        freeze = horizon
        if track == "adoption":
            if rec in ("E11", "E12") and end is not None:
                adopt_at = end - draw(rng, 90, 300)
            else:
                adopt_at = start + draw(rng, 420, 800)
            order = adopt_at - draw(rng, 60, 250)
            decision = order - draw(rng, 30, 150)
            if decision <= start + 20:
                decision = start + 20 + draw(rng, 0, 10)
                order = max(order, decision + 10)
            if order >= adopt_at - 5:
                adopt_at = order + 30
            legal = [(d, s) for d, s in legal if d < order - 3] + [(order, "E1")]
            if adopt_at >= horizon and rng.random() < 0.08:
                # The decision is reversed before any placement order: care continues.
                ceased = decision + draw(rng, 60, 240)
                legal = [(d, s) for d, s in legal if d < ceased - 3 and s != "E1"]
                if ceased < horizon and ceased <= self.years.end:
                    kid.decisions.append(
                        Decision(
                            decision,
                            ceased,
                            pick(rng, table("RD1 60 RD2 15 RD3 15 RD4 10")),
                        )
                    )
                adopt_at = None
            else:
                if decision < horizon:
                    kid.decisions.append(Decision(decision))
                if adopt_at < horizon:
                    adopt_place = "A5" if rng.random() < 0.2 else "A6"
                    freeze = adopt_at
                    kid.adoption = self._adopters(rng, adopt_at, adopt_place)
                else:
                    adopt_at = None
        # Changes of placement, at a rate that depends on age and time in care.
        changes: dict[Day, list[str]] = {}
        for day, new_ls in legal:
            if start < day < horizon:
                changes.setdefault(day, []).append("L:" + new_ls)
                if new_ls in ("C2", "C1") and rng.random() < 0.2:
                    changes[day].append("P")  # a move with the change of order
        if adopt_at is not None:
            changes.setdefault(adopt_at, []).append("A:" + adopt_place)
        day = start
        short = track in ("pace",)
        while not short:
            years_in = (day - start) / YEAR_DAYS
            age = age_on(kid.dob, day)
            rate = 0.35 if age < 5 else 0.45 if age < 12 else 0.8 if age < 16 else 0.9
            rate += 1.0 if years_in < 0.5 else 0.0
            rate *= 0.5 if years_in > 3 else 1.0
            day += max(7, int(rng.expovariate(rate) * YEAR_DAYS))
            if day >= freeze - 7:
                break
            if all(abs(day - other) > 4 for other in changes):
                changes.setdefault(day, []).append("P")
        if track == "uasc" or (end is not None and end == birthday(kid.dob, 18)):
            # Near 18, a move to supported accommodation is common (from 2024/25).
            sixteen = birthday(kid.dob, 16) + draw(rng, 0, 200)
            fits = all(abs(sixteen - other) > 4 for other in changes)
            if start < sixteen < horizon - 60 and rng.random() < 0.35 and fits:
                changes.setdefault(sixteen, []).append("P:K3")
        dates = sorted(d for d in changes if start < d < horizon)
        # Where each placement ends: at the next change that is not of legal status only.
        moves = [d for d in dates if any(not k.startswith("L:") for k in changes[d])]

        def placement_end(day: Day) -> Day:
            return next((d for d in moves if d > day), horizon)

        # Build the episodes.
        episodes: list[Ep] = []
        at = self._first_place(kid, rng, start, placement_end(start), ls, track, age_start)
        episodes.append(Ep(start, None, "S", ls, cin, at))
        for day in dates:
            kinds = changes[day]
            new_ls = ls
            new_at = at
            same_carer = False
            for kind in kinds:
                if kind.startswith("L:"):
                    new_ls = kind[2:]
            for kind in kinds:
                if kind.startswith("A:"):
                    place = kind[2:]
                    if place == "A5":
                        # Placed for adoption with the current (foster-to-adopt) carers.
                        same_carer = True
                        new_at = Place(
                            "A5", at.provider if at.provider in ("PR1", "PR5") else "PR1",
                            at.post, at.urn, at.council,
                        )  # fmt: skip
                    else:
                        new_at = self._adoptive_place(kid, rng)
                elif kind == "P" or kind.startswith("P:"):
                    wanted = kind[2:] if kind.startswith("P:") else None
                    new_at, same_carer = self._next_place(
                        kid, rng, day, placement_end(day), new_ls, track, at, wanted
                    )
            if new_at.place in ("P1",) and new_ls == "V2":
                new_at = at if at.place != "P1" else self._foster(kid, rng, day, placement_end(day))
            placement_changed = new_at != at
            ls_changed = new_ls != ls
            if not placement_changed and not ls_changed:
                continue
            if placement_changed and ls_changed:
                rne = "U" if same_carer else "B"
            elif placement_changed:
                rne = "T" if same_carer else "P"
            else:
                rne = "L"
            prev = episodes[-1]
            prev.end = day
            prev.rec = "X1"
            if placement_changed:
                prev.rpc = "PLACE" if same_carer else self._move_reason(kid, rng, day, new_at)
            episodes.append(Ep(day, None, rne, new_ls, cin, new_at))
            ls, at = new_ls, new_at
        last = episodes[-1]
        last.end = end
        last.rec = rec if end is not None else None
        if end is not None:
            last.rec = self._final_reason(kid, rng, last, rec or "E8", end, track)
        self._temporary(kid, rng, episodes)
        return episodes

    def _final_reason(
        self, kid: Kid, rng: random.Random, last: Ep, rec: str, end: Day, track: str
    ) -> str:
        """`rec`, unless the last episode or the child's age rule it out."""
        age = age_on(kid.dob, end)
        if rec in ("E11", "E12") and last.at.place not in ADOPTION:
            rec = "E4A"
        if rec in ("E45", "E46") and last.at.place not in FOSTER:
            rec = "E47" if rec == "E45" else "E48"
        if rec == "E17" and age < 18:
            rec = "E8"
        if rec in ("E5", "E6") and age < 14:
            rec = "E4A"
        if rec == "E7" and age < 16:
            rec = "E8"
        if rec == "E9" and age < 10:
            rec = "E8"
        if rec == "E14" and last.ls != "J1":
            rec = "E8"
        if age >= 18 and rec in ("E11", "E12", "E45", "E46", "E47", "E48"):
            rec = "E8"
        if last.at.place == "P1" and rec in ("E45", "E46", "E47", "E48"):
            rec = "E4A"
        return rec

    def _move_reason(self, kid: Kid, rng: random.Random, day: Day, new_at: Place) -> str:
        if new_at.place in ("R5", "K1") and age_on(kid.dob, day) >= 10 and rng.random() < 0.5:
            return "CUSTOD"
        reason = pick(rng, MOVE_REASONS)
        if reason in ("CREQB", "CHILD") and age_on(kid.dob, day) < 6:
            return "CARPL"
        return reason

    def _adopters(self, rng: random.Random, placed: Day, place: str) -> Adoption:
        match = placed - draw(rng, 10, 90)
        if rng.random() < 0.17:
            sexes = "F1" if rng.random() < 0.85 else "M1"
            return Adoption(match, "1" if place == "A5" else "0", "1", sexes, "L0")
        status = pick(rng, table("L11 62 L12 6 L2 6 L3 20 L4 6"))
        if status in ("L11", "L3"):
            sexes = "MF"
        elif status == "L2":
            sexes = pick(rng, table("MF 20 FF 45 MM 35"))
        else:
            sexes = "FF" if rng.random() < 0.55 else "MM"
        return Adoption(match, "1" if place == "A5" else "0", "2", sexes, status)

    # -- placements -----------------------------------------------------------------------------

    def _valid_over(self, place: str, start: Day, end: Day) -> bool:
        """Whether `place` is valid in every collection year the episode is in."""
        last = min(end, self.years.end)
        return all(
            placement_valid(place, y)
            for y in range(collection_year_of(start), collection_year_of(last) + 1)
        )

    def _first_place(
        self, kid: Kid, rng: random.Random, start: Day, end: Day, ls: str, track: str, age: int
    ) -> Place:
        if track == "pace":
            return self._make(kid, rng, start, end, pick(rng, table("U6 60 K2 40")))
        if track == "remand":
            return self._make(kid, rng, start, end, pick(rng, table("U6 45 K2 30 K1 25")))
        if track == "uasc":
            options = table("U6 50 K3 35 K2 15" if age >= 16 else "U6 50 K2 15")
            return self._make(kid, rng, start, end, pick(rng, options))
        if track == "adoption":
            return self._make(kid, rng, start, end, pick(rng, table("U6 55 U3 20 U5 25")))
        return self._make(kid, rng, start, end, self._type_for(rng, age, ls, first=True))

    def _type_for(self, rng: random.Random, age: int, ls: str, *, first: bool = False) -> str:
        band = 0 if age < 5 else 1 if age < 10 else 2 if age < 16 else 3
        spec = PLACEMENT_BY_AGE[band]
        # Placed with parents only under a care order (rule 378), mostly after a first placement.
        if ls in ("C1", "C2"):
            spec += f" P1 {(4 if first else 9) * (1.5, 1, 1, 0.6)[band]}"
        if ls in ("C1", "C2") and band == 2:
            spec += " K1 0.6"
        return pick(rng, table(spec))

    def _next_place(
        self,
        kid: Kid,
        rng: random.Random,
        day: Day,
        end: Day,
        ls: str,
        track: str,
        at: Place,
        wanted: str | None,
    ) -> tuple[Place, bool]:
        """The placement after a move: (place, whether the carers are the same)."""
        if wanted is None and at.place in ("U6", "U3") and rng.random() < 0.3:
            # The same foster carers, now long-term (a change of placement status only).
            place = "U4" if at.place == "U6" else "U1"
            return Place(place, at.provider, at.post, at.urn, at.council), True
        age = age_on(kid.dob, day)
        for _ in range(8):
            if wanted is not None:
                place = wanted
            elif track == "uasc":
                place = pick(rng, table("U6 40 K3 45 K2 15" if age >= 16 else "U6 40 K2 15"))
            elif track == "adoption":
                place = pick(rng, table("U6 50 U3 20 U5 30"))
            elif track == "remand":
                place = pick(rng, table("U6 40 K2 30 K1 20 R5 10"))
            else:
                place = self._type_for(rng, age, ls)
            candidate = self._make(kid, rng, day, end, place)
            if candidate != at:
                return candidate, False
            wanted = None
        return self._foster(kid, rng, day, end), False

    def _foster(self, kid: Kid, rng: random.Random, day: Day, end: Day) -> Place:
        return self._make(kid, rng, day, end, "U6")

    def _adoptive_place(self, kid: Kid, rng: random.Random) -> Place:
        provider = pick(rng, table("PR1 70 PR5 25 PR2 5"))
        where = pick(rng, table("in 50 near 35 far 15"))
        if provider == "PR2" and where == "in":
            where = "near"
        council = self.geo.council(rng, where)
        if provider == "PR5":
            urn = rng.choice(self.providers.adoption_agencies)
        elif rng.random() < 0.2:
            urn = "XXXXXXX"  # a regional adoption agency
        else:
            urn = self.providers.council_service(self.la if provider == "PR1" else council, "RAA")
        return Place("A6", provider, self._other_post(rng, kid, council), urn, council)

    def _make(self, kid: Kid, rng: random.Random, start: Day, end: Day, place: str) -> Place:
        """A placement of type `place` (or a close substitute when that is not possible)."""
        age = age_on(kid.dob, start)
        if place == "Z":
            place = "Z1" if self._valid_over("Z1", start, end) else "Z13"
            if not self._valid_over(place, start, end):
                place = "U6"
        if place == "K3" and (age < 16 or not self._valid_over("K3", start, end)):
            place = "K2" if age >= 10 else "U6"
        if place == "P1" and kid.home_post is None:
            place = "U6"
        if place == "S1" and age < 4:
            place = "U6"
        if place == "P3" and age < 14:
            place = "K2"
        if place in ("R5", "K1") and age < 10:
            place = "U6"
        geo = self.geo
        if place == "P1":
            return Place("P1", "PR0", kid.home_post, None, geo.la)
        if place in FOSTER:
            relatives = place in ("U1", "U2", "U3")
            provider = pick(
                rng, table("PR1 90 PR4 7 PR5 3" if relatives else "PR1 55 PR4 36 PR5 7 PR2 2")
            )
            if provider == "PR1":
                where = pick(rng, table("in 88 near 12"))
            elif provider == "PR2":
                where = "near"
            else:
                where = pick(rng, table("in 50 near 32 far 18"))
            council = geo.council(rng, where)
            if provider in ("PR1", "PR2"):
                owner = self.la if provider == "PR1" else council
                urn = self.providers.council_service(owner, "fostering")
            else:
                urn = self.providers.agency(rng, provider)
            return Place(place, provider, self._other_post(rng, kid, council), urn, council)
        if place in HOMES:
            provider = pick(rng, table(PREMISES_PROVIDERS[place]))
            if provider == "PR1":
                where = "in"
            elif provider == "PR2":
                where = pick(rng, table("near 70 far 30"))
            elif place == "K2":
                where = pick(rng, table("in 35 near 35 far 30"))
            else:
                where = pick(rng, table("in 55 near 30 far 15"))
            council = geo.council(rng, where)
            urn, post = self.providers.premises_in(
                rng, geo, council, place, provider, kid.home_post
            )
            return Place(place, provider, post, urn, council)
        service = {
            "R1": pick(rng, table("PR4 60 PR5 20 PR3 20")),
            "R2": "PR3",
            "R5": "PR3",
            "P3": "PR4",
        }.get(place)
        where = pick(rng, table("in 45 near 40 far 15"))
        council = geo.council(rng, where)
        return Place(place, service, self._other_post(rng, kid, council), None, council)

    def _other_post(self, rng: random.Random, kid: Kid, council: str) -> str:
        """A postcode in `council` that is not the child's home."""
        post = self.geo.postcode(rng, council)
        while post == kid.home_post:
            post = self.geo.postcode(rng, council)
        return post

    def _temporary(self, kid: Kid, rng: random.Random, episodes: list[Ep]) -> None:
        """Insert a few temporary placements (hospital, carers' holiday, short stays)."""
        index = 1
        last_t3: list[Day] = []
        while index < len(episodes) - 1 or (index == len(episodes) - 1 and len(episodes) > 1):
            ep = episodes[index]
            end = ep.end if ep.end is not None else self.years.end
            if (
                ep.at.place in ADOPTION
                or ep.at.place in TEMPORARY
                or end - ep.start < 60
                or rng.random() > 0.06
            ):
                index += 1
                continue
            kind = pick(
                rng, table("T1 30 T4 25 T2 5" + (" T3 40" if ep.at.place in FOSTER else ""))
            )
            length = {
                "T1": draw(rng, 2, 20),
                "T3": draw(rng, 3, 14),
                "T4": draw(rng, 1, 7),
                "T2": draw(rng, 3, 14),
            }[kind]
            begin = draw(rng, ep.start + 20, end - 20 - length)
            if collection_year_of(begin - 2) != collection_year_of(begin + length + 2):
                index += 1
                continue
            if kind == "T3":
                if sum(1 for d in last_t3 if begin - d < 366) >= 1:
                    index += 1
                    continue
                last_t3.append(begin)
            council = ep.at.council or self.la
            temp = Place(kind, None, self._other_post(rng, kid, council), None, council)
            after = Ep(begin + length, ep.end, "P", ep.ls, ep.cin, ep.at, ep.rec, ep.rpc)
            middle = Ep(begin, begin + length, "P", ep.ls, ep.cin, temp, "X1", None)
            ep.end, ep.rec, ep.rpc = begin, "X1", None
            episodes[index + 1 : index + 1] = [middle, after]
            index += 3

    # -- everything else about a child ----------------------------------------------------------

    def _extras(self, kid: Kid, rng: random.Random) -> None:
        y = self.years
        periods = kid.periods()
        # Previous permanence, for every period of care that starts in the loaded years.
        for period in periods:
            start = period[0].start
            if start >= y.first:
                code = pick(rng, table("Z1 86 P1 3 P2 5 P3 2 P4 4"))
                if code == "Z1":
                    kid.prev_perm[start] = ("Z1", None, None)
                elif code == "P4":
                    kid.prev_perm[start] = ("P4", "999", "ZZ/ZZ/ZZZZ")
                else:
                    first = kid.episodes[0].start
                    low = kid.dob + 200
                    if first - 60 <= low:
                        kid.prev_perm[start] = ("Z1", None, None)
                        continue
                    when = draw(rng, low, first - 60)
                    text = dmy(when) if rng.random() < 0.8 else "ZZ/" + dmy(when)[3:]
                    kid.prev_perm[start] = (code, rng.choice(self.la_numbers), text)
        # A mother: a girl of 15 or more who had her first child while in care.
        if not kid.male and not kid.uasc and rng.random() < 0.08:
            for period in periods:
                begin = max(period[0].start, birthday(kid.dob, 15))
                finish = min(period[-1].end or y.end, y.end)
                if finish - begin > 60 and rng.random() < 0.5:
                    kid.mother = draw(rng, begin + 30, finish)
                    break
        self._reviews(kid, rng, periods)
        self._social_workers(kid, rng)
        self._missing(kid, rng)
        if y.end_year >= 2027:
            self._dolo(kid, rng)

    def _reviews(self, kid: Kid, rng: random.Random, periods: list[list[Ep]]) -> None:
        """Looked-after reviews: about 20 working days, 3 months, then every 6 months."""
        for period in periods:
            if period[0].ls in ("V3", "V4"):
                continue
            start = period[0].start
            finish = period[-1].end if period[-1].end is not None else self.years.end
            day = start + (draw(rng, 8, 27) if rng.random() < 0.88 else draw(rng, 29, 60))
            step = 3
            while day <= finish and day <= self.years.end:
                if day >= self.years.first and day > start:
                    participation = (
                        "PN0" if day < birthday(kid.dob, 4) else pick(rng, REVIEW_PARTICIPATION)
                    )
                    kid.reviews.append((day, participation))
                due = add_months(day, step)
                day = due - draw(rng, 0, 25) if rng.random() < 0.85 else due + draw(rng, 3, 50)
                step = 6

    def _social_workers(self, kid: Kid, rng: random.Random) -> None:
        """Social worker episodes from before the earliest loaded year to 31 March, contiguous."""
        y = self.years
        first_care = next(
            (ep.start for ep in kid.episodes if ep.end is None or ep.end >= y.first), None
        )
        if first_care is None:
            return
        begin = min(first_care - draw(rng, 0, 200), y.first - draw(rng, 1, 400))
        begin = max(begin, kid.dob)
        reason = "FCONTA" if begin >= kid.episodes[0].start - 200 else pick(rng, SW_CHANGE_REASONS)
        worker = rng.choice(self.social_workers)
        day = begin
        while True:
            length = max(20, int(rng.expovariate(1 / 420)))
            end = day + length
            if end >= y.end - 3:
                kid.social_workers.append((worker, day, None, reason))
                return
            kid.social_workers.append((worker, day, end, reason))
            day = end + (0 if rng.random() < 0.8 else 1)
            previous, worker = worker, rng.choice(self.social_workers)
            while worker == previous:
                worker = rng.choice(self.social_workers)
            reason = pick(rng, SW_CHANGE_REASONS)

    def _missing(self, kid: Kid, rng: random.Random) -> None:
        """Missing or away-from-placement episodes, for some older children."""
        y = self.years
        if kid.episodes[0].ls in ("V3", "V4"):
            return
        for ep in kid.episodes:
            end = ep.end if ep.end is not None else y.end + 1
            if end < y.first or ep.at.place in TEMPORARY or ep.at.place in ADOPTION:
                continue
            age = age_on(kid.dob, ep.start)
            if age < 11:
                continue
            chance = 0.35 if ep.at.place in ("K2", "K3") else 0.1
            if rng.random() > chance:
                continue
            low = max(ep.start + 1, y.first)
            for _ in range(draw(rng, 1, 6)):
                if end - low < 5:
                    break
                begin = draw(rng, low, end - 2)
                finish = begin + draw(rng, 0, 3)
                if collection_year_of(finish) != collection_year_of(begin):
                    if ep.end is None and begin > y.end - 4 and finish > y.end:
                        kid.missing.append((pick(rng, table("M 80 A 20")), begin, None))
                    break
                if finish >= end:
                    break
                kid.missing.append((pick(rng, table("M 80 A 20")), begin, finish))
                low = finish + 1
        kid.missing.sort(key=lambda m: m[1])

    def _dolo(self, kid: Kid, rng: random.Random) -> None:
        """Deprivation of liberty orders (2026/27): a few children in children's homes."""
        y = self.years
        for ep in kid.episodes:
            if ep.at.place != "K2" or age_on(kid.dob, ep.start) < 10 or ep.ls in ("V3", "V4"):
                continue
            low = max(ep.start, y.start)
            high = ep.end if ep.end is not None else y.end + 1
            if high - low < 40 or rng.random() > 0.04:
                continue
            begin = low + draw(rng, 1, 14)
            if ep.end is None and rng.random() < 0.6:
                kid.dolo.append((begin, None))
            else:
                finish = min(high, y.end) - draw(rng, 1, 10)
                if finish > begin + 7:
                    kid.dolo.append((begin, finish))
            return

    # -- what each collection year says about the child -----------------------------------------

    def _per_year(self, kid: Kid, rng: random.Random) -> None:
        """Health outcomes (OC2) and care leaver (OC3) answers for both years."""
        for end_year in (self.years.end_year - 1, self.years.end_year):
            start, end = self.years.bounds(end_year)
            if continuously_looked_after(kid, start, end):
                kid.oc2[end_year] = self._oc2(kid, rng, end_year, start, end)
            elif is_care_leaver(kid, start, end):
                kid.oc3[end_year] = self._oc3(kid, rng, start, end)

    def _oc2(self, kid: Kid, rng: random.Random, end_year: int, start: Day, end: Day) -> Row:
        """SDQ_SCORE .. INTERVENTION_OFFERED for a child looked after all year."""
        age_end, age_start = age_on(kid.dob, end), age_on(kid.dob, start)
        convicted = ("1" if rng.random() < 0.03 else "0") if age_end >= 10 else None
        check = ("1" if rng.random() < 0.88 else "0") if age_end < 5 else None
        immunised = "1" if rng.random() < (0.55 if kid.uasc else 0.88) else "0"
        teeth = "1" if end_year in kid.teeth else "0"
        assessed = "1" if end_year in kid.assessed else "0"
        misuse = "1" if age_end >= 11 and rng.random() < 0.04 else "0"
        received = offered = None
        if misuse == "1":
            received = "1" if rng.random() < 0.6 else "0"
            if received == "0":
                offered = "1" if rng.random() < 0.5 else "0"
        score = reason = None
        if age_end >= 4 and age_start < 17:
            if end_year in kid.sdq:
                score = str(kid.sdq[end_year])
            elif age_start < 4 or age_end >= 17:
                reason = "SDQ1"  # under 4 or over 17 when it was due
            elif end_year in kid.refused_sdq:
                reason = "SDQ5"
            else:
                reason = pick(rng, table("SDQ2 30 SDQ3 15 SDQ4 55"))
        return [
            score,
            reason,
            convicted,
            check,
            immunised,
            teeth,
            assessed,
            misuse,
            received,
            offered,
        ]

    def _oc3(self, kid: Kid, rng: random.Random, start: Day, end: Day) -> tuple[str, str, str]:
        """IN_TOUCH, ACTIV, ACCOM for a care leaver."""
        touch = pick(rng, table("YES 88 NO 5 REFU 2 NREQ 3 RHOM 2"))
        if touch != "YES":
            return touch, "0", "0"
        activity = pick(rng, OC3_ACTIVITY)
        kind = pick(rng, OC3_ACCOMMODATION)
        if kind == "Z" and age_on(kid.dob, start) < 17 <= age_on(kid.dob, end):
            kind = "U"  # not with former foster carers around the 17th birthday (rule 3001)
        if kind == "T" and age_on(kid.dob, start) < 18:
            kind = "D"  # no foyers under 18 (rule 347)
        if kind in ("S", "X"):
            suitable = "2"
        elif kind in ("V", "W"):
            suitable = "2" if rng.random() < 0.8 else "1"
        else:
            suitable = "1" if rng.random() < 0.9 else "2"
        return "YES", activity, kind + suitable


def dob_for_birthday(day: Day, years: int) -> Day:
    """The date of birth whose `years`-th birthday is `day` (never 29 February)."""
    d = dt.date.fromordinal(day)
    if d.month == 2 and d.day == 29:
        d = d.replace(day=28)
    return dt.date(d.year - years, d.month, d.day).toordinal()


@cache
def _la_numbers() -> tuple[str, ...]:
    """DfE numbers of English councils (for UPNs and previous permanence)."""
    text = files("incare.interop.ssda903").joinpath("data/la_perm_codes.csv").read_text("utf-8")
    rows = pl.read_csv(text.encode(), infer_schema=False)
    return tuple(sorted(rows.filter(pl.col("kind") == "english_council")["code"].to_list()))


SHORT_BREAKS = frozenset({"V3", "V4"})


def year_episodes(kid: Kid, start: Day, end: Day) -> list[Ep]:
    """The child's episodes open at some time from `start` to `end`."""
    return [ep for ep in kid.episodes if ep.start <= end and (ep.end is None or ep.end >= start)]


def continuously_looked_after(kid: Kid, start: Day, end: Day) -> bool:
    """The OC2 cohort as the DfE's validation rules define it (docs/ssda903.md section 3)."""
    episodes = year_episodes(kid, start, end)
    if not episodes:
        return False
    for ep in episodes:
        dec = ep.end if ep.end is not None and ep.end <= end else None
        if ep.rne == "S" and start < ep.start <= end:
            return False
        if dec is not None and start <= dec < end and ep.rec != "X1":
            return False
        if ep.ls in SHORT_BREAKS:
            return False
    return True


def is_care_leaver(kid: Kid, start: Day, end: Day) -> bool:
    """Whether the young person is in the year's OC3 cohort (docs/ssda903.md section 4)."""
    age = age_on(kid.dob, end)
    if not 17 <= age <= 21:
        return False
    care = [ep for ep in kid.episodes if ep.ls not in SHORT_BREAKS]
    if not care:
        return False
    last = care[-1]
    if last.end is None or last.end > end or last.rec in ("E2", "E3", "E11", "E12"):
        return False
    fourteen = birthday(kid.dob, 14)
    days = sum(
        max(0, (ep.end if ep.end is not None else end) - max(ep.start, fourteen)) for ep in care
    )
    if days < 91 or last.end <= birthday(kid.dob, 16):
        return False
    return not (age <= 18 and last.end >= birthday(kid.dob, 17))


# ---------------------------------------------------------------------------------------------
# Health and social care events (the timeline JSON of docs/timeline-json.md)

PRACTICE_LETTERS = "ABCDEFGHJKLMNPY"


class Nhs:
    """ICBs of councils by date, made-up GP practices, and the events a council records."""

    def __init__(self, la: str) -> None:
        self.la = la
        self.icbs: dict[str, list[tuple[Day, Day | None, str]]] = {}
        for council, icb, start, end in council_main_icb().iter_rows():
            self.icbs.setdefault(council, []).append(
                (start.toordinal(), end.toordinal() if end is not None else None, icb)
            )
        for spans in self.icbs.values():
            spans.sort()
        self.practices: dict[str, list[str]] = {}
        self.keep_timelines = True

    def icb(self, council: str | None, day: Day) -> str | None:
        for start, end, icb in self.icbs.get(council or "", ()):
            if start <= day and (end is None or day <= end):
                return icb
        return None

    def practice(self, rng: random.Random, icb: str) -> str:
        """One of the ICB's (made-up) GP practices: a letter and five digits."""
        found = self.practices.get(icb)
        if found is None:
            seed = zlib.crc32(icb.encode())
            local = random.Random(seed)
            letter = PRACTICE_LETTERS[seed % len(PRACTICE_LETTERS)]
            found = self.practices[icb] = [
                f"{letter}{local.randrange(81000, 89999)}" for _ in range(30)
            ]
        return rng.choice(found)

    def health(self, kid: Kid, rng: random.Random, years: Years) -> None:
        """The child's records from `years.first` to 31 March; OC2 facts on `kid`."""
        first, last_day = years.first, years.end
        home_council = self.la
        home_icb = self.icb(home_council, last_day)
        events: list[tuple[Day, str, dict[str, Any]]] = []

        def add(day: Day, event: dict[str, Any]) -> None:
            if first <= day <= last_day:
                event["date"] = iso(day)
                events.append((day, event["type"], event))

        window = [ep for ep in kid.episodes if ep.end is None or ep.end >= first]
        care = [ep for ep in kid.episodes if ep.ls not in SHORT_BREAKS]
        registrations = self._registrations(kid, rng, care, first, last_day, home_icb)

        def gp_on(day: Day) -> tuple[str, str | None] | None:
            found = None
            for practice, icb, start, end in registrations:
                if start <= day and (end is None or day <= end):
                    found = (practice, icb)
            return found

        emergency: set[int] = set()
        for period in kid.periods():
            if period[0].ls in SHORT_BREAKS:
                continue
            p_start = period[0].start
            p_end = period[-1].end
            if p_end is not None and p_end < first:
                continue
            if period[0].ls in ("L1", "L2", "J1", "J2") or rng.random() < 0.35:
                emergency.add(id(period[0]))
            finish = min(p_end if p_end is not None else last_day, last_day)
            before = gp_on(p_start - 1)
            origin = before[1] if before is not None else home_icb
            places = [ep for ep in period if ep.rne != "L"]
            icb_of = {id(ep): self.icb(ep.at.council, ep.start) for ep in places}
            # Notifications: entering care, each move, leaving care.
            gp = gp_on(p_start)
            self._notify(rng, add, "enter", p_start, [origin, icb_of[id(places[0])], gp])
            for previous, ep in pairwise(places):
                gp = gp_on(ep.start)
                recipients = [origin, icb_of[id(ep)], icb_of[id(previous)], gp]
                self._notify(rng, add, "move", ep.start, recipients)
            if p_end is not None:
                gp = gp_on(p_end)
                self._notify(rng, add, "cease", p_end, [origin, icb_of[id(places[-1])], gp])
            age_in = age_on(kid.dob, p_start)
            # Initial health assessment and care plan.
            assessed: Day | None = None
            if p_start >= first:
                roll = rng.random()
                if roll < 0.03 and age_in >= 12:
                    assessed = p_start + draw(rng, 5, 20)
                    add(assessed, {"type": "refusal", "duty": "IHA"})
                elif roll < 0.53:
                    assessed = p_start + draw(rng, 5, 26)
                elif roll < 0.91:
                    assessed = p_start + draw(rng, 29, 110)
                if assessed is not None and assessed <= finish and roll >= 0.03:
                    add(assessed, {"type": "health_assessment", "kind": "IHA"})
                    kid.assessed.add(collection_year_of(assessed))
                roll = rng.random()
                if roll < 0.9:
                    add(p_start + draw(rng, 0, 12), {"type": "care_plan"})
                elif roll < 0.97:
                    add(p_start + draw(rng, 16, 60), {"type": "care_plan"})
            else:
                assessed = first - draw(rng, 0, 300)
            # Review health assessments: 6-monthly under 5, then yearly.
            previous_day = assessed
            while previous_day is not None:
                months = 6 if age_on(kid.dob, previous_day) < 5 else 12
                due = add_months(previous_day, months)
                if due >= birthday(kid.dob, 18):
                    break
                roll = rng.random()
                if roll < 0.04:
                    break
                if roll < 0.08 and age_on(kid.dob, due) >= 12:
                    day = due - draw(rng, 0, 20)
                    if day > finish:
                        break
                    add(day, {"type": "refusal", "duty": "RHA"})
                else:
                    day = due - draw(rng, 0, 45) if roll < 0.86 else due + draw(rng, 1, 100)
                    if day > finish:
                        break
                    add(day, {"type": "health_assessment", "kind": "RHA"})
                    if day >= first:
                        kid.assessed.add(collection_year_of(day))
                previous_day = day
            # Reviews (the same as the 903's Reviews table).
            for day, _ in kid.reviews:
                if p_start < day <= finish:
                    add(day, {"type": "review"})
            # Social worker visits, placement by placement.
            for index, ep in enumerate(places):
                ends = places[index + 1].start if index + 1 < len(places) else finish + 1
                self._visits(rng, add, ep, ends, first)
            # SDQ (ages 4 to 16) and dental checks, yearly.
            self._yearly(kid, rng, add, p_start, finish, first)
            # Health summary for a young person in care at 17 and a half.
            half = add_months(birthday(kid.dob, 17), 6)
            if p_start <= half <= finish and rng.random() < 0.8:
                day = half + draw(rng, 0, 150)
                if day < birthday(kid.dob, 18):
                    add(day, {"type": "health_summary"})
        if not self.keep_timelines:
            return
        kid.timeline = {
            "home_icb": self.icb(home_council, window[0].start if window else last_day),
            "episodes": [
                {
                    "start": iso(ep.start),
                    "rne": ep.rne,
                    "legal_status": ep.ls,
                    "placement": ep.at.place,
                    "icb": self.icb(ep.at.council, ep.start),
                    "emergency": id(ep) in emergency,
                    "long_term": ep.at.place in LONG_TERM,
                    "end": iso(ep.end) if ep.end is not None and ep.end <= last_day else None,
                    "rec": ep.rec if ep.end is not None and ep.end <= last_day else None,
                }
                for ep in (window or kid.episodes[-1:])
            ],
            "gp_registrations": [
                {
                    "practice": practice,
                    "icb": icb,
                    "from": iso(start),
                    "to": iso(end) if end is not None else None,
                }
                for practice, icb, start, end in registrations
            ],
            "events": [event for _, _, event in sorted(events, key=lambda e: (e[0], e[1]))],
        }

    def _registrations(
        self,
        kid: Kid,
        rng: random.Random,
        care: list[Ep],
        first: Day,
        last_day: Day,
        home_icb: str | None,
    ) -> list[tuple[str, str | None, Day, Day | None]]:
        """GP registrations: at home, then near each long placement in another ICB's area."""
        registrations: list[list[Any]] = []

        def register(icb: str | None, day: Day) -> None:
            if icb is None or day > last_day:
                return
            if registrations:
                current = registrations[-1]
                if current[1] == icb or day <= current[2]:
                    return
                current[3] = day - 1
            registrations.append([self.practice(rng, icb), icb, day, None])

        if not kid.uasc:
            register(home_icb, kid.dob + draw(rng, 14, 60))
        places = [ep for ep in care if ep.rne != "L" and ep.at.place not in TEMPORARY]
        for index, ep in enumerate(places):
            ends = places[index + 1].start if index + 1 < len(places) else None
            end = ep.end if ends is None else ends
            stay = (end if end is not None else last_day + 365) - ep.start
            icb = self.icb(ep.at.council, ep.start)
            if stay >= 45 or (kid.uasc and not registrations):
                register(icb, ep.start + draw(rng, 5, min(35, max(5, stay - 5))))
            if ep.end is not None and ep.rec != "X1" and not kid.uasc:
                register(home_icb, ep.end + draw(rng, 5, 40))
        keep_from = min(
            (ep.start for ep in care if ep.end is None or ep.end >= first), default=first
        )
        return [
            (r[0], r[1], r[2], r[3]) for r in registrations if r[3] is None or r[3] >= keep_from - 1
        ]

    def _notify(
        self,
        rng: random.Random,
        add: Callable[[Day, dict[str, Any]], None],
        trigger: str,
        day: Day,
        recipients: Sequence[str | tuple[str, str | None] | None],
    ) -> None:
        seen: list[str] = []
        for recipient in recipients:
            code = recipient[0] if isinstance(recipient, tuple) else recipient
            if code is not None and code not in seen:
                seen.append(code)
        for code in seen:
            roll = rng.random()
            if roll < 0.05:
                continue
            sent = day + (draw(rng, 0, 6) if roll < 0.9 else draw(rng, 8, 45))
            event = {"type": "notification", "trigger": trigger, "trigger_date": iso(day)}
            event["recipient"] = code
            add(sent, event)

    def _visits(
        self,
        rng: random.Random,
        add: Callable[[Day, dict[str, Any]], None],
        ep: Ep,
        ends: Day,
        first: Day,
    ) -> None:
        start = ep.start
        year_on = add_months(start, 12)
        day = start + (draw(rng, 1, 7) if rng.random() < 0.88 else draw(rng, 8, 20))
        if day < first - 120:
            day = first - draw(rng, 0, 90)
        while day < ends:
            add(day, {"type": "visit"})
            interval = 42 if day < year_on or ep.at.place not in LONG_TERM else 91
            day += draw(rng, 21, interval) if rng.random() < 0.86 else interval + draw(rng, 1, 30)

    def _yearly(
        self,
        kid: Kid,
        rng: random.Random,
        add: Callable[[Day, dict[str, Any]], None],
        start: Day,
        finish: Day,
        first: Day,
    ) -> None:
        four, seventeen = birthday(kid.dob, 4), birthday(kid.dob, 17)
        due = max(add_months(start, 12), four)
        if due < first:
            due = first + draw(rng, 0, 330)
        while due <= finish and due < seventeen:
            roll = rng.random()
            if roll < 0.75:
                day = due - draw(rng, 0, 40)
            elif roll < 0.88:
                day = due + draw(rng, 1, 90)
            elif roll < 0.92 and age_on(kid.dob, due) >= 11:
                day = due - draw(rng, 0, 20)
                add(day, {"type": "refusal", "duty": "SDQ"})
                kid.refused_sdq.add(collection_year_of(day))
                due = add_months(day, 12)
                continue
            else:
                due = add_months(due, 12)
                continue
            if day > finish or day >= seventeen:
                break
            score = min(40, max(0, round(rng.gauss(13.6, 7.0))))
            add(day, {"type": "sdq", "score": score})
            if day >= first:
                kid.sdq[collection_year_of(day)] = score
            due = add_months(day, 12)
        due = add_months(start, 12) if start >= first else first + draw(rng, 0, 330)
        while due <= finish:
            roll = rng.random()
            if roll < 0.78:
                day = due - draw(rng, 0, 60)
            elif roll < 0.9:
                day = due + draw(rng, 1, 90)
            elif roll < 0.93 and age_on(kid.dob, due) >= 12:
                day = due - draw(rng, 0, 20)
                add(day, {"type": "refusal", "duty": "DENTAL"})
                due = add_months(day, 12)
                continue
            else:
                due = add_months(due, 12)
                continue
            if day > finish:
                break
            add(day, {"type": "dental_check"})
            if day >= first:
                kid.teeth.add(collection_year_of(day))
            due = add_months(day, 12)


# ---------------------------------------------------------------------------------------------
# The tables of each year


class YearRows:
    """The rows (text, None for blank) of one collection year's tables, child by child."""

    def __init__(self, end_year: int, years: Years) -> None:
        self.end_year = end_year
        self.start, self.end = years.bounds(end_year)
        self.rows: dict[str, list[Row]] = {
            name: [] for name, spec in TABLES.items() if spec.in_year(end_year)
        }
        self.old_sexes = end_year <= 2024
        self.school_age_on = day_of(end_year - 2, 8, 31)
        # Where each child's rows are, for the mistakes of `inject_errors`.
        self.where: dict[str, dict[str, list[int]]] = {}

    def add(self, kid: Kid) -> bool:
        """Add the child's rows for the year; whether the child is in the year's Header."""
        start, end = self.start, self.end
        episodes = year_episodes(kid, start, end)
        oc3 = kid.oc3.get(self.end_year)
        if not episodes and oc3 is None:
            return False
        rows = self.rows
        where: dict[str, list[int]] = {}

        def put(table: str, row: Row) -> None:
            found = rows[table]
            where.setdefault(table, []).append(len(found))
            found.append(row)

        male, female = SEXES[self.old_sexes]
        sex = male if kid.male else female
        dob = dmy(kid.dob)
        care = [ep for ep in episodes if ep.ls not in SHORT_BREAKS]
        upn = kid.no_upn or (kid.upn if birthday(kid.dob, 4) <= self.school_age_on else "UN1")
        mother = birth = None
        if not kid.male and care:
            is_mother = kid.mother is not None and kid.mother <= end
            mother = "1" if is_mother else "0"
            birth = dmy(kid.mother) if is_mother and kid.mother is not None else None
        put("Header", [kid.id, sex, dob, kid.ethnic, upn, mother, birth])
        for ep in episodes:
            ended = ep.end is not None and ep.end <= end
            short = ep.ls in SHORT_BREAKS
            put(
                "Episodes",
                [
                    kid.id, dmy(ep.start), ep.rne, ep.ls, ep.cin, ep.at.place, ep.at.provider,
                    dmy(ep.end) if ended and ep.end is not None else None,
                    ep.rec if ended else None, ep.rpc if ended else None,
                    None if short else kid.home_post, ep.at.post, ep.at.urn,
                ],
            )  # fmt: skip
        for day, code in kid.reviews:
            if start <= day <= end:
                put("Reviews", [kid.id, dob, dmy(day), code])
        if kid.uasc and episodes:
            put("UASC", [kid.id, sex, dob, dmy(birthday(kid.dob, 18))])
        if self.end_year in kid.oc2:
            put("OC2", [kid.id, dob, *kid.oc2[self.end_year]])
        if oc3 is not None:
            put("OC3", [kid.id, dob, *oc3])
        adopted = any(
            ep.rec in ("E11", "E12") and ep.end is not None and start <= ep.end <= end
            for ep in episodes
        )
        if adopted and kid.adoption is not None:
            decided = next((d.placed for d in kid.decisions if d.ceased is None), None)
            a = kid.adoption
            put(
                "AD1",
                [
                    kid.id, dob, dmy(decided) if decided is not None else None, dmy(a.date_match),
                    a.foster_care, a.number, a.sexes, a.status,
                ],
            )  # fmt: skip
        for began, (code, council, when) in kid.prev_perm.items():
            if start <= began <= end:
                put("PrevPerm", [kid.id, dob, code, council, when])
                break
        if care:
            for decision in kid.decisions:
                if decision.placed > end or (
                    decision.ceased is not None and decision.ceased < start
                ):
                    continue
                ceased = decision.ceased is not None and decision.ceased <= end
                put(
                    "PlacedAdoption",
                    [
                        kid.id, dob, dmy(decision.placed),
                        dmy(decision.ceased) if ceased and decision.ceased is not None else None,
                        decision.reason if ceased else None,
                    ],
                )  # fmt: skip
            for kind, began, finished in kid.missing:
                if start <= began <= end:
                    closed = finished is not None and finished <= end
                    put(
                        "Missing",
                        [
                            kid.id,
                            dob,
                            kind,
                            dmy(began),
                            dmy(finished) if closed and finished else None,
                        ],
                    )
            if "SWEpisodes" in rows:
                for worker, began, finished, reason in kid.social_workers:
                    if began <= end and (finished is None or finished >= start):
                        closed = finished is not None and finished <= end
                        put(
                            "SWEpisodes",
                            [
                                kid.id, dob, worker, dmy(began),
                                dmy(finished) if closed and finished is not None else None,
                                reason,
                            ],
                        )  # fmt: skip
            if "DoLo" in rows:
                for began, finished in kid.dolo:
                    if start <= began <= end:
                        closed = finished is not None and finished <= end
                        put(
                            "DoLo",
                            [
                                kid.id,
                                dob,
                                dmy(began),
                                dmy(finished) if closed and finished else None,
                            ],
                        )
        self.where[kid.id] = where
        return True

    def frames(self) -> dict[str, pl.DataFrame]:
        out = {}
        for name, rows in self.rows.items():
            columns = TABLES[name].columns
            schema = dict.fromkeys(columns, pl.String())
            out[name] = pl.DataFrame(rows, schema=schema, orient="row")
        return out


def in_header(kid: Kid, years: Years, end_year: int) -> bool:
    start, end = years.bounds(end_year)
    return bool(year_episodes(kid, start, end)) or end_year in kid.oc3


# ---------------------------------------------------------------------------------------------
# Realistic mistakes


def _column(table: str, name: str) -> int:
    return TABLES[table].columns.index(name)


def _shift_text(text: str, days: int) -> str:
    day, month, year = (int(part) for part in text.split("/"))
    return dmy(dt.date(year, month, day).toordinal() + days)


def inject_errors(year_rows: YearRows, rng: random.Random, rate: float) -> int:
    """Give `rate` of the year's children one realistic mistake each; how many were given."""
    if rate <= 0:
        return 0
    rows = year_rows.rows
    modern = not year_rows.old_sexes
    given = 0
    for where in year_rows.where.values():
        if rng.random() >= rate:
            continue
        kinds = list(MISTAKES)
        rng.shuffle(kinds)
        for kind in kinds:
            if MISTAKES[kind](rows, where, rng, modern):
                given += 1
                break
    return given


def _pick_row(
    rows: dict[str, list[Row]],
    where: dict[str, list[int]],
    table: str,
    rng: random.Random,
    need: Callable[[Row], bool] = lambda row: True,
) -> Row | None:
    found = [rows[table][i] for i in where.get(table, ()) if need(rows[table][i])]
    return rng.choice(found) if found else None


def _set(
    table: str,
    column: str,
    value: Callable[[Row, random.Random], str | None],
    need: Callable[[Row], bool] = lambda row: True,
) -> Callable[[dict[str, list[Row]], dict[str, list[int]], random.Random, bool], bool]:
    index = _column(table, column)

    def mistake(
        rows: dict[str, list[Row]], where: dict[str, list[int]], rng: random.Random, modern: bool
    ) -> bool:
        row = _pick_row(rows, where, table, rng, need)
        if row is None:
            return False
        row[index] = value(row, rng)
        return True

    return mistake


def _overlap(
    rows: dict[str, list[Row]], where: dict[str, list[int]], rng: random.Random, modern: bool
) -> bool:
    """A new episode recorded as starting before the previous one ended."""
    mine = where.get("Episodes", [])
    if len(mine) < 2:
        return False
    decom = _column("Episodes", "DECOM")
    row = rows["Episodes"][rng.choice(mine[1:])]
    text = row[decom]
    if text is None:
        return False
    row[decom] = _shift_text(text, -draw(rng, 3, 20))
    return True


def _duplicate_header(
    rows: dict[str, list[Row]], where: dict[str, list[int]], rng: random.Random, modern: bool
) -> bool:
    mine = where.get("Header", [])
    if not mine:
        return False
    rows["Header"].insert(mine[0] + 1, list(rows["Header"][mine[0]]))
    for table_where in (where,):
        table_where["Header"] = [mine[0]]
    return True


def _ended(row: Row) -> bool:
    return row[_column("Episodes", "DEC")] is not None


def _old_sex(row: Row, rng: random.Random) -> str:
    return "1" if row[1] == "M" else "2"


MISTAKES: dict[
    str, Callable[[dict[str, list[Row]], dict[str, list[int]], random.Random, bool], bool]
] = {
    "Welsh legal status": _set("Episodes", "LS", lambda r, g: g.choice(["V1", "W1"])),
    "invalid placement type": _set("Episodes", "PLACE", lambda r, g: g.choice(["R4", "H1", "Z"])),
    "ethnicity mistyped": _set("Header", "ETHNIC", lambda r, g: g.choice(["WBR", "BLACK", None])),
    "impossible end date": _set(
        "Episodes", "DEC", lambda r, g: f"{g.choice([30, 31])}/02/{(r[7] or '')[-4:]}", _ended
    ),
    "end before start": _set(
        "Episodes", "DEC", lambda r, g: _shift_text(r[1] or "", -g.randint(5, 60)), _ended
    ),
    "no category of need": _set("Episodes", "CIN", lambda r, g: None),
    "no placement provider": _set(
        "Episodes", "PLACE_PROVIDER", lambda r, g: None, lambda r: r[6] is not None
    ),
    "overlapping episodes": _overlap,
    "no mother status": _set("Header", "MOTHER", lambda r, g: None, lambda r: r[5] is not None),
    "participation code for the wrong age": _set(
        "Reviews", "REVIEW_CODE", lambda r, g: "PN1" if r[3] == "PN0" else "PN0"
    ),
    "UPN mistyped": _set(
        "Header", "UPN", lambda r, g: (r[4] or "")[:-1], lambda r: len(r[4] or "") == 13
    ),
    "no reason for placement change": _set(
        "Episodes", "REASON_PLACE_CHANGE", lambda r, g: None, lambda r: r[9] is not None
    ),
    "placement postcode mistyped": _set(
        "Episodes", "PL_POST", lambda r, g: (r[11] or "")[:-1], lambda r: r[11] is not None
    ),
    "immunisations left blank": _set("OC2", "IMMUNISATIONS", lambda r, g: None),
    "date of birth mistyped": _set(
        "Header", "DOB", lambda r, g: _shift_text(r[2] or "", g.choice([-365, 365, 30]))
    ),
    "reason ceased without a date": _set("Episodes", "DEC", lambda r, g: None, _ended),
    "duplicate header row": _duplicate_header,
    "old sex code": _set("Header", "SEX", _old_sex, lambda r: r[1] in ("M", "F")),
    "no URN": _set("Episodes", "URN", lambda r, g: None, lambda r: r[12] is not None),
    "ISO date": _set(
        "Episodes",
        "DECOM",
        lambda r, g: dt.datetime.strptime(r[1] or "", "%d/%m/%Y").date().isoformat(),
        lambda r: r[1] is not None,
    ),
    "review date in the future": _set(
        "Reviews", "REVIEW", lambda r, g: _shift_text(r[2] or "", 400)
    ),
}


# ---------------------------------------------------------------------------------------------
# The public interface


@dataclass(frozen=True, slots=True)
class SyntheticExtract:
    """The two years' tables (all text, as in the files), ready to write."""

    la: str
    year: CollectionYear
    tables: dict[int, dict[str, pl.DataFrame]]  # end year -> table -> frame
    children: int  # in the collection year's Header
    mistakes: int  # children given a mistake

    def write(self, out: Path) -> list[Path]:
        """Write `out/<year>/` and `out/<year - 1>/`: one CSV file per table."""
        written = []
        for end_year, tables in sorted(self.tables.items()):
            folder = out / str(end_year)
            folder.mkdir(parents=True, exist_ok=True)
            for name, frame in tables.items():
                path = folder / CSV_NAMES[name]
                frame.write_csv(path, line_terminator="\n", null_value="")
                written.append(path)
        return written


def timeline_writer(folder: Path) -> TimelineSink:
    """A sink for `generate` that writes `folder/<CHILD>.json`."""
    folder.mkdir(parents=True, exist_ok=True)

    def write(child: str, timeline: dict[str, Any]) -> None:
        text = json.dumps(timeline, indent=2, ensure_ascii=False) + "\n"
        (folder / f"{child}.json").write_bytes(text.encode("utf-8"))

    return write


def generate(
    children: int,
    *,
    la: str,
    year: int,
    seed: int,
    error_rate: float = 0.0,
    timelines: TimelineSink | None = None,
    postcodes: pl.DataFrame | None = None,
) -> SyntheticExtract:
    """A council's synthetic extract for `year` and the year before, and its timelines.

    `children` is the number of children in the collection year's Header (looked after during
    the year, or care leavers); the previous year also holds the children who left care then.
    Each child's timeline (history from the previous year's 1 April) goes to `timelines`.
    """
    if children < 1:
        raise ValueError("the number of children must be at least 1")
    if not 0.0 <= error_rate <= 1.0:
        raise ValueError("the error rate must be between 0 and 1")
    collection = CollectionYear.supported(year)
    CollectionYear.supported(year - 1)  # the previous year is generated too
    years = Years(year)
    master = random.Random(seed)
    geo = Geography(la, postcodes if postcodes is not None else bundled_sample())
    builder = Builder(la, years, geo, random.Random(master.getrandbits(64)), children)
    builder.nhs.keep_timelines = timelines is not None
    extra = round(children * PREVIOUS_ONLY_SHARE)
    ids = [str(n) for n in sorted(master.sample(range(1_000_000, 10_000_000), children + extra))]
    previous_only = set(master.sample(range(len(ids)), extra))
    this_year, last_year = YearRows(year, years), YearRows(year - 1, years)
    for index, child_id in enumerate(ids):
        rng = random.Random(master.getrandbits(64))
        kid = _draw(builder, years, child_id, rng, index in previous_only)
        this_year.add(kid)
        last_year.add(kid)
        if timelines is not None:
            timelines(child_id, timeline_of(kid, years))
    mistakes = inject_errors(this_year, random.Random(master.getrandbits(64)), error_rate)
    return SyntheticExtract(
        la=la,
        year=collection,
        tables={year - 1: last_year.frames(), year: this_year.frames()},
        children=children,
        mistakes=mistakes,
    )


def _draw(builder: Builder, years: Years, child_id: str, rng: random.Random, previous: bool) -> Kid:
    """A child of a category drawn from the national mix, that fits the years."""
    category = "previous" if previous else pick(rng, CATEGORIES)
    for attempt in range(200):
        if attempt == 100 and not previous:
            category = "stay"
        kid = builder.kid(child_id, rng, category)
        if kid is None:
            continue
        now, before = (
            in_header(kid, years, years.end_year),
            in_header(kid, years, years.end_year - 1),
        )
        if (previous and before and not now) or (not previous and now):
            return kid
    raise RuntimeError(f"could not draw a {category} child")  # pragma: no cover


def timeline_of(kid: Kid, years: Years) -> dict[str, Any]:
    """The child's timeline JSON object (docs/timeline-json.md)."""
    body = kid.timeline or {}
    return {
        "child": {
            "id": kid.id,
            "dob": iso(kid.dob),
            "sex": "M" if kid.male else "F",
            "uasc": kid.uasc,
        },
        "home_icb": body.get("home_icb"),
        "history_from": iso(years.first),
        "episodes": body.get("episodes", []),
        "gp_registrations": body.get("gp_registrations", []),
        "events": body.get("events", []),
    }
