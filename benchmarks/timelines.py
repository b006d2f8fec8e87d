"""Seeded synthetic child timelines for benchmarking the duties engine.

`generate(n, seed)` yields `n` realistic `Timeline` objects, built directly as the domain's
dataclasses (no JSON), for children aged 0-17 on `AS_AT`. The shape follows the looked-after
population of England (ages skewed older, most children with one to three episodes, some with
two periods of care, a few short-break periods, a third placed outside their home ICB) and a
few years of events per child (typically 30-80): notifications, health assessments, reviews,
social-worker visits, care plans, SDQs, dental checks and some refusals, most on time, some
late, some missing.

Pure Python and deterministic: the same `n` and `seed` always give the same timelines. Dates
are handled as ordinals (ints) and turned into `datetime.date` objects only when an event is
built, one object per field, as a JSON loader would create them (no sharing of date objects,
so that memory figures are honest).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from itertools import pairwise
from operator import attrgetter

from incare.domain.timeline import (
    CarePlan,
    Child,
    DentalCheck,
    Episode,
    Event,
    GpRegistration,
    HealthAssessment,
    HealthSummary,
    Notification,
    Refusal,
    Review,
    Sdq,
    Timeline,
    Trigger,
    Visit,
)

AS_AT = dt.date(2026, 11, 23)
_AS_AT = AS_AT.toordinal()
_FIRST_ENTRY = dt.date(2019, 1, 1).toordinal()
_YEAR = 365.2425
_date = dt.date.fromordinal

ICBS = ("QKS", "QXU", "QNQ", "QHG", "QRV", "QT6", "QOQ", "QWO")
# GP practice codes look like ODS practice codes (a letter and five digits), by ICB.
_PRACTICE_LETTER = dict(zip(ICBS, "GHKJFEBC", strict=True))
_OTHER_ICBS = {icb: tuple(other for other in ICBS if other != icb) for icb in ICBS}

# Age on AS_AT: (cumulative probability, youngest, oldest), as in England's looked-after
# population (about 5% under 1, 15% aged 1-4, 20% 5-9, 40% 10-15, 20% 16-17).
_AGE_BANDS = ((0.05, 0, 0), (0.20, 1, 4), (0.40, 5, 9), (0.80, 10, 15), (1.00, 16, 17))
# Number of episodes: most children have one to three.
_EPISODE_COUNTS = (1, 2, 3, 4, 5, 6)
_EPISODE_WEIGHTS = (30, 28, 18, 11, 7, 6)
# SSDA903 legal statuses (C1 interim care order, C2 full care order, V2 section 20,
# E1 placement order, J2 remanded, L2 emergency protection order).
_LEGAL = ("C2", "C1", "V2", "E1", "J2", "L2")
_LEGAL_WEIGHTS = (42, 18, 28, 7, 2, 3)
# SSDA903 placement types: U1-U6 foster placements (U1/U4 long-term), K2 children's home,
# R1 residential care home, P1 placed with own parents.
_PLACEMENTS_YOUNG = ("U1", "U2", "U3", "U4", "U5", "U6", "P1", "R1")
_PLACEMENTS_YOUNG_WEIGHTS = (12, 5, 30, 8, 3, 30, 10, 2)
_PLACEMENTS_TEEN = ("U1", "U2", "U3", "U4", "U5", "U6", "K2", "P1", "R1")
_PLACEMENTS_TEEN_WEIGHTS = (8, 4, 22, 6, 2, 22, 26, 5, 5)
# Reasons for a new episode within a period: P placement change, L legal status change only,
# T both, B placement change with a short-term move.
_NEXT_RNE = ("P", "L", "T", "B")
_NEXT_RNE_WEIGHTS = (65, 20, 10, 5)
# Reasons a period ended: E4A returned home, E11 adopted, E13 left care to live with parents,
# E41 residence/child arrangements order, E45 special guardianship order.
_CEASE_REC = ("E4A", "E11", "E13", "E41", "E45")
_CEASE_REC_WEIGHTS = (40, 15, 20, 10, 15)
# A first period that ended before a second one (a return to care).
_RETURN_REC = ("E4A", "E11", "E13")
_RETURN_REC_WEIGHTS = (70, 5, 25)


# A placement: (start, stop, placement ICB, long-term), as ordinals; a GP registration:
# (practice, ICB, from, to).
_Placement = tuple[int, int, str, bool]
_Registration = tuple[str, str, int, int | None]
_LONG_TERM_TYPES = ("U1", "U4")


class _Builder:
    """One generator's random source and the rules that turn draws into a timeline."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.rnd = self.rng.random
        self.choices = self.rng.choices

    def between(self, lo: int, hi: int) -> int:
        """A uniform integer in [lo, hi] (faster than Random.randint)."""
        return lo + int(self.rnd() * (hi - lo + 1))

    def pick(self, items: tuple[str, ...], weights: tuple[int, ...]) -> str:
        return self.choices(items, weights)[0]

    def child(self, index: int) -> Timeline:
        rnd = self.rnd
        between = self.between
        r = rnd()
        youngest, oldest = next((lo, hi) for top, lo, hi in _AGE_BANDS if r < top)
        years = between(youngest, oldest)
        dob = _AS_AT - 1 - int((years + rnd() * 0.995) * _YEAR)
        home = ICBS[int(rnd() * len(ICBS))]

        # About a third of children are placed outside their home ICB.
        away = rnd() < 1 / 3

        # First entry into care: between 2019 and shortly before AS_AT, not before birth,
        # somewhat more often in the earlier years (children who stay accumulate).
        hi = _AS_AT - 3
        lo = min(max(_FIRST_ENTRY, dob + 1), hi)
        entry = lo + int((hi - lo) * rnd() ** 1.25)

        # Periods of care: (start, end or None, episodes, reason the period ended).
        total = self.choices(_EPISODE_COUNTS, _EPISODE_WEIGHTS)[0]
        short_break = rnd() < 0.03
        plan: list[tuple[int, int | None, int, str | None]] = []
        if short_break:
            plan.append((entry, None, min(total, 2), None))
        elif total >= 2 and hi - entry > 500 and rnd() < 0.14:
            # A return to care: the first period ended, a new "S" episode starts the second.
            first_end = entry + between(60, min(900, (hi - entry) // 2))
            second = min(first_end + between(30, 365), hi - 1)
            first_count = between(1, total - 1)
            returned = self.pick(_RETURN_REC, _RETURN_REC_WEIGHTS)
            plan.append((entry, first_end, first_count, returned))
            plan.append((second, self._final_end(second, years), total - first_count, None))
        else:
            plan.append((entry, self._final_end(entry, years), total, None))

        episodes: list[Episode] = []
        periods: list[tuple[int, int | None, list[_Placement]]] = []
        for start, end, count, rec in plan:
            placements = self._episodes(
                episodes, start, end, count, rec, dob, home, away, short_break
            )
            periods.append((start, end, placements))

        # GP registrations: 90% have one; 10% of those re-register where they are placed.
        registrations: list[_Registration] = []
        if rnd() < 0.90:
            registered = dob + between(10, 60)
            practice = self._practice(home)
            registrations.append((practice, home, registered, None))
            if rnd() < 0.10:
                all_placements = [p for _s, _e, ps in periods for p in ps]
                elsewhere = [p for p in all_placements if p[2] != home] or all_placements
                p_start, _p_stop, p_icb, _lt = elsewhere[0]
                moved = min(p_start + between(20, 150), _AS_AT - 1)
                if moved > registered:
                    registrations[0] = (practice, home, registered, moved - 1)
                    registrations.append((self._practice(p_icb), p_icb, moved, None))

        events: list[Event] = []
        for start, end, placements in periods:
            if short_break:
                self._reviews(events, start, end, short_break=True)
            else:
                self._period_events(events, start, end, placements, dob, home, registrations)
        last_end = periods[-1][1]
        # A care leaver's health summary, once 17 and a half.
        seventeen_half = dob + int(17.5 * _YEAR)
        if seventeen_half <= _AS_AT and last_end is None and rnd() < 0.4:
            events.append(HealthSummary(_date(min(seventeen_half + between(0, 120), _AS_AT))))
        # A few reviews or visits recorded after care ended (the engine warns about them).
        if last_end is not None and last_end < _AS_AT - 10 and rnd() < 0.05:
            day = _date(between(last_end + 1, _AS_AT))
            events.append(Review(day) if rnd() < 0.5 else Visit(day))
        events.sort(key=_by_date)

        return Timeline(
            child=Child(
                id=f"C{index:07d}",
                dob=_date(dob),
                sex="M" if rnd() < 0.56 else "F",
                uasc=years >= 14 and rnd() < 0.25,
            ),
            episodes=tuple(episodes),
            gp_registrations=tuple(
                GpRegistration(
                    practice=practice,
                    icb=icb,
                    start=_date(start),
                    end=None if end is None else _date(end),
                )
                for practice, icb, start, end in registrations
            ),
            events=tuple(events),
            home_icb=home,
        )

    def _final_end(self, start: int, years: int) -> int | None:
        """The end of a child's last period: about a fifth of under-16s left care."""
        if years < 16 and _AS_AT - start > 60 and self.rnd() < 0.20:
            return self.between(start + 30, _AS_AT - 1)
        return None

    def _practice(self, icb: str) -> str:
        return f"{_PRACTICE_LETTER[icb]}{self.between(81001, 88999)}"

    def _episodes(
        self,
        episodes: list[Episode],
        start: int,
        end: int | None,
        count: int,
        rec: str | None,
        dob: int,
        home: str,
        away: bool,
        short_break: bool,
    ) -> list[_Placement]:
        """Append one period's episodes; return its placements."""
        rnd = self.rnd
        stop = _AS_AT if end is None else end
        count = max(1, min(count, (stop - start) // 14))
        cuts = sorted(self.rng.sample(range(start + 1, stop), count - 1)) if count > 1 else []
        bounds = [start, *cuts, stop]
        legal = "V3" if short_break else self.pick(_LEGAL, _LEGAL_WEIGHTS)
        placement = ""
        icb = home
        long_term = False
        starts: list[tuple[int, str, bool]] = []
        for i in range(count):
            e_start = bounds[i]
            rne = "S" if i == 0 else self.pick(_NEXT_RNE, _NEXT_RNE_WEIGHTS)
            if rne in ("L", "T") and not short_break:
                # An interim order usually becomes a full care order.
                legal = "C2" if legal == "C1" or rnd() < 0.5 else self.pick(_LEGAL, _LEGAL_WEIGHTS)
            if rne != "L":
                if short_break:
                    placement = "U6" if rnd() < 0.6 else "K2"
                elif (e_start - dob) / _YEAR >= 11:
                    placement = self.pick(_PLACEMENTS_TEEN, _PLACEMENTS_TEEN_WEIGHTS)
                else:
                    placement = self.pick(_PLACEMENTS_YOUNG, _PLACEMENTS_YOUNG_WEIGHTS)
                if away and rnd() < 0.8:
                    icb = _OTHER_ICBS[home][int(rnd() * (len(ICBS) - 1))]
                else:
                    icb = home
                long_term = placement in ("U3", "U6") and rnd() < 0.05
                starts.append((e_start, icb, long_term or placement in _LONG_TERM_TYPES))
            last = i == count - 1
            if not last:
                e_end: dt.date | None = _date(bounds[i + 1])
                e_rec: str | None = "X1"
            elif end is not None:
                e_end = _date(end)
                e_rec = rec or self.pick(_CEASE_REC, _CEASE_REC_WEIGHTS)
            else:
                e_end = e_rec = None
            episodes.append(
                Episode(
                    start=_date(e_start),
                    rne=rne,
                    legal_status=legal,
                    placement=placement,
                    icb=icb,
                    emergency=rnd() < (0.4 if i == 0 else 0.15),
                    long_term=long_term,
                    end=e_end,
                    rec=e_rec,
                )
            )
        return [
            (p_start, starts[j + 1][0] if j + 1 < len(starts) else stop, p_icb, p_long)
            for j, (p_start, p_icb, p_long) in enumerate(starts)
        ]

    def _reviews(self, events: list[Event], start: int, end: int | None, short_break: bool) -> None:
        """Reviews at about 20 working days, 3 months later, then 6-monthly (short breaks:
        3 months, then 6-monthly); a few missed."""
        between = self.between
        until = _AS_AT if end is None else end
        day = start + (between(80, 100) if short_break else between(10, 33))
        gap = (160, 190) if short_break else (75, 95)
        while day <= until:
            if self.rnd() < 0.97:
                events.append(Review(_date(day)))
            day += between(*gap)
            gap = (160, 190)

    def _period_events(
        self,
        events: list[Event],
        start: int,
        end: int | None,
        placements: list[_Placement],
        dob: int,
        home: str,
        registrations: list[_Registration],
    ) -> None:
        rnd = self.rnd
        between = self.between
        append = events.append
        until = _AS_AT if end is None else end

        self._reviews(events, start, end, short_break=False)

        # Notifications on entry, at each move and on leaving care.
        originating = _core_icb(registrations, home, start - 1)
        self._notify(events, "enter", start, (originating, placements[0][2]), registrations)
        for previous, placement in pairwise(placements):
            recipients = (originating, placement[2], previous[2])
            self._notify(events, "move", placement[0], recipients, registrations)
        if end is not None:
            self._notify(events, "cease", end, (originating, placements[-1][2]), registrations)

        # Visits per placement.
        for p_start, p_stop, _icb, long_term in placements:
            self._visits(events, p_start, p_stop, long_term)

        # Care plan within 10 working days (or prepared before entry), updated at times.
        r = rnd()
        if r < 0.85:
            append(CarePlan(_date(min(start + between(-20, 12), until))))
        elif r < 0.93:
            day = start + between(15, 60)
            if day <= until:
                append(CarePlan(_date(day)))
        day = start + between(170, 200)
        while day <= until:
            if rnd() < 0.3:
                append(CarePlan(_date(day)))
            day += between(170, 200)

        # IHA: about half within 20 working days, some late, some shortly before entry,
        # a few refused by older children, the rest missing.
        r = rnd()
        iha: int | None = None
        if r < 0.50:
            iha = start + between(3, 27)
        elif r < 0.80:
            iha = start + between(29, 120)
        elif r < 0.84:
            iha = max(start - between(1, 80), dob)
        elif r < 0.88 and (start - dob) / _YEAR >= 10:
            day = start + between(5, 40)
            if day <= until:
                append(Refusal("IHA", _date(day)))
        if iha is not None and iha <= until:
            append(HealthAssessment("IHA", _date(iha)))
            # RHAs: 6-monthly under 5, yearly after, roughly on interval; some refused.
            last = iha
            while True:
                interval = 182 if (last - dob) / _YEAR < 5 else 365
                day = last + interval + between(-45, 30)
                if day > until:
                    break
                r = rnd()
                if r < 0.03:
                    break
                if r < 0.07 and (day - dob) / _YEAR >= 12:
                    append(Refusal("RHA", _date(day)))
                else:
                    append(HealthAssessment("RHA", _date(day)))
                last = day

        # SDQ yearly from age 4 to 16, scores 0-40.
        fourth = dob + int(4 * _YEAR) + 1
        seventeenth = dob + int(17 * _YEAR)
        due = max(start + 365, fourth)
        while True:
            day = due + between(-40, 30)
            if day > until or day >= seventeenth:
                break
            if rnd() < 0.85:
                score = min(40, max(0, int(self.rng.gauss(12.0, 7.0))))
                append(Sdq(_date(day), score))
                due = day + 365
            else:
                due += 365

        # Dental checks roughly yearly; some missed, a few refused by teenagers.
        day = start + between(60, 420)
        while day <= until:
            r = rnd()
            if r < 0.85:
                append(DentalCheck(_date(day)))
            elif r < 0.88 and (day - dob) / _YEAR >= 12:
                append(Refusal("DENTAL", _date(day)))
            day += between(300, 400)

    def _notify(
        self,
        events: list[Event],
        trigger: Trigger,
        trigger_day: int,
        icbs: tuple[str, ...],
        registrations: list[_Registration],
    ) -> None:
        """Notifications of one trigger: most on time, some late, some missing."""
        gp = _gp_on(registrations, trigger_day)
        recipients = dict.fromkeys(icbs if gp is None else (*icbs, gp))
        trigger_date = _date(trigger_day)
        for recipient in recipients:
            r = self.rnd()
            if r < 0.78:
                day = trigger_day + self.between(-3 if trigger == "move" else 0, 6)
            elif r < 0.90:
                day = trigger_day + self.between(8, 45)
            else:
                continue
            if day <= _AS_AT:
                events.append(Notification(trigger, trigger_date, recipient, _date(day)))

    def _visits(self, events: list[Event], p_start: int, p_stop: int, long_term: bool) -> None:
        """Social-worker visits every 4-7 weeks (every 2-3 months in a long-term placement
        after its first year); a few missed."""
        between = self.between
        rnd = self.rnd
        append = events.append
        until = min(p_stop, _AS_AT)
        day = p_start + between(0, 9)
        year_on = p_start + 365
        while day <= until:
            if rnd() < 0.97:
                append(Visit(_date(day)))
            day += between(56, 98) if long_term and day >= year_on else between(28, 49)


def _gp_on(registrations: list[_Registration], day: int) -> str | None:
    """The practice in force on `day` (the latest `from` if several)."""
    for practice, _icb, start, end in reversed(registrations):
        if start <= day and (end is None or day <= end):
            return practice
    return None


def _core_icb(registrations: list[_Registration], home: str, day: int) -> str:
    """The ICB of the GP practice on `day`, else the home ICB."""
    for _practice, icb, start, end in reversed(registrations):
        if start <= day and (end is None or day <= end):
            return icb
    return home


_by_date = attrgetter("date")


def generate(n: int, seed: int) -> Iterator[Timeline]:
    """`n` synthetic timelines; the same `n` and `seed` always give the same timelines."""
    builder = _Builder(seed)
    for index in range(n):
        yield builder.child(index)
