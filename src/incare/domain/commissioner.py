"""Who is the child's GP, and which ICB is responsible for their health care (duties.md §4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from incare.domain.registry import rule
from incare.domain.timeline import GpRegistration

Basis = Literal["gp_registration", "home_icb", "unknown"]

# NHS England, "Who Pays? Determining which NHS commissioner is responsible for commissioning
# healthcare services and making payments to providers" (2022), in force when ICBs replaced
# CCGs on 1 July 2022 (Health and Care Act 2022).
WHO_PAYS_2022_FROM = dt.date(2022, 7, 1)
WHO_PAYS_2022 = "Who Pays? 2022 (ICBs)"
WHO_PAYS_CCG = "Who Pays? 2020 (CCGs)"


@dataclass(frozen=True, slots=True)
class CommissionerDetermination:
    period_start: dt.date
    icb: str | None
    basis: Basis
    rule_version: str


@rule("WHOPAYS", effective_from=WHO_PAYS_2022_FROM)
def gp_on(registrations: tuple[GpRegistration, ...], day: dt.date) -> GpRegistration | None:
    """The GP registration in force on `day`: from <= day <= to, the latest `from` if several.

    Source: duties.md §4 (an open `to` never ends).
    """
    found: GpRegistration | None = None
    for registration in registrations:
        in_force = registration.start <= day and (
            registration.end is None or day <= registration.end
        )
        if in_force and (found is None or registration.start >= found.start):
            found = registration
    return found


@rule("WHOPAYS", effective_from=WHO_PAYS_2022_FROM)
def originating_icb(
    registrations: tuple[GpRegistration, ...], home_icb: str | None, period_start: dt.date
) -> CommissionerDetermination:
    """The originating ICB of a period: the core ICB on the day before the period starts.

    The core ICB is the ICB of the GP practice the child is registered with on that day, or, if
    none, the ICB of the child's usual residence. It stays responsible for the whole period.
    Source: NHS Standing Rules Regulations 2012 Sch 1 para 4 (looked-after children: the
    commissioner responsible immediately before the arrangements are made); NHS England "Who
    Pays?" (2022) paras on looked-after children.
    Interpretation: "immediately before" is the day before the period starts; a later GP
    registration in another ICB's area does not move responsibility.
    """
    day_before = period_start - dt.timedelta(days=1)
    version = WHO_PAYS_2022 if period_start >= WHO_PAYS_2022_FROM else WHO_PAYS_CCG
    registration = gp_on(registrations, day_before)
    if registration is not None and registration.icb is not None:
        return CommissionerDetermination(period_start, registration.icb, "gp_registration", version)
    if home_icb is not None:
        return CommissionerDetermination(period_start, home_icb, "home_icb", version)
    return CommissionerDetermination(period_start, None, "unknown", version)
